/**
 * Readings of session 64: a per cent change named anywhere in a table's row label, a section kept open by a row that
 * restates its unit, and a nested-measure finding reported on a cell's count rather than on its share.
 * Every example is invented.
 */
import { strict as assert } from 'assert';
import { declaredBy } from '../../server/src/analysis/labelUnits';
import { entitiesOf, figuresOf, messagesOf } from '../helpers';

describe('a per cent change named inside a label (label units)', () => {
  it('a score, its statistic, then "percent change" declares per cents', () => {
    assert.equal(declaredBy('ZSI LS mean percent change from baseline (SE)')?.kind, 'percent');
    assert.equal(declaredBy('Pain score geometric mean per cent change at week 8')?.kind, 'percent');
  });

  it('... while the same label with a plain change does not', () => {
    assert.notEqual(declaredBy('ZSI LS mean change from baseline (SE)')?.kind, 'percent');
  });

  it('a number right before the sign is a threshold the label names, no unit of its cells', () => {
    assert.notEqual(declaredBy('Patients with 50 % change in ZSI')?.kind, 'percent');
  });

  it('a pipe table row so labelled reads its bare cells as per cents', () => {
    const doc = [
      '| | Placebo (n = 40) | Acmezumab (n = 41) |',
      '|---|---|---|',
      '| ZSI LS mean percent change from baseline (SE) | −12.4 (3.1) | −48.9 (3.0) |',
      '',
    ].join('\n');
    const f = figuresOf(doc, 'markdown').find(x => /48\.9/.test(doc.slice(x.start, x.end)))!;
    assert.equal(f.figureKind, 'percent');
    assert.equal(f.unit, '%');
  });
});

describe('a section of a table kept open by a row that restates its unit', () => {
  it('a difference row under a per cent section, after a row that names the per cent again, is in per cents', () => {
    const doc = [
      '| | Placebo (n = 30) | Acmezumab (n = 31) |',
      '|---|---|---|',
      '| Waist circumference, % change | | |',
      '| LS mean percent change (SE) | −0.4 (0.5) | −5.2 (0.5) |',
      '| LS mean difference vs placebo (95% CI) | | −4.8 (−6.2, −3.4) |',
      '',
    ].join('\n');
    const f = figuresOf(doc, 'markdown').find(x => doc.slice(x.start, x.end) === '−4.8')!;
    assert.equal(f.figureKind, 'percent', JSON.stringify(f));
  });

  it('... while a row that declares another unit still ends the section', () => {
    const doc = [
      '| | Placebo (n = 30) | Acmezumab (n = 31) |',
      '|---|---|---|',
      '| Waist circumference, % change | | |',
      '| LS mean change, cm | −0.4 (0.5) | −5.2 (0.5) |',
      '| LS mean difference vs placebo (95% CI) | | −4.8 (−6.2, −3.4) |',
      '',
    ].join('\n');
    const f = figuresOf(doc, 'markdown').find(x => doc.slice(x.start, x.end) === '−4.8')!;
    assert.notEqual(f.figureKind, 'percent', JSON.stringify(f));
  });
});

describe('a nested measure above its whole, reported on the count (impossible-value)', () => {
  it('a cell whose count and share both exceed the looser threshold\'s is reported once, on its count', () => {
    const doc = [
      '| | Placebo (n = 50) | Acmezumab (n = 50) |',
      '|---|---|---|',
      '| Mean percent change in PASI (SE) | −10.1 (2.0) | −40.3 (2.1) |',
      '| PASI-50, n (%) | 6 (12) | 20 (40) |',
      '| PASI-75, n (%) | 3 (6) | 24 (48) |',
      '',
    ].join('\n');
    const found = messagesOf(doc, 'impossible-value').filter(m => m.includes('every patient counted in the first'));
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0], /^24 under/);
  });
});

