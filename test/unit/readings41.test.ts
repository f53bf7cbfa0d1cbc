import { strict as assert } from 'assert';
import { figuresOf, messagesOf } from '../helpers';

describe('readings of session 41', () => {
  describe('a ratio is above zero: a ratio\'s header does not reach a row of changes', () => {
    // a results table copied with its cells glued, one column of hazard ratios among columns of counts and changes
    const TABLE = [
      'Table 2. Outcomes at one year',
      '',
      'OutcomeDrugex n=300Placebo n=290Hazard ratio (95% CI)P',
      'First event, n (%)30 (10.0)45 (15.5)0.63 (0.40–0.99)0.04',
      'Mean change in weight, kg−2.4 (−3.0 to −1.8)−0.6 (−1.2 to 0.0)−1.8 (−2.6 to −1.0)<0.001',
      'Yearly slope−0.5(−0.9,−0.1)−1.9(−2.3,−1.5)',
      '',
    ].join('\n');
    it('the negative changes are no hazard ratios, so no ratio below zero is reported', () => {
      assert.deepEqual(messagesOf(TABLE, 'impossible-value'), []);
      const negatives = figuresOf(TABLE).filter(f => typeof f.value === 'number' && f.value < 0);
      assert.ok(negatives.length >= 4);
      assert.ok(negatives.every(f => f.figureKind !== 'ratio'), negatives.map(f => `${f.text}:${f.figureKind}`).join(' '));
    });
    it('a row of positive estimates under the same header is still read as hazard ratios', () => {
      const pipes = '| Outcome | Hazard ratio (95% CI) |\n|---|---|\n| First event | 0.63 (0.40–0.99) |\n| Death | 0.81 (0.55–1.19) |\n';
      const ratios = figuresOf(pipes, 'markdown').filter(f => f.figureKind === 'ratio');
      assert.deepEqual(ratios.map(f => f.value), [0.63, 0.81]);
    });
    it('a row of negative numbers under a ratio\'s column header reads none of them as a ratio', () => {
      const pipes = '| Outcome | Hazard ratio (95% CI) |\n|---|---|\n| Change in weight | -1.8 (-2.6 to -1.0) |\n';
      assert.ok(figuresOf(pipes, 'markdown').every(f => f.figureKind !== 'ratio'));
    });
  });

  describe('a kidney function\'s unit, "mL/min/1.73 m2", is one unit with its number', () => {
    it('written with a space and an ASCII 2, its 1.73 is no figure of its own', () => {
      const figs = figuresOf('Mean eGFR was 61 mL/min/1.73 m2 at entry.');
      assert.deepEqual(figs.map(f => f.text), ['61 mL/min/1.73 m2']);
    });
    it('written with the superscript two, the same', () => {
      assert.deepEqual(figuresOf('Mean eGFR was 61 mL/min/1.73 m\u00b2 at entry.').map(f => f.text), ['61 mL/min/1.73 m\u00b2']);
    });
  });
  describe('an interval\'s level is no figure, even when the text gives no bounds after it', () => {
    it('"95% CI = not estimable" leaves no 95 per cent to be read as a rate', () => {
      const text = 'Median event-free survival was 0.5 months [95% CI = not estimable] with drug A. The 12-week event-free rate was 38%.';
      assert.deepEqual(figuresOf(text).filter(f => f.figureKind === 'percent').map(f => f.text), ['38%']);
      assert.deepEqual(messagesOf(text, 'landmark-vs-median'), []);
    });
    it('the level written out, "90% confidence interval: NR", the same', () => {
      assert.deepEqual(figuresOf('The median was not reached (90% confidence interval: NR).').filter(f => f.figureKind === 'percent'), []);
    });
    it('an interval with its bounds is still read whole, with its level', () => {
      const ci = figuresOf('Median PFS was 6.1 months (95% CI = 4.0-8.2 months).').filter(f => f.figureKind === 'ci');
      assert.equal(ci.length, 1);
      assert.equal(ci[0].level, 95);
    });
  });
  describe('a denial further back in a claim\'s clause reaches it', () => {
    it('"did not meet its goal of showing a statistically significant gain" claims no significance', () => {
      const text = 'The study did not meet its main goal of showing a statistically significant gain in survival over placebo (HR 0.91, p=0.09).';
      assert.deepEqual(messagesOf(text, 'significance-vs-ci'), []);
    });
    it('a denial in another clause, after "but", does not reach the claim', () => {
      const text = 'The study did not meet its main goal, but drug A showed a statistically significant gain in response over placebo (p=0.09).';
      assert.equal(messagesOf(text, 'significance-vs-ci').length, 1);
    });
    it('with no denial, the claim is held to its p-value', () => {
      const text = 'The study showed a statistically significant gain in survival over placebo (HR 0.91, p=0.09).';
      assert.equal(messagesOf(text, 'significance-vs-ci').length, 1);
    });
  });
  describe('a median compared again with other numbers on both sides is a second analysis, not a restatement', () => {
    const FIRST = 'Acme Bio reported results of the ALPHA-3 trial of drug A. The median overall survival was 9.4 months with drug A versus 7.2 months with placebo (HR 0.84, p=0.07). ';
    it('every number of the comparison changed: another analysis, no finding', () => {
      const text = `${FIRST}Patients were also followed without censoring at transplant. There, patients given drug A had a median overall survival of 8.9 months versus 6.6 months with placebo (HR 0.79, p=0.03).`;
      assert.deepEqual(messagesOf(text, 'repeated-value'), []);
    });
    it('one side restated as it was and the other changed: the misprint is still found', () => {
      const text = `${FIRST}Patients given drug A had a median overall survival of 8.9 months versus 7.2 months with placebo.`;
      assert.equal(messagesOf(text, 'repeated-value').length, 1);
    });
  });
  describe('a group\'s consolidated accounts are another reporting entity than its parent company', () => {
    const paragraphs = (revenue: string) => [
      'Comunicati', '',
      'Acme Bio: via libera del consiglio ai conti del primo semestre 2026', '',
      'Il consiglio di Acme Bio, riunito oggi, ha dato il via libera ai conti del primo semestre 2026 della capogruppo e del Gruppo Acme.',
      `Nel semestre la capogruppo ha registrato ricavi netti per 4,2 milioni di euro (6,0 milioni di euro un anno prima). ${revenue} si attestano a 3,4 milioni di euro.`, '',
      'Le spese operative del semestre sono state pari a 9,4 milioni di euro, contro 9,6 milioni di euro nel 2025. Le spese di ricerca sono state di 5,2 milioni di euro.', '',
      'La perdita operativa al 30 giugno 2026 è di 6,3 milioni di euro (4,8 milioni di euro al 30 giugno 2025); a livello consolidato la perdita operativa è di 7,2 milioni di euro.', '',
      'La liquidità netta è di 98,4 milioni di euro a livello consolidato.',
    ].join('\n');
    it('the company\'s revenue and, "a livello consolidato", the group\'s are two amounts', () => {
      assert.deepEqual(messagesOf(paragraphs('A livello consolidato i ricavi netti'), 'repeated-value'), []);
    });
    it('without the words of the group\'s accounts, the second amount restates the first, and differs', () => {
      assert.equal(messagesOf(paragraphs('I ricavi netti'), 'repeated-value').length, 1);
    });
  });
  describe('a row label that names its per cents in brackets', () => {
    it('"(% of patients)" and "(% of pts)" make a row\'s bare numbers per cents, so a share above 100 is found', () => {
      const table = 'Table 2. Outcomes\n\nOutcome Drug A (n = 80) Placebo (n = 40)\nStable response (% of patients) 21 5\nUse of rescue therapy (% of pts) 130 18\n';
      const figs = figuresOf(table).filter(f => f.figureKind === 'percent').map(f => f.value);
      assert.deepEqual(figs, [21, 5, 130, 18]);
      assert.equal(messagesOf(table, 'impossible-value').length, 1);
    });
  });

  describe('a subgroup of patients with a trait is drawn from the enrolment', () => {
    const HEAD = 'Acme Bio reported results of the ALPHA-2 trial. The trial enrolled 300 patients at 40 sites. ';
    it('"patients younger than 65 years (n=320)" after an enrolment of 300 is found', () => {
      assert.equal(messagesOf(`${HEAD}In patients younger than 65 years (n=320), the median overall survival was 9.0 months.`, 'impossible-value').length, 1);
    });
    it('"320 patients with liver metastases" likewise', () => {
      assert.equal(messagesOf(`${HEAD}Among them, 320 patients with liver metastases had a median survival of 6.0 months.`, 'impossible-value').length, 1);
    });
    it('a subgroup within the enrolment, and a count of those screened, are not', () => {
      assert.deepEqual(messagesOf(`${HEAD}In patients younger than 65 years (n=120), the median overall survival was 9.0 months.`, 'impossible-value'), []);
      assert.deepEqual(messagesOf(`${HEAD}Patients who were screened (n=420) had a median age of 61 years.`, 'impossible-value'), []);
    });
  });
  describe('"a trial enrolling N patients" states the trial\'s whole, as "enrolled" does', () => {
    it('arms that add up to more are found', () => {
      const text = 'Design A randomized trial enrolling 300 patients at 40 centers.\n\nInterventions Participants were randomized to receive placebo (n=140) or drug A, 10 mg/d (n=170).';
      assert.equal(messagesOf(text, 'totals').length, 1);
    });
    it('arms that add up to it are not', () => {
      const text = 'Design A randomized trial enrolling 300 patients at 40 centers.\n\nInterventions Participants were randomized to receive placebo (n=140) or drug A, 10 mg/d (n=160).';
      assert.deepEqual(messagesOf(text, 'totals'), []);
    });
  });
  describe('"the N participants randomized" is the trial\'s whole, however its enrolment described the people', () => {
    it('a different number is found', () => {
      const text = 'The trial enrolled 300 adult patients at 40 centers.\n\nResults Among the 320 participants randomized, mean age was 61 years.';
      assert.equal(messagesOf(text, 'repeated-value').length, 1);
    });
    it('the same number is not, nor is a group with words of its own', () => {
      assert.deepEqual(messagesOf('The trial enrolled 300 adult patients at 40 centers.\n\nResults Among the 300 participants randomized, mean age was 61 years.', 'repeated-value'), []);
      assert.deepEqual(messagesOf('The trial enrolled 300 adult patients at 40 centers.\n\nResults Among the 120 female participants, mean age was 61 years.', 'repeated-value'), []);
    });
  });
  describe('"higher with A than with B (label, a [interval] vs. b [interval])"', () => {
    const claim = (a: string, b: string) => `The rate of event-free survival was higher with drug A than with drug B (estimated 24-month event-free survival, ${a} [95% confidence interval {CI}, 20 to 41] vs. ${b} [95% CI, 35 to 55]; hazard ratio, 0.61 [95% CI, 0.42 to 0.88]).`;
    it('the rates read past the label\'s time point and each rate\'s interval: a lower first rate is found', () => {
      assert.equal(messagesOf(claim('30%', '45%'), 'claimed-ratio').length, 1);
    });
    it('a higher first rate is not', () => {
      assert.deepEqual(messagesOf(claim('52%', '45%').replace('20 to 41', '41 to 63'), 'claimed-ratio'), []);
    });
  });
  describe('"down from its earlier target of B": an origin named by its noun', () => {
    it('a new amount above the origin is no fall', () => {
      assert.equal(messagesOf('Acme Bio raised $31.5 million, down from its earlier target of $24.0 million.', 'claimed-ratio').length, 1);
    });
    it('a new amount below it is', () => {
      assert.deepEqual(messagesOf('Acme Bio raised $21.5 million, down from its earlier target of $24.0 million.', 'claimed-ratio'), []);
    });
  });
  describe('"Of the N randomized, a received a dose and b completed": steps every patient may pass, not arms', () => {
    const sentence = (b: number) => `The study is complete. Of the 120 patients randomized, 118 received a dose and ${b} completed the treatment period.`;
    it('no sum of the two is held to the whole', () => {
      assert.deepEqual(messagesOf(sentence(111), 'totals'), []);
      assert.deepEqual(messagesOf(sentence(111), 'impossible-value'), []);
    });
    it('a coordinated count above the group the sentence opens on is found', () => {
      assert.equal(messagesOf(sentence(124), 'impossible-value').length, 1);
    });
    it('counts written alike after a randomized whole are still its arms', () => {
      assert.equal(messagesOf('The study is complete. Of the 120 patients randomized, 64 received drug A and 61 received placebo.', 'totals').length, 1);
    });
  });
  describe('"we ended <a year> with $X": a period said to be over before the release is dated', () => {
    const release = (said: string) => `BOSTON, March 4, 2026 -- Acme Bio today announced results for the full year ended December 31, 2025.\n\n"${said} with $31.6 million in cash," said the chief executive.`;
    it('a year that ends after the release is found', () => {
      assert.equal(messagesOf(release('We closed out 2026'), 'date-inconsistent').length, 1);
    });
    it('the year just over is not, nor is a plan', () => {
      assert.deepEqual(messagesOf(release('We closed out 2025'), 'date-inconsistent'), []);
      assert.deepEqual(messagesOf(release('We expect to have ended 2026'), 'date-inconsistent'), []);
    });
  });
  describe('gaps between medians are no medians', () => {
    it('"median OS favored AB-101 by 3 months" and "the difference in median PFS rose to 5 months" hold no PFS above OS', () => {
      const text = 'PFS improved by 4 months with AB-101 (p=0.04, HR=0.71). Among completers, the difference in median PFS rose to 5 months. The median OS favored AB-101 by 3 months in all patients.';
      assert.deepEqual(messagesOf(text, 'survival-logic'), []);
    });
    it('medians themselves are still held to each other', () => {
      const text = 'Median PFS was 9.0 months with AB-101. Median OS was 7.0 months with AB-101.';
      assert.equal(messagesOf(text, 'survival-logic').length, 1);
    });
  });

  describe('a count coordinated with the one before it is another group of one list', () => {
    it('"Of the 6 cohort A and 26 cohort B patients" holds no 26 among the 6', () => {
      const text = 'The study is ongoing. Of the 6 cohort A and 26 cohort B patients that reached week 6, four responded in cohort A and two in cohort B.';
      assert.deepEqual(messagesOf(text, 'impossible-value'), []);
    });
    it('a count above the group the sentence introduces is still found', () => {
      assert.equal(messagesOf('The study is ongoing. Of 20 patients, 13 had a partial response and 23 had stable disease.', 'impossible-value').length, 1);
    });
  });
  describe('"a 45% reduction in <an event> (HR=0.82)": the ratio that opens the bracket after the reduction', () => {
    it('a reduction that is not one minus the ratio is found', () => {
      assert.equal(messagesOf('Drug A led to a 45% reduction in hospitalisation for heart failure (HHF) (HR=0.82; 95% CI 0.70, 0.96).', 'claimed-ratio').length, 1);
    });
    it('one that is, is not', () => {
      assert.deepEqual(messagesOf('Drug A led to a 18% reduction in hospitalisation for heart failure (HHF) (HR=0.82; 95% CI 0.70, 0.96).', 'claimed-ratio'), []);
    });
  });
  describe('an analysis set named, then its size in brackets', () => {
    it('"the per-protocol (PPS) set (251 patients ...)" above the 240 randomized is found', () => {
      assert.equal(messagesOf('240 patients were randomized to drug A or placebo. In the per-protocol (PPS) set (251 patients with every dose), the HR was 0.66.', 'impossible-value').length, 1);
    });
    it('a set within the enrolment is not', () => {
      assert.deepEqual(messagesOf('240 patients were randomized to drug A or placebo. In the per-protocol population (226 patients), the HR was 0.66.', 'impossible-value'), []);
    });
  });
});
