/**
 * Readings of session 62: a deal's upfront payment restated in a definite noun phrase, its noun before the sum ("the
 * upfront payment of $N") or after it, with another sum than the one the document stated (repeated-value); a deal's
 * total stated twice, once in a headline the text follows with no blank line (totals); a composite endpoint's events
 * in a table against the rows of their kinds under them (totals); a table copied as text with single spaces between
 * its cells, under a header line of its groups and their sizes (its rows' cells bound to their groups, their shares
 * held to the groups' sizes, their medians and means to their ranges, a total column to the arms'); a grade's column named "Grade 3, n (%)" held
 * to the any-grade column, and net proceeds to a gross marked "en brut" after it (impossible-value).
 * Every example is invented.
 */
import { strict as assert } from 'assert';
import { figuresOf, messagesOf } from '../helpers';

describe('a deal\u2019s total stated twice with one value (totals)', () => {
  const deal = (milestones: string) => `Borealis, Acme in $1.5-Bn Pact for Kinase Degraders\nBorealis Pharma and Acme Bio have entered into a collaboration worth up to $1.5 billion ($100 million upfront with ${milestones} in potential milestones plus royalties).\n`;
  const found = (text: string) => messagesOf(text, 'totals');

  it('a headline over the text, no blank line between, restates the total: the parts are still judged against it', () => {
    assert.equal(found(deal('more than $1.6 billion')).length, 1, JSON.stringify(found(deal('more than $1.6 billion'))));
    assert.match(found(deal('more than $1.6 billion'))[0], /= USD 1\.7 billion, not the stated total USD 1\.5 billion/);
  });

  it('... and parts that fit make no finding', () => assert.deepEqual(found(deal('up to $1.4 billion')), []));
});

const DEAL = 'Under the licence, Acme Bio received an upfront payment of $12.0 million from Borealis Pharma and may earn up to $90 million in milestones.';

describe('an upfront payment restated (repeated-value)', () => {
  const found = (text: string) => messagesOf(text, 'repeated-value').filter(m => m.includes('upfront'));

  it('"the upfront payment of" another sum is found', () => {
    const text = `${DEAL}\n\nAcme Bio recognised the upfront payment of $14.0 million as revenue in the third quarter.`;
    assert.equal(found(text).length, 1, JSON.stringify(found(text)));
    assert.match(found(text)[0], /stated as \$14\.0 million here but \$12\.0 million earlier/);
  });

  it('"the $N million upfront payment" is found', () => {
    const text = `${DEAL}\n\nOf the $16.0 million upfront payment, $4.0 million was deferred.`;
    assert.equal(found(text).length, 1, JSON.stringify(found(text)));
  });

  it('the same sum restated makes no finding', () => {
    assert.deepEqual(found(`${DEAL}\n\nAcme Bio recognised the upfront payment of $12.0 million as revenue.`), []);
  });

  it('an indefinite upfront may be another deal\u2019s: no finding', () => {
    assert.deepEqual(found(`${DEAL}\n\nIn 2021 Acme Bio had received an upfront payment of $5.0 million under an option.`), []);
  });

  it('a sum stated before in other words is what "the ... upfront" refers to: no finding', () => {
    const text = `${DEAL}\n\nUnder the option agreement, Acme Bio recorded a $7.0 million receivable at year end. Acme Bio received the $7.0 million upfront payment in January.`;
    assert.deepEqual(found(text), []);
  });

  it('two statements that name no company nor drug, a quarter apart: the definite phrase still refers back', () => {
    const text = 'In the first quarter, the company paid a $20.0 million upfront payment.\n\nIn the second quarter, of the $25.0 million upfront payment, $5.0 million was held back.';
    assert.equal(found(text).length, 1, JSON.stringify(messagesOf(text, 'repeated-value')));
  });

  it('... and a sentence naming another company than the first statement speaks of another deal: no finding', () => {
    const text = `${DEAL}\n\nIn 2020, Castellan Therapeutics received the upfront payment of $3.0 million under a separate agreement.`;
    assert.deepEqual(found(text), []);
  });
});

