import { strict as assert } from 'assert';
import { analyzeText } from '../../../server/src/analysis';
import { achievable } from '../../../server/src/analysis/checks/grim';

const found = (text: string) => analyzeText(text).findings.filter(f => f.code === 'grim');

describe('grim', () => {
  it('knows which shares whole numbers of patients give, rounded or truncated', () => {
    assert.equal(achievable(36, 22, 0), true);   // 8/22 = 36.4
    assert.equal(achievable(41, 22, 0), true);   // 9/22 = 40.9
    assert.equal(achievable(40, 22, 0), true);   // 40.9 truncated
    assert.equal(achievable(38, 22, 0), false);
    assert.equal(achievable(45.5, 22, 1), true);
    assert.equal(achievable(44.5, 22, 1), false);
    assert.equal(achievable(0, 22, 0), true);
    assert.equal(achievable(100, 22, 0), true);
  });
  it('reports a share no count of the stated n gives, with the nearest shares', () => {
    const fs = found('The ORR was 38% (n = 22).');
    assert.equal(fs.length, 1);
    assert.equal(fs[0].severity, 'warning');
    assert.match(fs[0].message, /ORR 38 % is not a share of 22 patients: 8\/22 = 36\.4 %, 9\/22 = 40\.9 %/);
    assert.equal(found('An ORR of 39% of 22 patients was seen.').length, 1);
    assert.equal(found('The ORR was 43% among 15 patients.').length, 1);
    assert.deepEqual(found('The ORR was 40% among 15 patients.'), []);
    // a group introduced by its enrolment: an outcome may be counted over a few fewer (those evaluable); an analysis set is strict
    assert.deepEqual(found('Acme reported the ACME-2 study of AB-101. Of 82 registered patients, 28.4% achieved an objective response.'), []);
    assert.equal(found('Acme reported the ACME-2 study of AB-101. Of 82 evaluable patients, 28.4% achieved an objective response.').length, 1);
    assert.equal(found('Acme reported the ACME-2 study of AB-101. Of 12 enrolled patients, 62% achieved an objective response.').length, 1);
    assert.equal(found('Preliminary data (n = 22): ORR = 38 %, 12-month OS = 52 %.').length, 1);
  });
  it('reads "X % of the N patients" as a share of people whatever endpoint the share was bound to', () => {
    // each row: an invented sentence, and whether its share is reported as no k/n
    const cases: [string, boolean][] = [
      ['A meaningful improvement on the Quorix Symptom Scale was seen in 41.7% of the 113 patients receiving 20 mg.', true],
      ['A meaningful improvement on the Quorix Symptom Scale was seen in 41.6% of the 113 patients receiving 20 mg.', false],
      // the people counted may be named further on ("of the 113 patients with ..." is still of them), a vaccine's efficacy never
      ['Vaccine efficacy was 41.7% of the 113 participants.', false],
    ];
    for (const [text, expected] of cases) assert.equal(found(text).length > 0, expected, text);
  });
  it('reads a share whose verb makes it one of people as a share of the one count of patients its paragraph states', () => {
    // each row: an invented paragraph, and whether its share is reported as no k/n
    const cases: [string, boolean][] = [
      ['Thirty patients were treated with zanotumab. Their median age was 61 years. Overall, 45% were women.', true],
      ['Thirty patients were treated with zanotumab. Their median age was 61 years. Overall, 40% were women.', false],
      ['Thirty patients were treated with zanotumab. About half (47%) had received a prior transplant.', false],
      ['Thirty patients were treated with zanotumab. About half (45%) had received a prior transplant.', true],
      // two sizes before it, a population named before it, or a count of people in its own sentence: not known
      ['Thirty patients were treated with zanotumab, and 40 were screened. Overall, 45% were women.', false],
      ['Thirty patients were treated with zanotumab. Among the responders, 45% were women.', false],
      ['Thirty patients were treated with zanotumab. Overall, 45% were women and 12 patients were older than 70.', false],
      // no verb of people after it
      ['Thirty patients were treated with zanotumab. Overall, 45% of the budget was spent.', false],
    ];
    for (const [text, expected] of cases) assert.equal(found(text).length > 0, expected, text);
  });
  it('reads the population named with the rate: after the share, or between the rate and the share', () => {
    // each row: an invented sentence, and whether its share is reported as no k/n
    const cases: [string, boolean][] = [
      ['Acme reported a 38% response rate among 22 patients.', true],
      // a group named as such is the population: "among a group of 22"
      ['The response rate was 38% among a pooled group of 22 patients.', true],
      ['Die Ansprechrate lag bei 38 % in einer Gruppe von 22 Patienten.', true],
      ['The response rate was 36% among a pooled group of 22 patients.', false],
      ['Acme reported a 36% response rate among 22 patients.', false],
      ['Across cohort B, the response rate in the 22 treated patients reached 38%.', true],
      ['Across cohort B, the response rate in the 22 treated patients reached 41%.', false],
      // a count beside its share is the share's count, not its population
      ['Grade 3 or higher TRAEs occurred in 7 patients (17.5%).', false],
      ['TRAEs in 7 patients (17.5%) led to discontinuation.', false],
    ];
    for (const [text, reported] of cases) assert.equal(found(text).length, reported ? 1 : 0, `${text}: ${found(text).map(f => f.message).join('; ')}`);
  });
  it('reads "(n = k)" as the count with the result when a population stated before gives the share', () => {
    // each row: an invented text, and whether its share is reported as no k/n
    const cases: [string, boolean][] = [
      // 10 of the 25 treated is 40 %: the n counts the responders
      ['Tovarimab was given to 25 patients. The ORR was 40% (n=10).', false],
      // no population before: the n is the population, and 38 % is no k/22
      ['The ORR was 38% (n = 22).', true],
      // a population before that does not give the share with that n
      ['Tovarimab was given to 25 patients. The ORR was 38% (n=22).', true],
    ];
    for (const [text, reported] of cases) assert.equal(found(text).length, reported ? 1 : 0, `${text}: ${found(text).map(f => f.message).join('; ')}`);
  });
  it('leaves survival rates, shares with their count, and ambiguous n alone', () => {
    // a Kaplan-Meier rate is no share of heads
    assert.deepEqual(found('Preliminary data (n = 22): ORR = 36 %, 12-month OS = 52 %.'), []);
    assert.deepEqual(found('ORR was 8 of 22 patients (38%).'), []);
    assert.deepEqual(found('Patients received drug (n = 480) or placebo (n = 230); the ORR was 40.2% versus 20.1%.'), []);
  });
  it('reads a share that refers back to the population stated just before ("of the patients", "of them")', () => {
    // each row: an invented text, and whether its share is reported as no k/n
    const cases: [string, boolean][] = [
      ['The expansion cohort enrolled 7 patients. 50 % of the patients had a partial response.', true],
      ['Nine analysts cover the stock, and 40% of them raised their targets.', true],
      ['Die Kohorte umfasst 7 Patienten. 50 % der Patienten sprachen an.', true],
      ['The cohort includes 140 adult patients. 61.2 percent of patients were refractory to prior therapy.', true],
      // a share that whole numbers give
      ['The expansion cohort enrolled 8 patients. 50 % of the patients had a partial response.', false],
      // a qualifier names another population
      ['The expansion cohort enrolled 7 patients. 50 % of patients with this mutation respond to chemotherapy.', false],
      // an estimate, not a head count
      ['The expansion cohort enrolled 7 patients. An estimated 50 % of the patients were alive at two years.', false],
      // two sizes before the share: which one is unknown
      ['Cohort A enrolled 7 patients and cohort B 12 patients. 50 % of the patients had a partial response.', false],
      // a hedged size leaves room
      ['More than 7 patients were enrolled. 50 % of them had a partial response.', false],
      // another paragraph does not refer back; but a document that enrols one population of one size has it as
      // every rate's whole (see "the one population enrolled" below)
      ['The expansion cohort enrolled 7 patients.\n\n50 % of the patients had a partial response.', true],
      ['The expansion cohort enrolled 7 patients, and 3 had received prior therapy.\n\n50 % of the patients had a partial response.', false],
    ];
    for (const [text, expected] of cases) assert.equal(found(text).length > 0, expected, text);
  });
  it('leaves a share written with its count to percent-of-count ("six (30 %)")', () => {
    assert.deepEqual(found('Of the 22 patients dosed, eight (38%) had a partial response.'), []);
  });
});

