import { strict as assert } from 'assert';
import { figuresOf, messagesOf, readingsOf } from '../helpers';

describe('readings of session 50', () => {
  describe('bare whole numbers listed after a count, each below it and together no more, are its parts', () => {
    const PARTS: [string, string[], string[]][] = [
      ['A total of 140 patients were enrolled: 100 with the mutation, 30 without it and 10 unknown.', ['100', '30', '10'], ['count 100 patients', 'count 30 patients', 'count 10 patients']],
      ['In the study, 60 patients (45 Z, 15 Q) were dosed.', ['45', '15'], ['count 45 patients', 'count 15 patients']],
      ['Of the 90 cases, with 50 in the placebo group and 40 in the zelbo group, most were mild.', ['50', '40'], ['count 50 cases', 'count 40 cases']],
      ['In all, 48 patients were treated, with 20 ABC, 18 XYZ2 and 10 other subtypes.', ['20', '18', '10'], ['count 20 patients', 'count 18 patients', 'count 10 patients']],
      ['Of the 25 patients, 12 (48%) had a complete response and 8 (32%) a partial response.', ['12', '8'], ['count 12 patients', 'count 8 patients']],
    ];
    for (const [text, written, want] of PARTS) it(text, () => assert.deepEqual(readingsOf(text, written), want));
  });

  describe('numbers that are not parts of the count before them stay as they are read', () => {
    const NOT_PARTS: [string, string[]][] = [
      // a noun right before the first number names things by their numbers
      ['Overall, 150 patients received ZB-417, an inhibitor of isoforms 1, 2 and 4.', ['1', '2', '4']],
      // a label word before it names groups
      ['We treated 120 patients in cohorts 1 and 2.', ['1', '2']],
      // the parts would add up to more than the whole
      ['In the trial, 40 patients (30 A, 25 B) were dosed.', ['30', '25']],
      // one number alone is no list of parts
      ['In the trial, 40 patients (30 women) were dosed.', ['30']],
      // a sentence ends between the count and the numbers
      ['Acme enrolled 200 patients. Sites 12 and 14 closed early.', ['12', '14']],
    ];
    for (const [text, written] of NOT_PARTS) {
      it(text, () => {
        for (const r of readingsOf(text, written)) assert.doesNotMatch(r, /patients$/, r);
      });
    }
  });
});

describe('a range in brackets after a value with its unit', () => {
  const RANGES: [string, string, string][] = [
    ['The median follow-up was 7.5 months (range 0.5-40.2).', '0.5-40.2', 'duration [0.5,40.2] months'],
    ['Median DOR was 4.2 months (IQR, 2.0-8.8).', '2.0-8.8', 'duration [2,8.8] months'],
    // (the clause names the interval's level: the range is the median's interval, session 61)
    ['The median OS (95% CI) was 11.5 mo (9.0-14.1) for zelbo.', '9.0-14.1', 'ci [9,14.1] months'],
    ['The median OS was 11.5 mo (9.0-14.1) for zelbo.', '9.0-14.1', 'other [9,14.1] months'],
    ['Median OS was 16.2 months (95% confidence interval [CI], 12.4 to not yet reached).', '95% confidence interval [CI], 12.4 to not yet reached', 'ci 12.4 months'],
  ];
  for (const [text, written, want] of RANGES) it(text, () => assert.deepEqual(readingsOf(text, [written]), [want]));
  it('a range after a value without a unit, or a range out of order, takes none', () => {
    assert.deepEqual(readingsOf('The score was 12 (range 4-30).', ['4-30']), ['other [4,30] ']);
  });
});

/** A document of a title and paragraphs. */
const doc = (title: string, ...paragraphs: string[]) => [title, '', ...paragraphs.flatMap(p => [p, ''])].join('\n');