describe('a composite endpoint\u2019s events split into their kinds in a table (totals)', () => {
  const table = (rows: string[], endpoint = 'Progression-free survival') => [
    'Table 3. Efficacy', '',
    '| Efficacy | Acmezumab n = 150 | Chemotherapy n = 149 |', '|---|---|---|',
    `| ${endpoint} | | |`, ...rows,
    '| Median, months (95% CI) | 4.1 (3.0, 5.2) | 2.9 (2.7, 3.1) |', '',
  ].join('\n');
  const found = (text: string) => messagesOf(text, 'totals').filter(m => m.includes('events of the row'));
  const rows = (progression: number) => ['| Events, n (%) | 100 (67) | 120 (81) |', `| Progression, n (%) | ${progression} (53) | 101 (68) |`, '| Death, n (%) | 20 (13) | 19 (13) |'];

  it('progressions and deaths that do not add up to the events are found', () => {
    assert.deepEqual(found(table(rows(90))), ["Progression 90 + Death 20 = 110, not the 100 events of the row \u201cEvents\u201d (PFS: each patient's event is the first of one kind)."]);
  });
  it('... and kinds that add up make no finding', () => assert.deepEqual(found(table(rows(80))), []));
  it('a further counted row under the kinds may be a kind not named: no finding', () => {
    assert.deepEqual(found(table([...rows(90), '| Lost to follow-up, n (%) | 4 (3) | 6 (4) |'])), []);
  });
  it('deaths under overall survival split by cause are no composite endpoint\u2019s kinds: no finding', () => {
    assert.deepEqual(found(table(['| Events, n (%) | 100 (67) | 120 (81) |', '| Progression, n (%) | 90 (60) | 101 (68) |', '| Death, n (%) | 20 (13) | 19 (13) |'], 'Overall survival')), []);
  });
});

describe('a table copied with single spaces between its cells, under a header of groups and their sizes', () => {
  const table = (share: string) => [
    'Table 1. Baseline characteristics of the randomised patients', '',
    'Characteristic Overall N=300 Acmezumab N=160 Placebo N=140 p-value',
    'Age',
    'Median - years (IQR) 58 (49-66) 57 (48-65) 59 (50-67) 0.41',
    'Sex - no. (%) 0.52',
    'Female 132 (44.0%) 72 (45.0%) 60 (42.9%)',
    'Male 168 (56.0%) 88 (55.0%) 80 (57.1%)',
    `Diabetes - no. (%) 45 (15.0%) 25 (${share}) 20 (14.3%) 0.77`,
    '',
  ].join('\n');
  const at = (text: string, written: string, nth = 0) => figuresOf(text).filter(f => f.text === written)[nth];

  it('each row\u2019s cells are bound to their group, its size and its arm', () => {
    const female = at(table('15.6%'), '72');
    assert.deepEqual([female.table?.row, female.table?.column, female.binding.n, female.binding.drug], ['Sex - no. (%) Female', 'Acmezumab', 160, 'acmezumab']);
    const placebo = at(table('15.6%'), '60');
    assert.deepEqual([placebo.binding.arm, placebo.binding.n], ['placebo', 140]);
    const overall = at(table('15.6%'), '132');
    assert.deepEqual([overall.binding.n, overall.binding.arm], [300, undefined]);
  });
  it('a share its group\u2019s size does not give is found (percent-of-count)', () => {
    assert.deepEqual(messagesOf(table('17.2%'), 'percent-of-count'), ['17.2 % \u2260 25/160 = 15.6 %']);
  });
  it('... and shares that fit make no finding', () => assert.deepEqual(messagesOf(table('15.6%'), 'percent-of-count'), []));
  it('a line of prose that names two groups\u2019 sizes heads no table', () => {
    const text = 'The trial randomised patients to acmezumab (n=160) or placebo (n=140)\nand followed them for 52 weeks, with 25 (15.6%) and 20 (14.3%) patients\nreporting diabetes at baseline in the two arms.\n';
    assert.equal(at(text, '25').table, undefined);
  });
});

