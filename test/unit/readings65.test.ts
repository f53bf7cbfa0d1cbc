/**
 * Readings of session 65: a currency code with its scale's letters before the number, a table's unit that ends with the
 * table it titled, per cent marks a corner cell may carry alone, and a label's colon before the date it dates.
 * Every example is invented.
 */
import { strict as assert } from 'assert';
import { declaredBy } from '../../server/src/analysis/labelUnits';
import { analyzeText } from '../../server/src/analysis';
import { claimsOf } from '../../server/src/analysis/claims';
import { figuresOf, messagesOf } from '../helpers';

describe('a currency code with its scale after it, before the number (figures)', () => {
  it('"EURm 4.6" is 4.6 million euros; "NOKbn 1.3" 1.3 billion kroner', () => {
    const eur = figuresOf('Zentavo reported sales of EURm 4.6 for the period.').find(f => f.figureKind === 'money')!;
    assert.equal(eur.unit, 'EUR');
    assert.equal(eur.value, 4_600_000);
    const nok = figuresOf('Losses reached NOKbn 1.3 over the year.').find(f => f.figureKind === 'money')!;
    assert.equal(nok.unit, 'NOK');
    assert.equal(nok.value, 1_300_000_000);
  });

  it('one reading for every code the lexicon scales, before the number: "KNOK 450", "TCHF 12", "MSEK 3,5"', () => {
    const money = (t: string) => figuresOf(t).find(f => f.figureKind === 'money')!;
    assert.deepEqual([money('Costs were KNOK 450 in the period.').unit, money('Costs were KNOK 450 in the period.').value], ['NOK', 450_000]);
    assert.deepEqual([money('Costs were TCHF 12 in the period.').unit, money('Costs were TCHF 12 in the period.').value], ['CHF', 12_000]);
    assert.equal(money('Omsättningen var MSEK 3,5 under perioden.').value, 3_500_000);
  });

  it('the code glued to a word before it is no currency: "XEURm 4.6" leaves the number bare', () => {
    const f = figuresOf('Reference XEURm 4.6 was logged.').find(x => x.text.includes('4.6'))!;
    assert.notEqual(f.figureKind, 'money');
  });
});

describe('a table\'s unit ends with the table it titled (link: table units)', () => {
  it('a second table after a blank line, with its own corner unit, is read in its own unit, not the first one\'s', () => {
    const doc = [
      '| (in thousands of euros) | 30.06.2031 | 31.12.2030 |',
      '|---|---|---|',
      '| Cash | 12,345 | 23,456 |',
      '',
      '| (in thousands of Swiss francs) | Six months ended June 30, 2031 | Six months ended June 30, 2030 |',
      '|---|---|---|',
      '| Revenue | 7,650 | 5,430 |',
      '',
    ].join('\n');
    const figs = figuresOf(doc, 'markdown');
    const cash = figs.find(f => f.text === '12,345')!;
    assert.equal(cash.unit, 'EUR');
    const revenue = figs.find(f => f.text === '7,650')!;
    assert.equal(revenue.figureKind, 'money');
    assert.equal(revenue.unit, 'CHF');
    assert.equal(revenue.value, 7_650_000);
  });

  it('a row that declares its own currency and scale, in a table after another one\'s, keeps them', () => {
    const doc = [
      '| (in thousands of euros) | 2031 | 2030 |',
      '|---|---|---|',
      '| Cash | 12,345 | 23,456 |',
      '',
      '| | H1 2031 | H1 2030 |',
      '|---|---|---|',
      '| Sales, USD million | 4.2 | 3.9 |',
      '',
    ].join('\n');
    const sales = figuresOf(doc, 'markdown').find(f => f.text === '4.2')!;
    assert.equal(sales.unit, 'USD');
    assert.equal(sales.value, 4_200_000);
  });

  it('a title on its own line still reaches the table after a blank line', () => {
    const doc = ['Key figures (in thousands of euros)', '', '| | 2031 | 2030 |', '|---|---|---|', '| Revenue | 1,234 | 1,111 |', ''].join('\n');
    const f = figuresOf(doc, 'markdown').find(x => x.text === '1,234')!;
    assert.equal(f.unit, 'EUR');
    assert.equal(f.value, 1_234_000);
  });
});

