/**
 * Readings of session 63: a word of betterment ("improved", "superior", "compares favorably") set against the pair
 * of figures it speaks of, the first the group the claim is made for (claimed-ratio).
 * Every example is invented.
 */
import { strict as assert } from 'assert';
import { figuresOf, messagesOf } from '../helpers';

describe('a claim of betterment against its pair (claimed-ratio)', () => {
  const found = (text: string) => messagesOf(text, 'claimed-ratio').filter(m => m.includes('set against'));

  it('an improvement in survival whose first median is the shorter is found', () => {
    const text = 'In the Phase 3 ORCA-7 trial, Acmezumab showed an improvement in median overall survival of 9.4 months compared with 10.2 months for docetaxel.';
    assert.equal(found(text).length, 1, JSON.stringify(found(text)));
    assert.match(found(text)[0], /9\.4 months is below the 10\.2 months it is set against, and higher is better for OS/);
  });

  it('... and one whose first median is the longer is not', () => {
    assert.deepEqual(found('In the Phase 3 ORCA-7 trial, Acmezumab showed an improvement in median overall survival of 10.2 months compared with 9.4 months for docetaxel.'), []);
  });

  it('a response rate claimed superior but below its comparator is found', () => {
    const text = 'Betacept was superior in objective response rate, 31% versus 44% with standard chemotherapy.';
    assert.equal(found(text).length, 1, JSON.stringify(found(text)));
  });

  it('a pair bound to no endpoint has no known better side, and is not judged', () => {
    assert.deepEqual(found('Betacept improved tolerability, with neutropenia in 30% versus 12% of patients on chemotherapy.'), []);
  });

  it('a change joined by "to" is no pair of groups', () => {
    assert.deepEqual(found('Median progression-free survival improved from 8.0 months to 6.5 months in the updated analysis.'), []);
  });

  it('a negated claim is not judged', () => {
    assert.deepEqual(found('Gammaplex did not improve median progression-free survival, 5.1 months versus 5.6 months with placebo.'), []);
  });

  it('a contrast between the word and the pair ends its clause', () => {
    assert.deepEqual(found('Deltamab improved response rates, while median PFS was 4.0 months versus 4.4 months with placebo.'), []);
  });
});

describe('"This compares favorably with" the standard of the sentence before\u2019s shares (claimed-ratio)', () => {
  const found = (text: string) => messagesOf(text, 'claimed-ratio').filter(m => m.includes('set against'));
  const lead = (share: string) => `In the Phase 2 KESTREL study, ${share} of patients given Epsilonib reached the target blood glucose level.`;

  it('a share below the standard it is said to compare favorably with is found', () => {
    const text = `${lead('48%')} This compares favorably with the 55% seen in the historical control.`;
    assert.equal(found(text).length, 1, JSON.stringify(found(text)));
    assert.match(found(text)[0], /48% is below the 55% it is set against/);
  });

  it('... and one above it is not', () => {
    assert.deepEqual(found(`${lead('68%')} This compares favorably with the 55% seen in the historical control.`), []);
  });

  it('a share of people who reached nothing named is not judged', () => {
    assert.deepEqual(found('In the KESTREL study, 48% of patients given Epsilonib had a dose reduction. This compares favorably with the 55% seen in the historical control.'), []);
  });
});

describe('a verb of completion, a conjunction, then the future (date-inconsistent)', () => {
  const found = (text: string) => messagesOf(text, 'date-inconsistent');
  const lead = 'On May 12, 2031, Acme Bio announced top-line results from its Phase 2 study of acmezumab.';

  it('the future after "and" has its own tense: dated before the release, it is found', () => {
    const text = `${lead}\n\nThe study has enrolled patients in four countries and will support a filing in Canada, expected in 2029.`;
    assert.equal(found(text).length, 1, JSON.stringify(found(text)));
    assert.match(found(text)[0], /future tense .* dated 2029, before the release date May 12, 2031/);
  });

  it('... and dated after the release, it is not', () => {
    assert.deepEqual(found(`${lead}\n\nThe study has enrolled patients in four countries and will support a filing in Canada, expected in 2032.`), []);
  });
});

