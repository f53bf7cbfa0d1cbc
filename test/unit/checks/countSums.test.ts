/** totals: counts listed and then summed in one clause ("120 and 80 patients ... (200 in total)"). Invented sentences. */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'totals');

describe('totals: listed counts against the total stated after them', () => {
  // each row: an invented sentence, and the findings expected
  const cases: [string, string[]][] = [
    ['The two trials enrolled 120 and 80 patients from Japan, respectively (210 in total).', ['120 + 80 = 200, not the 210 stated in total.']],
    ['The two trials enrolled 120 and 80 patients from Japan, respectively (200 in total).', []],
    ['Sites in Spain, Italy and Greece enrolled 40, 35 and 25 patients, for a total of 110 patients.', ['40 + 35 + 25 = 100, not the 110 stated in total.']],
    ['Die Studien schlossen 60 und 45 Patienten ein, insgesamt 105.', []],
    // parts with their own labels, each with its unit
    ['Part A dosed 14 patients and part B 19 patients, 36 patients in total.', ['14 + 19 = 33, not the 36 stated in total.']],
    ['Part A dosed 14 patients and part B 19 patients, 33 patients in total.', []],
    ['The site in Oslo enrolled 14 patients and the site in Lund 19 patients, for a total of 36 patients.', ['14 + 19 = 33, not the 36 stated in total.']],
    // a label with a number in it ends the list
    ['Part A dosed 14 patients at 3 sites and part B 19 patients, 36 patients in total.', []],
    // numbers that name things, and a count the list is taken from, are no parts
    ['Patients in phase 2 and 3 were pooled, 400 in total.', []],
    ['Of 120 patients, 40 and 50 responded at the two doses (90 in total).', []],
    // the arms of an either/or in the sentence after the enrolment
    ['The randomised trial enrolled 640 patients with gout. Patients received either zanotumab (n=330) or placebo (n=320) for a year.', ['330 + 320 = 650, not the 640 patients stated.']],
    ['The randomised trial enrolled 640 patients with gout. Patients received either zanotumab (n=320) or placebo (n=320) for a year.', []],
    // sizes per dose multiply; a subset of the enrolment is no split of it
    ['The randomised trial enrolled 200 patients with gout. Patients were randomized to placebo (n=50) or to zanotumab 5 mg or 10 mg (n=75 per dose).', []],
    ['The randomised trial enrolled 640 patients with gout. Of these, patients received either zanotumab (n=200) or placebo (n=210) in the extension.', []],
  ];
  for (const [text, want] of cases) it(`judges ${JSON.stringify(text.slice(0, 90))}`, () => assert.deepEqual(found(text), want));
});

describe('totals: a whole split into its parts', () => {
  it('holds a count split by a verb of division to its parts', () => {
    assert.equal(found('Die 130 Patienten verteilten sich auf 70 im Verumarm und 50 im Placeboarm.').length, 1);
    assert.equal(found('Die 120 Patienten verteilten sich auf 70 im Verumarm und 50 im Placeboarm.').length, 0);
    assert.equal(found('The 130 participants were divided into 70 on the drug and 50 on placebo.').length, 1);
  });
  it('holds the sums a colon opens to at most the whole', () => {
    assert.equal(found('Revenue was $100 million: $70 million from the US and $40 million from Europe.').length, 1);
    assert.equal(found('Revenue was $100 million: $60 million from the US and $30 million from Europe.').length, 0);
  });
});

describe('totals: a response rate against the counts of its categories', () => {
  // each row: an invented text, and whether the rate is reported
  const cases: [string, boolean][] = [
    ['Of the 32 patients, there were 6 complete responses and 9 partial responses, for an ORR of 52%.', true],
    ['Of the 32 patients, there were 6 complete responses and 9 partial responses, for an ORR of 47%.', false],
    ['Among 32 evaluable patients, 6 had a CR and 9 had a PR. The ORR was 52%.', true],
    // unconfirmed responses may be counted in the rate
    ['Of the 32 patients, there were 6 complete responses and 9 partial responses (including unconfirmed), for an ORR of 52%.', false],
    // no population introduced for the counts
    ['There were 6 complete responses and 9 partial responses, for an ORR of 52%.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
});