describe('a grade\u2019s column named with a count\u2019s filler after a comma, "Grade 3, n (%)" (impossible-value)', () => {
  const table = (grade3: string) => [
    '| Adverse event | Any grade, n (%) | Grade 3, n (%) | Grade 4, n (%) |', '|---|---|---|---|',
    `| Anaemia | 30 (25.0) | ${grade3} | 1 (0.8) |`, '| Fatigue | 40 (33.3) | 5 (4.2) | 0 |', '',
  ].join('\n');
  it('more patients at grade 3 than at any grade is found', () => {
    assert.equal(messagesOf(table('34 (28.3)'), 'impossible-value').length, 1, JSON.stringify(messagesOf(table('34 (28.3)'), 'impossible-value')));
  });
  it('... and fewer make no finding', () => assert.deepEqual(messagesOf(table('12 (10.0)'), 'impossible-value'), []));
});

describe('a centre and its range in a table read from lines of text (impossible-value)', () => {
  const table = (median: string, mean: string) => [
    'Table 1. Baseline characteristics', '',
    'Parameter Acmezumab n = 160 Placebo n = 140 Total N = 300',
    'Age, years',
    `Median (IQR) ${median} (48-65) 59 (50-67) 58 (49-66)`,
    'Duration of disease, years',
    'n 160 140 300',
    `Mean (SD) ${mean} (6.1) 9.8 (5.9) 10.0 (6.0)`,
    'Range 0.5-31.0 0.8-29.5 0.5-31.0',
    '',
  ].join('\n');
  const found = (text: string) => messagesOf(text, 'impossible-value');

  it('a median outside the IQR written with it is found', () => {
    assert.deepEqual(found(table('35', '10.1')), ['A median of 35 lies outside the interquartile range 48\u201365 written with it (column \u201cAcmezumab\u201d): the IQR holds the middle half of the values.']);
  });
  it('a mean above the range in the row under it is found', () => {
    assert.deepEqual(found(table('57', '33.4')), ['A mean of 33.4 lies outside the range 0.5\u201331 in the row under it (column \u201cAcmezumab\u201d): no mean lies beyond the smallest and the largest value.']);
  });
  it('... and centres inside their ranges make no finding', () => assert.deepEqual(found(table('57', '10.1')), []));
});

describe('a sum marked gross after it in French or German, "en brut", "brutto" (impossible-value)', () => {
  const text = (gross: string) => `Acme Bio a plac\u00e9 3 millions d'actions en mars, pour un produit net de 52,4 millions d'euros (${gross} millions d'euros en brut).`;
  it('net proceeds above the gross are found', () => {
    assert.equal(messagesOf(text('48,0'), 'impossible-value').length, 1, JSON.stringify(messagesOf(text('48,0'), 'impossible-value')));
  });
  it('... and net below the gross makes no finding', () => assert.deepEqual(messagesOf(text('55,0'), 'impossible-value'), []));
});

describe('Spanish verbs of a fall, "decrecieron", "descendi\u00f3" (claimed-ratio)', () => {
  const text = (pct: string) => `Las ventas del negocio de fabricaci\u00f3n decrecieron un ${pct} en el semestre, hasta 42,0 millones de euros frente a 60,0 millones de euros.`;
  it('a fall the two sums do not give is found', () => assert.equal(messagesOf(text('45%'), 'claimed-ratio').length, 1, JSON.stringify(messagesOf(text('45%'), 'claimed-ratio'))));
  it('... and the fall they give makes no finding', () => assert.deepEqual(messagesOf(text('30%'), 'claimed-ratio'), []));
});