describe('a whole in brackets and its arms after a semicolon (totals)', () => {
  it('the counts after the semicolon are the whole\'s parts, their noun left out', () => {
    const doc = 'In the full analysis set (212 patients; 110 Acmezumab and 102 placebo), the primary endpoint was met.';
    const fs = figuresOf(doc).filter(f => ['110', '102'].includes(doc.slice(f.start, f.end)));
    assert.deepEqual(fs.map(f => [f.figureKind, f.unit]), [['count', 'patients'], ['count', 'patients']]);
    assert.deepEqual(messagesOf(doc, 'totals'), []);
  });

  it('arms named after their counts that add up to more than the whole are found', () => {
    const doc = 'In the full analysis set (212 patients; 120 Acmezumab and 102 placebo), the primary endpoint was met.';
    const found = messagesOf(doc, 'totals');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0], /120 \+ 102 = 222, more than the 212/);
  });

  it('... while counts that add up to more and name no arm stay unread, as their arithmetic says', () => {
    const doc = 'Of the 212 patients enrolled (212 patients; 120 European and 102 North American), most were women.';
    assert.deepEqual(messagesOf(doc, 'totals'), []);
    const f = figuresOf(doc).find(x => doc.slice(x.start, x.end) === '102')!;
    assert.notEqual(f.figureKind, 'count');
  });
});

describe('a deal\'s terms over two paragraphs (totals)', () => {
  const deal = (total: string) => [
    'Acme Bio will pay $120 million upfront and up to $300 million in development milestones.',
    '',
    `Acme Bio may also pay up to $90 million in sales milestones, so that the deal could be worth as much as ${total}.`,
    '',
  ].join('\n');

  it('a total below the upfront and both milestones of the paragraph before is found', () => {
    const found = messagesOf(deal('$480 million'), 'totals');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0], /= USD 510 million, not the stated total USD 480 million/);
  });

  it('... and one that adds up is not', () => {
    assert.deepEqual(messagesOf(deal('$510 million'), 'totals'), []);
  });
});

describe('a count, its share in brackets, then the whole it is part of', () => {
  it('"k (p%) of n patients" reads k as a part of n', () => {
    const doc = 'Grade 3 rash occurred in 9 (23.7%) of 38 patients.';
    const f = figuresOf(doc).find(x => doc.slice(x.start, x.end) === '9')!;
    assert.equal(f.figureKind, 'count');
    assert.equal(f.unit, 'patients');
    assert.equal(f.denominator, 38);
  });

  it('a subset named after it is held to the k, not to the n (impossible-value)', () => {
    const doc = 'Grade 3 or higher events occurred in 9 (23.7%) of 38 patients, including neutropenia in 11 (28.9%) patients and fatigue in 2 (5.3%) patients.';
    const found = messagesOf(doc, 'impossible-value');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0], /^11 is written as part of 9/);
  });

  it('... and one within the k is not reported', () => {
    const doc = 'Grade 3 or higher events occurred in 9 (23.7%) of 38 patients, including neutropenia in 6 (15.8%) patients and fatigue in 2 (5.3%) patients.';
    assert.deepEqual(messagesOf(doc, 'impossible-value'), []);
  });
});

describe('a list of shares held to the count further back that it bears out (percent-of-count)', () => {
  const doc = (sd: string) => `Ninety-two patients were treated. Eighty-eight had measurable disease and 4 had none. Best responses were 2 (2%) partial response, 20 (${sd}) stable disease and 70 (76%) progressive disease.`;

  it('the pair the ninety-two the other pairs agree with does not give is found', () => {
    const found = messagesOf(doc('25%'), 'percent-of-count');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0], /25 % ≠ 20\/92 = 21\.7 %/);
  });

  it('... and a list every pair of which the ninety-two gives is not, though a nearer count fits two of its pairs', () => {
    assert.deepEqual(messagesOf(doc('22%'), 'percent-of-count'), []);
  });
});

describe('a difference\'s interval with no estimate, against its p-value (p-value-vs-ci)', () => {
  const table = (p: string) => [
    '| Event | Only on placebo | Only on active | Placebo % | Active % | 95% CI | McNemar\'s test |',
    '|---|---|---|---|---|---|---|',
    '| Dry mouth | 3 | 9 | 0.9 | 2.6 | −0.2 to 3.6 | 0.15 |',
    `| Insomnia | 2 | 8 | 0.6 | 2.3 | −0.3 to 3.7 | ${p} |`,
    '',
  ].join('\n');

  it('a test named in the header heads a column of p-values', () => {
    const doc = table('0.11');
    const f = figuresOf(doc, 'markdown').find(x => doc.slice(x.start, x.end) === '0.11')!;
    assert.equal(f.figureKind, 'pvalue');
  });

  it('an interval that holds 0, with a p three times below 0.05, is found', () => {
    const found = messagesOf(table('0.012'), 'p-value-vs-ci');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0], /interval spans 0/);
  });

  it('... and one whose p its centre bears out is not', () => {
    assert.deepEqual(messagesOf(table('0.11'), 'p-value-vs-ci'), []);
  });

  it('an interval clear of zero, no estimate written, with a p far above 0.05 in prose', () => {
    const found = messagesOf('Remission was reached by 52% versus 31% (95% CI 8.4 to 33.6; p = 0.45).', 'p-value-vs-ci');
    assert.deepEqual(found, [], 'a positive interval alone may be a ratio\'s: not judged');
    const neg = messagesOf('Remission was reached by 31% versus 52% (95% CI −33.6 to −8.4; p = 0.45).', 'p-value-vs-ci');
    assert.equal(neg.length, 1, JSON.stringify(neg));
  });
});

