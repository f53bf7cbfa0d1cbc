/**
 * Numbers written in words and counts of anything (issue 14, "Figures": words and fractions,
 * multipliers and counts), in the languages of server/lexicon/builtin/numbers.json; stock codes that
 * are no figures; the unit of an interval after its estimate. Every sentence here is invented.
 */
import { strict as assert } from 'assert';
import { analyzeText } from '../../server/src/analysis';
import { figuresOf } from '../helpers';

type Want = { text: string; figureKind?: string; value?: number | [number, number]; unit?: string; comparator?: string; denominator?: number };

function check(sentence: string, w: Want) {
  const figs = figuresOf(sentence);
  const f = figs.find(x => x.text === w.text);
  assert.ok(f, `no figure "${w.text}" in "${sentence}"; got ${figs.map(x => JSON.stringify(x.text)).join(', ')}`);
  if (w.figureKind) assert.equal(f.figureKind, w.figureKind, `kind of "${w.text}"`);
  if (w.value !== undefined) assert.deepEqual(f.value, w.value, `value of "${w.text}"`);
  if (w.unit !== undefined) assert.equal(f.unit, w.unit, `unit of "${w.text}"`);
  if (w.comparator !== undefined) assert.equal(f.comparator, w.comparator, `comparator of "${w.text}"`);
  if (w.denominator !== undefined) assert.equal(f.denominator, w.denominator, `denominator of "${w.text}"`);
}

function table(title: string, cases: [string, Want][]) {
  describe(title, () => {
    for (const [s, w] of cases) it(`reads ${JSON.stringify(w.text)} in ${JSON.stringify(s.slice(0, 60))}`, () => check(s, w));
  });
}

function noFigure(title: string, cases: [string, string][]) {
  describe(title, () => {
    for (const [s, bad] of cases) {
      it(`reads no figure ${JSON.stringify(bad)} in ${JSON.stringify(s.slice(0, 60))}`, () => {
        // a date may hold the word ("the second half of 2031" is a half-year), no other figure may
        const figs = figuresOf(s).filter(f => f.figureKind !== 'date');
        assert.ok(!figs.some(f => f.text.includes(bad)), `read ${figs.filter(f => f.text.includes(bad)).map(f => `${JSON.stringify(f.text)} as ${f.figureKind} ${JSON.stringify(f.value)} ${f.unit}`).join(', ')}`);
      });
    }
  });
}

table('reading words: fractions are shares', [
  ['Roughly two-thirds of the 210 volunteers gained weight in the open phase.', { text: 'Roughly two-thirds', figureKind: 'percent', value: 66.7, unit: '%', comparator: '~' }],
  ['In the extension, half of the enrolled women stopped early.', { text: 'half', figureKind: 'percent', value: 50, unit: '%' }],
  ['A third of the sites reported no screening failures.', { text: 'A third', figureKind: 'percent', value: 33.3, unit: '%' }],
  ['A quarter of the cohort had prior surgery.', { text: 'A quarter', figureKind: 'percent', value: 25, unit: '%' }],
  // after a preposition of measure, no noun after it
  ['Tovarimab reduced the risk of relapse by a third (hazard ratio 0.67).', { text: 'a third', figureKind: 'percent', value: 33.3, unit: '%' }],
  ['Costs fell by a quarter in the second half.', { text: 'a quarter', figureKind: 'percent', value: 25, unit: '%' }],
  ['Etwa ein Drittel der Probanden brach die Behandlung ab, wie die Firma mitteilte.', { text: 'Etwa ein Drittel', figureKind: 'percent', value: 33.3, unit: '%' }],
  ['Zwei Drittel der Teilnehmer erreichten den Zielwert, teilte die Firma mit.', { text: 'Zwei Drittel', figureKind: 'percent', value: 66.7, unit: '%' }],
  ['Die Hälfte der Zentren liegt in Bayern, wie die Firma mitteilte und der Vorstand sagte.', { text: 'Hälfte', figureKind: 'percent', value: 50, unit: '%' }],
  ['Selskabet forventer, at en femtedel af salget kommer fra Asien og at det er godt for selskabet.', { text: 'en femtedel', figureKind: 'percent', value: 20, unit: '%' }],
  ['Un tiers des patients a répondu au traitement dans le bras actif pour la première fois.', { text: 'Un tiers', figureKind: 'percent', value: 33.3, unit: '%' }],
]);

