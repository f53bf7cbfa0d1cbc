/**
 * Table-driven tests for how a careful reader finds molecular targets in unseen text (issue 14),
 * from invented sentences: names written with parentheses, and a name that is both a protein and a
 * measure, read as the target only where a drug is said to act on it.
 */
import { mentionTable } from '../helpers';

mentionTable('targets: names written with parentheses', 'target', [
  ['Zorsiran silences apolipoprotein(a) in the liver.', ['apolipoprotein(a)']],
  ['Quelvotide, an oral disruptor of lipoprotein (a), entered the clinic.', ['lipoprotein (a)']],
  ['Brenavir is an siRNA targeting Lp(a); an anti-Lp(a) antibody follows.', ['Lp(a)', 'Lp(a)']],
  ['A positive allosteric modulator of the GABA(A) receptor.', ['GABA(A) receptor']],
  // a parenthesis left open, or a name glued on after it, is no name
  ['The Lp(a and the QX-APO(a)Kx construct.', []],
]);

mentionTable('a name both a protein and a measure is the measure unless a drug acts on it', 'endpoint', [
  ['Zorsiran lowered Lp(a) by 84 % at week 24.', ['Lp(a)']],
  ['Median baseline lipoprotein(a) was 190 nmol/L.', ['lipoprotein(a)']],
  ['Brenavir is an siRNA targeting Lp(a).', []],
]);

mentionTable('targets: a symbol of capitals and a number written with only its initial capital', 'target', [
  ['Zelvatecan is a Trop2-directed conjugate; two Trop-2 programmes compete.', ['Trop2', 'Trop-2']],
  ['Antibodies against Tim-3 and Lag-3 are in trials.', ['Tim-3', 'Lag-3']],
  // a figure, a month and a word are no symbol
  ['See Fig4 and Sept2 for the Step2 design.', []],
]);

mentionTable('targets: names the approved gene symbols do not cover', 'target', [
  ['Quobrelimab neutralises IL-12 and IL-23; interleukin-12 is shared.', ['IL-12', 'IL-23', 'interleukin-12']],
  ['A pan-JAK inhibitor and a Janus kinase (JAK) family member.', ['JAK', 'Janus kinase', 'JAK']],
  ['Sarvelumab, an anti-P-selectin antibody, also binds E-selectin weakly.', ['P-selectin', 'E-selectin']],
  ['Zolarginat is a first-in-class arginase inhibitor.', ['arginase']],
  ['Inhibiting angiopoietin-like protein 4 lowers triglycerides; a 15-lipoxygenase inhibitor failed.', ['angiopoietin-like protein 4', '15-lipoxygenase']],
]);

mentionTable('a target\u2019s symbol after a product\u2019s or platform\u2019s word names the product', 'target', [
  ['Quorva will develop Acmebody-CD38 and licensed ZX-LPA.', []],
  // a prefix of English, another target, or a name that goes on keep the symbol a target
  ['Anti-CD38 therapy, a GIP-GLP-1 agonist and Acmebody-CD38-positive cells.', ['CD38', 'GIP', 'GLP-1', 'CD38']],
]);

mentionTable('the product named with a target\u2019s symbol is a drug', 'drug', [
  ['Quorva will develop Acmebody-CD38 and licensed ZX-LPA.', ['Acmebody-CD38', 'ZX-LPA']],
  ['Anti-CD38 therapy was given.', []],
]);

mentionTable('a marker written for the cells that carry it names a kind of cell', 'target', [
  ['Zorvalimab raised CD8+ T cells; resting CD4+ and CD8+ T cells were counted.', []],
  ['CD34+ cells were collected and CD4/CD8-enriched T cells infused.', []],
  ['More PD-1+ T cells and CD8 T cells were found.', []],
  // a T-cell engager, a CAR, a target on cells and cells said to express it keep the symbol a target
  ['A CD3 T-cell engager; CD19 CAR T cells; it binds CD3 on T cells and kills BCMA-expressing cells.', ['CD3', 'CD19', 'CD3', 'BCMA']],
]);