describe('an earliest time of what is still to come (date-inconsistent)', () => {
  it('"at the earliest" before a year marks a clause of the future, dated before the release', () => {
    const doc = 'Acme Bio\n\nBASEL, 12. Mai 2031 - Der Umsatz sank. Weiter ist Zetamab, ein Mittel gegen das trockene Auge, das frühestens 2030 auf den Markt kommt.\n';
    const found = messagesOf(doc, 'date-inconsistent');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0], /frühestens/);
  });

  it('... and one dated after the release is not reported', () => {
    const doc = 'Acme Bio\n\nBASEL, 12. Mai 2031 - Der Umsatz sank. Weiter ist Zetamab, ein Mittel gegen das trockene Auge, das frühestens 2033 auf den Markt kommt.\n';
    assert.deepEqual(messagesOf(doc, 'date-inconsistent'), []);
  });
});

describe('Italian francs and securities', () => {
  it('"milioni di franchi" is a sum in Swiss francs, "milioni di titoli" a count of shares', () => {
    const doc = 'La società ha raccolto 12,5 milioni di franchi e ha emesso 4,2 milioni di titoli.';
    const fs = figuresOf(doc);
    const money = fs.find(f => doc.slice(f.start, f.end).startsWith('12,5'))!;
    assert.deepEqual([money.figureKind, money.unit, money.value], ['money', 'CHF', 12500000]);
    const shares = fs.find(f => doc.slice(f.start, f.end).startsWith('4,2'))!;
    assert.deepEqual([shares.figureKind, shares.unit], ['count', 'shares']);
  });
});

describe('a figure the text says it repeats (repeated-value)', () => {
  const doc = (again: string) => `Acme Bio raised $31.6 million in its offering, more than planned. The company sold 9.2 million shares at $3.50 each, bringing in, as mentioned, ${again} million.`;

  it('a restatement one digit off the figure it repeats is found', () => {
    const found = messagesOf(doc('$36.1'), 'repeated-value');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0], /\$36\.1 million is said to repeat a figure stated before, but the one it repeats reads \$31\.6 million/);
  });

  it('... one that repeats it exactly is not', () => {
    assert.deepEqual(messagesOf(doc('$31.6'), 'repeated-value'), []);
  });

  it('... nor one far from every earlier figure (the figure it repeats is not in the document)', () => {
    assert.deepEqual(messagesOf(doc('$58.0'), 'repeated-value'), []);
  });
});

describe('a quarter named without its year, and the same period of a year (date-inconsistent)', () => {
  const doc = (year: string) => `Acme Bio results\n\nOAKTOWN, November 18, 2031 - Acme Bio published the results of the third quarter, with a net loss of $6.1 million, compared with a net loss of $4.9 million in the same period of ${year}.\n`;

  it('the same period of the release\'s own year is the very quarter reported', () => {
    const found = messagesOf(doc('2031'), 'date-inconsistent');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0], /the same period of 2031, the very period the release reports on \(Q3 2031\)/);
  });

  it('... and the year before is the year-ago quarter', () => {
    assert.deepEqual(messagesOf(doc('2030'), 'date-inconsistent'), []);
  });

  it('a release long after the quarter named takes no year for it', () => {
    const late = `Acme Bio results\n\nOAKTOWN, August 18, 2031 - Acme Bio published the results of the third quarter, with a net loss of $6.1 million, compared with a net loss of $4.9 million in the same period of 2030.\n`;
    assert.deepEqual(messagesOf(late, 'date-inconsistent'), []);
  });
});