describe('a share counted over a named group, against the group\u2019s enrolment (impossible-value)', () => {
  const found = (text: string) => messagesOf(text, 'impossible-value').filter(m => m.includes('enrolled in it'));
  const enrolment = 'The Phase 2 ZEPHYR study of acmezumab has two cohorts. Twelve patients were enrolled into the kidney cohort and 30 patients were enrolled into the liver cohort.';

  it('a denominator above the cohort\u2019s enrolment is found', () => {
    const text = `${enrolment} Of the patients evaluable for response, 5 of 14 responded in the kidney cohort and 9 of 28 responded in the liver cohort.`;
    assert.equal(found(text).length, 1, JSON.stringify(found(text)));
    assert.match(found(text)[0], /^5 of 14 counts over 14 patients of the kidney cohort, more than the 12/);
  });

  it('... and denominators within their cohorts are not', () => {
    assert.deepEqual(found(`${enrolment} Of the patients evaluable for response, 5 of 11 responded in the kidney cohort and 9 of 28 responded in the liver cohort.`), []);
  });

  it('a share whose group is another cohort\u2019s name is not held to this one', () => {
    assert.deepEqual(found(`${enrolment} Of the patients evaluable for response, 5 of 14 responded in the lung cohort.`), []);
  });
});

describe('a participle of the level reached opens a change\u2019s destination (claimed-ratio)', () => {
  const found = (text: string) => messagesOf(text, 'claimed-ratio');

  it('"fell N %, standing at A compared with B" is held to A and B', () => {
    const text = 'Royalty income fell 48% in the first half of 2031, standing at EUR 41.0 million compared with EUR 52.0 million in the first half of 2030.';
    assert.equal(found(text).length, 1, JSON.stringify(found(text)));
    assert.match(found(text)[0], /EUR 52\.0 million to EUR 41\.0 million is a change of -21\.2 %/);
  });

  it('... and a size that fits them is not reported', () => {
    assert.deepEqual(found('Royalty income fell 21% in the first half of 2031, standing at EUR 41.0 million compared with EUR 52.0 million in the first half of 2030.'), []);
  });
});

describe('a table copied a cell a line: counts with their shares under "n (%)" (percent-of-count)', () => {
  const table = (placeboHeadache: string) => [
    'Table 2. Adverse events by group', '', 'Events', 'Acmezumab 10 mg', 'Placebo', 'n (%) (n = 150) (n = 148)',
    'Number of patients with any event', '120 (80.0)', '98 (66.2)',
    'Headache', '45 (30.0)', placeboHeadache,
    'Nausea', '30 (20.0)', '12 (8.1)',
    'Fatigue', '21 (14.0)', '19 (12.8)', ''].join('\n');
  const found = (text: string) => messagesOf(text, 'percent-of-count');

  it('a share no group gives, among lines that fit the groups, is found', () => {
    const text = table('33 (27.4)');
    assert.equal(found(text).length, 1, JSON.stringify(found(text)));
    assert.match(found(text)[0], /27\.4 % is no share of 33 people/);
  });

  it('... and the table as it should be holds nothing (each line\u2019s group chosen by its arithmetic)', () => assert.deepEqual(found(table('33 (22.3)')), []));

  it('the counts of the lines are counts, their shares shares, a number written with decimals no count of the label\u2019s noun', () => {
    const figs = figuresOf(table('33 (22.3)'));
    const share = figs.find(x => x.text === '80.0');
    assert.ok(share && share.figureKind === 'percent', JSON.stringify(share));
    assert.equal(figs.find(x => x.text === '120')?.figureKind, 'count');
  });
});

describe('a bare count after words that refer back, a verb between (impossible-value)', () => {
  const found = (text: string) => messagesOf(text, 'impossible-value').filter(m => m.includes('counts it among'));

  it('"davon erhielten N" counts the people before, whatever follows it', () => {
    const text = 'Die Studie schloss 84 Patienten ein; davon erhielten 91 Acmezumab.';
    assert.equal(found(text).length, 1, JSON.stringify(found(text)));
    assert.match(found(text)[0], /^91 is more than the 84/);
  });

  it('... and a count within its group is none', () => {
    assert.deepEqual(found('Die Studie schloss 84 Patienten ein; davon erhielten 51 Acmezumab.'), []);
  });
});

