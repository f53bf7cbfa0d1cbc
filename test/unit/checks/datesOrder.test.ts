/** date-inconsistent: a pre-submission meeting after the submission, an event against the reporting date. Invented sentences. */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'date-inconsistent');

describe('date-inconsistent: events ordered by their words', () => {
  // each row: an invented text, and whether a date in it is reported
  const cases: [string, boolean][] = [
    // "pre-NDA" names the event it precedes
    ['Acme Bio is preparing for a pre-NDA meeting with the agency in the third quarter of 2027 and plans to submit the application in the first half of 2027.', true],
    ['Acme Bio is preparing for a pre-NDA meeting with the agency in the first quarter of 2027 and plans to submit the application in the second half of 2027.', false],
    // a hyphenated "pre-submission" is no submission
    ['Acme Bio held a pre-BLA meeting in March 2027 and a pre-submission meeting in May 2026.', false],
    // after the reporting date, dated before it
    ['Cash and equivalents were EUR 31.4 million as of 30 June 2027. After the reporting date, in May 2027, Acme Bio raised EUR 6 million in a placement.', true],
    ['Cash and equivalents were EUR 31.4 million as of 30 June 2027. After the reporting date, in August 2027, Acme Bio raised EUR 6 million in a placement.', false],
    ['Der Finanzmittelbestand zum 30. Juni 2027 belief sich auf 31,4 Millionen Euro. Durch eine nach dem Stichtag im Mai 2027 durchgeführte Kapitalerhöhung flossen 6 Millionen Euro zu.', true],
    ['Der Finanzmittelbestand zum 30. Juni 2027 belief sich auf 31,4 Millionen Euro. Durch eine nach dem Stichtag im Juli 2027 durchgeführte Kapitalerhöhung flossen 6 Millionen Euro zu.', false],
    // a date of no balance (no money in its sentence) is no reporting date
    ['As of 30 June 2027, 48 patients were enrolled. After the reporting date, in May 2027, Acme Bio raised EUR 6 million.', false],
    // "of" names the reporting date itself
    ['Cash was EUR 31.4 million as of 30 June 2027. After the reporting date of 31 March 2027, Acme Bio raised EUR 6 million.', false],
  ];
  for (const [text, want] of cases) it(`${want ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 100))}`, () => assert.equal(found(text).length > 0, want, found(text).join('; ')));
});

describe('date-inconsistent: events stated as done after the release date', () => {
  const cases: [string, boolean][] = [
    ['BASEL, March 3, 2026 \u2013 Acme Bio shared the first interim analysis on May 14, 2026.', true],
    ['BASEL, March 3, 2026 \u2013 Acme Bio shared the first interim analysis on February 14, 2026.', false],
    ['BASEL, March 3, 2026 \u2013 Acme Bio submitted the application in June 2026.', true],
    ['BASEL, March 3, 2026 \u2013 Acme Bio expects to have submitted the application in June 2026.', false],
    ['BASEL, March 3, 2026 \u2013 The annual meeting will be held on May 14, 2026.', false],
  ];
  for (const [text, want] of cases) it(`${want ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 100))}`, () => assert.equal(found(text).length > 0, want, found(text).join('; ')));
});

describe('date-inconsistent: a weekday against a day written without its year', () => {
  const cases: [string, boolean][] = [
    ['BASEL, March 3, 2026 \u2013 Acme Bio will host a conference call on Tuesday, March 4 at 8:00 a.m. ET.', true],
    ['BASEL, March 3, 2026 \u2013 Acme Bio will host a conference call on Wednesday, March 4 at 8:00 a.m. ET.', false],
    // the nearest year: a January day in a December release is next year's (5 January 2027 is a Tuesday)
    ['BASEL, December 14, 2026 \u2013 Acme Bio will present at a meeting on Tuesday, January 5.', false],
    ['BASEL, December 14, 2026 \u2013 Acme Bio will present at a meeting on Monday, January 5.', true],
    // no dateline: no year to read it in
    ['Acme Bio will host a conference call on Tuesday, March 4 at 8:00 a.m. ET.', false],
  ];
  for (const [text, want] of cases) it(`${want ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 100))}`, () => assert.equal(found(text).length > 0, want, found(text).join('; ')));
});

