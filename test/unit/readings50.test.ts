import { strict as assert } from 'assert';
import { figuresOf, messagesOf } from '../helpers';

/** The figures of a sentence that are written as `written`, each as "kind value unit". */
function readingsOf(text: string, written: string[]): string[] {
  const figures = figuresOf(text);
  return written.map(w => {
    const f = figures.find(x => text.slice(x.start, x.end) === w);
    return f ? `${f.figureKind} ${JSON.stringify(f.value)} ${f.unit}` : 'none';
  });
}

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
    ['The median OS (95% CI) was 11.5 mo (9.0-14.1) for zelbo.', '9.0-14.1', 'other [9,14.1] months'],
    ['Median OS was 16.2 months (95% confidence interval [CI], 12.4 to not yet reached).', '95% confidence interval [CI], 12.4 to not yet reached', 'ci 12.4 months'],
  ];
  for (const [text, written, want] of RANGES) it(text, () => assert.deepEqual(readingsOf(text, [written]), [want]));
  it('a range after a value without a unit, or a range out of order, takes none', () => {
    assert.deepEqual(readingsOf('The score was 12 (range 4-30).', ['4-30']), ['other [4,30] ']);
  });
});

describe('mends of session 50 (false alarms on fresh real text)', () => {
  it('proceeds that one of two lots of shares at the price makes are not held to the other lot', () => {
    const doc = [
      'Acme prices public offering',
      '',
      'Acme today announced the pricing of an offering of 1,500,000 shares of common stock at a price of $10.00 per share.'
        + ' The shares consist of 1,000,000 shares sold by Acme and 500,000 shares sold by existing holders, raising gross'
        + ' proceeds to Acme of approximately $10.0 million.',
      '',
    ].join('\n');
    assert.deepEqual(messagesOf(doc, 'totals'), []);
    // proceeds that neither lot makes are still reported
    const wrong = messagesOf(doc.replace('$10.0 million', '$12.0 million'), 'totals');
    assert.equal(wrong.length, 1, wrong.join(' | '));
    assert.match(wrong[0], /not the stated USD 12 million/);
  });

  it('a count in a sentence that opens with its whole ("Of the enrolled patients, 520 ...") restates no enrolment', () => {
    const doc = [
      'Acme reports phase 3 ZELBO-1 results',
      '',
      'ZELBO-1 is a randomised, placebo-controlled trial that enrolled 600 patients with atopic dermatitis aged between 12 and 65 years.',
      '',
      'Of the enrolled patients, 520 patients are aged between 18 and 65 years, with 80 patients between 12 and 17 years old.',
      '',
    ].join('\n');
    assert.deepEqual(messagesOf(doc, 'repeated-value'), []);
    // the same count stated as the trial's enrolment is still held to the first
    const restated = messagesOf(doc.replace('Of the enrolled patients, 520 patients are', 'The trial enrolled 520 patients'), 'repeated-value');
    assert.equal(restated.length, 1, restated.join(' | '));
  });

  it('an interval after a multiple said by a word ("nearly doubled (95% CI ...)") is no interval of the multiple', () => {
    const doc = [
      'Acme: ZB-417 verdoppelt die Ansprechrate',
      '',
      'In Woche 24 erreichten 60 % der Patienten unter ZB-417 den Endpunkt, verglichen mit 32 % unter Placebo. Die Ansprechrate'
        + ' hat sich fast verdoppelt (95 % CI [18,5; 37,5] bzw. p < 0,001).',
      '',
    ].join('\n');
    assert.deepEqual(messagesOf(doc, 'ci-inconsistent'), []);
    // an estimate written in digits is still held to its interval
    assert.equal(messagesOf(doc.replace('hat sich fast verdoppelt (95 %', 'betrug 2 (95 %'), 'ci-inconsistent').length, 1);
  });

  it('a multiple claimed before a clause in contrast (", while ...") is not judged by that clause\'s figures', () => {
    const doc = [
      'Acme reports phase 2 data',
      '',
      'ZB-417 was twice as effective as placebo in cohort A, while its response rate in cohort B was 30.5% vs placebo at 20.1%.',
      '',
    ].join('\n');
    assert.deepEqual(messagesOf(doc, 'claimed-ratio'), []);
    // the same figures in the claim's own clause are still judged
    const own = messagesOf(doc.replace(' in cohort A, while its response rate in cohort B was', ', with response rates of'), 'claimed-ratio');
    assert.equal(own.length, 1, own.join(' | '));
  });

  it('a list led by a sentence that opens with its group ("In the high-marker cohort, ...:") is said of that group', () => {
    const doc = [
      'Acme reports phase 2 results for ZB-417',
      '',
      'The primary endpoint, time to progression (TTP), improved in the ITT population (HR=0.70; 95% CI=0.50-0.98; P=0.04).'
        + ' In the high-marker cohort, there were larger improvements in TTP and OS:',
      '',
      '- Median OS was 8.1 months with ZB-417 and 4.0 months with placebo (HR=0.40; 95% CI=0.20-0.80)',
      '',
      '- Median TTP was 3.1 months with ZB-417 and 1.6 months with placebo (HR=0.45; 95% CI=0.21-0.96)',
      '',
    ].join('\n');
    assert.deepEqual(messagesOf(doc, 'repeated-value'), []);
    const hr = figuresOf(doc).find(f => doc.slice(f.start, f.end) === '0.45');
    assert.equal(hr?.binding.subgroup, 'high-marker cohort');
  });

  it('German "wird" with a participle closing its clause is the present passive, no future', () => {
    const doc = (clause: string) => ['Acme: Halbjahreszahlen', '', `ZUG, 20. August 2026 - ${clause}`, ''].join('\n');
    assert.deepEqual(messagesOf(doc('Der Aufwand wird auf 12,4 Millionen Franken beziffert, das sind 2 Millionen weniger als im ersten Semester 2025.'), 'date-inconsistent'), []);
    // the future with its infinitive is still held to the release date
    assert.equal(messagesOf(doc('Die Studie wird im März 2025 beginnen.'), 'date-inconsistent').length, 1);
  });

  it('a sum after "per" ("per $1,000 principal amount") is no side of the proceeds', () => {
    const doc = [
      'Acme prices $300 million of convertible notes',
      '',
      'The initial conversion rate is 8.0 shares per $1,000 principal amount of notes. Net proceeds from the offering will be'
        + ' about $290.0 million.',
      '',
    ].join('\n');
    assert.deepEqual(messagesOf(doc, 'impossible-value'), []);
  });

  it('a company value ("a total company value of $X") is no second total of the deal', () => {
    const doc = [
      'Beta to buy the rest of Acme Bio in $1.2 billion deal',
      '',
      'Beta Pharma announced an agreement to acquire the remaining stake in Acme Bio for $20.00 per share in cash.',
      '',
      'The total transaction value of the deal will be $1.2 billion, and a total company value will be $2.1 billion.',
      '',
    ].join('\n');
    assert.deepEqual(messagesOf(doc, 'repeated-value'), []);
  });

  it('a part of a loss is a smaller loss ("-2.0, of which the quarter -1.1")', () => {
    const doc = [
      'Acme AB bokslutskommuniké 2025',
      '',
      'Rörelseresultatet för perioden uppgick till -12,4 Mkr (-30,2 Mkr) varav fjärde kvartalet utgjorde -3,1 Mkr (-2,7 Mkr).',
      '',
    ].join('\n');
    assert.deepEqual(messagesOf(doc, 'impossible-value'), []);
  });

  it('a multiple of a reference or one that people had is no claimed ratio of the figures around it', () => {
    const doc = (sentence: string) => ['Acme reports phase 2 data', '', sentence, ''].join('\n');
    assert.deepEqual(messagesOf(doc('On ZB-417, 40% of patients in the 5 mg and 75% in the 10 mg group had ALP values < 1.5 x ULN.'), 'claimed-ratio'), []);
    assert.deepEqual(messagesOf(doc('In all, 20 of 60 patients (33%) had a greater than two-fold drop in the marker, including 12/60 patients (20%) with a greater than 5-fold drop.'), 'claimed-ratio'), []);
    // a multiple that compares the figures is still judged
    assert.equal(messagesOf(doc('Response rates were three-fold higher with ZB-417 (33% vs 20%).'), 'claimed-ratio').length, 1);
  });

  it('German "von" after a noun is its complement ("ein Reingewinn von X"), no origin of a change', () => {
    const doc = (sentence: string) => ['Acme AG: Halbjahr', '', sentence, ''].join('\n');
    assert.deepEqual(messagesOf(doc('Bei einem Umsatzanstieg um 8,0 Prozent auf 150,2 Millionen Franken resultierte ein Reingewinn von 12,5 Millionen Franken.'), 'claimed-ratio'), []);
    // "auf A von B" right after one another is a change from B, still judged
    assert.equal(messagesOf(doc('Der Umsatz stieg um 10,0 Prozent auf 60,0 Millionen Franken von 50,0 Millionen Franken.'), 'claimed-ratio').length, 1);
  });
});
