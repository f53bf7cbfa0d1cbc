import { strict as assert } from 'assert';
import { analyzeText } from '../../server/src/analysis';

const codes = (text: string) => analyzeText(text).findings.map(f => f.code);

describe('checks', () => {
  describe('percent-of-count', () => {
    it('reports a percentage that its count does not give, with the arithmetic', () => {
      const { findings } = analyzeText('ORR was 8 of 22 patients (40%).');
      assert.equal(findings.length, 1);
      assert.equal(findings[0].code, 'percent-of-count');
      assert.equal(findings[0].severity, 'error');
      assert.match(findings[0].message, /40 % \u2260 8\/22 = 36\.4 %/);
      assert.equal(findings[0].related.length, 1);
      assert.deepEqual(findings[0].fixes[0].edits.map(e => e.newText), ['36']);
    });
    it('accepts rounding and truncation to the decimals written', () => {
      assert.deepEqual(codes('8 of 22 patients (36%) and 8/22 (36.4%) and 2/3 (66.6 %) and 2/3 (67%)'), []);
    });
    it('reads a decimal written with a raised point as a journal does ("1\u00b75%")', () => {
      assert.deepEqual(codes('Cases: 7/466 (1\u00b75%) in the control arm.'), []);
      assert.deepEqual(codes('Cases: 7/466 (2\u00b75%) in the control arm.'), ['percent-of-count']);
    });
    it('keeps the decimal comma in its fix', () => {
      const { findings } = analyzeText('8 of 22 patients (40,0 percent)');
      assert.equal(findings[0].fixes[0].edits[0].newText, '36,4');
    });
  });

  describe('impossible-value', () => {
    it('reports a response rate above 100 %', () => {
      const { findings } = analyzeText('The objective response rate (ORR) was 112 %.');
      assert.deepEqual(findings.map(f => f.code), ['impossible-value']);
      assert.match(findings[0].message, /cannot exceed 100 %/);
    });
    it('leaves growth above 100 % alone', () => {
      assert.deepEqual(codes('Revenue grew 150 % year on year.'), []);
    });
    it('reads a bare number before a response it had as a count of patients, not above their group', () => {
      // (people.json subjectVerbs: "had a complete response" and its kin make the number before them people)
      assert.deepEqual(codes('Of the 24 patients treated with zanotumab, 30 had a complete response.'), ['impossible-value']);
      assert.deepEqual(codes('Of the 24 patients treated with zanotumab, 10 had a complete response.'), []);
      assert.deepEqual(codes('Of the 24 patients treated with zanotumab, 26 had stable disease.'), ['impossible-value']);
    });
    it('reports a rate above the rate it is part of, written right after its endpoint', () => {
      const { findings } = analyzeText('The ORR was 40% and the CR rate was 45%.');
      assert.deepEqual(findings.map(f => [f.code, f.severity]), [['impossible-value', 'error']]);
      assert.match(findings[0].message, /CR 45 % is above ORR 40 %/);
      assert.deepEqual(codes('ORR was 55.6% and the disease control rate was 50.0%.'), ['impossible-value']);
      assert.deepEqual(codes('The ORR was 40% and the CR rate was 12%.'), []);
      // a control arm's rate, and a rate whose endpoint is not the one written before it
      assert.deepEqual(codes('The ORR was 40% versus 20% with docetaxel, and the CR rate was 25% versus 5%.'), []);
      assert.deepEqual(codes('The objective response rate was 31.6%, including 1 complete response, and disease control was achieved in 66.7%.'), []);
      // a CR rate above 100 % is reported once, as above 100 %
      assert.equal(analyzeText('The ORR was 96.0% and the CR rate was 112.0%.').findings.length, 1);
    });
    it('reports a p-value above 1', () => {
      assert.deepEqual(codes('The difference was significant (p = 1.3).'), ['impossible-value']);
    });
  });

  describe('mixed-micro-sign', () => {
    it('reports the minority spelling with a fix to the majority', () => {
      const { findings } = analyzeText('900 \u03bcg/kg and 450 \u00b5g/kg and 900 \u00b5g/kg');
      assert.deepEqual(findings.map(f => f.code), ['mixed-micro-sign']);
      assert.equal(findings[0].severity, 'information');
      assert.equal(findings[0].fixes[0].edits[0].newText, '\u00b5');
    });
    it('is silent when one spelling is used throughout', () => {
      assert.deepEqual(codes('900 \u00b5g/kg and 450 \u00b5g/kg'), []);
    });
  });

  describe('suppression comments and severity overrides', () => {
    const bad = 'ORR was 8 of 22 patients (40%).';
    it('a file-wide comment silences a code', () => {
      assert.deepEqual(codes(`<!-- biotech-disable percent-of-count -->\n${bad}`), []);
    });
    it('a next-line comment silences only the next line', () => {
      assert.deepEqual(codes(`[biotech-disable-next-line percent-of-count]\n${bad}\n${bad}`), ['percent-of-count']);
    });
    it('a comment for another code does not silence this one', () => {
      assert.deepEqual(codes(`<!-- biotech-disable mixed-micro-sign -->\n${bad}`), ['percent-of-count']);
    });
    it('severity can be overridden or turned off per code', () => {
      assert.equal(analyzeText(bad, { severity: { 'percent-of-count': 'warning' } }).findings[0].severity, 'warning');
      assert.deepEqual(analyzeText(bad, { severity: { 'percent-of-count': 'off' } }).findings, []);
    });
  });
});

