/**
 * Readings of session 66: an interval in the cell after its estimate, whatever column a shifted copy put it under; a
 * share written with decimals alone under a count-and-share label; more words that declare per cents.
 * Every example is invented.
 */
import { strict as assert } from 'assert';
import { analyzeText } from '../../server/src/analysis';
import type { FigureEntity } from '../../server/src/analysis/model';
import { INTERVAL_AFTER_ESTIMATE } from '../../server/src/analysis/labelUnits';
import { messagesOf } from '../helpers';

const figures = (doc: string) => analyzeText(doc, {}, 'markdown').model.entities.filter((e): e is FigureEntity => e.kind === 'figure');
const at = (doc: string, text: string) => figures(doc).find(f => f.text === text)!;

describe('an interval in the cell after its estimate (label units)', () => {
  it('a row that declares months over a hazard ratio and its interval: the range is the ratio\'s interval, not a span of months', () => {
    const doc = [
      '| Endpoint | Zelbotinib (n=90) | Placebo (n=88) | HR | 95% CI | P |',
      '|---|---|---|---|---|---|',
      '| Median PFS, months | 7.4 | 3.9 | 0.61 | 0.44 to 0.83 | 0.002 |',
    ].join('\n');
    const ci = at(doc, '0.44 to 0.83');
    assert.equal(ci.figureKind, 'ci');
    assert.equal(ci.unit, 'HR');
    assert.equal(ci.level, 95);
    assert.equal(at(doc, '7.4').unit, 'months');
  });

  it('a copy that shifted the row one cell left of its heads: the interval still follows its estimate', () => {
    const doc = [
      '| Analysis | Drug | Placebo | HR | OR | 95% CI | P |',
      '|---|---|---|---|---|---|---|',
      '| Sensitivity analysis | 40/120 | 30/60 | 0.72 | 0.50 to 0.98 | 0.04 | |',
    ].join('\n');
    const ci = at(doc, '0.50 to 0.98');
    assert.equal(ci.figureKind, 'ci');
    assert.ok(ci.reading?.startsWith(INTERVAL_AFTER_ESTIMATE), ci.reading);
  });

  it('a share\'s interval in the next cell, the share in brackets after its count', () => {
    const doc = [
      '| Subgroup | n/N (%) | 95% CI | | |',
      '|---|---|---|---|---|',
      '| Biomarker high | Cohort B | 9/30 (30.0) | 14.7 to 49.4 | |',
    ].join('\n');
    const ci = at(doc, '14.7 to 49.4');
    assert.equal(ci.figureKind, 'ci');
    assert.equal(ci.unit, '%');
  });

  it('a range that does not hold the figure before it, or a table that names no interval, is left alone', () => {
    const outside = [
      '| Endpoint | Arm A | HR | 95% CI |',
      '|---|---|---|---|',
      '| Response | 0.61 | 1.20 to 1.90 | |',
    ].join('\n');
    assert.notEqual(at(outside, '1.20 to 1.90').figureKind, 'ci');
    const noLevel = [
      '| Measure | Arm A | Range |',
      '|---|---|---|',
      '| Dose intensity | 0.8 | 0.5 to 1.0 |',
    ].join('\n');
    assert.notEqual(at(noLevel, '0.5 to 1.0').figureKind, 'ci');
  });

  it('a range with more in its cell (an estimate with its own interval in brackets) is no interval of the cell before', () => {
    const doc = [
      '| Outcome | Drug | Placebo | Ratio | 95% CI |',
      '|---|---|---|---|---|',
      '| Events | 30 (80%) | 25 (70%) | 0–75 (0.60–1.10) | |',
    ].join('\n');
    assert.notEqual(at(doc, '0–75').figureKind, 'ci');
  });
});

describe('a share written with decimals alone under a count-and-share label (label units)', () => {
  it('"23.5" alone under "Patients (%)" is a per cent: no count has decimals', () => {
    const doc = ['| Event | Patients (%) |', '|---|---|', '| Headache | 23.5 |', '| Cough | 7 (14.0) |'].join('\n');
    const share = at(doc, '23.5');
    assert.equal(share.figureKind, 'percent');
    assert.equal(at(doc, '7').figureKind, 'count');
  });

  it('a whole number alone, or a number below one, is left as it is', () => {
    const doc = ['| Event | Patients (%) |', '|---|---|', '| Headache | 12 |', '| Cough | 0.42 |'].join('\n');
    assert.notEqual(at(doc, '12').figureKind, 'percent');
    assert.notEqual(at(doc, '0.42').figureKind, 'percent');
  });
});

