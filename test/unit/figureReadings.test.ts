/**
 * Every number read as a careful reader reads it (issue 14, "Figures"): one table of invented
 * sentences per reading class, each row the figure's text and what it must be read as, and a table
 * of numbers that are no figures. The rows complement readingNumbers.test.ts and
 * readingWords.test.ts: other notations of the same classes, and the readings that depend on the
 * words around a number (a unit written once for two numbers, a change that is no range, a
 * footnote marker glued to a word).
 */
import { strict as assert } from 'assert';
import { analyzeText, LineIndex } from '../../server/src/analysis';
import { doHover } from '../../server/src/features';
import { figuresOf, withCursor } from '../helpers';

interface Want {
  text: string;
  figureKind?: string;
  value?: number | [number, number];
  unit?: string;
  level?: number;
  comparator?: string;
  denominator?: number;
  iso?: string;
  reading?: RegExp;
}

function expectFigure(sentence: string, w: Want): void {
  const figs = figuresOf(sentence);
  const f = figs.find(x => x.text === w.text);
  assert.ok(f, `no figure ${JSON.stringify(w.text)} in ${JSON.stringify(sentence)}; got ${figs.map(x => JSON.stringify(x.text)).join(', ')}`);
  if (w.figureKind !== undefined) assert.equal(f.figureKind, w.figureKind, `kind of ${JSON.stringify(w.text)}`);
  if (w.value !== undefined) assert.deepEqual(f.value, w.value, `value of ${JSON.stringify(w.text)}`);
  if (w.unit !== undefined) assert.equal(f.unit, w.unit, `unit of ${JSON.stringify(w.text)}`);
  if (w.level !== undefined) assert.equal(f.level, w.level, `level of ${JSON.stringify(w.text)}`);
  if (w.comparator !== undefined) assert.equal(f.comparator, w.comparator, `comparator of ${JSON.stringify(w.text)}`);
  if (w.denominator !== undefined) assert.equal(f.denominator, w.denominator, `denominator of ${JSON.stringify(w.text)}`);
  if (w.iso !== undefined) assert.equal(f.iso, w.iso, `iso of ${JSON.stringify(w.text)}`);
  if (w.reading) assert.match(f.reading ?? '', w.reading, `reading of ${JSON.stringify(w.text)}`);
}

function table(title: string, rows: [string, Want][]): void {
  describe(title, () => {
    for (const [sentence, want] of rows) it(`reads ${JSON.stringify(want.text)} in ${JSON.stringify(sentence.slice(0, 60))}`, () => expectFigure(sentence, want));
  });
}

table('figure readings: powers of ten', [
  ['The shift was highly significant (p = 1.4 \u00d7 10\u207b\u2077) in the full set.', { text: 'p = 1.4 \u00d7 10\u207b\u2077', figureKind: 'pvalue', value: 1.4e-7, reading: /10\^-7/ }],
  ['The shift was highly significant (p=1.4\u00d710-7) in the full set.', { text: 'p=1.4\u00d710-7', figureKind: 'pvalue', value: 1.4e-7, reading: /flattened superscript/ }],
  ['The shift was highly significant (p = 1.4 x10^-7) in the full set.', { text: 'p = 1.4 x10^-7', figureKind: 'pvalue', value: 1.4e-7 }],
  ['The shift was highly significant (p = 1.2E-7) in the full set.', { text: 'p = 1.2E-7', figureKind: 'pvalue', value: 1.2e-7 }],
  ['The shift was highly significant (p<2.2\u00d710\u207b\u00b9\u2076) in the full set.', { text: 'p<2.2\u00d710\u207b\u00b9\u2076', figureKind: 'pvalue', value: 2.2e-16, comparator: '<' }],
  ['Each subject was infused with 2 \u00d7 10\u2078 cells/kg on day one.', { text: '2 \u00d7 10\u2078 cells/kg', value: 2e8, unit: 'cells/kg' }],
  ['Each subject was infused with 2 \u00d7 108 cells/kg on day one.', { text: '2 \u00d7 108 cells/kg', value: 2e8, unit: 'cells/kg', reading: /flattened/ }],
  ['Each subject was infused with 1.5 x 10^6 cells/kg on day one.', { text: '1.5 x 10^6 cells/kg', value: 1.5e6, unit: 'cells/kg' }],
]);

table('figure readings: thousands and decimals by language and by number', [
  ['Insgesamt wurden 12.480 Probanden in die Studie eingeschlossen und die Firma sagte, dass sie zufrieden ist.', { text: '12.480 Probanden', value: 12480, unit: 'participants', reading: /German/ }],
  ['La société a émis 1.250.000 actions nouvelles pour les investisseurs et les fonds.', { text: '1.250.000 actions', value: 1250000, reading: /dot as thousands/ }],
  ['Selskabet har 3.125 medarbejdere og det er flere end sidste år, og det er godt for selskabet.', { text: '3.125 medarbejdere', value: 3125, reading: /thousands/ }],
  ['Bolaget tog in SEK 1 250 000 i rundan.', { text: 'SEK 1 250 000', figureKind: 'money', value: 1250000, unit: 'SEK' }],
  ['The grant was SEK 1\u2009250\u2009000 in total.', { text: 'SEK 1\u2009250\u2009000', figureKind: 'money', value: 1250000, unit: 'SEK', reading: /thousands/ }],
  // a scale after a hyphen or after an accounts' brackets; currencies named in words
  ['The company will receive a $15-million payment on signing.', { text: '$15-million', figureKind: 'money', value: 15000000, unit: 'USD' }],
  ['The net loss was ($8.4) million in the quarter.', { text: '($8.4) million', figureKind: 'money', value: 8400000, unit: 'USD' }],
  ['The company raised 120 million Swiss francs in the round.', { text: '120 million Swiss francs', figureKind: 'money', value: 120000000, unit: 'CHF' }],
  // shares and points as the press abbreviates them; durations as adjectives with short units; a year named as one
  ['The response rate rose to 41pc in the second cohort.', { text: '41pc', figureKind: 'percent', value: 41, unit: '%' }],
  ['It showed a 9-percentage-point gain over placebo.', { text: '9-percentage-point', figureKind: 'percent', value: 9, unit: 'percentage points' }],
  ['The margin widened by 2.5 ppts in the quarter.', { text: '2.5 ppts', figureKind: 'percent', value: 2.5, unit: 'percentage points' }],
  ['The 18-mo PFS rate was 44% in the arm.', { text: '18-mo', figureKind: 'duration', value: 18, unit: 'months' }],
  ['Median OS was 14.2mth against 11.0mth in the control arm.', { text: '14.2mth', figureKind: 'duration', value: 14.2, unit: 'months' }],
  ['Median PFS was 6 mths in the pilot.', { text: '6 mths', figureKind: 'duration', value: 6, unit: 'months' }],
  ['| Response rate | 40.0 | 22.0 | 2.35 (1.40 to 3.95) | <0.001 |', { text: '<0.001', figureKind: 'pvalue', value: 0.001, comparator: '<' }],
  ['| Median OS, months | 14.1 | 11.2 | 0.71 (0.58 to 0.87) | < .0001 |', { text: '< .0001', figureKind: 'pvalue', value: 0.0001 }],
  ['| Residual solvent | <0.01 mg | 0.5 mg |', { text: '<0.01 mg', figureKind: 'dose' }],
  // (a unit the reader does not know, in lower case right after the bound, leaves it no p-value)
  ['Residual levels were <0.01 ppm in all samples.', { text: '<0.01', figureKind: 'other' }],
  ['Responses by cohort: 12/40 (30.0%) and 9/36 (25%) in the pilot.', { text: '12/40', figureKind: 'count', value: 12, denominator: 40, unit: 'patients' }],
  ['Of the participants, responses by cohort were 9/36 (25%) in the pilot.', { text: '9/36', figureKind: 'count', value: 9, denominator: 36, unit: 'participants' }],
  ['Responses by cohort: 12/40 (35.0%) in the pilot.', { text: '12/40', figureKind: 'count', value: 12, denominator: 40, unit: '' }],
  ['Sales are expected to peak in calendar year 2029.', { text: '2029', figureKind: 'date', value: 2029 }],
  ['The grant was EUR 2\u202f400\u202f000 in total.', { text: 'EUR 2\u202f400\u202f000', figureKind: 'money', value: 2400000, unit: 'EUR', reading: /thousands/ }],
  ['Der Umsatz erreichte CHF 1\'250 Mio. im Jahr.', { text: 'CHF 1\'250 Mio.', figureKind: 'money', value: 1250e6, unit: 'CHF', reading: /apostrophe/ }],
  ['Der Umsatz stieg auf 3,4 Mio. Euro, wie die Firma mitteilte.', { text: '3,4 Mio. Euro', figureKind: 'money', value: 3.4e6, unit: 'EUR' }],
  // the currency's name before a sum written as one; a bare whole number after it is no sum ("Euro 2030" the year)
  ['Revenue for the year was euro 17.5 million, the company said.', { text: 'euro 17.5 million', figureKind: 'money', value: 17.5e6, unit: 'EUR' }],
  ['The Euro 2030 tournament did not affect sales, the company said.', { text: '2030', figureKind: 'date' }],
  ['Der Umsatz stieg auf 1,2 Mrd. Euro, wie die Firma mitteilte.', { text: '1,2 Mrd. Euro', figureKind: 'money', value: 1.2e9, unit: 'EUR' }],
  ['Nettoomsättningen uppgick till 48 mkr under perioden och bolaget växer.', { text: '48 mkr', figureKind: 'money', value: 48e6, unit: 'SEK' }],
  ['Omsætningen var 310 MDKK i kvartalet, og det er godt for selskabet.', { text: '310 MDKK', figureKind: 'money', value: 310e6, unit: 'DKK' }],
  ['The company raised INR 25 crore from two investors.', { text: 'INR 25 crore', figureKind: 'money', value: 25e7, unit: 'INR' }],
  ['The company raised Rs 40 lakh from two investors.', { text: 'Rs 40 lakh', figureKind: 'money', value: 40e5, unit: 'INR' }],
  ['The mean titre rose to 12.480 in the English report.', { text: '12.480', value: 12.48 }],
  // a lone ",ddd" group in a text that writes decimal commas and never a comma between thousands is decimals
  ['Les charges ont atteint 7,4 millions d’euros, dont 5,218 millions pour la recherche, contre 4,1 millions un an plus tôt.', { text: '5,218 millions', value: 5.218e6, reading: /decimal comma/ }],
  ['Die Kosten stiegen auf 7,4 Mio. Euro, davon 5,218 Mio. Euro für die Forschung, nach 4,1 Mio. Euro im Vorjahr.', { text: '5,218 Mio. Euro', value: 5.218e6 }],
  // the same group where the text writes commas between thousands, or no decimal comma at all, is thousands
  ['Les charges ont atteint 7,4 millions d’euros et la société compte 1,250,000 actions et 5,218 actionnaires.', { text: '5,218', value: 5218 }],
  ['La société compte 5,218 actionnaires selon le registre des actions.', { text: '5,218', value: 5218 }],
  ['The costs rose to 7.4 million, of which 5,218 patients were treated.', { text: '5,218 patients', value: 5218 }],
]);

