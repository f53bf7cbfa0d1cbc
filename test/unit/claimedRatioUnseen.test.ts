import { strict as assert } from 'assert';
import { analyzeText } from '../../server/src/analysis';

/**
 * claimed-ratio on shapes a planter writes that the per-sentence readings missed. Invented sentences, each
 * shape with a wrong variant (reported) and a right or unrelated one (accepted).
 */
const claims = (text: string) => analyzeText(text).findings.filter(f => f.code === 'claimed-ratio');

const run = (title: string, table: [string, boolean, string][]) => describe(title, () => {
  for (const [name, wrong, text] of table) {
    it(`${wrong ? 'reports' : 'accepts'}: ${name}`, () => {
      const got = claims(text);
      assert.equal(got.length > 0, wrong, `${text}\n${got.map(f => f.message).join('\n')}`);
    });
  }
});

run('claimed-ratio: a change whose old figure the next sentence states', [
  ['English, prior-year quarter: wrong size', true, 'Acme Bio\u2019s revenue rose 28% to $61.8 million. In the prior-year quarter, revenue was $52.2 million.'],
  ['English, prior-year quarter: right size', false, 'Acme Bio\u2019s revenue rose 28% to $61.8 million. In the prior-year quarter, revenue was $48.3 million.'],
  ['a label on its own line', true, 'Acme Bio\u2019s revenue rose 28% to EUR 61.8 million.\nPrior year: EUR 52.2 million.'],
  ['apposition ", up P" then "A year earlier"', true, 'Acme Bio reported revenue of $19.5 million, up 41 percent year over year. A year earlier, revenue was $14.9 million.'],
  ['apposition ", a P decrease", right', false, 'Acme Bio\u2019s net loss was $12.0 million, a 40% decrease. The net loss in the same period last year was $20.0 million.'],
  ['apposition ", a P decrease", wrong', true, 'Acme Bio\u2019s net loss was $12.0 million, a 20% decrease. The net loss in the same period last year was $20.0 million.'],
  ['a count', true, 'Acme Bio enrolled 120 patients, up 20% from the prior year. A year earlier, it enrolled 80 patients.'],
  ['a count, right', false, 'Acme Bio enrolled 120 patients, up 50% from the prior year. A year earlier, it enrolled 80 patients.'],
  ['German, next paragraph', true, 'Der Umsatz der Acme Bio AG sank um 30 % auf 7,0 Mio. Euro.\n\nIm Vorjahr lag er bei 8,0 Mio. Euro.'],
  ['German separable verb', true, 'Der Fehlbetrag der Acme Bio AG ging um 45 Prozent auf 3,8 Millionen Euro zur\u00fcck. Im Vorjahr hatte er bei 9,1 Millionen Euro gelegen.'],
  ['German separable verb, right', false, 'Der Fehlbetrag der Acme Bio AG ging um 58 Prozent auf 3,8 Millionen Euro zur\u00fcck. Im Vorjahr hatte er bei 9,1 Millionen Euro gelegen.'],
  ['French', true, 'Le chiffre d\u2019affaires d\u2019Acme Bio a progress\u00e9 de 40 % \u00e0 14,0 millions d\u2019euros. Un an plus t\u00f4t, il s\u2019\u00e9levait \u00e0 12,0 millions d\u2019euros.'],
  ['French, right', false, 'Le chiffre d\u2019affaires d\u2019Acme Bio a progress\u00e9 de 40 % \u00e0 14,0 millions d\u2019euros. Un an plus t\u00f4t, il s\u2019\u00e9levait \u00e0 10,0 millions d\u2019euros.'],
  ['the next sentence names another measure', false, 'Acme Bio\u2019s revenue rose 28% to $61.8 million. In the prior-year quarter, R&D expenses were $52.2 million.'],
  ['the next sentence states a change of its own', false, 'Acme Bio\u2019s revenue rose 28% to $61.8 million. R&D expenses rose 10% to $52.2 million a year earlier.'],
  ['the next sentence dates nothing to the period before', false, 'Acme Bio\u2019s revenue rose 28% to $61.8 million. Cash at the end of 2030 was $52.2 million.'],
  ['two amounts in the next sentence', false, 'Acme Bio\u2019s revenue rose 28% to $61.8 million. A year earlier, revenue was $52.2 million and costs were $40.0 million.'],
  ['another scale', false, 'Acme Bio\u2019s revenue rose 28% to $61.8 million. A year earlier, the company raised $52.2 billion.'],
  ['the claim\u2019s sentence states its own origin', false, 'Acme Bio\u2019s revenue rose 28% to $61.8 million, compared with $48.3 million. A year earlier, it was $52.2 million.'],
  ['the claim\u2019s sentence states a second size', false, 'Acme Bio\u2019s revenue rose 28% to $61.8 million and costs fell 5%. A year earlier, revenue was $52.2 million.'],
  ['an expected figure of the prior period', false, 'Acme Bio\u2019s revenue rose 28% to $61.8 million. Last year\u2019s guidance was $52.2 million.'],
]);

