/**
 * impossible-value: values that cannot be whatever they measure, read from the figures alone or from how two
 * figures are joined: a range whose low end is above its high end, a median outside the bracket written right
 * after it, a calendar date its month does not have. Every sentence here is invented.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'impossible-value').length > 0;

describe('impossible-value: ranges that run downwards', () => {
  // each row: an invented document, and whether an impossible value is reported
  const cases: [string, boolean][] = [
    // a word of the range after a word that opens one
    ['At week 12, weight loss with AB-101 ranged from 12.6% to 11.3%, compared with 0.2% for placebo.', true],
    ['At week 12, weight loss with AB-101 ranged from 2.6% to 11.3%, compared with 0.2% for placebo.', false],
    ['Doses of AB-101 ranged from 10 mg to 5 mg.', true],
    // a taper written with a dash runs downwards by design
    ['The prednisone dose was tapered over 20–10 mg per day.', false],
    ['Upfront payments in the Acme Bio deals ranged from $50 million to $20 million.', true],
    ['Die Ansprechraten lagen zwischen 40 und 30 Prozent.', true],
    ['Die Ansprechraten lagen zwischen 30 und 40 Prozent.', false],
    ['Patients aged 65 to 18 years were enrolled in the Acme Bio study.', true],
    // a bare "from ... to" is a change, not a range
    ['Net revenue of Acme Bio fell from $12.6 million to $11.3 million.', false],
    ['The response rate fell from 45% to 30% after the protocol change.', false],
    // a dash, the unit written once after the second number
    ['Treatment-emergent AEs occurred in 85 - 80% of patients on AB-101.', true],
    ['Treatment-emergent AEs occurred in 55 - 80% of patients on AB-101.', false],
    ['Patients were aged 65-18 years.', true],
    ['Patients were aged 18-65 years.', false],
    // each figure with its own unit: a list or a comparison, not a range
    ['ORR was 85% - 80% in the two arms of the Acme Bio study.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'leaves'}: ${text}`, () => assert.equal(found(text), expected));
});

describe('impossible-value: a median outside the bracket right after it', () => {
  const cases: [string, boolean][] = [
    ['The median follow-up was 45 months (50-140 months).', true],
    ['Das mediane Follow-up betrug 45 Monate (50-140 Monate).', true],
    ['Median PFS with AB-101 was 3.5 months (4.1-8.8).', true],
    ['Das mediane Follow-up betrug 45 Monate (0-140 Monate).', false],
    ['Median PFS with AB-101 was 3.5 months (1.6-8.8).', false],
    // the rounding of both is allowed for
    ['Median PFS with AB-101 was 4 months (4.4-8.8).', false],
    // the bracket goes on after the range: it may speak of something else
    ['Median PFS with AB-101 was 3.5 months (4.1-8.8 months with placebo).', false],
    // no median or mean named
    ['Acme Bio treated 45 patients (50-140 per site).', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'leaves'}: ${text}`, () => assert.equal(found(text), expected));
});

describe('impossible-value: a date its month does not have', () => {
  const cases: [string, boolean][] = [
    ['Acme Bio filed its annual report for the 12 months ended Nov. 31, 2025.', true],
    ['Acme Bio filed its report on 31 June 2026.', true],
    ['Die Acme Bio AG legte den Halbjahresbericht zum 31. Juni 2026 vor.', true],
    ['Am 30.02.2026 wurde die Studie von Acme Bio gestartet.', true],
    ['Acme Bio dosed the first patient on February 29, 2023.', true],
    ['Acme Bio dosed the first patient on February 29, 2024.', false],
    ['Acme Bio filed its report on 30 June 2026.', false],
    ['Acme Bio filed its annual report for the 12 months ended Dec. 31, 2025.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'leaves'}: ${text}`, () => assert.equal(found(text), expected));
});

describe('impossible-value: a count above the group its sentence opens on', () => {
  const cases: [string, boolean][] = [
    // a figure in the group's own words ("stage 2") does not hide the group
    ['Of the 16 patients in stage 2, 18 died.', true],
    ['Of the 16 patients in stage 2, 18 had a partial response to AB-101.', true],
    ['Among the 16 patients in arm 2, 18 responded to AB-101.', true],
    ['Of the 16 patients in stage 2, 8 had a partial response to AB-101.', false],
    // verb-second: the verb between the group and its count, no comma
    ['Von den 16 Patienten starben 18.', true],
    ['Von den 16 Patienten erreichten 18 eine Remission.', true],
    ['Von 16 Fällen im Stadium 2 starben 18 Patienten.', true],
    ['Von 16 Patienten im Stadium 2 starben 2 Patienten.', false],
    // the count after the verb, not a figure of the group's words
    ['Von 16 Patienten der Kohorte 20 starben 3.', false],
    // another thing counted: biopsies, lesions, events, months
    ['Von 16 Patienten im Stadium 2 wurden 18 Biopsien entnommen.', false],
    ['Of the 16 patients in cohort 3, 18 lesions were biopsied.', false],
    ['Of the 16 patients in arm 2, 18 adverse events were reported.', false],
    ['Of the 16 patients, 18 months of follow-up were available.', false],
    ['Of the 16 patients in cohort 3, 18% discontinued.', false],
    // a group of responders
    ['Of the 12 responders to AB-101, 14 had a complete response.', true],
    ['Of the 12 responders to AB-101, 4 had a complete response.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'leaves'}: ${text}`, () => assert.equal(found(text), expected));
});

describe('impossible-value: a count of people with a share above 100 % in brackets', () => {
  const cases: [string, boolean][] = [
    ['A total of 18 patients (112.5%) discontinued AB-101.', true],
    ['Four complete responses (104%) were seen with AB-101.', true],
    ['Of the 16 patients, 18 (112%) responded.', true],
    ['A total of 18 patients (12.5%) discontinued AB-101.', false],
    ['Of the 16 patients, 8 (50%) responded.', false],
    // a share of something else, named in the bracket
    ['Acme Bio enrolled 560 patients (112% of the target).', false],
    // a change, signed
    ['Headcount at Acme Bio rose to 180 employees (+112%).', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'leaves'}: ${text}`, () => assert.equal(found(text), expected));
});

describe('impossible-value: an upfront payment above a deal said to be worth less', () => {
  const cases: [string, boolean][] = [
    ['Acme Bio receives $150 million upfront, in a deal worth up to $120 million.', true],
    ['Acme Bio receives an upfront payment of $150 million under a deal valued at up to $120 million.', true],
    ['Die Acme Bio AG erhält eine Vorabzahlung von 150 Mio. € im Rahmen eines Vertrags im Gesamtwert von bis zu 120 Mio. €.', true],
    ['Acme Bio receives an upfront payment of $15 million under a deal valued at up to $120 million.', false],
    // the worth of a part, not of the deal
    ['Acme Bio receives $150 million upfront and milestones worth up to $120 million.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'leaves'}: ${text}`, () => assert.equal(found(text), expected));
});

describe('impossible-value: a quarter\'s sales above the full year\'s', () => {
  const cases: [string, boolean][] = [
    ['Product sales of AB-101 were $31.5 million in the fourth quarter of 2025 and $27.0 million for the full year 2025.', true],
    ['Acme Bio revenue for the fourth quarter of 2025 was $31.5 million, compared with $27.0 million for the full year 2025.', true],
    ['Acme Bio revenue for the fourth quarter of 2025 was $21.5 million, compared with $27.0 million for the full year 2025.', false],
    // another year: no part of it
    ['Product sales of AB-101 were $31.5 million in the fourth quarter of 2025 and $27.0 million for the full year 2024.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'leaves'}: ${text}`, () => assert.equal(found(text), expected));
});

describe('impossible-value: a subgroup named by another noun of people, a rate named with its drug', () => {
  const cases: [string, boolean][] = [
    ['The Acme Bio trial enrolled 120 patients, including 130 women.', true],
    ['Acme Bio enrolled 120 adults, including 130 patients with prior chemotherapy.', true],
    ['The Acme Bio trial enrolled 120 patients, including 60 women.', false],
    // the drug between an endpoint and its rate
    ['The ORR with AB-101 was 45%, including a complete response rate of 52%.', true],
    ['The ORR for AB-101 was 45% and the CR rate was 52%.', true],
    ['The ORR with AB-101 was 65%, including a complete response rate of 52%.', false],
    // the control arm's rate is another arm's
    ['The ORR with AB-101 was 45%, while the CR rate with placebo was 52%.', false],
    // "response" between a threshold endpoint and its rate
    ['The ACR50 response with AB-101 was 48% and the ACR20 response was 44%.', true],
    ['The ACR50 response with AB-101 was 38% and the ACR20 response was 44%.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'leaves'}: ${text}`, () => assert.equal(found(text), expected));
});

describe('impossible-value: an age as an adjective, a part over its whole with a slash', () => {
  const cases: [string, boolean][] = [
    ['The oldest patient treated with AB-101 was a 212-year-old man.', true],
    ['Ein 212-jähriger Patient wurde mit AB-101 behandelt.', true],
    ['The oldest patient treated with AB-101 was a 112-year-old man.', false],
    ['Ein 72-jähriger Patient wurde mit AB-101 behandelt.', false],
    // a company's age is no person's
    ['Acme Bio is a 212-year-old company.', false],
    ['Responses to AB-101 were seen in 18/16 patients.', true],
    ['Complete responses were seen in 12/10 evaluable patients treated with AB-101.', true],
    ['Responses to AB-101 were seen in 8/16 patients.', false],
    ['Acme Bio offers 24/7 patient support.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'leaves'}: ${text}`, () => assert.equal(found(text), expected));
});

describe('impossible-value: a share above 100 % told by the words around it, with no endpoint bound', () => {
  const cases: [string, boolean][] = [
    // the subject of a verb of people
    ['In the AB-101 arm, 104% responded.', true],
    ['At two years, 104% of those treated with AB-101 were alive.', true],
    ['At two years, 104% were alive.', true],
    ['104% were still on treatment with AB-101 at data cut-off.', true],
    ['At two years, 94% were alive.', false],
    // a share noun a few words before the copula
    ['The proportion of responders to AB-101 was 104%.', true],
    ['The percentage of patients who relapsed was 104%.', true],
    ['Der Anteil der Patienten mit Remission lag bei 104 %.', true],
    ['The proportion of responders to AB-101 was 64%.', false],
    // a group noun after it
    ['104% of the cohort remained progression-free.', true],
    // no share: a price, a growth rate, a retention that may exceed its base
    ['The share price of Acme Bio was up 104%.', false],
    ['The growth rate of Acme Bio revenue was 104%.', false],
    ['Net revenue retention for the Acme Bio platform was 104%.', false],
    ['Acme Bio stock rose 104% after 12 patients responded.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'leaves'}: ${text}`, () => assert.equal(found(text), expected));
});

describe('impossible-value: falls written with "down" or a Spanish verb', () => {
  const cases: [string, boolean][] = [
    ['Sales of AB-101 were down 120% from the prior year.', true],
    ['Acme Bio shares closed down 112% on Monday.', true],
    ['Las ventas de AB-101 cayeron un 114 %.', true],
    ['Sales of AB-101 were down 20% from the prior year.', false],
    // "down from", "down to": the figure is an end of the change, not its size
    ['Sales of AB-101 were down from 120% of plan to 80%.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'leaves'}: ${text}`, () => assert.equal(found(text), expected));
});

describe('impossible-value: a table cell "k (p)" whose p is k\'s share of the column\'s n, above 100', () => {
  const table = (cell: string, row = 'Any adverse event') => `Table 3. Safety of AB-101\nAB-101 (n=40) | Placebo (n=38)\n${row} | ${cell} | 30 (78.9)\n`;
  const cases: [string, boolean][] = [
    [table('42 (105.0)'), true],
    [table('32 (80.0)'), false],
    // a second number that is no share of the column's n: not read
    [table('142 (112)', 'Number of adverse events'), false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'leaves'}: ${JSON.stringify(text)}`, () => assert.equal(found(text), expected));
});
