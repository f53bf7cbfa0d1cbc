/**
 * Readings of session 67: a table header a copy split over lines on both sides of its delimiter row (the groups above
 * it, the columns under it, one cell a line), read as the header's two levels; a column's own statistic under a group
 * that spans it. Every example is invented.
 */
import { strict as assert } from 'assert';
import { analyzeText } from '../../server/src/analysis';
import type { FigureEntity } from '../../server/src/analysis/model';
import { messagesOf } from '../helpers';
import { claimsOf } from '../../server/src/analysis/claims';

const model = (doc: string) => analyzeText(doc, {}, 'markdown').model;
const figures = (doc: string) => model(doc).entities.filter((e): e is FigureEntity => e.kind === 'figure');
const nth = (doc: string, text: string, k = 0) => figures(doc).filter(f => f.text === text)[k];

/** Two groups of patients over arms and a p-value each, the header split over lines as a web page's copy leaves it. */
const SPLIT = [
  'Table 4.',
  'Itch score by subgroup.',
  'Whole cohort (N=90) | Older adults (N=44) |',
  '||||',
  '---|---|---|---|---|---|---|',
  'Zelvamab (N=60) |',
  'Placebo (N=30) |',
  'P value |',
  'Zelvamab (N=29) |',
  'Placebo (N=15) |',
  'P value |',
  '|',
  'Itch score, mean | ||||||',
  'Week 8 | 41.5 | 22.0 | 0.012 | 38.2 | 20.9 | 0.047 |',
  'Week 16 | 47.3 | 25.6 | 0.008 | 44.0 | 23.8 | 0.031 |',
].join('\n');

describe('a header split over lines above and below its delimiter row', () => {
  it('the lines above are a level over the columns below: each group over its three columns', () => {
    const t = model(SPLIT).tables![0];
    assert.equal(t.header.length, 2);
    assert.deepEqual(t.header[0].cells.map(c => SPLIT.slice(c.start, c.end)), ['Whole cohort (N=90)', 'Older adults (N=44)']);
  });

  it('a value under a group is bound to that group as its population, and to its own column\'s arm', () => {
    const first = nth(SPLIT, '41.5');
    assert.match(first.binding.subgroup ?? '', /Whole cohort/);
    assert.equal(first.binding.arm?.toLowerCase().startsWith('zelvamab'), true, JSON.stringify(first.binding));
    const second = nth(SPLIT, '38.2');
    assert.match(second.binding.subgroup ?? '', /Older adults/);
  });

  it('the column headed "P value" holds p-values, though a group over it is named with it', () => {
    for (const p of ['0.012', '0.047', '0.008', '0.031']) assert.equal(nth(SPLIT, p).figureKind, 'pvalue', p);
  });

  it('a column whose only size is its group\'s is no arm for that size: the p-value column names none', () => {
    assert.equal(nth(SPLIT, '0.012').binding.arm, undefined);
  });

  it('without the lines under the delimiter row, the lines above it stay the one header', () => {
    const doc = [
      'Zelvamab (N=60) |',
      'Placebo (N=30) |',
      '---|---|---|',
      'Week 8 | 41.5 | 22.0 |',
      'Week 16 | 47.3 | 25.6 |',
    ].join('\n');
    const t = model(doc).tables![0];
    assert.equal(t.header.length, 1);
    assert.match(nth(doc, '41.5').binding.arm ?? '', /zelvamab/i);
  });
});

describe('a sum that is the complement of its measure\'s noun (measures)', () => {
  const measureOf = (doc: string, text: string) => analyzeText(doc).model.entities.filter((e): e is FigureEntity => e.kind === 'figure').find(f => f.text === text)?.binding.measure;

  it('"a milestone payment of $8 million in cash": the payment, not the cash', () => {
    assert.equal(measureOf('Norvale will make a milestone payment of $8 million in cash to Quentis.', '$8 million'), 'milestone payment');
  });

  it('a sum with nothing before it but its verb still takes the measure named after it', () => {
    assert.equal(measureOf('Quentis ended the year with $41 million in cash and cash equivalents.', '$41 million'), 'cash and cash equivalents');
  });
});