describe('a sum set below (or above) a period whose figure stands in brackets (claimed-ratio)', () => {
  const found = (text: string) => messagesOf(text, 'claimed-ratio').filter(m => m.includes('is said to lie'));

  it('"below the same period of 2030 (B)": a period of more words', () => {
    const text = 'Acme Bio\u2019s operating costs for the first half of 2031 were EUR 9.3 million, below the same period of 2030 (EUR 8.5 million).';
    assert.equal(found(text).length, 1, JSON.stringify(found(text)));
  });

  it('"inferiori al primo semestre 2030 (B)": a comparative with its preposition', () => {
    const text = 'I costi di Acme Bio nel primo semestre 2031 sono stati di 9,3 milioni di euro, inferiori al primo semestre 2030 (8,5 milioni di euro).';
    assert.equal(found(text).length, 1, JSON.stringify(found(text)));
    assert.deepEqual(found(text.replace('8,5 milioni', '9,8 milioni')), []);
  });
});

describe('a change whose closing date lies before its opening one (date-inconsistent)', () => {
  const found = (text: string) => messagesOf(text, 'date-inconsistent').filter(m => m.startsWith('The change runs'));

  it('"rose from $X at <date> to $Y as at <an earlier date>" is found', () => {
    const text = 'Acme Bio\u2019s cash rose 12% from $20.0 million at 31 March 2031 to $22.4 million as at 30 September 2030.';
    assert.equal(found(text).length, 1, JSON.stringify(found(text)));
    assert.match(found(text)[0], /from 31 March 2031 to 30 September 2030/);
  });

  it('... and one dated in order is not', () => {
    assert.deepEqual(found('Acme Bio\u2019s cash rose 12% from $20.0 million at 31 March 2030 to $22.4 million as at 30 September 2030.'), []);
  });

  it('a sentence of no change, its dates in any order, is not read', () => {
    assert.deepEqual(found('Acme Bio held $20.0 million at 31 March 2031 and $22.4 million as at 30 September 2030.'), []);
  });
});

describe('"In total" opening the sentence after its parts (totals)', () => {
  const found = (text: string) => messagesOf(text, 'totals').filter(m => m.includes('as the total of the sums before it'));
  const parts = 'Acme Bio\u2019s instrument sales were EUR 3.1 million last year and its reagent sales EUR 5.2 million.';

  it('a total the sums before it do not make is found', () => {
    const text = `${parts} In total, product sales rose to EUR 9.3 million.`;
    assert.equal(found(text).length, 1, JSON.stringify(found(text)));
    assert.match(found(text)[0], /EUR 3\.1 million \+ EUR 5\.2 million = EUR 8\.3 million, not the EUR 9\.3 million/);
  });

  it('... and one they make is not', () => assert.deepEqual(found(`${parts} In total, product sales rose to EUR 8.3 million.`), []));

  it('sums not named by the total\u2019s noun are no parts of it', () => {
    assert.deepEqual(found('Acme Bio\u2019s cash was EUR 3.1 million and its debt EUR 5.2 million. In total, product sales rose to EUR 9.3 million.'), []);
  });
});

describe('"This sat below <standard>" of the sentence before\u2019s figure (claimed-ratio)', () => {
  const found = (text: string) => messagesOf(text, 'claimed-ratio').filter(m => m.includes('is said ('));
  const priced = (price: string) => `Acme Bio raised $45.0 million in a 5 million share offering at ${price} per share. This, though, sat below the range of $10 to $12.`;

  it('a price inside the range it is said to be below is found, held to the price and not to the proceeds', () => {
    assert.equal(found(priced('$11')).length, 1, JSON.stringify(found(priced('$11'))));
    assert.match(found(priced('$11'))[0], /\u201c\$11\u201d is said .* to lie below \$10 to \$12, but it lies within it/);
  });

  it('... and one below it is not', () => assert.deepEqual(found(priced('$9')), []));
});