describe('words that declare per cents (labelUnits.json)', () => {
  for (const head of ['Porcentaje', 'Percentuale', 'Pct.']) {
    it(`"${head}" over a column of numbers declares per cents`, () => {
      const doc = [`| Grupo | ${head} |`, '|---|---|', '| A | 41.5 |', '| B | 12 |'].join('\n');
      assert.equal(at(doc, '41.5').figureKind, 'percent');
      assert.equal(at(doc, '12').figureKind, 'percent');
    });
  }
});

describe('a prior period\'s number in brackets after a sum (figures)', () => {
  it('the reading names the scale as written, a million, not a float\'s remainder', () => {
    const doc = 'Rörelseresultatet blev -45,2 MSEK (-38,9) under kvartalet.';
    const prior = figures(doc).find(f => f.text.includes('38,9'))!;
    assert.equal(prior.value, -38_900_000);
    assert.ok(prior.reading?.includes('scale 1000000)'), prior.reading);
  });
});

describe('a spread in brackets after a measure or a count written with its unit (link: complete figures)', () => {
  it('"(range, 2-9)" after "5 infusions" is a count of infusions; "(IQR 48-70)" after an age is in years', () => {
    const cycles = figures('Participants had a median of 5 infusions (range, 2-9) before stopping.').find(f => f.text === '2-9')!;
    assert.equal(cycles.figureKind, 'count');
    assert.equal(cycles.unit, 'infusions');
    const age = figures('The median age was 59 years (IQR 48-70) across sites.').find(f => f.text === '48-70')!;
    assert.equal(age.unit, 'years');
  });

  it('a bare range in brackets after a count, no spread named, is left alone', () => {
    const f = figures('They received 5 infusions (2-9) in the first phase.').find(x => x.text === '2-9')!;
    assert.notEqual(f.unit, 'infusions');
  });
});

describe('the size of a gain after a word of betterment (claimed-ratio)', () => {
  it('"improved median survival by 2.5 months (11.0 vs 8.5 months)" is no claim that 2.5 months beat 11.0 months', () => {
    const doc = 'Zelbotinib improved median overall survival by 2.5 months compared with placebo (11.0 months versus 8.5 months).';
    assert.deepEqual(messagesOf(doc, 'claimed-ratio'), []);
  });

  it('a gain that the two medians do not make is still reported, on its size', () => {
    const doc = 'Zelbotinib improved median overall survival by 4.0 months compared with placebo (11.0 months versus 8.5 months).';
    const found = messagesOf(doc, 'claimed-ratio');
    assert.equal(found.length, 1, found.join(' | '));
    assert.match(found[0], /differ by 2\.5 months/);
  });
});

describe('a change from one share to another and its size in points after it (claimed-ratio)', () => {
  it('"fell from 22.0% to 14.0%, a decrease of 12.0 percentage points" is 8.0 points, and an adjective may stand before the noun', () => {
    assert.equal(messagesOf('The relapse rate fell from 22.0% to 14.0%, a decrease of 12.0 percentage points.', 'claimed-ratio').length, 1);
    assert.equal(messagesOf('Zelbotinib cut the relapse rate from 22.0% to 14.0%, an absolute reduction of 12.0 percentage points.', 'claimed-ratio').length, 1);
    assert.deepEqual(messagesOf('The relapse rate fell from 22.0% to 14.0%, an absolute reduction of 8.0 percentage points.', 'claimed-ratio'), []);
  });
});

describe('a difference named as absolute, then the two rates it is between (totals)', () => {
  it('"the absolute risk reduction was 9.0 percentage points (22.0% vs 14.0%)" is 8.0 points', () => {
    assert.equal(messagesOf('The absolute risk reduction was 9.0 percentage points (22.0% vs 14.0%).', 'totals').length, 1);
    assert.deepEqual(messagesOf('The absolute risk reduction was 8.0 percentage points (22.0% vs 14.0%).', 'totals'), []);
  });

  it('a relative reduction before the pair is a ratio, not judged as a difference', () => {
    assert.deepEqual(messagesOf('The relative risk reduction was 36% (22.0% vs 14.0%).', 'totals'), []);
  });

  it('"ARR" labelling a figure in the list of statistics after the two rates', () => {
    const doc = 'Events were fewer with zelbotinib [14 (7.0%) vs. 30 (15.0%), RR 0.47, 95% CI 0.26-0.85, p = 0.01, ARR 10.0%, NNT 13].';
    assert.equal(messagesOf(doc, 'totals').length, 1);
    assert.deepEqual(messagesOf(doc.replace('ARR 10.0%', 'ARR 8.0%'), 'totals'), []);
  });
});

