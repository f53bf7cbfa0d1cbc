/**
 * Table-driven tests for readings of targets, endpoints, indications and trials that failed on fresh
 * pages, from invented sentences: trial names written in mixed case with their number, registry ids
 * of the registries beside ClinicalTrials.gov, a kind of therapy before "trial" (no trial's name), a
 * mutation after its gene (one target), a standard deviation (no stable disease), scales named with
 * their version or their disease, endpoint words before a drug's noun (an attribute).
 */
import { mentionTable } from '../helpers';

const table = mentionTable;

table('a trial named in mixed case with its number', 'trial', [
  ['The ZenoMax 300 trial enrolled 412 patients.', ['ZenoMax 300']],
  ['Results from the VeLLora-204 study were shown.', ['VeLLora-204']],
  ['In the Phase 3 QuarTex 12 trial, zelbotamab was given.', ['QuarTex 12']],
  // without a number a word in mixed case may be a company's name
  ['The ZetaGen study was funded by a grant.', []],
  // a name may open in lower case before its capitals, with its number
  ['Data from the zEPHYR-2 trial and the iZENO3 study were shown.', ['zEPHYR-2', 'iZENO3']],
  ['Samples at pH 7 were studied in the pH 7 study.', []],
]);

table("trial registries' ids beside ClinicalTrials.gov's", 'trial', [
  ['The study was registered as ChiCTR2100047712.', ['ChiCTR2100047712']],
  ['Registered at ISRCTN48213377 and ACTRN12619000321123.', ['ISRCTN48213377', 'ACTRN12619000321123']],
  ['The trial (jRCT2031220154) and trial CTR20221187 are ongoing.', ['jRCT2031220154', 'CTR20221187']],
  ['The study (ChiCTR-IIR-17011234) enrolled adults.', ['ChiCTR-IIR-17011234']],
  ['The study (ChiCTR-TRC17011234) enrolled adults.', ['ChiCTR-TRC17011234']],
  // ISRCTN's number written apart; the EU's EudraCT number after its label
  ['The trial (ISRCTN 48213377; EudraCT 2026-001234-56) enrolled adults.', ['ISRCTN 48213377', 'EudraCT 2026-001234-56']],
  // a bare number of that shape is no registry id
  ['The 2026-001234-56 batch was released.', []],
  // the other primary registries of the WHO platform, and the EU's CTIS number with or without its label
  ['Registered as IRCT20200101012345N2, PACTR202301234567890 and TCTR20230101001.', ['IRCT20200101012345N2', 'PACTR202301234567890', 'TCTR20230101001']],
  ['Registered as SLCTR/2023/012, RBR-7k3m9x, RPCEC00000412 and LBCTR2023015678.', ['SLCTR/2023/012', 'RBR-7k3m9x', 'RPCEC00000412', 'LBCTR2023015678']],
  ['The Dutch trial (NTR7421, NL-OMON54321) and ITMCTR2023000123 enrolled adults.', ['NTR7421', 'NL-OMON54321', 'ITMCTR2023000123']],
  ['Registered as JPRN-jRCT2031220154 and JPRN-UMIN000041234.', ['JPRN-jRCT2031220154', 'JPRN-UMIN000041234']],
  ['The trial (EU CT number 2026-501234-12-00; EUCTR2019-001234-56-DE) is open.', ['EU CT number 2026-501234-12-00', 'EUCTR2019-001234-56-DE']],
  ['The trial (2026-501234-12-00) is open.', ['2026-501234-12-00']],
  // a letter after the number, or a shorter group, makes none
  ['Batch IRCT2020 and RBR-7k were tested; NTR12 failed.', []],
]);

table('a kind of therapy before a trial word names no trial', 'trial', [
  ['Data from the ZGR7 CAR T trial were presented.', []],
  ['The company started a CAR-T study and an ADC trial.', []],
  ['The ZENOBIA trial enrolled 80 adults.', ['ZENOBIA']],
]);

table('a mutation after its gene is one target with it', 'target', [
  ['Tumours with the KRAS p.G12C variant responded.', ['KRAS p.G12C']],
  ['Patients with a Kirsten rat sarcoma viral oncogene homolog (KRAS) G12C mutation were enrolled.', ['Kirsten rat sarcoma viral oncogene homolog', 'KRAS']],
  ['The KRAS G12C inhibitor zelborasib was studied.', ['KRAS G12C']],
]);

table('a gene named after a disease word is no disease', 'indication', [
  ['Patients with a Kirsten rat sarcoma (KRAS) mutation were enrolled.', []],
  ['Patients with soft tissue sarcoma were enrolled.', ['soft tissue sarcoma']],
]);

table('a standard deviation is no stable disease', 'endpoint', [
  ['Mean (SD) age was 61 (9) years.', []],
  ['The gradient fell from 98 mm Hg (SD, 41) to 21 mm Hg.', []],
  ['The score was 12 \u00b1 SD 3.', []],
  ['SD was the best response in 9 patients.', ['SD']],
]);

table('scales named with their version or their disease', 'endpoint', [
  ['The ADAS-Cog11 and ADAS-Cog12 scores improved.', ['ADAS-Cog11', 'ADAS-Cog12 scores']],
  ['The Myasthenia Gravis Composite and the Quantitative MG (QMG) improved.', ['Myasthenia Gravis Composite', 'Quantitative MG', 'QMG']],
  ["A validated Investigator's Global Assessment for Atopic Dermatitis score of 3 was required.", ["validated Investigator's Global Assessment for Atopic Dermatitis"]],
]);