run('claimed-ratio: the verbs and nouns of change of every language the corpus writes', [
  ['Spanish plural past, "hasta ... frente a"', true, 'Los ingresos de Acme Bio aumentaron un 28% hasta 61,8 millones de euros, frente a 52,2 millones de euros en 2030.'],
  ['Spanish, right', false, 'Los ingresos de Acme Bio aumentaron un 18% hasta 61,8 millones de euros, frente a 52,2 millones de euros en 2030.'],
  ['Spanish "crecieron ... de A a B"', true, 'Los ingresos de Acme Bio crecieron un 28%, de 52,2 a 61,8 millones de euros.'],
  ['Italian plural participle', true, 'I ricavi di Acme Bio sono cresciuti del 28%, passando da 52,2 a 61,8 milioni di euro.'],
  ['Italian, right', false, 'I ricavi di Acme Bio sono cresciuti del 18%, passando da 52,2 a 61,8 milioni di euro.'],
  ['Italian fall', true, 'I costi di Acme Bio sono scesi del 40% a 9,0 milioni di euro rispetto a 10,0 milioni di euro nel 2030.'],
  ['Norwegian', true, 'Driftsinntektene til Acme Bio \u00f8kte med 28 prosent til 61,8 millioner kroner fra 52,2 millioner kroner.'],
  ['Norwegian, right', false, 'Driftsinntektene til Acme Bio \u00f8kte med 18 prosent til 61,8 millioner kroner fra 52,2 millioner kroner.'],
]);

run('claimed-ratio: a change written as a signed share beside its two amounts', [
  ['"A (+P) compared with B"', true, 'Acme Bio\u2019s revenue was $61.8 million (+28%) compared with $52.2 million in 2030.'],
  ['"A (+P) compared with B", right', false, 'Acme Bio\u2019s revenue was $61.8 million (+18%) compared with $52.2 million in 2030.'],
  ['"A, +P (2030: B)"', true, 'Revenue of Acme Bio: $61.8 million, +28% (2030: $52.2 million).'],
  ['German "A (Vorjahr: B), +P"', true, 'Umsatz der Acme Bio AG 61,8 Mio. Euro (Vorjahr: 52,2 Mio. Euro), +28 %.'],
  ['German "A (Vorjahr: B), +P", right', false, 'Umsatz der Acme Bio AG 61,8 Mio. Euro (Vorjahr: 52,2 Mio. Euro), +18 %.'],
  ['German "A (Vj.: B; +P)"', true, 'Umsatz der Acme Bio AG: 61,8 Mio. EUR (Vj.: 52,2 Mio. EUR; +28 %).'],
  ['a minus sign where the amounts rise', true, 'Umsatz der Acme Bio AG: 61,8 Mio. EUR (Vj.: 52,2 Mio. EUR; -15 %).'],
  ['Swedish, minus sign', true, 'Acme Bios oms\u00e4ttning uppgick till 61,8 MSEK (52,2 MSEK), \u221215 %.'],
  ['Swedish, minus sign, right', false, 'Acme Bios oms\u00e4ttning uppgick till 44,4 MSEK (52,2 MSEK), \u221215 %.'],
  ['a count', true, 'Die Zahl der Patienten von Acme Bio stieg auf 120 (+20 %) gegen\u00fcber 80 im Vorjahr.'],
  ['the share qualified (constant currency) is another measure', false, 'Acme Bio\u2019s revenue was $61.8 million (+28% at constant currency) compared with $52.2 million in 2030.'],
  ['two measures each with its own share', false, 'Acme Bio\u2019s revenue was $61.8 million (+28%), its EBIT $52.2 million (-3%).'],
  ['two products each with its own share', false, 'Acme Bio sold AB-101 for $61.8 million (+28%) and AB-202 for $52.2 million (+5%).'],
]);

