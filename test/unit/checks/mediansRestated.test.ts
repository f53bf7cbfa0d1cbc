/** repeated-value: a median for one drug and arm stated twice, and the words that do or do not set the second apart as another group's. Invented documents. */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'repeated-value').filter(m => /Median/.test(m));

const first = 'Results from the ZEN-3 trial showed a median OS of 41.2 months in the zelbotamab arm and 33.5 months in the placebo arm (HR 0.91).';

describe('repeated-value: a control arm\'s median stated twice', () => {
  const cases: [string, boolean][] = [
    [`${first} A high crossover from placebo to zelbotamab (80%) likely lengthened the median OS in the placebo arm of 31.5 months.`, true],
    [`${first} A low rate of crossover could not explain the median OS in the placebo arm of 31.5 months.`, true],
    [`${first} A high crossover from placebo to zelbotamab (80%) likely lengthened the median OS in the placebo arm of 33.5 months.`, false],
    // "high" and "low" that name a group of patients still set the statement apart
    [`${first} In PD-L1 high tumours, the median OS in the placebo arm was 31.5 months.`, false],
    [`${first} In a high-risk population, the median OS in the placebo arm was 31.5 months.`, false],
    [`${first} Among patients with low tumour burden, the median OS in the placebo arm was 31.5 months.`, false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text.slice(first.length + 1)}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
});

describe('repeated-value: two groups in one sentence, and medians of other studies', () => {
  const lead = 'Acme Bio reported results of AB-101 in the ZEN-5 trial. The median duration of response was 7.1 months.';
  const cases: [string, boolean][] = [
    // a restatement in a later sentence is still one
    [`${lead} Responses lasted a median of 8.4 months.`, true],
    // two medians of one kind in one sentence are two groups compared, not one median stated twice
    ['Acme Bio reported results of AB-101. Complete responses lasted a median of 9 months, while partial responses lasted a median of 4 months.', false],
    ['Acme Bio reported results of AB-101. Median PFS was 6.1 months in the first cohort and 3.9 months in the second.', false],
    // a sentence about other studies or historical data speaks of other patients
    ['Acme Bio reported results of AB-101 in the ZEN-5 trial. The median PFS and OS were 3 months and 10 months, respectively. Patients in phase I studies of targeted agents had a median PFS and OS of 2 and 8 months, respectively.', false],
    ['Acme Bio reported results of AB-101 in the ZEN-5 trial. The median PFS and OS were 3 months and 10 months, respectively. In retrospective data, patients had a median PFS and OS of 2 and 8 months, respectively.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});