describe('an arm\'s results in brackets after the nouns they are of (bind)', () => {
  const DOC = 'Grade 3 events in the zelvatinib arm included fatigue (12%; n=9), nausea (8%; n=6) and rash (5%; n=4), while the placebo arm reported fatigue (3%; n=2).';
  const all = (text: string) => analyzeText(DOC).model.entities.filter((e): e is FigureEntity => e.kind === 'figure' && e.text === text);

  it('the arm the clause opens with governs each item of its list, share and count alike', () => {
    for (const t of ['12%', 'n=9', '8%', '5%', 'n=4']) assert.equal(all(t)[0].binding.arm, 'zelvatinib', t);
  });

  it('the next clause\'s arm takes over: placebo, no drug', () => {
    const p = all('3%')[0];
    assert.equal(p.binding.arm, 'placebo');
    assert.equal(p.binding.drug, undefined);
  });

  it('a hazard ratio in brackets after such an arm compares the arms: no one arm\'s', () => {
    const doc = 'The zelvatinib arm showed longer survival (HR 0.62; 95% CI 0.48-0.80).';
    const hr = analyzeText(doc).model.entities.find((e): e is FigureEntity => e.kind === 'figure' && e.figureKind === 'ratio')!;
    assert.notEqual(hr.binding.arm, 'zelvatinib');
  });
});

describe('three false alarms of a fresh planted set\'s clean documents, read again', () => {
  it('an offering\'s base lot and the underwriters\' "N additional shares" at one price make the gross proceeds together', () => {
    const doc = 'Quentis closed an offering with gross proceeds of about $66 million. The offering of 4 million shares also included the exercise of the option to buy 400,000 additional shares, at the offering price of $15 per share.';
    assert.deepEqual(messagesOf(doc, 'totals'), []);
  });

  it('the same offering priced so that the two lots do not make the proceeds is still reported', () => {
    const doc = 'Quentis closed an offering with gross proceeds of about $80 million. The offering of 4 million shares also included the exercise of the option to buy 400,000 additional shares, at the offering price of $15 per share.';
    assert.equal(messagesOf(doc, 'totals').length, 1);
  });

  it('"rose to 2.10 (0.80), of which 0.95 (0.30) in the quarter": the part is of the current figure, not of the prior period\'s in brackets', () => {
    assert.deepEqual(messagesOf('Earnings per share rose to SEK 2.10 (0.80), of which SEK 0.95 (0.30) in the second quarter.', 'impossible-value'), []);
  });

  it('a part above the current figure before its bracket is still reported', () => {
    assert.equal(messagesOf('Earnings per share rose to SEK 2.10 (0.80), of which SEK 2.95 (0.30) in the second quarter.', 'impossible-value').length, 1);
  });

  it('"the turnover of the group" and "the margin of the group" are two measures, not two changes of "the group"', () => {
    const doc = 'In the first quarter the turnover of the group rose 21.5% year on year.\n\nThe operating margin of the group rose 12.4% in the same period.';
    const keys = claimsOf(analyzeText(doc).model).filter(c => c.figure.figureKind === 'percent').map(c => c.measure?.key);
    assert.deepEqual(keys, ['change:turnov', 'change:margin']);
  });

  it('and so in a Romance language: "o lucro da empresa", "a receita da empresa"', () => {
    const doc = 'No trimestre, o lucro da empresa cresceu 21,5%.\n\nA receita da empresa aumentou 12,4% no mesmo período.';
    const keys = claimsOf(analyzeText(doc).model).filter(c => c.figure.figureKind === 'percent').map(c => c.measure?.key);
    assert.equal(new Set(keys).size, 2, JSON.stringify(keys));
    assert.ok(!keys.some(k => k?.includes('empresa')), JSON.stringify(keys));
  });
});

