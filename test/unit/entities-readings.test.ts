/**
 * Table-driven tests for each entity reading class of issue 14, from invented sentences: trials
 * named by context (a phase is no trial), companies (common words never, banks, funds, newswires,
 * "About" headings, the lexicon's ignore everywhere), targets from the gene vocabulary (words that
 * are symbols only in context, "PD-(L)1"), indications with their qualifiers, drug code names of
 * every shape (never a number), and endpoints outside oncology.
 */
import { strict as assert } from 'assert';
import { Analyzer, composeLexicon } from '../../server/src/analysis';
import { mentionTable } from '../helpers';

const table = mentionTable;

table('trials: named trials and registry ids, never a phase', 'trial', [
  ['The Phase 3 trial met its primary endpoint.', []],
  ['A phase IIb study and a Phase-III-Studie are planned, as is a pivotal trial.', []],
  ['Results from the Phase 3 QUARVEL trial were positive.', ['QUARVEL']],
  ['The ZENOBIA-4 study enrolled adults; ZENOBIA-4 continues.', ['ZENOBIA-4', 'ZENOBIA-4']],
  ['Data from the ORBIT 200 study and the TALVEX-12 trial.', ['ORBIT 200', 'TALVEX-12']],
  ['It is supported by the global Phase 3 KESTREL and MARLIN clinical trials.', ['KESTREL', 'MARLIN']],
  ['In the Phase 3 Wrenfield study, patients improved.', ['Wrenfield']],
  ['Enrolment in the Brightwater-Studie ist abgeschlossen.', ['Brightwater']],
  ['The primary endpoint of the FALCONER study was met. Top-line data from FALCONER are due in May.', ['FALCONER', 'FALCONER']],
  ['The results of Study 207 were presented.', ['Study 207']],
  ['It was a single-arm, pivotal study (PELICAN study) in adults.', ['PELICAN']],
  ['Die Zulassung beruht auf der Phase-III-Studie OSPREY, in der Patienten behandelt wurden.', ['OSPREY']],
  ['The trial (NCT01234567) is recruiting.', ['NCT01234567']],
  ['The Pivotal study and the Global trial are ongoing.', []],
  ['The open-label extension (OLE) study continues.', []],
]);

table('companies: names, never common words', 'company', [
  ['This could be one of the first approvals in the class.', []],
  ['Drug discovery by recursion over chemical space is a method, not a firm.', []],
  ['Recursion Pharmaceuticals and Recursion both appear here.', ['Recursion Pharmaceuticals', 'Recursion']],
  ['Jefferies, Piper Sandler and Goldman Sachs acted as joint bookrunners.', ['Jefferies', 'Piper Sandler', 'Goldman Sachs']],
  ['The round was led by OrbiMed and RA Capital Management with Novo Holdings.', ['OrbiMed', 'RA Capital Management', 'Novo Holdings']],
  ['BOSTON, May 2, 2026 /PRNewswire/ -- Acme Bio said today. (Reuters) reported it.', ['PRNewswire', 'Acme Bio', 'Reuters']],
  ['About Quillfern Therapeutics\nQuillfern Therapeutics is a company.', ['Quillfern Therapeutics', 'Quillfern Therapeutics']],
  ['Corvane SE announced results. Corvane will host a call.', ['Corvane', 'Corvane']],
  ['Published in Lancet Oncology and presented to Medical Oncology readers.', []],
  ['Big Pharma is interested.', []],
]);

describe('the lexicon\u2019s ignore holds for every recogniser', () => {
  const analyzer = new Analyzer(composeLexicon([{ ignore: ['ZENOBIA-4', 'QX-7731', 'Florin Biolabs'] }]));
  const kinds = (text: string) => analyzer.analyze(text).entities.filter(e => e.kind !== 'figure').map(e => `${e.kind}:${e.text}`);
  for (const [text, expected] of [
    ['The ZENOBIA-4 study is running.', []],
    ['QX-7731 is an investigational drug.', []],
    ['Florin Biolabs Inc. licensed it.', []],
    ['QX-7732 is an investigational drug.', ['drug:QX-7732']],
  ] as [string, string[]][]) {
    it(`${JSON.stringify(text)} -> ${JSON.stringify(expected)}`, () => assert.deepEqual(kinds(text), expected));
  }
});