describe('a difference of two shares, with their per cent sign, is in points', () => {
  it('a row label of a proportion\'s difference with "%" declares percentage points', () => {
    assert.equal(declaredBy('Proportion difference vs placebo, % (95% CI)')?.unit, 'percentage points');
    assert.equal(declaredBy('Difference in response rate, %')?.unit, 'percentage points');
  });

  it('... a relative difference, or a difference of per cent changes, stays in per cents', () => {
    assert.equal(declaredBy('Relative difference in response rate, %')?.unit, '%');
    assert.equal(declaredBy('Difference in mean % change in weight')?.unit, '%');
  });

  it('a difference column under a caption of percentages reads its cells in points', () => {
    const doc = [
      'Table 3. Responders at week 16',
      '',
      '| | Acmezumab | Placebo | Estimated difference (95% CI) |',
      '|---|---|---|---|',
      '| ZSI-50 | 41.2 | 20.1 | 21.1 (9.8 to 32.4) |',
      '',
      'Data are shown as percentages of patients.',
      '',
    ].join('\n');
    const f = figuresOf(doc, 'markdown').find(x => doc.slice(x.start, x.end) === '21.1')!;
    assert.equal(f.unit, 'percentage points', JSON.stringify(f));
    const g = figuresOf(doc, 'markdown').find(x => doc.slice(x.start, x.end) === '41.2')!;
    assert.equal(g.unit, '%');
  });
});

describe('a statistic of a scale the lexicon measures as a score is in points', () => {
  it('a named score with a statistic declares points, as "score" with one does', () => {
    for (const label of ['SCORAD decline (mean ±SEM)', 'DAS28, mean change', 'Change in Mayo score', 'mTSS change from baseline']) {
      assert.equal(declaredBy(label)?.unit, 'points', label);
    }
  });

  it('... a score\'s threshold is a share of patients, no score', () => {
    assert.notEqual(declaredBy('PASI 75 response, mean')?.unit, 'points');
    assert.equal(declaredBy('EASI-75, n (%)')?.kind, 'countPercent');
  });
});

describe('a change is no range', () => {
  const texts = (doc: string) => figuresOf(doc).map(f => doc.slice(f.start, f.end));

  it('"down from A to B" and "fell A to B" are two figures', () => {
    assert.deepEqual(texts('Licence revenue was down from $31.2 million to $12.8 million.'), ['$31.2 million', '$12.8 million']);
    assert.deepEqual(texts('Shares of Acme Bio fell $1.25 to $8.40 on Tuesday.').slice(0, 2), ['$1.25', '$8.40']);
  });

  it('... while a range and step-up doses stay ranges', () => {
    assert.deepEqual(texts('Guidance is a range of $10 million to $20 million.'), ['$10 million to $20 million']);
    assert.deepEqual(texts('Each cohort escalated on a step-up schedule from 5 to 40 mg.'), ['5 to 40 mg']);
  });
});

describe('a total whose items the prior period shows to be its breakdown (totals)', () => {
  const doc = (total: string) => `Acme Bio reported its results. Total operating expenses for the quarter were ${total}, compared to $35.0 million for the same period last year. Research and development expenses were $30.1 million, compared to $24.6 million. General and administrative expenses were $11.8 million, compared to $10.4 million.`;

  it('this period\'s items that do not make the total are found', () => {
    const found = messagesOf(doc('$45.9 million'), 'totals');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0], /add up to 41\.9 million USD, not 45\.9 million/);
  });

  it('... and items that do are not', () => {
    assert.deepEqual(messagesOf(doc('$41.9 million'), 'totals'), []);
  });

  it('items whose prior values do not make the prior total are no breakdown, and are not judged', () => {
    const other = doc('$45.9 million').replace('$24.6 million', '$20.6 million');
    assert.deepEqual(messagesOf(other, 'totals'), []);
  });
});

describe('targets added to the vocabulary', () => {
  it('toll-like receptors, hexokinase II, the 5-HT3 receptor and the fibroblast growth factors are targets', () => {
    const doc = 'Acmezumab blocks signalling through toll-like receptors (TLRs); Betanib inhibits hexokinase II; Gammaron antagonises the 5-HT3 receptor; Deltinib inhibits FGF signalling.';
    const targets = entitiesOf(doc, 'target').map(e => doc.slice(e.start, e.end));
    for (const t of ['toll-like receptors', 'TLRs', 'hexokinase II', '5-HT3 receptor', 'FGF']) assert.ok(targets.includes(t), `${t} in ${JSON.stringify(targets)}`);
  });
});
