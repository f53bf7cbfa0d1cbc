/**
 * Table-driven tests for readings that failed on a fresh set of real releases, congress read-outs and
 * filings (helper ents7), from invented sentences: a trial's name with a programme, an indication code
 * and a number; a sponsor's compound code with a long serial before "study" is the drug, not the
 * trial; the cluster-of-differentiation designations of proteins whose gene symbol is another.
 */
import { mentionTable } from '../helpers';

const table = mentionTable;

table('a trial named by programme, indication code and number', 'trial', [
  ['Acme Bio reported a Phase 3 clinical trial, ZENITH-PSO-1, evaluating AB-101 in psoriasis.', ['ZENITH-PSO-1']],
  ['Results from a sister Phase 3, ZENITH-PSO-2, are due next quarter.', ['ZENITH-PSO-2']],
  // a virus's name and a catalogue number stay no trial
  ['The SARS-CoV-2 spike protein was the antigen.', []],
  ['Reagent ZELO-AB-12-04 was used for the assay.', []],
]);

table('a compound code with a long serial before "study" is the drug the study tests', 'trial', [
  ['Acme Bio dosed the first patient in its ongoing ACM-123456 clinical study.', []],
  ['The ZQ 12345 trial enrolled 40 adults.', []],
  // a short number names the trial itself, as does a protocol number or a registry id
  ['The ACM-101 study enrolled 40 adults.', ['ACM-101']],
  ['The ACM-1234-203 study and NCT01234567 both read out.', ['ACM-1234-203', 'NCT01234567']],
]);

table('an article at a sentence\'s start opens no trial\'s name', 'trial', [
  ['The ACM-101 study enrolled 40 adults.', ['ACM-101']],
  ['A ZENO-2 trial is planned for next year.', ['ZENO-2']],
]);

table('the compound code before "study" is a drug', 'drug', [
  ['Acme Bio dosed the first patient in its ongoing ACM-123456 clinical study.', ['ACM-123456']],
]);

table('cluster-of-differentiation designations name their proteins', 'target', [
  ['AB-101 is an antibody-drug conjugate against CD71.', ['CD71']],
  ['AB-202 pairs an anti-CD45 antibody with a radioisotope.', ['CD45']],
  ['Zelbotamab binds CD56 on myeloma cells and CD11b on myeloid cells.', ['CD56', 'CD11b']],
  // a compact disc and a plain number stay no target
  ['The report shipped on a CD with 71 pages.', []],
]);

table('a possessive between an outcome list\'s opener and its item', 'endpoint', [
  ['AB-101 reduced participants\' weight by 24 percent at week 48.', ['weight']],
  ['AB-101 reduced their weight and their cholesterol.', ['weight', 'cholesterol']],
  // without an opener the owner's measure is no outcome read
  ['Participants\' weight was recorded at each visit.', []],
]);

table('cytarabine\'s short form as the releases write it', 'drug', [
  ['AB-101 plus cytarabine (Ara-C) was given to adults with AML.', ['AB-101', 'cytarabine', 'Ara-C']],
]);

table('a rating instrument named by a battery or by an assessment with its version number', 'endpoint', [
  ['AB-101 improved the Zeta Impairment Battery (ZIB) score; ZIB rose at week 13.', ['Zeta Impairment Battery', 'ZIB', 'ZIB']],
  ['The primary endpoint was the change on the Zeta Symptom Assessment-16 at week 26.', ['Zeta Symptom Assessment-16']],
  // an assessment without its version number is no scale's name
  ['A Health Technology Assessment body reviewed AB-101.', []],
]);

table('"PD" beside "PK" is pharmacodynamics, no progressive disease', 'endpoint', [
  ['The study assessed the safety, PK, PD and activity of AB-101.', []],
  ['PK/PD modelling chose the dose.', []],
  // a response category stays an endpoint
  ['Best response was PD in 3 patients and PR in 2.', ['PD', 'PR']],
]);

table('a disease the text names as a harm is no indication', 'indication', [
  ['Adverse events were mild and no interstitial lung disease has been seen with AB-101.', []],
  ['The most common adverse events with AB-101 were fatigue, hypertension and pneumonia.', []],
  ['Grade 3 hypertension occurred in two patients.', []],
  // the patients' own disease stays the indication, as does a disease a medicine treats
  ['Adverse events in patients with NSCLC were mild.', ['NSCLC']],
  ['AB-101 is approved for hypertension; side effects were mild.', ['hypertension']],
  ['Adverse events were in line with earlier trials in psoriasis.', ['psoriasis']],
]);

table('a regimen written with a plus or a slash is not found in one word without it', 'drug', [
  ['The release quoted Jane Doe, EVP and Chief Medical Officer of Acme Bio.', []],
  // the regimen as written with its sign stays a drug
  ['Patients received EV+P or EV/P as first-line therapy.', ['EV+P', 'EV/P']],
]);

table('a short form\'s score after an outcome opener is a measure', 'endpoint', [
  ['Patients on AB-101 showed a greater change in mean ZSS score (LS mean -13.8) than on placebo.', ['ZSS score']],
  ['The primary endpoint was the change in ZQ-7 total score at week 12.', ['ZQ-7 total score']],
  ['AB-101 showed a significant difference in average ZSS score against placebo.', ['ZSS score']],
  // a short form's score without an opener that makes it an outcome is no measure read
  ['Entry needed a ZSS score of 40 or more.', []],
]);

table('a virus\'s short name before the word for its kinds names the virus, no disease', 'indication', [
  ['Efficacy held regardless of RSV subtype and across HIV strains.', []],
  ['Efficacy held regardless of RSV subtype; RSV disease fell by 80%.', ['RSV disease']],
]);

table('a name in capitals in parentheses between a phase and the trial word', 'trial', [
  ['Acme Bio said its Phase 3 (ZENOBIA) study met its primary endpoint.', ['ZENOBIA']],
  // a target's symbol in the same place stays a target, and a short form of two letters names no trial
  ['In the Phase 2 (EGFR) study, AB-101 was given daily.', []],
  ['The Phase 2 (PK) study enrolled 20 adults.', []],
]);

table('a code in parentheses right after a medicine\'s name is its code', 'drug', [
  ['Patients sprayed fasedienol (ZX94B) before the test.', ['fasedienol', 'ZX94B']],
  // a target's or a disease's short form in the same place stays what it is
  ['Semaglutide (GLP1) and diabetes (T2D) were discussed.', ['Semaglutide']],
]);