table('reading words: parts of a whole, ranges and bounds', [
  ['Nine out of ten respondents preferred the oral form.', { text: 'Nine out of ten respondents', figureKind: 'count', value: 9, unit: 'respondents', denominator: 10 }],
  ['One in four adults in the region carries the variant.', { text: 'One in four adults', figureKind: 'count', value: 1, unit: 'adults', denominator: 4 }],
  ['Two in three centres met the target.', { text: 'Two in three centres', figureKind: 'count', value: 2, denominator: 3 }],
  ['Nyt kuusi kymmenestä potilaasta on hoidossa, ja tulokset ovat hyviä.', { text: 'kuusi kymmenestä potilaasta', figureKind: 'count', value: 6, unit: 'patients', denominator: 10 }],
  ['Eligible participants had received three or more prior therapies.', { text: 'three or more prior therapies', figureKind: 'count', value: 3, unit: 'prior therapies', comparator: '\u2265' }],
  ['Only one or two nurses per ward were trained.', { text: 'one or two nurses', figureKind: 'count', value: [1, 2], unit: 'nurses' }],
  ['Children aged five to 12 years were eligible.', { text: 'five to 12 years', figureKind: 'other', value: [5, 12], unit: 'years' }],
]);

table('reading words: multiples (kind ratio, unit "fold", as "3-fold" is) and halving (kind other)', [
  ['Quarterly revenue tripled against the prior year.', { text: 'tripled', figureKind: 'ratio', value: 3, unit: 'fold' }],
  ['Orders quadrupled after the launch in Japan.', { text: 'quadrupled', figureKind: 'ratio', value: 4, unit: 'fold' }],
  ['Sales were more than double the consensus estimate.', { text: 'more than double', figureKind: 'ratio', value: 2, unit: 'fold', comparator: '>' }],
  ['The response rate was four times higher than with the comparator.', { text: 'four times', figureKind: 'ratio', value: 4, unit: 'fold' }],
  ['Der Wert lag fünffach über dem des Vorjahres, wie die Firma mitteilte.', { text: 'fünffach', figureKind: 'ratio', value: 5, unit: 'fold' }],
  ['De omzet was het dubbele van de verwachting van de analisten en van het bedrijf.', { text: 'dubbele', figureKind: 'ratio', value: 2, unit: 'fold' }],
  ['Trois fois plus de patients ont répondu dans le bras actif, selon la société et les auteurs.', { text: 'Trois fois', figureKind: 'ratio', value: 3, unit: 'fold' }],
  ['Hospital stays were cut by half with the new regimen.', { text: 'cut by half', figureKind: 'other', value: 50, unit: '%' }],
  ['Die Firma rechnet mit einer Halbierung der Kosten und mit neuen Aufträgen für das Jahr.', { text: 'Halbierung', figureKind: 'other', value: 50, unit: '%' }],
  ['The group expects double-digit growth in its vaccine unit.', { text: 'double-digit', figureKind: 'percent', value: 10, unit: '%', comparator: '\u2265' }],
  ['Die Firma erwartet ein zweistelliges Wachstum bei den Umsätzen und mit den neuen Produkten.', { text: 'zweistelliges', figureKind: 'percent', value: 10, unit: '%', comparator: '\u2265' }],
]);