table('targets: a gene and protein vocabulary beyond oncology receptors', 'target', [
  ['The drug is a WEE1 inhibitor; a PKMYT1 degrader follows.', ['WEE1', 'PKMYT1']],
  ['It blocks the NLRP3 inflammasome and binds CDH17.', ['NLRP3', 'CDH17']],
  ['An agonist of the glucagon receptor and GLP-1R.', ['glucagon receptor', 'GLP-1R']],
  ['A dual amylin and glucagon agonist.', ['amylin', 'glucagon']],
  ['It reduces alpha-synuclein and targets factor XI.', ['alpha-synuclein', 'factor XI']],
  ['Patients with MET amplification received the KIT inhibitor.', ['MET', 'KIT']],
  ['The trial MET ITS PRIMARY ENDPOINT.', []],
  ['We will set the dose and rest the patients; the cat sat.', []],
  ['Patients took insulin and albumin was measured.', []],
  ['It was active in PD-(L)1 positive patients.', ['PD-(L)1']],
  // a family of symbols written with a space before its number
  ['The antibody binds CD 38 on plasma cells and lowers IL 6.', ['CD 38', 'IL 6']],
  ['Zorsiran, an siRNA, silences ApoC3 in the liver.', ['ApoC3']],
  ['The protein was measured; proteins were measured.', []],
  ['On Monday, Amylin will host a call.', []],
  ['Danish: data fra studiet.', []],
  // a letter and a digit name a stage or a grade as often as a protein: a target only where one is spoken of
  ['Patients had F2 or F3 fibrosis and T2 tumours.', []],
  // the object of "inhibitor of" is a target, and "anti-" names the targets of a bispecific
  ['Drugatinib, a selective inhibitor of KIT and PDGFRA, was tested.', ['KIT', 'PDGFRA']],
  ['Zelbotamab, an anti-EGFRxHER3 conjugate, was licensed.', ['EGFR', 'HER3']],
  ['Open the kit of the assay.', []],
  ['The antibody binds C5; a C5 inhibitor is approved.', ['C5', 'C5']],
]);

table('indications with their line of therapy, stage, status and biomarker', 'indication', [
  ['It treats second-line recurrent or metastatic cervical cancer.', ['second-line recurrent or metastatic cervical cancer']],
  ['Approved in relapsed or refractory follicular lymphoma.', ['relapsed or refractory follicular lymphoma']],
  ['For EGFR-mutant, locally advanced or metastatic NSCLC.', ['EGFR-mutant, locally advanced or metastatic NSCLC']],
  ['In KRAS G12D-mutated pancreatic cancer.', ['KRAS G12D-mutated pancreatic cancer']],
  ['Adults with moderate-to-severe plaque psoriasis in adolescents.', ['moderate-to-severe plaque psoriasis in adolescents']],
  ['For advanced (unresectable or metastatic) melanoma.', ['advanced (unresectable or metastatic) melanoma']],
  ['In HER2+ NSCLC (2L+) and stage III NSCLC.', ['HER2+ NSCLC (2L+)', 'stage III NSCLC']],
  ['For first-line NSCLC with HER2 activating mutations.', ['first-line NSCLC with HER2 activating mutations']],
  ['It helps moderately to severely active ulcerative colitis.', ['moderately to severely active ulcerative colitis']],
  ['People with Typ-2-Diabetes.', ['Typ-2-Diabetes']],
  ['Patients with cervical cancer.', ['cervical cancer']],
]);

table('drugs: code names of every shape, never a number', 'drug', [
  ['The candidate QX-7731 and ZLB4417 entered the clinic.', ['QX-7731', 'ZLB4417']],
  ['The antibody ACM-233i and the drug KLD-23E73 were dosed.', ['ACM-233i', 'KLD-23E73']],
  ['The investigational drug PF-09876543 and JNJ-12345678 were tested.', ['PF-09876543', 'JNJ-12345678']],
  ['The vaccine mRNA-4321 was dosed.', ['mRNA-4321']],
  ['The radioenhancer product ZARTX3 is evaluated.', ['ZARTX3']],
  ['Median OS was 7.3 months.', []],
  ['Complete remission after 7.3 cycles of FOLFOX.', ['FOLFOX']],
  ['Die Therapie mit Finerenon und pomalidomid.', ['Finerenon', 'pomalidomid']],
  ['Der Wechselkursen und le traitement.', []],
  ['The BGB-3111-212 trial used BGB-3111.', ['BGB-3111']],
]);