describe('a total column of a table read from lines of text (totals)', () => {
  const table = (total: string) => [
    'Table 1. Baseline characteristics', '',
    'Parameter Acmezumab n = 160 Placebo n = 140 Total N = 300',
    'Weight, kg',
    `n 158 139 ${total}`,
    'Mean (SD) 78.2 (14.1) 77.5 (13.8) 77.9 (14.0)',
    'Sex, n (%)',
    'Female 70 (43.8) 61 (43.6) 131 (43.7)',
    '',
  ].join('\n');
  it('a count of the total column that is not the sum of the arms\u2019 is found', () => {
    assert.deepEqual(messagesOf(table('279'), 'totals'), ['Weight, kg n: 158 + 139 = 297, not the 279 of the Total column.']);
  });
  it('... and the sum makes no finding', () => assert.deepEqual(messagesOf(table('297'), 'totals'), []));
});

describe('a header\u2019s pooled group size against its arms\u2019 sizes, in a table read from lines of text (totals)', () => {
  const table = (overall: string) => [
    'Table 1. Baseline characteristics', '',
    `Characteristic Overall N=${overall} Acmezumab N=160 Placebo N=140 p-value`,
    'Female - no. (%) 131 (43.7%) 70 (43.8%) 61 (43.6%) 0.97',
    'Diabetes - no. (%) 45 (15.0%) 25 (15.6%) 20 (14.3%) 0.77',
    '',
  ].join('\n');
  it('a pooled group that is not the sum of the arms is found', () => {
    assert.deepEqual(messagesOf(table('310'), 'totals'), ['160 + 140 = 300, not the 310 of the group \u201cOverall\u201d that pools the arms.']);
  });
  it('... and the sum makes no finding', () => assert.deepEqual(messagesOf(table('300'), 'totals'), []));
});

describe('rows of a table under a header of group sizes: a p-value column, numbered labels, categories named by a number', () => {
  const table = (share: string) => [
    'Table 1. Baseline characteristics', '',
    'Characteristic Overall N=300 Acmezumab N=160 Placebo N=140 p-value',
    'Median age - years (IQR) 58 (49-66) 57 (48-65) 59 (50-67) 0.41',
    'Prior lines of therapy - no. (%)',
    '0 120 (40.0%) 66 (41.3%) 54 (38.6%) 0.62',
    '1 105 (35.0%) 55 (34.4%) 50 (35.7%) 0.87',
    '2+ 75 (25.0%) 39 (24.4%) 36 (25.7%) 0.79',
    'Performance scale - no. (%)',
    `1. Fully active 180 (60.0%) 97 (${share}) 83 (59.3%) 0.91`,
    '2. Restricted in strenuous activity 120 (40.0%) 63 (39.4%) 57 (40.7%) 0.91',
    '',
  ].join('\n');
  const at = (text: string, written: string, nth = 0) => figuresOf(text).filter(f => f.text === written)[nth];

  it('a number under the header\u2019s "p-value" is a p-value, whatever its row\u2019s label declares', () => {
    const p = at(table('60.6%'), '0.41');
    assert.deepEqual([p.figureKind, p.table?.column], ['pvalue', 'p-value']);
  });
  it('a category named by its number is its section\u2019s row, and a numbered label keeps its number', () => {
    assert.equal(at(table('60.6%'), '55').table?.row, 'Prior lines of therapy - no. (%) 1');
    assert.equal(at(table('60.6%'), '97').table?.row, '1. Fully active');
  });
  it('a share in a numbered row that its group\u2019s size does not give is found', () => {
    assert.deepEqual(messagesOf(table('66.6%'), 'percent-of-count'), ['66.6 % \u2260 97/160 = 60.6 %']);
    assert.deepEqual(messagesOf(table('60.6%'), 'percent-of-count'), []);
  });
});

