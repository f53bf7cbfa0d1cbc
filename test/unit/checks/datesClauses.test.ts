import { strict as assert } from 'assert';
import { analyzeText } from '../../../server/src/analysis';

const dated = (text: string) => analyzeText(text).findings.filter(f => f.code === 'date-inconsistent');
const head = 'Acme Bio News\n\nBOSTON, March 3, 2026 -- ';

describe('date-inconsistent: clauses joined by a conjunction, events referred back to, a date opening its clause', () => {
  // each row: an invented release, and whether one of its events is reported as dated twice
  const cases: [string, boolean][] = [
    // ", and" opens a clause with its own date: the enrolment's date is read in its own clause
    [`${head}The ACME-3 trial completed enrollment in September 2025.\n\nEnrollment in ACME-3 was completed in November 2025, and the last patient finished treatment in February 2026.`, true],
    [`${head}The ACME-3 trial completed enrollment in September 2025.\n\nEnrollment in ACME-3 was completed in September 2025, and the last patient finished treatment in February 2026.`, false],
    // the approval stated first with its agency, drug and indication; a later statement names the drug and agency alone
    [`${head}The FDA approved AB-101 for the treatment of migraine on March 2, 2026.\n\nAB-101 was approved by the FDA on February 27, 2026, and will be launched in April.`, true],
    [`${head}The FDA approved AB-101 for the treatment of migraine on March 2, 2026.\n\nAB-101 was approved by the FDA on March 2, 2026, and will be launched in April.`, false],
    // two approvals for two indications are two events
    [`${head}The FDA approved AB-101 for the treatment of migraine on March 2, 2026.\n\nThe FDA approved AB-101 for the treatment of cluster headache in May 2024.`, false],
    // an approval for a use the reading does not name as an indication may be another approval
    [`${head}The FDA approved AB-101 for the treatment of migraine on March 2, 2026.\n\nThe FDA approved AB-101 for use in adolescents in May 2024.`, false],
    // a later approval named with another agency is another approval
    [`${head}The FDA approved AB-101 for the treatment of migraine on March 2, 2026.\n\nAB-101 was approved by the EMA in May 2024.`, false],
    // a designation referred back to with no agency or drug: the document's one such designation
    [`${head}The FDA granted Breakthrough Therapy Designation to AB-505 for relapsed multiple myeloma in February 2026.\n\nThe Breakthrough Therapy Designation, granted in January 2026, is based on Phase 1 data.`, true],
    [`${head}The FDA granted Breakthrough Therapy Designation to AB-505 for relapsed multiple myeloma in February 2026.\n\nThe Breakthrough Therapy Designation, granted in February 2026, is based on Phase 1 data.`, false],
    // a date that opens its clause dates the event the clause names after it
    [`${head}Acme Bio reported results.\n\nIn October 2025, Acme Bio completed an initial public offering.\n\nSince its IPO in November 2025, Acme Bio has added two programs.`, true],
    [`${head}Acme Bio reported results.\n\nIn November 2025, Acme Bio completed an initial public offering.\n\nSince its IPO in November 2025, Acme Bio has added two programs.`, false],
    // a founding carried to the company named before only when the sentence refers back to it
    [`${head}Acme Bio acquired Beta Labs. The company was founded in 2005 and sells sequencing services.\n\nGammagen was founded in 1999 and also sells sequencing services.`, false],
    [`${head}Acme Bio acquired Beta Labs. The company was founded in 2005 and sells sequencing services.\n\nSince its founding in 1999, the company has grown.`, true],
    // an order word between the date and the event puts the event at another time
    [`${head}Acme Bio went public in 2019.\n\nIn 2024, five years after its IPO, Acme Bio raised new funds.`, false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${JSON.stringify(text.slice(head.length, head.length + 90))}`, () => assert.equal(dated(text).length > 0, expected, JSON.stringify(dated(text).map(f => f.message))));
});

describe('date-inconsistent: one transaction closed, or one filing submitted, dated twice', () => {
  const cases: [string, boolean][] = [
    [`${head}Acme Bio announced that it completed its acquisition of Beta Bio on March 1, 2026.\n\nThe transaction closed on February 20, 2026, after the waiting period expired.`, true],
    [`${head}Acme Bio announced that it completed its acquisition of Beta Bio on March 1, 2026.\n\nThe transaction closed on March 1, 2026, after the waiting period expired.`, false],
    [`${head}Acme Bio priced its public offering of common stock.\n\nThe offering is expected to close on March 5, 2026.\n\nThe offering is expected to close on or about March 9, 2026, subject to customary conditions.`, true],
    // a plan and a completion are two statements, not one event dated twice
    [`${head}Acme Bio priced its public offering.\n\nThe offering is expected to close on March 5, 2026.\n\nAcme Bio completed a private placement in June 2025.`, false],
    // two companies' offerings, each in its own sentence
    [`${head}Acme Bio said its offering is expected to close on March 5, 2026.\n\nGamma Pharma said its offering is expected to close on March 9, 2026.`, false],
    // a date moved is stated as such
    [`${head}The merger is expected to close on March 5, 2026.\n\nThe merger, previously expected to close in December 2025, was delayed by the review.`, false],
    [`${head}Acme Bio submitted a marketing authorisation application to the EMA for AB-808 in February 2026.\n\nThe MAA, submitted in December 2025, is supported by the ORION trial.`, true],
    // two agencies, two submissions
    [`${head}Acme Bio submitted a new drug application to the FDA for AB-808 in February 2026.\n\nAcme Bio submitted a marketing authorisation application to the EMA for AB-808 in December 2025.`, false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${JSON.stringify(text.slice(head.length, head.length + 90))}`, () => assert.equal(dated(text).length > 0, expected, JSON.stringify(dated(text).map(f => f.message))));
});
