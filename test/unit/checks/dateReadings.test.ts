import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'date-inconsistent');

/** Each row: an invented document, and whether date-inconsistent reports something in it (one finding, or none). */
function table(name: string, cases: [string, boolean][]): void {
  describe(`date-inconsistent: ${name}`, () => {
    for (const [text, reported] of cases) {
      it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
    }
  });
}

table('the release date in a page header', [
  // a web page's reading time after the date and its clock time
  ['Acme Daily\nTuesday, March 3, 2026 8:05 am ET 2 min read\nACME--\nFull data will be shown at a congress in January 2026.', true],
  ['Acme Daily\nTuesday, March 3, 2026 8:05 am ET 2 min read\nACME--\nFull data will be shown at a congress in May 2026.', false],
  // "last reviewed" labels the page's date; "as of" opens a clause stated as done
  ['Written by\nLast reviewed\nMarch 3, 2026\n\nAs of April 20, 2026, the FOO-9 study met its primary endpoint.', true],
  ['Written by\nLast reviewed\nMarch 3, 2026\n\nAs of February 20, 2026, the FOO-9 study met its primary endpoint.', false],
  // the stamp read wherever wrapping puts its line ends
  ['Acme Daily Tuesday, March 3, 2026 8:05 am ET 2 min read ACME-- Full data will be shown at a congress in January 2026.', true],
  // a date and a clock time inside a sentence are no stamp
  ['Acme will host a call on March 3, 2026 8:05 am ET. Full data will be shown at a congress in January 2026.', false],
]);

table('an event stated as done, read after the date or from a list\'s introduction', [
  // a German verb right after the date: the fronted year, the participle before its noun
  ['Datum: 2026-03-07\n\nDas Mittel kam gut an. 2027 stieg der Umsatz um 12 Prozent.', true],
  ['Datum: 2026-03-07\n\nDas Mittel kam gut an. 2025 stieg der Umsatz um 12 Prozent.', false],
  ['Datum: 2026-03-07\n\nDie im Mai 2026 übernommenen Geschäfte trugen 5 Millionen Euro bei.', true],
  ['Datum: 2026-03-07\n\nDie im Februar 2026 übernommenen Geschäfte trugen 5 Millionen Euro bei.', false],
  // each item of a list whose introduction says what was received
  ['SPRINGFIELD, March 7, 2026 /Acme Wire/ -- Drugamab has previously received the designation for:\n\nAdvanced gastric cancer in May 2024;\n\nPretreated melanoma in June 2026.', true],
  ['SPRINGFIELD, March 7, 2026 /Acme Wire/ -- Drugamab has previously received the designation for:\n\nAdvanced gastric cancer in May 2024;\n\nPretreated melanoma in June 2025.', false],
  ['SPRINGFIELD, March 7, 2026 /Acme Wire/ -- Acme plans to file for the designation for:\n\nAdvanced gastric cancer in May 2026;\n\nPretreated melanoma in June 2026.', false],
  // a verb that reports news may introduce what lies ahead
  ['SPRINGFIELD, March 7, 2026 /Acme Wire/ -- Acme announced the following milestones:\n\nA readout in the gastric cohort in May 2026;\n\nA filing in melanoma in June 2026.', false],
  // a cut-off "date of" is no schedule; a PDUFA date of is
  ['SPRINGFIELD, March 7, 2026 /Acme Wire/ -- The analysis used a data cut-off date of 20 April 2026 and shows deeper responses.', true],
  ['SPRINGFIELD, March 7, 2026 /Acme Wire/ -- The analysis used a data cut-off date of 20 January 2026 and shows deeper responses.', false],
]);

table('a cash runway names a time still to come', [
  ['SPRINGFIELD, September 6, 2026 /Acme Wire/ -- Acme reported first-half results. Cash of EUR 54.9 million is sufficient to fund operations until the end of 2025.', true],
  ['SPRINGFIELD, September 6, 2026 /Acme Wire/ -- Acme reported first-half results. Cash of EUR 54.9 million is sufficient to fund operations until the end of 2027.', false],
  ['PARIS, 6 septembre 2026 -- Acme publie ses résultats. La trésorerie est jugée suffisante pour financer ses activités jusqu\'à la fin du second semestre 2025.', true],
  ['PARIS, 6 septembre 2026 -- Acme publie ses résultats. La trésorerie est jugée suffisante pour financer ses activités jusqu\'à la fin du second semestre 2027.', false],
  ['Datum: 2026-09-06\n\nDie liquiden Mittel reichen bis Ende 2025.', true],
  ['Datum: 2026-09-06\n\nDie liquiden Mittel reichen bis Ende 2027.', false],
  // a runway stated in the past is a fact of its time
  ['SPRINGFIELD, September 6, 2026 /Acme Wire/ -- Acme reported results. Cash was sufficient to fund operations through 2025, when the company raised more.', false],
]);