describe('a "from" that also means "of" after an indefinite article (claimed-ratio)', () => {
  it('"unas ventas de 90 millones ... y también un margen operativo de 20 millones, un aumento del 15%" compares no two sums', () => {
    const doc = 'Zentavo espera unas ventas de 90 millones euros y también un margen operativo de 20 millones, un aumento del 15,0%.';
    assert.deepEqual(messagesOf(doc, 'claimed-ratio'), []);
  });
});

describe('an offering\'s shares, price and proceeds (totals)', () => {
  it('a bracketed aside between the shares and their price does not put the price out of reach', () => {
    const doc = 'Acme Bio sold 2,000,000 new shares to one fund (some of them as warrants that can be exercised at once) at a price per share of $4.00. The gross proceeds to Acme Bio were approximately $9.0 million.';
    const found = messagesOf(doc, 'totals');
    assert.equal(found.length, 1, found.join(' | '));
    assert.deepEqual(messagesOf(doc.replace('$9.0 million', '$8.0 million'), 'totals'), []);
  });

  it('a qualified subject, "The aggregate gross proceeds", names the proceeds of the sentence before\'s shares', () => {
    const doc = 'Acme Bio also sold 1,000,000 shares to a second fund at $5.00 per share. The aggregate gross proceeds of that sale came to about $6.0 million.';
    assert.equal(messagesOf(doc, 'totals').length, 1);
    assert.deepEqual(messagesOf(doc.replace('$6.0 million', '$5.0 million'), 'totals'), []);
  });
});

describe('a column of shares of one group, its size unstated or misstated (percent-of-count)', () => {
  const table = (rows: string[], head = '| Event | Zelbotinib, n (%) |') => [head, '|---|---|', ...rows].join('\n');
  // each a share of 120: 12 (10.0), 30 (25.0), 9 (7.5), 42 (35.0), 18 (15.0)
  const ofOneHundredTwenty = ['| Fatigue | 12 (10.0) |', '| Cough | 30 (25.0) |', '| Rash | 9 (7.5) |', '| Fever | 42 (35.0) |', '| Nausea | 18 (15.0) |'];

  it('a share the size every other share of its column gives does not give is reported, with that size', () => {
    const found = analyzeText(table([...ofOneHundredTwenty, '| Headache | 24 (26.0) |']), {}, 'markdown').findings.filter(f => f.code === 'percent-of-count');
    assert.equal(found.length, 1, found.map(f => f.message).join(' | '));
    assert.match(found[0].message, /24\/120 = 20/);
  });

  it('a share a few patients off (another set for one outcome), or shares that agree on no one size, are left alone', () => {
    const near = analyzeText(table([...ofOneHundredTwenty, '| Headache | 24 (21.2) |']), {}, 'markdown').findings.filter(f => f.code === 'percent-of-count');
    assert.deepEqual(near.map(f => f.message), []);
    const mixed = ['| A | 12 (10.0) |', '| B | 30 (30.0) |', '| C | 9 (4.5) |', '| D | 42 (35.0) |', '| E | 18 (9.0) |', '| F | 24 (48.0) |'];
    assert.deepEqual(analyzeText(table(mixed), {}, 'markdown').findings.filter(f => f.code === 'percent-of-count').map(f => f.message), []);
  });

  it('a header\'s size that none of its column\'s shares give, where they all agree on another far from it, is reported on the header', () => {
    const found = analyzeText(table(ofOneHundredTwenty, '| Event, n (%) | Zelbotinib (n = 210) |'), {}, 'markdown').findings.filter(f => f.code === 'percent-of-count');
    assert.ok(found.some(f => /n = 210 is not the group/.test(f.message)), found.map(f => f.message).join(' | '));
    const close = analyzeText(table(ofOneHundredTwenty, '| Event, n (%) | Zelbotinib (n = 124) |'), {}, 'markdown').findings.filter(f => /is not the group/.test(f.message));
    assert.deepEqual(close.map(f => f.message), []);
  });
});

describe('dated events in Portuguese, Italian and Dutch, and a gloss in brackets in the object (date-inconsistent)', () => {
  const dated = (s: string) => messagesOf(`date 2031-03-10 Zentavo reached a milestone.\n\n${s}\n`, 'date-inconsistent');
  it('a done verb of each language, its date after the release, is reported; before it, not', () => {
    assert.equal(dated('A Zentavo assinou um acordo de licença em 2033.').length, 1);
    assert.equal(dated('Zentavo ha firmato un accordo di licenza nel 2033.').length, 1);
    assert.equal(dated('Zentavo heeft getekend voor een licentie in 2033.').length, 1);
    assert.deepEqual(dated('A Zentavo assinou um acordo de licença em 2029.'), []);
  });

  it('a Dutch clause made future by "vermoedelijk", dated before the release, is reported', () => {
    assert.equal(dated('Het agentschap beslist vermoedelijk in 2029 over de aanvraag.').length, 1);
    assert.deepEqual(dated('Het agentschap beslist vermoedelijk in 2032 over de aanvraag.'), []);
  });

  it('a short gloss in brackets in the object leaves the verb dating the event', () => {
    assert.equal(dated('It could be the group\'s third drug, after having launched Betavir (hepatitis) in 2033.').length, 1);
  });
});