describe('checks on intervals and survival', () => {
  it('ci-inconsistent: an estimate outside its interval is an error', () => {
    const { findings } = analyzeText('The hazard ratio was 0.81 (95% CI 0.38\u20130.69).');
    assert.deepEqual(findings.map(f => [f.code, f.severity]), [['ci-inconsistent', 'error']]);
    assert.match(findings[0].message, /0\.81 lies outside its 95 % CI 0\.38\u20130\.69/);
    assert.equal(findings[0].related.length, 1);
  });
  it('ci-inconsistent: an estimate below the lower bound of an interval open above is an error', () => {
    // each row: an invented sentence, and whether its interval is reported
    const cases: [string, boolean][] = [
      ['Median OS was 8.4 months (95% CI: 11.6, NE).', true],
      ['Median PFS was 8.4 months (95% CI 11.6\u2013NR).', true],
      ['Median OS was 13.2 months (95% CI: 11.6, NE).', false],
      ['Median OS was 11.6 months (95% CI: 11.6, NE).', false],
      ['Median OS was not reached (95% CI: 11.6, NE).', false],
    ];
    for (const [text, expected] of cases) assert.deepEqual(codes(text), expected ? ['ci-inconsistent'] : [], text);
  });
  it('ci-inconsistent: a bare range in parentheses after a ratio is its interval, also when it misses the ratio', () => {
    const cases: [string, boolean][] = [
      ['The hazard ratio for death was 0.93 (0.58\u20130.87).', true],
      ['HR: 0.93 (0.58-0.87).', true],
      ['HR: 0.73 (0.58-0.87).', false],
      // not of the ratio's scale: no interval of it
      ['HR: 0.73 (12-18).', false],
    ];
    for (const [text, expected] of cases) assert.deepEqual(codes(text), expected ? ['ci-inconsistent'] : [], text);
  });
  it('ci-inconsistent: reversed bounds are an error', () => {
    assert.deepEqual(codes('ORR 50 % (95% CI: 57.2%, 42.8%)'), ['ci-inconsistent']);
  });
  it('ci-inconsistent: a ratio far from the geometric mean of its limits is a warning', () => {
    const { findings } = analyzeText('HR 0.40 (95% CI 0.38\u20130.69)');
    assert.deepEqual(findings.map(f => [f.code, f.severity]), [['ci-inconsistent', 'warning']]);
    assert.match(findings[0].message, /\u221a\(0\.38 \u00d7 0\.69\) = 0\.51/);
  });
  it('ci-inconsistent: consistent intervals, including asymmetric percentage ones, pass', () => {
    assert.deepEqual(codes('HR 0.51 (95% CI 0.38\u20130.69). ORR 50 % (95% CI: 42.8%, 57.2%). HR 0.72 (95% CI, 0.61 to 0.86)'), []);
  });
  it('survival-logic: median PFS longer than median OS for the same arm is a warning', () => {
    const { findings } = analyzeText('With mitazalimab, median overall survival was 7.8 months and median progression-free survival was 14.9 months.');
    assert.deepEqual(findings.map(f => [f.code, f.severity]), [['survival-logic', 'warning']]);
  });
  it('survival-logic: a cohort\u2019s PFS is compared with the OS of its own sentence, not the main population\u2019s', () => {
    const text = 'With zanidatamab, median PFS was 7.4 months and median OS was 16.1 months. In a separate cohort of 38 patients, zanidatamab gave a median PFS of 6.2 months and a median OS of 5.4 months.';
    const { findings } = analyzeText(text);
    assert.deepEqual(findings.map(f => f.code), ['survival-logic']);
    assert.equal(text.slice(findings[0].start, findings[0].end), '6.2 months');
    assert.equal(text.slice(findings[0].related[0].start, findings[0].related[0].end), '5.4 months');
    assert.deepEqual(codes(text.replace('5.4 months', '9.4 months')), []);
  });
  it('a comparator\u2019s median the binding gave the drug is neither a restatement nor the drug\u2019s OS', () => {
    const drug = 'With zanidatamab, median PFS was 9.0 months and median OS was 14.9 months.';
    assert.deepEqual(codes(`${drug}\n\nStandard chemotherapy yields a median OS of 8.5 months in this setting.`), []);
    assert.deepEqual(codes(`${drug}\n\nFor comparison, patients treated with standard chemotherapy have a median overall survival of 8.5 months.`), []);
    assert.deepEqual(codes('With zanidatamab, median PFS was 9.0 months.\n\nStandard chemotherapy yields a median OS of 8.5 months.'), []);
    // the drug's own figures in a sentence that goes on to the control arm are still the drug's
    assert.deepEqual(codes('Median PFS was 13.1 months with zanidatamab versus 8.7 months with the control regimen, and median OS was 11.0 months with zanidatamab.'), ['survival-logic']);
    // a duration after "at" is the time a rate is read at, no median
    assert.deepEqual(codes('With zanidatamab, median OS was 8.2 months. PFS at 12 months was 30%.'), []);
    assert.deepEqual(codes('With zanidatamab, median OS was 8.2 months and median PFS was 12.0 months.'), ['survival-logic']);
  });
  it('survival-logic: different arms are not compared', () => {
    assert.deepEqual(codes('In the 900 \u00b5g/kg group median OS was 7.8 months. In the 450 \u00b5g/kg group median PFS was 14.9 months.'), []);
  });
});