table('reading words: cardinals in the languages of the corpus', [
  ['Zwölf Patienten erhielten die höhere Dosis, wie die Firma mitteilte.', { text: 'Zwölf Patienten', figureKind: 'count', value: 12, unit: 'patients' }],
  ['Die Auswertung erfolgte nach drei Wochen und bei den Patienten mit der höheren Dosis.', { text: 'drei Wochen', figureKind: 'duration', value: 3, unit: 'weeks' }],
  ['Die Aktie stieg um sieben Prozent, wie die Firma und die Analysten mitteilten.', { text: 'sieben Prozent', figureKind: 'percent', value: 7, unit: '%' }],
  ['Die Firma erhält vier Milliarden Euro und eine Million Franken, wie der Vorstand sagte.', { text: 'vier Milliarden Euro', figureKind: 'money', value: 4e9, unit: 'EUR' }],
  ['Die Firma erhält vier Milliarden Euro und eine Million Franken, wie der Vorstand sagte.', { text: 'eine Million Franken', figureKind: 'money', value: 1e6, unit: 'CHF' }],
  ['Bolaget har tre nya studier och det är bra för bolaget som växer.', { text: 'tre nya studier', figureKind: 'count', value: 3, unit: 'studies' }],
  ['Yhtiö kertoi, että viisi milligrammaa kiloa kohden oli annos, ja tulokset ovat hyviä.', { text: 'viisi milligrammaa kiloa kohden', figureKind: 'dose', value: 5, unit: 'mg/kg' }],
  ['The primary endpoint was assessed at week ten in all arms.', { text: 'week ten', figureKind: 'duration', value: 10, unit: 'weeks' }],
  ['A seven-month follow-up showed durable responses.', { text: 'seven-month', figureKind: 'duration', value: 7, unit: 'months' }],
  ['Twenty-five hospitals joined the registry.', { text: 'Twenty-five hospitals', figureKind: 'count', value: 25, unit: 'hospitals' }],
]);

table('reading counts: a count\u2019s unit is its counted noun', [
  ['The fund backed 37 private biotech companies last year.', { text: '37 private biotech companies', figureKind: 'count', value: 37, unit: 'companies' }],
  ['Licensing covers 11 Asian countries and Australia.', { text: '11 Asian countries', figureKind: 'count', value: 11, unit: 'countries' }],
  ['The pipeline now includes four oral peptide agonists.', { text: 'four oral peptide agonists', figureKind: 'count', value: 4, unit: 'agonists' }],
  ['Underwriters may buy up to 950,000 additional ADSs.', { text: 'up to 950,000 additional ADSs', figureKind: 'count', value: 950000, unit: 'ADSs' }],
  ['It priced 4.2 million new preferred shares at $7 each.', { text: '4.2 million new preferred shares', figureKind: 'count', value: 4200000, unit: 'shares' }],
  ['It sold 3.4 million patient kits in total.', { text: '3.4 million patient kits', figureKind: 'count', value: 3400000, unit: 'kits' }],
  ['Es wurden 41 Tumorpatienten behandelt, wie die Firma mitteilte.', { text: '41 Tumorpatienten', figureKind: 'count', value: 41, unit: 'patients' }],
  ['Insgesamt 117 Grippe-Fälle wurden gezählt, wie die Firma mitteilte.', { text: '117 Grippe-Fälle', figureKind: 'count', value: 117, unit: 'cases' }],
  ['The arm reported 7 complete responses and 12 partial responses.', { text: '7', figureKind: 'count', value: 7, unit: 'complete responses' }],
  ['Patients had at least four prior lines of therapy.', { text: 'at least four prior lines', figureKind: 'count', value: 4, unit: 'prior lines', comparator: '\u2265' }],
  ['About 9,300 employees work at the two plants.', { text: 'About 9,300 employees', figureKind: 'count', value: 9300, unit: 'employees', comparator: '~' }],
  ['Investigators gave ~250 presentations at the meeting.', { text: '~250 presentations', figureKind: 'count', value: 250, unit: 'presentations', comparator: '~' }],
]);

noFigure('reading words: words that are no figures', [
  // an ordinal with its noun after "by"
  ['The rights are held by a third party in Asia.', 'third'],
  ['One of the investigators left the study.', 'One'],
  ['The company plans a filing in the second half of 2031.', 'half'],
  ['The drug has a half-life of nine days.', 'half-life'],
  ['A third patient was enrolled in May.', 'third'],
  ['It was a double-blind trial in triple negative disease.', 'double'],
  ['The tablet is taken three times daily with food.', 'three times'],
  ['The fourth quarter of 2030 was strong.', 'quarter'],
  ['Sales for the quarters ended in March and June were flat.', 'quarters'],
  ['The tablet was cut into thirds before dosing.', 'thirds'],
  ['Table 4 shows the baseline data by arm.', '4 shows'],
  ['Twelve achieved partial responses in the first cohort.', 'Twelve achieved'],
  ['Die Firma hat eine Studie in einer Klinik gestartet, wie der Vorstand sagte.', 'eine'],
  ['Shares of Hanrim Bio (KRX: 123456, TSE: 9876) rose on the news.', '123456'],
  ['Shares of Hanrim Bio (KRX: 123456, TSE: 9876) rose on the news.', '9876'],
]);