table('a disease in an instrument\u2019s name is no indication', 'indication', [
  ['The Myasthenia Gravis Composite improved by 4 points.', []],
  ["The Investigator's Global Assessment for Atopic Dermatitis was used in adults with atopic dermatitis.", ['atopic dermatitis']],
]);

table('endpoint words before a drug\u2019s or a market\u2019s noun describe it', 'endpoint', [
  ['The weight loss drug market is growing.', []],
  ['Zelbotide is a weight loss therapy.', []],
  ['Participants had 9% weight loss at week 24.', ['weight loss']],
]);

table('diseases named without a qualifier', 'indication', [
  ['Zelbogene is a gene therapy for hemophilia.', ['hemophilia']],
  ['Patients with haemophilia A and invasive aspergillosis were excluded.', ['haemophilia A', 'invasive aspergillosis']],
  ['Infections included aspergillosis in two patients.', []],
]);

table('a gene\u2019s symbol right before a kind of disease names the disease', 'indication', [
  ['A first trial in PKP2 cardiomyopathy is planned.', ['PKP2 cardiomyopathy']],
  ['The HER2 antibody was tested in adults with breast cancer.', ['breast cancer']],
]);

table('a target with its status written as a word, before a disease, is the disease\u2019s marker', 'indication', [
  ['It is tested in Claudin 18.2 expressing gastric cancer.', ['Claudin 18.2 expressing gastric cancer']],
  ['For HER2-negative, CLDN18.2 positive locally advanced or metastatic gastric or gastroesophageal cancer.',
    ['HER2-negative, CLDN18.2 positive locally advanced or metastatic gastric or gastroesophageal cancer']],
  ['The KRAS positive results in gastric cancer were shown.', ['gastric cancer']],
]);

table('sites joined by a slash, with their abbreviation, before a disease\u2019s head', 'indication', [
  ['Zelbotamab is given in advanced gastric/gastroesophageal junction (G/GEJ) adenocarcinoma in China.',
    ['advanced gastric/gastroesophageal junction (G/GEJ) adenocarcinoma']],
]);

table('a disease the Romance languages name head first, with its histology, its status and two organs', 'indication', [
  ['Les patients atteints de carcinome épidermoïde récurrent ou métastatique de la tête et du cou ont été traités.',
    ['carcinome épidermoïde récurrent ou métastatique de la tête et du cou']],
  ['Il farmaco è studiato nel cancro della testa e del collo.', ['cancro della testa e del collo']],
]);

table('a gene written right before a disease names its genetic form; an allele names a genotype', 'target', [
  ['Zelbosen is tested in people with superoxide dismutase 1 (SOD1) amyotrophic lateral sclerosis.', []],
  ['Zelbosen lowered SOD1 protein in people with ALS.', ['SOD1']],
  ['Adults who are HLA-A*02:01-positive were enrolled.', []],
]);

table('the genetic form of a disease named by its gene is one indication', 'indication', [
  ['Zelbosen is tested in people with superoxide dismutase 1 (SOD1) amyotrophic lateral sclerosis.', ['superoxide dismutase 1 (SOD1) amyotrophic lateral sclerosis']],
  ["A trial in LRRK2 Parkinson's disease began.", ["LRRK2 Parkinson's disease"]],
]);

table('diseases in the vocabulary by their names in other languages and their abbreviations', 'indication', [
  ['Zelbomycin is approved for acute bacterial skin and skin structure infections.', ['acute bacterial skin and skin structure infections']],
  ['Le produit cible le lymphome cutané à cellules B (CBCL).', ['lymphome cutané à cellules B', 'CBCL']],
  ['Die Studie schloss Patienten mit Friedreich-Ataxie ein.', ['Friedreich-Ataxie']],
]);

table('a short form defined by its words\u2019 initials, a letter repeated inside a word', 'endpoint', [
  ['Le critère principal de survie sans progression (SSP) est atteint. La SSP a doublé.', ['survie sans progression', 'SSP', 'SSP']],
  ['The duration of response (DoR) was long; DoR exceeded a year.', ['duration of response', 'DoR', 'DoR']],
]);

table('a class of antibodies is a target only where a drug acts on it', 'target', [
  ['Zelbotamab lowered total IgG levels and pathogenic IgG autoantibodies.', []],
  ['Zelbomab is an anti-IgE antibody; zelbozyme is an IgG-degrading enzyme.', ['IgE', 'IgG']],
]);

table('an infection that is an adverse event as often is no indication by its name alone', 'indication', [
  ['Oral candidiasis was reported in 3% of patients.', []],
  ['Zelbofungin is approved for candidemia and invasive candidiasis.', ['candidemia', 'invasive candidiasis']],
]);

table('response rates and a distress scale in German and French, as the lexicon names them', 'endpoint', [
  ['Die Gesamt-Responserate lag bei 40 Prozent.', ['Gesamt-Responserate']],
  ['Die Gesamtresponserate lag bei 40 Prozent.', ['Gesamtresponserate']],
  ['La proportion de répondeurs était plus élevée sous AB-101.', ['proportion de répondeurs']],
  ['The SUDS score fell with AB-101.', ['SUDS score']],
  // a response alone names no rate
  ['Die Response war gut.', []],
]);

table("an antibody-drug conjugate's short name and its target's long name", 'drug', [
  ['Rova-T was given to 40 patients.', ['Rova-T']],
]);

table("a target's long name", 'target', [
  ['The conjugate binds delta-like 3 (DLL3) on tumour cells.', ['delta-like 3', 'DLL3']],
]);
