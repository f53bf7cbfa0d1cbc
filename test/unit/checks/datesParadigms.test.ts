/**
 * date-inconsistent, read over every form a writer uses rather than the few a document used: every
 * form of a verb of expecting, planning or intending dates what lies ahead, per language (dates.json
 * future.paradigms); a preposition of a period that runs on ("until", "into") plans only the date it
 * stands before (dates.json planned.atDateOnly). Every sentence here is invented.
 */
import { strict as assert } from 'assert';
import { figuresOf, messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'date-inconsistent');
const head = 'BOSTON, June 8, 2027 -- Acme Bio announced results of its ALPHA trial of AB-101. ';

describe('date-inconsistent: every form of a verb of the future, before the release date', () => {
  const cases: [string, boolean][] = [
    [`${head}"If the data are positive, we expect to file an application for AB-101 in 2026," said the CEO.\n`, true],
    [`${head}Acme plan to file an application for AB-101 in 2026.\n`, true],
    [`${head}The company intends to report topline results before the end of 2026.\n`, true],
    [`${head}Acme is planning to start a Phase 3 trial in the first half of 2026.\n`, true],
    [`${head}The partners look forward to presenting the data at a meeting in March 2027.\n`, true],
    [`${head}The trial is set to begin enrolling patients in the first quarter of 2027.\n`, true],
    [`${head}The company is slated to report data in the fourth quarter of 2026.\n`, true],
    // the same forms dated after the release: as it should be
    [`${head}"If the data are positive, we expect to file an application for AB-101 in 2028," said the CEO.\n`, false],
    [`${head}Acme plan to file an application for AB-101 in the second half of 2027.\n`, false],
    [`${head}The partners look forward to presenting the data at a meeting in September 2027.\n`, false],
    // an expectation of the past is no future
    [`${head}The trial, which was expected to complete in 2026, completed in May 2027.\n`, false],
    // the date modifies a noun, it dates no clause of the future
    [`${head}Acme expects the 2026 cohort to be followed for two more years.\n`, false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${JSON.stringify(text)}`, () => {
      const f = found(text);
      assert.equal(f.length > 0, expected, f.join(' | '));
    });
  }
});

describe('date-inconsistent: the future in the corpus languages, before the release date', () => {
  const cases: [string, boolean][] = [
    ['Stockholm den 8 juni 2027 – Acme Bio AB avser att lämna in ansökan för AB-101 under första kvartalet 2027.\n', true],
    ['Stockholm den 8 juni 2027 – Acme Bio AB avser att lämna in ansökan för AB-101 under fjärde kvartalet 2027.\n', false],
    ['København, 8. juni 2027 – Acme Bio A/S forventer at indsende ansøgningen for AB-101 i første kvartal 2027.\n', true],
    ['København, 8. juni 2027 – Acme Bio A/S forventer at indsende ansøgningen for AB-101 i fjerde kvartal 2027.\n', false],
    ['München, 08.06.2027 – Die Acme Bio AG rechnet mit der Zulassung von AB-101 im ersten Quartal 2027.\n', true],
    ['München, 08.06.2027 – Die Acme Bio AG rechnet mit der Zulassung von AB-101 im vierten Quartal 2027.\n', false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${JSON.stringify(text)}`, () => {
      const f = found(text);
      assert.equal(f.length > 0, expected, f.join(' | '));
    });
  }
});

describe('date-inconsistent: a period\'s preposition plans only the date it stands before', () => {
  const cases: [string, boolean][] = [
    // "into" belongs to "entered into": the agreement is done, and dated after the release
    [`${head}As previously announced on June 27, 2027, Acme entered into an agreement to acquire Beta Bio.\n`, true],
    [`${head}On June 2, 2027, Acme entered into an agreement to acquire Beta Bio.\n`, false],
    // "into" before the date plans it
    [`${head}Acme said its cash is sufficient to fund operations into 2029.\n`, false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${JSON.stringify(text)}`, () => {
      const f = found(text);
      assert.equal(f.length > 0, expected, f.join(' | '));
    });
  }
});

describe('date-inconsistent: a date followed by a preposition or a conjunction dates its clause', () => {
  const cases: [string, boolean][] = [
    ['München, 08.06.2027 – Acme Bio AG: Der Umsatz der Gesellschaft stieg 2028 um zwölf Prozent auf 40 Mio. Euro.\n', true],
    ['München, 08.06.2027 – Acme Bio AG: Der Umsatz der Gesellschaft stieg 2026 um zwölf Prozent auf 40 Mio. Euro.\n', false],
    [`${head}Revenue rose in 2028 by 12% to $40 million.\n`, true],
    [`${head}Revenue rose in 2026 by 12% to $40 million.\n`, false],
    // the date modifies a noun after it: no event of its own
    [`${head}Acme reported 2028 guidance of $40 million.\n`, false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${JSON.stringify(text)}`, () => {
      const f = found(text);
      assert.equal(f.length > 0, expected, f.join(' | '));
    });
  }
});

