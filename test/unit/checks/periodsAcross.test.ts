/** impossible-value: one adding measure for a period above the same measure for a period holding it, across sentences. Invented sentences. */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'impossible-value').filter(m => /which holds that period/.test(m));

describe('impossible-value: a period\'s amount above the amount of the period holding it, sentence to sentence', () => {
  // each row: an invented text, and whether a finding is expected
  const cases: [string, boolean][] = [
    // a quarter named without its year takes the paragraph's year
    ['Total revenue for the second quarter was $42.0 million. Revenue for the six months ended June 30, 2030 was $38.5 million.', true],
    ['Total revenue for the second quarter was $22.0 million. Revenue for the six months ended June 30, 2030 was $38.5 million.', false],
    // expenses add up over time too; the period after the amount, or before it
    ['Acme Bio research and development expenses for the third quarter of 2030 were $13.5 million. Research and development expenses were $12.8 million in the first nine months of 2030.', true],
    ['Acme Bio research and development expenses for the third quarter of 2030 were $13.5 million. Research and development expenses were $42.8 million in the first nine months of 2030.', false],
    // the next paragraph, the year's section after the quarter's
    ['Research and development expenses were $4.8 million for the third quarter of 2030 compared to $4.0 million a year earlier.\n\nResearch and development expenses were $4.2 million in the first nine months of 2030 compared to $11.7 million in 2029.', true],
    // another measure: product revenue is a part of revenue, not the same amount
    ['Product revenue for the second quarter of 2030 was $42.0 million. Revenue for the six months ended June 30, 2030 was $38.5 million.', false],
    // whose it is does not change the measure; a product's name does
    ["Acme Bio's revenue for the second quarter of 2030 was $42.0 million. Revenue for the six months ended June 30, 2030 was $38.5 million.", true],
    ['AB-101 revenue for the second quarter of 2030 was $42.0 million. Revenue for the six months ended June 30, 2030 was $38.5 million.', false],
    // a loss may be larger in a quarter than over the year
    ['The net loss for the fourth quarter of 2030 was $12.0 million. The net loss for the year ended December 31, 2030 was $9.0 million.', false],
    // periods of different years do not nest
    ['Revenue for the third quarter of 2030 was $13.5 million. Revenue for the nine months ended September 30, 2029 was $12.8 million.', false],
    // the rounding of both, and "approximately"
    ['Revenue for the third quarter of 2030 was $12.84 million. Revenue for the nine months ended September 30, 2030 was $12.8 million.', false],
    ['Revenue for the third quarter of 2030 was approximately $13 million. Revenue for the nine months ended September 30, 2030 was $12.8 million.', false],
    // another currency
    ['Revenue for the third quarter of 2030 was EUR 13.5 million. Revenue for the nine months ended September 30, 2030 was $12.8 million.', false],
    // a fiscal year's quarters need not lie in the calendar year of its number
    ['Revenue for the third quarter of fiscal 2030 was $13.5 million. Revenue for fiscal 2030 was $12.8 million.', false],
    // paragraphs far apart are other statements
    ['Revenue for the third quarter of 2030 was $13.5 million.\n\nAcme Bio is a company.\n\nIt makes drugs.\n\nRevenue for the nine months ended September 30, 2030 was $12.8 million.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('repeated-value: the lengths of two reporting periods are no measure stated twice', () => {
  const text = [
    'The $37 thousand rise in grant revenues was mainly due to new grants won since June 30, 2029; while the $20 thousand fall in interest income was mainly due to lower rates.',
    'Operating costs were $630 thousand and $635 thousand for the three months ended June 30, 2030 and 2029, respectively. The $5 thousand, or 1%, decrease in costs was mainly driven by lower legal fees and rent partly offset by more travel.',
    'Legal fees increased by $30 thousand on timing; and rent decreased by $11 thousand on a new lease. Travel was reduced by $6 thousand on fewer trips.',
    'Acme Bio had net losses of $34 thousand and $524 thousand for the six months ended June 30, 2030 and 2029, respectively.',
  ].join('\n');
  it('leaves "three months ended June 30" and "six months ended June 30" alone', () => assert.deepEqual(messagesOf(text, 'repeated-value'), []));
});

describe('impossible-value: an amount above the running total it brings', () => {
  const running = (text: string) => messagesOf(text, 'impossible-value').filter(m => /running total/.test(m));
  const cases: [string, boolean][] = [
    ['Acme Bio raised $50 million in a Series B round, bringing its total funding to $40 million.', true],
    ['Acme Bio raised $50 million in a Series B round, bringing its total funding to $140 million.', false],
    ['The $25 million milestone brings the total paid by Beta Pharma under the deal to $20 million.', true],
    // the rounding of both
    ['Acme Bio raised $40.4 million, bringing its total funding to $40 million.', false],
    // a valuation is another measure
    ['Acme Bio raised $30 million at a $500 million valuation, bringing total funding to $120 million.', false],
    // another currency
    ['Acme Bio raised EUR 50 million, bringing its total funding to $40 million.', false],
    // no running total
    ['Acme Bio raised $50 million, bringing its cash to $40 million after repaying debt.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(running(text).length, reported ? 1 : 0, running(text).join('; ')));
});

describe('impossible-value: one sentence\'s expenses for a quarter and its year, the quarter sharing the year written after it', () => {
  const cases: [string, boolean][] = [
    ['Research and development expenses were $9.0 million and $6.3 million for the fourth quarter and full year 2030, respectively, compared to $9.2 million and $24.2 million for the same periods of 2029.', true],
    ['Research and development expenses were $9.0 million and $36.3 million for the fourth quarter and full year 2030, respectively, compared to $9.2 million and $24.2 million for the same periods of 2029.', false],
    ['Revenues were $9.0 million and $6.3 million for the fourth quarter and full year 2030, respectively.', true],
    // a loss is no amount that only adds up
    ['Net losses were $9.0 million and $6.3 million for the fourth quarter and full year 2030, respectively.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('impossible-value: a year named only as what the sums are compared with dates none of them', () => {
  const cases: [string, boolean][] = [
    ["Acme Bio reported fourth quarter product sales of $18.8 million and total product sales of $15.3 million for the full year, up 40 percent over 2029.", true],
    ["Acme Bio reported fourth quarter product sales of $8.8 million and total product sales of $45.3 million for the full year, up 40 percent over 2029.", false],
    // a year that dates a sum ("for 2029") keeps the sentence read by its dates alone
    ["Acme Bio reported fourth quarter product sales of $18.8 million, compared with $15.3 million for 2029.", false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});
