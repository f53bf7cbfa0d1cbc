import { strict as assert } from 'assert';
import { analyzeText } from '../../../server/src/analysis';
import { messagesOf } from '../../helpers';
import { populationShares, statedPopulationShares } from '../../../server/src/analysis/checks/shares';

const shares = (text: string) => populationShares(analyzeText(text).model).map(s => `${s.count.value}/${s.n} ${s.pct.value}`);
const findings = messagesOf;

describe('shares of a named population', () => {
  // each row: an invented sentence, and the shares read from it as "count/n percent"
  const cases: [string, string[]][] = [
    ['Of 40 evaluable patients, 12 (30%) had a partial response and 20 (50%) had stable disease.', ['12/40 30', '20/40 50']],
    ['Of the 30 patients treated, seven patients (23.3%) had a response.', ['7/30 23.3']],
    ['Among 25 participants, 5 (20%) reported nausea.', ['5/25 20']],
    ['Von den 40 Patienten sprachen 12 (30 %) auf die Behandlung an.', ['12/40 30']],
    ['Av de 40 patienterna svarade 12 (30 %) på behandlingen.', ['12/40 30']],
    ['In total 40 patients were dosed and 12 of them (30%) responded.', ['12/40 30']],
    // a subset marker right after the whole: the share is of the count just before it
    ['In total 150 infections were counted, of which 57 (38%) occurred in the vaccine group.', ['57/150 38']],
    ['Insgesamt wurden 150 Fälle gezählt, davon 57 (38 Prozent) in der Impfstoffgruppe.', ['57/150 38']],
    ['Of 40 patients, 20 had high expression, of whom 12 (60%) responded.', ['12/20 60']],
    // the count the subject of a predicate, its share at the predicate's end or as a rate after a link
    ['Of the 40 patients, 12 achieved a partial response (30%).', ['12/40 30']],
    ['Of the 40 patients, 12 achieved a partial response (ORR 35%).', ['12/40 35']],
    ['Of the 40 patients, 12 responded to treatment, for an objective response rate (ORR) of 35%.', ['12/40 35']],
    ['Of the 40 patients, 12 responded, for a response rate of 30%.', ['12/40 30']],
    // a phrase of the group between the introducer and the count (shares.json groupPhrases)
    ['Von den insgesamt 80 Patienten wurde bei 24 Patienten (30,0 %) ein Ansprechen gemeldet.', ['24/80 30']],
    ['Of a total of 80 patients, 24 (30%) responded to AB-101.', ['24/80 30']],
    ['Among a cohort of 80 patients, 24 (33%) had a response.', ['24/80 33']],
    ['Sur un total de 80 patients, 24 (30 %) ont répondu.', ['24/80 30']],
  ];
  for (const [text, want] of cases) it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(shares(text), want));

  // each row: an invented sentence where the share's population is not the one named before it
  const silent: [string, string][] = [
    ['a subset named in between', 'Of 40 patients, 20 had high expression; of whom 12 (60%) responded.'],
    ['the whole counts another noun', 'The study enrolled 150 patients at 40 sites, of which 12 patients (30%) were in Canada.'],
    ['"in" counts events, not a population', 'Dose reductions were needed in 11 patients, and 3 patients (5%) stopped treatment.'],
    ['arms compared in the sentence', 'Of the 300 patients, 60 (40%) responded on the drug versus 30 (20%) on placebo.'],
    ['another count in between', 'Of 40 patients, 22 received the higher dose and 9 (41%) responded.'],
    ['values paired by position', 'Of 60 patients, 12 (40%) and 9 (30%) responded in the two cohorts, respectively.'],
    ['a count larger than its population', 'Of 10 patients, 12 (30%) had events.'],
    ['a subset named after the total', 'Of a total of 80 patients, 40 had high expression; of whom 12 (30%) responded.'],
    ['a group phrase that is no introducer', 'A total of 80 patients enrolled at 40 sites, and 12 patients (30%) were in Canada.'],
    // a predicate's share: a range or a figure of another measure in the brackets, or the share adds up several subjects
    ['the brackets hold a range', 'Of the 40 patients, 12 had tumour shrinkage (range 10% to 45%).'],
    ['the rate adds up two counts', 'Of the 40 patients, 12 achieved a response and 20 had stable disease, for a disease control rate of 80%.'],
    ['a list of counts', 'Of the 40 patients, 12 had a complete response, 8 had a partial response (50%).'],
    ['no noun of rate after the link', 'Of the 40 patients, 12 had tumour shrinkage, with a median reduction of 35%.'],
  ];
  for (const [why, text] of silent) it(`reads no share when ${why}`, () => assert.deepEqual(shares(text), []));

  it('percent-of-count holds a predicate\'s rate to the enrolment stated the sentence before', () => {
    assert.equal(findings('The trial enrolled 40 patients. Twelve patients achieved a response, for an objective response rate of 35%.', 'percent-of-count').length, 1);
    assert.deepEqual(findings('The trial enrolled 40 patients. Twelve patients achieved a response, for an objective response rate of 30%.', 'percent-of-count'), []);
  });

  it('percent-of-count judges a share of people against its count in brackets, "n = k of n" included', () => {
    assert.deepEqual(findings('Responses were seen in 40% of evaluable patients (11/25).', 'percent-of-count'), ['40 % \u2260 11/25 = 44.0 %']);
    assert.deepEqual(findings('Responses were seen in 44% of evaluable patients (11/25).', 'percent-of-count'), []);
    assert.deepEqual(findings('The ORR was 40% (n = 11 of 25).', 'percent-of-count'), ['ORR 40 % \u2260 11/25 = 44.0 %']);
    // "n = 11 of 25" is a count of 11 out of 25, not a population of 11 the share is judged against
    assert.deepEqual(findings('The ORR was 44% (n = 11 of 25).', 'grim'), []);
  });

  it('percent-of-count judges a share against its named population, with the arithmetic', () => {
    assert.deepEqual(findings('Of 40 evaluable patients, 12 (35%) had a partial response.', 'percent-of-count'), ['PR 35 % \u2260 12/40 = 30.0 %']);
    assert.deepEqual(findings('Of 40 evaluable patients, 12 (30%) had a partial response.', 'percent-of-count'), []);
    // rounding and truncation to the decimals written are accepted: 7/30 = 23.33
    assert.deepEqual(findings('Of the 30 patients treated, seven patients (23%) had a response.', 'percent-of-count'), []);
  });

  it('percent-of-count reads "p % \u2014 k of n" as one statement', () => {
    assert.equal(findings('The response rate was 48% \u2014 6 of 14 \u2014 in the first part.', 'percent-of-count').length, 1);
    assert.deepEqual(findings('The response rate was 43% \u2014 6 of 14 \u2014 in the first part.', 'percent-of-count'), []);
  });

  it('grim takes the n of a share from the population its sentence names', () => {
    assert.equal(findings('Of 22 evaluable patients, the ORR was 38%.', 'grim').length, 1);
    assert.deepEqual(findings('Of 22 evaluable patients, the ORR was 36%.', 'grim'), []);
    assert.deepEqual(findings('In the 402-patient study, the ORR was 50.3% with the drug versus 29.6% with placebo.', 'grim'), []);
  });
});

