import { strict as assert } from 'assert';
import { analyzeText } from '../../server/src/analysis';
import { bindingOf, boundFields, figuresOf } from '../helpers';
import { spanKey } from '../../server/src/analysis/bind';

describe('binding from the document\'s structure', () => {
  it('gives the second figure of a versus pair to the comparator the document names', () => {
    const doc = 'Zanotumab was compared with docetaxel in 600 patients. Median PFS was 6.9 months with zanotumab versus 3.8 months with docetaxel. '
      + 'Median OS was 14.2 months versus 10.1 months (HR 0.72).';
    assert.equal(bindingOf(doc, '14.2 months').drug, 'zanotumab');
    assert.equal(bindingOf(doc, '10.1 months').drug, 'docetaxel');
    assert.equal(bindingOf(doc, '10.1 months').endpoint, 'OS');
  });

  it('gives a versus pair\'s second figure to placebo in a placebo-controlled trial, and its companion count too', () => {
    const doc = 'Patients were randomized to verzobart 320 mg (n = 276) or placebo (n = 136). '
      + 'HiSCR50 was achieved by 62.3 % (172 of 276) versus 34.6 % (47 of 136).';
    assert.equal(bindingOf(doc, '34.6 %').arm, 'placebo');
    assert.equal(bindingOf(doc, '47 of 136').arm, 'placebo');
    assert.equal(bindingOf(doc, '62.3 %').drug, 'verzobart');
    assert.equal(bindingOf(doc, 'n = 136').arm, 'placebo', 'an arm size binds to its arm');
  });

  it('runs a "respectively" list over the dose arms the document randomised', () => {
    const doc = 'A total of 312 participants were randomised to placebo (n = 64) or to amvaglutide 2.5 mg, 5 mg, 10 mg or 15 mg (n = 62 each). '
      + 'After 36 weeks, the mean reduction in body weight was 8.7 %, 12.4 %, 16.8 % and 19.1 % across the four dose groups, respectively.';
    assert.deepEqual(['8.7 %', '12.4 %', '16.8 %', '19.1 %'].map(t => bindingOf(doc, t).arm), ['2.5 mg', '5 mg', '10 mg', '15 mg']);
    assert.equal(bindingOf(doc, '19.1 %').drug, 'amvaglutide');
    assert.equal(bindingOf(doc, '19.1 %').timepoint, '36 weeks');
  });

  it('gives a figure after a parenthetical definition to the endpoint the parenthesis follows', () => {
    // each row: an invented sentence, the figure, and the endpoint it measures
    const rows: [string, string, string][] = [
      ['Of 30 patients, 6 (20%) had a partial response and 12 (40%) stable disease, for a disease control rate (CR + PR + SD) of 60%.', '60%', 'DCR'],
      ['The clinical benefit rate (PR + SD) was 55% with zanotumab.', '55%', 'CBR'],
      ['The objective response rate (ORR) was 31% with zanotumab.', '31%', 'ORR'],
      // an elliptic list: the category named right after a count and its share
      ['Of 20 patients on zanotumab, 4 (20%) had a partial response and 6 (30%) stable disease.', '30%', 'SD'],
      ['Of 20 patients on zanotumab, 4 (20%) had a partial response and 6 (30%) stable disease.', '20%', 'PR'],
      ['Zanotumab showed a 25% CR rate in the expansion phase.', '25%', 'CR'],
      // no parenthesis: the nearest endpoint keeps the figure
      ['Stable disease was seen in 40% of patients with zanotumab.', '40%', 'SD'],
    ];
    for (const [doc, fig, ep] of rows) assert.equal(bindingOf(doc, fig).endpoint, ep, doc);
  });

  it('leaves a "respectively" list alone when no arm list has its length', () => {
    const doc = 'Patients received amvaglutide 5 mg or 10 mg. Rates were 8.7 %, 12.4 % and 16.8 %, respectively.';
    assert.notEqual(bindingOf(doc, '8.7 %').arm, '5 mg');
  });

  it('reads a count\'s arm from its denominator when one arm alone has that size', () => {
    const doc = 'A total of 361 patients were randomized, 241 patients to lorameciclib plus fulvestrant and 120 patients to placebo plus fulvestrant. '
      + 'Neutropenia occurred in 15 of 120 patients.';
    assert.equal(bindingOf(doc, '15 of 120 patients').arm, 'placebo');
    assert.equal(bindingOf(doc, '120 patients').arm, 'placebo');
  });

  it('does not take a prior therapy or a combination partner for the figure\'s drug', () => {
    const doc = 'Ortevatamab zelutecan showed activity in EGFR-mutated NSCLC that had progressed on osimertinib; median PFS was 7.9 months.';
    assert.equal(bindingOf(doc, '7.9 months').drug, 'ortevatamab zelutecan');
    const combo = 'In patients given lorameciclib plus fulvestrant, the ORR was 31.5 %.';
    assert.equal(bindingOf(combo, '31.5 %').drug, 'lorameciclib');
  });

  it('binds a figure to the arm named right after it, a control arm too', () => {
    const doc = 'Pembrolizumab plus chemotherapy reduced the risk of death by 28% versus chemotherapy alone (HR 0.72). '
      + 'Median OS was 22.0 months in the pembrolizumab arm and 16.4 months in the chemotherapy arm. The ORR was 48% vs 30%, respectively.';
    assert.deepEqual(boundFields(bindingOf(doc, '16.4 months')), { endpoint: 'OS', arm: 'chemotherapy' });
    assert.equal(bindingOf(doc, '22.0 months').drug, 'pembrolizumab');
    assert.equal(bindingOf(doc, '30%').arm, 'chemotherapy', 'the second of a two-arm respectively list is the control');
    assert.equal(bindingOf(doc, '28%').endpoint, 'OS', '"risk of death" is overall survival');
  });

  it('binds a figure to the dose cohort named right after it', () => {
    const doc = 'ORR was 45% (95% CI, 30-60) in the 10 mg/kg cohort and 30% in the 3 mg/kg cohort.';
    assert.equal(bindingOf(doc, '45%').arm, '10 mg/kg');
    assert.equal(bindingOf(doc, '30%').arm, '3 mg/kg');
    assert.equal(bindingOf(doc, '95% CI, 30-60').arm, '10 mg/kg');
  });

  it('binds a figure to the subgroup its sentence names, and the checks compare only within one subgroup', () => {
    const doc = 'In the PD-L1 high subgroup, ORR reached 60% (12 of 20). Among the subgroup of patients with liver metastases, median PFS was 5.1 months. ORR was 40% overall.';
    assert.equal(bindingOf(doc, '60%').subgroup, 'PD-L1 high');
    assert.equal(bindingOf(doc, '12 of 20').subgroup, 'PD-L1 high');
    assert.equal(bindingOf(doc, '5.1 months').subgroup, 'liver metastases');
    assert.equal(bindingOf(doc, '40%').subgroup, undefined);
    const survival = 'Median OS was 9.0 months. In the PD-L1 high subgroup, median PFS was 11.0 months.';
    assert.ok(!analyzeText(survival).findings.some(f => f.code === 'survival-logic'), 'a subgroup PFS is not compared with the overall OS');
  });

  it('reads placebo named before a figure as its arm, but not placebo as the comparison or closing another figure', () => {
    assert.equal(bindingOf('Patients treated with placebo had an ORR of 5%.', '5%').arm, 'placebo');
    assert.notEqual(bindingOf('Compared with placebo, zanotumab reduced LDL-C by 40%.', '40%').arm, 'placebo');
    const doc = 'After 16 weeks, 44.6 % of patients treated with verzobart achieved HiSCR75, compared with 20.6 % on placebo (123 of 276 vs 28 of 136).';
    assert.notEqual(bindingOf(doc, '123 of 276').arm, 'placebo');
  });

  it('binds Markdown table cells to their column\'s arm and their row\'s endpoint', () => {
    const doc = 'Selvanemab slowed decline versus placebo.\n\n| Endpoint | Selvanemab (n=412) | Placebo (n=409) |\n|---|---|---|\n| CDR-SB, mean change | 1.21 | 1.68 |\n';
    // the column's group size comes with its arm
    assert.deepEqual(boundFields(bindingOf(doc, '1.68')), { endpoint: 'CDR-SB', arm: 'placebo', n: 409 });
    assert.equal(bindingOf(doc, '1.21').drug, 'selvanemab');
    assert.equal(bindingOf(doc, '1.21').n, 412);
    assert.equal(figuresOf(doc).find(f => f.text === '1.21')?.unit, 'points', 'a bare number for a score is in points');
    assert.equal(bindingOf(doc, 'n=409').arm, 'placebo');
  });

  it('binds flattened table rows to the arm that opens them and the title above them', () => {
    const doc = 'Velaglipron results.\nWeight change at 26 weeksDoseMean reduction\nPlacebo1.4 %\n24 mg6.8 %\n48 mg9.9 %\n';
    assert.deepEqual(boundFields(bindingOf(doc, '1.4 %')), { endpoint: 'body weight change', arm: 'placebo', timepoint: '26 weeks' });
    assert.equal(bindingOf(doc, '9.9 %').arm, '48 mg');
    assert.equal(bindingOf(doc, '9.9 %').drug, 'velaglipron');
  });
});

