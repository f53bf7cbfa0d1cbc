/**
 * Table-driven tests for readings of endpoints and indications on text never seen before, each
 * from invented sentences: a disease named by a head noun and the words that say which (a kind
 * of disease after any naming word, a disease of any kind after a proper name, a symbol or two
 * words), never a class of diseases, a head that modifies a noun, a qualifier alone, a disease in
 * an organisation's name or an adverse event; an indication that takes in the head after it or a
 * name glued to "-related"; qualifiers written after the disease in the Romance languages; a rating
 * scale's score and revision as part of its name; a measure's noun and qualifier as part of its name.
 */
import { strict as assert } from 'assert';
import { mentionTable } from '../helpers';

mentionTable('a disease named by a head noun and the words before it that say which', 'indication', [
  // a head that names a kind of disease, after one naming word
  ['Patients with hemolytic anemia were enrolled.', ['hemolytic anemia']],
  ['The drug is tested in zetal dystrophy.', ['zetal dystrophy']],
  ['Children with QRTX deficiency received one dose.', ['QRTX deficiency']],
  ['Eyes with dry age-related macular degeneration were treated.', ['dry age-related macular degeneration']],
  // a head that names any disease: after a proper name or a symbol, or after two naming words
  ['The company treats Velnor disease and Quadrin syndrome.', ['Velnor disease', 'Quadrin syndrome']],
  ['A trial in lower respiratory tract disease began.', ['lower respiratory tract disease']],
  ['Its trial in zetal disease began.', []],
  // a class of diseases, a head that modifies a noun, a qualifier alone name no disease
  ['The platform addresses inflammatory diseases.', []],
  ['Data on disease progression and cancer cells were shown.', []],
  ['Patients with serious disease or other disorder were excluded.', []],
  ['A stage IV disease was present.', []],
  // a verb is no part of the name
  ['The drug may fight zetal nerve disease.', ['zetal nerve disease']],
  // a capitalised word after the head: a proper name
  ['Data came from the Zeta Kidney Disease Center in May.', []],
  // a head that names a family of diseases itself: one naming word says which, with its status before it
  ['It is approved in relapsed zetacytic leukemia.', ['relapsed zetacytic leukemia']],
  ['Patients with cutaneous B-cell lymphoma were treated.', ['cutaneous B-cell lymphoma']],
  ['The leukemia and the lymphoma programmes were sold.', []],
]);

mentionTable('an indication the lexicon knows takes in the head after it or a name glued to it', 'indication', [
  ['Patients with MASH cirrhosis were randomised.', ['MASH cirrhosis']],
  ['Patients with MASH-related cirrhosis were randomised.', ['MASH-related cirrhosis']],
]);

mentionTable('a disease in an organisation\u2019s or a meeting\u2019s name is no indication', 'indication', [
  ['The data were shown at the Zetland Diabetes Association meeting.', []],
  ['Diabetes affects many adults.', ['Diabetes']],
]);

mentionTable('qualifiers written after the disease and German severity qualifiers are part of the indication', 'indication', [
  ['Patients présentant un myélome multiple en rechute ou réfractaire.', ['myélome multiple en rechute ou réfractaire']],
  ['Pazienti con melanoma localmente avanzato ad alto rischio.', ['melanoma localmente avanzato ad alto rischio']],
  ['Patienten mit mittelschwerer bis schwerer RA erhielten das Mittel.', ['mittelschwerer bis schwerer RA']],
]);

mentionTable('adverse events named by an infection are no indication', 'indication', [
  ['The most common adverse events were headache and upper respiratory tract infection.', []],
]);

mentionTable('a rating scale\u2019s score and revision are part of its name', 'endpoint', [
  ['The mean decline in the ALSFRS-R total score was smaller.', ['ALSFRS-R total score']],
  ['The ALSFRS-R Bulbar score fell less.', ['ALSFRS-R Bulbar score']],
  ['It was measured on the Zetland Tremor Rating Scale-Revised (ZTRS-R).', ['Zetland Tremor Rating Scale-Revised', 'ZTRS-R']],
]);

mentionTable('a measure\u2019s noun and qualifier are part of its name; a statistic is not', 'endpoint', [
  ['The adjusted annualized relapse rate fell to 1.5.', ['adjusted annualized relapse rate']],
  ['The progression-free survival rate at 12 months was 60 %.', ['progression-free survival rate']],
  ['Median progression-free survival was 9 months.', ['progression-free survival']],
  ['The 24-hour urinary oxalate excretion fell by 20 %.', ['24-hour urinary oxalate excretion']],
]);

