import { strict as assert } from 'assert';
import { figuresOf, messagesOf } from '../helpers';
import { declaredBy } from '../../server/src/analysis/labelUnits';

const HEAD = 'Acme Bio reported results for zetalimab in the ACME-2 trial.\n\n';

describe('readings of numbers (session 31)', () => {
  describe('a flattened power of ten after a mantissa of several digits', () => {
    it('"40×106 cells" is forty million cells', () => {
      const f = figuresOf('Patients received 40×106 cells of the product.').find(x => x.text.startsWith('40'));
      assert.equal(f?.value, 40_000_000);
    });
    it('a range of such doses reads both ends as powers', () => {
      const f = figuresOf('Doses of 75×106–300×106 CAR+ T cells were given.').find(x => x.text.startsWith('75'));
      assert.deepEqual(f?.value, [75_000_000, 300_000_000]);
    });
    it('without a noun counted in powers of ten, "40×106" is no power', () => {
      const f = figuresOf('The grid measured 40×106 squares.').find(x => x.text.startsWith('40'));
      assert.notEqual(f?.value, 40_000_000);
    });
  });

  describe('a minus sign a flattened table glued to the cell before', () => {
    it('after a footnote mark, the minus is the next cell\'s sign', () => {
      const figs = figuresOf('Change in score 0.4 (0.7)\u2020\u22121.2 (0.8) with zetalimab.');
      assert.ok(figs.some(f => f.value === -1.2), JSON.stringify(figs.map(f => f.value)));
    });
    it('after a larger number, "312,5-7%" is a fall of 7 %, no range', () => {
      const figs = figuresOf('Umsatz 290,1 312,5-7% Ergebnis 40,2 38,0 +6%');
      const f = figs.find(x => x.figureKind === 'percent' && Math.abs(x.value as number) === 7);
      assert.equal(f?.value, -7);
    });
    it('a rising range stays a range', () => {
      const f = figuresOf('Response rates ranged 10-20% across the cohorts.').find(x => x.figureKind === 'percent');
      assert.deepEqual(f?.value, [10, 20]);
    });
  });

  describe('a table row that names the difference of a share of patients', () => {
    const doc = `${HEAD}| Outcome | Zetalimab (n = 60) | Placebo (n = 60) |\n|---|---|---|\n| Responders, n (%) | 30 (50) | 21 (35) |\n| Difference in ORRa (95% CI) | 15 (2 to 28) | |\n`;
    it('its number is a difference in percentage points', () => {
      const f = figuresOf(doc, 'markdown').find(x => x.text === '15');
      assert.equal(f?.figureKind, 'percent');
      assert.equal(f?.unit, 'percentage points');
    });
    it('a difference of a mean is not', () => {
      const other = doc.replace('Difference in ORRa (95% CI)', 'Difference in mean weight (95% CI)');
      const f = figuresOf(other, 'markdown').find(x => x.text === '15');
      assert.notEqual(f?.unit, 'percentage points');
    });
  });
});

describe('readings of flattened tables (session 31)', () => {
  const header = 'Table 3. Responses at week 12 (full analysis set)\n\n';
  const groups = 'All participants Participants with a score \u22655\n';
  const arms = 'Zetalimab (n=80) Placebo (n=78) Zetalimab (n=40) Placebo (n=41)\n';
  const rows = 'Response rate, % 45.0 20.5 50.0 19.5\nRemission rate, % 15.0 6.4 17.5 4.9\n';
  const doc = `${HEAD}${header}${groups}${arms}${rows}`;
  it('labels of populations run together over the arms each span their share of the columns', () => {
    const figs = figuresOf(doc);
    const first = figs.find(f => f.text === '45.0');
    const third = figs.find(f => f.text === '50.0');
    assert.equal(first?.binding.subgroup, 'All participants');
    assert.equal(third?.binding.subgroup, 'Participants with a score \u22655');
  });
  it('labels that do not divide the columns evenly are left', () => {
    const three = doc.replace(groups, 'All participants Participants with a score \u22655 Participants over 65\n');
    const f = figuresOf(three).find(x => x.text === '45.0');
    assert.notEqual(f?.binding.subgroup, 'All participants');
  });
  it('a last column of p-values after the arms is no arm, and its numbers are p-values', () => {
    const withP = `${HEAD}${header}Zetalimab (n=80) Placebo (n=78) Interaction P\nResponse rate, % 45.0 20.5 0.214\nRemission rate, % 15.0 6.4 0.310\n`;
    const figs = figuresOf(withP);
    const p = figs.find(f => f.text === '0.214');
    assert.equal(p?.figureKind, 'pvalue');
    assert.equal(p?.binding.arm, undefined);
    assert.equal(figs.find(f => f.text === '20.5')?.binding.arm, 'placebo');
  });
  it('a number above 1 in that column is an impossible p-value', () => {
    const withP = `${HEAD}${header}Zetalimab (n=80) Placebo (n=78) Interaction P\nResponse rate, % 45.0 20.5 2.14\nRemission rate, % 15.0 6.4 0.310\n`;
    assert.ok(messagesOf(withP, 'impossible-value').some(m => /p = 2\.14 is impossible/.test(m)), JSON.stringify(messagesOf(withP, 'impossible-value')));
  });
  it('rows of a stricter threshold are held to the looser one column by column, not to its first column', () => {
    const t = `${HEAD}Outcome Zetalimab 1 mg Zetalimab 3 mg Zetalimab 10 mg\nPASI 75 10.0 40.0 60.0\nPASI 90 5.0 30.0 45.0\n`;
    assert.ok(!messagesOf(t, 'impossible-value').some(m => /PASI 90/.test(m)), JSON.stringify(messagesOf(t, 'impossible-value')));
  });
});

