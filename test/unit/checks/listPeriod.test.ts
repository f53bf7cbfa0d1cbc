import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'date-inconsistent').filter(m => /Listed under a title/.test(m));

describe('date-inconsistent: an entry of a list dated outside the period its title names', () => {
  // each row: an invented page, and whether an entry is reported as outside its list's period
  const cases: [string, boolean][] = [
    // a date cell, the first date of its line with no preposition before it
    ['Deal tracker\n\nTop licensing deals of 2025\n\nAcme, Beta Bio  Mar 2024  900  Licence for drugamab\nGamma, Delta  Jun 2025  700  Option on zelbotamab\n', true],
    ['Deal tracker\n\nTop licensing deals of 2025\n\nAcme, Beta Bio  Mar 2025  900  Licence for drugamab\nGamma, Delta  Jun 2025  700  Option on zelbotamab\n', false],
    ['Deal tracker\n\nTop licensing deals of 2025\n\nAcme, Beta Bio  Mar 2026  900  Licence for drugamab\n', true],
    // the title's own event ("reported in") dated after its period; an earlier report of data published in it is no contradiction
    ['Monthly digest\n\nPhase II data reported in May 2025\n\nAcme Bio, drugamab, gout: data from the ALPHA study, reported in July 2025, were published in a journal.\n', true],
    ['Monthly digest\n\nPhase II data reported in May 2025\n\nAcme Bio, drugamab, gout: data from the ALPHA study, reported in January 2025, were published in a journal.\n', false],
    // another event after the period: a plan, or a verb other than the title's
    ['Monthly digest\n\nPhase II data reported in May 2025\n\nAcme Bio, drugamab, gout: the company plans to file in July 2025.\n', false],
    ['Monthly digest\n\nPhase II data reported in May 2025\n\nAcme Bio, drugamab, gout: data were presented at a meeting in July 2025.\n', false],
    // a title within a paragraph is no list's title
    ['Acme Bio closed many licensing deals in 2025. Acme, Beta Bio  Mar 2024  900  Licence for drugamab\n', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});