mentionTable('a disease\u2019s type written after it and a behaviour of the disease are part of the indication', 'indication', [
  ['Of the children, 20 had primary hyperoxaluria type 2.', ['primary hyperoxaluria type 2']],
  ['A trial in Alzheimer\u2019s disease agitation is under way.', ['Alzheimer\u2019s disease agitation']],
]);

describe('the disease heads are one list in one data file', () => {
  it('sorts each head into exactly one class, and no other grammar file keeps its own heads', () => {
    const heads = require('../../server/lexicon/builtin/indicationModifiers.json').diseaseHeads as Record<string, string[]>;
    const all = [...heads.named, ...heads.kinds, ...heads.generic].map(h => h.toLowerCase());
    assert.ok(heads.named.length > 0 && heads.kinds.length > 0 && heads.generic.length > 0);
    assert.strictEqual(new Set(all).size, all.length);
    const targets = require('../../server/lexicon/grammar/targets.json') as Record<string, unknown>;
    assert.ok(!Object.keys(targets).some(k => /diseasehead/i.test(k)));
  });
});

mentionTable('a target\u2019s status before any head of the one list is the biomarker of the indication', 'indication', [
  ['Patients with ZGR2-negative gastric adenocarcinoma were enrolled.', ['ZGR2-negative gastric adenocarcinoma']],
  ['Patients with ZGR2-positive Velnor syndrome were enrolled.', ['ZGR2-positive Velnor syndrome']],
  ['Patients with ZGR2-mutated cancers were enrolled.', []],
]);

mentionTable('a biomarker\u2019s level is a state of a measure, no disease; a disease named after it is one', 'indication', [
  ['Adults with elevated Lp(a) and atherosclerotic cardiovascular disease were enrolled.', ['atherosclerotic cardiovascular disease']],
  ['People with high Lp(a) had their levels measured.', []],
  ['A trial in Lp(a)-driven cardiovascular disease began.', ['Lp(a)-driven cardiovascular disease']],
]);

mentionTable('a disease named with its cause after it is one indication', 'indication', [
  ['Patients with compensated cirrhosis due to NASH were enrolled.', ['compensated cirrhosis due to NASH']],
  ['It protects against lower respiratory tract disease caused by respiratory syncytial virus.', ['lower respiratory tract disease caused by respiratory syncytial virus']],
  ['People with mild cognitive impairment due to Alzheimer\u2019s disease took part.', ['mild cognitive impairment due to Alzheimer\u2019s disease']],
  ['Its cost is due to diabetes care.', ['diabetes']],
  // the cause's words across a line end; its last word and one space must end the text before the cause
  ['Patients with compensated cirrhosis due\nto NASH were enrolled.', ['compensated cirrhosis due\nto NASH']],
  ['Patients with compensated cirrhosis caused by NASH were enrolled.', ['compensated cirrhosis caused by NASH']],
  ['Patients with compensated cirrhosis due to  NASH were enrolled.', ['NASH']],
]);

mentionTable('a disease named after a person keeps its possessive', 'indication', [
  ['The drug slowed Alzheimer\u2019s in mice.', ['Alzheimer\u2019s']],
]);

mentionTable('the status of a marker\u2019s noun takes in the marker before it', 'indication', [
  ['Patients with ZRAS Q61X mutation-positive NSCLC were dosed.', ['ZRAS Q61X mutation-positive NSCLC']],
  ['Adults with anti-ZQ receptor (ZQR) antibody-positive generalized myasthenia gravis were dosed.', ['anti-ZQ receptor (ZQR) antibody-positive generalized myasthenia gravis']],
  ['Adults with the antibody-positive generalized myasthenia gravis were dosed.', ['antibody-positive generalized myasthenia gravis']],
]);

mentionTable('stage, inheritance and prior treatment written before the disease are its qualifiers', 'indication', [
  ['Carriers with preclinical Alzheimer\u2019s disease were enrolled.', ['preclinical Alzheimer\u2019s disease']],
  ['Families with dominantly inherited Alzheimer\u2019s disease were enrolled.', ['dominantly inherited Alzheimer\u2019s disease']],
  ['Women with pre-treated metastatic breast cancer were enrolled.', ['pre-treated metastatic breast cancer']],
]);

mentionTable('an indication before words that say which and a disease\u2019s head is one name with them', 'indication', [
  ['Patients with hereditary ATTR cardiac amyloidosis or light chain amyloidosis were enrolled.', ['hereditary ATTR cardiac amyloidosis', 'light chain amyloidosis']],
]);

