import { strict as assert } from 'assert';
import { figuresOf, messagesOf } from '../helpers';

const HEAD = 'Acme Bio will present data for zetalimab at the Lakeside Oncology Forum.\n\n';

describe('readings of dates and claims (session 38)', () => {
  describe('a span of days written day first is one date, from its first day', () => {
    const cases: [string, string, string][] = [
      ['The forum runs 12-14 October 2027 in Porto.', '12-14 October 2027', '2027-10-12'],
      ['The forum runs from 12 to 14 October 2027 in Porto.', '12 to 14 October 2027', '2027-10-12'],
      ['Le forum se tiendra du 12 au 14 octobre 2027 à Porto.', '12 au 14 octobre 2027', '2027-10-12'],
      ['Das Forum findet vom 12. bis 14. Oktober 2027 in Porto statt.', '12. bis 14. Oktober 2027', '2027-10-12'],
      ['El foro se celebrará del 12 al 14 de octubre de 2027 en Oporto.', '12 al 14 de octubre de 2027', '2027-10-12'],
      ['The forum runs October 12 to 14, 2027 in Porto.', 'October 12 to 14, 2027', '2027-10-12'],
    ];
    for (const [sentence, text, iso] of cases) {
      it(`"${text}"`, () => {
        const f = figuresOf(`${HEAD}${sentence}`).find(x => x.figureKind === 'date' && x.text === text);
        assert.ok(f, JSON.stringify(figuresOf(`${HEAD}${sentence}`).map(x => x.text)));
        assert.equal(f.iso, iso);
        assert.match(f.reading ?? '', /a span of days, to 10-14/);
      });
    }
    it('a word joins a month-first span only before its year: "May 5 to 12 weeks" stays a date and a duration', () => {
      const figs = figuresOf(`${HEAD}Dosing started May 5 to 12 weeks after surgery.`);
      assert.ok(figs.some(f => f.text === '12 weeks' && f.figureKind === 'duration'), JSON.stringify(figs.map(f => f.text)));
    });
    it('a range of months is no span of days: "12-14 months" stays a duration', () => {
      const figs = figuresOf(`${HEAD}Responses lasted 12-14 months.`);
      assert.ok(figs.some(f => f.text === '12-14 months' && f.figureKind === 'duration'), JSON.stringify(figs.map(f => f.text)));
    });
  });

  describe('a span of days in one month that ends before it starts', () => {
    for (const sentence of ['The forum runs 14-12 October 2027 in Porto.', 'Le forum se tiendra du 14 au 12 octobre 2027.', 'The forum runs October 14-12, 2027.']) {
      it(`is found: ${sentence}`, () => assert.equal(messagesOf(`${HEAD}${sentence}`, 'date-inconsistent').length, 1));
    }
    it('a span that runs forwards makes no finding', () => {
      assert.deepEqual(messagesOf(`${HEAD}The forum runs 12-14 October 2027 and October 30-November 2, 2027.`, 'date-inconsistent'), []);
    });
  });

  describe('a group named by its prior treatment ("treatment-naive") is a population', () => {
    const READOUT = 'Acme Bio reported results for zetalimab in the ACME-3 trial.\n\n';
    it('"in the treatment-naive cohort" binds the median to that cohort, and the other cohort keeps its own', () => {
      const figs = figuresOf(`${READOUT}Median PFS was 8.2 months in the treatment-naive cohort and 4.9 months in the previously treated cohort.`);
      assert.equal(figs.find(f => f.value === 8.2)?.binding.subgroup, 'treatment-naive cohort');
      assert.equal(figs.find(f => f.value === 4.9)?.binding.subgroup, 'previously treated cohort');
    });
    it('"In the 40 platinum-refractory patients," opens the population of the results after it in its paragraph', () => {
      const figs = figuresOf(`${READOUT}In the 40 platinum-refractory patients, the ORR was 45% (18 of 40). The disease control rate was 80%.`);
      assert.equal(figs.find(f => f.value === 45)?.binding.subgroup, 'platinum-refractory patients');
      assert.equal(figs.find(f => f.value === 80)?.binding.subgroup, 'platinum-refractory patients');
    });
    it('"the treatment population" is still no population', () => {
      const figs = figuresOf(`${READOUT}In the treatment population, the ORR was 45%.`);
      assert.equal(figs.find(f => f.value === 45)?.binding.subgroup, undefined);
    });
  });

  describe('one named population under two head nouns is one group', () => {
    const READOUT = 'Acme Bio reported results for zetalimab in the ACME-3 trial.\n\n';
    it('a 12-month rate above 50% against a median under 12 months of the same named cohort, a sentence apart, is found', () => {
      const text = `${READOUT}Median PFS was 8.2 months in the treatment-naive cohort and 4.9 months in the previously treated cohort. The 12-month PFS rate in the treatment-naive cohort was 61%.`;
      assert.equal(messagesOf(text, 'landmark-vs-median').length, 1, JSON.stringify(messagesOf(text, 'landmark-vs-median')));
    });
    it('the same rate of the other cohort is not held to this cohort\'s median', () => {
      const text = `${READOUT}Median PFS was 14.2 months in the treatment-naive cohort and 13.1 months in the previously treated cohort. The 12-month PFS rate in the previously treated cohort was 61%.`;
      assert.deepEqual(messagesOf(text, 'landmark-vs-median'), []);
    });
    it('a median restated for "the X cohort" in a bullet and for "X patients" in the text is found when they differ', () => {
      const text = `${READOUT}- Median duration of response of 12.4 months in the treatment-naive cohort\n\nIn the 40 treatment-naive patients, the ORR was 45% (18 of 40). Median duration of response was 14.2 months.`;
      assert.equal(messagesOf(text, 'repeated-value').length, 1, JSON.stringify(messagesOf(text, 'repeated-value')));
    });
    it('the same median restated alike makes no finding', () => {
      const text = `${READOUT}- Median duration of response of 12.4 months in the treatment-naive cohort\n\nIn the 40 treatment-naive patients, the ORR was 45% (18 of 40). Median duration of response was 12.4 months.`;
      assert.deepEqual(messagesOf(text, 'repeated-value'), []);
    });
  });

  describe('a named group counted twice with two sizes (repeated-value)', () => {
    const READOUT = 'Acme Bio reported results for zetalimab in the ACME-3 trial.\n\n';
    const ENROLLED = 'The trial enrolled 90 patients: 40 in the treatment-naive cohort and 50 in the previously treated cohort.';
    it('"40 in the treatment-naive cohort" then "the 44 treatment-naive patients" is found', () => {
      const text = `${READOUT}${ENROLLED} In the 44 treatment-naive patients, the ORR was 45%.`;
      assert.equal(messagesOf(text, 'repeated-value').length, 1, JSON.stringify(messagesOf(text, 'repeated-value')));
    });
    it('the same size restated makes no finding', () => {
      assert.deepEqual(messagesOf(`${READOUT}${ENROLLED} In the 40 treatment-naive patients, the ORR was 45%.`, 'repeated-value'), []);
    });
    it('an evaluable set drawn from the group is no restatement of its size', () => {
      assert.deepEqual(messagesOf(`${READOUT}${ENROLLED} In the 36 response-evaluable treatment-naive patients, the ORR was 45%.`, 'repeated-value'), []);
    });
    it('two data cuts may count the group twice', () => {
      assert.deepEqual(messagesOf(`${READOUT}${ENROLLED} At the interim analysis, the 30 treatment-naive patients then enrolled had an ORR of 40%.`, 'repeated-value'), []);
    });
    it('a count with no group\'s words ("44 patients") names no group', () => {
      assert.deepEqual(messagesOf(`${READOUT}${ENROLLED} In 44 patients, the ORR was 45%.`, 'repeated-value'), []);
    });
    it('a group sized in brackets counts too: "the treatment-naive cohort (n=44)"', () => {
      const text = `${READOUT}${ENROLLED} The treatment-naive cohort (n=44) had an ORR of 45%.`;
      assert.equal(messagesOf(text, 'repeated-value').length, 1, JSON.stringify(messagesOf(text, 'repeated-value')));
    });
  });

  describe('responses counted as part of the responders (impossible-value)', () => {
    const READOUT = 'Acme Bio reported results for zetalimab in the ACME-3 trial.\n\n';
    it('"(18 of 40), including 22 complete responses" is found', () => {
      const text = `${READOUT}The ORR was 45% (18 of 40), including 22 complete responses.`;
      assert.equal(messagesOf(text, 'impossible-value').length, 1, JSON.stringify(messagesOf(text, 'impossible-value')));
    });
    it('"(18 of 40), including 6 complete responses" makes no finding', () => {
      assert.deepEqual(messagesOf(`${READOUT}The ORR was 45% (18 of 40), including 6 complete responses.`, 'impossible-value'), []);
    });
    it('"18 patients responded, including 22 complete responses" is found', () => {
      const text = `${READOUT}In all, 18 patients responded, including 22 complete responses.`;
      assert.equal(messagesOf(text, 'impossible-value').length, 1, JSON.stringify(messagesOf(text, 'impossible-value')));
    });
  });

  describe('a premium to an average over a number of days (claimed-ratio)', () => {
    it('"a 35% premium to the 30-day average price of $10.00" at $12.50 is found', () => {
      const text = 'Beta will buy $15 million of Acme common stock at $12.50 per share, a 35% premium to the 30-day average price of $10.00.';
      assert.equal(messagesOf(text, 'claimed-ratio').length, 1, JSON.stringify(messagesOf(text, 'claimed-ratio')));
    });
    it('"a 25% premium to the 30-day average price of $10.00" at $12.50 makes no finding', () => {
      assert.deepEqual(messagesOf('Beta will buy $15 million of Acme common stock at $12.50 per share, a 25% premium to the 30-day average price of $10.00.', 'claimed-ratio'), []);
    });
  });

  describe('a deal\'s upfront sum named two ways is one measure (repeated-value)', () => {
    const deal = (body: string) => `Acme Bio Licenses AB-12 to Beta Pharma\n\n- Acme to receive $30 million upfront and up to $200 million in milestones\n\nBOSTON, May 4, 2027 -- Acme Bio, Inc. today announced a license agreement with Beta Pharma for AB-12. ${body}`;
    it('"$30 million upfront" in a bullet and "an upfront payment of $20 million" in the text is found', () => {
      const text = deal('Under the agreement, Beta will pay Acme an upfront payment of $20 million.');
      assert.equal(messagesOf(text, 'repeated-value').length, 1, JSON.stringify(messagesOf(text, 'repeated-value')));
    });
    it('the same upfront sum named two ways makes no finding', () => {
      assert.deepEqual(messagesOf(deal('Under the agreement, Beta will pay Acme an upfront payment of $30 million.'), 'repeated-value'), []);
    });
  });

  describe('a sum restated in shares after ", or" (totals)', () => {
    it('"$15 million of stock at $12.50 per share, or 1.6 million shares" is found', () => {
      const text = 'Beta will purchase $15 million of Acme common stock at $12.50 per share, or 1.6 million shares.';
      assert.equal(messagesOf(text, 'totals').length, 1, JSON.stringify(messagesOf(text, 'totals')));
    });
    it('"... at $12.50 per share, or 1.2 million shares, a 25% premium to the average of $10.00" makes no finding', () => {
      assert.deepEqual(messagesOf('Beta will purchase $15 million of Acme common stock at $12.50 per share, or 1.2 million shares, a 25% premium to the average of $10.00.', 'totals'), []);
    });
    it('a price from another sentence is not held to a sum restated by "or"', () => {
      const text = 'Beta bought Acme stock at $12.50 per share last year.\n\nAcme may sell up to $50 million of stock, or 3 million shares held by Beta, over two years.';
      assert.deepEqual(messagesOf(text, 'totals'), []);
    });
  });

  describe('a programme said to have entered a phase after the release\'s date (date-inconsistent)', () => {
    const release = (sentence: string) => `Acme Bio Reports Progress\n\nBOSTON, February 9, 2027 -- Acme Bio, Inc. today reported progress. ${sentence}`;
    it('"entered a Phase 1 trial in June 2027" in a release of February 2027 is found', () => {
      assert.equal(messagesOf(release('AB-12 entered a Phase 1 trial in June 2027.'), 'date-inconsistent').length, 1);
    });
    it('"entered a Phase 1 trial in June 2026" makes no finding', () => {
      assert.deepEqual(messagesOf(release('AB-12 entered a Phase 1 trial in June 2026.'), 'date-inconsistent'), []);
    });
    it('"is expected to enter a Phase 1 trial in June 2027" makes no finding', () => {
      assert.deepEqual(messagesOf(release('AB-12 is expected to enter a Phase 1 trial in June 2027.'), 'date-inconsistent'), []);
    });
  });

  describe('a measure stated for two periods, its headline restating one (repeated-value)', () => {
    const results = (headline: string) => `Acme Bio Reports Third Quarter 2027 Results\n\n- Total revenue of ${headline} million\n\nBOSTON, November 4, 2027 -- Acme Bio, Inc. today reported results for the quarter ended September 30, 2027. Total revenue for the third quarter of 2027 was $24.2 million, compared with $19.0 million for the third quarter of 2026. For the nine months ended September 30, 2027, total revenue was $66.1 million.`;
    it('a headline of $22.4 million against the quarter\'s $24.2 million is found', () => {
      assert.equal(messagesOf(results('$22.4'), 'repeated-value').length, 1, JSON.stringify(messagesOf(results('$22.4'), 'repeated-value')));
    });
    it('a headline of $24.2 million makes no finding, nor does the nine months\' sum', () => {
      assert.deepEqual(messagesOf(results('$24.2'), 'repeated-value'), []);
    });
  });

  describe('a change whose new amount the sentence before states, its measure named again (claimed-ratio)', () => {
    const para = (size: string) => `Product revenue was $52.0 million and license revenue was $6.0 million in the quarter. Product revenue grew ${size} from $40.0 million a year earlier.`;
    it('"grew 20% from $40.0 million" after "Product revenue was $52.0 million" is found', () => {
      assert.equal(messagesOf(para('20%'), 'claimed-ratio').length, 1, JSON.stringify(messagesOf(para('20%'), 'claimed-ratio')));
    });
    it('"grew 30% from $40.0 million" makes no finding', () => {
      assert.deepEqual(messagesOf(para('30%'), 'claimed-ratio'), []);
    });
    it('a subject that names neither amount before it is not judged', () => {
      assert.deepEqual(messagesOf('Product revenue was $52.0 million and license revenue was $6.0 million in the quarter. Total revenue grew 20% from $40.0 million a year earlier.', 'claimed-ratio'), []);
    });
  });

  describe('guidance ranges said to be raised or lowered (claimed-ratio)', () => {
    const cases: [string, number][] = [
      ['Acme raised its 2027 revenue guidance to $150-$160 million from $160-$170 million.', 1],
      ['Acme raised its 2027 revenue guidance to a range of $150 million to $160 million, from $160 million to $170 million previously.', 1],
      ['Acme raised its 2027 revenue guidance to $170-$180 million from $160-$170 million.', 0],
      ['Acme raised its 2027 revenue guidance to a range of $170 million to $180 million, from $160 million to $170 million previously.', 0],
      ['Acme lowered its 2027 revenue guidance to $170-$180 million from $160-$170 million.', 1],
    ];
    for (const [text, n] of cases) it(`${n ? 'found' : 'no finding'}: ${text}`, () => assert.equal(messagesOf(text, 'claimed-ratio').length, n, JSON.stringify(messagesOf(text, 'claimed-ratio'))));
  });

  describe('a count with its share in brackets above the enrolment (impossible-value)', () => {
    const readout = (part: string) => `The single-arm ACME-3 trial (NCT01234567) enrolled 40 patients. The median age was 61 years. ${part} had stage 3 or 4 disease.`;
    it('"44 patients (91%)" after "enrolled 40 patients" is found, the registry number no second trial', () => {
      assert.equal(messagesOf(readout('44 patients (91%)'), 'impossible-value').length, 1, JSON.stringify(messagesOf(readout('44 patients (91%)'), 'impossible-value')));
    });
    it('"36 patients (90%)" makes no finding', () => {
      assert.deepEqual(messagesOf(readout('36 patients (90%)'), 'impossible-value'), []);
    });
    it('a count in another paragraph is not held to the enrolment', () => {
      assert.deepEqual(messagesOf('The single-arm ACME-3 trial enrolled 40 patients.\n\nIn the United States, 44 patients (91%) of those screened at one centre were referred.', 'impossible-value'), []);
    });
  });

  describe('a median extended "to A from B" restates no median of the drug as B (repeated-value)', () => {
    it('"extended median OS by 5.4 months, to 13.3 months from 7.9 months" after the pair makes no finding', () => {
      const text = 'Median OS was 13.3 months with zetalimab compared with 7.9 months with docetaxel.\n\nZetalimab extended median overall survival by 5.4 months, to 13.3 months from 7.9 months.';
      assert.deepEqual(messagesOf(text, 'repeated-value'), []);
    });
    it('a later restatement of the drug\'s median that differs is still found', () => {
      const text = 'Median OS was 13.3 months with zetalimab compared with 7.9 months with docetaxel.\n\nWith zetalimab, median overall survival was 15.3 months.';
      assert.equal(messagesOf(text, 'repeated-value').length, 1, JSON.stringify(messagesOf(text, 'repeated-value')));
    });
  });

  describe('an adverse-event category above the category it lies within (impossible-value)', () => {
    const HEAD2 = 'Acme Bio reported safety results for zetalimab in the ACME-3 trial.\n\n';
    it('treatment-related events in 62% against events of any grade in 58% is found', () => {
      const text = `${HEAD2}Treatment-related adverse events occurred in 62% of patients. Adverse events of any grade occurred in 58% of patients.`;
      assert.equal(messagesOf(text, 'impossible-value').length, 1, JSON.stringify(messagesOf(text, 'impossible-value')));
    });
    it('serious events in 18% against events of any grade in 88% makes no finding', () => {
      assert.deepEqual(messagesOf(`${HEAD2}Serious adverse events occurred in 18% of patients. Adverse events of any grade occurred in 88% of patients.`, 'impossible-value'), []);
    });
    it('a share of patients whose events led to discontinuation is not the category\'s share', () => {
      assert.deepEqual(messagesOf(`${HEAD2}Grade 3 or higher treatment-related adverse events occurred in 30% of patients. Discontinuations due to treatment-related adverse events were 6%.`, 'impossible-value'), []);
    });
    it('two arms are held apart', () => {
      assert.deepEqual(messagesOf(`${HEAD2}Treatment-related adverse events occurred in 62% of patients receiving zetalimab. In the placebo arm, adverse events occurred in 58% of patients.`, 'impossible-value'), []);
    });
  });

  describe('a German confidence level written between hyphens ("95-%-KI")', () => {
    it('"7,4 Monate (95-%-KI: 5,6–9,1)" reads the interval and no duration of 95 months', () => {
      const figs = figuresOf('Das mediane PFS betrug 7,4 Monate (95-%-KI: 5,6–9,1), das mediane OS 15,2 Monate.');
      assert.ok(!figs.some(f => f.figureKind === 'duration' && f.value === 95), JSON.stringify(figs.map(f => f.text)));
      assert.ok(figs.some(f => f.figureKind === 'ci' && Array.isArray(f.value) && f.value[0] === 5.6), JSON.stringify(figs.map(f => f.text)));
      assert.deepEqual(messagesOf('Das mediane PFS betrug 7,4 Monate (95-%-KI: 5,6–9,1), das mediane OS 15,2 Monate.', 'survival-logic'), []);
    });
  });

  describe('a verb of the state names a survival rate ("lebten noch", "survived")', () => {
    it('"Nach 24 Monaten lebten noch 61 % der Patienten" is an OS rate', () => {
      const f = figuresOf('Zetalimab verlängerte das Überleben. Nach 24 Monaten lebten noch 61 % der Patienten.').find(x => x.value === 61);
      assert.equal(f?.binding.endpoint, 'OS');
    });
    it('"61% of patients survived to two years" is an OS rate', () => {
      const f = figuresOf('In the ACME-3 trial, 61% of patients survived to two years.').find(x => x.value === 61);
      assert.equal(f?.binding.endpoint, 'OS');
    });
    it('a share of no people with such a verb names nothing', () => {
      const f = figuresOf('In the ACME-3 trial, 61% of the samples survived freezing.').find(x => x.value === 61);
      assert.equal(f?.binding.endpoint, undefined);
    });
  });

  describe('a share\'s count over its whole in brackets, the part above the whole (impossible-value)', () => {
    it('"The ORR was 45.0% (24/20)" is found', () => {
      assert.equal(messagesOf('The ORR was 45.0% (24/20) in the ACME-3 trial.', 'impossible-value').length, 1);
    });
    it('"The ORR was 45.0% (9/20; 95% CI 23-68%)" makes no finding', () => {
      assert.deepEqual(messagesOf('The ORR was 45.0% (9/20; 95% CI 23-68%) in the ACME-3 trial.', 'impossible-value'), []);
    });
    it('a date after a share in brackets is no count: "rose 12% (12/5)" alone is not judged as a part', () => {
      assert.deepEqual(messagesOf('Shares rose 12% (as of 12/5/2027) on the news.', 'impossible-value'), []);
    });
  });

  describe('a change\'s origin dated after the period the release reports on (date-inconsistent)', () => {
    const release = (period: string) => `Acme Bio Reports First Quarter 2027 Results\n\nBOSTON, May 4, 2027 -- Acme Bio today reported results for the three months ended March 31, 2027. The net loss widened to $31.3 million, from $1.7 million in ${period}.`;
    it('"from $1.7 million in Q1 2028" is found', () => assert.equal(messagesOf(release('Q1 2028'), 'date-inconsistent').length, 1, JSON.stringify(messagesOf(release('Q1 2028'), 'date-inconsistent'))));
    it('"from $1.7 million in Q1 2026" makes no finding', () => assert.deepEqual(messagesOf(release('Q1 2026'), 'date-inconsistent'), []));
  });

  describe('the parts of the whole stated just before, listed in the next sentence (totals)', () => {
    it('"Total revenue consisted of A and B" against the revenue before is found when they do not add up', () => {
      const text = 'Acme Bio reported total revenue of $30.0 million. Total revenue consisted of product revenue of $22.0 million and license revenue of $9.0 million.';
      assert.equal(messagesOf(text, 'totals').length, 1, JSON.stringify(messagesOf(text, 'totals')));
    });
    it('... and makes no finding when they do', () => {
      assert.deepEqual(messagesOf('Acme Bio reported total revenue of $30.0 million. Total revenue consisted of product revenue of $22.0 million and license revenue of $8.0 million.', 'totals'), []);
    });
    it('a part with a long label of its own is still one of the list', () => {
      const text = 'Acme Bio closed a round of €20.0 million. The round includes an equity investment of €15.0 million from new and existing private and institutional investors, including one pension fund, and €6.0 million in public grants.';
      assert.equal(messagesOf(text, 'totals').length, 1, JSON.stringify(messagesOf(text, 'totals')));
    });
  });

  describe('an offering\'s proceeds two sentences on, the sentence between of no sum (totals)', () => {
    const offering = (proceeds: string) => `Acme Bio agreed to sell about 4.0 million shares of common stock at a purchase price of $2.50 per share. The closing of the offering is expected on or about June 5. The gross proceeds are expected to be about ${proceeds}.`;
    it('about $13 million against 4.0 million x $2.50 is found', () => assert.equal(messagesOf(offering('$13 million'), 'totals').length, 1, JSON.stringify(messagesOf(offering('$13 million'), 'totals'))));
    it('about $10 million makes no finding', () => assert.deepEqual(messagesOf(offering('$10 million'), 'totals'), []));
  });

  describe('a sum split by a sentence that opens with it (totals)', () => {
    it('"Of the $200 million upfront payment, $50 million ... and the remaining $160 million" is found', () => {
      const text = 'Of the $200 million upfront payment, $50 million was paid at signing and the remaining $160 million at closing.';
      assert.equal(messagesOf(text, 'totals').length, 1, JSON.stringify(messagesOf(text, 'totals')));
    });
    it('"... and the remaining $150 million" makes no finding', () => {
      assert.deepEqual(messagesOf('Of the $200 million upfront payment, $50 million was paid at signing and the remaining $150 million at closing.', 'totals'), []);
    });
    it('parts without a remainder may leave some out: "$50 million ... and $100 million" of $200 million makes no finding', () => {
      assert.deepEqual(messagesOf('Of the $200 million upfront payment, $50 million was paid at signing and $100 million at closing.', 'totals'), []);
    });
    it('... but never add up to more', () => {
      assert.equal(messagesOf('Of the $200 million upfront payment, $150 million was paid at signing and $100 million at closing.', 'totals').length, 1);
    });
  });

  describe('an item cited as published after the release (date-inconsistent)', () => {
    const release = (cited: string) => `Acme Bio Falls on Survival Data\n\nMarch 1, 2027\n\nAcme Bio said the one-year survival rate was 70% (see Acme Weekly, ${cited}).`;
    it('"(see Acme Weekly, May 2, 2027)" in a release of March 1, 2027 is found', () => assert.equal(messagesOf(release('May 2, 2027'), 'date-inconsistent').length, 1, JSON.stringify(messagesOf(release('May 2, 2027'), 'date-inconsistent'))));
    it('"(see Acme Weekly, May 2, 2026)" makes no finding', () => assert.deepEqual(messagesOf(release('May 2, 2026'), 'date-inconsistent'), []));
    it('a bracket with no word of reference is not read: "(expected by May 2, 2027)"', () => assert.deepEqual(messagesOf('Acme Bio Falls on Survival Data\n\nMarch 1, 2027\n\nAcme Bio said the data readout is due (expected by May 2, 2027).', 'date-inconsistent'), []));
  });
});