describe('checks on claims, totals, repetitions and form', () => {
  it('claimed-ratio: a fold claim its figures do not support', () => {
    const { findings } = analyzeText('The drug showed a 7-fold improvement in ORR (36 % vs 12 %).');
    assert.deepEqual(findings.map(f => [f.code, f.severity]), [['claimed-ratio', 'warning']]);
    assert.match(findings[0].message, /36 \/ 12 = 3\.00\u00d7/);
  });
  it('claimed-ratio: "more than doubled" and "halved" against their figures', () => {
    assert.deepEqual(codes('The response rate more than doubled (48 % vs 30 %).'), ['claimed-ratio']);
    assert.deepEqual(codes('The relapse rate was halved, from 40 % to 28 %.'), ['claimed-ratio']);
  });
  it('claimed-ratio: a risk reduction that its hazard ratio does not give', () => {
    const { findings } = analyzeText('The drug reduced the risk of death by 72 % (HR 0.58; 95% CI 0.45\u20130.75).');
    assert.deepEqual(findings.map(f => f.code), ['claimed-ratio']);
    assert.match(findings[0].message, /1 \u2212 0\.58 = 42 %/);
    // the quick fix writes the reduction the hazard ratio gives, and the finding goes
    const text = 'The drug reduced the risk of death by 72 % (HR 0.58; 95% CI 0.45\u20130.75).';
    const e = findings[0].fixes[0].edits[0];
    assert.equal(e.newText, '42');
    assert.deepEqual(codes(text.slice(0, e.start) + e.newText + text.slice(e.end)), []);
  });
  it('claimed-ratio: a claim whose sentence gives only the comparator\u2019s figure, against the same endpoint in the sentence before', () => {
    const text = 'Cytokine release syndrome (CRS) occurred in 16 of 25 patients (64.0%). The rate of CRS was halved compared with the first-generation product, in which 88.0% of patients had CRS.';
    const { findings } = analyzeText(text);
    assert.deepEqual(findings.map(f => f.code), ['claimed-ratio']);
    assert.match(findings[0].message, /64 \/ 88 = 0\.73/);
    assert.deepEqual(codes(text.replace('16 of 25 patients (64.0%)', '11 of 25 patients (44.0%)')), []);
    // a sentence with no figure of its own is not paired with itself
    assert.deepEqual(codes('Cytokine release syndrome (CRS) occurred in 64.0% of patients. The rate of CRS was thus halved.'), []);
  });
  it('claimed-ratio: true claims pass', () => {
    assert.deepEqual(codes('ORR was 3-fold higher (45 % vs 15 %). The rate more than doubled (48 % vs 22 %). Risk of death was reduced by 42 % (HR 0.58). The rate was halved (40 % vs 20 %).'), []);
  });
  it('totals: upfront plus milestones against the stated total', () => {
    const { findings } = analyzeText('Acme will receive $50 million upfront and up to $900 million in milestones, for a total deal value of $1.05 billion.');
    assert.deepEqual(findings.map(f => [f.code, f.severity]), [['totals', 'error']]);
    assert.match(findings[0].message, /= USD 950 million, not the stated total USD 1\.05 billion/);
    assert.deepEqual(codes('Acme will receive $50 million upfront and up to $1 billion in milestones, for a total deal value of $1.05 billion.'), []);
  });
  it('repeated-value: a time point after a median is no second median ("alive at 18 months")', () => {
    assert.deepEqual(codes('Median OS was 9.4 months, and 31% of patients were alive at 18 months.').filter(c => c === 'repeated-value'), []);
    assert.deepEqual(codes('Median OS was 9.4 months. After 18 months of follow-up, median OS was unchanged.').filter(c => c === 'repeated-value'), []);
    // a median extended to a new value is still a median
    assert.deepEqual(codes('Median OS with Acmezumab was 9.4 months. "Extending median OS with Acmezumab to 11.2 months is a milestone," said the CEO.').filter(c => c === 'repeated-value'), ['repeated-value']);
  });
  it('impossible-value: a count of responders out of the patients enrolled is a part of them, not their population', () => {
    const doc = 'Acme Bio said AB-101 met its goal of 6 responders out of 11 patients enrolled. The trial enrolled 14 patients in three countries.';
    assert.deepEqual(codes(doc).filter(c => c === 'impossible-value'), []);
    assert.deepEqual(codes('Acme Bio said AB-101 met its goal of 6 r\u00e9pondeurs sur 11 patients inclus.').filter(c => c === 'impossible-value'), []);
  });
  it('repeated-value: the two ends of a stated change are no two statements of one median', () => {
    const rv = (t: string) => codes(t).filter(c => c === 'repeated-value');
    assert.deepEqual(rv('Median PFS with Acmezumab rose to 8.6 months from 6.2 months at the later cut-off.'), []);
    assert.deepEqual(rv('Median PFS with Acmezumab increased from 6.2 months to 8.6 months.'), []);
    assert.deepEqual(rv('Median PFS with Acmezumab was 8.6 months. Median PFS with Acmezumab was 6.2 months.'), ['repeated-value']);
  });

  it('repeated-value: a later total in an indefinite phrase is another deal', () => {
    const rv = (t: string) => codes(t).filter(c => c === 'repeated-value');
    assert.deepEqual(rv('Acme Bio licensed its antibody to Zeta Pharma in a deal worth up to $900 million. It is the second such deal for Zeta Pharma, which signed a potential $1.4 billion deal in March.'), []);
    assert.deepEqual(rv('Acme Bio licensed its antibody to Zeta Pharma in a deal worth up to $900 million. Under the agreement, the deal is worth up to $1.4 billion.'), ['repeated-value']);
  });

  it('repeated-value: a deal total stated twice differently', () => {
    assert.deepEqual(codes('A deal with a total value of $1.2 billion.\n\nThe agreement has a total value of $1.5 billion.'), ['repeated-value']);
  });
  it('repeated-value: a median for the same arm stated twice differently, but not across subgroups or follow-up', () => {
    assert.deepEqual(codes('With zanidatamab, median OS was 14.9 months. Later in the release: with zanidatamab, median OS was 15.9 months.'), ['repeated-value']);
    assert.deepEqual(codes('With zanidatamab, median OS was 14.9 months. Among patients with PD-L1 high tumours, median OS with zanidatamab was 17.1 months.'), []);
    assert.deepEqual(codes('Median OS with zanidatamab was 11.9 months at a median follow-up of 13.0 months.'), []);
  });
  it('mixed-decimal-separator: decimal comma and point in one document, with a fix to the majority', () => {
    const { findings } = analyzeText('Median OS was 14.9 months, median PFS 7.8 months and ORR 54,4 percent; 2,900 patients.');
    assert.deepEqual(findings.map(f => f.code), ['mixed-decimal-separator']);
    assert.equal(findings[0].fixes[0].edits[0].newText, '54.4');
    assert.deepEqual(codes('Median OS was 14,9 months; 2,900 patients and 1,200 sites.'), []);
    // a decimal comma with two digits in a text of points may be a thousands group with a digit lost: the message says so
    assert.match(analyzeText('Revenue was $853,000, up from $291,00; margins were 12.5% and 10.2%.').findings[0]?.message ?? '', /thousands separator with a digit lost \(291,000\)/);
    // a section's number is no decimal: "4.1.9 Overall survival" beside decimal commas
    assert.deepEqual(codes('4.1.9 Overall survival\n\nMedian OS was 14,9 months and median PFS 7,8 months.'), []);
    // a release in English, then in German: each language writes its own decimals
    const bilingual = 'Acme Bio AG reports first-half results\n\nRevenue rose to CHF 12.3 million from CHF 10.1 million, and the loss narrowed to CHF 4.2 million.\n\nAcme Bio AG meldet Halbjahreszahlen\n\nDer Umsatz stieg auf 12,3 Mio. CHF nach 10,1 Mio. CHF im Vorjahr, und der Verlust sank auf 4,2 Mio. CHF.';
    assert.deepEqual(codes(bilingual), []);
    // within one language the styles are still compared
    assert.deepEqual(codes(bilingual + '\n\nDie Kosten lagen bei 7.8 Mio. CHF und die Marge bei 4,5 Prozent, und der Cashflow bei 3,1 Mio. CHF.'), ['mixed-decimal-separator']);
  });
});

