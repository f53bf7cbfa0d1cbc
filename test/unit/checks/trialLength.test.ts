/**
 * date-inconsistent: a time point beyond the length of the trial it is reported in. Every sentence
 * here is invented.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'date-inconsistent');

describe('date-inconsistent: a time point beyond its trial\u2019s length', () => {
  // each row: an invented document, and whether a time point beyond the trial is reported
  const cases: [string, boolean][] = [
    ['ACME-1 was a 26-week, randomised trial in adults with type 2 diabetes. In ACME-1, tovaglutide reduced HbA1c at week 52 by 1.6 points.', true],
    ['BRAVO-2 is a 12-month double-blind, placebo-controlled study. In BRAVO-2, the ORR at 18 months was 31 %.', true],
    // within the trial, or its last visit
    ['ACME-1 was a 26-week, randomised trial in adults with type 2 diabetes. In ACME-1, tovaglutide reduced HbA1c at week 26 by 1.6 points.', false],
    // an extension or a follow-up runs beyond the trial
    ['ACME-1 was a 26-week, randomised trial in adults. In the open-label extension of ACME-1, HbA1c at week 52 was 7.1 %.', false],
    // a period within the trial, not the trial's length
    ['ACME-1 enrolled adults over a 26-week period in the trial. In ACME-1, HbA1c at week 52 was 7.1 %.', false],
    // a trial stated with two lengths is never judged
    ['ACME-1 was a 26-week trial. ACME-1, a 52-week study, continues. In ACME-1, HbA1c at week 40 was 7.1 %.', false],
    // another trial's time point
    ['ACME-1 was a 26-week, randomised trial. In ACME-2, HbA1c at week 52 was 7.1 %.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('date-inconsistent: a phase written beside one of two named trials of that phase is that trial\u2019s', () => {
  // each row: an invented document, and whether a time point beyond the trial is reported
  const cases: [string, boolean][] = [
    ['Acme reported results of the ACME-1 and ACME-2 phase 3 trials of tovaglutide. ACME-1 is a phase 3, double-blind 26-week trial of tovaglutide. The trial met its primary endpoint of HbA1c at week 52.', true],
    ['Acme reported results of the ACME-1 and ACME-2 phase 3 trials of tovaglutide. ACME-1 is a phase 3, double-blind 26-week trial of tovaglutide. The trial met its primary endpoint of HbA1c at week 26.', false],
    // the phase beside two named trials names neither
    ['Acme reported results of tovaglutide. ACME-1 and ACME-2 are phase 3 26-week trials. The trial met its primary endpoint of HbA1c at week 52.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});
