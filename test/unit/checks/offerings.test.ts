import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'totals');

describe('totals: shares times price, and wholes with their parts', () => {
  // each row: an invented sentence, and the finding expected (or none)
  const cases: [string, string[]][] = [
    ['Acme priced 20 million shares at $7.50 per share, for gross proceeds of $180 million.', ['20 million shares \u00d7 $7.50 = USD 150 million, not the stated USD 180 million.']],
    ['Acme priced 20 million shares at $7.50 per share, for gross proceeds of $150 million.', []],
    // a rounded share count's room, or 2 % the writer did not show, not both: 9 million x $31.50 is about $283.5 million
    ['Acme priced 9 million shares at $31.50 each for gross proceeds of $301.5 million.', ['9 million shares \u00d7 $31.50 = USD 283.5 million, not the stated USD 301.5 million.']],
    ['Acme priced 9 million shares at $31.50 each for gross proceeds of $290 million.', []],
    // a share count in whole millions, unhedged, is round: 4 million x $40 is no "about $150 million"; hedged, it may be rounded
    ['Acme priced 4 million shares at $40 apiece for gross proceeds of about $150 million.', ['4 million shares \u00d7 $40 = USD 160 million, not the stated USD 150 million.']],
    ['Acme priced 4 million shares at $40 apiece for gross proceeds of about $158 million.', []],
    ['Acme priced approximately 4 million shares at $40 apiece for gross proceeds of about $150 million.', []],
    // a whole-dollar price is quoted exactly: $5 is no rounded $4.60
    ['Acme sold 12 million shares at $5 per share to raise $50 million.', ['12 million shares \u00d7 $5 = USD 60 million, not the stated USD 50 million.']],
    ['Acme sold 10 million shares at $5 per share to raise $50 million.', []],
    // the proceeds stated first in the sentence, the shares and their price after
    ['Acme raised gross proceeds of $50 million from the sale of 12,000,000 shares at $5.00 per share.', ['12,000,000 shares \u00d7 $5.00 = USD 60 million, not the stated USD 50 million.']],
    ['Acme raised gross proceeds of $60 million from the sale of 12,000,000 shares at $5.00 per share.', []],
    ['Acme raised $60 million by selling 12 million shares at $4 each.', ['12 million shares \u00d7 $4 = USD 48 million, not the stated USD 60 million.']],
    // another sum in the sentence: the first may be of something else
    ['Acme, valued at $900 million, sold 12 million shares at $4 each and repaid $20 million of debt.', []],
    // the price stated earlier in the paragraph; a scaled count whose noun follows
    ['The bid is $12.00 per share in cash. With 10.0 million shares outstanding, it implies an equity value of $150 million.', ['10.0 million shares \u00d7 $12.00 = USD 120 million, not the stated USD 150 million.']],
    ['Acme priced approximately 10.0 million common shares at $12 apiece for gross proceeds of about $120 million.', []],
    // the proceeds in the next sentence of the paragraph; another price per share between is no sum
    ['Acme will sell 12 million shares at $5.00 per share, below its last close of $5.80. It expects to raise about $75 million from the offering.', ['12 million shares \u00d7 $5.00 = USD 60 million, not the stated USD 75 million.']],
    ['Acme will sell 12 million shares at $5.00 per share, below its last close of $5.80. It expects about $60 million from the offering.', []],
    // a next sentence about net proceeds or the underwriters' option is another sum
    ['Acme will sell 12 million shares at $5.00 per share. Net proceeds from the offering are expected to be $55 million.', []],
    ['Acme will sell 12 million shares at $5.00 per share. With the option to purchase additional shares, it could raise $69 million.', []],
    // words of other sums after the proceeds are no other sum
    ['Acme will sell 12 million shares at $5.00 per share. It expects about $75 million from the offering and will fund additional trials with it.', ['12 million shares \u00d7 $5.00 = USD 60 million, not the stated USD 75 million.']],
    // news written a sentence to a paragraph
    ['Acme will sell 12 million shares at $5.00 per share.\n\nIt expects gross proceeds of about $75 million.', ['12 million shares \u00d7 $5.00 = USD 60 million, not the stated USD 75 million.']],
    ['Acme will sell shares. It will sell 12 million shares at $5.00 per share.\n\nIt expects gross proceeds of about $75 million.', []],
    // a depositary share converts into ordinary shares: no count sold
    ['Acme sold 4 million ADSs, each representing 50 ordinary shares, at $3 per ADS for gross proceeds of $12 million.', []],
    // shares and warrants at two prices: the proceeds are both sales together
    ['Acme sold 4 million shares at $3 per share and 1 million warrants at $2.99 per warrant for gross proceeds of about $15 million.', []],
    // net proceeds are less than gross by the fees: not judged
    ['Acme sold 20 million shares at $7.50 per share, for net proceeds of about $140 million.', []],
    // a whole, then the parts it includes: they may leave something out but never exceed it
    ['At closing Acme receives $150 million, which includes a $130 million upfront payment and a $30 million equity investment.', ['USD 130 million + USD 30 million = USD 160 million, more than the stated USD 150 million.']],
    ['At closing Acme receives $150 million, which includes a $100 million upfront payment and a $30 million equity investment.', []],
    // the price after the shares' noun phrase, and the proceeds a few sentences on, in a sentence that names the offering again
    ['Zentorix priced an offering of 2,500,000 shares of its common stock at a public offering price of $40.00 per share. Zentorix granted the underwriters an option to buy up to an additional 375,000 shares. The offering will close on May 2. Zentorix expects the gross proceeds from the offering to be about $120 million.',
      ['2,500,000 shares \u00d7 $40.00 = USD 100 million, not the stated USD 120 million.']],
    ['Zentorix priced an offering of 2,500,000 shares of its common stock at a public offering price of $40.00 per share. Zentorix granted the underwriters an option to buy up to an additional 375,000 shares. The offering will close on May 2. Zentorix expects the gross proceeds from the offering to be about $100 million.', []],
    // a later sum that does not name the offering is another sum
    ['Zentorix priced an offering of 2,500,000 shares of its common stock at a public offering price of $40.00 per share. The offering will close on May 2. In 2030 Zentorix raised gross proceeds of $120 million in its IPO.', []],
  ];
  for (const [text, want] of cases) it(`judges ${JSON.stringify(text)}`, () => assert.deepEqual(found(text), want));
});