describe('checks found on the injected corpus', () => {
  it('impossible-value: more responders than patients', () => {
    assert.deepEqual(codes('Blood Phe reached the target in 24 of 20 patients.'), ['impossible-value']);
    assert.deepEqual(codes('9 patients were treated with tovarimab; 12 complete remissions were seen.'), ['impossible-value']);
    // groups counted after the responders in their sentence may be parts of them, not the population treated
    assert.deepEqual(codes('The 28 responders included 14 high-risk patients and 12 low-risk patients.'), []);
  });
  it('totals: all upfront and milestone parts against the total, with or without the other payments the paragraph states', () => {
    const deal = 'Acme receives an upfront payment of $85 million and a near-term milestone payment of $40 million, and up to $375 million in development milestones and up to $650 million in commercial milestones, for a total potential deal value of up to $1.3 billion.';
    assert.deepEqual(codes(deal), ['totals']);
    // $1.15 billion written as "$1.2 billion" is rounding, not an error
    assert.deepEqual(codes(deal.replace('$1.3 billion', '$1.2 billion')), []);
    // an equity purchase may or may not count in the total: $1.3 billion is neither $1.15 nor $1.18 billion
    const withEquity = analyzeText(deal + ' Beta will also make a $30 million equity investment.').findings;
    assert.deepEqual(withEquity.map(f => f.code), ['totals']);
    assert.match(withEquity[0].message, /nor with USD 30 million added/);
    // ... but $1.18 billion is the parts and the equity together
    assert.deepEqual(codes(deal.replace('$1.3 billion', '$1.18 billion') + ' Beta will also make a $30 million equity investment.'), []);
    // a payment named without its amount could be anything: not judged
    assert.deepEqual(codes(deal + ' Beta will also make an equity investment.'), []);
    assert.deepEqual(codes(deal + ' Beta will also make a $30 million equity investment and pay an option exercise fee.'), []);
  });
  it('totals: contingent payments are milestones in the deal\'s sum', () => {
    const deal = 'Acme receives $60 million upfront and up to $90 million in contingent near-term payments. It may receive up to $2.1 billion contingent upon development and sales events, for a total potential consideration of up to $2.25 billion.';
    assert.deepEqual(codes(deal), []);
    assert.deepEqual(codes(deal.replace('$2.1 billion', '$2.6 billion')), ['totals']);
  });
  it('totals: "consisted of" lists the parts of a sum', () => {
    assert.deepEqual(codes('Net revenue of $120.5 million consisted of product revenue of $100.2 million and license revenue of $10.3 million.'), ['totals']);
    assert.deepEqual(codes('Net revenue of $120.5 million consisted of product revenue of $110.2 million and license revenue of $10.3 million.'), []);
  });
  it('claimed-ratio: "nearly tripled, from 12 % to 20 %" read as the two figures compared', () => {
    assert.deepEqual(codes('ORR nearly tripled, from 12% to 20%.'), ['claimed-ratio']);
    assert.deepEqual(codes('ORR nearly tripled, from 12% to 33%.'), []);
  });
  it('totals: a sum and its listed components in one sentence', () => {
    const closes = analyzeText('The financing was completed in two closes: a first close of \u00a360 million in July and a second close of \u00a325 million in September, for a total of \u00a392 million.').findings;
    assert.deepEqual(closes.map(f => [f.code, f.severity]), [['totals', 'error']]);
    assert.match(closes[0].message, /GBP 60 million \+ GBP 25 million = GBP 85 million, not the stated GBP 92 million/);
    assert.equal(closes[0].related.length, 2);
    assert.deepEqual(codes('A first close of \u00a360 million and a second close of \u00a325 million, for a total of \u00a385 million.'), []);
    assert.deepEqual(codes('Total revenue was CHF 48.2 million, comprising product sales of CHF 31.5 million and collaboration revenue of CHF 14.1 million.'), ['totals']);
    // rounding of each written number is allowed
    assert.deepEqual(codes('Total revenue was CHF 45.7 million, comprising product sales of CHF 31.5 million and collaboration revenue of CHF 14.1 million.'), []);
    // "of which" names parts that may leave others out: only more than the whole is wrong
    assert.deepEqual(codes('Operating expenses were CHF 39.7 million, of which research accounted for CHF 25.8 million and administration for CHF 9.9 million.'), []);
    assert.deepEqual(codes('Operating expenses were CHF 39.7 million, of which research accounted for CHF 35.8 million and administration for CHF 9.9 million.'), ['totals']);
    // the same words in other languages: "qui incluent" (French), "setzen sich zusammen aus" (German)
    for (const [sentence, expected] of [
      ["Les produits de Quorix s'élèvent à 2,4 millions d'euros, qui incluent 1,5 million d'euros de redevances et 1,2 million d'euros de subventions.", ['totals']],
      ["Les produits de Quorix s'élèvent à 2,4 millions d'euros, qui incluent 1,5 million d'euros de redevances et 0,7 million d'euros de subventions.", []],
      ['Die Erlöse von 7,5 Mio. Euro setzen sich zusammen aus Lizenzerlösen von 4,1 Mio. Euro und Produkterlösen von 2,2 Mio. Euro.', ['totals']],
    ] as [string, string[]][]) assert.deepEqual(codes(sentence), expected, sentence);
    // a cumulative total includes earlier money the sentence does not list
    assert.deepEqual(codes('The company raised $40 million in July and $25 million in September, bringing the total raised since inception to $151 million.'), []);
    // different currencies are never added
    assert.deepEqual(codes('It raised \u00a360 million and $25 million, for a total of \u00a392 million.'), []);
  });
  it('repeated-value: a deal total restated, and enrolment restated for the same trial', () => {
    assert.deepEqual(codes('The deal has a total potential value of up to US$1.2 billion.\n\n"The US$1.5 billion agreement reflects our confidence," said the CEO.'), ['repeated-value']);
    assert.deepEqual(codes('The Phase 3 trial enrolled 45 patients.\n\nIn the Phase 3 trial, 54 patients were enrolled.'), ['repeated-value']);
    assert.deepEqual(codes('The Phase 3 trial randomized 604 patients, 302 to each arm.'), []);
  });
  it('claimed-ratio: a concluding sentence judged against the sentence before it', () => {
    assert.deepEqual(codes('Overall survival: HR 0.58 (95% CI 0.45\u20130.75). The drug thus reduced the risk of death by 72%.'), ['claimed-ratio']);
    assert.deepEqual(codes('ALP fell below 1.67 times the upper limit of normal in 40 % of patients versus 10 % on placebo.'), []);
  });
});

