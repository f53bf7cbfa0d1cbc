import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'impossible-value');
/** An invented release: ACR20 by arm in one paragraph, ACR70 by the same arms ("respectively") in the next. */
const ARMS = (when: string, lead: string, acr70: string) => `Acme Bio announced results from the ACME-3 trial of AB-101 in rheumatoid arthritis.\n\nSpecifically, 81.0% of patients receiving 200 mg of AB-101 + MTX and 79.0% of those receiving 100 mg of AB-101 + MTX achieved ACR20 ${when}, compared to 60.0% of those receiving MTX alone.\n\n${lead}The proportions of patients in the two arms achieving ACR70 were ${acr70} and 40.0%, respectively, compared to 20.0% for MTX alone.`;

describe('impossible-value: a rate above the rate it is part of', () => {
  // each row: an invented sentence, and the finding expected (or none)
  const cases: [string, string[]][] = [
    ['The ORR was 40% and the CR rate was 45%.', ['CR 45 % is above ORR 40 %: every CR is also counted in the ORR.']],
    ['The ORR was 40% and the CR rate was 25%.', []],
    ['At week 16, 60% achieved PASI 90 and 65% reached PASI 100.', ['PASI 100 65 % is above PASI 90 60 %: every PASI 100 is also counted in the PASI 90.']],
    ['At week 16, 60% achieved PASI 90 and 35% reached PASI 100.', []],
    // a rate joined to its endpoint by "with" or "achieved by"; a sentence judging trends "positive" names no biomarker population
    ['Positive trends were seen in secondary endpoints, including EASI-90 with 62% of subjects on zanotumab achieving it compared to 20% in the control arm. The primary endpoint of EASI-50 was achieved by 58% of subjects on zanotumab.', ['EASI-90 62 % is above EASI-50 58 %: every EASI-90 is also counted in the EASI-50.']],
    ['Positive trends were seen in secondary endpoints, including EASI-90 with 42% of subjects on zanotumab achieving it compared to 20% in the control arm. The primary endpoint of EASI-50 was achieved by 58% of subjects on zanotumab.', []],
    ['An ACR20 rate of 50% and an ACR50 rate of 55% were seen.', ['ACR50 55 % is above ACR20 50 %: every ACR50 is also counted in the ACR20.']],
    // a sentence about one cohort holds its own rates to each other
    ['In cohort A, the ORR was 30% and the CR rate was 35%.', ['CR 35 % is above ORR 30 %: every CR is also counted in the ORR.']],
    // ... but not to another population's in the same sentence
    ['In the subgroup, the ORR was 40%; in the overall population, the CR rate was 45%.', []],
    ['In the subgroup, the ORR was 40%, and in the overall population the CR rate was 45%.', []],
    // the rates of one named arm, each in a sentence naming its endpoint alone, are held to each other across paragraphs;
    // a time point counts only when both rates state one
    [ARMS('at week 24', '', '84.0%'), ['ACR70 84 % is above ACR20 81 %: every ACR70 is also counted in the ACR20.']],
    [ARMS('at week 24', '', '44.0%'), []],
    [ARMS('at week 12', 'At week 52, ', '84.0%'), []],
  ];
  for (const [text, want] of cases) it(`judges ${JSON.stringify(text)}`, () => assert.deepEqual(found(text), want));
});

describe('impossible-value: shares under two bounds, serious events within all events', () => {
  // each row: an invented sentence, and whether a share above the share it is part of is reported
  const cases: [string, boolean][] = [
    ['At week 26, 52% of patients on AB-202 reached HbA1c below 7% and 58% reached HbA1c below 6.5%.', true],
    ['At week 26, 58% of patients on AB-202 reached HbA1c below 7% and 42% reached HbA1c below 6.5%.', false],
    ['At week 26, 52% of patients on AB-202 reached HbA1c < 7.0% and 58% reached HbA1c < 6.5%.', true],
    ['At week 26, 52% of patients on AB-202 reached HbA1c < 7.0% and 48% reached HbA1c < 6.5%.', false],
    // thresholds reached from below still read the other way
    ['In the ACME-7 trial, 50% of participants lost at least 5% of body weight and 55% lost at least 10%.', true],
    ['In the ACME-7 trial, 50% of participants lost at least 5% of body weight and 35% lost at least 10%.', false],
    // serious events within all events, the other rate said to be of any grade
    ['Serious adverse events occurred in 32% of patients treated with AB-101, and adverse events of any grade in 28%.', true],
    ['Serious adverse events occurred in 12% of patients treated with AB-101, and adverse events of any grade in 28%.', false],
    ['Serious adverse events occurred in 32% of patients treated with AB-101, and adverse events leading to discontinuation in 10%.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
});