mentionTable('a symbol that is also a word, listed between targets; a short symbol where a drug acts on it', 'target', [
  ['Candidate targets include EGFR, MET, CA9 and PSMA.', ['EGFR', 'MET', 'CA9', 'PSMA']],
  ['The study MET its goal; EGFR, MET.', ['EGFR']],
  ['Zorasertib is an oral ATM inhibitor; the ATM network was down.', ['ATM']],
  // an abbreviation in parentheses after a name is a mention of its own
  ['It restores iduronate 2-sulfatase (IDS) activity.', ['iduronate 2-sulfatase', 'IDS']],
  // a word that says which form of a protein is no product's name
  ['Phospho-tau and Total-tau fell.', ['tau', 'tau']],
]);

mentionTable('a target written with its status before a disease\u2019s name is the indication\u2019s biomarker', 'target', [
  ['For metastatic HER3-negative gastric or oesophageal junction adenocarcinoma.', []],
  ['For metastatic fibroblast growth factor receptor 2 (FGFR2)-positive gastric adenocarcinoma.', []],
  ['Patients with EGFR+ lymphoma and HER2-low endometrial carcinoma.', []],
  // a generic head without a word that says which, and patients or tumours, name no indication
  ['Inhibitors changed the care of KRAS G12C-mutated cancers in HER2-positive patients.', ['KRAS G12C', 'HER2']],
]);

mentionTable('a marker with a typeset sign (superscript plus or minus) names cells, as with "+"', 'target', [
  ['Zorvalimab depleted CD19\u207a B cells; CD20\u207bBCMA\u207a long-lived plasma cells persisted.', []],
  ['CD4\u207aCD25\u207a regulatory T cells and CD19\u207b plasmablasts were counted.', []],
  // the symbols a drug binds, with no sign and no kind of cell after them, stay targets
  ['Zorvalimab binds CD19 and BCMA on malignant cells; a CD3 T-cell engager follows.', ['CD19', 'BCMA', 'CD3']],
]);

mentionTable('targets: a receptor by the name it is written with more often than its gene symbol', 'target', [
  ['Zeltamab is an antibody against C5aR; a C5a receptor 1 blocker follows.', ['C5aR', 'C5a receptor 1']],
  ['Zeltamab ist ein Antik\u00f6rper gegen C5aR.', ['C5aR']],
]);

mentionTable('a measure a noun of its measurement follows, or an opener precedes, is an outcome', 'endpoint', [
  ['Two-thirds reached a 50% LDL reduction and LDL goals on Zorsiran.', ['LDL', 'LDL']],
  ['Zorsiran showed a reduction of LDL versus placebo and lowers glucose.', ['LDL', 'glucose']],
  // an entry criterion, a receptor and a prior event are no outcomes
  ['Patients needed a BMI level of at least 30; a lower BMI excluded them.', []],
  ['The LDL receptor is degraded; patients with a prior stroke were enrolled.', []],
]);

mentionTable('outcome measures named in lupus, liver, leukaemia and quality-of-life read-outs', 'endpoint', [
  ['DORIS remission was reached by 40%; total bilirubin and non-HDL fell.', ['DORIS remission', 'total bilirubin', 'non-HDL']],
  ['PSA decreases of at least 50% were seen; molecular response was 60%.', ['PSA decreases', 'molecular response']],
  ['The EORTC QLQ-C30 and FACT-G scores were stable on Zorvalimab.', ['EORTC QLQ-C30', 'FACT-G scores']],
  // the antigen's name alone is the biomarker, no measured response
  ['The prostate-specific antigen assay was run centrally.', []],
]);

mentionTable('a gene\u2019s alteration written before the disease is the indication\u2019s biomarker, no target of its own', 'target', [
  ['Zelvatinib treats ZET exon 14 skipping NSCLC and NTRK gene fusion solid tumours.', []],
  ['Zelvatinib is approved for HER2-low or HER2-ultralow metastatic breast cancer.', []],
  // the gene said of the drug, or an alteration with no disease after it, stays a target
  ['Zelvatinib is a MET inhibitor; MET exon 14 skipping was found in 3% of cases.', ['MET', 'MET']],
]);

mentionTable('the indication takes in the alteration written before it', 'indication', [
  ['Zelvatinib treats ZET exon 14 skipping NSCLC.', ['ZET exon 14 skipping NSCLC']],
  ['Zelvatinib is approved for HER2-low or HER2-ultralow metastatic breast cancer.', ['HER2-low or HER2-ultralow metastatic breast cancer']],
]);