describe('repeated-value: enrolment, equity and durations of response', () => {
  it('a deal\u2019s total is not a quarter\u2019s revenue nor a financing\u2019s proceeds, and two deals are two totals', () => {
    assert.deepEqual(codes('Total revenue for the quarter was NOK 187.6 million.\n\nA first tranche of NOK 420 million and a second tranche of NOK 180 million, for a total of NOK 600 million.\n\nUnder the license, Fjell received NOK 150 million upfront and up to NOK 1.2 billion in milestones, for a total potential value of up to NOK 1.35 billion.'), []);
    const two = 'Two license agreements worth up to $900 million in total.\n\nUnder the first, Mistral will receive $40 million upfront and up to $560 million in milestones, for a total of up to $600 million.\n\nUnder the second, Mistral will receive $15 million upfront and up to $285 million in milestones, for a total of up to $300 million.';
    assert.deepEqual(codes(two), []);
    // one deal laid out, restated differently: still reported
    assert.deepEqual(codes('Under the agreement, Mistral will receive $40 million upfront and up to $560 million in milestones, for a total of up to $600 million.\n\n"The $700 million agreement validates our chemistry," said the CEO.'), ['repeated-value']);
  });
  it('a row of medians, one per group, is no statement of one median', () => {
    assert.deepEqual(codes('Tovarimab results\n\nThe median OS with tovarimab was 9.1 months.\n\nMedian OS with tovarimab by group, in months: 9.1, 7.4, 12.0, 5.2 and 8.8 months.'), []);
    assert.deepEqual(codes('Tovarimab results\n\nThe median OS with tovarimab was 9.1 months.\n\nLater the median OS with tovarimab was 12.0 months.'), ['repeated-value']);
  });
  it('a trial\u2019s size restated: "the trial will enroll", "a 160-patient trial", "the 321 patients of the study"', () => {
    const planned = 'The proceeds will fund a Phase 2 trial of TMS-3317 in psoriasis. The trial will enroll 140 patients across the UK and Canada.\n\n"This financing fully funds our 160-patient Phase 2 trial," said the CEO.';
    const { findings } = analyzeText(planned);
    assert.deepEqual(findings.map(f => [f.code, f.severity]), [['repeated-value', 'warning']]);
    assert.match(findings[0].message, /Enrolment in Phase 2 is stated as 160 here but 140 patients earlier/);
    assert.deepEqual(codes(planned.replace('160-patient', '140-patient')), []);
    const german = 'Die Phase-3-Studie ALPSTEIN (NCT05628155) ist abgeschlossen.\n\nIn die Studie wurden 312 Patienten mit COPD eingeschlossen. Sie wurden 1:1 auf tozanerimab oder Placebo randomisiert (jeweils 156 Patienten).\n\n\u201eDie 321 Patienten der Studie hatten h\u00e4ufige Exazerbationen\u201c, sagte die CMO.';
    assert.deepEqual(codes(german), ['repeated-value']);
    assert.deepEqual(codes(german.replace('321', '312')), []);
  });
  it('"all 421 patients in the LUMEN trial": a trial named where the word "trial" stands', () => {
    const text = 'The Phase 3 LUMEN trial randomized 412 patients to drug or placebo.\n\nAll 421 patients in the LUMEN trial had moderate disease.';
    assert.deepEqual(codes(text), ['repeated-value']);
    assert.deepEqual(codes(text.replace('421', '412')), []);
    assert.deepEqual(codes(text.replace('All 421 patients in the LUMEN trial had', 'The 300 patients in the LUMEN trial who completed week 52 had')), []);
  });
  it('trials told apart by a name the recogniser does not know, and one trial by its name and phase', () => {
    assert.deepEqual(codes('The Phase 3 FOO trial enrolled 900 patients. The Phase 3 BAR trial enrolled 750 patients.'), []);
    assert.deepEqual(codes('In the Phase 3 OCEAN study, 600 patients were randomized.\n\nOCEAN, a 660-patient Phase 3 study, met its primary endpoint.'), ['repeated-value']);
    // a subset is not the trial's size
    assert.deepEqual(codes('The Phase 2 trial enrolled 120 patients, of whom 98 were evaluable. The 98 evaluable patients in the trial had a median age of 64.'), []);
  });
  it('a conclusion\u2019s population larger than the enrolment, but not a subgroup', () => {
    const abstract = 'Methods: HERALD-L (NCT05822144) is a single-arm Phase 2 study of pelvortinib.\n\nResults: 45 patients were enrolled at 22 centers.\n\nConclusions: In 54 patients with HER2-mutant NSCLC, pelvortinib achieved durable responses.';
    assert.deepEqual(codes(abstract), ['repeated-value']);
    assert.deepEqual(codes(abstract.replace('In 54 patients', 'In 12 patients')), []);
  });
  it('stays silent on progress, planned against actual, parts, another trial, and evaluable subsets', () => {
    assert.deepEqual(codes('The Phase 2 trial has enrolled 34 patients to date. Enrollment of 90 patients in the Phase 2 trial is expected to complete in 2026.'), []);
    assert.deepEqual(codes('The Phase 3 trial enrolled 600 patients.\n\nA second Phase 3 trial will enroll 640 patients.'), []);
    assert.deepEqual(codes('The Phase 1 trial enrolled 40 patients. Part A enrolled 24 patients and Part B will enroll 60 patients.'), []);
    assert.deepEqual(codes('The Phase 3 trial randomized 450 patients. The Phase 3 trial will enroll 600 patients in its extension.'), []);
    assert.deepEqual(codes('FOO-1 (NCT01234567) enrolled 120 patients. BAR-2 (NCT07654321) enrolled 300 patients.'), []);
    assert.deepEqual(codes('The Phase 2 trial enrolled 36 patients. Among the 29 patients in the trial who were evaluable, 12 responded.'), []);
  });
  it('an equity investment restated with the definite article', () => {
    const deal = 'Kaminomiya will purchase $30 million of Cobalt Ridge common stock at a 20% premium.\n\n"Together with the $50 million equity investment, the payments extend our runway," said the CEO.';
    const { findings } = analyzeText(deal);
    assert.deepEqual(findings.map(f => f.code), ['repeated-value']);
    assert.match(findings[0].message, /The equity investment is stated as \$50 million here but \$30 million earlier/);
    assert.deepEqual(codes(deal.replace('$50 million', '$30 million')), []);
    // a second investment, not a restatement
    assert.deepEqual(codes('Acme will make a $30 million equity investment. Beta previously made a $50 million equity investment.'), []);
  });
  it('a median duration of response restated without its drug, against the only earlier one', () => {
    const text = 'With CRM-133, the median duration of CR/CRh was 11.1 months.\n\n"Remissions lasting a median of 13.1 months in this heavily pretreated population are remarkable," said the investigator.';
    const { findings } = analyzeText(text);
    assert.deepEqual(findings.map(f => f.code), ['repeated-value']);
    assert.match(findings[0].message, /Median duration of complete response is stated as 13\.1 months here but 11\.1 months earlier/);
    assert.deepEqual(codes(text.replace('13.1', '11.1')), []);
    // two earlier medians of the kind: which one is restated is unknown
    assert.deepEqual(codes('Median duration of response was 9.9 months with zanidatamab. Median duration of response was 6.1 months with tucatinib. Responses lasting a median of 7.0 months are rare.'), []);
    // a subgroup is another population
    assert.deepEqual(codes(text.replace('in this heavily pretreated population', 'in patients with TP53 mutations')), []);
  });
});

