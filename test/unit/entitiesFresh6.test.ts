/**
 * Table-driven tests for readings that failed on a fresh set of real releases and news from eight
 * therapy areas (helper ents6), from invented sentences: a protein's name of one word is not found
 * in words written apart; "ER" is a target only where a target is spoken of; a protein patients are
 * given is no target; symbols coordinated before the word that makes them targets; a protein's name
 * that is a word closing a list of targets.
 */
import { mentionTable } from '../helpers';

const table = mentionTable;

table('a protein\'s name of one word is not found in words the text writes apart', 'target', [
  ['Stroke is the third cause of death in men in the region.', []],
  ['Zelbomenib blocks menin in leukaemia cells.', ['menin']],
]);

table('"ER" is a target only where a target is spoken of', 'target', [
  // extended release, and a regimen's prefix
  ['Patients switched from zelbatide ER 2 mg to the daily tablet.', []],
  ['The ER-ZCHOP arm was compared with ZCHOP alone.', []],
  // the receptor: a degrader, an antagonist, its status sign
  ['Zelbestrant, an oral ER degrader, shrank ER+ tumours.', ['ER', 'ER']],
  ['Zelboxifen is a selective ER antagonist.', ['ER']],
]);

table('a protein patients are given is no target', 'target', [
  ['Before the gene therapy, men were on factor IX prophylaxis for a year.', []],
  ['Use of factor VIII concentrate fell by 90 percent.', []],
  // the protein a drug acts on stays a target
  ['Zelbacimab is an antibody against factor XI.', ['factor XI']],
]);

table('symbols coordinated before the word that makes them targets', 'target', [
  ['Blocking complement at C3 or C5 inhibition slowed lesion growth.', ['C3', 'C5']],
  ['Zelbocoplan acts through inhibition of C5 in the retina.', ['C5']],
  // a stage or a grade in a list stays no target
  ['Stage T2 or T3 tumours and F3 or F4 fibrosis were excluded.', []],
]);

table('a protein\'s name that is a word closing a list of targets', 'target', [
  ['Zelbatide activates the receptors for GLP-1, GIP and glucagon in one molecule.', ['GLP-1', 'GIP', 'glucagon']],
  // a hormone given beside one drug's target is no list of targets
  ['Patients on a GLP-1 agonist and insulin were excluded.', ['GLP-1']],
]);

table('a short form in parentheses before a semicolon or a comma and its gloss', 'endpoint', [
  ['Patients reached minimal symptom expression (MSE; a total score of 0 or 1), and MSE lasted.', ['minimal symptom expression', 'MSE', 'MSE']],
]);

table('survival named by its length', 'endpoint', [
  ['The median length of survival was 14 months on zelbotinib.', ['length of survival']],
  ['Survival time was longer on zelbotinib than on placebo.', ['Survival time']],
]);

table('cognitive decline, an outcome unless a scale it was measured on is named', 'endpoint', [
  ['Zelbonemab slowed the rate of cognitive decline by 30 percent.', ['rate of cognitive decline']],
  ['Zelbonemab slowed cognitive decline on the ADAS-Cog13 by 30 percent.', ['ADAS-Cog13']],
]);

table('infections that needed a doctor, a prevention trial\'s outcome', 'endpoint', [
  ['Zelbovimab cut medically attended RSV LRTI by 70 percent.', ['medically attended RSV LRTI']],
  ['Medically-attended lower respiratory tract infections fell by half.', ['Medically-attended lower respiratory tract infections']],
]);

table('an endpoint written as one German compound', 'endpoint', [
  ['Die Tumoransprechrate betrug 40 Prozent, die Fünfjahresüberlebensrate 12 Prozent.', ['Tumoransprechrate', 'Fünfjahresüberlebensrate']],
]);

table('a virus named alone is the disease, as HCV, RSV and HIV are; its antigen a target only where a drug acts on it', 'target', [
  ['Zelbotide is the lead asset of our HBV pipeline and lowered HBsAg levels.', []],
  ['Zelbosiran, an siRNA targeting HBsAg, entered phase 2.', ['HBsAg']],
]);

table('a hepatitis B virus named alone is the indication', 'indication', [
  ['Zelbotide is the lead asset of our HBV pipeline.', ['HBV']],
]);

table('the level of a virus\'s antigen is a measure', 'endpoint', [
  ['Zelbotide lowered HBsAg by 1.5 log at week 24.', ['HBsAg']],
]);

table('a target\'s symbol in the middle of a code joined by hyphens is no target', 'target', [
  ['Enrolment opened for Z-BCMA-ALLO7 in myeloma.', []],
  ['Patients had progressed on EGFR-TKI therapy.', ['EGFR']],
]);

table('a code with a target\'s symbol in its middle names the product', 'drug', [
  ['Enrolment opened for Z-BCMA-ALLO7 in myeloma.', ['Z-BCMA-ALLO7']],
]);

table('tickers listed in parentheses after a company define no short form of it', 'company', [
  ['Zelbora Therapeutics plc (ZLB.L, ZLB) said the trial missed its goal.', ['Zelbora Therapeutics']],
]);

table('a name glued after "anti-" is what a drug acts on, never a company', 'company', [
  ['The anti-AFP receptor programme entered phase 1, AFP reported.', ['AFP']],
]);

table('a short symbol glued after "anti-" is a target even where a company bears the name', 'target', [
  ['The anti-AFP receptor programme entered phase 1, AFP reported.', ['AFP']],
]);

table('German names of the duration of and the time to a response', 'endpoint', [
  ['Die Responsedauer lag bei 20 Monaten, die Zeit bis zum Ansprechen bei 2 Monaten.', ['Responsedauer', 'Zeit bis zum Ansprechen']],
]);

table('complement components named as factors by their number', 'target', [
  ['Inhibition of complement factor 3 (C3) with zelbocoplan slowed lesion growth.', ['complement factor 3', 'C3']],
]);

table('a mutation with its other residues after a slash is one mention, inside a disease named after it', 'target', [
  ['Zelbotinib inhibits BRAF V600E/K in tumour cells.', ['BRAF V600E/K']],
  ['Patients with BRAF V600E/K mutation-positive advanced melanoma were enrolled.', []],
]);

table('a disease named after a mutation with its other residues takes the mutation in', 'indication', [
  ['Patients with BRAF V600E/K mutation-positive advanced melanoma were enrolled.', ['BRAF V600E/K mutation-positive advanced melanoma']],
]);