describe('dates: a Spanish year after "del", an article before each end of a range, a report signed before its period ends', () => {
  it('"15 de octubre del 2029" is one date of that day', () => {
    const f = figures('El estudio terminó el 15 de octubre del 2029.').find(x => x.figureKind === 'date')!;
    assert.equal(f.text, '15 de octubre del 2029');
    assert.equal(f.unit, 'day');
  });

  it('"entre el 1 de marzo de 2030 y el 30 de abril del 2029" ends before it starts', () => {
    assert.equal(messagesOf('Se incluyeron los pacientes tratados entre el 1 de marzo de 2030 y el 30 de abril del 2029 en tres centros.', 'date-inconsistent').length, 1);
  });

  it('the same range in order raises nothing', () => {
    assert.deepEqual(messagesOf('Se incluyeron los pacientes tratados entre el 1 de marzo de 2029 y el 30 de abril del 2030 en tres centros.', 'date-inconsistent'), []);
  });

  const report = (signed: string) => [
    'Delårsrapport januari-juni 2031',
    '',
    'Nettoomsättningen ökade till 120 MSEK under perioden.',
    '',
    `Uppsala ${signed}`,
    '',
    'Styrelsen',
  ].join('\n');

  it('a half-year report signed a year before its half-year ends is reported', () => {
    const m = messagesOf(report('14 juli 2030'), 'date-inconsistent');
    assert.equal(m.length, 1);
    assert.match(m[0], /signed on 14 juli 2030/);
  });

  it('one signed after its half-year raises nothing', () => {
    assert.deepEqual(messagesOf(report('14 juli 2031'), 'date-inconsistent'), []);
  });
});

describe('a scaled number of a financial measure, in the one currency of the document\'s sums (link)', () => {
  const doc = [
    'Nel semestre i ricavi della società sono saliti a 18,4 milioni, in crescita del 5%.',
    'La liquidità a fine periodo era di 2,1 milioni di euro.',
  ].join('\n\n');

  it('"i ricavi ... a 18,4 milioni," is a sum in euros, as the document\'s other sum is', () => {
    const f = figures(doc).find(x => x.text === '18,4 milioni')!;
    assert.equal(f.figureKind, 'money');
    assert.equal(f.unit, 'EUR');
    assert.equal(f.value, 18_400_000);
  });

  it('a sentence that names no financial measure keeps the number as written', () => {
    const other = doc.replace('i ricavi della società sono saliti', 'gli abitanti della regione sono saliti');
    assert.equal(figures(other).find(x => x.text === '18,4 milioni')!.figureKind, 'other');
  });

  it('a document of two currencies gives the number none', () => {
    const two = `${doc}\n\nIl prezzo era di 3 dollari.`;
    assert.equal(figures(two).find(x => x.text === '18,4 milioni')!.figureKind, 'other');
  });
});

describe('significance claimed in German past tense (significance.json claims)', () => {
  it('"hat ... signifikant verringert" with an interval that holds 1', () => {
    assert.equal(messagesOf('Die Behandlung hat das Risiko eines Rückfalls signifikant verringert (HR 0,81; 95% KI 0,62-1,06).', 'significance-vs-ci').length, 1);
  });
  it('and nothing when the interval excludes 1', () => {
    assert.deepEqual(messagesOf('Die Behandlung hat das Risiko eines Rückfalls signifikant verringert (HR 0,71; 95% KI 0,58-0,87).', 'significance-vs-ci'), []);
  });
});