table('endpoints across therapeutic areas', 'endpoint', [
  ['HbA1c fell and body weight dropped; time in range rose.', ['HbA1c', 'body weight', 'time in range']],
  ['LDL-C and non-HDL cholesterol fell.', ['LDL-C', 'non-HDL cholesterol']],
  ['PASI 90 and EASI-75 and IGA 0/1 were reached; ACR20 and DAS28-CRP improved.', ['PASI 90', 'EASI-75', 'IGA 0/1', 'ACR20', 'DAS28-CRP']],
  ['CDR-SB and ADCS-ADL changed; neurofilament light chain fell.', ['CDR-SB', 'ADCS-ADL', 'neurofilament light chain']],
  ['Seroconversion and neutralizing antibody titers rose.', ['Seroconversion', 'neutralizing antibody titers']],
  ['MRD and transfusion independence were reached.', ['MRD', 'transfusion independence']],
  ['MACE and hospitalization for heart failure were reduced.', ['MACE', 'hospitalization for heart failure']],
  ['Histologic endoscopic mucosal improvement and clinical response were seen.', ['Histologic endoscopic mucosal improvement', 'clinical response']],
  ['Urinary oxalate and blood phenylalanine fell.', ['Urinary oxalate', 'blood phenylalanine']],
]);

mentionTable('a short code name after a dose is the medicine dosed, and so is the same code elsewhere in the document', 'drug', [
  ['Patients received 0.8 g AC-02 or placebo. AC-02 was well tolerated.', ['AC-02', 'AC-02']],
  ['Acme Bio said ZQ-12 met its goal. Patients received 10 mg ZQ-12 daily.', ['ZQ-12', 'ZQ-12']],
  ['The 2.5 mg/kg XY-07 cohort enrolled 12 patients.', ['XY-07']],
  // no dose before it: a short code alone is no medicine
  ['The AC-02 form was filed. Section AC-02 applies.', []],
  // a stop-listed prefix after a dose stays none ("IL-17" is a target, "COVID-19" a disease)
  ['Patients received 10 mg IL-17 blocker or placebo.', []],
  ['Each dose of 30 µg COVID-19 vaccine was given.', []],
]);

mentionTable('a brand marked as a trade mark, the sign flattened to letters or a dose right after it', 'drug', [
  ['Patients received Korvexa TM 10 mg daily.', ['Korvexa']],
  ['Patients received Korvexa\u00ae 10 mg daily.', ['Korvexa']],
  ['The investigational drug Zyvantra TM was well tolerated.', ['Zyvantra']],
  // a platform or a technology marked so is no medicine; a mark with nothing of a drug around it neither
  ['The Acmetrix TM platform was used in the study.', []],
  ['The Acmeview TM app was launched in March.', []],
]);

mentionTable('a disease named in German with its adjectives declined, and common diseases named in other languages', 'indication', [
  ['Die Studie schloss Patienten mit akuter myeloischer Leukämie ein.', ['akuter myeloischer Leukämie']],
  ['Die Behandlung der amyotrophen Lateralsklerose bleibt schwierig.', ['amyotrophen Lateralsklerose']],
  // a German noun alone, no adjective before it, is no declined form of anything
  ['Die Sklerose der Gefäße wurde untersucht.', []],
  ['Acme Bio entwickelt AB-101 gegen Mukoviszidose.', ['Mukoviszidose']],
  ['AB-101 är avsett för patienter med cystisk fibros.', ['cystisk fibros']],
  ['AB-101 est évalué dans la maladie de Crohn.', ['maladie de Crohn']],
  ['AB-101 se estudia en la enfermedad de Crohn.', ['enfermedad de Crohn']],
]);

describe('German declension of a lexicon alias', () => {
  const { germanDeclensions } = require('../../server/src/analysis/lexicon') as typeof import('../../server/src/analysis/lexicon');
  it('declines lower-case adjectives in -e before a capitalised noun', () => {
    assert.deepEqual(germanDeclensions('akute myeloische Leukämie'), ['akuter myeloischer Leukämie', 'akuten myeloischen Leukämie', 'akutem myeloischem Leukämie', 'akutes myeloisches Leukämie']);
  });
  for (const alias of ['acute myeloid leukemia', 'sclérose en plaques', 'Leukämie', 'chronic Graft disease', 'ALK-positive NSCLC', 'extensive-stage SCLC']) {
    it(`gives no forms for ${JSON.stringify(alias)}`, () => assert.deepEqual(germanDeclensions(alias), []));
  }
});
