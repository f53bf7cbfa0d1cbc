import { strict as assert } from 'assert';
import { figuresOf, messagesOf } from '../helpers';
import { analyzeText } from '../../server/src/analysis';

const HEAD = 'Acme Bio reported results for zetalimab in the ACME-2 trial.\n\n';

describe('readings of claims (session 34)', () => {
  describe('a number written out with its percent word is no share in words', () => {
    it('"nine percent" beside another endpoint\'s rate makes no claimed-ratio finding', () => {
      const text = `${HEAD}Twenty percent had a partial response. Nine percent of patients had stable disease, and 30 percent progressed.`;
      assert.deepEqual(messagesOf(text, 'claimed-ratio'), []);
    });
    it('a share in words far from its rate is still held to it', () => {
      const text = `${HEAD}About half of patients responded, with an objective response rate of 31 % in the 80 treated patients.`;
      assert.equal(messagesOf(text, 'claimed-ratio').length, 1);
    });
  });

  describe('a count and its share in brackets are one value', () => {
    it('a CR count and share above the ORR\'s, with the ORR\'s interval between, is found', () => {
      const text = `${HEAD}In 90 treated patients, objective responses were seen in 30 (33%, 95% CI 24%-44%), with a complete response in 36 (40%).`;
      assert.equal(messagesOf(text, 'impossible-value').length, 1, JSON.stringify(messagesOf(text, 'impossible-value')));
    });
    it('the same rates in order make no finding', () => {
      const text = `${HEAD}In 90 treated patients, objective responses were seen in 36 (40%, 95% CI 30%-51%), with a complete response in 9 (10%).`;
      assert.deepEqual(messagesOf(text, 'impossible-value'), []);
    });
  });
  describe('"respectively" lists whose endpoints follow the values', () => {
    it('"20 and 15 percent had a complete and a partial response, respectively" pairs CR and PR in order', () => {
      const figs = figuresOf(`${HEAD}The objective response rate was 35 percent; 20 and 15 percent of patients had complete response (CR) and partial response (PR), respectively.`);
      assert.equal(figs.find(f => f.value === 20)?.binding.endpoint, 'CR');
      assert.equal(figs.find(f => f.value === 15)?.binding.endpoint, 'PR');
    });
    it('a second list in the same sentence pairs with its own endpoints', () => {
      const figs = figuresOf(`${HEAD}Overall, 20 and 15 percent had a complete response and a partial response, respectively; 40 and 25 percent had stable disease and progressive disease, respectively.`);
      assert.equal(figs.find(f => f.value === 40)?.binding.endpoint, 'SD');
      assert.equal(figs.find(f => f.value === 25)?.binding.endpoint, 'PD');
    });
  });
  describe('an event listed as subsequent, dated within the period it follows', () => {
    const NOTE = (date: string) => `Acme Bio, Inc.\n|3 Months Ended\nMar. 31, 2026\n|\n7. Subsequent Events\n${date}, the Company entered into a licence agreement with Beta Corp. for zetalimab. The Company will receive an upfront payment of $5.0 million.\n`;
    it('an event dated before the period\'s end is found', () => {
      assert.equal(messagesOf(NOTE('On March 12, 2026'), 'date-inconsistent').length, 1);
    });
    it('an event dated after it is not', () => {
      assert.deepEqual(messagesOf(NOTE('On April 12, 2026'), 'date-inconsistent'), []);
    });
    it('an earlier event recalled as background is not', () => {
      assert.deepEqual(messagesOf(NOTE('As previously disclosed, on March 12, 2026'), 'date-inconsistent'), []);
    });
    it('without the title, a date before the period\'s end is no finding', () => {
      const text = NOTE('On March 12, 2026').replace('Subsequent Events', 'Collaborations');
      assert.deepEqual(messagesOf(text, 'date-inconsistent'), []);
    });
  });
  describe('a dateline days after the day the head names with its weekday', () => {
    const PAGE = (dateline: string) => `Acme Bio Reports Zetalimab Results Monday June 1, 7:00 pm ET\n${dateline} /Acme Wire/ -- Acme Bio, Inc. reported results of the ACME-2 trial today.\n`;
    it('ten days later is found', () => {
      assert.equal(messagesOf(PAGE('OAKTOWN, Calif., June 11'), 'date-inconsistent').length, 1);
    });
    it('the same day, or the next (a time zone), is not', () => {
      assert.deepEqual(messagesOf(PAGE('OAKTOWN, Calif., June 1'), 'date-inconsistent'), []);
      assert.deepEqual(messagesOf(PAGE('OAKTOWN, Calif., June 2'), 'date-inconsistent'), []);
    });
    it('a date that follows no place is no dateline', () => {
      assert.deepEqual(messagesOf(PAGE('Results were presented on June 11'), 'date-inconsistent'), []);
    });
  });
  describe('one subgroup under its acronym and its words', () => {
    const DOC = (group: string) => `Acme Bio reports zetalimab results.\n\n- Zetalimab improved OS (HR = 0.46, P = .01) in the mCRPC subset.\n\nIn the ${group} subgroup, zetalimab improved EFS (HR = 0.59, P = .08) and OS (HR = 0.64, P = .01).\n`;
    it('"mCRPC" and "metastatic CRPC" name one group: a hazard ratio restated differently is found', () => {
      assert.equal(messagesOf(DOC('metastatic CRPC'), 'repeated-value').length, 1);
    });
    it('another group\'s name is another group', () => {
      assert.deepEqual(messagesOf(DOC('non-metastatic CRPC'), 'repeated-value'), []);
      assert.deepEqual(messagesOf(DOC('elderly'), 'repeated-value'), []);
    });
  });
  describe('a change whose direction is the adverb before its size', () => {
    it('"down nearly 40 percent to $3.00 from $3.75" is held to the two prices', () => {
      const found = messagesOf(`${HEAD}The pricing sent Acme shares down nearly 40 percent to $3.00 per share from $3.75.`, 'claimed-ratio');
      assert.equal(found.length, 1, JSON.stringify(found));
    });
    it('"down 20 percent" to the same prices agrees', () => {
      assert.deepEqual(messagesOf(`${HEAD}The pricing sent Acme shares down 20 percent to $3.00 per share from $3.75.`, 'claimed-ratio'), []);
    });
  });
  describe('a number written out before words that refer back to people', () => {
    it('"Fifty of these patients" is a count of the patients named before, and no more than they are', () => {
      const text = `${HEAD}The study enrolled 40 patients with relapsed lymphoma. Fifty of these patients met the inclusion criteria.`;
      const f = figuresOf(text).find(x => x.value === 50);
      assert.equal(f?.figureKind, 'count');
      assert.equal(messagesOf(text, 'impossible-value').length, 1);
    });
    it('fewer of them are some of them', () => {
      assert.deepEqual(messagesOf(`${HEAD}The study enrolled 40 patients with relapsed lymphoma. Thirty of these patients met the inclusion criteria.`, 'impossible-value'), []);
    });
  });
  describe('a total of the accounts is no deal\'s total', () => {
    const DOC = `${HEAD}Revenue included a $60 million upfront payment from Beta Corp. for zetalimab.\n\nTotal operating expenses were $25.3 million, up from $21.0 million.\n`;
    it('"total operating expenses of" a sum gives it no deal role', () => {
      const f = figuresOf(DOC).find(x => x.text === '$25.3 million');
      assert.equal(f?.role, undefined);
    });
    it('so an upfront payment above it is no finding', () => {
      assert.deepEqual(messagesOf(DOC, 'impossible-value'), []);
    });
    it('a deal\'s own total still is one', () => {
      const f = figuresOf(`${HEAD}Beta pays $60 million upfront, for a total deal value of up to $500 million.`).find(x => x.value === 500_000_000);
      assert.equal(f?.role, 'total');
    });
  });
  describe('"respectively" lists of one endpoint\'s values', () => {
    it('"ORR was 52 % versus 41 %, including CR in 6 % and 4 %, respectively": both are CR rates', () => {
      const figs = figuresOf(`${HEAD}The objective response rate was 52% versus 41%, including complete responses in 6% and 4% of patients, respectively.`);
      assert.equal(figs.find(f => f.value === 6)?.binding.endpoint, 'CR');
      assert.equal(figs.find(f => f.value === 4)?.binding.endpoint, 'CR');
    });
    it('so a CR rate above its ORR in such a list is found', () => {
      const found = messagesOf(`${HEAD}The objective response rate was 52% versus 41%, including complete responses in 56% and 4% of patients, respectively.`, 'impossible-value');
      assert.equal(found.length, 1, JSON.stringify(found));
    });
    it('groups named before "respectively" are each value\'s subgroup', () => {
      const figs = figuresOf(`${HEAD}The 3-year survival rate was 80% and 60% in the transplant and chemotherapy groups, respectively.`);
      assert.equal(figs.find(f => f.value === 80)?.binding.subgroup, 'transplant group');
      assert.equal(figs.find(f => f.value === 60)?.binding.subgroup, 'chemotherapy group');
    });
  });
  describe('an equity investment beside a deal\'s upfront payment', () => {
    const DEAL = (milestones: string) => `${HEAD}Beta will pay Acme an upfront payment of $100 million and make a $20 million equity investment in Acme at a premium. Acme is eligible for up to ${milestones} in milestones, for a total deal value of up to $1.1 billion.`;
    it('the investment takes no upfront role', () => {
      const f = figuresOf(DEAL('$1.0 billion')).find(x => x.value === 20_000_000);
      assert.equal(f?.role, undefined);
    });
    it('so parts that do not add up to the total are found, and parts that do are not', () => {
      assert.equal(messagesOf(DEAL('$1.2 billion'), 'totals').length, 1);
      assert.deepEqual(messagesOf(DEAL('$1.0 billion'), 'totals'), []);
    });
  });
  describe('a clause of the past joined without a comma to a plan', () => {
    const DOC = (verb: string) => `OAKTOWN, October 20, 2027 -- Acme Bio, Inc. reported results. The company plans to start a Phase 3 trial in the first half of 2028 and ${verb} cash of $120 million at June 30, 2027.\n`;
    it('"plans to ... and had cash ... at June 30" dates the cash, not the plan', () => {
      assert.deepEqual(messagesOf(DOC('had'), 'date-inconsistent'), []);
    });
    it('"plans to ... and to raise cash ... at June 30" is still the plan\'s date', () => {
      assert.equal(messagesOf(DOC('to raise'), 'date-inconsistent').length, 1);
    });
  });
  describe('a change compared with a period, its value in brackets', () => {
    const DOC = (size: string, tail: string) => `${HEAD}Revenue was $24.8 million, up ${size} ${tail}.`;
    it('"up 22 % compared to 2025 ($22.1 million)" is held to the two sums', () => {
      assert.equal(messagesOf(DOC('22%', 'compared to 2025 ($22.1 million)'), 'claimed-ratio').length, 1);
      assert.equal(messagesOf(DOC('22%', 'compared to the prior year ($22.1 million)'), 'claimed-ratio').length, 1);
      assert.equal(messagesOf(DOC('22%', 'year over year (2025: $22.1 million)'), 'claimed-ratio').length, 1);
    });
    it('a size that fits is no finding', () => {
      assert.deepEqual(messagesOf(DOC('12%', 'compared to 2025 ($22.1 million)'), 'claimed-ratio'), []);
      assert.deepEqual(messagesOf(DOC('12%', 'year over year (2025: $22.1 million)'), 'claimed-ratio'), []);
    });
  });
  describe('an offering\'s gross proceeds in the next sentence, a long aside before the sum', () => {
    const DOC = (gross: string) => `OAKTOWN, June 18, 2027 -- Acme Bio, Inc. announced the pricing of its initial public offering of 10,000,000 shares of its common stock at a public offering price of $15.00 per share. The gross proceeds to Acme from the offering, before deducting underwriting discounts and commissions and other offering expenses, are expected to be ${gross}.\n`;
    it('shares times price against the stated gross proceeds', () => {
      assert.equal(messagesOf(DOC('$160.0 million'), 'totals').length, 1);
      assert.deepEqual(messagesOf(DOC('$150.0 million'), 'totals'), []);
    });
  });
  describe('a dash in a table of figures is nil', () => {
    const TABLE = (total: string) => `Acme Bio results (in thousands)\n\n| | Q4 2026 | Q4 2025 | FY 2026 | FY 2025 |\n|---|---|---|---|---|\n| Product revenue | 18,412 | 12,905 | 64,310 | 41,877 |\n| Grant revenue | 2,500 | \u2014 | 7,500 | 5,000 |\n| Total revenue | ${total} | 12,905 | 71,810 | 46,877 |\n`;
    it('a total whose parts hold a dash is still held to them', () => {
      const found = analyzeText(TABLE('21,912'), {}, 'markdown').findings.filter(f => f.code === 'totals');
      assert.equal(found.length, 1, JSON.stringify(found.map(f => f.message)));
    });
    it('and a right one is no finding', () => {
      assert.deepEqual(analyzeText(TABLE('20,912'), {}, 'markdown').findings.filter(f => f.code === 'totals').map(f => f.message), []);
    });
  });
  describe('an aligned statement whose periods stand on a line above it', () => {
    const STATEMENT = (total: string) => `Acme Bio reports full year results.\n\nSTATEMENTS OF OPERATIONS (in thousands)\n                             2026        2025\nRevenue:\n  Product revenue        $ 18,412    $ 12,905\n  Grant revenue             2,500       1,000\nTotal revenue              ${total}      13,905\n`;
    it('a total row is held to the rows above it, column by column', () => {
      assert.equal(messagesOf(STATEMENT('21,912'), 'totals').length, 1);
      assert.deepEqual(messagesOf(STATEMENT('20,912'), 'totals'), []);
    });
  });
  describe('"of whom" after a count of something else', () => {
    const DOC = (n: string) => `${HEAD}As of the data cutoff, 64 patients had been dosed across five dose levels, of whom ${n} were evaluable for efficacy.`;
    it('counts among the people before it, past the count of dose levels', () => {
      assert.equal(messagesOf(DOC('70'), 'impossible-value').length, 1);
      assert.deepEqual(messagesOf(DOC('50'), 'impossible-value'), []);
    });
  });
  describe('"complete response or better" is a complete response rate', () => {
    const DOC = (cr: string) => `${HEAD}- Overall response rate of 78% across dose levels\n- Complete response or better in ${cr} of patients\n`;
    it('above the ORR it is found; below, not', () => {
      assert.equal(messagesOf(DOC('84%'), 'impossible-value').length, 1);
      assert.deepEqual(messagesOf(DOC('34%'), 'impossible-value'), []);
    });
  });
  describe('each arm\'s size against the count randomised', () => {
    it('"621 patients ... randomized 1:1 (306 per arm)" is found', () => {
      assert.equal(messagesOf(`${HEAD}The trial enrolled 621 patients, randomized 1:1 (306 per arm).`, 'totals').length, 1);
      assert.equal(messagesOf(`${HEAD}The trial enrolled 621 patients. Patients were randomized 1:1 (306 per arm).`, 'totals').length, 1);
    });
    it('the lead\'s one count of people is the whole when the arms\' sentence has none', () => {
      const doc = (n: number) => `${HEAD}Acme tested zetalimab in 240 adults with psoriasis.\n\nAt week 16, 68% responded.\n\nPatients were randomized 1:1:1:1 to three doses or placebo (${n} per arm).`;
      assert.equal(messagesOf(doc(70), 'totals').length, 1);
      assert.deepEqual(messagesOf(doc(60), 'totals'), []);
    });
    it('sizes that add up, or an unequal ratio, are not', () => {
      assert.deepEqual(messagesOf(`${HEAD}The trial enrolled 612 patients, randomized 1:1 (306 per arm).`, 'totals'), []);
      assert.deepEqual(messagesOf(`${HEAD}The trial enrolled 621 patients, randomized 2:1 (306 per arm).`, 'totals'), []);
    });
  });
  describe('a verb of completion before its object and the first of several dates', () => {
    const DOC = (body: string) => `NEW YORK, April 8, 2027 -- Acme Bio today announced a financing.\n\n${body}\n`;
    it('"raised an $85 million Series B in March 2028 and a Series A in 2023" dates a done event after the release', () => {
      assert.equal(messagesOf(DOC('Acme raised an $85 million Series B in March 2028 and a $40 million Series A in 2023.'), 'date-inconsistent').length, 1);
    });
    it('a plan, or dates before the release, are not', () => {
      assert.deepEqual(messagesOf(DOC('Acme plans to raise an $85 million Series C in March 2028 and to list its shares in 2029.'), 'date-inconsistent'), []);
      assert.deepEqual(messagesOf(DOC('Acme raised an $85 million Series B in March 2025 and a $40 million Series A in 2023.'), 'date-inconsistent'), []);
    });
  });
  describe('a part of a fraction\'s whole, counted after it in its sentence', () => {
    const DOC = (pct: string) => `${HEAD}The overall response rate was 78% (39/50), including a complete response in 17 patients (${pct}).`;
    it('its share is held to the fraction\'s whole', () => {
      assert.equal(messagesOf(DOC('43%'), 'percent-of-count').length, 1);
      assert.deepEqual(messagesOf(DOC('34%'), 'percent-of-count'), []);
    });
  });
  describe('a headline and a bullet above the text', () => {
    const DOC = (head: string) => `Acme Bio Reports ${head} Objective Response Rate for Zetalimab\n\n- 42% objective response rate in 60 evaluable patients\n\nOAKTOWN, May 30, 2027 -- Acme Bio, Inc. announced data from its Phase 2 trial of zetalimab. The objective response rate was 42% (25/60).\n`;
    it('a headline that differs from the bullet and the text is held to the text', () => {
      assert.equal(messagesOf(DOC('48%'), 'repeated-value').length, 1);
      assert.deepEqual(messagesOf(DOC('42%'), 'repeated-value'), []);
    });
  });
});
