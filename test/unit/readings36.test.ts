import { strict as assert } from 'assert';
import { figuresOf, messagesOf } from '../helpers';
import { analyzeText } from '../../server/src/analysis';

const HEAD = 'Acme Bio reported results for zetalimab in the ACME-3 trial.\n\n';

describe('readings of claims (session 36)', () => {
  describe('a risk said to be less or halved is read against its hazard ratio', () => {
    it('"40% less risk of death" with HR 0.75 is found', () => {
      const text = `${HEAD}Zetalimab-treated patients had 40% less risk of death than those on placebo (hazard ratio, 0.75).`;
      assert.equal(messagesOf(text, 'claimed-ratio').length, 1, JSON.stringify(messagesOf(text, 'claimed-ratio')));
    });
    it('"25% less risk of death" with HR 0.75 makes no finding', () => {
      const text = `${HEAD}Zetalimab-treated patients had 25% less risk of death than those on placebo (hazard ratio, 0.75).`;
      assert.deepEqual(messagesOf(text, 'claimed-ratio'), []);
    });
    it('"halved the risk of progression" with HR 0.78 is found', () => {
      const text = `${HEAD}In the final analysis zetalimab halved the risk of progression (hazard ratio 0.78; P=0.01).`;
      assert.equal(messagesOf(text, 'claimed-ratio').length, 1, JSON.stringify(messagesOf(text, 'claimed-ratio')));
    });
    it('"halved the risk of progression" with HR 0.52 makes no finding, nor do the medians around it', () => {
      const text = `${HEAD}Zetalimab halved the risk of progression (hazard ratio 0.52; P<0.001), with a median PFS of 9.1 versus 6.0 months.`;
      assert.deepEqual(messagesOf(text, 'claimed-ratio'), []);
    });
    it('a risk halved after its verb ("the risk of death was halved") is read too', () => {
      const text = `${HEAD}With zetalimab the risk of death was halved (HR 0.83).`;
      assert.equal(messagesOf(text, 'claimed-ratio').length, 1);
    });
  });

  describe('a control arm named with a possessive ("investigator\'s choice")', () => {
    it('"in the investigator\'s choice group" binds the figure to that arm', () => {
      const figs = figuresOf(`${HEAD}The one-year OS was 70.2% in the zetalimab group compared with 51.0% in the investigator's choice group.`);
      assert.equal(figs.find(f => f.value === 51)?.binding.arm, "investigator's choice");
    });
    it('"longer with X than investigator\'s choice (a vs. b)" gives b to the control', () => {
      const figs = figuresOf(`${HEAD}Median OS was longer with zetalimab than investigator's choice (19.4 months vs. 13.3 months).`);
      assert.equal(figs.find(f => f.value === 13.3)?.binding.arm, "investigator's choice");
      assert.equal(figs.find(f => f.value === 19.4)?.binding.drug, 'zetalimab');
    });
  });

  describe('a control arm\'s landmark rate is held to the control arm\'s median', () => {
    it('a one-year rate above half with the control\'s median under a year is found', () => {
      const text = `${HEAD}Median OS was longer with zetalimab than chemotherapy (19.4 months vs. 8.0 months), with a one-year OS of 70.2% in the zetalimab group compared with 57.0% in the chemotherapy group.`;
      assert.equal(messagesOf(text, 'landmark-vs-median').length, 1, JSON.stringify(messagesOf(text, 'landmark-vs-median')));
    });
    it('the same with the control\'s rate below half makes no finding', () => {
      const text = `${HEAD}Median OS was longer with zetalimab than chemotherapy (19.4 months vs. 8.0 months), with a one-year OS of 70.2% in the zetalimab group compared with 37.0% in the chemotherapy group.`;
      assert.deepEqual(messagesOf(text, 'landmark-vs-median'), []);
    });
  });

  describe('a state dated long after the period a release reports on, with no dateline', () => {
    const head = 'Acme Bio Reports Second Quarter 2026 Financial Results\n\nAcme Bio reported its second-quarter 2026 financial results.';
    it('cash "as of June 30, 2027" in a second-quarter 2026 release is found', () => {
      const text = `${head} As of June 30, 2027, the company had cash of $120.5 million. Revenue was $3.1 million.`;
      assert.equal(messagesOf(text, 'date-inconsistent').length, 1, JSON.stringify(messagesOf(text, 'date-inconsistent')));
    });
    it('cash as of the period\'s end, or a month after it, makes no finding', () => {
      for (const day of ['June 30, 2026', 'July 31, 2026']) {
        const text = `${head} As of ${day}, the company had cash of $120.5 million. Revenue was $3.1 million.`;
        assert.deepEqual(messagesOf(text, 'date-inconsistent'), [], day);
      }
    });
    it('a forecast of cash at a later day makes no finding', () => {
      const text = `${head} The company expects to have cash of $80 million as of June 30, 2027.`;
      assert.deepEqual(messagesOf(text, 'date-inconsistent'), []);
    });
  });

  describe('a trial that included "N patients with X-positive disease" states its whole enrolment', () => {
    const lead = 'Acme Bio reported final results of the phase II ACME-4 trial of zetalimab.\n\n';
    it('"Of the 150 patients" after "the trial included 140 patients with ROS1-positive, ALK-negative disease" is found', () => {
      const text = `${lead}The study included 140 patients with ROS1-positive, KRAS-negative tumours from 30 sites. Of the 150 patients, 50 had no prior therapy.`;
      assert.equal(messagesOf(text, 'repeated-value').length, 1, JSON.stringify(messagesOf(text, 'repeated-value')));
    });
    it('the same count restated makes no finding', () => {
      const text = `${lead}The study included 140 patients with ROS1-positive, KRAS-negative tumours from 30 sites. Of the 140 patients, 50 had no prior therapy.`;
      assert.deepEqual(messagesOf(text, 'repeated-value'), []);
    });
    it('a subgroup named before the count is still no enrolment', () => {
      const text = `${lead}The trial enrolled 300 patients. Among PD-L1-high tumors, the study included 120 patients with ROS1-positive disease.`;
      assert.deepEqual(messagesOf(text, 'repeated-value'), []);
    });
  });

  describe('a deal\'s total stated in another paragraph than its parts', () => {
    const lead = 'Acme Bio and Beta Pharma signed a licence agreement for zetalimab.\n\n';
    const parts = 'Beta will make an upfront payment of $40 million to Acme. Acme will be eligible for regulatory milestones of up to $300 million, as well as up to $460 million in commercial milestones.\n\n';
    it('a total alone in the next paragraph, above the parts, is found even beside a rise of the shares', () => {
      const text = `${lead}${parts}The deal is worth up to $900 million, and Acme shares rose 20% on the news.\n`;
      assert.equal(messagesOf(text, 'totals').length, 1, JSON.stringify(messagesOf(text, 'totals')));
    });
    it('the total that fits makes no finding', () => {
      const text = `${lead}${parts}The deal is worth up to $800 million, and Acme shares rose 20% on the news.\n`;
      assert.deepEqual(messagesOf(text, 'totals'), []);
    });
    it('a payment of its own sentence may be in the total or not', () => {
      const option = 'Beta could pay another $100 million if it exercises its option.\n\n';
      const fits = `${lead}Beta will make an upfront payment of $40 million to Acme. ${option}Acme will be eligible for milestones of up to $760 million.\n\nThe deal is worth up to $900 million.\n`;
      assert.deepEqual(messagesOf(fits, 'totals'), []);
      const wrong = fits.replace('$900 million', '$950 million');
      assert.equal(messagesOf(wrong, 'totals').length, 1, JSON.stringify(messagesOf(wrong, 'totals')));
    });
    it('milestones of the next paragraph join the total and upfront of the one before', () => {
      const text = `${lead}The agreement has a total value of up to $240 million. Beta will make an upfront payment of $20 million.\n\nAcme is also eligible for more than $260 million in milestone payments.\n`;
      assert.equal(messagesOf(text, 'totals').length, 1, JSON.stringify(messagesOf(text, 'totals')));
    });
    it('milestones stated as a least fit any total not below the sum', () => {
      const text = `${lead}The agreement has a total value of up to $240 million. Beta will make an upfront payment of $20 million.\n\nAcme is also eligible for more than $200 million in milestone payments.\n`;
      assert.deepEqual(messagesOf(text, 'totals'), []);
    });
  });

  describe('a share rounded twice', () => {
    it('"5 of 13 patients (39%)" is 38.5 % rounded on: no finding', () => {
      assert.deepEqual(messagesOf(`${HEAD}A complete response was seen in 5 of 13 patients (39%).`, 'percent-of-count'), []);
    });
    it('"5 of 13 patients (40%)" is still found', () => {
      assert.equal(messagesOf(`${HEAD}A complete response was seen in 5 of 13 patients (40%).`, 'percent-of-count').length, 1);
    });
  });

  describe('a date in words after "in the" dates a done event', () => {
    const dl = 'OAKTOWN, March 3, 2026 -- Acme Bio today announced its results.\n\n';
    it('"began in the fourth quarter of 2026" in a release of March 2026 is found', () => {
      assert.equal(messagesOf(`${dl}Dosing in the extension study began in the fourth quarter of 2026.`, 'date-inconsistent').length, 1);
    });
    it('"began in the fourth quarter of 2025" makes no finding, nor does a plan for the fourth quarter of 2026', () => {
      assert.deepEqual(messagesOf(`${dl}Dosing in the extension study began in the fourth quarter of 2025.`, 'date-inconsistent'), []);
      assert.deepEqual(messagesOf(`${dl}Acme expects enrollment to begin in the fourth quarter of 2026.`, 'date-inconsistent'), []);
    });
  });

  describe('a count followed by "of whom" is a part of the group before it', () => {
    it('"Four patients underwent transplant, five of whom ..." is found', () => {
      assert.equal(messagesOf(`${HEAD}Four patients went on to a transplant, five of whom later relapsed.`, 'impossible-value').length, 1);
    });
    it('"Three (50%) of the 6 patients who responded underwent transplant, five of whom ..." is held to the three, not the six', () => {
      assert.equal(messagesOf(`${HEAD}Three (50%) of the 6 patients who responded went on to a transplant, five of whom later relapsed.`, 'impossible-value').length, 1);
      assert.deepEqual(messagesOf(`${HEAD}Three (50%) of the 6 patients who responded went on to a transplant, two of whom later relapsed.`, 'impossible-value'), []);
    });
  });

  describe('net proceeds above the principal amount of notes sold', () => {
    const notes = 'Acme Bio said it priced $400 million aggregate principal amount of 2.00% convertible notes due 2031, an increase from the previously announced offering size of $350 million.';
    it('"approximately $405.2 million" of net proceeds is found', () => {
      assert.equal(messagesOf(`${notes} The net proceeds will be approximately $405.2 million.`, 'impossible-value').length, 1);
    });
    it('"approximately $389.2 million" makes no finding', () => {
      assert.deepEqual(messagesOf(`${notes} The net proceeds will be approximately $389.2 million.`, 'impossible-value'), []);
    });
    it('in a round-up, each paragraph\'s net is held to its own gross', () => {
      const other = 'Beta Bio said it priced an offering of 10 million shares at $12 each, with gross proceeds expected to be $120 million.';
      assert.equal(messagesOf(`${other}\n\n${notes} The net proceeds will be approximately $405.2 million.`, 'impossible-value').length, 1);
      assert.deepEqual(messagesOf(`${other}\n\n${notes} The net proceeds will be approximately $389.2 million.`, 'impossible-value'), []);
    });
  });

  describe('a count past adjectives of its noun phrase', () => {
    it('"in 212 previously untreated ROS1-positive patients" counts patients', () => {
      const f = figuresOf(`${HEAD}Zetalimab was tested in 212 previously untreated ROS1-positive patients.`).find(x => x.value === 212);
      assert.equal(f?.figureKind, 'count');
    });
    it('"in 212 HLA-C*05:01-positive patients" counts patients', () => {
      const f = figuresOf(`${HEAD}Zetalimab was tested in 212 HLA-C*05:01-positive patients.`).find(x => x.value === 212);
      assert.equal(f?.figureKind, 'count');
    });
    it('"12 achieved partial responses" still counts no responses', () => {
      const f = figuresOf(`${HEAD}Of the 40 patients, 12 achieved durable partial responses.`).find(x => x.value === 12);
      assert.notEqual(f?.unit, 'responses');
    });
  });

  describe('a forecast\'s period is no period the report is on', () => {
    const head = 'Generated record quarterly net product revenue of $48 million, a 40% increase\n\nFull year net product revenue guidance raised to $180 - $190 million\n\nOAKTOWN, Aug. 3, 2026 -- Acme Bio today reported results for the quarter ended June 30, 2026.\n\n';
    it('the headline\'s revenue takes the report\'s quarter, not the guidance\'s full year', () => {
      const f = figuresOf(`${head}Net product revenue was $48.2 million for the second quarter of 2026.`).find(x => x.value === 48e6);
      assert.notEqual(f?.binding.timepoint, 'Full year');
    });
    it('a headline revenue the body restates differently is found', () => {
      const text = `${head}Acme achieved net product revenue of $41.2 million for the second quarter of 2026, an increase of 40% compared to $29.4 million for the second quarter of 2025.`;
      assert.equal(messagesOf(text, 'repeated-value').length, 1, JSON.stringify(messagesOf(text, 'repeated-value')));
    });
  });

  describe('a number in words whose noun a gapped clause leaves out', () => {
    it('"Four patients had a complete response and six had a partial response" counts six patients', () => {
      const f = figuresOf(`${HEAD}Four patients had a complete response and six had a partial response.`).find(x => x.value === 6);
      assert.equal(f?.figureKind, 'count');
      assert.equal(f?.unit, 'patients');
    });
    it('"... and six weeks later" is no such count', () => {
      const figs = figuresOf(`${HEAD}Four patients had a complete response, and six weeks later the rest were assessed.`);
      assert.notEqual(figs.find(x => x.value === 6)?.unit, 'patients');
    });
  });

  describe('a label\'s colon opens a clause', () => {
    it('"Financing update: In May 2026, Acme closed ..." in a March release is found', () => {
      const text = 'OAKTOWN, March 3, 2026 -- Acme Bio today announced its results.\n\nFinancing update: In May 2026, Acme closed a public offering of 5,000,000 shares.';
      assert.equal(messagesOf(text, 'date-inconsistent').length, 1);
    });
  });

  describe('a distributive "each" that is no count\'s', () => {
    it('"randomized to A (n=150) or B (n=150), each in combination with C" against 310 enrolled is found', () => {
      const text = `${HEAD}The trial enrolled 310 patients, who were randomized 1:1 to receive zetalimab (n=150) or placebo (n=150), each in combination with docetaxel.`;
      assert.equal(messagesOf(text, 'totals').length, 1);
    });
    it('"(n = 150 each)" still multiplies', () => {
      assert.deepEqual(messagesOf(`${HEAD}The trial enrolled 300 patients, randomized to zetalimab or placebo (n = 150 each).`, 'totals'), []);
    });
  });

  describe('one comparison stated twice, one side changed', () => {
    const doc = (bullet: string, body: string) => `Acme Bio Reports Phase 3 Results for Zetalimab\n\n- Median overall survival of ${bullet} months versus 8.7 months\n\nOAKTOWN, March 3, 2026 -- Acme Bio today announced results of the ACME-3 trial of zetalimab.\n\nZetalimab met the primary endpoint, with a median OS of ${body} months compared with 8.7 months for placebo (HR 0.66).`;
    it('a bullet\'s median above the text\'s, against one comparator, is found', () => {
      assert.equal(messagesOf(doc('13.1', '12.1'), 'repeated-value').length, 1, JSON.stringify(messagesOf(doc('13.1', '12.1'), 'repeated-value')));
    });
    it('the same median in both makes no finding', () => {
      assert.deepEqual(messagesOf(doc('12.1', '12.1'), 'repeated-value'), []);
    });
  });

  describe('a multiple naming its endpoint, its figures paragraphs away', () => {
    const doc = (claim: string) => `${HEAD}The objective response rate (ORR) was 33% with zetalimab compared with 13% with placebo.\n\n"Zetalimab ${claim} response rates," said the chief medical officer.`;
    it('"more than tripled response rates" against 33% and 13% is found', () => {
      assert.equal(messagesOf(doc('more than tripled'), 'claimed-ratio').length, 1);
    });
    it('"more than doubled response rates" makes no finding', () => {
      assert.deepEqual(messagesOf(doc('more than doubled'), 'claimed-ratio'), []);
    });
  });

  describe('a results release\'s summary restated in its text', () => {
    const doc = (bulletRevenue: string, bulletCash: string) => `Acme Bio Reports Second Quarter 2026 Financial Results\n\n- Total revenue of ${bulletRevenue} million, up 25% year over year\n- Cash and investments of ${bulletCash} million as of June 30, 2026\n\nOAKTOWN, August 6, 2026 -- Acme Bio today reported results for the second quarter ended June 30, 2026.\n\nTotal revenue for the second quarter of 2026 was $30.0 million, compared to $24.0 million for the second quarter of 2025.\n\nAs of June 30, 2026, Acme had cash and investments of $215.5 million, compared to $240.0 million as of December 31, 2025.`;
    it('the revenue of a bullet, read past the period between its noun and its verb in the text, is held to the text', () => {
      assert.equal(messagesOf(doc('$33.0', '$215.5'), 'repeated-value').length, 1, JSON.stringify(messagesOf(doc('$33.0', '$215.5'), 'repeated-value')));
    });
    it('the cash of a bullet is held to the text\'s, whose other date is the compared figure\'s', () => {
      assert.equal(messagesOf(doc('$30.0', '$251.5'), 'repeated-value').length, 1, JSON.stringify(messagesOf(doc('$30.0', '$251.5'), 'repeated-value')));
    });
    it('both as stated make no finding', () => {
      assert.deepEqual(messagesOf(doc('$30.0', '$215.5'), 'repeated-value'), []);
    });
  });

  describe('a level with the size of its change, compared elsewhere', () => {
    const doc = (size: string) => `Acme Bio Reports Second Quarter 2026 Financial Results\n\n- Total revenue of $30.0 million, up ${size} year over year\n\nOAKTOWN, August 6, 2026 -- Acme Bio today reported results for the second quarter ended June 30, 2026.\n\nTotal revenue for the second quarter of 2026 was $30.0 million, compared to $24.0 million for the second quarter of 2025.`;
    it('"up 35%" against $30.0 million compared with $24.0 million is found', () => {
      assert.equal(messagesOf(doc('35%'), 'claimed-ratio').length, 1, JSON.stringify(messagesOf(doc('35%'), 'claimed-ratio')));
    });
    it('"up 25%" makes no finding', () => {
      assert.deepEqual(messagesOf(doc('25%'), 'claimed-ratio'), []);
    });
  });

  describe('kinds of a total\'s revenue in one sentence', () => {
    const doc = (product: string) => `${HEAD}Total revenue for the second quarter of 2026 was $30.0 million, compared to $24.0 million for the second quarter of 2025. Product revenue was ${product} million and collaboration revenue was $5.5 million.`;
    it('kinds that add to more than the total are found', () => {
      assert.equal(messagesOf(doc('$27.5'), 'totals').length, 1, JSON.stringify(messagesOf(doc('$27.5'), 'totals')));
    });
    it('kinds that add to the total make no finding', () => {
      assert.deepEqual(messagesOf(doc('$24.5'), 'totals'), []);
    });
  });

  describe('a deal\'s milestones listed with a total that holds the upfront', () => {
    const doc = (total: string) => `Acme Bio and Beta Pharma signed a license agreement for zetalimab.\n\nUnder the terms of the agreement, Beta will pay Acme an upfront payment of $30 million. Acme is also eligible to receive up to $120 million in regulatory milestones and up to $250 million in sales milestones, for a total deal value of up to ${total} million.`;
    it('a total that is the upfront plus the milestones makes no finding', () => {
      assert.deepEqual(messagesOf(doc('$400'), 'totals'), []);
    });
    it('a total that is neither is found', () => {
      assert.equal(messagesOf(doc('$450'), 'totals').length, 1);
    });
  });
  describe('a brand\'s name opening a company\'s', () => {
    it('"Meridia Bio, Inc." (Meridia a brand of sibutramine) reads a company', () => {
      const text = 'Meridia Bio, Inc. (Nasdaq: MRDB) today announced a license agreement with Acme Bio.';
      const ents = analyzeText(text, {}, 'plaintext').model.entities;
      assert.equal(ents.some(e => e.kind === 'drug' && e.text === 'Meridia'), false);
    });
  });

  describe('a relative clause in the past keeps its own tense', () => {
    const dl = 'OAKTOWN, March 3, 2026 -- Acme Bio today announced its results.\n\n';
    it('"is currently being studied in a trial that enrolled its first patient in May 2026" is found', () => {
      assert.equal(messagesOf(`${dl}Zetalimab is currently being studied in a Phase 2 trial that enrolled its first patient in May 2026.`, 'date-inconsistent').length, 1);
    });
    it('the same in May 2025 makes no finding', () => {
      assert.deepEqual(messagesOf(`${dl}Zetalimab is currently being studied in a Phase 2 trial that enrolled its first patient in May 2025.`, 'date-inconsistent'), []);
    });
  });

  describe('a sum of stock "representing" its shares at a stated price', () => {
    const doc = (shares: string) => `Acme Bio and Beta Pharma signed a license agreement.\n\nIn addition, Beta will purchase $20 million of Acme common stock at a price of $8.00 per share, representing ${shares} shares.`;
    it('shares that do not make the sum at the price are found', () => {
      assert.equal(messagesOf(doc('3,000,000'), 'totals').length, 1);
    });
    it('shares that do make no finding', () => {
      assert.deepEqual(messagesOf(doc('2,500,000'), 'totals'), []);
    });
  });

  describe('a grade-restricted clause after a semicolon', () => {
    const doc = (n: string) => `${HEAD}Cytokine release syndrome occurred in 50 patients (71%), mostly grade 1 or 2; grade 3 or higher CRS occurred in ${n} patients.`;
    it('more patients at grade 3 or higher than with any grade is found', () => {
      assert.equal(messagesOf(doc('55'), 'impossible-value').length, 1);
    });
    it('fewer makes no finding', () => {
      assert.deepEqual(messagesOf(doc('4'), 'impossible-value'), []);
    });
  });

  describe('a sentence that opens as some of the sum before', () => {
    const doc = (product: string) => `${HEAD}Revenue for the first half of 2026 was $60.0 million. Of this, ${product} million came from product sales and $12.5 million from licensing.`;
    it('parts that add to more than the sum before are found', () => {
      assert.equal(messagesOf(doc('$52.5'), 'totals').length, 1);
    });
    it('parts within it make no finding', () => {
      assert.deepEqual(messagesOf(doc('$47.5'), 'totals'), []);
    });
  });

  describe('an offering\'s use of proceeds beside existing cash', () => {
    const text = 'BOSTON, June 10, 2026 -- Acme Bio today announced the pricing of an underwritten public offering of 5,000,000 shares at $10.00 per share. The gross proceeds are expected to be $50.0 million.\n\nAcme intends to use the net proceeds, together with its existing cash of $90 million as of March 31, 2026, to fund its Phase 3 trial.';
    it('the existing cash is no net proceeds above the gross', () => {
      assert.deepEqual(messagesOf(text, 'impossible-value'), []);
    });
    it('a state "as of" a past day in a sentence of intent dates no plan', () => {
      assert.deepEqual(messagesOf(text, 'date-inconsistent'), []);
    });
  });

  describe('a pair of an arm whose size is stated elsewhere', () => {
    const doc = (pct: string) => `${HEAD}A total of 600 patients were randomized to zetalimab (n=400) or placebo (n=200).\n\nICU admission occurred in 20 patients (${pct}) on zetalimab and 18 patients (9.0%) on placebo.`;
    it('a share that no part of the arm gives is found', () => {
      assert.equal(messagesOf(doc('7.0%'), 'percent-of-count').length, 1, JSON.stringify(messagesOf(doc('7.0%'), 'percent-of-count')));
    });
    it('the arm\'s share, or its treated patients\', makes no finding', () => {
      assert.deepEqual(messagesOf(doc('5.0%'), 'percent-of-count'), []);
      assert.deepEqual(messagesOf(doc('5.2%'), 'percent-of-count'), []);
    });
  });

  describe('a relative size after two counts with their shares', () => {
    const doc = (size: string) => `${HEAD}ICU admission occurred in 20 patients (5.0%) on zetalimab and 18 patients (9.0%) on placebo, a relative reduction of ${size}.`;
    it('a size the two shares do not give is found', () => {
      assert.equal(messagesOf(doc('64%'), 'claimed-ratio').length, 1, JSON.stringify(messagesOf(doc('64%'), 'claimed-ratio')));
    });
    it('the size they give makes no finding', () => {
      assert.deepEqual(messagesOf(doc('44%'), 'claimed-ratio'), []);
    });
  });
});