describe('date-inconsistent: order words of several languages', () => {
  const cases: [string, boolean][] = [
    ['Zantolimab was approved in May 2026 and then launched in March 2026.', true],
    ['Zantolimab was approved in May 2026 and then launched in July 2026.', false],
    ['El fármaco se lanzó en marzo de 2026, después de la aprobación en mayo de 2026.', true],
    ['El fármaco se lanzó en junio de 2026, después de la aprobación en mayo de 2026.', false],
    ['Das Mittel wurde im März 2026 eingeführt, nachdem die Zulassung im Mai 2026 erteilt wurde.', true],
    ['Das Mittel wurde im Juni 2026 eingeführt, nachdem die Zulassung im Mai 2026 erteilt wurde.', false],
  ];
  for (const [text, want] of cases) it(`${want ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 100))}`, () => assert.equal(found(text).length > 0, want, found(text).join('; ')));
});

describe('date-inconsistent: one designation, one founding, dated twice', () => {
  const cases: [string, boolean][] = [
    ['The FDA granted zantolimab Breakthrough Therapy designation for gout in March 2026. Zantolimab received Breakthrough Therapy designation from the FDA for gout in May 2025.', true],
    ['The FDA granted zantolimab Breakthrough Therapy designation for gout in March 2026. Zantolimab received Breakthrough Therapy designation from the FDA for gout in March 2026.', false],
    // two kinds of designation are two events
    ['The FDA granted zantolimab Breakthrough Therapy designation for gout in March 2026. Zantolimab received Fast Track designation from the FDA for gout in May 2025.', false],
    // the indication named in neither statement: the one designation the document speaks of
    ['The FDA granted zantolimab Breakthrough Therapy designation in March 2026. Zantolimab received Breakthrough Therapy designation from the FDA in May 2025.', true],
    // one statement names its indication, the other none: they may be two designations
    ['The FDA granted zantolimab Breakthrough Therapy designation for gout in March 2026. Zantolimab received Breakthrough Therapy designation from the FDA in May 2025.', false],
    ['Acme Bio, founded in 2016, develops antibodies. Since it was founded in 2012, Acme Bio has raised $300 million.', true],
    ['Acme Bio, founded in 2016, develops antibodies. Since it was founded in 2016, Acme Bio has raised $300 million.', false],
    // two companies' foundings
    ['Acme Bio, founded in 2016, develops antibodies. Zenith Pharma, founded in 2012, makes tablets.', false],
    // the founding as a noun, in a sentence that names no company: the company named just before
    ['Acme Bio was founded in 2016 and develops antibodies. Since its founding in 2012, the company has raised $300 million.', true],
    ['Acme Bio was founded in 2016 and develops antibodies. Since its founding in 2016, the company has raised $300 million.', false],
    // a company goes public once
    ['Acme Bio completed its IPO in March 2021. Since its IPO in 2020, the company has raised $500 million.', true],
    ['Acme Bio completed its IPO in March 2021. Since its IPO in 2021, the company has raised $500 million.', false],
    // two companies' listings
    ['Acme Bio completed its IPO in March 2021. Zenith Pharma, which went public in 2019, invested in it.', false],
  ];
  for (const [text, want] of cases) it(`${want ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 100))}`, () => assert.equal(found(text).length > 0, want, found(text).join('; ')));
});

describe('date-inconsistent: days without a year, read in the dateline\'s year', () => {
  const cases: [string, boolean][] = [
    ['BASEL, June 3, 2026 \u2013 Zantolimab was approved on May 12 and then launched in March 2026.', true],
    ['BASEL, June 3, 2026 \u2013 Zantolimab was approved on February 12 and then launched in March 2026.', false],
    // two days without a year may run across a new year: not judged
    ['BASEL, December 30, 2026 \u2013 The offer runs from December 20 to January 5.', false],
    ['BASEL, December 30, 2026 \u2013 Zantolimab was approved on December 12 and then launched on January 5.', false],
  ];
  for (const [text, want] of cases) it(`${want ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 100))}`, () => assert.equal(found(text).length > 0, want, found(text).join('; ')));
});
