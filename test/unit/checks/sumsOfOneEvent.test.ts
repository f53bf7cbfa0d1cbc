/** repeated-value: one event's size (a financing round, a takeover offer, a royalty) stated twice with two amounts. Invented documents. */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'repeated-value').filter(m => /financing round|offer|royalty/.test(m));

/** A heading over its story: the heading's sum, then the story's sentence with its own sum, and a body below. */
const story = (heading: string, sentence: string) => [
  heading,
  '',
  `${sentence} The company is based in Leiden and employs 48 people.`,
  '',
  'Zentorix develops velorixant, an oral inhibitor of NLRP3, for chronic gout. A phase 2 trial started in May.',
  'The company was founded in 2019 by two professors of the Leiden University Medical Center.',
  'Its board is chaired by a former executive of Beta Pharma.',
].join('\n');

describe('repeated-value: one event\'s size stated twice', () => {
  const cases: [string, string, boolean][] = [
    ['a round in the heading and the text', story('Zentorix Bio Raises $40 Million for Gout', 'Zentorix Bio closed a Series B round of financing with $44 million.'), true],
    ['the same round, the same size', story('Zentorix Bio Raises $40 Million for Gout', 'Zentorix Bio closed a Series B round of financing with $40 million.'), false],
    ['rounding: $40 million in the heading, $40.3 million in the text', story('Zentorix Bio Raises $40 Million for Gout', 'Zentorix Bio closed a Series B round of financing with $40.3 million.'), false],
    ['a headline verb of raising right before the sum', story('Zentorix Bio Lands $40M for Gout Drug', 'Zentorix Bio has obtained a total of $46 million in a Series B round.'), true],
    // a word of another time outside the sum's own clause speaks of something else
    ['"previously" said of the platform, not the round', story('Zentorix Bio Raises $40 Million for Gout', 'Zentorix Bio, whose platform finds previously hidden targets, has raised $44 million in a Series B financing.'), true],
    // another version of the event: what it had hoped to raise, a first close, a round that has now grown
    ['a plan beside the actual round', story('Zentorix Bio Raises $40 Million for Gout', 'Zentorix Bio had originally planned to raise $60 million in the round.'), false],
    ['a first close', story('Zentorix Bio Raises $40 Million for Gout', 'Zentorix Bio announced a first close of $25 million in its Series B financing.'), false],
    ['a round that has now closed higher', story('Zentorix Bio Raises $40 Million for Gout', 'The Series B financing has now closed at $52 million.'), false],
    // two rounds: another series, another year
    ['another series', story('Zentorix Bio Raises $40 Million Series B for Gout', 'Zentorix Bio closed a Series A round of financing with $44 million.'), false],
    ['a round of another year', story('Zentorix Bio Raises $40 Million in 2031', 'Zentorix Bio closed a round of financing with $44 million in 2029.'), false],
    // a part of the round: an investor's, a tranche, an additional sum
    ['an investor\'s part of the round', story('Zentorix Bio Raises $40 Million for Gout', 'The Series B round of Zentorix Bio included $30 million from Beta Ventures.'), false],
    ['a tranche of the round', story('Zentorix Bio Raises $40 Million for Gout', 'The Series B financing comes in two tranches, the first of $30 million.'), false],
    ['an additional sum', story('Zentorix Bio Raises $40 Million for Gout', 'Zentorix Bio may raise an additional $30 million in the round.'), false],
    // another company's round, named in its own sentence
    ['another company\'s round', story('Zentorix Bio Raises $40 Million for Gout', 'Beta Pharma closed a Series B round of financing with $44 million.'), false],
    // a price per share and a total are two measures
    ['a price per share beside the total', story('Beta Pharma to buy Zentorix Bio for $40 a share', 'Beta Pharma will commence a tender offer of $40.00 per share, a total of $1.2 billion.'), false],
    ['two prices per share of one offer', story('Beta Pharma to buy Zentorix Bio for $40 a share', 'Beta Pharma will commence a tender offer for all shares of Zentorix Bio at a price of $43.50 per share.'), true],
    // an earlier offer, told as such anywhere in its sentence outside a relative clause
    ['an offer rejected before', story('Beta Pharma to buy Zentorix Bio for $46 a share', 'Zentorix Bio had previously rejected the $40 per share offer of Beta Pharma as too low.'), false],
    // a definite noun of the offer refers back to it, whoever its sentence names
    ['the offer referred back to', story('Beta Pharma bids $2.4 billion for Zentorix Bio', 'The offer, which Acme Capital called fair, values the company at $2.8 billion.'), true],
    ['two statements in one place of the text are as often two events', [
      'Zentorix Bio and Gamma Bio report financings',
      '',
      'The two companies report financings this week. The funds go to trials in gout and in asthma.',
      '',
      'Zentorix Bio closed a Series B round of financing with $40 million. It will test velorixant in gout.',
      'Later, Zentorix Bio closed a Series C round of financing with $44 million.',
      'Its board is chaired by a former executive of Beta Pharma.',
    ].join('\n'), false],
  ];
  for (const [name, text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${name}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
});

describe('repeated-value: a deal\'s total stated twice, beside an amount per share', () => {
  const deal = (second: string) => [
    'Beta Pharma to acquire Zentorix Bio in deal worth up to $3.5 billion',
    '',
    '- Beta Pharma will pay $14.50 in cash per share plus a contingent value right worth up to $6.00 per share.',
    `- The consideration implies about $2.4 billion in upfront equity value and ${second} total.`,
    '- The contingent value right pays $2.00 per share on the first approval of velorixant in gout.',
    '- The companies expect to close the deal in the fourth quarter.',
  ].join('\n');
  const cases: [string, boolean][] = [
    ['up to $3.8 billion', true],
    ['up to $3.5 billion', false],
  ];
  // (the $6.00 per share is no deal's total: were it one, the document would state three totals and none could be compared)
  for (const [second, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${second} after up to $3.5 billion`, () => {
    const m = messagesOf(deal(second), 'repeated-value').filter(x => /deal/.test(x));
    assert.equal(m.length > 0, expected, m.join(' | '));
  });
});

describe('repeated-value: a title that ends with its sum\'s abbreviation is a title, and the lede below it restated', () => {
  const doc = (body: string) => [
    'Zentorix Bio får opkøbstilbud på over 4 mia. kr.',
    '',
    'Zentorix Bio, der udvikler lægemidler mod gigt, har fået et købstilbud på 4,2 mia. kr. fra Beta Pharma.',
    '',
    'Zentorix Bio har hovedsæde i Leiden. Selskabet har 48 ansatte. Velorixant er i et fase 2-forsøg.',
    `${body} Handlen ventes afsluttet i fjerde kvartal.`,
  ].join('\n');
  const cases: [string, boolean][] = [
    ['Opkøbstilbuddet, der svarer til 4,6 mia. kr., er blevet taget godt imod af bestyrelsen.', true],
    ['Opkøbstilbuddet, der svarer til 4,2 mia. kr., er blevet taget godt imod af bestyrelsen.', false],
  ];
  for (const [body, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${body}`, () => {
    const m = messagesOf(doc(body), 'repeated-value');
    assert.equal(m.length > 0, expected, m.join(' | '));
  });
});

describe('repeated-value: an offer\'s premium stated twice', () => {
  const deal = (second: string) => [
    'A $4 billion biotech takeover',
    '',
    'A large drugmaker agreed to buy a maker of gout drugs for cash. The deal is valued at about $4 billion. It carries a premium of 46% over the target\'s last closing price.',
    '',
    'The terms',
    '',
    `The agreement pays $31 for each share in cash. ${second} The boards of both companies approved it.`,
  ].join('\n');
  const cases: [string, string, boolean][] = [
    ['the premium restated with another value', 'This price is a 48% premium to the close on Friday.', true],
    ['the premium restated with its value', 'This price is a 46% premium to the close on Friday.', false],
    ['a premium over an average of closes', 'This price is a 58% premium to the 30-day volume-weighted average price.', false],
    ['a word that opens with a premium noun\'s letters is no premium', 'The primary endpoint was met by 48% of patients.', false],
    ['a rise of the shares, no premium', 'The target\'s shares rose 48% on Monday.', false],
  ];
  for (const [name, second, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${name}`, () => {
    const m = messagesOf(deal(second), 'repeated-value').filter(x => /premium/.test(x));
    assert.equal(m.length > 0, expected, m.join(' | '));
  });
});

describe('repeated-value: a roundup\'s next item, whose company the sentence does not name as one', () => {
  const roundup = (named: string) => [
    'Biotech financings this week',
    '',
    'Investors put $2 billion into young drug makers this month, a record for the year. Zentorix Bio raised $100 million in a Series B round.',
    `Meanwhile, the chief executive of Qorvane said the company is growing. ${named}, with $116 million in new Series B money, wants to test it in gout.`,
    'Its first trial starts in May. The trial will run at 30 sites. Results are due in 2032.',
  ].join('\n');
  const cases: [string, boolean][] = [
    // the company is carried over from a sentence before: another company's round as likely as Zentorix Bio's
    ['His firm', false],
    // the sentence names the company itself: the same round
    ['Zentorix Bio', true],
  ];
  for (const [named, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: "${named}, with $116 million"`, () => {
    const m = messagesOf(roundup(named), 'repeated-value').filter(x => /financing round/.test(x));
    assert.equal(m.length > 0, expected, m.join(' | '));
  });
});