table('a period that ends before it starts, in several languages', [
  ['Acme closed its fiscal year 2025 (April 2025 till March 2024) with a loss.', true],
  ['Acme closed its fiscal year 2025 (April 2025 till March 2026) with a loss.', false],
  ['Im Zeitraum von Mai 2026 bis Februar 2026 wurden 40 Patienten behandelt.', true],
  ['Im Zeitraum von Mai 2025 bis Februar 2026 wurden 40 Patienten behandelt.', false],
  // a date moved is no period; two years in parentheses joined by "and" are none either
  ['The readout was moved from June 2026 to March 2026 after a faster enrolment.', false],
  ['Sales rose in both years (2025 and 2024) across all regions.', false],
  // a start without its year takes the end's, unless the period is short and runs over New Year's Day
  ['Acme AB announces a rights issue. The subscription period runs from 27 March to 10 March 2026.', true],
  ['Acme AB announces a rights issue.\n\nSubscription period:\n\n27 March \u2013 10 March 2026.', true],
  ['Acme SA lance une augmentation de capital. La souscription est ouverte du 20 mai au 3 mai 2026.', true],
  ['Acme AB announces a rights issue. The subscription period runs from 27 March to 10 April 2026.', false],
  ['Acme AB announces a rights issue. The subscription period runs from 15 December to 10 January 2026.', false],
  ['Acme SA lance une augmentation de capital. La souscription est ouverte du 20 mai au 3 juin 2026.', false],
]);

table('events of one sentence out of their fixed order', [
  ['Note: the licence was first signed in 2024, amended to a global deal in 2022.', true],
  ['Note: the licence was first signed in 2022, amended to a global deal in 2024.', false],
  // a database is locked after the data cut-off it closes
  ['The data cut-off was 30 April 2026 and the database was locked on 12 March 2026.', true],
  ['The data cut-off was 30 April 2026 and the database was locked on 12 June 2026.', false],
  ['2023.05 Announced in Phase 2, Acme, Terminated before filing in 2021.04', true],
  ['2021.05 Announced in Phase 2, Acme, Terminated before filing in 2023.04', false],
  // "announced ... that" reports what follows; it dates no deal
  ['Acme announced in May 2026 that the agreement, signed in 2023, was terminated in 2025.', false],
  // "announced" in prose reports news: only a row that opens with its date dates a deal by it
  ['Acme announced results in May 2026; the trial was terminated in 2025 after an interim look.', false],
  // "informed consent" is no notice
  ['Informed consent was obtained in January 2026, and the protocol was approved in March 2026.', false],
  ['As notified by the agency on May 2, 2026, drugamab was approved on May 9, 2026 for adults.', true],
  ['As notified by the agency on May 2, 2026, drugamab was approved on April 28, 2026 for adults.', false],
  ['The agency set a PDUFA date of 9 September 2027, ahead of a U.S. launch in 2026.', true],
  ['The agency set a PDUFA date of 9 September 2027, ahead of a U.S. launch in 2028.', false],
  // a launch told before the decision may be an earlier one, for another use
  ['Since its U.S. launch in 2022, sales grew, and a PDUFA date of 9 September 2027 is set for the new use.', false],
]);

table('a trial\'s events in their order', [
  ['In the ACME-7 trial, the enrollment target of 300 patients was reached in May 2025. In ACME-7, the last patient was enrolled in January 2025.', true],
  ['In the ACME-7 trial, the enrollment target of 300 patients was reached in May 2025. In ACME-7, the last patient was enrolled in September 2025.', false],
  ['In the ACME-7 trial, the first patient was dosed in June 2025. In ACME-7, enrollment was completed in March 2025.', true],
  // a part of the trial keeps no order with the whole's
  ['In the ACME-7 trial, the first patient of the expansion cohort was dosed in June 2025. In ACME-7, enrollment was completed in March 2025.', false],
  // another trial's events keep their own order
  ['In the ACME-7 trial (NCT01234567), the first patient was dosed in June 2025. The BETA-2 trial (NCT07654321) completed enrollment in March 2025.', false],
]);

table('a weekday that the date does not fall on', [
  ['The call will be held on Friday, April 2, 2026, at 9 am.', true],
  ['The call will be held on Thursday, April 2, 2026, at 9 am.', false],
  ['Die Hauptversammlung findet am Montag, den 3. April 2026 statt.', true],
  ['Die Hauptversammlung findet am Freitag, den 3. April 2026 statt.', false],
  ['Results follow on 4 May 2026 (Tuesday).', true],
  ['Results follow on 4 May 2026 (Monday).', false],
]);

table('one planned submission dated twice', [
  ['Acme plans to submit a marketing application to the FDA in the first half of 2027. "We are preparing to submit our application to the FDA in the second half of 2027," said the CEO.', true],
  ['Acme plans to submit a marketing application to the FDA in the first half of 2027. "We are preparing to submit our application to the FDA in 2027," said the CEO.', false],
  // an accelerated and a full submission are two plans
  ['Acme plans to submit an application for accelerated approval to the FDA in 2026. A full approval application is planned; Acme intends to submit it to the FDA in 2028.', false],
  // a second submission is another plan
  ['Acme plans to submit an application to the FDA in 2026. Acme then plans to submit a pediatric application to the FDA in 2028.', false],
  // another drug's plan is another plan
  ['Acme plans to submit an application for drugamab to the FDA in 2026. Acme plans to submit an application for tinolimab to the FDA in 2028.', false],
]);