describe('mends of session 50 (false alarms on fresh real text; each test fails on the code before the mend)', () => {
  it('proceeds that one of two lots of shares at the price makes are not held to the other lot', () => {
    const text = doc('Acme prices public offering', 'Acme today priced an offering of 1,500,000 shares of common stock at $10.00 per share. Acme sells 1,000,000 of the shares and two founders sell 500,000 shares, for gross proceeds to Acme of about $10.0 million.');
    assert.deepEqual(messagesOf(text, 'totals'), []);
    // proceeds that neither lot makes are still reported
    const wrong = messagesOf(text.replace('$10.0 million', '$12.0 million'), 'totals');
    assert.equal(wrong.length, 1, wrong.join(' | '));
    assert.match(wrong[0], /not the stated USD 12 million/);
  });

  it('a count in a sentence that opens with its whole ("Of the randomised patients, 520 ...") restates no enrolment', () => {
    const text = doc('Acme reports phase 3 ZELBO-1 results', 'ZELBO-1 is a randomised, placebo-controlled trial that enrolled 600 patients with atopic dermatitis aged 12 to 65 years.', 'Of the randomised patients, 520 patients were adults and 80 patients were adolescents.');
    assert.deepEqual(messagesOf(text, 'repeated-value'), []);
    // the same count stated as the trial's enrolment is still held to the first
    const restated = messagesOf(text.replace('Of the randomised patients, 520 patients were adults', 'The trial enrolled 520 patients'), 'repeated-value');
    assert.equal(restated.length, 1, restated.join(' | '));
  });

  it('an interval after a multiple said by a word ("nahezu verdoppelt (95 % CI ...)") is no interval of the multiple', () => {
    const text = doc('Acme: ZB-417 verdoppelt die Ansprechrate', 'In Woche 24 sprachen 60 % der Patienten unter ZB-417 an, verglichen mit 32 % unter Placebo. Damit hat sich die Rate nahezu verdoppelt (95 % CI [18,5; 37,5]; p < 0,001).');
    assert.deepEqual(messagesOf(text, 'ci-inconsistent'), []);
    // an estimate written in digits is still held to its interval
    assert.equal(messagesOf(text.replace('hat sich die Rate nahezu verdoppelt (95 %', 'betrug das Verhältnis 2 (95 %'), 'ci-inconsistent').length, 1);
  });

  it('a multiple claimed before a clause in contrast (", whereas ...") is not judged by that clause\'s figures', () => {
    const text = doc('Acme reports phase 2 data', 'Responses doubled with ZB-417 in the first cohort, whereas in the second cohort the response rate was 30.5% against 20.1% on placebo.');
    assert.deepEqual(messagesOf(text, 'claimed-ratio'), []);
    // the same figures in the claim's own clause are still judged
    const own = messagesOf(text.replace(' in the first cohort, whereas in the second cohort the response rate was', ', with response rates of'), 'claimed-ratio');
    assert.equal(own.length, 1, own.join(' | '));
  });

  it('a list led by a sentence that opens with its group ("For the high-marker group, ...:") is said of that group', () => {
    const text = doc('Acme reports phase 2 results for ZB-417',
      'The primary endpoint, time to progression (TTP), improved in the ITT population (HR=0.70; 95% CI=0.50-0.98; P=0.04). For the high-marker group, the benefit was larger:',
      '- Median OS was 8.1 months with ZB-417 and 4.0 months with placebo (HR=0.40; 95% CI=0.20-0.80)',
      '- Median TTP was 3.1 months with ZB-417 and 1.6 months with placebo (HR=0.45; 95% CI=0.21-0.96)');
    assert.deepEqual(messagesOf(text, 'repeated-value'), []);
    const hr = figuresOf(text).find(f => text.slice(f.start, f.end) === '0.45');
    assert.equal(hr?.binding.subgroup, 'high-marker group');
  });

  it('German "werden" with a participle closing its clause is the present passive, no future', () => {
    const release = (clause: string) => doc('Acme: Halbjahreszahlen', `ZUG, 20. August 2026 - ${clause}`);
    assert.deepEqual(messagesOf(release('Die Verwaltungskosten werden mit 3,1 Millionen Euro berichtet, nach 4,0 Millionen Euro im ersten Halbjahr 2025.'), 'date-inconsistent'), []);
    // the future with its infinitive is still held to the release date
    assert.equal(messagesOf(release('Die Studie wird im März 2025 beginnen.'), 'date-inconsistent').length, 1);
  });

  it('a sum after "per" ("per $1,000 principal amount") is no side of the proceeds', () => {
    const text = doc('Acme prices $300 million of convertible notes', 'Holders may convert at 8.5 shares per $1,000 principal amount. Net proceeds are expected to be about $290.0 million.');
    assert.deepEqual(messagesOf(text, 'impossible-value'), []);
  });

  it('a company value ("a total company value of $X") is no second total of the deal', () => {
    const text = doc('Beta to buy the rest of Acme Bio in $1.2 billion deal', 'Beta Pharma agreed to acquire the shares of Acme Bio it does not own for $20.00 per share in cash.', 'The deal puts the total transaction value at $1.2 billion and a total company value at $2.1 billion.');
    assert.deepEqual(messagesOf(text, 'repeated-value'), []);
  });

  it('a part of a loss is a smaller loss ("-12.4, of which the quarter -3.1")', () => {
    const text = doc('Acme AB year-end report 2025', 'Operating loss for the year was -12.4 MSEK (-30.2 MSEK), of which the fourth quarter accounted for -3.1 MSEK (-2.7 MSEK).');
    assert.deepEqual(messagesOf(text, 'impossible-value'), []);
  });

  it('a multiple of a reference or one that people had is no claimed ratio of the figures around it', () => {
    assert.deepEqual(messagesOf(doc('Acme reports phase 2 data', 'ALT fell below 1.5 x ULN in 40% of the low-dose group and 75% of the high-dose group.'), 'claimed-ratio'), []);
    assert.deepEqual(messagesOf(doc('Acme reports phase 2 data', 'In the study, 20 patients (33%) had a more than two-fold drop in the marker and 12 patients (20%) had a more than 5-fold drop.'), 'claimed-ratio'), []);
    // a multiple that compares the figures is still judged
    assert.equal(messagesOf(doc('Acme reports phase 2 data', 'Response rates were three-fold higher with ZB-417 (33% vs 20%).'), 'claimed-ratio').length, 1);
  });

  it('German "von" after a noun is its complement ("bei einem Gewinn von X"), no origin of a change', () => {
    assert.deepEqual(messagesOf(doc('Acme AG: Halbjahr', 'Der Umsatz wuchs um 8,0 Prozent auf 150,2 Millionen Euro bei einem Gewinn von 12,5 Millionen Euro.'), 'claimed-ratio'), []);
    // "auf A von B" right after one another is a change from B, still judged
    assert.equal(messagesOf(doc('Acme AG: Halbjahr', 'Der Umsatz stieg um 10,0 Prozent auf 60,0 Millionen Euro von 50,0 Millionen Euro.'), 'claimed-ratio').length, 1);
  });

  it('a time named a percentile ("at a 25th percentile of 18.2 months") is no median', () => {
    const text = doc('Acme reports long-term survival with ZB-417', 'The median overall survival with ZB-417 has not been reached in responders, at a 25th percentile of 18.2 months. In non-responders the median OS with ZB-417 was 9.4 months (95% CI 7.1, 11.0).');
    assert.deepEqual(messagesOf(text, 'repeated-value'), []);
  });

  it('French "de" after a name ("le contrat Beta de 6 ME") takes the sum as its complement, no origin of a change', () => {
    const text = doc('Acme : résultats annuels 2025', 'Le résultat opérationnel ressort à - 1,2 ME, en baisse de 3,0 ME par rapport à 2024, « grâce aux ventes qui compensent la fin du contrat Beta de 6 ME », selon la société.');
    assert.deepEqual(messagesOf(text, 'claimed-ratio'), []);
  });

  it('a period whose two ends have no year ("beginnt am 1. Oktober und endet am 31. März") may run across a new year', () => {
    const text = doc('Acme AG: Halbjahresbericht', 'Heidelberg, 10. Juli 2026 - Das Geschäftshalbjahr beginnt am 1. Oktober und endet am 31. März.');
    assert.deepEqual(messagesOf(text, 'date-inconsistent'), []);
  });

  it('an added lot of shares ("another 0.9 million shares, which would lift the proceeds to $X") is held with the first', () => {
    const text = (proceeds: string) => doc('Acme prices its IPO', `Acme sold 6.0 million shares priced at $5.00 each, a discount to its range. Its bankers can buy another 0.9 million shares, which would lift the proceeds of the offering to ${proceeds}.`);
    assert.deepEqual(messagesOf(text('$34.5m'), 'totals'), []);
    // proceeds that neither the added lot nor both lots make are still reported
    assert.equal(messagesOf(text('$40.5m'), 'totals').length, 1);
  });

  it('a per cent after "by" is the size of a change, no share of those who reached a threshold', () => {
    const text = doc('Acme reports phase 2 data', 'ZB-417 also improved vision relative to the control by 20% in patients who gained >=2 lines, by 55% in patients who gained >=3 lines and by 140% in patients who gained >=4 lines.');
    assert.deepEqual(messagesOf(text, 'impossible-value'), []);
  });

  it('a date after "within 20 business days of" is the day the length is counted from, not the event\'s', () => {
    const text = doc('Acme raises $50 million in notes', 'BOSTON, May 12, 2026 (GLOBE NEWSWIRE) -- Acme Bio announced today that it agreed to sell $50 million of convertible notes to investors.', 'The closing of the sale is expected to occur within 20 business days of May 11, 2026, subject to customary conditions.');
    assert.deepEqual(messagesOf(text, 'date-inconsistent'), []);
    // the event dated before the release itself is still reported
    assert.equal(messagesOf(text.replace('within 20 business days of May 11, 2026', 'on May 11, 2026'), 'date-inconsistent').length, 1);
  });

  it('a size beside its own sentence\'s pair ("up 25 percent from 1.6 billion won") is not held to the next sentence\'s pair', () => {
    const text = doc('Acme results', 'The company aims to reach 2.0 billion won in sales this year, up 25 percent from 1.6 billion won last year.', 'Its portfolio grew, with the number of marketed products rising from four to 9.');
    assert.deepEqual(messagesOf(text, 'claimed-ratio'), []);
  });
});