describe('per cent marks a label may carry alone (label units)', () => {
  it('"Percentage" and "% responders" declare per cents', () => {
    assert.equal(declaredBy('Percentage')?.kind, 'percent');
    assert.equal(declaredBy('% responders')?.kind, 'percent');
  });

  it('... so a table cornered by them reads its bare cells as per cents', () => {
    const doc = ['| % responders | Acmezumab | Placebo |', '|---|---|---|', '| PASI 75 | 58 | 9 |', ''].join('\n');
    const f = figuresOf(doc, 'markdown').find(x => x.text === '58')!;
    assert.equal(f.figureKind, 'percent');
  });
});

describe('a label\'s colon before the date it dates (date-inconsistent)', () => {
  it('"(data cut-off: <date>)" after the release date is an event stated as done after it', () => {
    const doc = 'LYON, France, March 3, 2031 -- Zentavo Bio reported results of the phase 2 ORCA-2 trial of zentamab (data cut-off: May 2031). The response rate was 40%.\n';
    assert.ok(messagesOf(doc, 'date-inconsistent').some(m => /cut-off/i.test(m) && /May 2031/.test(m)), messagesOf(doc, 'date-inconsistent').join('\n'));
  });

  it('... and the same cut-off dated before the release is no finding', () => {
    const doc = 'LYON, France, March 3, 2031 -- Zentavo Bio reported results of the phase 2 ORCA-2 trial of zentamab (data cut-off: January 2031). The response rate was 40%.\n';
    assert.deepEqual(messagesOf(doc, 'date-inconsistent').filter(m => /cut-off/i.test(m)), []);
  });

  it('a label\'s colon before a clause that opens with its own words still opens a clause', () => {
    const doc = 'LYON, France, March 3, 2031 -- Zentavo Bio gave an update. Pipeline news: In May 2031, the company will start the ORCA-3 trial.\n';
    assert.deepEqual(messagesOf(doc, 'date-inconsistent').filter(m => /May 2031/.test(m)), []);
  });
});

describe('a count the text says was not included is no enrolment (impossible-value)', () => {
  it('a part with its share above a count "not included" in a plot is no part above its whole', () => {
    const doc = 'Tumour shrinkage is shown for 150 patients. Patients without a scan are not included in this plot (n = 31 patients). Ninety patients (52%) had no benefit.\n';
    assert.deepEqual(messagesOf(doc, 'impossible-value'), []);
  });

  it('... while the same sentence with the count enrolled still holds the part to it', () => {
    const doc = 'The study enrolled 31 patients. Ninety patients (52%) had no benefit.\n';
    assert.ok(messagesOf(doc, 'impossible-value').length > 0);
  });
});

describe('figures of another source\'s patients restate nothing (repeated-value)', () => {
  it('a claim in a sentence about a registry\'s or a database\'s patients is set apart as another context', () => {
    const doc = 'In the ORCA-2 trial of zentamab, the median overall survival was 14 months. For comparison, a database of 610 patients treated with other agents showed a median overall survival of 11 months.\n';
    const model = analyzeText(doc).model;
    const later = claimsOf(model).find(c => doc.slice(c.figure.start, c.figure.end) === '11 months')!;
    assert.ok(later, 'the later median is a claim');
    assert.equal(later.otherContext, true);
    const first = claimsOf(model).find(c => doc.slice(c.figure.start, c.figure.end) === '14 months')!;
    assert.equal(first.otherContext, false);
  });

  it('medians a registry or database reports are not the trial\'s own medians restated', () => {
    const doc = 'In the ORCA-2 trial of zentamab, the median overall survival was 14 months. For comparison, a registry of 610 patients treated with other agents showed a median overall survival of 11 months.\n';
    assert.deepEqual(messagesOf(doc, 'repeated-value'), []);
  });

  it('... while the same median restated in the trial\'s own words is held to the first', () => {
    const doc = 'In the ORCA-2 trial of zentamab, the median overall survival was 14 months. Zentavo said that the median overall survival of 11 months in ORCA-2 supports a filing.\n';
    assert.ok(messagesOf(doc, 'repeated-value').length > 0, 'the restatement is found');
  });
});