table('figure readings: intervals in every notation', [
  ['The response rate was 44% (95% CI = 31.2%\u201357.9%) in the cohort.', { text: '95% CI = 31.2%\u201357.9%', figureKind: 'ci', value: [31.2, 57.9], unit: '%', level: 95 }],
  ['The response rate was 44% (95% confidence interval [CI] 31.2, 57.9) overall.', { text: '95% confidence interval [CI] 31.2, 57.9', figureKind: 'ci', value: [31.2, 57.9], level: 95 }],
  ['Median PFS was 9.1 months (95% CI: 7.4, NE) in the arm.', { text: '95% CI: 7.4, NE', figureKind: 'ci', value: 7.4, level: 95, reading: /not estimable/ }],
  ['Median OS was NR (95% CI 21.3\u2013NE) at the data cut.', { text: '95% CI 21.3\u2013NE', figureKind: 'ci', value: 21.3, level: 95 }],
  ['The hazard ratio was 0.64 (CI 95%: 0.48\u20130.85) for progression.', { text: 'CI 95%: 0.48\u20130.85', figureKind: 'ci', value: [0.48, 0.85], level: 95 }],
  ['The hazard ratio was 0.64 (90% CI, 0.51 to 0.80) for progression.', { text: '90% CI, 0.51 to 0.80', figureKind: 'ci', value: [0.51, 0.8], level: 90 }],
  ['Das Risiko sank um 36 % (HR 0,64; 95%-KI 0,48\u20130,85) in der Studie.', { text: '95%-KI 0,48\u20130,85', figureKind: 'ci', value: [0.48, 0.85], level: 95 }],
  // a verb or a preposition between the label and its bounds; the Spanish label
  ['The hazard ratio was 0.64; the 95% confidence interval was 0.51 to 0.80.', { text: '95% confidence interval was 0.51 to 0.80', figureKind: 'ci', value: [0.51, 0.8], level: 95 }],
  ['The hazard ratio was 0.64 with a 95% CI of 0.51\u20130.80 overall.', { text: '95% CI of 0.51\u20130.80', figureKind: 'ci', value: [0.51, 0.8], level: 95 }],
  ['El riesgo bajó (HR 0,64; IC del 95%: 0,51-0,80) en el estudio.', { text: 'IC del 95%: 0,51-0,80', figureKind: 'ci', value: [0.51, 0.8], level: 95 }],
]);

describe('figure readings: an interval is one figure bound to its estimate', () => {
  it('reads no percentage of 95 beside the interval', () => {
    const figs = figuresOf('The response rate was 44% (95% CI = 31.2%\u201357.9%) in the cohort.');
    assert.ok(!figs.some(f => f.figureKind === 'percent' && f.value === 95), figs.map(f => f.text).join(' | '));
    assert.equal(figs.filter(f => f.figureKind === 'ci').length, 1);
  });
});

table('figure readings: words and fractions', [
  ['A quarter of the volunteers reported headache.', { text: 'A quarter', figureKind: 'percent', value: 25, unit: '%' }],
  ['Almost a third of the sites were in Asia.', { text: 'Almost a third', figureKind: 'percent', value: 33.3, unit: '%' }],
  ['Two in three nurses chose the pen device.', { text: 'Two in three nurses', figureKind: 'count', value: 2, denominator: 3 }],
  // a count in words with its denominator in digits is one figure, not a word and a count of 17
  ['Eleven of 17 patients chose the pen device.', { text: 'Eleven of 17 patients', figureKind: 'count', value: 11, denominator: 17 }],
  ['Nine out of 14 nurses chose the pen device.', { text: 'Nine out of 14 nurses', figureKind: 'count', value: 9, denominator: 14 }],
  ['Nine out of ten carers preferred the tablet.', { text: 'Nine out of ten carers', figureKind: 'count', value: 9, denominator: 10 }],
  ['Seven of the 12 carers preferred the tablet.', { text: 'Seven of the 12 carers', figureKind: 'count', value: 7, denominator: 12 }],
  // a whole of people in digits is read even when smaller than the count: a part above its whole, for the checks
  ['Twelve of the 10 patients preferred the tablet.', { text: 'Twelve of the 10 patients', figureKind: 'count', value: 12, denominator: 10 }],
  ['One in four smokers carried the variant.', { text: 'One in four smokers', figureKind: 'count', value: 1, denominator: 4 }],
  ['Licensing income tripled in the year.', { text: 'tripled', value: 3, unit: 'fold' }],
  ['Unit sales quadrupled after the relaunch.', { text: 'quadrupled', value: 4, unit: 'fold' }],
  ['The waiting time was cut by half in the new clinics.', { text: 'cut by half', value: 50, unit: '%' }],
  ['Bookings were more than double the prior quarter.', { text: 'more than double', value: 2, unit: 'fold', comparator: '>' }],
  ['Etwa ein Drittel der Kliniken meldete Engpässe, wie die Firma mitteilte.', { text: 'Etwa ein Drittel', figureKind: 'percent', value: 33.3, comparator: '~' }],
  ['Der Absatz stieg fünffach, wie die Firma mitteilte und der Vorstand sagte.', { text: 'fünffach', value: 5, unit: 'fold' }],
  ['Die Hälfte der Proben war positiv, wie die Firma mitteilte und der Vorstand sagte.', { text: 'Hälfte', figureKind: 'percent', value: 50 }],
]);

describe('figure readings: a count in words before a number with a unit', () => {
  it('takes no dose or landmark for the whole', () => {
    for (const text of ['Three of the 10 mg carers preferred the tablet.', 'Two of the 12-month visits were missed by the carers.']) {
      const figs = figuresOf(text);
      assert.ok(!figs.some(f => f.denominator !== undefined), figs.map(f => `${f.text} ${f.denominator}`).join(' | '));
    }
  });
  it('reports a count in words above its whole', () => {
    const fs = analyzeText('Acme Bio treated carers with AB-101. Twelve of the 10 patients responded.').findings.filter(f => f.code === 'impossible-value');
    assert.equal(fs.length, 1);
  });
});

table('figure readings: words after a number bound it from one side', [
  ['A third of the mice lost 10% or more of their weight.', { text: '10%', figureKind: 'percent', value: 10, comparator: '\u2265', reading: /at least/ }],
  ['Volunteers had 2 or fewer prior courses of the tablet.', { text: '2', value: 2, comparator: '\u2264', reading: /at most/ }],
  ['Improvement lasting 6 months or longer was seen in the pilot.', { text: '6 months', figureKind: 'duration', comparator: '\u2265' }],
  ['Ein Anstieg um 5 Prozent oder mehr wurde in der Pilotstudie gesehen.', { text: '5 Prozent', figureKind: 'percent', comparator: '\u2265' }],
  ['Les tumeurs de 2 cm ou moins ont été retirées.', { text: '2 cm', comparator: '\u2264' }],
]);