describe('a margin against its own sum and the period\'s revenue (percent-of-count, margins.ts)', () => {
  const doc = (margin: string) => [
    'Revenue for the year rose 12% to $80.0 million.',
    '',
    `Operating profit increased to $12.0 million, giving an operating margin of ${margin}.`,
  ].join('\n');

  it('an operating margin its sums do not give is reported, the arithmetic shown', () => {
    const m = messagesOf(doc('21%'), 'percent-of-count');
    assert.equal(m.length, 1);
    assert.match(m[0], /\$12\.0 million \/ \$80\.0 million = 15\.0 %/);
  });

  it('one they give, within the rounding, raises nothing', () => {
    assert.deepEqual(messagesOf(doc('15%'), 'percent-of-count'), []);
  });

  it('an adjusted margin is not held to the reported sum', () => {
    assert.deepEqual(messagesOf(doc('21%').replace('an operating margin', 'an adjusted operating margin'), 'percent-of-count'), []);
  });

  it('a margin of a period whose revenue the document does not state stays unjudged', () => {
    const other = ['Revenue for the year rose 12% to $80.0 million.', '', 'In the fourth quarter, operating profit increased to $4.0 million, giving an operating margin of 18%.'].join('\n');
    assert.deepEqual(messagesOf(other, 'percent-of-count'), []);
  });
});

describe('a part that opens its sentence, pointing back to the sum that closed the one before (impossible-value)', () => {
  it('"... 40 million in cash. Some 45 million of it came from ..." is a part above its whole', () => {
    assert.equal(messagesOf('Quentis ended the quarter with EUR 40 million in cash. Some EUR 45 million of it came from the placement in May.', 'impossible-value').length, 1);
  });
  it('in Dutch too, "daarvan"', () => {
    assert.equal(messagesOf('Quentis had eind juni 40 miljoen euro in kas. Zo\u2019n 45 miljoen euro daarvan kwam uit de kapitaalverhoging.', 'impossible-value').length, 1);
  });
  it('a part below its whole raises nothing', () => {
    assert.deepEqual(messagesOf('Quentis ended the quarter with EUR 40 million in cash. Some EUR 25 million of it came from the placement in May.', 'impossible-value'), []);
  });
});

describe('an offering in French: its capital increase as the gross proceeds, its price after a par value (totals)', () => {
  const doc = (price: string) => "Quentis a finalisé une augmentation de capital de 6,0 millions d'euros. L'opération s'est faite par l'émission de 2 000 000 actions nouvelles d'une valeur nominale unitaire de 0,10 euro, au prix unitaire de " + price + ' euros.';
  it('shares times price that do not make the capital increase are reported', () => {
    const m = messagesOf(doc('3,50'), 'totals');
    assert.equal(m.length, 1);
    assert.match(m[0], /2 000 000 actions × 3,50 euros = EUR 7 million/);
  });
  it('a price that makes it raises nothing, and the par value is taken for no price', () => {
    assert.deepEqual(messagesOf(doc('3,00'), 'totals'), []);
  });
});

describe('a Portuguese change "de ... para ..." (claimed-ratio)', () => {
  it('"subiu de 2,4 para 2,3 milhões" is a fall the verb calls a rise', () => {
    assert.equal(messagesOf('A receita subiu de R$ 2,4 milhões em 2030 para R$ 2,3 milhões em 2031.', 'claimed-ratio').length, 1);
  });
  it('a rise it calls a rise raises nothing', () => {
    assert.deepEqual(messagesOf('A receita subiu de R$ 2,4 milhões em 2030 para R$ 2,6 milhões em 2031.', 'claimed-ratio'), []);
  });
});

describe('a whole year\'s result stated before the year has ended (date-inconsistent)', () => {
  const doc = (sentence: string) => `OAKTOWN, May 4, 2031 -- Quentis reported its first quarter.\n\n${sentence}`;
  it('"for the full year 2031, revenue rose 14%" in a release of May 2031', () => {
    const m = messagesOf(doc('For the full year 2031, revenue rose 14% to $40 million.'), 'date-inconsistent');
    assert.equal(m.length, 1);
    assert.match(m[0], /whole of 2031/);
  });
  it('the same year planned or forecast raises nothing', () => {
    assert.deepEqual(messagesOf(doc('For the full year 2031, revenue is expected to rise 14% to $40 million.'), 'date-inconsistent'), []);
  });
  it('a year already over raises nothing', () => {
    assert.deepEqual(messagesOf(doc('For the full year 2030, revenue rose 14% to $40 million.'), 'date-inconsistent'), []);
  });
});
