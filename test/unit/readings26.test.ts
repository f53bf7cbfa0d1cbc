import { strict as assert } from 'assert';
import { figuresOf } from '../helpers';
import { analyzeText } from '../../server/src/analysis';

const HEAD = 'Acme Bio reported results for AB-101 in the ACME-1 trial.\n\n';

describe('readings of tables and run-on key figures (session 26)', () => {
  it('a row named by an arm\'s letter is that arm, its letter no footnote', () => {
    const doc = `${HEAD}| Group | Week 8 | Week 16 |\n|---|---|---|\n| Arm A | 21.0 | 25.0 |\n| Arm B | 11.0 | 12.5 |\n`;
    const f = figuresOf(doc, 'markdown').find(x => x.text === '11.0');
    assert.equal(f?.binding.arm, 'Arm B');
    assert.equal(f?.binding.endpoint, undefined);
  });

  it('a lower-case letter after a row\'s label is still a footnote', () => {
    const doc = `${HEAD}| Event | AB-101 | Placebo |\n|---|---|---|\n| Headache a | 7 | 3 |\n`;
    const f = figuresOf(doc, 'markdown').find(x => x.text === '7');
    assert.equal(f?.binding.endpoint, 'Headache');
  });

  describe('a per cent sign glued to a number in a row\'s label is the threshold\'s, not the cells\' unit', () => {
    const doc = `${HEAD}| Subgroup | Patients, n | ORR, % |\n|---|---|---|\n| All | 90 | 33.3 |\n| TPS ≥50% | 36 | 41.7 |\n`;
    it('the column\'s count stays a count', () => {
      const f = figuresOf(doc, 'markdown').find(x => x.text === '36');
      assert.equal(f?.figureKind, 'count');
    });
    it('the row\'s share stays a share', () => {
      const f = figuresOf(doc, 'markdown').find(x => x.text === '41.7');
      assert.equal(f?.figureKind, 'percent');
    });
  });

  describe('a caption that names a change in per cent reads signed cells', () => {
    const table = '| Group | Week 8 | Week 16 |\n|---|---|---|\n| Arm A | −7.5 | −9.0 |\n| Arm B | 1.5 | −2.0 |\n';
    it('under "Change from baseline, %" a negative cell is a per cent', () => {
      const doc = `${HEAD}Table 4. Change from baseline in body weight, %\n\n${table}`;
      const f = figuresOf(doc, 'markdown').find(x => x.text === '−7.5');
      assert.equal(f?.figureKind, 'percent');
      assert.equal(f?.value, -7.5);
    });
    it('under a caption of shares of patients a negative cell is none of them', () => {
      const doc = `${HEAD}Table 4. Patients with a response, %\n\n${table}`;
      const f = figuresOf(doc, 'markdown').find(x => x.text === '−7.5');
      assert.notEqual(f?.figureKind, 'percent');
    });
  });

  describe('a run-on key-figures table whose unit stands after a page\'s number and the columns\' periods', () => {
    const doc = '4 3 Key figures Q3 Q3 9M 9M EUR thousand unless stated otherwise Revenue 2,410 1,980 6,020 5,530 Research costs 1,120 1,045 3,300 3,010 Net loss 905 870 2,640 2,400\n';
    it('reads the cells after the declaration in its currency and scale', () => {
      const f = figuresOf(doc).find(x => x.text === '1,045');
      assert.equal(f?.figureKind, 'money');
      assert.equal(f?.value, 1045000);
      assert.equal(f?.unit, 'EUR');
    });
    it('leaves the numbers before it alone', () => {
      const f = figuresOf(doc).find(x => x.text === '4');
      assert.notEqual(f?.figureKind, 'money');
    });
    it('the number before a row label of sums is no count of them', () => {
      const f = figuresOf(doc).find(x => x.text.startsWith('5,530'));
      assert.equal(f?.text, '5,530');
      assert.equal(f?.figureKind, 'money');
    });
  });

  it('a sentence with a currency and scale and three figures after it is left to its own readings', () => {
    const doc = 'Costs in EUR thousand rose; the company ran 12 trials at 40 sites in 3 countries.\n';
    const f = figuresOf(doc).find(x => x.text.startsWith('40'));
    assert.notEqual(f?.figureKind, 'money');
  });

  describe('a number after an acronym', () => {
    it('written with a thousands separator is a value, not a score\'s level', () => {
      const doc = 'Key figures Revenue 1,250 1,100 Operating result (ABC) 2,310 2,005 Other 1,200 1,300\n';
      assert.ok(figuresOf(doc).some(x => x.text === '2,310'));
    });
    it('after a financial measure\'s acronym is its value', () => {
      assert.ok(figuresOf('Results: EBITDA 12.5 against 10.1 a year earlier.\n').some(x => x.text === '12.5'));
    });
    it('a score\'s level and a code\'s number stay parts of their names', () => {
      const figs = figuresOf('PASI 90 was reached with ACM 4410 in the trial.\n').map(x => x.text);
      assert.ok(!figs.includes('90') && !figs.includes('4410'), figs.join(', '));
    });
  });
});

