import { strict as assert } from 'assert';
import { analyzeText } from '../../../server/src/analysis';
import { normalCdf, zFor } from '../../../server/src/analysis/checks/pValueInterval';

const found = (text: string, code = 'p-value-vs-ci') => analyzeText(text).findings.filter(f => f.code === code);

describe('p-value-vs-ci', () => {
  it('computes the normal CDF and quantiles it relies on', () => {
    assert.ok(Math.abs(normalCdf(1.959964) - 0.975) < 1e-6);
    assert.ok(Math.abs(normalCdf(-1) - 0.158655) < 1e-6);
    assert.ok(Math.abs(zFor(95)! - 1.959964) < 1e-5);
    assert.ok(Math.abs(zFor(90)! - 1.644854) < 1e-5);
    assert.equal(zFor(100), undefined);
  });
  it('reports a significant p-value beside an interval that spans 1, with the p the interval implies', () => {
    const fs = found('OS improved (HR 0.91; 95% CI 0.78\u20131.06; p = 0.02).');
    assert.equal(fs.length, 1);
    assert.equal(fs[0].severity, 'warning');
    assert.match(fs[0].message, /p = 0\.02 does not fit HR 0\.91 \(95 % CI 0\.78\u20131\.06\), which implies p \u2248 0\.2\d\d: the interval spans 1/);
    assert.equal(fs[0].related.length, 2);
  });
  it('pairs no p-value on the next row of a table with the interval that closes the row above', () => {
    // a row of ratios, then a row of p-values (a table glued into text: its line ends are hard)
    const rows = 'Placebo (n=30)Drug A (n=31)Drug B (n=29)\nResponders, n/N (%)5/30 (16.7)12/31 (38.7)8/29 (27.6)\n OR vs placebo (90% CI)4.10 (1.90 to 8.80)1.50 (0.60 to 3.70)\n p Value0.0040.390\n';
    assert.deepEqual(found(rows), []);
    // a line wrapped inside a sentence is no row's end: the pair is still read
    assert.equal(found('OS improved (HR 0.91; 95% CI 0.78\u20131.06;\np = 0.02) in the study.').length, 1);
  });
  it('reads the p-value in the cell after a ratio and its interval, in a pipe table\u2019s row', () => {
    // invented rows: the comparison's cell, then its p-value's cell
    const head = '| Endpoint | Drug A | Control | HR (95% CI) | p |\n|---|---|---|---|---|\n';
    assert.equal(found(head + '| Median OS, months | 9.1 | 7.0 | 0.80 (0.61\u20131.05) | <0.001 |\n').length, 1);
    assert.deepEqual(found(head + '| Median OS, months | 9.1 | 7.0 | 0.70 (0.60\u20130.82) | <0.001 |\n'), []);
  });
  it('reads two decimals glued in a row, the second opening with "0.", as two numbers', () => {
    const t = 'p Value0.0040.151\n';
    const figs = analyzeText(t).model.entities.filter(e => e.kind === 'figure').map(e => t.slice(e.start, e.end));
    assert.ok(figs.some(x => x.endsWith('0.004')) && figs.includes('0.151'), figs.join(', '));
  });
  it('reports a non-significant p-value beside an interval that excludes 1, and one 100-fold off', () => {
    assert.equal(found('PFS: HR 0.50 (95% CI 0.40\u20130.62; p = 0.30).').length, 1);
    assert.match(found('HR 0.74 (95% CI 0.65\u20130.85; p = 0.03)')[0].message, /100-fold/);
    // a colon as the list mark between the interval and the p-value
    assert.equal(found('PFS: HR 0.50 (95% CI: 0.40, 0.62: p = 0.30).').length, 1);
    assert.deepEqual(found('PFS: HR 0.50 (95% CI: 0.40, 0.62: p < 0.001).'), []);
  });
  it('reports a p of 0.01 or less beside a 95 % interval that holds 1, wherever the estimate stands in it', () => {
    // the estimate lies off the interval's centre, so the p it implies is below 0.05; the interval alone says otherwise
    const fs = found('Survival improved (HR 0.70; 95% CI 0.55–1.03; p = 0.004).');
    assert.equal(fs.length, 1);
    assert.match(fs[0].message, /does not fit HR 0\.7 \(95 % CI 0\.55–1\.03\): the interval holds 1/);
    // a p near 0.05 may come from another test than the interval's
    assert.deepEqual(found('Survival improved (HR 0.70; 95% CI 0.55–1.03; p = 0.04).'), []);
    // a limit that touches 1 only within its rounding
    assert.deepEqual(found('Survival improved (HR 0.70; 95% CI 0.55–1.00; p = 0.004).'), []);
  });
  it('reads a plain number the text names an odds ratio as a ratio', () => {
    assert.equal(found('The odds ratio was 1.85 (95% CI 1.10\u20133.11, p = 0.25).').length, 1);
    assert.deepEqual(found('The odds ratio was 1.85 (95% CI 1.10\u20133.11, p = 0.02).'), []);
  });
  it('judges a difference against 0: named so, or with an interval only a difference can have', () => {
    // each row: an invented sentence, and whether its p-value is reported
    const cases: [string, boolean][] = [
      ['The mean difference was 1.85 (95% CI 0.60\u20133.10, p = 0.25).', true],
      ['The difference in response rates was 11% (95% CI -3 to 25; p=0.01).', true],
      ['Der Unterschied betrug 2,4 Punkte (95 %-KI 0,9\u20133,9; p = 0,31).', true],
      ['The difference in response rates was 11% (95% CI 1 to 21; p=0.03).', false],
      ['The placebo-adjusted change was -4.1 points (95% CI -6.0 to -2.2; p<0.001).', false],
      // not a difference, and no ratio: not judged
      ['The response rate was 11% (95% CI 3 to 25; p=0.8).', false],
    ];
    for (const [text, expected] of cases) assert.equal(found(text).length > 0, expected, text);
    assert.match(found('The mean difference was 1.85 (95% CI 0.60\u20133.10, p = 0.25).')[0].message, /the interval excludes 0/);
  });
  it('accepts what tests and rounding allow', () => {
    // a log-rank p beside a Cox interval that just touches 1
    assert.deepEqual(found('HR 0.80 (95% CI 0.64\u20131.00), p = 0.048'), []);
    assert.deepEqual(found('HR 0.66 (95% CI 0.52\u20130.84; p < 0.001); HR 0.72 (95% CI, 0.61 to 0.86), P=0.0002'), []);
    assert.deepEqual(found('HR 0.91 (95% CI 0.78\u20131.06; p = 0.21)'), []);
    // an estimate outside its interval is ci-inconsistent's to report
    assert.deepEqual(found('HR 0.40 (95% CI 0.55\u20130.95; p = 0.011)'), []);
    // a p-value that belongs to something else than the interval before it
    assert.deepEqual(found('HR 0.91 (95% CI 0.78\u20131.06). The interaction test gave p = 0.02.'), []);
  });
});