describe('totals: enrolment split into its arms or cohorts', () => {
  it('reports arms that do not add up to the enrolment, in English and German', () => {
    assert.deepEqual(codes('VEDA-1 enrolled 720 patients, randomised 2:1 to VB-1701 120 mg (n = 480) or placebo (n = 230) at weeks 0, 2, 4 and 8.'), ['totals']);
    assert.deepEqual(codes('In total, 62 patients were enrolled: 30 in cohort A and 28 in cohort B. The ORR was 33.3% (10/30) in cohort A.'), ['totals']);
    assert.deepEqual(codes('In die Studie wurden insgesamt 96 Patienten eingeschlossen: 32 mit Pankreaskarzinom, 28 mit Sarkom und 30 mit Cholangiokarzinom.'), ['totals']);
    // the count of the groups before the colon, as many as the parts, is none of the parts
    assert.deepEqual(codes('In total, 70 patients were enrolled in two cohorts: 30 with disease A and 34 with disease B.'), ['totals']);
    assert.deepEqual(codes('Insgesamt wurden 70 Patienten in zwei Kohorten eingeschlossen: 30 mit Erkrankung A und 34 mit Erkrankung B.'), ['totals']);
    // the whole introduced as the group drawn from, each part followed by a verb that assigns a treatment
    assert.deepEqual(codes('Of the 120 patients enrolled, 45 received zorvatinib at 10 mg, 40 received zorvatinib at 20 mg and 30 received placebo.'), ['totals']);
  });
  it('stays silent on labels, subsets, "each" and sums that add up', () => {
    assert.deepEqual(codes('The trial enrolled 80 patients with type 1 or type 2 HAE.'), []);
    assert.deepEqual(codes('A total of 312 participants were randomised to placebo (n = 64) or to drug 2.5, 5, 10 or 15 mg (n = 62 each).'), []);
    assert.deepEqual(codes('The trial enrolled 120 patients, including 40 with prior therapy and 20 with brain metastases.'), []);
    assert.deepEqual(codes('In total, 58 patients were enrolled: 30 in cohort A and 28 in cohort B.'), []);
    assert.deepEqual(codes('Of the 115 patients enrolled, 45 received zorvatinib at 10 mg, 40 received zorvatinib at 20 mg and 30 received placebo.'), []);
    // parts of other verbs may overlap
    assert.deepEqual(codes('Of the 120 patients enrolled, 45 had nausea, 40 had fatigue and 30 had a rash.'), []);
  });
});