describe('flattened tables with glued cells, two header lines and time points under each group (session 26)', () => {
  const doc = [
    'Acme Bio reported results for AB-101 in the ACME-1 trial.',
    '',
    'Table 2',
    '',
    'OutcomePlacebo (N=30)AB-101',
    '2 mg/kg (N=31)6 mg/kg (N=29)',
    'Week 6Week 12Week 6Week 12Week 6Week 12',
    'Responders, n (%)',
    'Clinical scale',
    ' Better2 (6.7)3 (10.0)5 (16.1)8 (25.8)9 (31.0)12 (41.4)',
    ' Same20 (66.7)18 (60.0)17 (54.8)15 (48.4)14 (48.3)11 (37.9)',
    'ACR',
    ' ACR204 (13.3)6 (20.0)9 (29.0)11 (35.5)12 (41.4)14 (48.3)',
    '',
  ].join('\n');
  const figs = () => figuresOf(doc);
  it('reads time points glued to one another', () => {
    assert.equal(figs().filter(f => f.figureKind === 'duration' && /^Week/.test(f.text)).length, 6);
  });
  it('reads the rows under a heading that declares nothing in the section\'s "n (%)"', () => {
    const f = figs().find(x => x.text === '25.8');
    assert.equal(f?.figureKind, 'percent');
    const c = figs().find(x => x.text === '8' && x.start > doc.indexOf('Better'));
    assert.equal(c?.figureKind, 'count');
  });
  it('gives each cell the group over its column and the time point of its column', () => {
    const f = figs().find(x => x.text === '25.8');
    assert.equal(f?.binding.arm, '2 mg/kg');
    assert.equal(f?.binding.timepoint, '12 weeks');
    const p = figs().find(x => x.text === '10.0');
    assert.equal(p?.binding.arm, 'placebo');
    assert.equal(p?.binding.timepoint, '12 weeks');
  });
  it('leaves a score\'s digits glued to its row\'s first cell to the score\'s name', () => {
    const c = figs().find(x => x.start === doc.indexOf('ACR204') + 5);
    assert.equal(c?.text, '4');
    assert.equal(c?.figureKind, 'count');
    assert.ok(!figs().some(x => x.text.startsWith('204')));
  });
  it('names a level\'s row by the heading\'s measure and the level', () => {
    const f = figs().find(x => x.text === '25.8');
    assert.equal(f?.binding.endpoint, 'Clinical scale better');
  });
  it('raises no finding on the table', () => {
    assert.deepEqual(analyzeText(doc).findings.map(f => f.message), []);
  });
});

describe('a row whose cells a copy put one a line goes on in the lines of values under it (session 26)', () => {
  it('reads each line\'s estimate and interval in the row\'s unit', () => {
    const doc = 'Weight at week 12, mean (95% CI), % | 4.1 (3.2 to 5.0) |\n3.6 (2.8 to 4.4) |\n2.9 (2.1 to 3.7) |\n';
    const f = figuresOf(doc).find(x => x.text === '2.9');
    assert.equal(f?.figureKind, 'percent');
    const ci = figuresOf(doc).find(x => x.text === '2.1 to 3.7');
    assert.equal(ci?.figureKind, 'ci');
  });
  it('not a line of values of another shape', () => {
    const doc = 'Patients (n) 40\n1.5 (0.5 to 2.5)\n';
    assert.notEqual(figuresOf(doc).find(x => x.text === '1.5')?.figureKind, 'count');
  });
  it('a row of p-values glued to their label is no p-value of the interval that ends the row above', () => {
    const doc = 'Odds ratio (90% CI) 2.4 (1.1 to 5.2) 1.6 (0.7 to 3.6)\nP value0.020.31\n';
    assert.deepEqual(analyzeText(doc).findings.filter(f => f.code === 'p-value-vs-ci').map(f => f.message), []);
  });
});

it('a rate\'s row that names its interval\'s level, under columns of counts and per cents, reads the bracketed range as the interval (session 26)', () => {
  const doc = '| | AB-101 (N = 40) | | Placebo (N = 38) | |\n|---|---|---|---|---|\n| | n | % | n | % |\n| ORR (95% CI) | 14 | 35.0 (20.6–51.7) | 5 | 13.2 (4.4–28.1) |\n';
  const ci = figuresOf(doc, 'markdown').find(x => x.text === '20.6–51.7');
  assert.equal(ci?.figureKind, 'ci');
  assert.equal(ci?.unit, '%');
  assert.equal(figuresOf(doc, 'markdown').find(x => x.text === '35.0')?.figureKind, 'percent');
});

describe('a table\'s comparison column and a mean\'s deviation (session 26)', () => {
  const doc = 'Table 3. Outcomes at week 24\n\n| Outcome | AB-101 (n=50) | Placebo (n=50) | Difference (95% CI) |\n|---|---|---|---|\n| Responders, n (%) | 20 (40.0) | 9 (18.0) | 22.0 (4.6 to 39.4) |\n| Mean change in score (SD) | −2.6 (1.9) | −1.1 (2.0) | −1.5 (−2.3 to −0.7) |\n';
  it('a number equal to the difference of its row\'s shares is that difference, in percentage points', () => {
    const f = figuresOf(doc, 'markdown').find(x => x.text === '22.0');
    assert.equal(f?.figureKind, 'percent');
    assert.equal(f?.unit, 'percentage points');
    assert.equal(figuresOf(doc, 'markdown').find(x => x.text === '4.6 to 39.4')?.unit, 'percentage points');
  });
  it('a difference of means stays out of it', () => {
    assert.notEqual(figuresOf(doc, 'markdown').find(x => x.text === '−1.5')?.unit, 'percentage points');
  });
  it('"(SD)" closing a label that names a mean is no stable disease', () => {
    const f = figuresOf(doc, 'markdown').find(x => x.text === '−2.6');
    assert.notEqual(f?.binding.endpoint, 'SD');
  });
  it('"stable disease (SD)" still defines it', () => {
    const d = 'Acme Bio said 12 patients had stable disease (SD), with a mean duration in SD of 5 months.\n';
    assert.ok(analyzeText(d).model.entities.some(e => e.kind === 'endpoint' && e.name === 'SD'));
  });
});
