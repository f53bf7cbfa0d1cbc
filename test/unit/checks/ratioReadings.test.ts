/**
 * claimed-ratio (ratio9): general readings of a stated change and the two figures it compares. Invented
 * documents ("Acme Bio", "AB-101"); each reading with sentences it must flag and sentences it must leave alone.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const table = (title: string, cases: [string, number][]) => describe(title, () => {
  for (const [text, n] of cases) it(`${n}: ${text}`, () => assert.equal(messagesOf(text, 'claimed-ratio').length, n, messagesOf(text, 'claimed-ratio').join(' | ')));
});

table('a change whose prior figure follows "compared to", or whose word of change follows a comma after A\'s noun phrase', [
  ['Acme Bio reported revenues of $42.6 million, up 26 percent year over year compared to $36.7 million.', 1],
  ['Acme Bio reported revenues of $42.6 million, up 16 percent year over year compared to $36.7 million.', 0],
  ['Revenues were $42.6 million, down 16 percent compared with $36.7 million.', 1],
  ['Revenues were $42.6 million, up 26 percent versus $36.7 million.', 1],
  ['Acme Bio reported $42.6 million in segment revenues, up 26 percent year over year from $36.7 million.', 1],
  ['Acme Bio reported $42.6 million in segment revenues, up 16 percent year over year from $36.7 million.', 0],
  // the comparison is of another quantity: words stand between it and B
  ['Revenues were $42.6 million, up 26 percent compared with analysts\' estimate of $36.7 million.', 0],
  // the word of change does not follow the first comma: another clause, about another quantity
  ['Acme Bio reported $42.6 million in revenues, while its costs, up 26 percent, came from $36.7 million of trial spending.', 0],
]);
