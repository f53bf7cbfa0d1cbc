/**
 * Claims: what each figure measures, read from the noun phrase the text ties it to, and the values
 * its written form allows. Every sentence here is invented.
 */
import { strict as assert } from 'assert';
import { analyzeText } from '../../server/src/analysis';
import { claimsOf } from '../../server/src/analysis/claims';
import { messagesOf } from '../helpers';

function claimOf(text: string, figure: string) {
  const { model } = analyzeText(text);
  const c = claimsOf(model).find(x => model.text.slice(x.figure.start, x.figure.end) === figure);
  assert.ok(c, `no claim for "${figure}" in: ${claimsOf(model).map(x => model.text.slice(x.figure.start, x.figure.end)).join(' | ')}`);
  return c;
}

describe('claims: the measure of a figure', () => {
  // each row: a sentence, a figure in it, the measure as written (undefined: none), and whether it is specific
  const rows: [string, string, string | undefined, boolean][] = [
    ['Acme reported a net revenue of $41.3 million.', '$41.3 million', 'net revenue', true],
    ['Acme reported net revenue of approximately $41.3 million.', 'approximately $41.3 million', 'net revenue', true],
    ['Die Gamma AG meldete einen Nettoumsatz von rund 12 Mio. Euro.', 'rund 12 Mio. Euro', 'Nettoumsatz', true],
    ['La société dispose d\u2019une trésorerie de 17,4 M€.', '17,4 M€', 'trésorerie', true],
    ['Acme will receive a $7 million upfront payment and equity.', '$7 million', 'upfront payment', true],
    ['Acme will receive $7 million in upfront payments.', '$7 million', 'upfront payments', true],
    ['Acme Bio is running a 36-week extension study of the drug.', '36-week', 'extension study', true],
    // a period after the measure qualifies it and is no part of its name; a linker is a word of its own ("quarter was", not "quart" + "er")
    ['Net revenue for the third quarter was $41.3 million.', '$41.3 million', 'Net revenue', true],
    // a comma right before the level a change reaches sets the level apart: no clause of another subject
    ['For the year, total revenue grew about 45%, to $9.4 million from $6.5 million.', '$9.4 million', 'total revenue', true],
    ['Product revenue in 2025 was $8.2 million.', '$8.2 million', 'Product revenue', true],
    ['Der Nettoumsatz im dritten Quartal betrug 12 Mio. Euro.', '12 Mio. Euro', 'Nettoumsatz', true],
    // the level a change reaches measures the change's subject; the level it starts from is another period's
    ['Operating profit increased by 12% to EUR 8.6 million.', 'EUR 8.6 million', 'Operating profit', true],
    ['Das Betriebsergebnis stieg um 12 Prozent auf 8,6 Mio. Euro.', '8,6 Mio. Euro', 'Betriebsergebnis', true],
    ['Operating profit rose from EUR 7.2 million to EUR 8.6 million.', 'EUR 7.2 million', undefined, false],
    // an elliptical clause after a comma has a subject of its own
    ['Der operative Verlust stieg von 3,1 auf 6,2 Millionen Euro, der Konzernverlust von 4,4 auf 7,7 Millionen Euro.', '7,7 Millionen Euro', undefined, false],
    // an elided "de" joins two nouns into one name; an elided article opens the phrase
    ["Acme Bio a réalisé un chiffre d'affaires de 48,2 M€.", '48,2 M€', "chiffre d'affaires", true],
    // a count of people with a qualifier names the group it counts
    ['The ORR was 41% in 27 evaluable patients.', '27 evaluable patients', 'evaluable patients', true],
    ['Die Studie umfasst 27 auswertbare Patienten.', '27 auswertbare Patienten', 'auswertbare Patienten', true],
    // a linker's verb before its subject is no part of the measure
    ['Under perioden uppgick nettoomsättningen till 55,3 MSEK.', '55,3 MSEK', 'nettoomsättningen', true],
    // a bare or vague noun names no specific measure
    ['The total was $7 million.', '$7 million', 'total', false],
    ['Acme raised $7 million.', '$7 million', undefined, false],
  ];
  for (const [text, figure, label, specific] of rows) {
    it(`${figure} in: ${text}`, () => {
      const c = claimOf(text, figure);
      assert.equal(c.measure?.label, label);
      if (label !== undefined) assert.equal(c.measure?.specific, specific);
    });
  }
  it('an endpoint binding is the measure', () => {
    assert.equal(claimOf('Tovarimab gave an ORR of 42 % in the trial.', '42 %').measure?.key, 'endpoint:ORR');
  });
  it('a trial and a study are one measure', () => {
    const a = claimOf('Acme runs a 36-week extension trial.', '36-week').measure?.key;
    const b = claimOf('Acme runs a 36-week extension study.', '36-week').measure?.key;
    assert.equal(a, b);
  });
});