describe('a lone share held to the population stated sentences before it (percent-of-count)', () => {
  it('through a sentence that counts no one: "The median age was 58 years."', () => {
    const doc = 'A total of 320 patients were included. The median age was 58 years. In all, 150 (52.0%) patients had visceral disease.\n';
    assert.ok(messagesOf(doc, 'percent-of-count').some(m => /150\/320/.test(m)), messagesOf(doc, 'percent-of-count').join('\n'));
  });

  it('... the whole of a sentence that also splits it into shares: the pairs are parts, not the population', () => {
    const doc = 'A total of 320 patients were included, 140 (43.8%) women and 180 (56.3%) men. In all, 150 (52.0%) patients had visceral disease.\n';
    assert.ok(messagesOf(doc, 'percent-of-count').some(m => /150\/320/.test(m)), messagesOf(doc, 'percent-of-count').join('\n'));
  });

  it('... but not through a sentence with a count of its own, people or not', () => {
    const doc = 'A total of 320 patients were included. Of these, 290 were treated. In all, 150 (52.0%) patients had visceral disease.\n';
    assert.deepEqual(messagesOf(doc, 'percent-of-count').filter(m => /150\/320/.test(m)), []);
  });

  it('Spanish words of enrolment state the whole: "Se incluyeron 320 pacientes."', () => {
    const doc = 'Se incluyeron 320 pacientes. La mediana de edad fue de 58 años. 150 (52,0%) pacientes tenían enfermedad visceral.\n';
    assert.ok(messagesOf(doc, 'percent-of-count').some(m => /150\/320/.test(m)), messagesOf(doc, 'percent-of-count').join('\n'));
  });
});

describe('a whole then its parts with shares that add up to 100 % (totals)', () => {
  it('"a total of 320 patients were included, 140 (43.4%) women and 183 (56.6%) men": 140 + 183 is not 320', () => {
    const doc = 'A total of 320 patients were included, 140 (43.4%) women and 183 (56.6%) men.\n';
    assert.ok(messagesOf(doc, 'totals').some(m => /140 \+ 183 = 323/.test(m)), messagesOf(doc, 'totals').join('\n'));
  });

  it('... in Spanish, "un total de" and "y"', () => {
    const doc = 'Se analizaron un total de 320 pacientes, 140 (43,4%) mujeres y 183 (56,6%) hombres.\n';
    assert.ok(messagesOf(doc, 'totals').some(m => /140 \+ 183 = 323/.test(m)), messagesOf(doc, 'totals').join('\n'));
  });

  it('shares that leave a rest, or parts said of another group, are not all of the whole', () => {
    assert.deepEqual(messagesOf('A total of 320 patients were included, 140 (43.4%) women and 100 (31.3%) smokers.\n', 'totals'), []);
    assert.deepEqual(messagesOf('A total of 320 patients were included, among responders 60 (40%) women and 90 (60%) men.\n', 'totals'), []);
  });
});

