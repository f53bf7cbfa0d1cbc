import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'date-inconsistent');

describe('date-inconsistent: an event stated as done after the release date', () => {
  // each row: an invented document, and whether an event is reported as dated after its release
  const cases: [string, boolean][] = [
    ['SPRINGFIELD, March 7, 2026 /Acme Wire/ -- The drug was approved in May 2026 in Japan.', true],
    ['SPRINGFIELD, March 7, 2026 /Acme Wire/ -- The drug was approved in January 2026 in Japan.', false],
    ['March 7, 2026\n\nOn March 17, 2026, the agency granted accelerated approval to drugamab.', true],
    ['Date: 2026-03-07\n\nAcme received the designation in April 2026.', true],
    ['Datum: 2026-03-07\n\nDas Mittel wurde im Februar 2026 zugelassen.', false],
    // future events, targets and schedules are no contradiction
    ['SPRINGFIELD, March 7, 2026 /Acme Wire/ -- The FDA accepted the filing and set a PDUFA date of May 20, 2026.', false],
    ['SPRINGFIELD, March 7, 2026 /Acme Wire/ -- The drug is expected to be approved in May 2026.', false],
    ['SPRINGFIELD, March 7, 2026 /Acme Wire/ -- Cash is sufficient to fund operations into 2028.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('date-inconsistent: a clause in the future tense dated before the release date', () => {
  // each row: an invented document, and whether a future clause is reported as dated before its release
  const cases: [string, boolean][] = [
    ['SPRINGFIELD, June 2, 2026 (ACME WIRE) -- Full results will be presented at a congress in March 2026.', true],
    ['SPRINGFIELD, June 2, 2026 /Acme Wire/ - The company expects that cash will last until Q1 2026.', true],
    ['Datum: 2026-06-02\n\nDas Unternehmen erwartet, dass der Umsatz 2025 bei 12 Millionen Euro liegen wird.', true],
    ['Dato: 2026-06-02\n\nResultatene er ventet i 2025.', true],
    ['Monday, June 1, 2026 9:15 am ET\n\nData will be presented at a congress in April 2026.', true],
    // what is still to come dated after the release
    ['SPRINGFIELD, June 2, 2026 (ACME WIRE) -- Full results will be presented at a congress in September 2026.', false],
    // a past verb before the date dates the event, not the future clause
    ['SPRINGFIELD, June 2, 2026 (ACME WIRE) -- The drug, approved in March 2025, will be launched in Europe.', false],
    // a date before a noun modifies it
    ['SPRINGFIELD, June 2, 2026 (ACME WIRE) -- Data from the 2025 cohort will be presented in the autumn.', false],
    // a period that runs on, and a period a report covers
    ['SPRINGFIELD, June 2, 2026 (ACME WIRE) -- Patients treated since 2025 will be followed for five years.', false],
    ['SPRINGFIELD, January 8, 2026 (ACME WIRE) -- The company will report full-year 2025 results on February 12, 2026.', false],
    ['SPRINGFIELD, January 8, 2026 (ACME WIRE) -- The company will report its 2025 results in February.', false],
    // a restated plan
    ['SPRINGFIELD, June 2, 2026 (ACME WIRE) -- The filing, previously planned for 2025, will now be made in 2027.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('date-inconsistent: a verb of completion whose object runs up to a date after the release', () => {
  // each row: an invented document, and whether the event is reported as dated after its release
  const cases: [string, boolean][] = [
    // the verb stands far before the date, a phrase set off by commas inside its object
    ['March 7, 2026\n\nAcme shared the first interim analysis of the study of drugamab, through month 6, of the older cohort on April 14, 2026. Results were good.', true],
    ['SPRINGFIELD, March 7, 2026 /Acme Wire/ -- Acme presented the updated safety data from all dose levels of the Phase 1 study of zelbotamab in patients with gout on April 2, 2026.', true],
    // the same before the release date
    ['March 7, 2026\n\nAcme shared the first interim analysis of the study of drugamab, through month 6, of the older cohort on February 14, 2026. Results were good.', false],
    // another clause or verb between the verb and the date
    ['March 7, 2026\n\nAcme shared the first interim analysis of the study of drugamab and plans a second look at the older cohort on April 14, 2026.', false],
    ['March 7, 2026\n\nAcme completed the enrolment of the study of drugamab, which will report data on the older cohort on April 14, 2026.', false],
    ['March 7, 2026\n\nAcme shared the first interim analysis of the study of drugamab, a second look at the older cohort on April 14, 2026.', false],
    // a plan set off by commas is still a plan
    ['March 7, 2026\n\nAcme shared the cash forecast of the company, through March 2027, with investors on April 14, 2026.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('date-inconsistent: a sum booked upon an event named as a noun, dated after the release', () => {
  // each row: an invented document, and whether the event is reported as dated after its release
  const cases: [string, boolean][] = [
    ['SPRINGFIELD, February 10, 2026 /Acme Wire/ -- Research costs rose to $20.1 million, which included a $5.0 million payment to Beta Bio upon execution of the licence agreement with Beta Bio in March 2026.', true],
    ['SPRINGFIELD, February 10, 2026 /Acme Wire/ -- Other income of $3 million was recognized following the closing of the sale of the plant in April 2026.', true],
    // the event before the release
    ['SPRINGFIELD, February 10, 2026 /Acme Wire/ -- Research costs rose to $20.1 million, which included a $5.0 million payment to Beta Bio upon execution of the licence agreement with Beta Bio in March 2025.', false],
    // a sum still to be paid: a plan, a future, or no verb that books it
    ['SPRINGFIELD, February 10, 2026 /Acme Wire/ -- Acme will pay $5.0 million to Beta Bio upon execution of the licence agreement in March 2026.', false],
    ['SPRINGFIELD, February 10, 2026 /Acme Wire/ -- Beta Bio is eligible for $5.0 million upon execution of the licence agreement in March 2026.', false],
    ['SPRINGFIELD, February 10, 2026 /Acme Wire/ -- Research costs included a $5.0 million payment, and a further payment is due upon execution of the licence agreement in March 2026.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('date-inconsistent: a deadline an agency sets, dated before the release', () => {
  // each row: an invented document, and whether the deadline is reported as dated before its release
  const cases: [string, boolean][] = [
    ['SPRINGFIELD, March 3, 2026 /Acme Wire/ -- The FDA accepted the filing of drugamab. The agency granted a Priority Review and provided a PDUFA date of 27 January 2026, ahead of a launch in 2026.', true],
    ['SPRINGFIELD, March 3, 2026 /Acme Wire/ -- The FDA accepted the filing and assigned a target action date of January 27, 2026.', true],
    // a footnote mark after the noun's word
    ['SPRINGFIELD, March 3, 2026 /Acme Wire/ -- The FDA accepted the filing and set a PDUFA2 date of January 27, 2026.', true],
    // the deadline after the release
    ['SPRINGFIELD, March 3, 2026 /Acme Wire/ -- The FDA accepted the filing of drugamab. The agency granted a Priority Review and provided a PDUFA date of 27 September 2026, ahead of a launch in 2026.', false],
    // a deadline set before ("had set"), or a restated one
    ['SPRINGFIELD, March 3, 2026 /Acme Wire/ -- The FDA approved drugamab today; the agency had set a PDUFA date of 27 February 2026.', false],
    ['SPRINGFIELD, March 3, 2026 /Acme Wire/ -- The FDA approved drugamab ahead of the PDUFA date of January 27, 2026 it had originally set.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});
