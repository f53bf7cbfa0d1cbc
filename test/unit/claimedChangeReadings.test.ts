import { strict as assert } from 'assert';
import { analyzeText } from '../../server/src/analysis';

/**
 * claimed-ratio's general readings of a change: a word of direction, a size (a share, an amount, both) and the
 * two figures of one measure (a destination and its origin, a prior period's bracket). Invented sentences; each
 * shape with a wrong and a right variant, in the corpus' languages where the shape is theirs.
 */
const claims = (text: string) => analyzeText(text).findings.filter(f => f.code === 'claimed-ratio');

const table: [string, boolean, string][] = [
  // a change stated by its size in money and as a share, then its destination: the older amount is the newer less the size
  ['amount, or share, to destination: wrong share', true, 'Acme Bio\u2019s revenue increased $2.0 million, or 35%, to $10.0 million for 2031.'],
  ['amount, or share, to destination: right share', false, 'Acme Bio\u2019s revenue increased $2.0 million, or 25%, to $10.0 million for 2031.'],
  ['"by" before the sizes', true, 'Revenue increased by $2.0 million, or 35%, to $10.0 million, compared to 2030.'],
  ['a fall: the older amount is the newer plus the size', true, 'Research and development expenses decreased $2.0 million, or 35%, to $8.0 million.'],
  ['a fall, right', false, 'Research and development expenses decreased $2.0 million, or 20%, to $8.0 million.'],
  ['share first, then the amount', true, 'Revenue grew 35%, or $2.0 million, to $10.0 million.'],
  ['share first, right', false, 'Revenue grew 25%, or $2.0 million, to $10.0 million.'],
  ['a share price to its close', true, 'Acme Bio shares rose $4.59, or 34.4 percent, to close at $22.69.'],
  ['a share price to its close, right', false, 'Acme Bio shares rose $4.59, or 25.4 percent, to close at $22.69.'],
  ['German: um A oder P auf B', true, 'Der Umsatz der Acme Bio AG stieg um 2,0 Mio. Euro oder 35 % auf 10,0 Mio. Euro.'],
  ['German, right', false, 'Der Umsatz der Acme Bio AG stieg um 2,0 Mio. Euro oder 25 % auf 10,0 Mio. Euro.'],
  ['rounding of the three figures leaves room', false, 'Revenue increased $1.6 million, or 24%, to $8.3 million.'],
  ['a size that exceeds the destination says nothing of the share (a loss turned to a profit)', false, 'Net income increased $12.0 million, or 40%, to $5.0 million.'],
  ['negated', false, 'Revenue has not increased $2.0 million, or 35%, to $10.0 million as some expected.'],
  // the new amount first, then its change's two sizes in apposition
  ['amount, up size, or share: wrong share', true, 'Acme Bio reported revenue of $10.0 million, up $2.0 million, or 35%, compared to 2030.'],
  ['amount, up size, or share: right share', false, 'Acme Bio reported revenue of $10.0 million, up $2.0 million, or 25%, compared to 2030.'],
  ['amount, down size, or share: the older is the newer plus the size', true, 'Operating costs were $8.0 million, down $2.0 million, or 35%.'],
  ['amount, down size, or share, right', false, 'Operating costs were $8.0 million, down $2.0 million, or 20%.'],
  ['an older amount named after the sizes is the origin', false, 'Revenue was $10.0 million, up $2.0 million, or 25%, from $8.0 million.'],
  ['no comma before the word of change: no apposition', false, 'Revenue of $10.0 million up $2.0 million or 35% was reported by a peer.'],
  // a multiple against two amounts of money or two counts, and against a figure said "about"
  ['a multiple of two amounts of money', true, 'Acme Bio tripled its cash position, with $20.0 million at year end against $10.0 million a year before.'],
  ['a multiple of two amounts of money, right', false, 'Acme Bio tripled its cash position, with $30.0 million at year end against $10.0 million a year before.'],
  ['a multiple of two counts', true, 'The number of Acme Bio sites tripled, with 40 sites in 2031 compared with 20 sites in 2030.'],
  ['a multiple of two counts, right', false, 'The number of Acme Bio sites doubled, with 40 sites in 2031 compared with 20 sites in 2030.'],
  ['two amounts each the destination of its own change are no pair', false, 'Revenue fell by a third to $2.6 million and the loss doubled to $3.7 million.'],
  ['German: two destinations', false, 'Der Umsatz sank auf 2,6 Millionen Euro und der Verlust verdoppelte sich auf 3,7 Millionen Euro.'],
  ['a multiple against a figure said "about"', true, 'Insider buying was 40% of the Acme Bio offering, triple the roughly 20% of prior years.'],
  ['a multiple against a figure said "about", right', false, 'Insider buying was 40% of the Acme Bio offering, double the roughly 20% of prior years.'],
  ['"about" leaves room', false, 'Insider buying was 40% of the Acme Bio offering, double the roughly 24% of prior years.'],
  // a share against a standard more than five times apart: only two amounts written on one scale
  ['an eightfold rise on one scale, misstated', true, 'Acme Bio revenue was $10.0 million, a 900% increase over $1.25 million in 2030.'],
  ['an eightfold rise on one scale, right', false, 'Acme Bio revenue was $10.0 million, a 700% increase over $1.25 million in 2030.'],
  ['a deal value against a per-share price is no pair', false, 'Acme Bio agreed a deal of approximately US$2.0 billion, or US$26.10 per share, a 47.5% premium to the close.'],
  // "improved" or "worsened" of an amount: the measure named before it says which side is better
  ['a loss that "improved" while it grew', true, 'Acme Bio\u2019s net loss improved to $12.0 million from $10.0 million.'],
  ['a loss that improved as it shrank', false, 'Acme Bio\u2019s net loss improved to $8.0 million from $10.0 million.'],
  ['revenue that "worsened" while it grew', true, 'Acme Bio\u2019s revenue worsened to $12.0 million from $10.0 million.'],
  ['a cash burn guidance "improved" to a higher range', true, 'Acme Bio improved its cash burn guidance to EUR 26 to 29 million from EUR 21 to 25 million.'],
  ['a cash burn guidance improved to a lower range', false, 'Acme Bio improved its cash burn guidance to EUR 18 to 20 million from EUR 21 to 25 million.'],
  ['German: a loss that "verbesserte" while it grew', true, 'Der Verlust der Acme Bio AG verbesserte sich auf 12,0 Mio. Euro von 10,0 Mio. Euro.'],
  ['expenses name no better side: not judged', false, 'Acme Bio\u2019s operating expenses improved to $12.0 million from $10.0 million.'],
  // the prior period's bracket, after the new figure's own period
  ['direction against a bracket after the period', true, 'Acme Bio\u2019s revenue rose to $8.0 million in 2031 (prior year: $9.0 million).'],
  ['direction against a bracket after the period, right', false, 'Acme Bio\u2019s revenue rose to $10.0 million in 2031 (prior year: $9.0 million).'],
  ['a bracket that names the prior year', true, 'Acme Bio\u2019s revenue rose to $8.0 million in 2031 (2030: $9.0 million).'],
  ['German: Geschäftsjahr before the bracket', true, 'Der Umsatz stieg auf 8,0 Mio. Euro im Geschäftsjahr 2031 (Vorjahr: 9,0 Mio. Euro).'],
  ['German: a year between the verb and "auf"', true, 'Der Umsatz stieg 2031 auf 8,0 Mio. Euro (Vorjahr: 9,0 Mio. Euro).'],
  ['German: a year between the verb and "auf", right', false, 'Der Umsatz stieg 2031 auf 10,0 Mio. Euro (Vorjahr: 9,0 Mio. Euro).'],
  // the period a figure is stated for, named by the date it ended, between the figure and its comparison
  ['"for the year ended DATE, compared to": a rise that is a fall', true, 'Acme Bio\u2019s revenue increased to $8.0 million for the year ended December 31, 2031, compared to $9.0 million for the year ended December 31, 2030.'],
  ['"for the year ended DATE, compared to": right', false, 'Acme Bio\u2019s revenue increased to $10.0 million for the year ended December 31, 2031, compared to $9.0 million for the year ended December 31, 2030.'],
  ['"for the three months ended DATE": a fall that is a rise', true, 'Research and development expenses decreased to $5.5 million for the three months ended June 30, 2031, compared to $4.0 million for the same period of 2030.'],
  ['"for the three months ended DATE": right', false, 'Research and development expenses decreased to $3.5 million for the three months ended June 30, 2031, compared to $4.0 million for the same period of 2030.'],
  ['"for the year ended DATE" with a wrong share', true, 'Revenue increased 40% to $10.0 million for the year ended December 31, 2031, compared to $9.0 million for the prior year.'],
  // a noun of change in apposition after the new figure, then its origin
  ['"A, an increase from B" that is a fall', true, 'Acme Bio revenue for 2031 was $8.0 million, an increase from $9.0 million in 2030.'],
  ['"A, an increase from B", right', false, 'Acme Bio revenue for 2031 was $10.0 million, an increase from $9.0 million in 2030.'],
  ['"A in 2031, a decrease from B" that is a rise', true, 'Acme Bio net loss was $12.0 million in 2031, a decrease from $10.0 million in 2030.'],
  ['"A in 2031, a decrease from B", right', false, 'Acme Bio net loss was $8.0 million in 2031, a decrease from $10.0 million in 2030.'],
  // written to the same last place, the neighbouring value lies on one side
  ['a rise to the next lower last digit is a fall', true, 'Der Umsatz stieg auf 2,4 Mio. Euro (Vorjahr: 2,5 Mio. Euro).'],
  ['English, the same', true, 'Revenue rose to $2.4 million (2030: $2.5 million).'],
  ['a fall to the next higher last digit', true, 'Costs fell to $12 million from $11 million.'],
  ['the same written value is no fall', false, 'Revenue rose to $2.4 million (2030: $2.4 million).'],
  ['a hedge keeps the edge as room', false, 'Revenue rose to about $2.4 million (2030: $2.5 million).'],
  ['finer figure inside the coarser', false, 'Revenue rose to $2.4 million from $2.38 million.'],
  // a share against a standard, the amount compared said "about"
  ['a hedged amount compared: far off', true, 'Acme Bio\u2019s costs increased to approximately $22.5 million, a 19.2% rise from $20.4 million.'],
  ['a hedged amount compared: within its room', false, 'Acme Bio\u2019s costs increased to approximately $22.5 million, a 12% rise from $20.4 million.'],
];

describe('claimed-ratio: general readings of a change', () => {
  for (const [name, wrong, text] of table) {
    it(`${wrong ? 'reports' : 'accepts'}: ${name}`, () => {
      const got = claims(text);
      assert.equal(got.length > 0, wrong, `${text}\n${got.map(f => f.message).join('\n')}`);
    });
  }
});