describe('claimed-ratio: "X % higher" and "X % lower"', () => {
  it('reports a relative claim that neither the relative change nor the difference in points gives', () => {
    const { findings } = analyzeText('Drug A produced a 70% higher response rate (45% vs 30%).');
    assert.deepEqual(findings.map(f => f.code), ['claimed-ratio']);
    assert.match(findings[0].message, /45 vs 30 is 50\.0 % higher \(relative\) or 15 percentage points/);
    assert.deepEqual(codes('Relapses were 60% lower with drug A (18% vs 30%).'), ['claimed-ratio']);
  });
  it('accepts either reading, with rounding', () => {
    assert.deepEqual(codes('Drug A produced a 50% higher response rate (45% vs 30%).'), []);
    assert.deepEqual(codes('Drug A produced a 15% higher response rate (45% vs 30%).'), []);
    assert.deepEqual(codes('Relapses were 40% lower with drug A (18% vs 30%).'), []);
    assert.deepEqual(codes('Weight fell 15.2% more than with placebo (17.4% vs 2.2%).'), []);
    assert.deepEqual(codes('LDL cholesterol reductions of 58.6% at 20 mg and 64.2% at 40 mg versus placebo at week 12.'), []);
  });
});

describe('checks on wording found by a held-out corpus', () => {
  const codes = (text: string) => analyzeText(text).findings.map(f => f.code);

  it('claimed-ratio: "more than doubled to A from B" compares A with B', () => {
    assert.ok(codes('Net sales more than doubled to $38.6 million from $21.4 million in the prior year.').includes('claimed-ratio'));
    assert.ok(!codes('Net sales more than doubled to $48.6 million from $21.4 million in the prior year.').includes('claimed-ratio'));
    // a period's adverb between the claim and its figures
    assert.ok(codes('Net sales more than doubled year over year to $38.6 million from $21.4 million.').includes('claimed-ratio'));
    assert.ok(!codes('Net sales more than doubled year over year to $48.6 million from $21.4 million.').includes('claimed-ratio'));
  });

  it('claimed-ratio: a long risk phrase still meets its hazard ratio', () => {
    const text = 'Drugzumab reduced the risk of cardiovascular death or worsening heart failure events by 60% (HR 0.72; 95% CI 0.60-0.87).';
    assert.ok(codes(text).includes('claimed-ratio'));
  });

  it('date-inconsistent: two data cut-offs are two analyses, not a contradiction', () => {
    const text = 'At the primary analysis (data cutoff September 30, 2024), median PFS was 11.1 months. '
      + 'With six more months of follow-up (data cutoff March 31, 2025), median PFS was 11.4 months.';
    assert.ok(!codes(text).includes('date-inconsistent'));
  });

  it('landmark-vs-median: reads a German landmark rate ("12-Monats-Überlebensrate")', () => {
    const text = 'Das mediane Gesamtüberleben betrug 10,1 Monate. Die 12-Monats-Überlebensrate lag bei 54,2 %.';
    assert.ok(codes(text).includes('landmark-vs-median'));
  });
});

