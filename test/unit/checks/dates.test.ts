import { strict as assert } from 'assert';
import { analyzeText } from '../../../server/src/analysis';

const found = (text: string) => analyzeText(text).findings.filter(f => f.code === 'date-inconsistent');
const HEAD = 'REHOVOT, Israel, December 9, 2025 \u2013 ';

describe('date-inconsistent', () => {
  it('reports a report dated before the end of the period it reports on, in the release head only', () => {
    const text = 'LUND, 11 February 2026 \u2013 Acme Bio interim report 1 January \u2013 31 March 2026\n\nRevenue rose in the quarter.';
    const fs = found(text);
    assert.equal(fs.length, 1);
    assert.equal(text.slice(fs[0].start, fs[0].end), '11 February 2026');
    assert.match(fs[0].message, /before the end \(31 March 2026\)/);
    assert.deepEqual(found(text.replace('11 February 2026', '12 May 2026')), []);
    // a Swedish title whose start takes the end's year
    assert.equal(found('PRESSMEDDELANDE\n\n3 mars 2026\n\nAcme Bio Delårsrapport\n\n1 januari \u2013 30 juni 2026\n\nIntäkterna ökade.').length, 1);
    // a financial calendar far below the head announces reports to come
    const calendar = 'LUND, 11 February 2026 \u2013 Acme Bio full-year report 2025.\n\n' + 'Revenue rose in the year. '.repeat(30) + '\n\nInterim report 1 January \u2013 31 March 2026: 12 May 2026';
    assert.deepEqual(found(calendar), []);
  });
  it('reads a date that opens the sentence saying what happens today as the release\'s own date', () => {
    const text = (dateline: string) => `Acme Bio stops trial\n\n12.03.2026 | from Acme Bio AG\n\n${dateline}, Acme Bio AG (SIX: ACME) announces today that its trial of tovarimab met its endpoint.`;
    assert.equal(found(text('12.03.2025')).length, 1);
    assert.deepEqual(found(text('12.03.2026')), []);
    // no "today": a date that opens a sentence is no dateline
    assert.deepEqual(found(text('12.03.2025').replace(' today', '')), []);
  });
  it('reports one event of a trial dated twice at times that cannot overlap', () => {
    const text = `${HEAD}The Phase 2 trial completed enrollment in March 2025.\n\nThe trial, which completed enrollment in May 2025, met its primary endpoint.`;
    const fs = found(text);
    assert.equal(fs.length, 1);
    assert.equal(fs[0].severity, 'warning');
    assert.equal(text.slice(fs[0].start, fs[0].end), 'May 2025');
    assert.match(fs[0].message, /Completion of enrolment is dated May 2025 here but March 2025 earlier/);
    // "Q1 2025" holds March 2025
    assert.deepEqual(found(text.replace('May 2025', 'the first quarter of 2025').replace('in the first', 'in the first')), []);
    assert.deepEqual(found(text.replace('May 2025', 'Q1 2025')), []);
  });
  it('reports one topline read-out planned for two periods, and reads none from a milestone named beside its date', () => {
    const text = `${HEAD}Acme Bio expects to report topline data in the first half of 2026. Topline data are expected in the second half of 2026.`;
    assert.match(found(text)[0]?.message ?? '', /Topline read-out is dated second half of 2026 here but first half of 2026 earlier/);
    assert.deepEqual(found(text.replace('second half', 'first half')), []);
    // a pipeline's next milestone, a date beside it and no verb: neither planned nor done in words
    assert.deepEqual(found(`${HEAD}Pipeline: AB-101, Phase 2, topline data Q2 2026. AB-202, Phase 1, topline data H2 2026.`), []);
  });
  it('reads a first dosing whose subject and verb stand a few words apart', () => {
    const text = `${HEAD}In August 2025, Acme Bio dosed the first patient in its Phase 2 trial. The first patient in the Phase 2 trial was dosed in July 2025.`;
    assert.match(found(text)[0]?.message ?? '', /First dosing is dated July 2025 here but August 2025 earlier/);
    assert.deepEqual(found(text.replace('July 2025', 'August 2025')), []);
  });
  it('reports a completed event after the release date, and a follow-up longer than the trial has run', () => {
    assert.match(found(`${HEAD}The Phase 2 trial completed enrollment in March 2026.`)[0].message, /stated as done, in March 2026, but the release is dated December 9, 2025/);
    const fu = found('BASEL, June 3, 2025 \u2013 In the Phase 2 FOO-1 trial, the first patient was dosed in March 2024. At a median follow-up of 24.1 months, the ORR was 40%.');
    assert.equal(fu.length, 1);
    assert.match(fu[0].message, /A follow-up of 24\.1 months is longer than the trial has run: March 2024 to June 3, 2025 is at most 15\.1 months/);
    assert.deepEqual(found('BASEL, June 3, 2025 \u2013 In the Phase 2 FOO-1 trial, the first patient was dosed in March 2024. At a median follow-up of 14.1 months, the ORR was 40%.'), []);
  });
  it('reports a range that ends before it starts', () => {
    assert.equal(found('Between May 2025 and March 2025, 45 patients were enrolled.').length, 1);
    assert.deepEqual(found('Between March 2024 and February 2025, 45 patients were enrolled.'), []);
    assert.equal(found('Expansion into prostate NEC is planned (2028\u20112027).').length, 1);
    assert.deepEqual(found('Expansion into prostate NEC is planned (2027\u20112028).'), []);
  });
  it('keeps plans apart from facts, other trials apart, and restatements alone', () => {
    assert.deepEqual(found(`${HEAD}Enrollment in the Phase 2 trial is expected to complete in Q1 2026. The Phase 2 trial completed enrollment of its first cohort in May 2025.`), []);
    assert.deepEqual(found(`${HEAD}FOO-1 (NCT01234567) completed enrollment in March 2025. BAR-2 (NCT07654321) completed enrollment in May 2025.`), []);
    assert.deepEqual(found(`${HEAD}Enrollment was completed in May 2025, later than the previously guided March 2025.`), []);
    // "investigator-initiated" starts nothing; the dateline is not the trial's start
    assert.deepEqual(found(`${HEAD}Results from an investigator-initiated Phase 1 trial: at a median follow-up of 14.6 months, the ORR was 96%.`), []);
  });
});