describe('totals: a price named by its noun, in a sentence after the shares', () => {
  const cases: [string, number][] = [
    ['Acme placed 2,000,000 new shares with investors. Demand was strong. They were issued at a subscription price of EUR 6.00, so that the proceeds come to about EUR 10 million.', 1],
    ['Acme placed 2,000,000 new shares with investors. Demand was strong. They were issued at a subscription price of EUR 5.00, so that the proceeds come to about EUR 10 million.', 0],
    ['Acme platzierte 2.000.000 neue Aktien. Ausgegeben wurden sie zum Bezugspreis von 6,00 Euro, so dass sich der Erlös auf rund 10 Mio. Euro beläuft.', 1],
    // other shares counted between: the later price may be theirs
    ['Acme placed 2,000,000 new shares. An investor bought 500,000 more shares. They were issued at a subscription price of EUR 6.00, for proceeds of EUR 10 million.', 0],
    // the proceeds stated first, in the sentence right before the shares (or two before), then the shares and their price
    ['Zentorix priced its offering to raise about $90 million in gross proceeds. It is selling 4.5 million shares at $22 apiece.', 1],
    ['Zentorix priced its offering to raise about $99 million in gross proceeds. It is selling 4.5 million shares at $22 apiece.', 0],
    ['Zentorix priced its offering to raise about $90 million in gross proceeds.\nThe Boston-based company is selling 4.5 million shares at $22 apiece.', 1],
    ['Die Zentorix AG hat 26,0 Millionen Euro (brutto) eingenommen. Ausgegeben wurden 2,15 Millionen neue Aktien. Sie wurden zu 12,50 Euro je Aktie platziert.', 1],
    ['Die Zentorix AG hat 26,9 Millionen Euro (brutto) eingenommen. Ausgegeben wurden 2,15 Millionen neue Aktien. Sie wurden zu 12,50 Euro je Aktie platziert.', 0],
    // an earlier sum of net proceeds, another sum between, or other shares counted before are not these proceeds
    ['Zentorix expects net proceeds of about $90 million. It is selling 4.5 million shares at $22 apiece.', 0],
    ['Zentorix raised $90 million in gross proceeds last year. It paid $5 million in fees. It is selling 4.5 million shares at $22 apiece.', 0],
    ['Zentorix raised $90 million in gross proceeds by selling 3 million shares. It is now selling 4.5 million shares at $22 apiece.', 0],
    // other shares sold after them: the proceeds stated first may be of both sales
    ['Zentorix priced its offering to raise about $90 million in gross proceeds. It is selling 3.0 million shares at $22 apiece. It also sells 1.0 million shares in Europe at $20 apiece.', 0],
    // a price alone after the shares takes no proceeds from a sentence after it
    ['Die Zentorix AG gab 2,15 Millionen neue Aktien aus. Sie wurden zu 12,50 Euro je Aktie platziert. Der Umsatz lag bei 40,0 Millionen Euro.', 0],
  ];
  for (const [text, n] of cases) it(`${n}: ${text.slice(0, 100)}`, () => assert.equal(found(text).length, n, found(text).join(' | ')));
});