describe('percent-of-count: a count restated as a share of another count', () => {
  const found = (text: string) => analyzeText(text).findings.filter(f => f.code === 'percent-of-count').map(f => f.message);
  // each row: an invented sentence, and whether its share is reported
  const cases: [string, boolean][] = [
    ['Underwriters may buy up to 150,000 additional shares, or 20% of the 1,000,000 shares offered.', true],
    ['Underwriters may buy up to 150,000 additional shares, or 15% of the 1,000,000 shares offered.', false],
    ['Acme sold 250,000 shares, i.e. 30% of the 1,000,000 registered.', true],
    ['Die Familie zeichnete 450.000 Aktien, das sind 52,5 % der 856.525 angebotenen Aktien.', false],
    // a share of something else, not of the count after it
    ['Acme sold 250,000 shares, or 30% more than the 1,000,000 planned.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('a list of shares held to the population its other pairs bear out', () => {
  const found = (text: string) => findings(text, 'percent-of-count');
  // each row: an invented document, and whether one pair of its list is reported
  const cases: [string, boolean][] = [
    ['Adverse events with tovarimab in 25 patients: nausea 7 (30%), fatigue 5 (20%), rash 3 (12%).', true],
    ['Forty patients were dosed. Events: nausea 10 (25%), fatigue 8 (20%), headache 7 (20%), rash 4 (10%).', true],
    // every pair agrees
    ['Adverse events with tovarimab in 25 patients: nausea 7 (28%), fatigue 5 (20%), rash 3 (12%).', false],
    // the list does not bear the population out: most pairs are of another one
    ['Adverse events with tovarimab in 25 patients: nausea 7 (35%), fatigue 5 (25%), rash 3 (12%).', false],
    // two pairs: too few to vote
    ['Adverse events with tovarimab in 25 patients: nausea 7 (30%), fatigue 5 (20%).', false],
    // arms compared: each pair may be of its arm
    ['In 25 patients, nausea 7 (30%) versus 5 (20%) on placebo and rash 3 (12%).', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('a lone share held to the population stated just before it', () => {
  const stated = (text: string) => {
    const { model } = analyzeText(text);
    return statedPopulationShares(model, new Set()).map(s => `${s.count.value}/${s.n} ${s.pct.value}`);
  };
  // each row: an invented text, and the shares read as "count/n percent"
  const cases: [string, string[]][] = [
    ['Thirty patients were enrolled. Nine patients (30%) had a partial response.', ['9/30 30']],
    ['In the 32-patient expansion cohort, 8 patients (25%) responded.', ['8/32 25']],
    ['Of the evaluable set, 28 evaluable patients were assessed. Seven patients (25%) responded.', ['7/28 25']],
    // two sizes in the sentence before: which one is unknown
    ['Thirty patients were enrolled and 26 patients were treated. Nine patients (30%) responded.', []],
    // another paragraph
    ['Thirty patients were enrolled.\n\nNine patients (30%) had a partial response.', []],
    // a count of people that is no enrolment or analysis set
    ['Thirty patients have the disease in the region. Nine patients (30%) responded.', []],
    // the share is of another population the document states (9/36 = 25 %)
    ['Forty patients were enrolled. Nine patients (25%) responded. Of them, 36 patients were evaluable.', []],
  ];
  for (const [text, want] of cases) it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(stated(text), want));
  it('reports the share that the population does not give', () => {
    assert.equal(findings('Thirty patients were enrolled. Nine patients (35%) had a partial response.', 'percent-of-count').length, 1);
    assert.equal(findings('Thirty patients were enrolled. Nine patients (30%) had a partial response.', 'percent-of-count').length, 0);
  });
});

describe('percent-of-count: a pair after the one group size its sentence writes as n', () => {
  const cases: [string, boolean][] = [
    ['In the PD-L1-high subgroup (n=20), 9 patients (40%) responded to AB-101.', true],
    ['In the PD-L1-high subgroup (n=20), 9 patients (45%) responded to AB-101.', false],
    ['In the PD-L1-high subgroup (n=20) and the low subgroup (n=30), 9 patients (40%) responded to AB-101.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () =>
    assert.equal(findings(text, 'percent-of-count').length > 0, expected));
});

describe('percent-of-count: a fraction restated as its share after a comma and "or", "representing"', () => {
  const cases: [string, boolean][] = [
    ['Responses to AB-101 were observed in twelve of 40 patients, or 35%.', true],
    ['AB-101 produced responses in 12 of 40 patients, representing 35%.', true],
    ['AB-101 produced responses in 12 of 40 patients, representing 30%.', false],
    ['AB-101 produced responses in 12 of 40 patients, or 30%, and stable disease in 10%.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () =>
    assert.equal(findings(text, 'percent-of-count').length > 0, expected));
});

describe('percent-of-count: a fraction of people qualified by a few words, then its share alone in brackets', () => {
  const cases: [string, boolean][] = [
    ['45 of the 62 participants randomized to AB-101 (75.5%) completed the study.', true],
    ['45 of the 62 participants randomized to AB-101 (72.6%) completed the study.', false],
    ['12 of 40 patients had grade 3 events (35%).', true],
    // the bracket holds more than the share, or a bound of another measure
    ['12 of 40 patients in the low-dose cohort (25% of the total) responded to AB-101.', false],
    ['12 of 40 patients with high expression (≥50%) responded to AB-101.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () =>
    assert.equal(findings(text, 'percent-of-count').length > 0, expected));
});

describe('percent-of-count: two pairs after the population the sentence before states, each held to it when the other fits', () => {
  const before = 'A total of 600 patients were enrolled in the AB-101 study. At a median follow-up of 4 years, ';
  const cases: [string, boolean][] = [
    [`${before}150 patients (25%) had progressed and 160 (28%) had died.`, true],
    [`${before}150 patients (27%) had progressed and 160 (27%) had died.`, true],
    [`${before}150 patients (25%) had progressed and 160 (27%) had died.`, false],
    // neither fits: the population is not borne out; another population named in the sentence
    [`${before}150 patients (27%) had progressed and 160 (28%) had died.`, false],
    ['A total of 600 patients were enrolled in the AB-101 study. Of 500 evaluable, 150 patients (30%) had progressed and 160 (32%) had died.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () =>
    assert.equal(findings(text, 'percent-of-count').length > 0, expected));
});

