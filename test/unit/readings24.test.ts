import { strict as assert } from 'assert';
import { declaredBy } from '../../server/src/analysis/labelUnits';
import { figuresOf, messagesOf } from '../helpers';

describe('readings of labels and figures found on fresh text (session 24)', () => {
  it('a label whose head is a p-value, after the words that qualify a test, declares p-values', () => {
    assert.equal(declaredBy('Unstratified log-rank P value ')?.kind, 'pvalue');
    assert.equal(declaredBy('Two-sided P-value: ')?.kind, 'pvalue');
    // a drug's name or a group's before "p Value" is no test's qualifier: a spanning header, not a p-value's label
    assert.equal(declaredBy('Zelbotamab p Value')?.kind, undefined);
    // prose that ends in the name is no label
    assert.equal(declaredBy('Survival was longer and the p value ')?.kind, undefined);
  });

  it('a placeholder of a flattened row\'s first column is no part of its label', () => {
    assert.equal(declaredBy('Two-sided p value NA\u2020 ')?.kind, 'pvalue');
    assert.equal(declaredBy('Median OS, months NR ')?.kind, 'duration');
  });

  it('a p-value row under a table flattened one cell a line takes no unit from the median above it', () => {
    const doc = 'Table 3: Acme-301 results\nOverall survival\nMedian, months\n(95% CI) 14.2\n(11.0, 17.9) 9.1\n(7.2, 11.4)\nHazard ratio (HR)\n(95% CI) 0.64\n(0.45, 0.88)\nUnstratified log-rank P value NA 0.007\n';
    const p = figuresOf(doc).find(f => f.text === '0.007');
    assert.equal(p?.figureKind, 'pvalue');
  });

  it('a performance status written "PS 0/1" is two grades, no count of one', () => {
    const figs = figuresOf('Of the 80 patients, those with PS 0/1: 40%/58% had a response.');
    assert.ok(!figs.some(f => f.text === '0/1'), figs.map(f => f.text).join(' | '));
    assert.ok(figs.some(f => f.text === '40%'));
    assert.deepEqual(messagesOf('Patients with ECOG PS of 0/1: 31%/69%.', 'percent-of-count'), []);
  });

  it('a tumour mutational burden reads its unit, and is no whole of a count of patients', () => {
    const doc = 'Of 900 evaluable patients, 400 (44%) had TMB of at least 10 mut/Mb, including 130 patients treated with AB-101.';
    const t = figuresOf(doc).find(f => f.text.includes('10 mut/Mb'));
    assert.equal(t?.unit, 'mut/Mb');
    assert.deepEqual(messagesOf(doc, 'impossible-value'), []);
  });

  it('a median in a named subset of the trial is no restatement of the whole trial\'s median', () => {
    const doc = 'The Acme-301 trial enrolled 300 patients. Median overall survival in the AB-101 arm was 9.4 months compared to 6.1 months in the placebo arm. ' +
      'A further analysis looked at patients who had failed prior therapy. In this subset of patients (180 of 300 enrolled patients), the median overall survival was 10.3 months in the AB-101 arm compared to 5.0 months in the placebo arm.';
    assert.deepEqual(messagesOf(doc, 'repeated-value'), []);
  });

  it('a passive\'s agent between its verb of completion and the date keeps the verb\'s tense', () => {
    const doc = 'Acme Bio news\nMarch 3, 2026\nAcme Bio said that the waiting period for its merger was terminated by the Northern Trade Commission or "NTC" on March 5, 2026.\n';
    assert.equal(messagesOf(doc, 'date-inconsistent').length, 1);
    // the same date of a plan is no contradiction
    assert.deepEqual(messagesOf(doc.replace('was terminated', 'is expected to be terminated'), 'date-inconsistent'), []);
  });

  it('a date its own verb of completion dates, in a stretch between commas, is done whatever the rest of the sentence plans', () => {
    const doc = 'Acme Bio news\nMarch 3, 2026\nAs previously announced on March 12, 2026, Acme Bio and Beta Pharma have entered into an agreement under which Beta will acquire Acme Bio.\n';
    assert.equal(messagesOf(doc, 'date-inconsistent').length, 1);
    assert.deepEqual(messagesOf(doc.replace('March 12, 2026', 'March 1, 2026'), 'date-inconsistent'), []);
  });

  it('a part "of N enrolled patients" restates the enrolment N, and an arm named after "including" is a part the whole holds', () => {
    const doc = 'The Acme-301 trial enrolled 240 patients, including 160 patients in the AB-101 arm. Median overall survival was 9.1 months. ' +
      'In a subset of patients (120 of 250 enrolled patients), median overall survival was 11.0 months.';
    const m = messagesOf(doc, 'repeated-value');
    assert.equal(m.length, 1, m.join(' | '));
    assert.match(m[0], /120 of 250 enrolled patients/);
    assert.deepEqual(messagesOf(doc.replace('of 250 enrolled', 'of 240 enrolled'), 'repeated-value'), []);
    // a part of some other whole is none of the enrolment
    assert.deepEqual(messagesOf(doc.replace('of 250 enrolled patients', 'of 250 screened samples'), 'repeated-value'), []);
  });

  it('arms a copula places ("120 patients were in the AB-101 arm") split the group the sentence before counted', () => {
    const doc = 'The Acme-301 trial enrolled 200 patients. Of these, 120 patients were in the AB-101 arm, and 90 patients were in the placebo arm.';
    assert.equal(messagesOf(doc, 'totals').length, 1);
    assert.deepEqual(messagesOf(doc.replace('90 patients', '80 patients'), 'totals'), []);
  });

  it('a sentence referring back to "k of n" patients splits the k, and one that only opens on arms does not', () => {
    const doc = 'In a subset of patients (150 of 300 enrolled patients), median survival was 9.0 months. Among this patient population, 110 patients were in the AB-101 arm, and 50 patients were in the placebo arm.';
    assert.equal(messagesOf(doc, 'totals').length, 1);
    assert.deepEqual(messagesOf(doc.replace('110 patients', '100 patients'), 'totals'), []);
    // (the arms may split the 300: not judged against the 150)
    assert.deepEqual(messagesOf(doc.replace('Among this patient population, ', ''), 'totals'), []);
  });

  it('a list that counts its whole at 100 % holds its other shares to it, when another share bears it out', () => {
    const doc = 'Analyses are planned after 150 (50%), 240 (70%) and 300 (100%) events.';
    const m = messagesOf(doc, 'percent-of-count');
    assert.equal(m.length, 1, m.join(' | '));
    assert.match(m[0], /240\/300/);
    assert.deepEqual(messagesOf(doc.replace('240 (70%)', '240 (80%)'), 'percent-of-count'), []);
    // two groups each at their own 100 %: nothing bears the largest out as the others' whole
    assert.deepEqual(messagesOf('Responses were seen in 12 (100%) patients on AB-101 and 10 (83%) patients on placebo.', 'percent-of-count'), []);
  });

  it('a French landmark rate ("étaient en vie") is an OS rate, and "contre" before a figure names the comparator\'s', () => {
    const doc = 'AB-101 a permis une survie globale médiane de 31,2 mois, contre 14 mois pour le traitement de référence.\n\nAu bout de 24 mois, 41,0% des patients étaient en vie, contre 30,5% dans le groupe de référence.\n';
    const m = messagesOf(doc, 'landmark-vs-median');
    assert.equal(m.length, 1, m.join(' | '));
    assert.match(m[0], /41/);
    assert.deepEqual(messagesOf(doc.replace('41,0%', '55,0%'), 'landmark-vs-median'), []);
  });

  it('"contre" before an article means "against", no comparison: a vaccine against a disease keeps its figure\'s year', () => {
    const doc = 'Les ventes ont atteint 20,1 M€ en 2025, en hausse de 12 % par rapport à 2024. Le vaccin contre le choléra a débouché sur 9,5 M€ de revenus, pour une croissance de 8,1 %.';
    const v = figuresOf(doc).find(f => f.text.startsWith('9,5'));
    assert.notEqual(v?.binding.timepoint, '2024');
  });

  it('a median in a French subgroup ("chez les patients exprimant ...") is not the whole population\'s', () => {
    // (the whole population's median, 31.2 months, is the one the 24-month rate is held to: 40 % alive contradicts it)
    const doc = 'AB-101 a permis une survie globale médiane de 31,2 mois.\n\nAu bout de 24 mois, 40,0% des patients étaient en vie.\n\nChez les patients exprimant le marqueur, la survie globale médiane atteint 22,0 mois.\n';
    assert.equal(messagesOf(doc, 'landmark-vs-median').length, 1);
    assert.deepEqual(messagesOf(doc, 'repeated-value'), []);
  });

  it('a comma before a scale word only decimal-comma languages write is a decimal comma ("1,250 Mrd. Euro")', () => {
    const f = figuresOf('Der Umsatz stieg von 980 Mio. auf 1,250 Mrd. Euro.').find(x => x.text.startsWith('1,250'));
    assert.equal(f?.value, 1.25e9);
    // (an English text's "1,250 million" keeps its thousands)
    assert.equal(figuresOf('Revenue rose to $1,250 million.').find(x => x.text.includes('1,250'))?.value, 1.25e9);
  });

  it('a ratio named before an aside in brackets, and the next ratio of a list after its group', () => {
    const figs = figuresOf('The OS HRs (AB-101 vs. placebo) were 0.81 (95% CI: 0.52-1.3) for older patients and 0.70 (95% CI: 0.55-0.89) for younger ones.');
    assert.equal(figs.find(f => f.text === '0.81')?.figureKind, 'ratio');
    assert.equal(figs.find(f => f.text === '0.70')?.figureKind, 'ratio');
    // a bare decimal after a ratio with no group and no coordinator between is no ratio of the list
    const other = figuresOf('The HR was 0.81 (95% CI: 0.52-1.3). In a second study 0.70 of the dose was given.');
    assert.notEqual(other.find(f => f.text === '0.70')?.figureKind, 'ratio');
  });

  it('a ratio named with what it is of, then a comma and its value ("HR for death, 0.72")', () => {
    const f = figuresOf('Survival was longer with AB-101 (HR for death, 0.72; 95% CI, 0.60-0.86).').find(x => x.text === '0.72');
    assert.equal(f?.figureKind, 'ratio');
  });
});