describe('reading figures in context', () => {
  it('reads bare numbers in a flattened table in the unit its label declares', () => {
    const doc = 'Earnings forecast (KRW bn)2024A2025E2026E\nRevenue41.3 62.8 155.4\n\nShares outstanding (m)40.4\nValue per share (KRW)128,000\n';
    const f = (t: string) => figuresOf(doc).find(x => x.text === t)!;
    assert.deepEqual([f('62.8').figureKind, f('62.8').value, f('62.8').unit], ['money', 62.8e9, 'KRW']);
    assert.deepEqual([f('40.4').figureKind, f('40.4').value, f('40.4').unit], ['count', 40.4e6, 'shares']);
    assert.deepEqual([f('128,000').value, f('128,000').unit], [128000, 'KRW']);
    assert.match(f('62.8').reading ?? '', /KRW bn/);
  });

  it('leaves a parenthesis that is not a unit alone', () => {
    const doc = 'Sum of the parts\nSHB-101 (ovarian cancer)3,120\n';
    assert.notEqual(figuresOf(doc).find(x => x.text === '3,120')?.figureKind, 'money');
  });

  it('reads the n (%) form as a count of the document\'s population', () => {
    const doc = '412 participants were treated.\n\n| Event | Drug |\n|---|---|\n| ARIA-E, n (%) | 59 (14.3%) |\n';
    const f = figuresOf(doc).find(x => x.text === '59')!;
    assert.deepEqual([f.figureKind, f.unit], ['count', 'participants']);
  });

  it('names the kind of ratio', () => {
    assert.equal(figuresOf('reduced exacerbations (rate ratio 0.54; 95% CI 0.36-0.81)').find(f => f.figureKind === 'ratio')?.unit, 'rate ratio');
    assert.equal(figuresOf('odds ratio 2.1 for response').find(f => f.figureKind === 'ratio')?.unit, 'OR');
    assert.equal(figuresOf('(HR 0.72; 95% CI 0.59-0.88)').find(f => f.figureKind === 'ratio')?.unit, 'HR');
  });

  it('reads "160-patient" as a count and "the odds ratio was 1.85" as an odds ratio', () => {
    const f = figuresOf('a 160-patient Phase 2 trial')[0];
    assert.deepEqual([f.figureKind, f.value, f.unit], ['count', 160, 'patients']);
    const r = figuresOf('the odds ratio was 1.85 for response').find(x => x.figureKind === 'ratio');
    assert.deepEqual([r?.value, r?.unit], [1.85, 'OR']);
  });

  it('binds a figure followed by "with the control regimen" to the control arm', () => {
    const doc = 'ORR was 40% with XB-101 and 20% with the control regimen.';
    assert.deepEqual(boundFields(bindingOf(doc, '20%')), { endpoint: 'ORR', arm: 'control' });
  });

  it('reads a capitalised number word after a heading', () => {
    const f = figuresOf('Results: Sixty-two patients were treated.')[0];
    assert.deepEqual([f.value, f.unit], [62, 'patients']);
  });
});

describe('a sentence span\'s key in the binder\'s caches (spanKey)', () => {
  it('is one key per pair of offsets, below and past the offsets one number holds', () => {
    const spans: { start: number; end: number }[] = [];
    for (const start of [0, 1, 2, 1000, 2 ** 25, 2 ** 26 - 1, 2 ** 26, 2 ** 27 + 5]) for (const d of [0, 1, 2, 77, 2 ** 20]) spans.push({ start, end: start + d });
    const keys = new Map<number | string, { start: number; end: number }>();
    for (const s of spans) {
      const k = spanKey(s);
      const other = keys.get(k);
      assert.ok(!other || (other.start === s.start && other.end === s.end), `${s.start}-${s.end} and ${other?.start}-${other?.end} share a key`);
      keys.set(k, s);
      assert.equal(spanKey({ ...s }), k);
    }
    assert.equal(keys.size, spans.length);
  });
});