describe('readings of pipe tables (session 31)', () => {
  const doc = `${HEAD}Responders by visit (full analysis set)\n| Week 12 | Week 36 | |||\n|---|---|---|---|---|\n| Zetalimab | Placebo | Estimated difference (95% CI) | Zetalimab/open-label zetalimab | Placebo/open-label zetalimab |\n| Response | 41.0 | 20.5 | 20.5 (9.1 to 31.9) | 52.0 | 48.5 |\n| Remission | 12.0 | 6.1 | 5.9 (0.2 to 11.6) | 20.0 | 18.2 |\n`;
  it('time points over fewer columns span the columns from one start of the arms to the next', () => {
    const figs = figuresOf(doc, 'markdown');
    assert.equal(figs.find(f => f.text === '41.0')?.binding.timepoint, '12 weeks');
    assert.equal(figs.find(f => f.text === '20.5' && f.table?.column.startsWith('Placebo'))?.binding.timepoint, '12 weeks');
    assert.equal(figs.find(f => f.text === '52.0')?.binding.timepoint, '36 weeks');
    assert.equal(figs.find(f => f.text === '48.5')?.binding.timepoint, '36 weeks');
  });
  it('arms that do not start over leave the time points unplaced', () => {
    const other = doc.replace('Zetalimab/open-label zetalimab', 'Open-label extension');
    const f = figuresOf(other, 'markdown').find(x => x.text === '52.0');
    assert.equal(f?.binding.timepoint, undefined);
  });
  it('a column that compares the arms is no one arm but their comparison; its cells are the drug\'s', () => {
    const f = figuresOf(doc, 'markdown').find(x => x.text === '5.9');
    assert.equal(f?.binding.arm, 'zetalimab vs placebo');
    assert.equal(f?.binding.drug, 'zetalimab');
  });
  it('"or" in a column\'s header is no odds ratio', () => {
    const t = `${HEAD}| Event | Zetalimab (N = 50) | | Chemotherapy alone (N = 50) | |\n|---|---|---|---|---|\n| | Any grade | Grade 3 or 4 | Any grade | Grade 3 or 4 |\n| Nausea | 10 (20.0) | 2 (4.0) | 5 (10.0) | 1 (2.0) |\n| Rash | 8 (16.0) | 1 (2.0) | 3 (6.0) | 0 |\n`;
    const f = figuresOf(t, 'markdown').find(x => x.text === '5');
    assert.equal(f?.binding.arm, 'Chemotherapy alone');
  });
});

describe('a count listed after its whole (session 31)', () => {
  it('is a part of the whole, not the enrolment an analysis set is held to', () => {
    const doc = 'The analysis included 90 evaluable patients across two cohorts, including 35 patients with the variant and 55 patients without it. The company enrolled the second cohort in 2025.';
    assert.deepEqual(messagesOf(doc, 'impossible-value'), []);
  });
  it('an analysis set larger than a stated enrolment is still reported', () => {
    const doc = 'The trial enrolled 55 patients. The analysis included 90 evaluable patients.';
    assert.equal(messagesOf(doc, 'impossible-value').length, 1, JSON.stringify(messagesOf(doc, 'impossible-value')));
  });
});

