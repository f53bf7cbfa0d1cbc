/**
 * repeated-value: one deal's price, one group's size and one hedged amount stated twice. Table-driven, every sentence
 * invented (companies "Acme Bio", "Beta Pharma", drug "AB-101"); each row says whether one finding or none is due.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../helpers';

const found = (text: string) => messagesOf(text, 'repeated-value');
const table = (title: string, rows: [string, boolean][]) => describe(title, () => {
  for (const [text, reported] of rows) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 150))}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

const BODY = '\nThe boards of both companies approved the transaction. Closing is expected in the third quarter of 2025.\nThe acquisition adds AB-101, a Phase 2 antibody for lupus, to the pipeline.\nAcme Bio will become a wholly owned subsidiary.\n';

table('repeated-value: an acquisition\'s price in the headline and its equity value, consideration or purchase price in the text', [
  [`Beta Pharma to acquire Acme Bio for $268 million\n\nBOSTON -- Beta Pharma will acquire all outstanding shares of Acme Bio at $5.00 per share in cash, for a total equity value of approximately $286 million.${BODY}`, true],
  [`Beta Pharma to acquire Acme Bio for $4.2 billion\n\nBOSTON -- Beta Pharma agreed to buy Acme Bio for $61 per share, a transaction value of $4.7 billion, the companies said.${BODY}`, true],
  [`Beta Pharma to acquire Acme Bio for $950 million\n\nBOSTON -- Beta Pharma will pay a total consideration of $905 million in cash and shares for Acme Bio, the companies said.${BODY}`, true],
  [`Beta Pharma übernimmt Acme Bio für 1,2 Milliarden Euro\n\nMÜNCHEN -- Beta Pharma zahlt für Acme Bio einen Kaufpreis von 1,4 Milliarden Euro in bar, teilten die Unternehmen mit.${BODY}`, true],
  [`Beta Pharma förvärvar Acme Bio för 2,4 miljarder kronor\n\nSTOCKHOLM -- Beta Pharma betalar en köpeskilling om 2,7 miljarder kronor kontant för Acme Bio, meddelade bolagen.${BODY}`, true],
  // the same amount, or one that rounding reconciles
  [`Beta Pharma to acquire Acme Bio for $286 million\n\nBOSTON -- Beta Pharma will acquire all outstanding shares of Acme Bio at $5.00 per share in cash, for a total equity value of approximately $286 million.${BODY}`, false],
  [`Beta Pharma to acquire Acme Bio for $3.7 billion\n\nBOSTON -- Beta Pharma will acquire Acme Bio at $40.00 per share in cash, for a total equity value of approximately $3.68 billion.${BODY}`, false],
  // an enterprise value is the price less the target's net cash: another measure of the deal
  [`Beta Pharma to acquire Acme Bio for $3.7 billion\n\nBOSTON -- Beta Pharma will acquire Acme Bio at $40.00 per share in cash, for an enterprise value of approximately $3.3 billion.${BODY}`, false],
  // two headings for one deal and a text that agrees with one of them: reported once, at the other value
  [`Beta Pharma to acquire Acme Bio for ~$3.3B\n\nSummary: Beta Pharma to acquire all shares of Acme Bio for $38.25/share in cash, a total equity value of ~$3.8B. The deal is expected to close in Q4.\n\nBeta Pharma to acquire Acme Bio for ~$3.3B\n`, true],
]);

table('repeated-value: a hedged amount allows the rounding of its digits, not a tenth of itself', [
  ['Acme Bio raises $268 million\n\nBOSTON -- Acme Bio closed a Series C financing of approximately $286 million led by Beta Ventures, the company said.\nThe proceeds fund AB-101 through Phase 3.\nAcme Bio has 40 employees.\nIts shares trade on Nasdaq.\n', true],
  ['Acme Bio raises $285 million\n\nBOSTON -- Acme Bio closed a Series C financing of approximately $286 million led by Beta Ventures, the company said.\nThe proceeds fund AB-101 through Phase 3.\nAcme Bio has 40 employees.\nIts shares trade on Nasdaq.\n', false],
  ['Acme Bio raises $290 million\n\nBOSTON -- Acme Bio closed a Series C financing of about $300 million led by Beta Ventures, the company said.\nThe proceeds fund AB-101 through Phase 3.\nAcme Bio has 40 employees.\nIts shares trade on Nasdaq.\n', false],
]);

table('repeated-value: a paragraph under a run-in label is running text, a short labelled line a list\'s item', [
  // the label opens a paragraph of two sentences: it restates the headline as text does
  ['Acme Bio raises $40 million\n\nShots: Acme Bio closed a Series B financing of $44 million led by Beta Ventures. The proceeds fund AB-101 through Phase 2.\n', true],
  // two labelled list items are of one rank: as often two rounds as one
  ['Acme Bio\nAmount: $40 million\n\nGamma Bio\nAmount: $44 million\n', false],
]);

table('repeated-value: counts each randomized to a treatment are the arms\' sizes, not the enrolment', [
  ['The Phase 3 ACME-1 trial enrolled 420 women with ovarian cancer. Two hundred twelve women were randomized to AB-101 and 208 women were randomized to the control drugs.\nThe trial did not meet its primary endpoint.\n', false],
  ['The Phase 3 ACME-1 trial enrolled 420 women with ovarian cancer. In ACME-1, 212 women were randomized to AB-101 and 208 to placebo.\nThe trial did not meet its primary endpoint.\n', false],
  // one count randomized to either treatment is the whole
  ['The Phase 3 ACME-1 trial enrolled 420 women with ovarian cancer. In ACME-1, 402 women were randomized to AB-101 or placebo.\nThe trial did not meet its primary endpoint.\n', true],
]);

const TRIAL = 'Acme Bio reports final data from its Phase 2 trial of AB-101 in lung cancer. Of 24 evaluable patients who completed two cycles of therapy, 21 (88%) showed tumour shrinkage with AB-101 (STAT shrinkage was 30.5%). Of the 24 evaluable patients, 9 (38%) had partial responses. "We are pleased to have shown QUOTED tumour shrinkage with AB-101 in this group," said the CEO of Acme Bio. The trial continues.';
table('repeated-value: a mean or median of a measurement is another reading than the share of people, and a group named by its size is one group', [
  [TRIAL.replace('STAT', 'mean').replace('QUOTED', '93%'), true],
  [TRIAL.replace('STAT', 'median').replace('QUOTED', '93%'), true],
  // the share restated right; the mean is no second value of it
  [TRIAL.replace('STAT', 'mean').replace('QUOTED', '88%'), false],
  [TRIAL.replace('STAT', 'median').replace('QUOTED', '88%'), false],
]);

table('repeated-value: a ticker in brackets stands inside the clause of the verb of buying', [
  [`Acme Bio (NASDAQ: ACME) to be acquired by Beta Pharma (NYSE: BETA) for $268 million\n\nBOSTON -- Beta Pharma will acquire all outstanding shares of Acme Bio at $5.00 per share in cash, for a total equity value of approximately $286 million.${BODY}`, true],
  [`Beta Pharma (NYSE: BETA) to acquire Acme Bio for $3.9 billion\n\nBOSTON -- Beta Pharma will acquire Acme Bio at $40.00 per share in cash, for a total equity value of approximately $3.6 billion.${BODY}`, true],
  [`Acme Bio (NASDAQ: ACME) to be acquired by Beta Pharma (NYSE: BETA) for $286 million\n\nBOSTON -- Beta Pharma will acquire all outstanding shares of Acme Bio at $5.00 per share in cash, for a total equity value of approximately $286 million.${BODY}`, false],
]);

table('repeated-value: an amount in a scale word with its currency left out is in the currency of the event\'s other sums', [
  ['Acme väntar 150 miljoner i royalty från AB-101\n\nBeta Pharma meddelade idag att försäljningen av AB-101 väntas uppgå till 4 miljarder SEK för räkenskapsåret 2025. Detta skulle innebära cirka 170 MSEK i royaltyintäkter till Acme Bio. Beta Pharma ansvarar för utvecklingen av AB-101.\n', true],
  ['Acme Bio kan få 120 millioner i royalty\n\nBeta Pharma venter et salg af AB-101 på 2 mia. kr. i 2025. Det giver Acme Bio royaltyindtægter på cirka 150 mio. kr., oplyser selskabet. Beta Pharma står for udviklingen.\n', true],
  ['Acme Bio erwartet 50 Millionen an Lizenzgebühren\n\nBeta Pharma rechnet 2025 mit einem Umsatz von AB-101 von 1 Milliarde Euro. Acme Bio erhält daraus Lizenzgebühren von rund 55 Mio. Euro, teilte das Unternehmen mit. Beta Pharma verantwortet die Entwicklung.\n', true],
  ['Acme Bio raises 40 million in Series B financing\n\nAcme Bio closed a Series B financing of $44 million led by Beta Ventures. The proceeds fund AB-101 through Phase 2. Acme Bio has 40 employees.\n', true],
  // the same amount in its currency: nothing to report
  ['Acme väntar 150 miljoner i royalty från AB-101\n\nBeta Pharma meddelade idag att försäljningen av AB-101 väntas uppgå till 4 miljarder SEK för räkenskapsåret 2025. Detta skulle innebära cirka 150 MSEK i royaltyintäkter till Acme Bio. Beta Pharma ansvarar för utvecklingen av AB-101.\n', false],
  ['Acme Bio erwartet 50 Millionen an Lizenzgebühren\n\nBeta Pharma rechnet 2025 mit einem Umsatz von AB-101 von 1 Milliarde Euro. Acme Bio erhält daraus Lizenzgebühren von rund 50 Mio. Euro, teilte das Unternehmen mit. Beta Pharma verantwortet die Entwicklung.\n', false],
  ['Acme Bio raises 44 million in Series B financing\n\nAcme Bio closed a Series B financing of $44 million led by Beta Ventures. The proceeds fund AB-101 through Phase 2. Acme Bio has 40 employees.\n', false],
]);

table('repeated-value: two lines in one wording but a group\'s label are two groups, not one measure restated', [
  ['Acme Bio reported results of the ZETA trial of AB-101.\n\nMedian Survival AB = 36.4 weeks\nMedian Survival Zelbo = 35.3 weeks\n', false],
  // a headline and a text that state one measure for one drug in two wordings still disagree
  ['Acme Bio reports median OS of 14.2 months for AB-101\n\nBOSTON -- Acme Bio today reported median OS was 16.1 months for AB-101 in the ZETA trial.\n', true],
]);