describe('a change against an old figure given as a bound, and a Dutch verb with its particle (claimed-ratio)', () => {
  it('"rose to A from more than B" with A below B is a fall', () => {
    const doc = 'Operating costs at Zentavo rose to 2.1 million euros, from more than 2.6 million euros a year earlier.\n';
    assert.ok(messagesOf(doc, 'claimed-ratio').some(m => /rose/.test(m)), messagesOf(doc, 'claimed-ratio').join('\n'));
  });

  it('... while "rose to A from more than B" with A above B, or "fell to A from more than B", may hold', () => {
    assert.deepEqual(messagesOf('Operating costs at Zentavo rose to 3.1 million euros, from more than 2.6 million euros a year earlier.\n', 'claimed-ratio'), []);
    assert.deepEqual(messagesOf('Operating costs at Zentavo fell to 2.1 million euros, from more than 2.6 million euros a year earlier.\n', 'claimed-ratio'), []);
  });

  it('"liep op tot A, van B" reads as a rise, "liep terug" as a fall', () => {
    assert.ok(messagesOf('De kosten van Zentavo liepen op tot 2,1 miljoen euro, van 2,6 miljoen euro een jaar eerder.\n', 'claimed-ratio').some(m => m.includes('\u201cliepen op\u201d')));
    assert.deepEqual(messagesOf('De kosten van Zentavo liepen terug tot 2,1 miljoen euro, van 2,6 miljoen euro een jaar eerder.\n', 'claimed-ratio'), []);
  });

  it('a hedge of another language before the new figure ("bijna") is read as one', () => {
    const f = figuresOf('De kosten bedroegen bijna 2,1 miljoen euro.\n').find(x => x.figureKind === 'money')!;
    assert.equal(f.comparator, '~');
    assert.ok(messagesOf('De kosten van Zentavo liepen op tot bijna 2,1 miljoen euro, van meer dan 2,6 miljoen euro een jaar eerder.\n', 'claimed-ratio').length > 0);
  });
});

describe('a comparative with a word of comparison for its "than" (claimed-ratio)', () => {
  it('"a 150 % more respecto a" and "higher compared with" state a relative change against the figure after them', () => {
    assert.ok(messagesOf('Zentavo facturó 2,0 millones de euros, un 150 por ciento más respecto a los 500.000 euros de 2030.\n', 'claimed-ratio').length > 0);
    assert.ok(messagesOf('Sales were $2.0 million, 150% higher compared with $500,000 a year earlier.\n', 'claimed-ratio').length > 0);
  });

  it('... and say nothing when the figures bear them out', () => {
    assert.deepEqual(messagesOf('Zentavo facturó 2,0 millones de euros, un 300 por ciento más respecto a los 500.000 euros de 2030.\n', 'claimed-ratio'), []);
  });
});

describe('a whole split into alternatives, each sized (totals)', () => {
  it('"either because of A (n = 52) or because of B (n = 31)" must add up to the whole before it', () => {
    const doc = 'Eighty patients stopped treatment, either because of toxicity (n = 52) or because of their own choice (n = 31).\n';
    assert.ok(messagesOf(doc, 'totals').some(m => /52 \+ 31 = 83/.test(m)), messagesOf(doc, 'totals').join('\n'));
    assert.deepEqual(messagesOf('Eighty patients stopped treatment, either because of toxicity (n = 52) or because of their own choice (n = 28).\n', 'totals'), []);
  });

  it('... while sized groups without "either" after a count of no total are not read as its split', () => {
    assert.deepEqual(messagesOf('Eighty patients stopped treatment, mostly because of toxicity (n = 52) and some by choice (n = 31).\n', 'totals'), []);
  });
});

describe('a p-value in brackets after its test\'s statistic, in the cell before the estimate (label units, p-value-vs-ci)', () => {
  const table = (p: string) => [
    'Outcome | Zentamab (n = 80) | Wald statistic (P value) | Odds ratio (95% CI) |',
    '---|---|---|---|',
    `Relapse | 14 | 6.20 (${p}) | 1.44 (0.91; 2.27) |`,
    'Death | 4 | 0.20 (0.65) | 1.10 (0.71; 1.70) |',
    '',
  ].join('\n');

  it('a header "statistic (P value)" makes the bracketed number its p-value', () => {
    const f = figuresOf(table('0.12'), 'markdown').find(x => x.text === '0.12')!;
    assert.equal(f.figureKind, 'pvalue');
  });

  it('... also when the interval is the text\'s last figure (a one-row table)', () => {
    const one = ['Outcome | Zentamab (n = 80) | Wald statistic (P value) | Hazard ratio (95% CI) |', '---|---|---|---|', 'Relapse | 14 | 6.20 (0.008) | 1.44 (0.91; 2.27) |', ''].join('\n');
    assert.ok(analyzeText(one, {}, 'markdown').findings.some(f => f.code === 'p-value-vs-ci'));
  });

  it('a p-value below 0.05 beside an interval that holds 1, the cells in that order, is reported', () => {
    const found = (text: string) => analyzeText(text, {}, 'markdown').findings.filter(f => f.code === 'p-value-vs-ci');
    assert.ok(found(table('0.008')).length > 0, 'found');
    assert.deepEqual(found(table('0.12')), []);
  });
});