describe('claims: the interval and the figure compared with', () => {
  // each row: a sentence, a figure, its interval as written, the figure it is compared with
  const rows: [string, string, string | undefined, string | undefined][] = [
    ['Median PFS was 7.4 months (95% CI 6.1\u20138.8) versus 4.9 months (95% CI 3.9\u20135.7) with placebo.', '7.4 months', '95% CI 6.1\u20138.8', '4.9 months'],
    ['Median PFS was 7.4 months (95% CI 6.1\u20138.8) versus 4.9 months (95% CI 3.9\u20135.7) with placebo.', '4.9 months', '95% CI 3.9\u20135.7', undefined],
    ['The ORR was 42% with tovarimab vs. 18% with placebo.', '42%', undefined, '18%'],
    // another kind of figure after "versus" is no comparison
    ['The ORR was 42% versus a median of 4.9 months in the other study.', '42%', undefined, undefined],
    // a figure after words that compare nothing
    ['The ORR was 42% and the DCR was 68%.', '42%', undefined, undefined],
  ];
  for (const [text, figure, interval, compared] of rows) {
    it(`${figure} in: ${text}`, () => {
      const c = claimOf(text, figure);
      const { model } = analyzeText(text);
      const written = (f: { start: number; end: number } | undefined) => f ? model.text.slice(f.start, f.end) : undefined;
      assert.equal(written(c.interval), interval);
      assert.equal(written(c.comparedWith), compared);
    });
  }
});

describe('claims: the values a written figure allows', () => {
  const rows: [string, string, number, number][] = [
    ['The net revenue was $41.3 million.', '$41.3 million', 41.25e6, 41.35e6],
    ['The cash position was EUR 12 million.', 'EUR 12 million', 11.5e6, 12.5e6],
    ['Enrolment reached 1,250 patients.', '1,250 patients', 1249.5, 1250.5],
    ['The net revenue was about $40 million.', 'about $40 million', 35.5e6, 44.5e6],
  ];
  for (const [text, figure, low, high] of rows) {
    it(`${figure}: [${low}, ${high}]`, () => {
      const c = claimOf(text, figure);
      assert.ok(Math.abs(c.low - low) < 1e-6 * Math.max(1, Math.abs(low)), `low ${c.low}`);
      assert.ok(Math.abs(c.high - high) < 1e-6 * Math.max(1, Math.abs(high)), `high ${c.high}`);
    });
  }
  it('"more than" leaves the top open', () => {
    assert.equal(claimOf('The net revenue was more than $40 million.', 'more than $40 million').high, Infinity);
  });
});