describe('reading words: the claimed-ratio check still reads the multiples itself', () => {
  const codes = (t: string) => analyzeText(t).findings.map(f => f.code);
  it('judges "tripled" against the two rates it compares', () => {
    assert.deepEqual(codes('The response rate tripled, from 12% to 20%.'), ['claimed-ratio']);
    assert.deepEqual(codes('The response rate tripled, from 12% to 36%.'), []);
  });
  it('judges "halved" against the two rates it compares', () => {
    assert.deepEqual(codes('The relapse rate was halved, from 40% to 35%.'), ['claimed-ratio']);
    assert.deepEqual(codes('The relapse rate was halved, from 40% to 20%.'), []);
  });
});

describe('reading intervals: the unit of a CI is its estimate\u2019s', () => {
  it('skips a time point between the estimate and its interval', () => {
    const figs = figuresOf('Titres rose in 91.4% of participants at 3 months (95% CI, 88.0-94.1) after one dose.');
    const ci = figs.find(f => f.figureKind === 'ci');
    assert.ok(ci);
    assert.equal(ci.unit, '%');
  });
  it('keeps a duration estimate\u2019s unit', () => {
    const ci = figuresOf('Median PFS was 11.2 months (95% CI: 8.4, 13.9) in the arm.').find(f => f.figureKind === 'ci');
    assert.ok(ci);
    assert.equal(ci.unit, 'months');
  });
  it('gives a hazard ratio\u2019s interval the ratio\u2019s unit', () => {
    const ci = figuresOf('The HR was 0.66 (95% CI 0.51-0.85) for death.').find(f => f.figureKind === 'ci');
    assert.ok(ci);
    assert.equal(ci.unit, 'HR');
  });
});

describe('long English cardinals, read by compromise on their short span', () => {
  const read = (text: string) => analyzeText(text).model.entities.filter(e => e.kind === 'figure').map(e => [text.slice(e.start, e.end), (e as { value: unknown }).value]);
  const cases: [string, [string, number][]][] = [
    ['In all, three hundred and twelve patients were dosed.', [['three hundred and twelve patients', 312]]],
    ['One thousand four hundred participants took part.', [['One thousand four hundred participants', 1400]]],
    ['Two hundred patients and forty sites.', [['Two hundred patients', 200], ['forty sites', 40]]],
  ];
  for (const [text, want] of cases) it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(read(text), want));
});

describe('numbers.json: each section holds values of its own type', () => {
  // a month filed among the counted nouns made "15 de mayo" a count whose unit was the number 5
  const data = require('../../server/lexicon/builtin/numbers.json') as Record<string, Record<string, unknown>>;
  const entries = (section: string) => Object.entries(data[section]).filter(([k]) => !k.startsWith('$'));
  it('countNouns map a noun to the English unit, a word', () => {
    assert.deepEqual(entries('countNouns').filter(([, v]) => typeof v !== 'string' || !/\p{L}/u.test(v)), []);
  });
  it('months map a month name to its number, 1 to 12', () => {
    assert.deepEqual(entries('months').filter(([, v]) => !(typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 12)), []);
  });
  it('reads a Spanish and a Portuguese date joined by "de"', () => {
    assert.deepEqual(figuresOf('El 15 de mayo de 2026 la empresa anunció los resultados.').map(f => [f.text, f.figureKind]), [['15 de mayo de 2026', 'date']]);
    assert.deepEqual(figuresOf('Em 3 de junho de 2025 a empresa anunciou os dados.').map(f => [f.text, f.figureKind]), [['3 de junho de 2025', 'date']]);
  });
});