describe('people with at least one event against the events they had (impossible-value)', () => {
  const table = (events: number) => [
    '| Outcome | Placebo: patients with one or more flares, n (%), and their events | Zentamab: patients with one or more flares, n (%), and their events |',
    '|---|---|---|',
    `| Infections | 64 (32.0%) ${events} events | 41 (20.5%) 55 events |`,
    '| Falls | 12 (6.0%) 15 events | 9 (4.5%) 9 events |',
    '',
  ].join('\n');
  const found = (text: string) => analyzeText(text, {}, 'markdown').findings.filter(f => f.code === 'impossible-value');

  it('64 people with an event cannot have had 58 events', () => {
    assert.equal(found(table(58)).length, 1);
    assert.equal(table(58).slice(found(table(58))[0].start, found(table(58))[0].end), '64');
  });

  it('... but not under a header whose threshold only begins like one ("≥10")', () => {
    assert.deepEqual(found(table(58).replace(/one or more flares/g, '≥10 flares')), []);
  });

  it('... while as many events as people, or more, are no finding', () => {
    assert.deepEqual(found(table(80)), []);
  });
});

describe('a trial\'s events in other languages, held to their order (date-inconsistent)', () => {
  it('a first patient dosed after the enrolment was completed, in Swedish', () => {
    const doc = 'Zentavo Bio AB lämnade idag en uppdatering. Första patienten i ORCA-studien doserades i november 2030, och i augusti 2030 avslutades rekryteringen.\n';
    assert.ok(messagesOf(doc, 'date-inconsistent').some(m => /augusti 2030/.test(m)), messagesOf(doc, 'date-inconsistent').join('\n'));
  });

  it('... and none when the first patient comes first', () => {
    const doc = 'Zentavo Bio AB lämnade idag en uppdatering. Första patienten i ORCA-studien doserades i maj 2030, och i augusti 2030 avslutades rekryteringen.\n';
    assert.deepEqual(messagesOf(doc, 'date-inconsistent'), []);
  });
});

describe('a share of a sum with its amount written after it (percent-of-count)', () => {
  it('"EUR 20 million, of which 55% for research (EUR 8 million)": 8 of 20 is 40 %', () => {
    const doc = 'Zentavo\'s costs were EUR 20 million, of which 55% for research (EUR 8 million).\n';
    assert.ok(messagesOf(doc, 'percent-of-count').some(m => /40\.0 %/.test(m)), messagesOf(doc, 'percent-of-count').join('\n'));
  });

  it('... in French with "dont" and "soit"; none when the share fits, or the amount is only set beside it', () => {
    assert.ok(messagesOf('Les coûts de Zentavo ont atteint 20 millions d\'euros, dont 55% pour la recherche, soit 8 millions d\'euros.\n', 'percent-of-count').length > 0);
    assert.deepEqual(messagesOf('Zentavo\'s costs were EUR 20 million, of which 40% for research (EUR 8 million).\n', 'percent-of-count'), []);
    assert.deepEqual(messagesOf('Zentavo\'s costs were EUR 20 million, of which 55% for research, EUR 8 million for sales.\n', 'percent-of-count'), []);
  });
});