table('figure readings: decimals written without their leading zero', [
  ['The hazard ratio was .81 (95% CI, .66 to .99) in the trial.', { text: '95% CI, .66 to .99', figureKind: 'ci', value: [0.66, 0.99] }],
  ['The difference held (P = .00312) in the trial.', { text: 'P = .00312', figureKind: 'pvalue', value: 0.00312 }],
]);

table('figure readings: an interval named without its level', [
  ['Median PFS 9.2 months, CI: 7.1–11.0 in the pilot.', { text: '7.1–11.0', figureKind: 'ci', value: [7.1, 11], unit: 'months', reading: /level not written/ }],
  ['The score fell by 3.4 points (KI 2.0-4.8) im Mittel.', { text: '2.0-4.8', figureKind: 'ci', value: [2, 4.8] }],
]);

table('figure readings: multipliers and counts of anything', [
  ['The registry follows 1.5 million patients across Europe.', { text: '1.5 million patients', figureKind: 'count', value: 1.5e6, unit: 'patients' }],
  ['In Deutschland leben 3,4 Millionen Patienten mit der Krankheit, wie die Firma sagte.', { text: '3,4 Millionen Patienten', figureKind: 'count', value: 3.4e6, unit: 'patients' }],
  ['The team gave ~300 presentations last year.', { text: '~300 presentations', figureKind: 'count', value: 300, comparator: '~' }],
  ['The group has around 9,000 employees in four countries.', { text: 'around 9,000 employees', figureKind: 'count', value: 9000, unit: 'employees', comparator: '~' }],
  ['Patients had received a median of 4 prior regimens (range, 2\u201314).', { text: '2\u201314', value: [2, 14] }],
]);

table('figure readings: dates and periods', [
  ['Topline results are due in 4Q 2026.', { text: '4Q 2026', figureKind: 'date', value: 2026, iso: '2026-Q4' }],
  ['Topline results are due in Q1 2026.', { text: 'Q1 2026', figureKind: 'date', value: 2026, iso: '2026-Q1' }],
  ['Topline results are due in H2 2026.', { text: 'H2 2026', figureKind: 'date', value: 2026, iso: '2026-H2' }],
  ['Die Ergebnisse kommen im 1. Halbjahr 2026, wie die Firma mitteilte.', { text: '1. Halbjahr 2026', figureKind: 'date', value: 2026, iso: '2026-H1' }],
  ['Die Versammlung findet am 15. März 2026 statt, wie die Firma mitteilte.', { text: '15. März 2026', figureKind: 'date', value: 2026, iso: '2026-03-15' }],
  ['Die Frist endet am 03.02.2026, wie die Firma mitteilte.', { text: '03.02.2026', figureKind: 'date', value: 2026, iso: '2026-02-03' }],
  ['Rapporten kommer den 15 maj 2026 och bolaget bjuder in till en telefonkonferens.', { text: '15 maj 2026', figureKind: 'date', value: 2026, iso: '2026-05-15' }],
  ['Los resultados se presentaron el 15 de marzo de 2026 en el congreso.', { text: '15 de marzo de 2026', figureKind: 'date', value: 2026, iso: '2026-03-15' }],
  ['The congress runs June 28\u2013July 2, 2026 in the city.', { text: 'June 28\u2013July 2, 2026', figureKind: 'date', value: 2026 }],
  ['Guidance for fiscal year 2026 is unchanged.', { text: 'fiscal year 2026', figureKind: 'date', value: 2026 }],
  ['The release is dated 2026-07 in the archive.', { text: '2026-07', figureKind: 'date', value: 2026, iso: '2026-07' }],
]);

table('figure readings: more dates and reporting periods', [
  ['Results for Q4/2025 were above plan.', { text: 'Q4/2025', figureKind: 'date', value: 2025, iso: '2025-Q4' }],
  ['Les résultats du 1er trimestre 2026 sont bons pour la société et les investisseurs.', { text: '1er trimestre 2026', figureKind: 'date', iso: '2026-Q1' }],
  ['Under första halvåret 2026 växte bolaget och det är bra för bolaget.', { text: 'första halvåret 2026', figureKind: 'date', iso: '2026-H1' }],
  ['Im dritten Quartal 2025 wuchs die Firma, wie sie mitteilte und sagte.', { text: 'dritten Quartal 2025', figureKind: 'date', iso: '2025-Q3' }],
  ['Sales for the third quarter of 2025 were strong.', { text: 'third quarter of 2025', figureKind: 'date', iso: '2025-Q3' }],
  ['Guidance for the 2025/26 season was confirmed.', { text: '2025/26', figureKind: 'date', value: 2025, reading: /fiscal year/ }],
  ['Revenue for 9M 2025 grew strongly.', { text: '9M 2025', figureKind: 'date', value: 2025, iso: '2025-M9' }],
  ['Revenue for 1H26 rose against 2HY 2025.', { text: '1H26', figureKind: 'date', value: 2026, iso: '2026-H1' }],
  // the genitive word between the period and its year, by language
  ['Salget steg i andet kvartal af 2025, oplyste selskabet.', { text: 'andet kvartal af 2025', figureKind: 'date', iso: '2025-Q2' }],
  ['Las ventas del primer trimestre de 2025 crecieron, dijo la empresa.', { text: 'primer trimestre de 2025', figureKind: 'date', iso: '2025-Q1' }],
  ['Le chiffre d\u2019affaires du troisi\u00e8me trimestre de 2025 a progress\u00e9.', { text: 'troisi\u00e8me trimestre de 2025', figureKind: 'date', iso: '2025-Q3' }],
  ['Omsetningen i f\u00f8rste halv\u00e5r av 2025 steg, sa selskapet.', { text: 'f\u00f8rste halv\u00e5r av 2025', figureKind: 'date', iso: '2025-H1' }],
  ['Revenue for 1H26 rose against 2HY 2025.', { text: '2HY 2025', figureKind: 'date', value: 2025, iso: '2025-H2' }],
  ['Revenue for the first nine months of 2025 rose.', { text: 'first nine months of 2025', figureKind: 'date', value: 2025 }],
  ['Die Firma hat die ersten neun Monate 2025 mit Wachstum abgeschlossen, wie die Firma mitteilte.', { text: 'ersten neun Monate 2025', figureKind: 'date', value: 2025 }],
]);

table('figure readings: ages, whole counts and ratios in other languages', [
  ['The vaccine is approved for adults aged 60 years and older.', { text: '60 years', figureKind: 'other', unit: 'years', reading: /an age/ }],
  ['Teenagers 12 years of age or older were enrolled.', { text: '12 years', figureKind: 'other', unit: 'years', reading: /an age/ }],
  ['Patients were followed for 5 years after dosing.', { text: '5 years', figureKind: 'duration', unit: 'years' }],
  ['Bei Probanden über 70 Jahren war die Wirkung geringer, wie die Firma mitteilte.', { text: 'über 70 Jahren', figureKind: 'other', unit: 'years', comparator: '>' }],
  ['Results over 3 years were stable in the extension.', { text: 'over 3 years', figureKind: 'duration', unit: 'years' }],
  ['The registry now includes 12.480 patients in Europe.', { text: '12.480 patients', figureKind: 'count', value: 12480, reading: /whole number/ }],
  ['In die Studie wurden 12.480 Teilnehmer aufgenommen; die Hazard Ratio lag bei 0.75 und die Rate bei 3,5 Prozent und 4,2 Prozent, wie die Firma mitteilte.', { text: '12.480 Teilnehmer', value: 12480 }],
  ['In die Studie wurden 12.480 Teilnehmer aufgenommen; die Hazard Ratio lag bei 0.75 und die Rate bei 3,5 Prozent und 4,2 Prozent, wie die Firma mitteilte.', { text: '0.75', figureKind: 'ratio', unit: 'HR' }],
  ['The OS HR was 1.12 (0.87-1.46) in favour of the comparator.', { text: '0.87-1.46', figureKind: 'ci', value: [0.87, 1.46] }],
  // the ratio's name, what it is of, then its value; its kind from the name, not from an "or" after it
  ['The hazard ratio for progression or death was 0.71 in the trial.', { text: '0.71', figureKind: 'ratio', unit: 'HR' }],
  ['The odds ratio for a response was 1.9 in the trial.', { text: '1.9', figureKind: 'ratio', unit: 'OR' }],
  // a list of values whose sentence names them as ratios, in the plural
  ['HRs for the first, second and third events were respectively 0.91, 0.78 and 0.64 in the trial.', { text: '0.78', figureKind: 'ratio', unit: 'HR' }],
  // every ratio's name, with its abbreviation in brackets before the value
  ['The risk ratio was 0.8 for the older patients.', { text: '0.8', figureKind: 'ratio', value: 0.8, unit: 'RR' }],
  ['The incidence rate ratio (IRR) 0.52 favoured the vaccine.', { text: '0.52', figureKind: 'ratio', value: 0.52, unit: 'rate ratio' }],
  ['The geometric mean ratio of 1.8 met the margin.', { text: '1.8', figureKind: 'ratio', value: 1.8, unit: 'GMR' }],
  ['The odds ratios were 1.4 and 2.2 for the two doses.', { text: '2.2', figureKind: 'ratio', unit: 'OR' }],
  // a number right after the group its sentence opens with counts part of that group
  ['Of 40 patients, 12 had an objective response to the drug.', { text: '12', figureKind: 'count', unit: 'patients', value: 12 }],
  ['Sur 12 patients évaluables, 10 ont eu une réponse au traitement.', { text: '10', figureKind: 'count', unit: 'patients', value: 10 }],
  // a range after a ratio that misses it is still its interval (of the ratio's scale)
  ['The OS HR was 1.52 (0.87-1.46) in favour of the comparator.', { text: '0.87-1.46', figureKind: 'ci', value: [0.87, 1.46] }],
  ['The response rate was 68% (two-sided p-value, 0.0031) overall.', { text: 'p-value, 0.0031', figureKind: 'pvalue', value: 0.0031 }],
  ['Bokslutet publiceras februari 26, 2027 och bolaget bjuder in till en telefonkonferens.', { text: 'februari 26, 2027', figureKind: 'date', iso: '2027-02-26' }],
]);