describe('grim: a population framing the sentence, and a share with its interval before its population', () => {
  const grimFound = (text: string) => analyzeText(text).findings.filter(f => f.code === 'grim');
  const cases: [string, boolean][] = [
    ['In the 22 evaluable patients, the ORR was 38%.', true],
    ['In the 22 evaluable patients, the ORR was 36%.', false],
    ['Chez les 22 patients évaluables, le taux de réponse objective était de 38 %.', true],
    // no article: "In 22 patients" may count those with an event
    ['In 22 patients, dose reductions were needed, and the ORR was 38%.', false],
    ['The ORR was 38% (95% CI, 17-59) in the 22 evaluable patients.', true],
    ['The ORR was 36% (95% CI, 17-59) in the 22 evaluable patients.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(grimFound(text).length > 0, expected, JSON.stringify(grimFound(text).map(f => f.message))));
});

describe('grim: the size of an arm, or of the one population enrolled, stated in another sentence', () => {
  const grimFound = (text: string) => analyzeText(text).findings.filter(f => f.code === 'grim');
  const arms = 'Patients were randomized to AB-101 (n=42) or placebo (n=40).';
  const cases: [string, boolean][] = [
    // 9/42 = 21.4 %, 10/42 = 23.8 %, and no size from 38 to 42 gives 23.4 %
    [`${arms} Grade 3 or higher treatment-related adverse events occurred in 23.4% of patients with AB-101 versus 10.0% with placebo.`, true],
    [`${arms} The objective response rate was 35.7% with AB-101 versus 10.0% with placebo.`, false],
    // 23.1 % is 9 of 39: a few fewer than the 42 randomized may have been treated
    [`${arms} Grade 3 or higher treatment-related adverse events occurred in 23.1% of patients with AB-101 versus 10.0% with placebo.`, false],
    // a subgroup of the arm is another population
    [`${arms} Among patients with liver metastases, the objective response rate was 23.4% with AB-101 versus 10.0% with placebo.`, false],
    // an analysis set stated anywhere may be the share's population
    [`${arms} Of these, 38 patients were evaluable for response. The objective response rate was 23.4% with AB-101 versus 10.0% with placebo.`, false],
    // the sentence's own n is its arm's: 10/41 = 24.4 %; the placebo share is not judged against it
    [`${arms} In the AB-101 arm (n=41), the objective response rate was 24.4% versus 10.0% with placebo.`, false],
    // two sizes for one arm: which one the share is of is not said
    [`${arms} Safety was assessed in AB-101 (n=41) and placebo (n=40) patients. Grade 3 or higher treatment-related adverse events occurred in 23.4% of patients with AB-101 versus 10.0% with placebo.`, false],
    // a single-arm study of one stated size: 17/28 = 60.7 %, 17/27 = 63.0 %, 16/26 = 61.5 %, and none gives 62.4 %
    ['The Phase 2 study enrolled 28 patients with gastric cancer. The objective response rate was 62.4%.', true],
    ['The Phase 2 study enrolled 28 patients with gastric cancer. The objective response rate was 60.7%.', false],
    // a count of things per patient is no population: "a median of 3 prior treatments"
    ['Patients had received a median of 3 prior treatments. ORR was 32%, and CR 12%.', false],
    // another count of people in the document leaves the share's population unsaid
    ['The Phase 2 study enrolled 28 patients with gastric cancer, and 12 had received two prior therapies. The objective response rate was 62.4%.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(grimFound(text).length > 0, expected, JSON.stringify(grimFound(text).map(f => f.message))));
});

describe('grim: the analysis set, stated as "k of n were evaluable", later in its clause, or in the sentence before', () => {
  const grimFound = (text: string) => analyzeText(text).findings.filter(f => f.code === 'grim');
  // 22 patients give 36.4 % or 40.9 % (41 %, or 40 % truncated), never 38 %; 14 give 35.7 % or 42.9 %, never 37.5 %
  const cases: [string, boolean][] = [
    ['22 of 25 enrolled patients were evaluable for response, and the ORR was 38%.', true],
    ['22 of 25 enrolled patients were evaluable for response, and the ORR was 41%.', false],
    ['In the phase 2 part, 22 patients were evaluable for efficacy. The ORR was 38% (95% CI 21-61).', true],
    ['In the phase 2 part, 22 patients were evaluable for efficacy. The ORR was 41% (95% CI 21-61).', false],
    ['All 14 patients enrolled in cohort 1 (AB) were evaluable, with a median PFS of 5.1 months. The CBR was 37.5% (14.0-66.0%).', true],
    ['All 14 patients enrolled in cohort 1 (AB) were evaluable, with a median PFS of 5.1 months. The CBR was 35.7% (14.0-66.0%).', false],
    ['In cohort A, 4/5 enrolled patients were evaluable, the median PFS was 6.2 months (2.0-NE) and the CBR was 60%.', true],
    ['In cohort A, 4/5 enrolled patients were evaluable, the median PFS was 6.2 months (2.0-NE) and the CBR was 50%.', false],
    ['16 patients were evaluable, with a median PFS of 6.2 months (95% CI 2.0-9.0) and an ORR of 40%.', true],
    // another population in the share's sentence, a landmark rate, another cohort, another subject joined in
    ['In the phase 2 part, 22 patients were evaluable for efficacy. In the 30 enrolled patients, the ORR was 38%.', false],
    ['In the phase 2 part, 22 patients were evaluable for efficacy. The 12-month OS rate was 38%.', false],
    ['In cohort A, 22 patients were evaluable for efficacy. In cohort B, the ORR was 38%.', false],
    ['In cohort A, 30 patients enrolled in March and 22 were evaluable for efficacy. The ORR was 38%.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(grimFound(text).length > 0, expected, JSON.stringify(grimFound(text).map(f => f.message))));
  it('percent-of-count does not read "22 of 25 patients were evaluable for response" as the responders', () =>
    assert.deepEqual(analyzeText('22 of 25 enrolled patients were evaluable for response, and the ORR was 41%.').findings.filter(f => f.code === 'percent-of-count').map(f => f.message), []));
});

describe('grim: a share of who the patients are, of the group its own sentence states', () => {
  const grimFound = (text: string) => analyzeText(text).findings.filter(f => f.code === 'grim');
  // 12 patients give 50 % or 58.3 %, never 55 %
  const cases: [string, boolean][] = [
    ['The AB-101 trial enrolled 12 patients; 55% were women.', true],
    ['The AB-101 trial enrolled 12 patients; 50% were women.', false],
    ['The AB-101 trial enrolled 12 patients (55% women).', true],
    ['The AB-101 trial enrolled 12 patients (50% women).', false],
    ['The AB-101 trial enrolled 12 patients (55% women, median age 61 years).', true],
    ['The AB-101 trial enrolled 12 patients and 55% were women.', true],
    // the share of another group, of things, or bracketed alone (the count's own share)
    ['The AB-101 trial enrolled 12 patients at 5 sites; 55% of sites were in Europe.', false],
    ['The AB-101 trial enrolled 12 patients, and 55% of the 30 screened were women.', false],
    ['The AB-101 trial enrolled 12 patients (55%) and 30% were women.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(grimFound(text).length > 0, expected, JSON.stringify(grimFound(text).map(f => f.message))));
});

describe('grim: of several n in a sentence, the one the share\'s arm labels', () => {
  const grimFound = (text: string) => analyzeText(text).findings.filter(f => f.code === 'grim');
  // 60 give 41.7 % or 43.3 %; 58 give 20.7 % or 22.4 %
  const cases: [string, boolean][] = [
    ['Patients receiving AB-101 (n=60) had an ORR of 42.5% versus 20.0% for placebo (n=60).', true],
    ['Patients receiving AB-101 (n=60) had an ORR of 41.7% versus 20.0% for placebo (n=60).', false],
    ['Patients receiving AB-101 (n=60) had an ORR of 41.7% versus 21.5% for placebo (n=58).', true],
    ['Patients receiving AB-101 (n=60) had an ORR of 41.7% versus 20.7% for placebo (n=58).', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(grimFound(text).length > 0, expected, JSON.stringify(grimFound(text).map(f => f.message))));
});

describe('grim: a share of people by its verb or by a subset marker, of the group its sentence names', () => {
  const grimFound = (text: string) => analyzeText(text).findings.filter(f => f.code === 'grim');
  // 40 give 35 % or 37.5 %, never 36 %; 20 give 40 % or 45 %, never 42 %
  const cases: [string, boolean][] = [
    ['Of the 40 patients treated with AB-101, 36% achieved a response.', true],
    ['Of the 40 patients treated with AB-101, 35% achieved a response.', false],
    ['Forty patients were treated with AB-101, 36% of whom responded.', true],
    ['Forty patients were treated with AB-101, 35% of whom responded.', false],
    ['AB-101 wurde 40 Patienten gegeben, von denen 36 % ansprachen.', true],
    ['Twenty patients were treated with AB-101. 42% responded.', true],
    ['Twenty patients were treated with AB-101. 45% responded.', false],
    // a marker of things, not of the people; a bare number that counts no people
    ['Forty patients were treated with AB-101 at 12 sites, 36% of which are in Europe.', false],
    ['Of patients enrolled, 10% had a performance score of 2; 42% had received a prior therapy.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(grimFound(text).length > 0, expected, JSON.stringify(grimFound(text).map(f => f.message))));
});