run('claimed-ratio: a risk or odds reduction against the ratio stated after it', [
  ['the hazard ratio in the next sentence', true, 'AB-101 lowered the risk of relapse by 35% versus placebo. The hazard ratio was 0.75 (95% CI, 0.60 to 0.92).'],
  ['the hazard ratio in the next sentence, right', false, 'AB-101 lowered the risk of relapse by 25% versus placebo. The hazard ratio was 0.75 (95% CI, 0.60 to 0.92).'],
  ['German, the next sentence', true, 'Das R\u00fcckfallrisiko wurde mit AB-101 um 35 % gesenkt. Die Hazard Ratio betrug 0,75 (95 %-KI 0,60\u20130,92).'],
  ['the next sentence\u2019s ratio is of another endpoint', false, 'AB-101 reduced the risk of death by 35%. The hazard ratio for progression-free survival was 0.75.'],
  ['the next sentence states two ratios', false, 'AB-101 reduced the risk of death by 35%. Hazard ratios were 0.75 and 0.65 in the two cohorts.'],
  ['two reductions in the claim\u2019s sentence', false, 'In ACME-1, AB-101 reduced the risk of progression by 38%, while in ACME-2, AB-202 decreased the risk by 43%. ACME-2 is the first trial with an overall survival gain, with a hazard ratio of 0.79.'],
  ['the next paragraph is no continuation', false, 'AB-101 reduced the risk of death by 35%.\n\nThe hazard ratio was 0.75.'],
  ['an odds reduction against the odds ratio', true, 'The odds ratio was 0.60, a 50% reduction in the odds of relapse.'],
  ['an odds reduction, right', false, 'The odds ratio was 0.60, a 40% reduction in the odds of relapse.'],
  ['an odds ratio named "odds ratio" is no claim of odds', false, 'The odds ratio for response was 0.60, and relapse fell by 50%.'],
  ['a reduction far from a ratio, its endpoint named before it', true, 'Overall survival was improved with AB-101 (HR 0.75; 95% CI 0.60-0.92). Median OS was 20.1 months versus 15.2 months.\n\nGrade 3 events occurred in 12% of patients.\n\nIn summary, AB-101 reduced the risk of death by 35% compared with placebo.'],
  ['a reduction far from a ratio, no endpoint named before it', false, 'AB-202 decreased the risk by 43% and showed an overall survival benefit.\n\nGrade 3 events occurred in 12% of patients.\n\nOverall survival reached 24 months, with a hazard ratio of 0.79.'],
]);

run('claimed-ratio: a multiple over rates at a time point, and over two pairs', [
  ['the time point is no figure compared', true, 'At one year, more than twice as many patients on AB-101 were free of progression (34% vs. 19%).'],
  ['the time point, right', false, 'At one year, more than twice as many patients on AB-101 were free of progression (34% vs. 14%).'],
  ['a time point in weeks', true, 'At week 12, three times as many patients responded to AB-101 (40% vs 30%).'],
  ['two pairs, the first wrong', true, 'More than twice as many patients on AB-101 had no progression at one year (34% vs. 19%) and at two years (22% vs. 10%).'],
  ['two pairs, the second wrong', true, 'More than twice as many patients on AB-101 had no progression at one year (34% vs. 15%) and at two years (22% vs. 14%).'],
  ['two pairs, both right', false, 'More than twice as many patients on AB-101 had no progression at one year (34% vs. 15%) and at two years (22% vs. 10%).'],
  ['four rates not in pairs compared', false, 'More than twice as many sites opened in 2030; response rates were 34%, 19%, 22% and 10% across the four cohorts.'],
  ['a median\u2019s length is compared, not a time point', true, 'Median PFS with AB-101 was twice as long as with placebo, 9.0 months versus 6.0 months.'],
]);

run('claimed-ratio: a multiple in apposition after two pairs speaks of the pair right before it', [
  ['the second pair, wrong', true, 'In ACME-1, remission was 27% with AB-101 compared with 7.4% with placebo at week 12, and was 32.1% compared with 6.7% at week 52, more than five times the placebo rate.'],
  ['the second pair, right (the first pair is another ratio)', false, 'In ACME-1, remission was 27% with AB-101 compared with 7.4% with placebo at week 12, and was 32.1% compared with 6.7% at week 52, nearly five times the placebo rate.'],
  ['"nearly six" is no 4.8', true, 'In ACME-1, remission was 32.1% with AB-101 compared with 6.7% with placebo, nearly six times the placebo rate.'],
  ['"nearly five" is 4.8', false, 'In ACME-1, remission was 32.1% with AB-101 compared with 6.7% with placebo, nearly five times the placebo rate.'],
  ['"nearly three" keeps its room', false, 'In ACME-1, remission was 25% with AB-101 compared with 10% with placebo, nearly three times the placebo rate.'],
]);