describe('repeated-value over claims: a summary restated in the text with another value', () => {
  const found = (text: string) => messagesOf(text, 'repeated-value');
  const rows: [string, boolean][] = [
    ['Acme Bio closes its financing\n\nNet proceeds of EUR 24 million\n\nAcme Bio AG has closed its financing and received net proceeds of EUR 29 million, it said on Monday.\n', true],
    ['Acme Bio results\n\n- A 36-week extension study is ongoing.\n\nThe company said in its report that the 40-week extension study will read out later this year.\n', true],
    // an endpoint's rate in a headline and in the text
    ['Tovarimab results\n\n- ORR of 46% with tovarimab in the phase 2 study\n\nIn the phase 2 study, the ORR with tovarimab was 41%, the company said.\n', true],
    // the same value, restated: nothing to report
    ['Acme Bio closes its financing\n\nNet proceeds of EUR 24 million\n\nAcme Bio AG has closed its financing and received net proceeds of EUR 24 million, it said on Monday.\n', false],
    // rounding and hedges reconcile the two
    ['Acme Bio closes its financing\n\nNet proceeds of EUR 24 million\n\nAcme Bio AG has closed its financing and received net proceeds of about EUR 24.6 million, it said on Monday.\n', false],
    // two statements in running text: as often two deals as one
    ['Acme Bio licensed one drug to Beta Pharma and received an upfront payment of $20 million from it. Gamma Bio licensed another to Delta Pharma for an upfront payment of $30 million.\n', false],
    // two periods
    ['Acme Bio results for 2025\n\nNet revenue of $24 million in 2025\n\nNet revenue in 2024 was $20 million, the company said in its annual report.\n', false],
    // an amount per share beside the total is another measure, and leaves the total comparable
    ['Acme Bio closes its financing\n\nNet proceeds of EUR 24 million\n\nAcme Bio AG has closed its financing and received net proceeds of EUR 29 million, or EUR 1.10 per share, it said.\n', true],
    // a headline's level against the level a change reaches in the text, the period written two ways
    ['Acme Bio reports net sales of DKK 12.4 billion\n\nNet sales increased by 8% to DKK 13.4 billion in the first quarter of 2025, Acme Bio said.\n', true],
    ['Acme Bio reports net sales of DKK 12.4 billion\n\nNet sales increased by 8% to DKK 12.4 billion in the first quarter of 2025, Acme Bio said.\n', false],
    // the headline's period written as its first and last days is the quarter the text names
    ['Report for the period 1 January 2025 to 31 March 2025: net sales of DKK 12.4 billion\n\nNet sales increased by 8% to DKK 13.4 billion in the first quarter of 2025, Acme Bio said.\n', true],
    // a hazard ratio in a headline and in the text, for one endpoint
    ['Tovarimab results\n\n- Overall survival HR of 0.62 with tovarimab\n\nIn the trial, the hazard ratio for overall survival with tovarimab was 0.68, the company said.\n', true],
    // two endpoints' ratios are two measures
    ['Tovarimab results\n\n- Overall survival HR of 0.62 with tovarimab\n\nIn the trial, the hazard ratio for progression-free survival with tovarimab was 0.48, the company said.\n', false],
    // a span that is no reporting period is another time
    ['Report for the period 1 February 2025 to 31 March 2025: net sales of DKK 12.4 billion\n\nNet sales increased by 8% to DKK 13.4 billion in the first quarter of 2025, Acme Bio said.\n', false],
    // a relative clause after the figure speaks about it: its forecast and its date are not the figure's context
    ['- Cash position of $91.6 million as of March 31, 2026\n\nAs of March 31, 2026, Acme Bio had a cash position of $97.6 million, which it expects to fund operations into 2028.\n', true],
    // a forecast before the figure is its context
    ['- Cash position of $91.6 million as of March 31, 2026\n\nAcme Bio expects a cash position of $97.6 million as of March 31, 2026.\n', false],
    // a headline that ends with its figure's abbreviation ("kr.") has no full stop
    ['Gamma Bio A/S: Omsætningen steg til 2,3 mia. kr.\n\nOmsætningen steg med 9 procent til 2,6 mia. kr. i 2025, oplyser selskabet.\n', true],
    // a company read with the article that opens its sentence is the same company
    ['Gamma Bio AG: Konzernumsatz von 318 Mio. Euro im Geschäftsjahr 2025\n\nDie Gamma Bio AG erzielte im Geschäftsjahr 2025 einen Konzernumsatz von 381 Mio. Euro, wie das Unternehmen mitteilte.\n', true],
    ['Gamma Bio AB: Nettoomsättningen uppgick till 52,3 MSEK\n\nUnder perioden uppgick nettoomsättningen till 55,3 MSEK, meddelade bolaget.\n', true],
    // three values: a series, never judged
    ['Acme Bio results\n\n- Net revenue of $24 million\n\nThe net revenue of $22 million was up, and the net revenue of $26 million was expected, the company said.\n', false],
    // a bound ("over 40%", "10% or more") states no value; without it the measure has two values
    ['Tovarimab results\n\n- Mean weight loss of 12.4% with tovarimab at week 40\n\nAt week 40, over 40% of volunteers lost 10% or more of their weight, and the mean weight loss with tovarimab was 14.2%, the company said.\n', true],
    // a share of people is a responder rate, not the measure's mean
    ['Tovarimab results\n\n- Mean weight loss of 12.4% with tovarimab at week 40\n\nAt week 40, 35% of volunteers on tovarimab lost weight, and the mean weight loss with tovarimab was 12.4%, while 8% of the treated volunteers did not, the company said.\n', false],
    // a measure stated for each dose is judged within one dose
    ['Tovarimab results\n\n- Mean weight loss of 12.4% on the 4 mg dose of tovarimab at week 40\n\nAt week 40, the mean weight loss with tovarimab was 6.1%, 9.3% and 14.2% at the 1 mg, 2 mg and 4 mg doses, respectively, the company said.\n', true],
    ['Tovarimab results\n\n- Mean weight loss of 14.2% on the 4 mg dose of tovarimab at week 40\n\nAt week 40, the mean weight loss with tovarimab was 6.1%, 9.3% and 14.2% at the 1 mg, 2 mg and 4 mg doses, respectively, the company said.\n', false],
    // a rate of another group size is of another population, however the sentence introduces it
    ['Tovarimab results\n\n- ORR of 48% with tovarimab\n\nWith tovarimab the ORR was 48% (24 of 50 patients). In the 20 patients with liver lesions, the ORR with tovarimab was 40% (8 of 20).\n', false],
    // a per-share amount and a total share a phrase but not a magnitude
    ['Acme Bio results\n\nNet loss of $24 million\n\nThe company said its net loss of $0.24 was narrower than analysts had modelled.\n', false],
  ];
  for (const [text, reported] of rows) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 120))}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('repeated-value: the whole population, and a ratio referred back to', () => {
  const found = (text: string) => messagesOf(text, 'repeated-value');
  const rows: [string, boolean][] = [
    // "the HR of" refers back to the one ratio of the endpoint stated before; the ITT population is the whole trial's
    ['In the intention-to-treat population, the hazard ratio for overall survival with tovarimab was 1.08. Based on the HR of 1.18, the agency paused the trial.\n', true],
    ['In the intention-to-treat population, the hazard ratio for overall survival with tovarimab was 1.08. Based on the HR of 1.08, the agency paused the trial.\n', false],
    // an indefinite ratio may be another analysis's
    ['In the intention-to-treat population, the hazard ratio for overall survival with tovarimab was 1.08. A hazard ratio for overall survival of 1.18 was seen, the agency said.\n', false],
    // a per-protocol population is another population
    ['In the intention-to-treat population, the hazard ratio for overall survival with tovarimab was 1.08. In the per-protocol population, the HR of 1.18 was seen.\n', false],
  ];
  for (const [text, reported] of rows) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 140))}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('repeated-value: one interval is one estimate', () => {
  const found = (text: string) => messagesOf(text, 'repeated-value');
  const rows: [string, boolean][] = [
    ['Summary\n\nPFS 11.2 months, CI: 8.3–14.0\n\nIn the later cohort of the study, the median PFS of tovarimab was 12.1 months (95% CI, 8.3–14.0 months).\n', true],
    ['Summary\n\nPFS 12.1 months, CI: 8.3–14.0\n\nIn the later cohort of the study, the median PFS of tovarimab was 12.1 months (95% CI, 8.3–14.0 months).\n', false],
    // a table's row may give two small groups one interval
    ['Median PFS, months 3.1 (1.2–4.0) 2.2 (1.2–4.0) 5.0 (2.1–8.8)\n', false],
    // two intervals, two estimates
    ['Summary\n\nPFS 11.2 months, CI: 8.3–14.0\n\nIn the later cohort of the study, the median PFS of tovarimab was 12.1 months (95% CI, 8.9–15.0 months).\n', false],
  ];
  for (const [text, reported] of rows) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 100))}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('repeated-value: a sentence restated word for word with one value changed', () => {
  const found = (text: string) => messagesOf(text, 'repeated-value');
  const rows: [string, boolean][] = [
    ['Acme Bio reports its vaccine study\n\nThe study tested the vaccine among 3,270 volunteers aged 50 or older at 61 clinics in Canada.\n\nAcme Bio said the results were encouraging. The study tested the vaccine among 3,720 volunteers aged 50 or older at 61 clinics in Canada.\n', true],
    ['Gamma Pharma quarter\n\nOperating income rose 11% in local currencies and 4% in euros to EUR 2.6 billion.\n\nSales were stable. Operating income rose 11% in local currencies and 4% in euros to EUR 2.9 billion.\n', true],
    // the same sentence with the same values: a restatement, nothing to report
    ['Acme Bio reports its vaccine study\n\nThe study tested the vaccine among 3,270 volunteers aged 50 or older at 61 clinics in Canada.\n\nAcme Bio said the results were encouraging. The study tested the vaccine among 3,270 volunteers aged 50 or older at 61 clinics in Canada.\n', false],
    // a template filled in twice: no value in common, so two statements (two periods, two arms)
    ['Gamma Pharma results\n\nSecond quarter\n\nOperating income rose 11% in local currencies and 4% in euros to EUR 2.6 billion.\n\nFirst half\n\nOperating income rose 9% in local currencies and 3% in euros to EUR 4.8 billion.\n', false],
    // two values differ: not one statement with a slip
    ['Gamma Pharma quarter\n\nOperating income rose 11% in local currencies and 4% in euros to EUR 2.6 billion.\n\nSales were stable. Operating income rose 11% in local currencies and 7% in euros to EUR 2.9 billion.\n', false],
    // rounding reconciles the two
    ['Gamma Pharma quarter\n\nOperating income rose 11% in local currencies and 4% in euros to EUR 2.6 billion.\n\nSales were stable. Operating income rose 11% in local currencies and 4% in euros to EUR 2.61 billion.\n', false],
    // a short line is as often a row of a series
    ['Acme Bio\n\nCohort A: 12 of 20 patients responded.\n\nCohort B: 12 of 24 patients responded.\n', false],
  ];
  for (const [text, reported] of rows) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 140))}`, () => {
    const messages = found(text);
    assert.equal(messages.length, reported ? 1 : 0, messages.join('; '));
    if (reported) assert.match(messages[0], /same sentence/);
  });
});

describe('repeated-value: a definite noun phrase refers back to the one thing stated before', () => {
  const found = (text: string) => messagesOf(text, 'repeated-value');
  const rows: [string, boolean][] = [
    // an upfront payment, restated with "the" in a sentence about another period
    ['Acme Bio paid a $7 million upfront payment to Beta Pharma in March 2024. Costs rose in 2025, mainly due to the $9 million upfront payment to Beta Pharma.', true],
    // a trial's length, in two sentences of running text
    ['Acme Bio will report data from the ongoing 30-week extension study of tovarimab next year. Acme plans to file in 2027, pending results from the 36-week extension trial.', true],
    // an indefinite phrase may be another payment, another deal
    ['Acme Bio paid a $7 million upfront payment to Beta Pharma in March 2024. Costs rose in 2025, mainly due to a $9 million upfront payment to Beta Pharma.', false],
    // a milestone is one of several: "the" picks out the next one, not the one before
    ['Acme Bio received a $5 million milestone payment from Beta Pharma in March. In May, Acme Bio received the $10 million milestone payment from Beta Pharma.', false],
    // two companies, two upfront payments
    ['Acme Bio paid a $7 million upfront payment to Beta Pharma in March 2024. Gamma Bio received the $9 million upfront payment from Delta Pharma.', false],
    // the same value restated
    ['Acme Bio paid a $7 million upfront payment to Beta Pharma in March 2024. Costs rose in 2025, mainly due to the $7 million upfront payment to Beta Pharma.', false],
  ];
  for (const [text, reported] of rows) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 140))}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('repeated-value: a share in words restated in digits', () => {
  const found = (text: string) => messagesOf(text, 'repeated-value');
  const rows: [string, boolean][] = [
    ['Acme will receive one-fifth, or 25%, of net sales until 2031.', true],
    ['Acme vil modtage en fjerdedel, eller 40 pct., af salget.', true],
    ['Die Hälfte, d.h. 30 %, der Patienten sprach an.', true],
    ['Two-thirds (45%) of patients responded.', true],
    // the digits a writer rounds to the words
    ['Acme will receive one-fifth, or 20%, of net sales until 2031.', false],
    ['Two-thirds (65%) of patients responded.', false],
    ['Nearly half (45 %) of patients responded.', false],
    // two shares of two things, not one share written twice
    ['Half of the patients responded and 30% had stable disease.', false],
  ];
  for (const [text, reported] of rows) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('claims: a heading the reading runs on into its paragraph', () => {
  const found = (text: string) => messagesOf(text, 'repeated-value');
  const body = 'Acme Bio AG, a company developing antibodies against fibrotic disease in Leipzig and Boston, closed its financial year 2025 with a cash position of EUR 47.2 million, it said on Tuesday in its annual report.';
  it('reads the heading as a statement of its own', () => {
    const text = `Acme Bio annual results\n\nCash position of EUR 41.2 million\n${body}\n`;
    const c = claimOf(text, 'EUR 41.2 million');
    assert.equal(c.heading, true);
    assert.equal(c.measure?.label, 'Cash position');
    assert.equal(c.time, '');
    assert.equal(claimOf(text, 'EUR 47.2 million').heading, false);
  });
  const rows: [string, boolean][] = [
    // the heading against the text
    [`Acme Bio annual results\n\nCash position of EUR 41.2 million\n${body}\n`, true],
    [`Acme Bio annual results\n\nCash position of EUR 47.2 million\n${body}\n`, false],
    // a line that ends with a full stop is a sentence, not a heading
    [`Acme Bio annual results\n\nAcme Bio reports a cash position of EUR 41.2 million.\n${body}\n`, false],
    // a document wrapped by hand: a short line is a wrap, and the two figures one sentence
    ['Acme Bio annual results\n\nCash position of EUR 41.2 million\nAcme Bio AG closed its financial year 2025 with a cash\nposition of EUR 47.2 million, it said on Tuesday.\n', false],
  ];
  for (const [text, reported] of rows) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 100))}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('repeated-value: a trial\u2019s enrolment in a noun ("completed enrolment with")', () => {
  const found = (text: string) => messagesOf(text, 'repeated-value');
  const rows: [string, boolean][] = [
    ['Acme Bio completes enrolment\n\n- 212 patients enrolled in the ACME-2 Phase 3 trial\n\nThe ACME-2 Phase 3 trial has completed enrolment with 221 patients at 30 sites, the company said.\n', true],
    ['Acme Bio completes enrolment\n\n- 212 patients enrolled in the ACME-2 Phase 3 trial\n\nThe ACME-2 Phase 3 trial has completed enrolment with 212 patients at 30 sites, the company said.\n', false],
    // "A Phase 3 trial of ..." with no name beside it is another trial than the one named before
    ['The approval rests on ACME-2, a randomized Phase 3 trial in which 212 patients were randomized. A Phase 3 trial of tovarimab in first-line disease has completed enrollment of 388 patients, with data expected in 2027.', false],
  ];
  for (const [text, reported] of rows) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 140))}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('repeated-value: an acquisition\u2019s price, however the sentence words it', () => {
  const found = (text: string) => messagesOf(text, 'repeated-value');
  it('reads the price after "for" in the clause of a verb of buying', () => {
    assert.equal(claimOf('Beta Pharma has agreed to acquire Acme Bio for about $2.4 billion in cash.', 'about $2.4 billion').measure?.key, 'phrase:acquisition');
    assert.equal(claimOf('Acme Bio will be acquired by Beta Pharma for $2.4 billion.', '$2.4 billion').measure?.key, 'phrase:acquisition');
    // a relative clause about another deal, and a comma between the verb and the sum
    assert.notEqual(claimOf('Beta Pharma, which acquired Gamma Bio for $1.6 billion in 2023, is based in Basel.', '$1.6 billion').measure?.key, 'phrase:acquisition');
    assert.notEqual(claimOf('Beta Pharma acquired Gamma Bio in 2023, paying for $1.6 billion of debt.', '$1.6 billion').measure?.key, 'phrase:acquisition');
  });
  const rows: [string, boolean][] = [
    ['Acme Bio to be acquired by Beta Pharma for $2.1 billion\n\nBeta Pharma has agreed to acquire Acme Bio for $2.7 billion in cash, the companies said on Monday.\n', true],
    ['Acme Bio to be acquired by Beta Pharma for $2.1 billion\n\nBeta Pharma has agreed to acquire Acme Bio for $2.1 billion in cash, the companies said on Monday.\n', false],
    ['Acme Bio to be acquired by Beta Pharma for $2.1 billion\n\nBeta Pharma, which acquired Gamma Bio for $1.6 billion in 2023, said the companies signed on Monday.\n', false],
  ];
  for (const [text, reported] of rows) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 140))}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('repeated-value: a group\u2019s size with its qualifier ("27 evaluable patients")', () => {
  const found = (text: string) => messagesOf(text, 'repeated-value');
  const rows: [string, boolean][] = [
    // "among" introducing the figure names its own group, not another population
    ['Tovarimab shows responses\n\n- Objective response rate of 41% in 27 evaluable patients\n\nAmong the 29 evaluable patients, the objective response rate was 41%, the company said.\n', true],
    ['Tovarimab shows responses\n\n- Objective response rate of 41% in 27 evaluable patients\n\nAmong the 27 evaluable patients, the objective response rate was 41%, the company said.\n', false],
    // another cohort's group
    ['Tovarimab shows responses\n\n- Objective response rate of 41% in 27 evaluable patients\n\nIn the second cohort, 29 evaluable patients had a response rate of 33%, the company said.\n', false],
    // "among" that speaks of a subgroup before the figure still sets it apart
    ['Tovarimab shows responses\n\n- Objective response rate of 41% in 27 evaluable patients\n\nAmong patients with liver metastases, 19 evaluable patients responded, the company said.\n', false],
  ];
  for (const [text, reported] of rows) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 160))}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('claims: a share that is the size of a change measures the change of its thing', () => {
  // each row: a sentence, a figure in it, the change's key (undefined: no change read)
  const rows: [string, string, string | undefined][] = [
    ['Net sales rose 6% in the quarter.', '6%', 'change:sal'],
    ['Salget steg med 6% i kvartalet.', '6%', 'change:salget'],
    ['Im Quartal steigerte die Gamma AG den Konzernumsatz um 6 Prozent.', '6 Prozent', 'change:konzernumsatz'],
    ['Umsatz +6 Prozent, Auftragseingang +4 Prozent', '6 Prozent', 'change:umsatz'],
    ["Le titre Gamma Bio s'envole de 16% ce lundi.", '16%', 'change:titr'],
    // a noun of change as the head, alone or closing a compound
    ['Sales growth of 6% was driven by the new drug.', '6%', 'change:sal'],
    ['Salgsvækst på 6% drevet af det nye lægemiddel.', '6%', 'change:salg'],
    ['Ein Umsatzwachstum von 6 Prozent wurde erzielt.', '6 Prozent', 'change:umsatz'],
    // a comma after the verb opens another clause; a level is no change
    ['Net sales rose, and margins of 6% held.', '6%', undefined],
    ['Net sales rose to 6% of the market.', '6%', undefined],
  ];
  for (const [text, figure, key] of rows) {
    it(`${figure} in: ${text}`, () => {
      const m = claimOf(text, figure).measure;
      assert.equal(m?.key.startsWith('change:') ? m.key : undefined, key);
    });
  }
});

describe('repeated-value: a change stated in a summary and restated in the text', () => {
  const found = (text: string) => messagesOf(text, 'repeated-value');
  const rows: [string, boolean][] = [
    // a compound's head in the summary, the compound in the text; the period restated without its year
    ['Gamma Bio AG: Umsatz +14,3 Prozent nach den ersten sechs Monaten 2031\n\nIn den ersten sechs Monaten steigerte die Gamma Bio AG den Konzernumsatz um 17,3 Prozent auf 412 Mio. Euro.\n', true],
    ['Gamma Bio AG: Umsatz +14,3 Prozent nach den ersten sechs Monaten 2031\n\nIn den ersten sechs Monaten steigerte die Gamma Bio AG den Konzernumsatz um 14,3 Prozent auf 412 Mio. Euro.\n', false],
    // a noun of growth in the summary, the verb in the text
    ['Gamma Bio: salgsvækst på 11% i 2031\n\nSalget steg med 13% i 2031 til 4,1 mia. kr., oplyser Gamma Bio.\n', true],
    ['Gamma Bio: salgsvækst på 11% i 2031\n\nSalget steg med 11% i 2031 til 4,1 mia. kr., oplyser Gamma Bio.\n', false],
    // two compounds of one head: the bare head names neither
    ['Gamma Bio AG: Umsatz +14,3 Prozent\n\nDie Gamma Bio AG steigerte den Laborumsatz um 9,3 Prozent und den Konzernumsatz um 17,3 Prozent.\n', false],
    // another thing's change
    ['Gamma Bio: salgsvækst på 11% i 2031\n\nOmkostningerne steg med 13% i 2031, oplyser Gamma Bio.\n', false],
    // a wire's credit in the dateline is not what the text is about
    ['BERLIN (ots/Acme Wire) - Gamma Bio AG: Umsatz +14,3 Prozent\n\nDie Gamma Bio AG steigerte den Konzernumsatz um 17,3 Prozent, teilte das Unternehmen mit.\n', true],
  ];
  for (const [text, reported] of rows) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 140))}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('repeated-value: a count of people that refers back to the group counted just before', () => {
  const found = (text: string) => messagesOf(text, 'repeated-value');
  const rows: [string, boolean][] = [
    ['In the dose-expansion part, 7 of 19 patients responded to tovarimab. Those 21 patients had a median follow-up of 6.1 months.', true],
    ['In the dose-expansion part, 7 of 19 patients responded to tovarimab. Those 19 patients had a median follow-up of 6.1 months.', false],
    // any group the sentence before counts may be the one meant
    ['Of 52 patients enrolled, 14 patients responded to tovarimab. These 14 patients had a median follow-up of 6.1 months.', false],
    ['Of 52 patients enrolled, 14 patients responded to tovarimab. These 52 patients had a median follow-up of 6.1 months.', false],
    ['Von 19 Patienten sprachen 7 auf Tovarimab an. Diese 21 Patienten wurden im Median 6,1 Monate beobachtet.', true],
    // the group counted with no noun after its number, in digits or in words
    ['Of twelve evaluable patients, ten responded to tovarimab. These ten patients had a median follow-up of 6.1 months.', false],
    ['Sur douze patients évaluables, dix ont répondu au tovarimab. Parmi ces dix patients, cinq sont en rémission.', false],
    ['Of 12 evaluable patients, 10 responded to tovarimab. These 11 patients had a median follow-up of 6.1 months.', true],
    // no word referring back: another group
    ['In the dose-expansion part, 7 of 19 patients responded to tovarimab. In all, 21 patients had a median follow-up of 6.1 months.', false],
  ];
  for (const [text, reported] of rows) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('claims: an arm named after a figure as what it is compared with', () => {
  const population = (text: string, figure: string) => claimsOf(analyzeText(text).model).find(c => text.slice(c.figure.start, c.figure.end) === figure)?.population;
  // each row: an invented sentence, a figure of it, and whether the control arm is its population
  const cases: [string, string, boolean][] = [
    ['Quorimab reduced the risk of progression or death by 38% compared with placebo.', '38%', false],
    ['The response rate was 12% in the placebo arm.', '12%', true],
  ];
  for (const [text, figure, armKept] of cases) {
    it(`${armKept ? 'keeps' : 'drops'} the arm of ${figure}: ${text}`, () => assert.equal((population(text, figure) ?? '').includes('placebo'), armKept, population(text, figure)));
  }
});