describe('a passage restated word for word but for one number (session 31)', () => {
  const lead = 'Under the agreement, Acme Bio will receive $12 million upfront on closing of the transaction, followed by regulatory milestones of up to $30 million.';
  it('two values of the restated number are reported', () => {
    const doc = `${lead}\n\nAcme Bio sold its rights to zetalimab to Bolt Pharma.\n\n${lead.replace('$12 million', '$15 million')}`;
    const m = messagesOf(doc, 'repeated-value');
    assert.ok(m.some(x => /\$15 million here but \$12 million/.test(x)), JSON.stringify(m));
  });
  it('the same value restated is no finding', () => {
    const doc = `${lead}\n\nAcme Bio sold its rights to zetalimab to Bolt Pharma.\n\n${lead}`;
    assert.deepEqual(messagesOf(doc, 'repeated-value'), []);
  });
  it('words that differ beside the number (another period) are two quantities', () => {
    const a = 'For the quarter ended March 31, the company reported total revenue of $12.0 million from sales of zetalimab in the United States and Europe.';
    const doc = `${a}\n\nThe product launched last year.\n\n${a.replace('March 31', 'June 30').replace('$12.0 million', '$14.5 million')}`;
    assert.deepEqual(messagesOf(doc, 'repeated-value'), []);
  });
  it('a figure after a word of comparison is another group\'s', () => {
    const s = 'in the first quarter of the year, as the company expanded sales of zetalimab across the United States';
    const doc = `Revenue was $12.0 million ${s}.\n\nCosts rose.\n\nRevenue was $12.0 million, compared to $9.5 million ${s}.`;
    assert.deepEqual(messagesOf(doc, 'repeated-value'), []);
  });
});

describe('an adverse-event table whose grade columns name their numbers (session 31)', () => {
  const doc = `${HEAD}| Event | Zetalimab (n = 60) | Placebo (n = 58) | ||||\n|---|---|---|---|---|---|---|\n| Any grade, n (%) | Grade 3, n (%) | Grade 4, n (%) | Any grade, n (%) | Grade 3, n (%) | Grade 4, n (%) | |\n| Nausea | 20 (33.3) | 4 (6.7) | 0 | 10 (17.2) | 1 (1.7) | 0 |\n| Fatigue | 15 (25.0) | 2 (3.3) | 1 (1.7) | 9 (15.5) | 0 | 0 |\n`;
  it('each arm spans its grades\' columns', () => {
    const figs = figuresOf(doc, 'markdown');
    assert.equal(figs.find(f => f.text === '4')?.binding.arm, 'Zetalimab');
    assert.equal(figs.find(f => f.text === '10')?.binding.arm, 'placebo');
    assert.equal(figs.find(f => f.text === '1.7' && f.binding.arm === 'placebo')?.binding.n, 58);
  });
  it('"Grade 3, n (%)" names a grade: a comma after the grade\'s number is no decimal', () => {
    const f = figuresOf(doc, 'markdown').find(x => x.text === '6.7');
    assert.equal(f?.figureKind, 'percent');
    assert.equal(f?.binding.n, 60);
  });
});

describe('a row with one value a group of columns (session 31)', () => {
  const doc = `${HEAD}Table 2. Responses (full analysis set)\n\nAll participants Participants with a score \u22655\nZetalimab (n=80) Placebo (n=78) Zetalimab (n=40) Placebo (n=41)\nResponse rate, % 45.0 20.5 50.0 19.5\nRemission rate, % 15.0 6.4 17.5 4.9\nDifference, % (95% CI) 24.5 (10.6 to 38.4) 30.5 (11.0 to 50.0)\n`;
  it('each value is its group\'s comparison: the group\'s population, the drug the arms name, no arm', () => {
    const figs = figuresOf(doc);
    const first = figs.find(f => f.text === '24.5');
    const second = figs.find(f => f.text === '30.5');
    assert.equal(first?.binding.subgroup, 'All participants');
    assert.equal(second?.binding.subgroup, 'Participants with a score \u22655');
    assert.equal(second?.binding.drug, 'zetalimab');
    assert.equal(second?.binding.arm, undefined);
  });
});