describe('date-inconsistent: an English verb in the perfect or the passive past is done', () => {
  const cases: [string, boolean][] = [
    [`${head}AB-101 was cleared by the agency in September 2027.\n`, true],
    [`${head}Acme has formally notified the agency on June 30, 2027.\n`, true],
    [`${head}Acme had already dosed three patients in July 2027.\n`, true],
    [`${head}Acme sold its manufacturing site in August 2027.\n`, true],
    // before the release: as it should be
    [`${head}AB-101 was cleared by the agency in May 2027.\n`, false],
    [`${head}Acme had already dosed three patients in April 2027.\n`, false],
    // a participle that plans or names a date moved is no event done
    [`${head}The read-out was scheduled for the fourth quarter of 2027.\n`, false],
    [`${head}The read-out was expected in the fourth quarter of 2027.\n`, false],
    [`${head}The offer was extended until July 30, 2027.\n`, false],
    // not done
    [`${head}AB-101 has not yet been approved; a decision is expected in September 2027.\n`, false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${JSON.stringify(text)}`, () => {
      const f = found(text);
      assert.equal(f.length > 0, expected, f.join(' | '));
    });
  }
});

describe('date-inconsistent: a sentence adverb before a date that opens its clause', () => {
  const cases: [string, boolean][] = [
    [`${head}Also on June 21, 2027, the company secured a loan of $20 million.\n`, true],
    [`${head}Separately, on June 21, 2027, the company secured a loan of $20 million.\n`, true],
    [`${head}Also on June 2, 2027, the company secured a loan of $20 million.\n`, false],
    // a plan after the opening date: not done
    [`${head}Also on June 21, 2027, the company will host a call.\n`, false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${JSON.stringify(text)}`, () => {
      const f = found(text);
      assert.equal(f.length > 0, expected, f.join(' | '));
    });
  }
});

describe('date-inconsistent: one verb of the future governs the coordinated times after it', () => {
  const cases: [string, boolean][] = [
    [`${head}Acme plans to report data from Part A in the first quarter of 2027 and from Part B in the fourth quarter of 2027.\n`, true],
    [`${head}Acme plans to report data from Part A in the third quarter of 2027 and from Part B in the fourth quarter of 2027.\n`, false],
    // a verb of completion in the clause: the dates are not all planned
    [`${head}Acme completed Part A in the first quarter of 2027 and plans to report Part B in the fourth quarter of 2027.\n`, false],
    // a period's ends, not coordinated times
    [`${head}Acme will follow patients treated from the first quarter of 2027 until the fourth quarter of 2028.\n`, false],
    // without a dateline: a done event after the earliest planned one
    ['Acme Bio had achieved its enrolment target in July 2027. Acme plans to report data from Part A in the second quarter of 2027 and from Part B in the third quarter of 2027.\n', true],
    ['Acme Bio had achieved its enrolment target in May 2027. Acme plans to report data from Part A in the third quarter of 2027 and from Part B in the fourth quarter of 2027.\n', false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${JSON.stringify(text)}`, () => {
      const f = found(text);
      assert.equal(f.length > 0, expected, f.join(' | '));
    });
  }
});

describe('date-inconsistent: a relative clause has a tense of its own', () => {
  const cases: [string, boolean][] = [
    [`${head}Acme has already filed for review of AB-101, which is expected to receive a decision in March 2027.\n`, true],
    [`${head}Acme has already filed for review of AB-101, which is expected to receive a decision in March 2028.\n`, false],
    // the relative clause in the past: no future
    [`${head}Acme will present data on AB-101, which was approved in March 2027.\n`, false],
    // "look forward", with or without "to"
    [`${head}"We look forward with great interest to results before the end of 2026," said the CEO.\n`, true],
    [`${head}"We look forward with great interest to results before the end of 2027," said the CEO.\n`, false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${JSON.stringify(text)}`, () => {
      const f = found(text);
      assert.equal(f.length > 0, expected, f.join(' | '));
    });
  }
});

