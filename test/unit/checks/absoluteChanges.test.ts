/** claimed-ratio: a change in money stated with its size, against the two amounts it is between. Invented sentences. */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'claimed-ratio');

describe('claimed-ratio: the size of a change in money', () => {
  // each row: an invented text, and whether a finding is expected
  const cases: [string, boolean][] = [
    // a noun of change and "of" between the amounts, or after both
    ['Acme Bio reported revenue of $120.5 million, an increase of $32.3 million compared with $98.2 million in 2030.', true],
    ['Acme Bio reported revenue of $120.5 million, an increase of $22.3 million compared with $98.2 million in 2030.', false],
    ['Cash was $120.5 million at December 31, 2030, compared with $98.2 million at December 31, 2029, an increase of $32.3 million.', true],
    ['Cash was $120.5 million at December 31, 2030, compared with $98.2 million at December 31, 2029, an increase of $22.3 million.', false],
    // a verb of change with "by", the new amount after "to" and the old after "from" (either order)
    ['Revenue increased by $32.3 million to $120.5 million from $98.2 million.', true],
    ['Revenue increased by $22.3 million to $120.5 million from $98.2 million.', false],
    ['Operating costs decreased by $4.0 million from $20.0 million to $14.0 million.', true],
    ['Operating costs decreased by $6.0 million from $20.0 million to $14.0 million.', false],
    // "up" or "down" and the size, with a percentage after it
    ['Grant income was $9.6 million for 2030, down $7.5 million or 43.9% from $17.1 million in 2029.', false],
    ['Grant income was $9.6 million for 2030, down $5.5 million or 43.9% from $17.1 million in 2029.', true],
    // the size with its noun after it, an article before
    ['Grant revenue for 2030 grew to $15.5 million, a $5.5 million rise from $11.0 million in 2029.', true],
    ['Grant revenue for 2030 grew to $15.5 million, a $4.5 million rise from $11.0 million in 2029.', false],
    // a noun of change with "in" after it names a part that changed
    ['Costs for 2030 were $15.5 million, with a $5.5 million rise in rent, compared to $11.0 million in 2029.', false],
    // amounts written in full
    ['Total expenses decreased by $184,769 or 7%, from $2,473,651 in 2029 to $2,298,882 in 2030.', true],
    ['Total expenses decreased by $174,769 or 7%, from $2,473,651 in 2029 to $2,298,882 in 2030.', false],
    // the word's way: an increase between a larger old and a smaller new amount
    ['Royalty revenue was $8.0 million, an increase of $2.0 million compared with $10.0 million in 2029.', true],
    // the rounding of every figure is room: 45.15 - 37.95 = 7.2
    ['Costs were $45.1 million for 2030, compared to $38.0 million for 2029, an increase of $7.2 million.', false],
    ['Costs were $45.1 million for 2030, compared to $38.0 million for 2029, an increase of $7.4 million.', true],
    // "approximately" leaves more room
    ['Costs were approximately $45 million for 2030, compared to $38.0 million for 2029, an increase of approximately $8 million.', false],
    // the sentence after a comparison, opening on the change's size
    ['Research and development expenses were $45.1 million for 2030, compared to $38.0 million for 2029. The increase of $9.1 million was due to trial costs.', true],
    ['Research and development expenses were $45.1 million for 2030, compared to $38.0 million for 2029. The increase of $7.1 million was due to trial costs.', false],
    ['Research and development expenses were $4.8 million for the quarter compared to $4.0 million a year earlier. The $1.8 million increase in expenses is due to trials.', true],
    ['Research and development expenses were $4.8 million for the quarter compared to $4.0 million a year earlier. The $0.8 million increase in expenses is due to trials.', false],
    // a pronoun, its verb and an article before the size
    ['Costs were $45.1 million for 2030, compared to $38.0 million for 2029. This represents an increase of $9.1 million, driven by trials.', true],
    ['Costs were $45.1 million for 2030, compared to $38.0 million for 2029. This represents an increase of $7.1 million, driven by trials.', false],
    ['Costs were $45.1 million for 2030, compared to $38.0 million for 2029. This was a $9.1 million increase.', true],
    ['Costs were $45.1 million for 2030, compared to $38.0 million for 2029, representing an increase of $9.1 million.', true],
    // another measure's change after the pair
    ['Total revenue was $25.0 million compared to $20.0 million, with royalties up $3.0 million.', false],
    ['Total revenue was $25.0 million, a slight increase of $3.0 million compared to $20.0 million.', true],
    ['Total revenue of $25.0 million was up $3.0 million from $20.0 million.', true],
    // the change of another measure than the one compared
    ['Research and development expenses were $4.8 million for the quarter compared to $4.0 million a year earlier. The $1.8 million increase in headcount costs is due to hiring.', false],
    // the amounts of the causes are the change's parts, no pair
    ['Revenue increased by $5.0 million, primarily due to a $3.0 million milestone and $1.0 million of royalties.', false],
    ['Revenue was $20.0 million, an increase of $5.0 million, primarily due to a $3.0 million milestone compared to $1.0 million of royalties.', false],
    // a change past both amounts: a sign changed on the way (an expense against an income)
    ['Interest, net was an expense of $0.1 million for 2030, a decrease of $0.2 million, compared to $0.1 million of income for 2029.', false],
    // per-share amounts beside the totals: no one pair
    ['Net loss was $27.1 million, or $0.41 per share, a decrease of $5.2 million compared to $28.3 million, or $0.49 per share.', false],
    // another currency: no like amounts
    ['Revenue was EUR 12.0 million, an increase of $3.0 million compared with $10.0 million in 2029.', false],
    // percentages: a change in points is not read here
    ['The gross margin was 62%, an increase of 9% compared with 58% in 2029.', false],
    // a change from last year beside a change in the year before: no comparison of the two amounts
    ['The decrease in cash was $24.6 million for 2030, compared to a decrease of $97.6 million in 2029.', false],
    // two lists set side by side by "respectively"
    ['Costs were $9.0 million and $36.3 million for the quarter and the year, respectively, compared to $9.2 million and $24.2 million, an increase of $5.0 million.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('claimed-ratio: a change in percent stated with the two amounts compared', () => {
  const cases: [string, boolean][] = [
    // the size in money restated in percent of the older amount
    ['Revenue was $70.8 million for 2030, an increase of $1.3 million or 5.8% from $69.5 million in 2029.', true],
    ['Revenue was $70.8 million for 2030, an increase of $1.3 million or 1.9% from $69.5 million in 2029.', false],
    ['Revenue was $89.1 million, as compared to $38.0 million for 2029, an increase of $51.1 million, or 154%.', true],
    ['Revenue was $89.1 million, as compared to $38.0 million for 2029, an increase of $51.1 million, or 134%.', false],
    // a noun of change after the compared pair
    ['Revenue was $12.5 million in the quarter, compared to $21.8 million a year earlier, a decrease of 53%.', true],
    ['Revenue was $12.5 million in the quarter, compared to $21.8 million a year earlier, a decrease of 43%.', false],
    ['Securities increased to $828 million in 2030, compared to $632 million in 2029, representing a 41% increase.', true],
    ['Securities increased to $828 million in 2030, compared to $632 million in 2029, representing a 31% increase.', false],
    // "approximately" leaves room
    ['Securities were $828 million in 2030, compared to $632 million in 2029, an increase of approximately 30%.', false],
    // two percentages: the change may be meant in points
    ['The gross margin was 62% in 2030, compared to 58% in 2029, an increase of 4%.', false],
    // another measure's change after the pair
    ['Revenue was $25.0 million compared to $20.0 million, with royalties posting a 30% increase.', false],
    // a percentage of another measure in a cause clause
    ['Revenue was $12.5 million, compared to $21.8 million a year earlier, primarily due to a 53% decrease in unit sales.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('claimed-ratio: two lists of amounts set side by side by "respectively"', () => {
  const cases: [string, boolean][] = [
    // the verb before "to" and the first list; the n-th amount against the n-th
    ['Grant revenues decreased to $9.7 million and $12.8 million for the second quarter and the first six months, respectively, from $7.2 million and $14.2 million in 2029.', true],
    ['Grant revenues increased to $9.7 million and $18.8 million for the second quarter and the first six months, respectively, from $7.2 million and $14.2 million in 2029.', false],
    ['Grant revenues increased to $9.7 million and $13.2 million for the second quarter and the first six months, respectively, from $7.2 million and $14.2 million in 2029.', true],
    // the list of sizes after the second list
    ['Revenues were $11.0 million and $30.0 million for the quarter and the year, respectively, compared to $10.0 million and $25.0 million in 2029, increases of 10% and 20%, respectively.', false],
    ['Revenues were $11.0 million and $30.0 million for the quarter and the year, respectively, compared to $10.0 million and $25.0 million in 2029, increases of 10% and 40%, respectively.', true],
    // "up from" before the second list
    ['Revenues were $11.0 million and $30.0 million for the quarter and the year, respectively, up from $10.0 million and $25.0 million.', false],
    ['Revenues were $11.0 million and $20.0 million for the quarter and the year, respectively, up from $10.0 million and $25.0 million.', true],
    // no word of direction: nothing to judge
    ['Revenues were $11.0 million and $20.0 million for the quarter and the year, respectively, compared to $10.0 million and $25.0 million.', false],
    // lists of other lengths are not paired
    ['Revenues rose to $11.0 million and $20.0 million for the quarter and the year, respectively, from $10.0 million, $25.0 million and $40.0 million.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});