run('claimed-ratio: a multiple with its object before "to" and a prior bracket; a verb-final size in points', [
  ['German V2: verb, reflexive, subject, "auf", prior bracket', true, 'Bei der Acme Bio AG sank der Umsatz um rund ein Drittel auf 2,6 Millionen Euro und verdoppelte sich der Verlust auf 3,7 Millionen Euro (Vorjahr: 1,2 Millionen Euro).'],
  ['German V2, right', false, 'Bei der Acme Bio AG sank der Umsatz um rund ein Drittel auf 2,6 Millionen Euro und verdoppelte sich der Verlust auf 3,7 Millionen Euro (Vorjahr: 1,9 Millionen Euro).'],
  ['English object before "to"', true, 'Acme Bio doubled its net loss to $3.7 million (prior year: $1.2 million).'],
  ['"more than doubled" with its object, right', false, 'Acme Bio more than doubled its net loss to $3.7 million (prior year: $1.2 million).'],
  ['German verb-final: size in points after "um", before "von"', true, 'Damit hat sich der Streubesitz der Acme Bio AG um 9,7 Prozentpunkte von 17,3 % auf 25,0 % erh\u00f6ht.'],
  ['German verb-final, right', false, 'Damit hat sich der Streubesitz der Acme Bio AG um 7,7 Prozentpunkte von 17,3 % auf 25,0 % erh\u00f6ht.'],
  ['adverbs of then and now beside the figures', true, 'Der Streubesitz der Acme Bio AG erh\u00f6hte sich um 9,7 Prozentpunkte von bislang 17,3 % auf nunmehr 25,0 %.'],
  ['English adverbs, right', false, 'The free float of Acme Bio increased by 7.7 percentage points from 17.3% previously to 25.0% now.'],
  ['a size in percent, verb-final', true, 'Die Kosten der Acme Bio AG sind um 40 % von 10,0 auf 12,0 Millionen Euro gestiegen.'],
]);

run('claimed-ratio: a change of a level measured per unit (mg/dL, mmol/L)', [
  ['a size, then from and to', true, 'With AB-101, mean LDL-C fell by 60%, from 140 mg/dL to 70 mg/dL.'],
  ['a size, then from and to, right', false, 'With AB-101, mean LDL-C fell by 50%, from 140 mg/dL to 70 mg/dL.'],
  ['German', true, 'Unter AB-101 sank der mittlere LDL-C-Wert um 60 % von 140 mg/dl auf 70 mg/dl.'],
  ['to, from, then the size', true, 'With AB-101, serum phosphate rose to 5.2 mg/dL from 4.0 mg/dL, an increase of 60%.'],
  ['a placebo-adjusted size is a model\u2019s, not the two levels\u2019 ratio', false, 'With AB-101, LDL-C fell by a placebo-adjusted 60% from 140 mg/dL to 70 mg/dL.'],
  ['a mean percent change is averaged over patients', false, 'With AB-101, the LS mean percent change in LDL-C was a 60% reduction, from 140 mg/dL to 70 mg/dL.'],
  ['thresholds of a dosing rule are no change', false, 'If the level of AB-101 fell to < 60 pg/mL, or decreased > 60% from baseline, the dose was reduced.'],
]);

run('claimed-ratio: a multiple over a count and a bare number', [
  ['"halved, from 12 to 8 seizures"', true, 'With AB-101, seizure frequency was halved, from 12 to 8 seizures per month.'],
  ['"halved, from 12 to 6 seizures", right', false, 'With AB-101, seizure frequency was halved, from 12 to 6 seizures per month.'],
  ['"tripled to 450 patients from 200"', true, 'The number of patients Acme Bio treated tripled to 450 patients from 200 in 2030.'],
  ['"tripled to 600 patients from 200", right', false, 'The number of patients Acme Bio treated tripled to 600 patients from 200 in 2030.'],
  ['a bare number beside an amount of money is no pair', false, 'Acme Bio doubled its revenue to $45 million from 30 in 2030.'],
]);