mentionTable('a disease\u2019s events counted after its name are the outcome, not the patients\u2019 disease', 'endpoint', [
  ['Zorvalimab cut moderate or severe COPD exacerbations by 30%; gout flares were rarer.', ['moderate or severe COPD exacerbations', 'gout flares']],
  ['The rate of migraine attacks fell with Zorvalimab.', ['migraine attacks']],
  // the disease alone is the indication
  ['Zorvalimab is studied in severe asthma and gout.', []],
]);

mentionTable('the disease alone stays the indication beside its events', 'indication', [
  ['Zorvalimab cut asthma exacerbations in patients with severe asthma.', ['severe asthma']],
]);

mentionTable('a change of an entry criterion\u2019s measure is an outcome; its level is not', 'endpoint', [
  ['Zorvalimab gave a mean body mass index reduction of 16%.', ['body mass index']],
  ['Patients needed a body mass index level of 30 or more.', []],
  ['Die Virenlast wurde mit Zorvalimab signifikant reduziert.', ['Virenlast']],
]);

mentionTable('a list of names a plural trial word names is a list of trials', 'trial', [
  ['Across four studies, ZETA-1, ZETA-2, ZENHANCE and ZEVENT, all endpoints were met.', ['ZETA-1', 'ZETA-2', 'ZENHANCE', 'ZEVENT']],
  ['Data from the phase 3 ZENITH, ZEPHYR and ZODIAC studies support Zorvalimab.', ['ZENITH', 'ZEPHYR', 'ZODIAC']],
  ['The Phase 3 trials, ZENITH-1 and ZoomIn, enrolled 900 patients.', ['ZENITH-1', 'ZoomIn']],
  // a list with a word of one capital in it, or with no trial word, is left alone
  ['In both studies, Placebo and ZENHANCE arms were compared.', []],
  ['Zorvalimab, ZENHANCE and ZEVENT were named by Acme Bio.', []],
]);

mentionTable('the German time to an event is an endpoint', 'endpoint', [
  ['Die Zeit bis zur Genesung war mit Zorvalimab k\u00fcrzer; die Zeit bis zum ersten R\u00fcckfall l\u00e4nger.', ['Zeit bis zur Genesung', 'Zeit bis zum ersten R\u00fcckfall']],
  // a time that ends in no event is none
  ['Die Zeit bis zur n\u00e4chsten Sitzung blieb gleich.', []],
]);

mentionTable('a gene symbol of letters alone is an acronym unless a gene is spoken of', 'target', [
  // an acronym of a disease, a cohort or an organisation that HGNC also uses for a gene
  ['Of 90 patients, 30 had TRIL; the response rate in TRIL was 40 % versus 38 % in the other group.', []],
  ['Acme Bio presented AB-101 at the AAAS meeting.', []],
  // beside a gene's word, at another mention, or after the gene's name written out
  ['AB-101 is an MGMT inhibitor; MGMT is silenced in some tumours.', ['MGMT', 'MGMT']],
  ['Survival depended on MGMT promoter methylation.', ['MGMT']],
  ['AB-101 inhibits ATP citrate lyase (ACLY) in the liver.', ['ATP citrate lyase', 'ACLY']],
  // a symbol with a digit, or one the curated lexicon holds, needs no context
  ['The GRP78 level and BCMA were measured.', ['GRP78', 'BCMA']],
]);

mentionTable('a protein\u2019s name continued by "-like" names another protein', 'target', [
  ['AB-101 blocks tumor necrosis factor-like cytokine 1A (TL1A).', ['TL1A']],
  ['AB-102 blocks tumor necrosis factor; delta-like ligand 3 is next.', ['tumor necrosis factor', 'delta-like ligand 3']],
]);

mentionTable('a target\u2019s name inside a company\u2019s, a trial\u2019s or a product\u2019s proper name', 'target', [
  ['ZGFR Pharma Inc. filed an IND; Acme Bio presented the ZETA-CARE trial of its BCMA-CARE study drug.', []],
  ['Zelbo (coagulation factor Xa [recombinant]) and factor IX (recombinant) were given.', []],
  // the symbol with a target's word, before a word of its own, or after "anti-": still the target
  ['AB-101 is a BCMA-directed antibody; a factor Xa inhibitor; anti-CD38 Therapeutics; HER2 Oncology markets.', ['BCMA', 'factor Xa', 'CD38', 'HER2']],
]);