describe('totals: a deal told one sentence per line', () => {
  const story = (total: string, between = 'The drug is in a phase 1 trial.') =>
    `Deals of the week\nVerdant Bio said it would receive an upfront payment of $70 million from Halden Pharma.\n${between}\nVerdant could also earn up to $1.36 billion in milestone payments, and the deal is worth up to ${total} in total.\nThe shares rose.`;
  const rows: [string, string[]][] = [
    // the upfront stated alone on a line before the milestones and the total
    [story('$1.53 billion'), ['totals']],
    [story('$1.43 billion'), []],
    // a second deal on later lines, with an equity stake of its own, is judged apart
    [story('$1.53 billion') + '\nOstra Bio would receive an upfront payment of $15 million and a 10 per cent equity stake in its partner.\nIt could earn up to $800 million in milestones.', ['totals']],
    // another sum between them: the upfront may belong to another deal
    [story('$1.53 billion', 'Halden paid $25 million for another compound last year.'), []],
    // a wrap inside a sentence joins one paragraph's lines, and a deal's line before stays its own
    ['Verdant Bio said it would receive an upfront payment of $70 million from Halden Pharma\nand up to $1.36 billion in milestone payments, for a deal worth up to $1.43 billion.', []],
  ];
  for (const [text, expected] of rows) it(`${expected.length ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 150))}`, () => assert.deepEqual(codes(text).filter(c => c === 'totals'), expected));
});

describe('totals: response counts after the rate, among the group they were counted in', () => {
  const rows: [string, string[]][] = [
    ['Tovarimab showed an objective response rate of 23% in the trial.\n\nThe drug produced 9 complete responses and 24 partial responses among the 110 treated patients.', ['totals']],
    ['Tovarimab showed an objective response rate of 30% in the trial.\n\nThe drug produced 9 complete responses and 24 partial responses among the 110 treated patients.', []],
    // the sentence after speaks of another population
    ['Tovarimab showed an objective response rate of 23% in the trial.\n\nIn the biomarker-positive subgroup, the drug produced 9 complete responses and 24 partial responses among 110 patients.', []],
    // a rate after the counts keeps reading its population before them only
    ['The drug produced 9 complete responses and 24 partial responses among the 110 treated patients. In PD-L1 positive patients the objective response rate was 41%.', []],
    // in the rate's own sentence, the group named after its counts by "in": the rate and the counts were counted in it
    ['Drugamab showed an overall response rate (ORR) of 62%, including seven complete responses and 16 partial responses, in a cohort of 40 evaluable patients.', ['totals']],
    ['Drugamab showed an overall response rate (ORR) of 58%, including seven complete responses and 16 partial responses, in a cohort of 40 evaluable patients.', []],
    ['Drugamab showed an objective response rate of 35%, with four complete responses and ten partial responses, in 40 patients.', []],
    ['Drugamab showed an objective response rate of 45%, with four complete responses and ten partial responses, in 40 patients.', ['totals']],
    // counts before the rate are not the rate's: the group after them is theirs
    ['Drugamab produced four complete and ten partial responses for an objective response rate of 45% in 40 patients.', []],
  ];
  for (const [text, expected] of rows) it(`${expected.length ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 150))}`, () => assert.deepEqual(codes(text).filter(c => c === 'totals'), expected));
});

describe('totals: disjoint response categories of one population', () => {
  const rows: [string, string[]][] = [
    ['Of the 30 evaluable patients, 9 (30%) had partial responses, 17 (57%) stable disease and 5 (17%) progressive disease, for a disease control rate of 87%.', ['totals']],
    ['Of the 30 evaluable patients, 9 (30%) had partial responses, 17 (57%) stable disease and 4 (13%) progressive disease, for a disease control rate of 87%.', []],
    // two categories alone are not judged this way (their rates add up to the rate stated) ...
    ['Of the 30 evaluable patients, 60% had partial responses and 47% stable disease, for a disease control rate of 107%.', []],
    // ... but their counts, 18 + 14 = 32, are more patients than the 30 they split (enumerations)
    ['Of the 30 evaluable patients, 18 (60%) had partial responses and 14 (47%) stable disease, for a disease control rate of 107%.', ['totals']],
  ];
  for (const [text, expected] of rows) it(`${expected.length ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 150))}`, () => assert.deepEqual(codes(text).filter(c => c === 'totals').slice(0, 1), expected));
});

describe('totals: a share in words restated as a count of the people counted before it', () => {
  const rows: [string, string[]][] = [
    ['The study will enrol 136 patients. Half, 74 patients, will receive tovarimab with chemotherapy.', ['totals']],
    ['The study will enrol 136 patients. Half, 68 patients, will receive tovarimab with chemotherapy.', []],
    ['Die Studie soll 90 Patienten umfassen. Ein Drittel, 30 Patienten, erhält Placebo.', []],
    ['Die Studie soll 90 Patienten umfassen. Ein Drittel, 36 Patienten, erhält Placebo.', ['totals']],
    // an odd whole leaves a person either way
    ['The study will enrol 137 patients. Half, 69 patients, will receive tovarimab.', []],
    // another count between the whole and the share: the share is of something else
    ['The study will enrol 136 patients at 40 sites. Half, 74 patients, will be in Europe.', []],
  ];
  for (const [text, expected] of rows) it(`${expected.length ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.deepEqual(codes(text).filter(c => c === 'totals'), expected));
});