describe('date-inconsistent: a weekday abbreviated, and a span of days that ends before it starts', () => {
  const cases: [string, boolean][] = [
    [`${head}Acme will host a call on Tue., June 10, 2027.\n`, true],
    [`${head}Acme will host a call on Tue, June 10, 2027.\n`, true],
    ['München, 08.06.2027 – Die Acme Bio AG lädt am Di., 10.06.2027 zur Hauptversammlung ein.\n', true],
    [`${head}Acme will host a call on Thu., June 10, 2027.\n`, false],
    ['München, 08.06.2027 – Die Acme Bio AG lädt am Do., 10.06.2027 zur Hauptversammlung ein.\n', false],
    // a month's abbreviation before a date is no weekday
    [`${head}Acme filed in Mar. June 10, 2027 is the decision date.\n`, false],
    [`${head}Enrolment ran June 10-March 3, 2026.\n`, true],
    [`${head}Enrolment ran March 3-June 10, 2026.\n`, false],
    // a short span across New Year's Day is as written
    [`${head}The offer ran December 28-January 3, 2027.\n`, false],
    // a span with no year written ends before it starts in any year
    [`${head}The congress is held from October 14-12.\n`, true],
    [`${head}The congress is held from October 12-14.\n`, false],
    [`${head}The offer ran December 28-January 3.\n`, false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${JSON.stringify(text)}`, () => {
      const f = found(text);
      assert.equal(f.length > 0, expected, f.join(' | '));
    });
  }
});

describe('date-inconsistent: a length stated for a period whose two ends are dated', () => {
  const cases: [string, boolean][] = [
    [`${head}Over the 12-month period from March 2025 to June 2026, sales of AB-101 rose.\n`, true],
    [`${head}In the 18 months between January 2025 and March 2026, Acme enrolled 200 patients.\n`, true],
    [`${head}The trial ran for 24 months, from January 2024 to June 2025.\n`, true],
    [`${head}From March 2025 to June 2026 (12 months), sales of AB-101 rose.\n`, true],
    ['München, 08.06.2027 – Im Zeitraum von 12 Monaten vom März 2025 bis Juni 2026 stieg der Umsatz.\n', true],
    [`${head}During the 10-day window from 1 May 2026 to 30 May 2026 the offer was open.\n`, true],
    // lengths the ends allow, however the months are counted
    [`${head}Over the 15-month period from March 2025 to June 2026, sales of AB-101 rose.\n`, false],
    [`${head}Over the 16-month period from March 2025 to June 2026, sales of AB-101 rose.\n`, false],
    [`${head}In the five-year period from 2019 to 2023, sales of AB-101 rose.\n`, false],
    [`${head}During the 30-day window from 1 May 2026 to 30 May 2026 the offer was open.\n`, false],
    // a length with "about" is not judged; "more than" bounds it from below only
    [`${head}Over about 12 months from March 2025 to June 2026, sales of AB-101 rose.\n`, false],
    [`${head}Over more than 12 months from March 2025 to June 2026, sales of AB-101 rose.\n`, false],
    // a length not of the period: other words between
    [`${head}Patients treated for 12 months were enrolled from March 2025 to June 2026.\n`, false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${JSON.stringify(text)}`, () => {
      const f = found(text);
      assert.equal(f.length > 0, expected, f.join(' | '));
    });
  }
});

describe('date-inconsistent: an anniversary of the founding', () => {
  const cases: [string, boolean][] = [
    ['BOSTON, June 8, 2027 -- Founded in 2015, Acme Bio celebrates its 20th anniversary this year.\n', true],
    ['München, 08.06.2027 – Die 2015 gegründete Acme Bio AG feiert ihr 20-jähriges Jubiläum.\n', true],
    ['BOSTON, June 8, 2027 -- Founded in 2007, Acme Bio celebrates its 20th anniversary this year.\n', false],
    ['München, 08.06.2027 – Die 2007 gegründete Acme Bio AG feiert ihr 20-jähriges Jubiläum.\n', false],
    // another's anniversary
    ['BOSTON, June 8, 2027 -- Acme Bio, founded in 2015, marks the 20th anniversary of the first approval of AB-101.\n', false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${JSON.stringify(text)}`, () => {
      const f = found(text);
      assert.equal(f.length > 0, expected, f.join(' | '));
    });
  }
});

describe('dates: a half-year or quarter word in the inflected forms a language writes after its ordinals', () => {
  const cases: [string, string | undefined][] = [
    ['Acme Bio legt den Bericht in der zweiten Jahreshälfte 2027 vor.', '2027-H2'],
    ['Die Ergebnisse des ersten Halbjahres 2027 liegen vor.', '2027-H1'],
    ['Die Zahlen des dritten Quartals 2027 liegen vor.', '2027-Q3'],
    ['Acme Bio rapporteert in het tweede halfjaar 2027.', '2027-H2'],
    // a year alone stays a year
    ['Acme Bio legt den Bericht 2027 vor.', '2027'],
  ];
  for (const [text, iso] of cases) {
    it(`${JSON.stringify(text)} -> ${iso}`, () => {
      const dates = figuresOf(text).filter(f => f.figureKind === 'date');
      assert.equal(dates[0]?.iso, iso, dates.map(d => `${d.text} ${d.iso}`).join(' | '));
    });
  }
});

describe('date-inconsistent: each date of a clause with its own verb; the first and the last patient', () => {
  const cases: [string, boolean][] = [
    [`${head}The notes closed on June 2, 2027 and the shares closed on June 25, 2027.\n`, true],
    [`${head}The notes closed on June 2, 2027 and the shares closed on June 5, 2027.\n`, false],
    [`${head}The notes closed on June 2, 2027 and the shares are expected to be closed on June 25, 2027.\n`, false],
    [`${head}The notes closed on June 2, 2027 and the shares would have closed on June 25, 2027.\n`, false],
    [`${head}The first participant was randomized on Oct 29, 2026 and the last participant was randomized on Mar 8, 2026.\n`, true],
    [`${head}The first participant was randomized on Mar 8, 2026 and the last participant was randomized on Oct 29, 2026.\n`, false],
    // a part of the trial keeps no order with the whole
    [`${head}The last patient was dosed in May 2026, and the first patient of the extension in June 2026.\n`, false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${JSON.stringify(text)}`, () => {
      const f = found(text);
      assert.equal(f.length > 0, expected, f.join(' | '));
    });
  }
});