table('figure readings: comparators in other languages', [
  ['Die Firma beschäftigt rund 700 Mitarbeiter, wie die Firma mitteilte und sagte.', { text: 'rund 700 Mitarbeiter', comparator: '~', value: 700 }],
  ['Der Anteil lag bei über 40 Prozent, wie die Firma mitteilte und sagte.', { text: 'über 40 Prozent', comparator: '>', value: 40 }],
  ['Bolaget har drygt 250 anställda och det är bra för bolaget.', { text: 'drygt 250 anställda', comparator: '>', value: 250 }],
  ['La société compte plus de 180 salariés et la société grandit.', { text: 'plus de 180 salariés', comparator: '>', value: 180 }],
  ['Die Firma erhält bis zu 90 Millionen Euro, wie die Firma mitteilte und sagte.', { text: 'bis zu 90 Millionen Euro', comparator: '\u2264', value: 90e6 }],
]);

table('figure readings: an ordinal that numbers a milestone', [
  ['This marks the ninth BTD for the conjugate in the region.', { text: 'ninth BTD', figureKind: 'count', value: 9, unit: 'BTDs' }],
  ['The agency accepted a second indication for the antibody.', { text: 'second indication', figureKind: 'count', value: 2, unit: 'indications' }],
  ['The label now carries its 4th approval (6th BTD) in total.', { text: '6th BTD', figureKind: 'count', value: 6, unit: 'BTDs' }],
  ['Die dritte Zulassung folgte im Juli, wie die Firma mitteilte und sagte.', { text: 'dritte Zulassung', figureKind: 'count', value: 3, unit: 'approvals' }],
]);

describe('figure readings: an ordinal before anything else counts nothing', () => {
  it('reads no count in "a second pivotal trial" nor in "the second half of 2027"', () => {
    const figs = figuresOf('A second pivotal trial will read out in the second half of 2027.');
    assert.ok(!figs.some(f => f.figureKind === 'count'), figs.map(f => f.text).join(' | '));
  });
});

table('figure readings: last year in parentheses', [
  ['Net sales amounted to SEK 14.6 million (9.2) in the quarter.', { text: '9.2', figureKind: 'money', value: 9.2e6, unit: 'SEK', reading: /unit of the figure before/ }],
  ['Earnings per share were SEK -0.84 (-1.12) in the period.', { text: '-1.12', figureKind: 'money', value: -1.12, unit: 'SEK' }],
  ['The gross margin was 47.3% (44.9) in the quarter.', { text: '44.9', figureKind: 'percent', value: 44.9, unit: '%' }],
  ['Der Umsatz lag bei 14,6 Mio. Euro (Vorjahr: 9,2) und damit über dem Vorjahr, wie die Firma mitteilte.', { text: '9,2', figureKind: 'money', value: 9.2e6, unit: 'EUR' }],
]);

describe('figure readings: a count in parentheses after a share stays a count', () => {
  it('does not read "45% (12)" as two shares', () => {
    const f = figuresOf('The ORR was 45% (12) in the arm.').find(x => x.text === '12');
    assert.ok(!f || f.figureKind !== 'percent', `read as ${f?.figureKind}`);
  });
});

table('figure readings: p-values, parts and wholes', [
  ['The difference was significant (P = .003) in the trial.', { text: 'P = .003', figureKind: 'pvalue', value: 0.003, reading: /leading zero/ }],
  ['The difference was significant (p<.001) in the trial.', { text: 'p<.001', figureKind: 'pvalue', value: 0.001, comparator: '<' }],
  ['The ORR was 41% (n=17/41) in the cohort.', { text: 'n=17/41', figureKind: 'count', value: 17, denominator: 41 }],
  ['Approximately 1 in 5 patients stopped early.', { text: 'Approximately 1 in 5 patients', figureKind: 'count', value: 1, denominator: 5, unit: 'patients' }],
  ['Only 3 out of 12 patients relapsed.', { text: '3 out of 12 patients', figureKind: 'count', value: 3, denominator: 12, unit: 'patients' }],
  ['Of the 36 treated, 15 responded and 2 had died by the cut-off.', { text: '15', figureKind: 'count', value: 15, unit: 'patients' }],
  ['Of the 36 treated, 15 responded and 2 had died by the cut-off.', { text: '36', figureKind: 'count', value: 36 }],
  ['Of the 36 treated, 15 responded and 2 had died by the cut-off.', { text: '2', figureKind: 'count', value: 2 }],
  ['Responses were seen in 14 (35.0%) patients in the study.', { text: '14', figureKind: 'count', value: 14, unit: 'patients' }],
  ['The trial runs at 16 U.S. sites and in two other countries.', { text: '16 U.S. sites', figureKind: 'count', value: 16, unit: 'sites' }],
  ['Studien genomf\u00f6rs p\u00e5 9 kliniker i Sverige.', { text: '9 kliniker', figureKind: 'count', value: 9, unit: 'sites' }],
  ['Fors\u00f8get omfattede 140 raske frivillige i alt.', { text: '140 raske frivillige', figureKind: 'count', value: 140, unit: 'volunteers' }],
  ['Svulstene krympet hos 6 av 18 pasienter i studien.', { text: '6 av 18 pasienter', figureKind: 'count', value: 6, denominator: 18 }],
  ['Tumörerna minskade hos 6 av 18 patienter i studien.', { text: '6 av 18 patienter', figureKind: 'count', value: 6, denominator: 18 }],
  ['Une r\u00e9ponse a \u00e9t\u00e9 observ\u00e9e chez 6 sur 18 patients.', { text: '6 sur 18 patients', figureKind: 'count', value: 6, denominator: 18 }],
  ['In total 140 cases were counted, of which 37 in the placebo arm.', { text: '37', figureKind: 'count', value: 37, unit: 'cases', reading: /part of the count/ }],
]);

table('figure readings: one unit written for two numbers', [
  ['Net sales amounted to 7,9 (1,2) MSEK in the quarter.', { text: '7,9', figureKind: 'money', value: 7.9e6, unit: 'SEK', reading: /unit written after/ }],
  ['Net sales amounted to 7,9 (1,2) MSEK in the quarter.', { text: '1,2', figureKind: 'money', value: 1.2e6, unit: 'SEK' }],
  ['Der Verlust stieg von 3,5 auf 6,1 Millionen Euro, wie die Firma mitteilte.', { text: '3,5', figureKind: 'money', value: 3.5e6, unit: 'EUR' }],
  ['Der Umsatz sinkt auf 1,75 (Vorjahr: 1,90) Milliarden Dollar, wie die Firma mitteilte.', { text: '1,75', figureKind: 'money', value: 1.75e9, unit: 'USD' }],
  ['Der Umsatz sinkt auf 1,75 (Vorjahr: 1,90) Milliarden Dollar, wie die Firma mitteilte.', { text: '1,90', figureKind: 'money', value: 1.9e9, unit: 'USD' }],
  ['Der Umsatz sinkt auf mindestens 1,65 (Vorjahr: 1,80) Milliarden Dollar, wie die Firma mitteilte.', { text: 'mindestens 1,65', figureKind: 'money', value: 1.65e9, unit: 'USD', comparator: '\u2265' }],
  ['Das mediane PFS betrug 7,2 vs. 4,1 Monate in der Studie, wie die Firma mitteilte.', { text: '7,2', figureKind: 'duration', value: 7.2, unit: 'months' }],
  ['The two trials enrolled 212 and 48 patients from the region.', { text: '212', figureKind: 'count', value: 212, unit: 'patients' }],
  ['Analysts lifted the estimate from 150 million to 310 million dollars.', { text: '150 million', figureKind: 'money', value: 150e6, unit: 'USD' }],
]);

