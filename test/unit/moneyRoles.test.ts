/**
 * What a sum of money is in a deal (moneyRoles.json), read from the noun phrase after it, else the
 * nearest role word before it; invented sentences. The phrase after a sum ends at another figure, a
 * clause's end, or a word that opens something else.
 */
import { strict as assert } from 'assert';
import { figuresOf, messagesOf } from '../helpers';

const rows: [string, string, string | undefined][] = [
  // the role word after the sum, with adjectives and a list between
  ['Acme gets $12 million up front in the deal.', '$12 million', 'upfront'],
  ['Acme may earn up to $480 million in future development, approval and sales milestone payments.', 'up to $480 million', 'milestones'],
  ['Zeta zahlt 15 Mio. Euro als Vorabzahlung.', '15 Mio. Euro', 'upfront'],
  ['Acme could receive EUR 90 million in Meilensteinzahlungen.', 'EUR 90 million', 'milestones'],
  // the deal's noun right after the sum, or a role word before it
  ['Acme signed a $1.2 billion global licensing agreement.', '$1.2 billion', 'total'],
  ['The deal is worth up to $640 million.', 'up to $640 million', 'total'],
  ['Acme receives an upfront payment of $40 million.', '$40 million', 'upfront'],
  // a comma and a determiner, or a stop word, open another phrase: its role word is not the sum's
  ['Acme holds net cash of $75 million at closing, the upfront price being fair.', '$75 million', undefined],
  ['Acme receives $10 million, as well as milestone payments and royalties.', '$10 million', undefined],
  // another figure ends the phrase
  ['Acme receives $10 million and up to $90 million in milestones.', '$10 million', undefined],
];

describe('money roles in deals (moneyRoles.json)', () => {
  for (const [sentence, text, role] of rows) {
    it(`${JSON.stringify(text)} in ${JSON.stringify(sentence)} -> ${role ?? 'no role'}`, () => {
      const f = figuresOf(sentence).find(x => sentence.slice(x.start, x.end) === text);
      assert.ok(f, `no figure ${text}`);
      assert.equal(f!.role, role);
    });
  }

  it('a deal whose upfront and milestones, so read, do not make its stated total is a totals finding', () => {
    const doc = 'Acme licensed zelbotamab to Zeta in a deal worth up to $500 million. Acme gets $20 million up front and is eligible for up to $470 million in development and commercial milestone payments.';
    assert.equal(messagesOf(doc, 'totals').length, 1);
    assert.equal(messagesOf(doc.replace('$470 million', '$480 million'), 'totals').length, 0);
  });
});