describe('a comparison dated after the period the release reports on (session 31)', () => {
  const head = 'Acme Bio reports fourth quarter 2026 results\n\nFor the three months ended December 31, 2026, net loss was $1.0 million, compared to a net loss of $6.3 million in the fourth quarter of ';
  it('is reported: actual results are compared with an earlier period', () => {
    assert.equal(messagesOf(`${head}2027.`, 'date-inconsistent').length, 1);
  });
  it('the year-ago quarter is not', () => {
    assert.deepEqual(messagesOf(`${head}2025.`, 'date-inconsistent'), []);
  });
  it('nor a forecast for a later period', () => {
    assert.deepEqual(messagesOf('Acme Bio reports fourth quarter 2026 results\n\nFor the three months ended December 31, 2026, revenue was $9.0 million, compared to guidance of $8.0 million for the first quarter of 2027.', 'date-inconsistent'), []);
  });
});

describe('a gain between medians stated in a summary, the medians paragraphs later (session 31)', () => {
  const doc = (a: string, b: string, more = '') => `Zetalimab improved median progression-free survival by about 3.5 months compared with ofatumumab in the ACME-3 trial.\n\nThe trial enrolled 300 patients with relapsed lymphoma.\n\nMedian progression-free survival was ${a} months with zetalimab and ${b} months with ofatumumab.${more}\n`;
  it('is held to the document\'s only two medians of its endpoint, with room for "about"', () => {
    assert.equal(messagesOf(doc('13.3', '7.9'), 'claimed-ratio').length, 1, JSON.stringify(messagesOf(doc('13.3', '7.9'), 'claimed-ratio')));
    assert.deepEqual(messagesOf(doc('13.3', '9.9'), 'claimed-ratio'), []);
  });
  it('two pairs of medians (two analyses) leave it alone', () => {
    const more = ' By investigator assessment, median progression-free survival was 12.7 months with zetalimab and 9.0 months with ofatumumab.';
    assert.deepEqual(messagesOf(doc('13.3', '7.9', more), 'claimed-ratio'), []);
  });
});

describe('a label naming a time point by its unit and number (session 31)', () => {
  it('"Week 24" declares no unit of its cells, as "24 weeks" does not', () => {
    assert.equal(declaredBy('Week 24'), undefined);
    assert.equal(declaredBy('Month 6')?.kind, undefined);
    assert.equal(declaredBy('Duration, weeks')?.kind, 'duration');
  });
});

describe('a long caption that names a rate (session 31)', () => {
  it('declares the shares of the cells under it, however long it is', () => {
    const doc = 'PASI 75 and PASI 90 responders in the overall population and the biologic-naive and biologic-experienced subgroups\n| Week 16 | Week 52 | |||\n| Zetalimab | Placebo | Difference (95% CI) | Zetalimab/open-label zetalimab |\n| PASI 75 | 61.2 | 12.4 | 48.8 (40.1 to 57.5) | 70.3 |\n| PASI 90 | 40.5 | 4.1 | 36.4 (28.0 to 44.8) | 55.0 |\n';
    const f = figuresOf(doc, 'markdown').find(x => x.text === '61.2');
    assert.equal(f?.figureKind, 'percent');
  });
  it('a sentence that ends before its number stays prose', () => {
    const f = figuresOf('The company said the trial, which enrolled patients across many sites, reached a response rate of 61.2 in the end.').find(x => x.text.startsWith('61.2'));
    assert.notEqual(f?.unit, '%');
  });
});

describe('a minus set apart from its number in a table cell (session 31)', () => {
  it('"| \u2212 12.4 (2.1) |" is a negative change', () => {
    const doc = `${HEAD}| Outcome | Zetalimab (n = 60) | Placebo (n = 58) |\n|---|---|---|\n| Change in score, mean (SE) | \u2212 12.4 (2.1) | \u2212 6.3 (2.0) |\n| Change in itch, mean (SE) | \u2212 3.1 (0.4) | \u2212 1.2 (0.4) |\n`;
    const f = figuresOf(doc, 'markdown').find(x => x.text.endsWith('12.4'));
    assert.equal(f?.value, -12.4);
  });
  it('a list\'s dash at a line\'s opening is a bullet, no sign', () => {
    const f = figuresOf('Highlights:\n- 12 patients responded to zetalimab.\n').find(x => x.text.includes('12'));
    assert.notEqual(f?.value, -12);
  });
});