table('figure readings: a span of time points with its unit before the numbers', [
  ['During weeks 16 to 40, most patients kept their response.', { text: 'weeks 16 to 40', figureKind: 'duration', value: [16, 40], unit: 'weeks' }],
  ['The bleeding rate over Months 5 through 36 was low in the group.', { text: 'Months 5 through 36', figureKind: 'duration', value: [5, 36], unit: 'months' }],
  ['In Woche 6 bis 18 sank der Wert deutlich, wie die Firma mitteilte.', { text: 'Woche 6 bis 18', figureKind: 'duration', value: [6, 18], unit: 'weeks' }],
  ['Patients took the tablet on days 1\u201314 of each cycle.', { text: 'days 1\u201314', figureKind: 'duration', value: [1, 14], unit: 'days' }],
  // a single time point stays one, and a share after "to" is no bound of a span
  ['At Week 20, the score had fallen in both arms.', { text: 'Week 20', figureKind: 'duration', value: 20, unit: 'weeks' }],
  ['At week 16 to 30% of patients had responded.', { text: 'week 16', figureKind: 'duration', value: 16, unit: 'weeks' }],
]);

table('figure readings: spans of months and of dates with the year written once', [
  ['Perioden februari - maj 2031 gav l\u00e4gre int\u00e4kter f\u00f6r bolaget.', { text: 'februari - maj 2031', figureKind: 'date', value: 2031, reading: /span of months/ }],
  ['Sales for April to June 2029 rose in all regions.', { text: 'April to June 2029', figureKind: 'date', value: 2029 }],
  ['Der Umsatz von Januar bis M\u00e4rz 2028 stieg, wie die Firma mitteilte.', { text: 'Januar bis M\u00e4rz 2028', figureKind: 'date', value: 2028 }],
  // the year written at the span's end is its start's too, the year before when the span crosses a new year
  ['Rapporten d\u00e6kker perioden 1. april til 30. juni 2027 for selskabet.', { text: '1. april', figureKind: 'date', value: 2027, reading: /span's end/ }],
  ['The period 1 December to 31 March 2030 was weak for the company.', { text: '1 December', figureKind: 'date', value: 2029 }],
]);

table('figure readings: p-values written with words between the name and the number', [
  ['The p-value was 0.04 for the comparison.', { text: 'p-value was 0.04', figureKind: 'pvalue', value: 0.04 }],
  ['The result held, with a p-value of <0.001 overall.', { text: 'p-value of <0.001', figureKind: 'pvalue', value: 0.001, comparator: '<' }],
  ['The p value was < 0.05 for each arm.', { text: 'p value was < 0.05', figureKind: 'pvalue', value: 0.05, comparator: '<' }],
  // a decimal comma after a leading zero, E notation with a whole mantissa
  ['Der Unterschied war signifikant (p ≤ 0,0001) im Arm.', { text: 'p ≤ 0,0001', figureKind: 'pvalue', value: 0.0001 }],
  ['The shift was significant (p<1e-5) in the full set.', { text: 'p<1e-5', figureKind: 'pvalue', value: 0.00001 }],
  // a bare decimal listed after a p-value or a ratio is another of them
  ['Both rates were higher (p=0.01 and 0.003, respectively) in the arm.', { text: '0.003', figureKind: 'pvalue', value: 0.003 }],
  ['The HRs fell over time (HR 0.81, 0.72 and 0.64) in the arm.', { text: '0.64', figureKind: 'ratio', value: 0.64, unit: 'HR' }],
  ['It was significant, with a p value of less than 0.01 overall.', { text: 'p value of less than 0.01', figureKind: 'pvalue', value: 0.01, comparator: '<' }],
  ['The effect was consistent (P for interaction = 0.31) across groups.', { text: 'P for interaction = 0.31', figureKind: 'pvalue', value: 0.31 }],
  ['The effect held (P(log-rank) = 0.03) in the arm.', { text: 'P(log-rank) = 0.03', figureKind: 'pvalue', value: 0.03 }],
  ['Der Unterschied war signifikant (p-Wert 0,004) im Arm.', { text: 'p-Wert 0,004', figureKind: 'pvalue', value: 0.004 }],
  ['Der p-Wert von 0,02 war signifikant, wie die Firma mitteilte.', { text: 'p-Wert von 0,02', figureKind: 'pvalue', value: 0.02 }],
  ['Der p-Wert lag bei 0,003 im Vergleich mit Placebo.', { text: 'p-Wert lag bei 0,003', figureKind: 'pvalue', value: 0.003 }],
  ['El fármaco mejoró la escala, con una significación estadística de 0,03 frente a placebo.', { text: 'significación estadística de 0,03', figureKind: 'pvalue', value: 0.03 }],
  ['The drug improved the score, with a statistical significance of 0.004 against placebo.', { text: 'statistical significance of 0.004', figureKind: 'pvalue', value: 0.004 }],
  ['Le traitement a réduit le score (valeur p de 0,02) par rapport au placebo.', { text: 'valeur p de 0,02', figureKind: 'pvalue', value: 0.02 }],
  ['The reduction of 9.1% achieved a "p" value of 0.21, which was not significant.', { text: 'p" value of 0.21', figureKind: 'pvalue', value: 0.21 }],
  // p-values in the plural, and a list of them
  ['Both were significant, with p-values of 0.003 and 0.041 against placebo.', { text: '0.041', figureKind: 'pvalue', value: 0.041 }],
  ['The effect held (p values <0.05) in the arm.', { text: 'p values <0.05', figureKind: 'pvalue', value: 0.05 }],
  ['The difference held (p=<0.01) in the arm.', { text: 'p=<0.01', figureKind: 'pvalue', value: 0.01 }],
  ['The difference held (p-value < 0\u00b7002) in the arm.', { text: 'p-value < 0\u00b7002', figureKind: 'pvalue', value: 0.002, reading: /middle dot/ }],
  ['The difference held (P < 10-5) in the arm.', { text: 'P < 10-5', figureKind: 'pvalue', value: 1e-5, reading: /flattened/ }],
  // a ratio's interval written as two numbers in brackets
  ['The HR was 0.72 (0.55, 0.94) for the arm.', { text: '0.55, 0.94', figureKind: 'ci', value: [0.55, 0.94], unit: 'HR' }],
  ['The HR = 0.72 [0.55; 0.94] for the arm.', { text: '0.55; 0.94', figureKind: 'ci', value: [0.55, 0.94] }],
]);

table('figure readings: currencies written apart from, glued to, or scaled around the number', [
  ['Quarterly revenue was 12.5 EURm, the group said.', { text: '12.5 EURm', figureKind: 'money', value: 12.5e6, unit: 'EUR' }],
  ['Revenue was 45.2 million U.S. dollars in the year.', { text: '45.2 million U.S. dollars', figureKind: 'money', value: 45.2e6, unit: 'USD' }],
  ['La empresa recibirá un pago inicial de 35 millones de euros.', { text: '35 millones de euros', figureKind: 'money', value: 35e6, unit: 'EUR' }],
  ['A empresa receberá 20 milhões de reais no fechamento.', { text: '20 milhões de reais', figureKind: 'money', value: 20e6, unit: 'BRL' }],
  ['La società riceverà 15 milioni di euro alla firma.', { text: '15 milioni di euro', figureKind: 'money', value: 15e6, unit: 'EUR' }],
  ['Revenue was \u20ac 4.7 million in the year.', { text: '\u20ac 4.7 million', figureKind: 'money', value: 4.7e6, unit: 'EUR' }],
  ['The round raised $ 65 million from investors.', { text: '$ 65 million', figureKind: 'money', value: 65e6, unit: 'USD' }],
  ['The round raised US$ 14 million from investors.', { text: 'US$ 14 million', figureKind: 'money', value: 14e6, unit: 'USD' }],
  ['The round raised HK$ 2.6 billion from investors.', { text: 'HK$ 2.6 billion', figureKind: 'money', value: 2.6e9, unit: 'HKD' }],
  ['The round raised USD17m from investors.', { text: 'USD17m', figureKind: 'money', value: 17e6, unit: 'USD' }],
  ['The round raised USD 17.5 M from investors.', { text: 'USD 17.5 M', figureKind: 'money', value: 17.5e6, unit: 'USD' }],
  ['Der Umsatz lag bei T\u20ac 380 im Quartal.', { text: 'T\u20ac 380', figureKind: 'money', value: 380e3, unit: 'EUR' }],
  ['Selskabet hentede NOK 14,5 mill. i emisjonen.', { text: 'NOK 14,5 mill.', figureKind: 'money', value: 14.5e6, unit: 'NOK' }],
  ['Bolaget tog in SEK 2,4 mdr. i emissionen.', { text: 'SEK 2,4 mdr.', figureKind: 'money', value: 2.4e9, unit: 'SEK' }],
  // two sums joined by a conjunction are two sums, unless "between" opens them
  ['Die Kosten lagen bei EUR 3 und 5 Mio. Euro im Jahr.', { text: 'EUR 3', figureKind: 'money', value: 3 }],
  ['Die Kosten lagen zwischen EUR 3 und 5 Mio. im Jahr.', { text: 'EUR 3 und 5 Mio.', figureKind: 'money', value: [3e6, 5e6] }],
]);

table('figure readings: a change is two figures, not a range', [
  ['The broker raised its price target from $118 to $164 on the news.', { text: '$118', figureKind: 'money', value: 118, unit: 'USD' }],
  ['The broker raised its price target from $118 to $164 on the news.', { text: '$164', figureKind: 'money', value: 164, unit: 'USD' }],
  ['Offering sizes ranged from $40 to $90 million in the quarter.', { text: '$40 to $90 million', figureKind: 'money', value: [40e6, 90e6] }],
  ['The fund closed at $100M+ in commitments.', { text: '$100M+', figureKind: 'money', value: 100e6, unit: 'USD', comparator: '\u2265' }],
  // a multiple's verb of change opens a change too; a scale written once is a range's only with its bounds in order
  ['Costs more than doubled from $450 to $1.2 million.', { text: '$450', figureKind: 'money', value: 450, unit: 'USD' }],
  ['Costs were in a range of $812,000 to $1.2 million.', { text: '$812,000 to $1.2 million', figureKind: 'money', value: [812000, 1.2e6] }],
]);

describe('figure readings: no false figures', () => {
  const rows: [string, string][] = [
    ['SOURCE: https://news.example.com/2026/05/story-123456.html', '123456'],
    ['SOURCE: https://news.example.com/2026/05/story-123456.html', '05'],
    ['See www.example.org/item/4471 for the full text.', '4471'],
    ['The drug is approved in the EU (Regulation (EU) No 536/2014 applies).', '536'],
    ['The abstract (Abstract 4021) will be shown at the meeting.', '4021'],
    ['The study (NCT01234567) is recruiting.', '01234567'],
    ['The paper (doi:10.1234/abcd.5678) describes the assay.', '10.1234'],
    ['Call +1 617 555 0134 for the replay.', '617'],
    ['The webcast starts at 14:30 CET.', '14:30'],
    ['The program ACME-301 enrolled patients in Cohort 4 only.', '4'],
    ['Responses were assessed by RECIST 1.1 criteria.', '1.1'],
    ['The press release was filed as Exhibit 99.1 to the report.', '99.1'],
    ['Results were shown at the 67th Annual Meeting of the society.', '67th'],
    ['The approval is supported by two large trials3,4 in the region.', '3,4'],
    ['There is a clear need for new options.7 The agency agreed.', '7'],
    ['Median OS was 7.3 months in the arm.', '7'],
    ['The study ACME-3111-212 enrolled patients.', '212'],
    ['The trial AB123-301 enrolled adults.', '301'],
    ['Imaging used 177Lu-PSMA and [89Zr]Zr-DFO tracers.', '177'],
    ['Imaging used 177Lu-PSMA and [89Zr]Zr-DFO tracers.', '89'],
    ['Imaging used 18F-FDG in all sites.', '18'],
    ['Investors hope that \u2018017 will do better.', '017'],
    ['References: [3] https://example.org/item', '3'],
    ['Responses were seen in Cohorts 2 and 5 only.', '5'],
    ['Half reached a PASI 75 response and a third ACR 50.', '75'],
    ['Half reached a PASI 75 response and a third ACR 50.', '50'],
    ['Guidance for FY 2025/26 was confirmed.', '26'],
    ['Fit patients received 7+3 induction first.', '7'],
    ['Fit patients received 7+3 induction first.', '3'],
    ['Dose escalation followed a 3+3 design.', '3'],
    // a time of day after the word that names the hour, a numbered announcement, a name that starts with digits
    ['Presentasjonen starter klokken 11.00 i morgen.', '11.00'],
    ['Bolaget presenterar kl. 15.30 via webbs\u00e4ndning.', '15.30'],
    ['Selskabsmeddelelse nr. 27/2019 blev offentliggjort i dag.', '27/2019'],
    ['See company announcement no. 8/2022 for details.', '8/2022'],
    ['The deal with 5XY Bio closed last week.', '5'],
    // the sides of a statistical test
    ['The difference held (2-sided P = .03) in the trial.', '2'],
    // a footnote's number after a bracket and a full stop
    ['Sales rose (see the notes).4 The margin fell.', '4'],
  ];
  for (const [sentence, bad] of rows) {
    it(`reads no figure ${JSON.stringify(bad)} in ${JSON.stringify(sentence)}`, () => {
      const figs = figuresOf(sentence);
      assert.ok(!figs.some(f => f.text === bad || f.text.startsWith(bad + ' ')), figs.map(f => JSON.stringify(f.text)).join(' | '));
    });
  }
  it('reads "7.3 months" whole', () => expectFigure('Median OS was 7.3 months in the arm.', { text: '7.3 months', figureKind: 'duration', value: 7.3, unit: 'months' }));
  it('reads a year with a footnote marker as the year', () => expectFigure('More than 90,000 deaths were reported in 2024.5 Early detection is rare.', { text: '2024', figureKind: 'date', value: 2024 }));
});

describe('figure readings: the hover says how a number was read', () => {
  const hover = (marked: string): string => {
    const { text, offset } = withCursor(marked);
    const h = doHover(analyzeText(text).model, offset, new LineIndex(text));
    return h ? (h.contents as { value: string }).value : '';
  };
  it('names the language that made a dot a thousands separator', () => {
    assert.match(hover('Insgesamt wurden 12.4|80 Probanden in die Studie eingeschlossen und die Firma sagte, dass sie zufrieden ist.'), /How it was read: dot as thousands separator \(a German text\)/);
  });
  it('names a flattened superscript', () => {
    assert.match(hover('The shift was highly significant (p=1.4\u00d710-|7) in the full set.'), /flattened superscript/);
  });
  it('names the unit taken from the number after', () => {
    assert.match(hover('Net sales amounted to 7,|9 (1,2) MSEK in the quarter.'), /unit written after the next number/);
  });
});

table('figure readings: a date without a year takes the year the document gives it', [
  // the release's dateline: the year that puts the day nearest it (a January release tells of December before it)
  ['NORTHTOWN, January 9, 2031 \u2013 Acme Bio said the board approved the plan on December 18.', { text: 'December 18', figureKind: 'date', value: 2030, iso: '--12-18', reading: /nearest the release date/ }],
  ['NORTHTOWN, January 9, 2031 \u2013 Acme Bio said the filing closes by Feb. 3.', { text: 'Feb. 3', figureKind: 'date', value: 2031, reading: /nearest the release date/ }],
  ['Nordstad \u2013 14 februari 2031 \u2013 Acme Bio AB redovisar.\n\nV\u00e4sentliga h\u00e4ndelser\n\nNy CFO tilltr\u00e4der 3 november som planerat.', { text: '3 november', figureKind: 'date', value: 2030 }],
  // a written year earlier in the same paragraph frames it, whatever the dateline
  ['NORTHTOWN, January 9, 2031 \u2013 Acme Bio reported.\n\nIn March 2027 the company filed, and on June 4 the agency accepted.', { text: 'June 4', figureKind: 'date', value: 2027, reading: /date before it in its paragraph/ }],
  // no dateline: the year of the nearest full date before it, as before
  ['The plan was adopted in May 2029.\n\nThe board met again on October 2 to review it.', { text: 'October 2', figureKind: 'date', value: 2029, reading: /year of the document's dates/ }],
  // no year anywhere: the year stays unread
  ['The board met on October 2 to review the plan.', { text: 'October 2', figureKind: 'date', value: 0 }],
]);

table('figure readings: a count whose noun stands elsewhere', [
  // a list of numbers: the noun written after the last one counts them all
  ['The three arms enrolled 14, 17 and 22 patients in total.', { text: '14', figureKind: 'count', value: 14, unit: 'patients' }],
  ['The three arms enrolled 14, 17, and 22 patients in total.', { text: '17', figureKind: 'count', value: 17, unit: 'patients' }],
  ['Doses of 0.3, 1 or 3 mg/kg were tested in the cohort.', { text: '0.3', figureKind: 'dose', value: 0.3, unit: 'mg/kg' }],
  // a part of a group: "N of the sites", "N of them"
  ['Enrolment opened at 9 of the participating sites in spring.', { text: '9 of the participating sites', figureKind: 'count', value: 9, unit: 'sites' }],
  ['Overall, 27 of the listed offerings closed above their price.', { text: '27 of the listed offerings', figureKind: 'count', value: 27, unit: 'offerings' }],
  ['Overall 6 of 31 evaluable biopsies showed no tumour.', { text: '6 of 31 evaluable biopsies', figureKind: 'count', value: 6, unit: 'biopsies', denominator: 31 }],
  ['The trial treated 23 lymphoma patients and 15 of them responded.', { text: '15', figureKind: 'count', value: 15, unit: 'patients', reading: /part of the count before it/ }],
  ['Die Studie schloss 23 Lymphompatienten ein, und 15 von ihnen sprachen an.', { text: '15', figureKind: 'count', value: 15, unit: 'patients' }],
  ['The study dosed 52 patients; 19 of these were children.', { text: '19', figureKind: 'count', value: 19, unit: 'patients' }],
  // a sentence that opens with its whole: "Of the 48 patients, 20 responded"
  ['Of the 48 evaluable patients, 20 responded to the drug.', { text: '20', figureKind: 'count', value: 20, unit: 'patients', reading: /sentence opened with/ }],
  ['Of 40 patients, 12 had an objective response to the drug.', { text: '12', figureKind: 'count', value: 12, unit: 'patients' }],
  // a dose per day or week, the word after the slash in the document's language
  ['Die Patienten erhielten bis zu 1500 mg/Tag des Wirkstoffs.', { text: 'bis zu 1500 mg/Tag', figureKind: 'dose', value: 1500, unit: 'mg/day' }],
  ['Les patients ont reçu 600 mg/jour pendant un an.', { text: '600 mg/jour', figureKind: 'dose', value: 600, unit: 'mg/day' }],
  ['Sur 12 patients évaluables, 10 ont eu une réponse au traitement.', { text: '10', figureKind: 'count', value: 10, unit: 'patients' }],
  // a bare number before a verb of treatment counts the people treated
  ['The trial enrolled 48 patients: 23 randomized to the drug and 25 to placebo.', { text: '23', figureKind: 'count', value: 23, unit: 'patients' }],
  ['In all, 48 patients were dosed, 23 receiving the combination.', { text: '23', figureKind: 'count', value: 23, unit: 'patients' }],
  // a bare number repeating the construction of the count before it, its noun left out
  ['There were 18 infections in the placebo arm and 7 in the vaccine arm.', { text: '7', figureKind: 'count', value: 7, unit: 'infections' }],
  ['Responses occurred in 11 patients on the drug versus 4 on placebo.', { text: '4', figureKind: 'count', value: 4, unit: 'patients' }],
  // the count's own verb before its group; the parts of a count just stated, after "with"
  ['Of the 52 relapses, 40 occurred in the control arm and 12 in the active arm.', { text: '12', figureKind: 'count', value: 12, unit: 'relapses' }],
  ['A total of 30 infections were recorded, with 25 in the control group and 5 in the active group.', { text: '25', figureKind: 'count', value: 25, unit: 'infections' }],
  ['A total of 30 infections were recorded, with 25 in the control group and 5 in the active group.', { text: '5', figureKind: 'count', value: 5, unit: 'infections' }],
  // the items of a list joined by commas; a second subject of the same verb
  ['The study enrolled 90 patients, with 30 in Cohort A, 35 in Cohort B and 25 in Cohort C.', { text: '35', figureKind: 'count', value: 35, unit: 'patients' }],
  ['Of the 30 responders, 8 had a complete response and 22 had a partial response.', { text: '22', figureKind: 'count', value: 22, unit: 'responders' }],
  // two numbers whose modifiers are coordinated share the noun after the second; an abbreviation in brackets stays in the noun phrase
  ['Responses occurred in 11 (44%) and 6 (24%) patients, respectively.', { text: '11', figureKind: 'count', value: 11, unit: 'patients' }],
  ['The cohorts were small (n=14, 12 and 9) at the cut-off.', { text: '9', figureKind: 'count', value: 9, unit: 'patients' }],
  ['The cohort included 20 high-risk and 18 low-risk patients.', { text: '20', figureKind: 'count', value: 20, unit: 'patients' }],
  ['The study included 9 high-risk (HR) and 7 low-risk (LR) participants.', { text: '9', figureKind: 'count', value: 9, unit: 'participants' }],
  ['The study included 9 high-risk (HR) and 7 low-risk (LR) participants.', { text: '7 low-risk (LR) participants', figureKind: 'count', value: 7, unit: 'participants' }],
  ['Von den 48 Patienten sprachen 20 auf die Therapie an.', { text: '20', figureKind: 'count', value: 20, unit: 'patients' }],
  ['Of the 214 participants enrolled, 96 were women.', { text: '96', figureKind: 'count', value: 96, unit: 'participants' }],
  // the noun named before the number: "the number of sites", "Patients: N"
  ['The number of treated patients rose from 270 to 1,120 by the autumn.', { text: '270', figureKind: 'count', value: 270, unit: 'patients', reading: /noun named before it/ }],
  ['The number of treated patients rose from 270 to 1,120 by the autumn.', { text: '1,120', figureKind: 'count', value: 1120, unit: 'patients' }],
  ['Het aantal behandelde pati\u00ebnten steeg van 270 tot 1.120 eind juni.', { text: '1.120', figureKind: 'count', value: 1120, unit: 'patients' }],
  ['Enrolled patients: 312 across the two regions.', { text: '312', figureKind: 'count', value: 312, unit: 'patients' }],
  ['The prevalence in the region is about 41,000 and should reach 52,500 by 2035.', { text: '52,500', figureKind: 'count', value: 52500, unit: 'patients' }],
  ['Die Zahl der Projekte mit Partnern soll von drei auf sieben steigen.', { text: 'sieben', figureKind: 'count', value: 7, unit: 'projects', reading: /noun named before it/ }],
  ['The number of partnered sites will grow from three to seven.', { text: 'three', figureKind: 'count', value: 3, unit: 'sites' }],
  // two modifiers of one noun joined by "and"; a compound's first part sharing the head of the next
  ['The pooled set holds 47 treatment-naive and Phase 2 patients overall.', { text: '47', figureKind: 'count', value: 47, unit: 'patients' }],
  ['Die Bezugsquote lag bei 98,1% der angebotenen 731.420 St\u00fccke, so die Gesellschaft.', { text: '731.420 St\u00fccke', figureKind: 'count', value: 731420, unit: 'shares' }],
  ['Das Kapital ist eingeteilt in rund 5,5 Mio. Stamm- sowie rund 3,2 Mio. Vorzugsaktien.', { text: 'rund 5,5 Mio. Stamm-', figureKind: 'count', value: 5500000, unit: 'shares' }],
]);

describe('figure readings: a grade names a severity and is no figure', () => {
  for (const sentence of ['Grade 3 or 4 neutropenia occurred in 12% of patients.', 'Grade ≥3 events occurred in 12% of patients.', 'Events of grade 3-4 occurred in 12% of patients.', 'Grad 3/4 Ereignisse traten bei 12 % auf.']) {
    it(`reads only the share in ${JSON.stringify(sentence)}`, () => assert.deepEqual(figuresOf(sentence).map(f => f.figureKind), ['percent']));
  }
});

table('figure readings: a count whose noun stands elsewhere, negative rows', [
  // a clause ends between the words and the number
  ['The number of sites grew. Revenue reached 410 in the spring.', { text: '410', figureKind: 'other', unit: '' }],
  // a colon after a word that counts nothing
  ['Revenue: 410 in the spring of that year.', { text: '410', figureKind: 'other', unit: '' }],
  // a number a word before it labels shares no noun; a number larger than the count before it is no part of it
  ['Assessments at week 12 and 40 further patients are planned.', { text: 'week 12', figureKind: 'duration' }],
  ['Scores at week 3 and 40 new patients were reported.', { text: 'week 3', figureKind: 'duration' }],
  ['Investigators recorded 30 infections, with 45 in the control group.', { text: '45', figureKind: 'other', unit: '' }],
  // the same word after two numbers, but no clause of a count joined to the other's
  ['In 2025, 12 sites opened; revenue was 25 opened later.', { text: '25', figureKind: 'other', unit: '' }],
  // "of them" with no count before it, or with a part larger than the whole
  ['Ten were invited and 18 of them came to the meeting.', { text: '18', figureKind: 'other', unit: '' }],
  ['The company opened 3 sites and 5 of them were closed later.', { text: '5', figureKind: 'other', unit: '' }],
  // the base of a rate counts no one the words before name
  ['The prevalence is 12 per 100,000 births in the region.', { text: '12', figureKind: 'other', unit: '' }],
  ['The number of cases is 1 in 2,000 births in the region.', { text: '1', figureKind: 'other', unit: '' }],
  // a count and a comma with no opening "of the" before it: the number after is no part of it
  ['The study dosed 48 patients, 20 in the second year.', { text: '20', figureKind: 'other', unit: '' }],
  // a part larger than the whole is not read as one
  ['Of the 48 patients, 60 sites reported no events.', { text: '60 sites', figureKind: 'count', unit: 'sites' }],
  // a list that no "and" or "or" closes is no list of one noun
  ['Scores were 14, 17, 22 patients aside.', { text: '14', figureKind: 'other', unit: '' }],
]);

table('figure readings: rates, ages, doses of cells, glued units, lost dashes', [
  ['Severe episodes occurred at 0.27 events per patient-year on the new insulin.', { text: '0.27 events per patient-year', figureKind: 'other', value: 0.27, unit: 'events per patient-year' }],
  ['Infections occurred at 3.1 cases per 100 person-years overall.', { text: '3.1 cases per 100 person-years', figureKind: 'other', value: 3.1, unit: 'cases per 100 person-years' }],
  ['The vaccine is filed for adults older than 65 in the region.', { text: '65', figureKind: 'other', value: 65, unit: 'years', reading: /an age/ }],
  ['Volunteers aged 18 or above were eligible.', { text: '18', figureKind: 'other', value: 18, unit: 'years' }],
  ['Patients aged \u226570 were eligible for the arm.', { text: '\u226570', figureKind: 'other', value: 70, unit: 'years', comparator: '\u2265' }],
  ['Adults 70 and older may be dosed.', { text: '70', figureKind: 'other', value: 70, unit: 'years' }],
  ['The rate was 0.6 events/patient-year in the arm.', { text: '0.6 events/patient-year', figureKind: 'other', unit: 'events per patient-year' }],
  ['Flares occurred at 1.4 episodes per 100 patient-years of exposure.', { text: '1.4 episodes per 100 patient-years', figureKind: 'other', value: 1.4, unit: 'episodes per 100 patient-years' }],
  ['Die h\u00f6chste NK-Zelldosis (40 Millionen pro kg) wurde gut vertragen.', { text: '40 Millionen pro kg', figureKind: 'dose', value: 40000000, unit: 'cells/kg' }],
  ['Each patient received 2 million cells per kg in one infusion.', { text: '2 million cells per kg', figureKind: 'dose', value: 2000000, unit: 'cells/kg' }],
  ['Der Umsatz stieg um 14,6 Prozentauf 812 Millionen Euro.', { text: '14,6 Prozent', figureKind: 'percent', value: 14.6, unit: '%' }],
  ['For 2031 forventes nu en salgsv\u00e6kst p\u00e5 4 8%, mens resultatet stiger.', { text: '4 8%', figureKind: 'percent', value: [4, 8], unit: '%', reading: /dash was lost/ }],
]);

table('figure readings: rates, ages, doses of cells, glued units, lost dashes, negative rows', [
  // only right after the words of an age: "30 adults and 12 in the other arm" counts, it is no age
  ['The study enrolled 30 adults and 12 in the other arm.', { text: '12', unit: '' }],
  ['The study enrolled 30 adults and 12 and more were screened.', { text: '12', unit: '' }],
  // millions per kilogram with no cells named are left alone
  ['Prices rose to 50 million per kg of product.', { text: '50 million', figureKind: 'other' }],
  // a percent word glued to a word that is no function word stays unread
  ['Der Wert lag bei 14,6 Prozentsatzpunkten laut Bericht.', { text: '14,6', unit: '' }],
  // a flattened table row: a count and its share, no range
  ['Responders 7 10% in the arm.', { text: '10%', figureKind: 'percent', value: 10 }],
]);

table('figure readings: a table row glued to its label (a web copy), its cells glued on', [
  ['Mean score3.15 (1.2)6.40 (1.4)\nNext row', { text: '3.15', value: 3.15 }],
  ['Mean score3.15 (1.2)6.40 (1.4)\nNext row', { text: '6.40', value: 6.4 }],
  ['Minor bleeding7/41 (17.1)2/40 (5.0)\nNext row', { text: '7/41', figureKind: 'count', value: 7, denominator: 41 }],
]);

table('figure readings: sums in the Deutsche Mark of older German releases', [
  ['Der Umsatz stieg auf 21,4 Millionen Euro (41,9 Millionen Mark).', { text: '41,9 Millionen Mark', figureKind: 'money', value: 41.9e6, unit: 'DEM' }],
  ['Der Verlust lag bei 3 Millionen DM im Vorjahr.', { text: '3 Millionen DM', figureKind: 'money', value: 3e6, unit: 'DEM' }],
]);

describe('figure readings: numbers joined by slashes into a list of categories are no part of a whole', () => {
  it('reads no count over a denominator in "grade 0/1/2"', () => {
    const figs = figuresOf('Patients had grade 0/1/2 [40%/45%/15%] at entry.');
    assert.ok(figs.every(f => f.denominator === undefined), figs.map(f => `${f.text}/${f.denominator}`).join(', '));
  });
  it('still reads "12/40" as 12 of 40', () => {
    assert.equal(figuresOf('Of the patients, 12/40 responded.').find(f => f.text === '12/40')?.denominator, 40);
  });
});

describe('figure readings: a name glued to a decimal is not taken for a table cell', () => {
  it('reads no figure in "influenza2.5" when prose follows', () => {
    assert.ok(!figuresOf('Cases of influenza2.5 were rare in the season.').some(f => f.text === '2.5'));
  });
});

describe('figure readings: a number word that is a pronoun takes no noun named before it', () => {
  for (const sentence of ['The number of patients who had one of the events was small.', 'The number of sites where two of the audits failed was small.']) {
    it(`reads no count in ${JSON.stringify(sentence)}`, () => {
      const figs = figuresOf(sentence);
      assert.ok(!figs.some(f => f.figureKind === 'count' && f.unit === (sentence.includes('sites') ? 'sites' : 'patients')), figs.map(f => `${f.text}: ${f.figureKind} ${f.unit}`).join(' | '));
    });
  }
});

table('figure readings: a scaled sum takes the currency of the same sum stated elsewhere', [
  ['Det kan bli 240 miljoner i royalty. Bolaget r\u00e4knar med cirka 240 MSEK i royaltyint\u00e4kter netto.', { text: '240 miljoner', figureKind: 'money', value: 240000000, unit: 'SEK', reading: /same sum stated elsewhere/ }],
  ['Royalties may reach 75 million next year, the board said. It guided to EUR 75 million in royalties.', { text: '75 million', figureKind: 'money', value: 75000000, unit: 'EUR' }],
  // another amount in a currency is no evidence: the sum stays without one
  ['Royalties may reach 75 million next year, the board said. It guided to EUR 60 million in royalties.', { text: '75 million', figureKind: 'other', unit: 'million' }],
  // a sum compared with a sum in a currency later in its sentence is in that currency
  ['Revenue was 120.5 million in the quarter, compared with $98.2 million a year earlier.', { text: '120.5 million', figureKind: 'money', value: 120500000, unit: 'USD', reading: /sum after it/ }],
  ['Revenue was 120.5 million in the quarter; the board approved $98.2 million in buybacks.', { text: '120.5 million', figureKind: 'other', unit: 'million' }],
]);

table('figure readings: a change from one value to another in other languages is two figures, no range', [
  ['Antallet af patienter i behandling steg fra 270 til 1.120 ved udgangen af juni.', { text: '270', figureKind: 'count', value: 270, unit: 'patients' }],
  ['Antallet af patienter i behandling steg fra 270 til 1.120 ved udgangen af juni.', { text: '1.120', figureKind: 'count', value: 1120, unit: 'patients' }],
  ['Oms\u00e4ttningen \u00f6kade fr\u00e5n 14 till 23 MSEK under kvartalet.', { text: '23 MSEK', figureKind: 'money', value: 23000000, unit: 'SEK' }],
  ['Le chiffre d\u2019affaires est pass\u00e9 de 4 \u00e0 7 millions d\u2019euros.', { text: '4', figureKind: 'money', value: 4000000, unit: 'EUR' }],
  // without a verb of change the same words make a range
  ['Effekten var fra 4 til 9 % i alle grupper.', { text: '4 til 9 %', figureKind: 'percent', value: [4, 9], unit: '%' }],
  ['Die Dosis lag zwischen 3 und 5 mg in der Studie.', { text: '3 und 5 mg', figureKind: 'dose', value: [3, 5], unit: 'mg' }],
]);

table('figure readings: a compound noun counts its last noun', [
  ['The drug helped 12 out of 15 trial participants.', { text: '12 out of 15 trial participants', figureKind: 'count', value: 12, unit: 'participants', denominator: 15 }],
  ['The study opened 14 study sites in May.', { text: '14 study sites', figureKind: 'count', value: 14, unit: 'sites' }],
  ['Acme ran 3 trials in May.', { text: '3 trials', figureKind: 'count', value: 3, unit: 'trials' }],
]);