mentionTable('German qualifiers with their adjective endings, and Romance stages and qualifiers after the disease', 'indication', [
  ['Patienten mit rezidiviertem oder refraktärem follikulärem Lymphom erhielten das Mittel.', ['rezidiviertem oder refraktärem follikulärem Lymphom']],
  ['Zur Behandlung von fortgeschrittenem, HER2-positivem Brustkrebs.', ['fortgeschrittenem, HER2-positivem Brustkrebs']],
  ['Des adultes atteints de cancer du poumon à petites cellules de stade étendu.', ['cancer du poumon à petites cellules de stade étendu']],
  ['Des patients atteints d\u2019un cancer du poumon non à petites cellules de stade III.', ['cancer du poumon non à petites cellules de stade III']],
  ['Pacientes con mieloma múltiple de reciente diagnóstico recibieron el fármaco.', ['mieloma múltiple de reciente diagnóstico']],
]);

mentionTable('a short form glued by a hyphen to a drug\u2019s name is its payload, no disease', 'indication', [
  ['The conjugate trastuzumab-DM1 was given to adults with breast cancer.', ['breast cancer']],
]);

mentionTable('a disease after a glued "non-" is set apart, no indication', 'indication', [
  ['The non-prostate cancer session followed.', []],
  ['Patients with non-small cell lung cancer were dosed.', ['non-small cell lung cancer']],
]);

mentionTable('a qualifier inside a disease\u2019s name is read over when the name goes on before it', 'indication', [
  ['Patients with zetopharyngeal squamous cell carcinoma were dosed.', ['zetopharyngeal squamous cell carcinoma']],
  ['Patients with advanced cell carcinoma were dosed.', []],
]);

mentionTable('sites joined by "and" or "or" before one head name one indication', 'indication', [
  ['It is tested in breast and ovarian cancer.', ['breast and ovarian cancer']],
  ['It is approved for advanced gastric or pancreatic cancer.', ['advanced gastric or pancreatic cancer']],
  ['It is safe and effective in ovarian cancer.', ['ovarian cancer']],
  ['Adults with Crohn\u2019s disease or ulcerative colitis were dosed.', ['Crohn\u2019s disease', 'ulcerative colitis']],
]);

mentionTable('an abbreviation a disease\u2019s name defines inside it is part of the name', 'indication', [
  ['Adults with metastatic gastric or zetal junction (ZJ) adenocarcinoma whose tumours express ZQ1 were dosed.', ['metastatic gastric or zetal junction (ZJ) adenocarcinoma']],
]);

mentionTable('a disease the Romance languages name head first, the organ after a preposition', 'indication', [
  ['Le produit est étudié dans les tumeurs malignes dans les tissus osseux.', ['tumeurs malignes dans les tissus osseux']],
  ['Per il trattamento dei tumori del fegato non zetali.', ['tumori del fegato non zetali']],
  ['Pacientes con cáncer de mama recibieron el fármaco.', ['cáncer de mama']],
  ['Le cancer des patients traités.', []],
  ['The product treats cancer de novo.', []],
]);

mentionTable('a gene\u2019s or protein\u2019s name right before a syndrome or a disorder names the disease its variants cause', 'indication', [
  ['Acme Bio treats activated phosphoinositide 3-kinase delta syndrome.', ['phosphoinositide 3-kinase delta syndrome']],
  ['Children with CDKL5 disorder were dosed.', ['CDKL5 disorder']],
  // a generic head after a target names no disease unless it is a syndrome, a disorder or a disease
  ['Patients with KRAS cancers were enrolled.', []],
]);

mentionTable('a gene\u2019s symbol the document defines as a disease\u2019s short name is no target there', 'target', [
  ['AB-101 is approved for neurofibromatosis type 1 (NF1), a genetic condition. Children with NF1 tumours responded.', []],
  ['AB-202 treats activated phosphoinositide 3-kinase delta syndrome (APDS). APDS is rare.', []],
  // undefined, the symbol is the gene's
  ['AB-101 restores NF1 function in tumour cells.', ['NF1']],
  // defined as the gene, it stays one
  ['AB-303 targets neurofibromin 1 (NF1) signalling.', ['neurofibromin 1', 'NF1']],
]);

mentionTable('a name\u2019s number written apart runs on as no decimal', 'target', [
  ['With AB-101, OS 9.8 months was reported.', []],
  ['AB-101 binds CD 38 and claudin 18.2 on tumour cells.', ['CD 38', 'claudin 18.2']],
]);