describe('a bracketed aside between a whole and its "of which" (totals)', () => {
  it('"EUR 30 million (half of the raise) of which EUR 12 million ... and EUR 20 million ..." adds up to more than its whole', () => {
    const doc = 'The two investors subscribed for a total of EUR 30,000,000.00 (about half of the capital increase) of which EUR 12,000,000.00 was paid by set-off and EUR 20,000,000.00 in cash.';
    assert.equal(messagesOf(doc, 'totals').length, 1);
    assert.deepEqual(messagesOf(doc.replace('20,000,000.00', '18,000,000.00'), 'totals'), []);
  });
});

describe('a report on a period, named in the head of a page without a dateline (date-inconsistent)', () => {
  const page = (line: string) => `Quarterly report 1 July \u2013 30 September 2031\n\nZentavo Bio, pipeline\n- ${line}\n`;
  it('a clause still to come dated before the period ends is reported', () => {
    const found = messagesOf(page('The filing of the application is expected in the first half of 2031.'), 'date-inconsistent');
    assert.equal(found.length, 1, found.join(' | '));
    assert.match(found[0], /report on 1 July . 30 September 2031/);
  });

  it('one dated after it, or a page whose head names no report, is left alone', () => {
    assert.deepEqual(messagesOf(page('The filing of the application is expected in the first half of 2032.'), 'date-inconsistent'), []);
    assert.deepEqual(messagesOf('Pipeline update 1 July \u2013 30 September 2031\n\n- The filing of the application is expected in the first half of 2031.\n', 'date-inconsistent'), []);
  });
});

describe('a season of a year, and the compound past of the Romance languages (figures, date-inconsistent)', () => {
  it('"autumn 2031", "im Herbst 2031", "otoño de 2031" are the months the season spans', () => {
    for (const [doc, text] of [['The study will start in autumn 2031.', 'autumn 2031'], ['Die Studie soll im Herbst 2031 beginnen.', 'Herbst 2031'], ['El estudio comenzará en otoño de 2031.', 'otoño de 2031']]) {
      const f = figures(doc).find(x => x.figureKind === 'date')!;
      assert.equal(f.text, text);
      assert.equal(f.iso, '2031-09');
      assert.equal(f.reading, 'a span of months, to 11');
    }
  });

  it('"spring" without a year after it is no date', () => {
    assert.ok(!figures('The spring meeting was moved.').some(f => f.figureKind === 'date'));
  });

  it('"ont été présentés", "ha presentado" date an event as done, after the release', () => {
    const dated = (s: string) => messagesOf(`date 2031-03-10 Zentavo annonce.\n\n${s}\n`, 'date-inconsistent');
    assert.equal(dated('Les données ont été publiées le 4 mai 2031.').length, 1);
    assert.equal(dated('Zentavo ha presentado los resultados el 4 de mayo de 2031.').length, 1);
    assert.deepEqual(dated('Les données ont été publiées le 4 janvier 2031.'), []);
  });
});

describe('a whole split between parts with long labels, in Spanish too (totals)', () => {
  it('"repartidos entre" opens the parts of the whole, each label as long as a clause', () => {
    const doc = 'Los costes extraordinarios suman 18,4 millones de euros, repartidos entre la reorganización de la red comercial en tres países (7 millones de euros), el cierre de dos plantas de producción y la venta de un almacén regional en el norte (6,3 millones) y otros costes (2,1 millones de euros).';
    const found = messagesOf(doc, 'totals');
    assert.equal(found.length, 1, found.join(' | '));
    assert.deepEqual(messagesOf(doc.replace('(6,3 millones)', '(9,3 millones)'), 'totals'), []);
  });
});

describe('Portuguese counts of people (figures)', () => {
  it('"doentes" and "participantes" count patients and participants', () => {
    const fs = figures('O ensaio incluiu 120 doentes e 40 participantes saudáveis.');
    assert.equal(fs.find(f => f.text.startsWith('120'))!.unit, 'patients');
    assert.equal(fs.find(f => f.text.startsWith('40'))!.unit, 'participants');
  });
});
