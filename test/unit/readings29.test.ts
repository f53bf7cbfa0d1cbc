import { strict as assert } from 'assert';
import { entitiesOf, figuresOf, messagesOf } from '../helpers';

const HEAD = 'Acme Bio reported results for zetalimab in the ACME-2 trial.\n\n';

describe('readings of tables (session 29)', () => {
  describe('a difference column whose header writes the per cent sign', () => {
    // the shares are 40.0 and 30.0 but the model-based difference is 9.1: no arithmetic fit, the header decides
    const doc = `${HEAD}| Outcome | Zetalimab n/N (%) | Placebo n/N (%) | % difference (95% CrI) |\n|---|---|---|---|\n| Response | 20/50 (40.0) | 15/50 (30.0) | 9.1 (-8.2 to 27.0) |\n| Remission | 10/50 (20.0) | 10/50 (20.0) | 0.0 (-15.1 to 15.1) |\n`;
    it('its numbers are differences in percentage points', () => {
      const f = figuresOf(doc, 'markdown').find(x => x.text === '9.1');
      assert.equal(f?.figureKind, 'percent');
      assert.equal(f?.unit, 'percentage points');
    });
    it('a zero difference is one too', () => {
      const f = figuresOf(doc, 'markdown').find(x => x.text === '0.0');
      assert.equal(f?.unit, 'percentage points');
    });
    it('the credible interval after it is its interval, at the header\'s level', () => {
      const f = figuresOf(doc, 'markdown').find(x => x.text === '-8.2 to 27.0');
      assert.equal(f?.figureKind, 'ci');
      assert.equal(f?.unit, 'percentage points');
    });
    it('without the sign and without a fit, the number is left as it is', () => {
      const plain = doc.replace('% difference (95% CrI)', 'Difference (95% CrI)');
      const f = figuresOf(plain, 'markdown').find(x => x.text === '9.1');
      assert.notEqual(f?.unit, 'percentage points');
    });
  });

  describe('a credible interval is read as a confidence interval', () => {
    it('"95% CrI" before its bounds', () => {
      const f = figuresOf('The posterior median difference was 6.0 points (95% CrI 1.2-10.9) with zetalimab.').find(x => x.figureKind === 'ci');
      assert.deepEqual(f?.value, [1.2, 10.9]);
      assert.equal(f?.level, 95);
    });
    it('"95% credible interval" written out', () => {
      const f = figuresOf('The hazard ratio was 0.71 (95% credible interval 0.52 to 0.95) for zetalimab.').find(x => x.figureKind === 'ci');
      assert.deepEqual(f?.value, [0.52, 0.95]);
    });
  });

  describe('a number word with its unit of time compounded onto it', () => {
    const durations = (text: string) => figuresOf(text).filter(f => f.figureKind === 'duration');
    it('"neunmonatiger" is nine months, a time point', () => {
      const [f] = durations('Nach neunmonatiger Therapie mit Zetalimab sprachen 40 Prozent der Patienten an.');
      assert.equal(f?.value, 9);
      assert.equal(f?.unit, 'months');
      assert.equal(f?.timepoint, true);
    });
    it('the word may run on after the unit: "Zweijahresrate"', () => {
      const [f] = durations('Die Zweijahresrate des Überlebens lag unter Zetalimab bei 61 Prozent.');
      assert.equal(f?.value, 2);
      assert.equal(f?.unit, 'years');
    });
    it('the figure after it is bound to that time point', () => {
      const f = figuresOf('Nach neunmonatiger Therapie mit Zetalimab sprachen 40 Prozent der Patienten an.').find(x => x.figureKind === 'percent');
      assert.match(String(f?.binding.timepoint), /9 months/);
    });
    it('an age before people is no time point', () => {
      const [f] = durations('Die Studie schloss zwanzigjährige Patienten ein.');
      assert.equal(f?.timepoint, undefined);
    });
    it('a word that only opens with a number word is none: "Achtung", "Elfenbein", "Neunauge"', () => {
      assert.deepEqual(durations('Achtung: Elfenbein und Neunauge sind keine Figuren.'), []);
    });
  });

  describe('a bare number takes the unit of the number word it is coordinated with', () => {
    it('"14 and nine percent": both are shares', () => {
      const f = figuresOf('The rates with zetalimab and placebo were 14 and nine percent.').find(x => x.text === '14');
      assert.equal(f?.figureKind, 'percent');
    });
    it('"14 beziehungsweise neun Prozent" likewise', () => {
      const f = figuresOf('Die Raten lagen bei 14 beziehungsweise neun Prozent.').find(x => x.text === '14');
      assert.equal(f?.figureKind, 'percent');
    });
    it('a word that is no number carries nothing: "14 and several patients"', () => {
      const f = figuresOf('Zetalimab was given to 14 and several patients withdrew.').find(x => x.text === '14');
      assert.notEqual(f?.unit, 'patients');
    });
  });

  describe('a randomisation written in the active voice splits its whole', () => {
    it('"randomly assigned 300 patients to A (n=150) or placebo (n=160)" adds up to 310', () => {
      const m = messagesOf('The investigators randomly assigned 300 patients to zetalimab (n=150) or placebo (n=160).', 'totals');
      assert.equal(m.length, 1);
      assert.match(m[0], /150 \+ 160 = 310/);
    });
    it('arms that add up are no finding', () => {
      assert.deepEqual(messagesOf('The investigators randomly allocated 310 patients to zetalimab (n=150) or placebo (n=160).', 'totals'), []);
    });
  });

  describe('a share of patients receiving an arm, before the endpoint they reached', () => {
    const doc = (cr: string) => 'In the trial, zetalimab plus dexamethasone (ZD) was compared with dexamethasone alone. The ORR was 60.0% in the ZD group. '
      + `In addition, ${cr} of patients receiving ZD achieved a complete response.`;
    it('is held to the arm\'s response rate: a CR rate above the ORR is impossible', () => {
      assert.equal(messagesOf(doc('70.0%'), 'impossible-value').length, 1);
    });
    it('a CR rate below it is none', () => {
      assert.deepEqual(messagesOf(doc('20.0%'), 'impossible-value'), []);
    });
  });

  describe('a response rate against its counts and the trial\'s enrolment', () => {
    const doc = (cr: number, pr: number) => `The ACME-2 trial enrolled 120 patients with lymphoma. The overall response rate was 45.8%, with ${cr} patients achieving a complete response and ${pr} having a partial response.`;
    it('counts no group of up to the enrolment gives the rate from are a totals error', () => {
      // 30 + 15 = 45: 45/120 = 37.5 %, and no group of 45 to 120 patients gives 45.8 % from 45
      const m = messagesOf(doc(30, 15), 'totals');
      assert.equal(m.length, 1);
      assert.match(m[0], /30 \+ PR 15 = 45/);
    });
    it('counts that give the rate of the enrolment are none', () => {
      assert.deepEqual(messagesOf(doc(30, 25), 'totals'), []);
    });
    it('counts that give the rate of a smaller analysis set are none either', () => {
      // 49/107 = 45.79 %: an evaluable set of 107 of the 120 may be the rate's
      assert.deepEqual(messagesOf(doc(30, 19), 'totals'), []);
    });
    it('the participle "having" binds the second count to its response', () => {
      const f = figuresOf(doc(30, 25)).find(x => x.text === '25');
      assert.equal(f?.figureKind, 'count');
      assert.equal(f?.binding.endpoint, 'PR');
    });
  });

  describe('a deal\'s total in a relative clause', () => {
    it('"a deal that could reach up to $900 million" is the total', () => {
      const f = figuresOf('Acme Bio signed a deal that could reach up to $900 million with Beta Pharma.').find(x => x.figureKind === 'money');
      assert.equal(f?.role, 'total');
    });
    it('a sum after another noun\'s relative clause is none: "a drug that could earn $900 million"', () => {
      const f = figuresOf('Acme Bio has a drug that could earn $900 million a year.').find(x => x.figureKind === 'money');
      assert.notEqual(f?.role, 'total');
    });
  });

  describe('"planned for" a date is a clause in the future', () => {
    it('a submission planned for a quarter before the release date is reported', () => {
      const m = messagesOf('OAKTOWN, Calif. – October 21, 2030 – Acme Bio said an NDA submission is planned for the first quarter of 2030.', 'date-inconsistent');
      assert.equal(m.length, 1);
    });
    it('one planned for a later quarter is not', () => {
      assert.deepEqual(messagesOf('OAKTOWN, Calif. – October 21, 2030 – Acme Bio said an NDA submission is planned for the first quarter of 2031.', 'date-inconsistent'), []);
    });
  });

  describe('Italian and Spanish readings', () => {
    it('"IC al 95%" before its bounds is an interval', () => {
      const f = figuresOf('La sopravvivenza mediana era di 20,1 mesi (IC al 95% 15,2-25,0) con il farmaco.').find(x => x.figureKind === 'ci');
      assert.deepEqual(f?.value, [15.2, 25]);
    });
    it('an INN with its Italian ending is the medicine the lexicon knows ("azacitidina")', () => {
      const d = entitiesOf('I pazienti hanno ricevuto azacitidina orale in mantenimento.').find(e => e.kind === 'drug');
      assert.equal(d?.name, 'azacitidine');
    });
    it('a word with such an ending that is no known medicine stays a word ("medicina")', () => {
      assert.equal(entitiesOf('La medicina di precisione cambia la cura.').filter(e => e.kind === 'drug').length, 0);
    });
  });

  describe('a table\'s difference of two shares against the shares beside it', () => {
    const table = (d: string, head = 'Difference') => `${HEAD}| Outcome | Zetalimab (N=100), n (%) | Placebo (N=100), n (%) | ${head} |\n|---|---|---|---|\n| Response | 40 (40.0) | 24 (24.0) | 16.0 |\n| Remission | 30 (30.0) | 10 (10.0) | 20.0 |\n| Relapse | 12 (12.0) | 20 (20.0) | ${d} |\n`;
    it('a difference the shares do not give is reported, though the reading took it from its column', () => {
      const m = messagesOf(table('3.0'), 'claimed-ratio');
      assert.equal(m.length, 1);
      assert.match(m[0], /8 percentage points/);
    });
    it('one they give, written either way round, is not', () => {
      assert.deepEqual(messagesOf(table('-8.0'), 'claimed-ratio'), []);
    });
    it('an adjusted estimate is not held to the arithmetic', () => {
      assert.deepEqual(messagesOf(table('3.0', 'Adjusted difference'), 'claimed-ratio'), []);
    });
  });

  describe('a count and its share alone on a line, in a table copied one cell a line', () => {
    const doc = 'Best response\nParameter\nZetalimab\n(N=250)\nPlacebo\n(N=125)\nPartial response\n20 (8.0)\n2 (1.6)\nStable disease\n101(40.4)\n30 (24.0)\n';
    it('is a count and its share when the share is the count\'s of a group the document sizes', () => {
      const f = figuresOf(doc);
      assert.equal(f.find(x => x.text === '20')?.figureKind, 'count');
      assert.equal(f.find(x => x.text === '8.0')?.unit, '%');
      assert.equal(f.find(x => x.text === '101')?.figureKind, 'count');
    });
    it('numbers whose bracket is no share of any stated group stay as they are', () => {
      const f = figuresOf('Visits\nZetalimab\n(N=250)\nWeek 4\n20 (7.0)\n2 (3.3)\n');
      assert.notEqual(f.find(x => x.text === '7.0')?.unit, '%');
      assert.notEqual(f.find(x => x.text === '20')?.figureKind, 'count');
    });
  });

  describe('a population opening its sentence with its size in brackets is carried on', () => {
    it('"For relapsed disease (n=40), ..." then the next sentence\'s results are that group\'s', () => {
      const doc = 'In the ACME-3 trial of zetalimab, median OS was 20.1 months. For relapsed disease (n=40), median OS was 12.2 months versus 8.1 months. Survival at 24 months was 21.0% versus 9.0%.';
      const f = figuresOf(doc).find(x => x.text === '21.0%');
      assert.equal(f?.binding.subgroup, 'relapsed disease');
    });
  });

  describe('results paired with coordinated time points by "respectively", in pairs or in runs', () => {
    const tp = (doc: string, t: string) => figuresOf(doc).find(x => x.text === t)?.binding.timepoint;
    it('a pair of arms at each time point: "at 12 and 24 months ... A vs B, and C vs D, respectively"', () => {
      const doc = 'In the ACME-3 trial, survival at 12 and 24 months was 61.0% vs. 50.0%, and 40.0% vs. 31.0%, respectively, with zetalimab and placebo.';
      assert.equal(tp(doc, '50.0%'), '12 months');
      assert.equal(tp(doc, '40.0%'), '24 months');
    });
    it('a run over the time points for each arm: "the 6 and 12 mo PFS rates were A and B for X vs. C and D for Y"', () => {
      const doc = 'In the ACME-3 trial, the 6 and 12 mo PFS rates were 61% and 40% for zetalimab vs. 50% and 31% for placebo, respectively.';
      assert.equal(tp(doc, '40%'), '12 months');
      assert.equal(tp(doc, '50%'), '6 months');
    });
  });

  describe('coordinated changes of one sum, each against its own standard', () => {
    const doc = (b: string) => `Key results:\n\n    --  Product sales were $40.0\n        million in the second quarter, a 10% increase compared\n        to $36.4 million in the first quarter and a ${b}% increase compared\n        to $25.0 million in the second quarter of last year.\n`;
    it('the second change is the sum\'s against the second standard, not the first standard\'s', () => {
      assert.deepEqual(messagesOf(doc('60'), 'claimed-ratio'), []);
    });
    it('a second change the sums do not give is reported against the right pair', () => {
      const m = messagesOf(doc('30'), 'claimed-ratio');
      assert.equal(m.length, 1);
      assert.match(m[0], /\$40\.0[\s\S]*against \$25\.0 million is 60\.0 % above/);
    });
    it('a list item\'s marker and its spaces make no table: its wrapped lines read as one, the scale on the next line', () => {
      const f = figuresOf(doc('60')).find(x => x.text.startsWith('$40.0'));
      assert.equal(f?.value, 40000000);
    });
  });

  describe('an endpoint\'s name is no word of a comparison', () => {
    it('"the disease control rate" before a drug\'s medians names no control arm', () => {
      const doc = 'Zetalimab was given to 80 patients. In patients with the fusion, the response rate was 30%, the disease control rate 80%, median progression free survival 7.0 months and median overall survival 5.0 months.';
      assert.equal(messagesOf(doc, 'survival-logic').length, 1);
    });
  });

  describe('a ratio named with what it is of, in any language', () => {
    it('"le Hazard Ratio (HR) de décès de 0,71" is a hazard ratio', () => {
      const f = figuresOf('Le zetalimab a prolongé la survie, avec un Hazard Ratio (HR) de décès de 0,71 par rapport au contrôle.').find(x => x.text === '0,71');
      assert.equal(f?.figureKind, 'ratio');
    });
    it('"the hazard ratio (HR) for death was 0.71" is one', () => {
      const f = figuresOf('Zetalimab prolonged survival, with a hazard ratio (HR) for death was 0.71 versus control.').find(x => x.text === '0.71');
      assert.equal(f?.figureKind, 'ratio');
    });
  });

  describe('a comparison of two arms before a bracket of versus pairs', () => {
    const doc = (rate: string) => `In the ACME-3 trial, PFS was longer in the zetalimab arm than in the placebo arm (median PFS 6.1 vs 4.2 months; 1-year PFS rates ${rate}% vs 11.0%).`;
    it('each pair\'s first is the first arm\'s, its second the second\'s', () => {
      const f = figuresOf(doc('21.0'));
      assert.equal(f.find(x => x.text === '6.1')?.binding.arm, 'zetalimab');
      assert.equal(f.find(x => x.text === '4.2 months')?.binding.arm, 'placebo');
    });
    it('a time endpoint\'s abbreviation before a decimal is no score\'s name: "PFS 6.1" is a median', () => {
      assert.equal(figuresOf(doc('21.0')).find(x => x.text === '6.1')?.figureKind, 'duration');
    });
    it('so a landmark rate above half with a median before the landmark is reported, in a final analysis too', () => {
      assert.equal(messagesOf(doc('61.0'), 'landmark-vs-median').length, 1);
      assert.equal(messagesOf('At the final analysis, ' + doc('61.0').replace('In the ACME-3 trial, PFS', 'PFS'), 'landmark-vs-median').length, 1);
      assert.deepEqual(messagesOf(doc('21.0'), 'landmark-vs-median'), []);
    });
  });

  describe('an enrolment split after a colon, each part closed by a comma', () => {
    it('parts that add up to more than the whole are reported', () => {
      const m = messagesOf('In the ACME-3 trial of zetalimab, 90 patients were enrolled: 60 with the fusion, 25 with other changes, 15 with none.', 'totals');
      assert.equal(m.length, 1);
    });
    it('parts that add up are not', () => {
      assert.deepEqual(messagesOf('In the ACME-3 trial of zetalimab, 100 patients were enrolled: 60 with the fusion, 25 with other changes, 15 with none.', 'totals'), []);
    });
  });

  describe('an upfront payment above its deal\'s value, in a round-up of deals', () => {
    const doc = (upfront: number) => `Acme Bio signed a $300 million agreement with Beta Pharma for AB-101. Acme paid $${upfront} million upfront.\n\nGamma Bio inked a $90 million licensing deal with Delta Pharma. Gamma paid $12 million upfront.\n`;
    it('is reported against its own paragraph\'s deal value ("a $300 million agreement")', () => {
      assert.equal(messagesOf(doc(350), 'impossible-value').length, 1);
    });
    it('an upfront payment below it is not, though above the other deal\'s', () => {
      assert.deepEqual(messagesOf(doc(150), 'impossible-value'), []);
    });
  });

  describe('a difference of lengths of time, then in brackets the two it is between', () => {
    const doc = (d: string) => `The difference in median survival between the arms was ${d} months (p=0.01) in favour of zetalimab (15.2 months with zetalimab versus 12.0 months with placebo).`;
    it('a difference the two do not give is reported', () => {
      assert.equal(messagesOf(doc('2.2'), 'totals').length, 1);
    });
    it('one they give is not', () => {
      assert.deepEqual(messagesOf(doc('3.2'), 'totals'), []);
    });
  });

  describe('"in total" before a payment\'s noun is that payment\'s adjective', () => {
    it('"$900 million in total milestone payments" is milestones, no deal total', () => {
      const f = figuresOf('Acme Bio will receive $50 million upfront, with the potential for $900 million in total milestone payments.').find(x => x.text === '$900 million');
      assert.equal(f?.role, 'milestones');
    });
    it('"$950 million in total" still is the total', () => {
      const f = figuresOf('Acme Bio will receive $50 million upfront and milestones, $950 million in total.').find(x => x.text === '$950 million');
      assert.equal(f?.role, 'total');
    });
  });

  describe('a conjugate\'s name cut to its antibody\'s word', () => {
    const doc = 'Acme Bio reported results for mirvetuximab soravtansine in the ACME-5 trial. Median PFS was 9.0 months with mirvetuximab soravtansine. Median OS was 8.0 months with mirvetuximab.';
    it('is the conjugate the document names in full', () => {
      const d = entitiesOf(doc).filter(e => e.kind === 'drug').pop();
      assert.equal(d?.name, 'mirvetuximab soravtansine');
    });
    it('so its figures and the full name\'s are one arm\'s for the checks', () => {
      assert.equal(messagesOf(doc, 'survival-logic').length, 1);
    });
  });

  describe('an interval clear of 1 beside a large p-value', () => {
    const doc = (ci: string, p: string) => `Overall survival did not differ with zetalimab (HR 0.92; 95% CI ${ci}; P=${p}).`;
    it('is reported: the interval says the result is significant', () => {
      assert.equal(messagesOf(doc('0.75-0.96', '0.48'), 'p-value-vs-ci').length, 1);
    });
    it('an interval that holds 1 with it is not, nor one clear of 1 beside a p-value near 0.05', () => {
      assert.deepEqual(messagesOf(doc('0.75-1.12', '0.48'), 'p-value-vs-ci'), []);
      assert.deepEqual(messagesOf(doc('0.85-0.99', '0.06'), 'p-value-vs-ci'), []);
    });
  });

  describe('a share above 100 % in a German clause with its verb last', () => {
    it('"während dieser Anteil unter Placebo bei 104 Prozent lag" is impossible', () => {
      assert.equal(messagesOf('Unter Zetalimab lag der Anteil bei 80 Prozent der Zeit, während dieser Anteil unter Placebo bei 104 Prozent lag.', 'impossible-value').length, 1);
    });
    it('one of 64 Prozent is not', () => {
      assert.deepEqual(messagesOf('Unter Zetalimab lag der Anteil bei 80 Prozent der Zeit, während dieser Anteil unter Placebo bei 64 Prozent lag.', 'impossible-value'), []);
    });
  });

  describe('a page date its label names, however long the line it opens', () => {
    const doc = (dateline: string) => ` date 2030-08-03 Acme Bio posts record revenue of $56 million, up 73% on the year before\n\nOAKTOWN, Calif., ${dateline} /Acme Wire/ -- Acme Bio today reported results for the quarter ended June 30, 2030.\n`;
    it('against a dateline a year apart is reported', () => {
      assert.equal(messagesOf(doc('Aug. 3, 2029'), 'date-inconsistent').length, 1);
    });
    it('against the same day it is not', () => {
      assert.deepEqual(messagesOf(doc('Aug. 3, 2030'), 'date-inconsistent'), []);
    });
  });

  describe('one accelerated approval, "previously granted", dated twice', () => {
    const doc = (second: string, kind = 'accelerated') => `OAKTOWN, Dec. 1, 2030 -- Acme Bio reported data.\nThe FDA previously granted accelerated approval to zetalimab in platinum-resistant ovarian cancer in November 2029.\nThe trial enrolled 400 patients.\nThe FDA previously granted ${kind} approval to zetalimab in platinum-resistant ovarian cancer in ${second}.\n`;
    it('is reported', () => {
      assert.equal(messagesOf(doc('November 2028'), 'date-inconsistent').length, 1);
    });
    it('not when both dates agree, nor against a full approval of another date', () => {
      assert.deepEqual(messagesOf(doc('November 2029'), 'date-inconsistent'), []);
      assert.deepEqual(messagesOf(doc('June 2030', 'full'), 'date-inconsistent'), []);
    });
  });

  describe('one bound stated twice', () => {
    const doc = (b: number) => `- Acme Bio will receive $30 million upfront and up to $250 million in near-term milestones.\n\nUnder the agreement, Acme Bio will receive an upfront payment of $30 million and is slated to receive up to $${b} million in near-term milestone payments.\n`;
    it('"up to $250 million", later "up to $290 million", for one measure, is a repeated value that differs', () => {
      assert.equal(messagesOf(doc(290), 'repeated-value').length, 1);
    });
    it('the same bound twice is not', () => {
      assert.deepEqual(messagesOf(doc(250), 'repeated-value'), []);
    });
  });
});