run('claimed-ratio: a relative change in apposition after an amount and its prior period\u2019s bracket', [
  ['English "(2030: B), an increase of P"', true, 'Acme Bio\u2019s revenue amounted to $61.8 million (2030: $52.2 million), an increase of 28%.'],
  ['English "(prior year: B), up P"', true, 'Acme Bio\u2019s revenue was $61.8 million (prior year: $52.2 million), up 28%.'],
  ['English, right', false, 'Acme Bio\u2019s revenue was $61.8 million (prior year: $52.2 million), up 18%.'],
  ['German "ein Anstieg um P"', true, 'Umsatzerl\u00f6se der Acme Bio AG: 61,8 Mio. Euro (Vorjahr: 52,2 Mio. Euro), ein Anstieg um 28 %.'],
  ['French "soit une hausse de P"', true, 'Le chiffre d\u2019affaires d\u2019Acme Bio s\u2019\u00e9l\u00e8ve \u00e0 61,8 millions d\u2019euros (2030 : 52,2 millions d\u2019euros), soit une hausse de 28 %.'],
  ['Swedish bare prior figure, "en \u00f6kning med P"', true, 'Acme Bios oms\u00e4ttning uppgick till 61,8 MSEK (52,2), en \u00f6kning med 28 procent.'],
  ['Swedish, right', false, 'Acme Bios oms\u00e4ttning uppgick till 61,8 MSEK (52,2), en \u00f6kning med 18 procent.'],
  ['a bracket that does not close on the prior figure', false, 'Acme Bio\u2019s revenue was $61.8 million (prior year: $52.2 million at the old rate of exchange), up 28% at constant rates.'],
]);

run('claimed-ratio: a sentence opening on a demonstrative states the change of the pair before it', [
  ['"This represents an increase of P"', true, 'Acme Bio\u2019s revenue was $61.8 million compared with $52.2 million in 2030. This represents an increase of 28%.'],
  ['"This represents an increase of P", right', false, 'Acme Bio\u2019s revenue was $61.8 million compared with $52.2 million in 2030. This represents an increase of 18%.'],
  ['"That marks a P increase"', true, 'Acme Bio\u2019s net loss was $19.5 million, compared with $14.9 million a year ago. That marks a 41 percent increase.'],
  ['"This P increase reflects"', true, 'Acme Bio\u2019s revenue rose to $61.8 million from $52.2 million. This 28% increase reflects higher sales of AB-101.'],
  ['German "Dies entspricht einem Anstieg um P"', true, 'Der Umsatz der Acme Bio AG stieg auf 61,8 Mio. Euro (Vorjahr: 52,2 Mio. Euro). Dies entspricht einem Anstieg um 28 %.'],
  ['no demonstrative: another measure\u2019s change', false, 'Acme Bio\u2019s revenue was $61.8 million compared with $52.2 million in 2030. Product sales showed an increase of 28%.'],
  ['the sentence before states three amounts', false, 'Acme Bio\u2019s revenue was $61.8 million compared with $52.2 million, and costs were $30.0 million. This represents an increase of 28%.'],
  ['the demonstrative sentence states an amount of its own', false, 'Acme Bio\u2019s revenue was $61.8 million compared with $52.2 million. This represents an increase of 28% to $66.8 million in product sales.'],
]);

run('claimed-ratio: a change in a language written without spaces', [
  ['Japanese "P%増の A（前年同期は B）"', true, 'Acme Bioの売上高は前年同期比28%増の61.8億円となりました（前年同期は52.2億円）。'],
  ['Japanese, right', false, 'Acme Bioの売上高は前年同期比18%増の61.8億円となりました（前年同期は52.2億円）。'],
  ['Japanese "A（前年同期比P%増）", the prior figure in the next sentence', true, 'Acme Bioの売上高は61.8億円（前年同期比28%増）となりました。前年同期は52.2億円でした。'],
  ['Japanese fall', true, 'Acme Bioの営業損失は前年同期比40%減の3.0億円（前年同期は4.0億円）となりました。'],
  ['Japanese fall, right', false, 'Acme Bioの営業損失は前年同期比25%減の3.0億円（前年同期は4.0億円）となりました。'],
  ['an amount not marked as the prior period\u2019s', false, 'Acme Bioの売上高は前年同期比28%増の61.8億円となりました。研究開発費は52.2億円でした。'],
]);
