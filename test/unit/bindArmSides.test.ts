import { strict as assert } from 'assert';
import { bindingOf, bindingTable as table } from '../helpers';

const lead = 'Acme Bio reported the ACME-1 trial. ';

describe('binding: the drug side of a comparison is the drug\'s arm (binding.arm)', () => {
  table('arm', [
    // the other side is placebo, a control or another drug: the first figure is its drug's arm, named as written
    { doc: lead + 'The ORR was 45 % with AB-101 versus 20 % with placebo.', figure: '45 %', want: 'AB-101' },
    { doc: lead + 'Median OS was 14.2 months with AB-101 compared with 9.8 months with docetaxel.', figure: '14.2 months', want: 'AB-101' },
    { doc: lead + 'Median OS was 14.2 months for patients on AB-101 versus 9.8 months for those on placebo.', figure: '14.2 months', want: 'AB-101' },
    { doc: lead + 'Median PFS with AB-101 was 8.3 months versus 5.5 months with placebo.', figure: '8.3 months', want: 'AB-101' },
    { doc: lead + 'Die ORR lag bei 45 Prozent mit AB-101 gegenüber 20 Prozent mit Placebo.', figure: '45 Prozent', want: 'AB-101' },
    // the other side keeps its own arm
    { doc: lead + 'The ORR was 45 % with AB-101 versus 20 % with placebo.', figure: '20 %', want: 'placebo' },
    // no other arm named: the figure stays the drug's, with no arm
    { doc: lead + 'The ORR was 45 % with AB-101 and 20 % in the second cohort.', figure: '45 %', want: undefined },
    { doc: lead + 'The ORR of AB-101 was 45 % in the first cohort versus 30 % in the second cohort.', figure: '45 %', want: undefined },
    // the same drug on both sides (an earlier cut-off): no arm
    { doc: lead + 'The ORR was 45 % with AB-101 versus 40 % with AB-101 at the earlier cut-off.', figure: '45 %', want: undefined },
    // a change over time is no comparison of arms
    { doc: lead + 'The ORR was 45 % with AB-101, up from 30 % a year ago.', figure: '45 %', want: undefined },
    // a comparison across a clause break pairs nothing
    { doc: lead + 'The ORR was 45 % with AB-101; in a separate trial versus placebo the rate was 20 % with placebo.', figure: '45 %', want: undefined },
  ]);
});

describe('checks: an arm named by the figure\'s own drug does not split what they compare', () => {
  const { analyzeText } = require('../../server/src/analysis') as typeof import('../../server/src/analysis');
  const codes = (doc: string) => analyzeText(doc).findings.map(f => f.code);
  const cases: { doc: string; fires: boolean }[] = [
    // the PFS of the drug's side (its arm read from the pair) against the drug's OS read with no arm
    { doc: 'Acme Bio reported the ACME-1 trial of AB-101. Median OS was 22.1 months with AB-101 versus 14.3 months with placebo, and median PFS was 24.3 months versus 6.2 months.', fires: true },
    { doc: 'Acme Bio reported the ACME-1 trial of AB-101. Median OS with AB-101 was 22.1 months. Median PFS was 24.3 months with AB-101 versus 6.2 months with placebo.', fires: true },
    // consistent medians stay silent
    { doc: 'Acme Bio reported the ACME-1 trial of AB-101. Median OS was 22.1 months with AB-101 versus 14.3 months with placebo, and median PFS was 12.3 months versus 6.2 months.', fires: false },
    { doc: 'Acme Bio reported the ACME-1 trial of AB-101. Median OS with AB-101 was 22.1 months. Median PFS was 12.3 months with AB-101 versus 6.2 months with placebo.', fires: false },
  ];
  for (const c of cases) it(`${c.fires ? 'fires' : 'silent'}: ${c.doc.slice(47, 140)}`, () => assert.equal(codes(c.doc).includes('survival-logic'), c.fires, JSON.stringify(codes(c.doc))));
});

describe('binding: arm phrases written as compounds or with the name after the noun (binding.arm)', () => {
  table('arm', [
    // the phrase before its figures in their clause, or right after the figure: German compounds, French, Spanish, Italian nouns before the name
    { doc: 'Acme Bio gab Daten der Studie ACME-1 bekannt. Das mediane PFS betrug im AB-101-Arm 20 Monate und im Placebo-Arm 15,9 Monate.', figure: '20 Monate', want: 'AB-101' },
    { doc: 'Acme Bio gab Daten der Studie ACME-1 bekannt. Das mediane PFS betrug im AB-101-Arm 20 Monate und im Placebo-Arm 15,9 Monate.', figure: '15,9 Monate', want: 'placebo' },
    { doc: 'Acme Bio gab Daten der Studie ACME-1 bekannt. Im AB-101-Arm waren 81 Todesfälle, im Placebo-Arm 90 Todesfälle aufgetreten.', figure: '81 Todesfälle', want: 'AB-101' },
    { doc: 'Acme Bio gab Daten der Studie ACME-1 bekannt. Im AB-101-Arm waren 81 Todesfälle, im Placebo-Arm 90 Todesfälle aufgetreten.', figure: '90 Todesfälle', want: 'placebo' },
    { doc: 'Acme Bio gab Daten der Studie ACME-1 bekannt. Bei Patienten im Placebo-Ast kam es zu mehr Todesfällen (27,3%) als bei Patienten im AB-101-Ast (11,1%).', figure: '27,3%', want: 'placebo' },
    { doc: 'Acme Bio gab Daten der Studie ACME-1 bekannt. Bei Patienten im Placebo-Ast kam es zu mehr Todesfällen (27,3%) als bei Patienten im AB-101-Ast (11,1%).', figure: '11,1%', want: 'AB-101' },
    { doc: 'Acme Bio gab Daten der Studie ACME-1 bekannt. Die Ansprechrate lag in der Kontrollgruppe bei 9 Prozent.', figure: '9 Prozent', want: 'kontroll' },
    { doc: 'Acme Bio présente l\'essai ACME-1. Le taux de réponse était de 38 % dans le bras AB-101 et de 12 % dans le bras placebo.', figure: '38 %', want: 'AB-101' },
    { doc: 'Acme Bio présente l\'essai ACME-1. Le taux de réponse était de 38 % dans le bras AB-101 et de 12 % dans le bras placebo.', figure: '12 %', want: 'placebo' },
    { doc: 'Acme Bio présente l\'essai ACME-1. Dans le groupe placebo, le taux de réponse était de 12 %.', figure: '12 %', want: 'placebo' },
    { doc: 'Acme Bio presentó el ensayo ACME-1. En el grupo de AB-101, la tasa de respuesta fue del 38 %.', figure: '38 %', want: 'AB-101' },
    { doc: 'Acme Bio presentó el ensayo ACME-1. La tasa de respuesta fue del 12 % en el grupo placebo.', figure: '12 %', want: 'placebo' },
    { doc: 'Acme Bio ha presentato lo studio ACME-1. Il tasso di risposta era del 38 % nel braccio AB-101.', figure: '38 %', want: 'AB-101' },
    // a compound or a noun whose name is no arm's (no drug, placebo, control or dose), a phrase across a clause break,
    // a comparison, another figure or another sentence: no arm
    { doc: 'Acme Bio gab Daten der Studie ACME-1 bekannt. Im Behandlungsarm lag die Ansprechrate bei 38 Prozent.', figure: '38 Prozent', want: undefined },
    { doc: 'Acme Bio gab Daten der Studie ACME-1 bekannt. In der Altersgruppe über 65 Jahren lag die Ansprechrate bei 38 Prozent.', figure: '38 Prozent', want: undefined },
    { doc: 'Acme Bio gab Daten der Studie ACME-1 bekannt. Im Placebo-Arm traten keine Fälle auf, und die Ansprechrate mit AB-101 lag bei 38 Prozent.', figure: '38 Prozent', want: undefined },
    { doc: 'Acme Bio gab Daten der Studie ACME-1 bekannt. Im Placebo-Arm traten 4 Fälle auf. Die Ansprechrate lag bei 38 Prozent.', figure: '38 Prozent', want: undefined },
    { doc: 'Acme Bio présente l\'essai ACME-1. Dans le groupe placebo, 4 cas sont survenus contre 38 % avec AB-101.', figure: '38 %', want: undefined },
    { doc: 'Acme Bio presentó el ensayo ACME-1. El grupo de edad de 65 años tuvo una tasa del 38 %.', figure: '38 %', want: undefined },
  ]);
});

describe('binding: populations written as a compound, or holding a bracket written onto a word (binding.subgroup)', () => {
  table('subgroup', [
    // a head joined by a hyphen to an analysis set's abbreviation (two capitals or more)
    { doc: 'Acme Bio gab Daten der Studie ACME-1 bekannt. Das mediane PFS von AB-101 in der ITT-Population betrug 20 Monate.', figure: '20 Monate', want: 'ITT-Population' },
    { doc: 'Acme Bio reported the ACME-1 trial. The ORR of AB-101 was 29 % in the mITT-population.', figure: '29 %', want: 'mITT-population' },
    { doc: 'Acme Bio gab Daten der Studie ACME-1 bekannt. In der FAS-Kohorte lag die ORR von AB-101 bei 33 Prozent.', figure: '33 Prozent', want: 'FAS-Kohorte' },
    // no abbreviation before the hyphen, or an arm: no population
    { doc: 'Acme Bio reported the ACME-1 trial. In the meta-analysis, the ORR of AB-101 was 30 %.', figure: '30 %', want: undefined },
    { doc: 'Acme Bio reported the ACME-1 trial. The ORR of AB-101 was 31 % in the placebo-cohort.', figure: '31 %', want: undefined },
    { doc: 'Acme Bio reported the ACME-1 trial. The ORR of AB-101 was 31 % in the low-dose cohort.', figure: '31 %', want: undefined },
    // a bracket written onto a word is the word's (a chromosome deletion, a translocation)
    { doc: 'Acme Bio gab Daten der Studie ACME-1 bekannt. Bei Patienten mit del(17p) lag die ORR von AB-101 bei 30 Prozent.', figure: '30 Prozent', want: 'Patienten mit del(17p)' },
    { doc: 'Acme Bio reported the ACME-1 trial. In patients with t(11;14) myeloma, the ORR of AB-101 was 41 %.', figure: '41 %', want: 'patients with t(11;14) myeloma' },
    { doc: 'Acme Bio reported the ACME-1 trial. In patients with del(17p), the ORR of AB-101 was 31 %.', figure: '31 %', want: 'patients with del(17p)' },
    { doc: 'Acme Bio reported the ACME-1 trial. In patients with bone metastases (n=30), the ORR of AB-101 was 27 %.', figure: '27 %', want: 'patients with bone metastases' },
  ]);
  // a bracket after a space is an aside, not the phrase's
  it('stops before a bracket set apart by a space', () => assert.equal(bindingOf('Acme Bio reported the ACME-1 trial. In patients with bone metastases (n=30), the ORR of AB-101 was 27 %.', '27 %').subgroup, 'patients with bone metastases'));
});

describe('binding: dose arms named by their level in words (binding.arm)', () => {
  table('arm', [
    // the level right after the figure, or opening the sentence up to a comparison, in English, German and French
    { doc: 'Acme Bio reported the ACME-1 trial of AB-101. The seroconversion rate was 92 % in the high dose group and 61 % in the low dose group.', figure: '92 %', want: 'high dose' },
    { doc: 'Acme Bio reported the ACME-1 trial of AB-101. The seroconversion rate was 92 % in the high dose group and 61 % in the low dose group.', figure: '61 %', want: 'low dose' },
    { doc: 'Acme Bio reported the ACME-1 trial of AB-101. In the medium dose group, the geometric mean titre was 210 and the seroconversion rate was 74 %.', figure: '74 %', want: 'medium dose' },
    { doc: 'Acme Bio reported the ACME-1 trial of AB-101. Plaque fell by 93 percent in participants on the highest dose.', figure: '93 percent', want: 'highest dose' },
    { doc: 'Acme Bio gab Daten der Studie ACME-1 zu AB-101 bekannt. Die Ansprechrate lag bei 38 Prozent unter der hohen Dosis.', figure: '38 Prozent', want: 'hohen Dosis' },
    { doc: 'Acme Bio présente l\'essai ACME-1 d\'AB-101. Le taux de réponse était de 41 % avec la dose élevée.', figure: '41 %', want: 'dose élevée' },
    { doc: 'Acme Bio reported the ACME-1 trial of AB-101. In the high dose group, the rate was 90 %, higher than 51 % in the low dose group.', figure: '51 %', want: 'low dose' },
    { doc: 'Acme Bio reported the ACME-1 trial of AB-101. In the high dose group, the rate was 90 %, higher than the 51 % seen with placebo.', figure: '51 %', want: 'placebo' },
    // an amount of something else, a level that names no figure's group, a date: no arm
    { doc: 'Acme Bio reported the ACME-1 trial of AB-101. The rate was 92 % with a high dose of vitamin D in the run-in.', figure: '92 %', want: undefined },
    { doc: 'Acme Bio reported the ACME-1 trial of AB-101. The rate was 92 %, and high dose patients were excluded.', figure: '92 %', want: undefined },
    { doc: 'Acme Bio reported the ACME-1 trial of AB-101. In the high dose group, 12 patients enrolled in May 2031.', figure: 'May 2031', want: undefined },
    { doc: 'Acme Bio reported the ACME-1 trial of AB-101. The ORR was 40 % in the trial overall; the high dose group is still enrolling.', figure: '40 %', want: undefined },
  ]);
});

describe('binding: the placebo arm named after the figure in French, Spanish, Italian, Swedish (binding.arm)', () => {
  table('arm', [
    // a cue of binding.json arms.placeboCues, an article perhaps, then placebo; the drug side of such a pair is the drug's arm
    { doc: 'Acme Bio présente l\'essai ACME-1 d\'AB-101. Le taux de réponse était de 12 % avec le placebo.', figure: '12 %', want: 'placebo' },
    { doc: 'Acme Bio présente l\'essai ACME-1 d\'AB-101. Le taux de réponse était de 12 % sous placebo.', figure: '12 %', want: 'placebo' },
    { doc: 'Acme Bio presentó el ensayo ACME-1 de AB-101. La tasa de respuesta fue del 12 % con placebo.', figure: '12 %', want: 'placebo' },
    { doc: 'Acme Bio ha presentato lo studio ACME-1 di AB-101. Il tasso di risposta era del 12 % col placebo.', figure: '12 %', want: 'placebo' },
    { doc: 'Acme Bio presenterade studien ACME-1 med AB-101. Svarsfrekvensen var 12 % med placebo.', figure: '12 %', want: 'placebo' },
    { doc: 'Acme Bio presentó el ensayo ACME-1. La tasa de respuesta fue del 38 % con AB-101 frente al 12 % con placebo.', figure: '38 %', want: 'AB-101' },
    // placebo after a comparison word, or in a design's name, or no placebo at all: no arm
    { doc: 'Acme Bio présente l\'essai ACME-1 d\'AB-101. Le taux de réponse était de 38 % avec AB-101 dans un essai contrôlé contre placebo.', figure: '38 %', want: undefined },
    { doc: 'Acme Bio présente l\'essai ACME-1 d\'AB-101. Le taux de réponse était de 38 % avec AB-101.', figure: '38 %', want: undefined },
    { doc: 'Acme Bio presentó el ensayo ACME-1 de AB-101. La tasa de respuesta fue del 38 % frente a placebo.', figure: '38 %', want: undefined },
  ]);
});

describe('binding: an arm\'s size given after its drug, beside another arm (binding.arm)', () => {
  table('arm', [
    { doc: 'Acme Bio reported the ACME-1 trial. Patients received AB-101 (n=70) or placebo (n=71).', figure: 'n=70', want: 'AB-101' },
    { doc: 'Acme Bio reported the ACME-1 trial. Patients received AB-101 (n=70) or placebo (n=71).', figure: 'n=71', want: 'placebo' },
    { doc: 'Acme Bio reported the ACME-1 trial. Patients received AB-101 (n=70) or docetaxel (n=69).', figure: 'n=70', want: 'AB-101' },
    // one arm only: the drug's size, no arm; a dose names its own arm
    { doc: 'Acme Bio reported the ACME-1 trial. Patients received AB-101 (n=70).', figure: 'n=70', want: undefined },
    { doc: 'Acme Bio reported the ACME-1 trial. Patients received AB-101 2 mg (n=35) or AB-101 4 mg (n=35).', figure: 'n=35', want: '2 mg' },
  ]);
});

describe('binding: the document\'s own drug names its side of a comparison joined by "and" (binding.arm)', () => {
  table('arm', [
    // another arm is named in the same clause: the drug's figure names the drug's arm
    { doc: lead + 'The ORR was 30 % in patients treated with AB-101 and 12 % in patients treated with docetaxel.', figure: '30 %', want: 'AB-101' },
    { doc: lead + 'Median OS was 11.4 months for AB-101 and 8.0 months for chemotherapy.', figure: '11.4 months', want: 'AB-101' },
    { doc: lead + 'A 45 % ORR was seen with AB-101 plus FOLFOX and a 20 % ORR with FOLFOX alone.', figure: '45 %', want: 'AB-101' },
    // no other arm in the clause: the drug's figure is the study's, no arm
    { doc: lead + 'The ORR was 30 % with AB-101 and the DCR was 70 %.', figure: '30 %', want: undefined },
    { doc: lead + 'The ORR was 30 % with AB-101; the DCR was 12 % with docetaxel in an earlier study.', figure: '30 %', want: undefined },
  ]);
});

describe('binding: a dose named right after a figure, past its companion in brackets or a verb of giving (binding.arm)', () => {
  table('arm', [
    { doc: lead + 'Responses were seen in 12 of 40 patients (30%) receiving 10 mg/kg and in 8 of 38 patients (21%) receiving 3 mg/kg.', figure: '8 of 38 patients', want: '3 mg/kg' },
    { doc: lead + 'Responses were seen in 12 of 40 patients (30%) receiving 10 mg/kg and in 8 of 38 patients (21%) receiving 3 mg/kg.', figure: '21%', want: '3 mg/kg' },
    { doc: lead + 'Responses were seen in 12 of 40 patients (30%) receiving 10 mg/kg and in 8 of 38 patients (21%) receiving 3 mg/kg.', figure: '12 of 40 patients', want: '10 mg/kg' },
    { doc: lead + 'Of the enrolled patients, 40 received 10 mg/kg and 20 received 3 mg/kg.', figure: '20', want: '3 mg/kg' },
    { doc: lead + 'In all, 24 patients were given 2 mg and 26 patients were given 6 mg.', figure: '26 patients', want: '6 mg' },
    // a figure whose own clause names no dose keeps the dose named before it
    { doc: lead + 'At 10 mg/kg the ORR was 35 %, and the DCR was 70 % (a dose of 3 mg/kg is next).', figure: '70 %', want: '10 mg/kg' },
  ]);
});

describe('binding: a share of the patients a drug treated, glued to its participle (binding.arm)', () => {
  table('arm', [
    { doc: lead + 'Grade 3 events occurred in 31% of AB-101-treated patients and in 22% of placebo-treated patients.', figure: '31%', want: 'AB-101' },
    { doc: lead + 'Grade 3 events occurred in 31% of AB-101-treated patients and in 22% of placebo-treated patients.', figure: '22%', want: 'placebo' },
    { doc: lead + 'Nausea was reported by 12 % of all AB-101-exposed participants versus 4 % of placebo recipients.', figure: '12 %', want: 'AB-101' },
    // the drug's own figure with no other arm in its clause: no arm
    { doc: lead + 'Grade 3 events occurred in 31% of AB-101-treated patients.', figure: '31%', want: undefined },
  ]);
});

describe('binding: a list compared with a list as long pairs its members in order (binding.endpoint, binding.arm)', () => {
  const doc = lead + 'At week 16, 50 % of patients reached PASI 90 and 65 % reached IGA 0/1, compared with 4 % and 8 % on placebo.';
  it('each compared member measures what the member in its place measures, in the arm named after the list', () => {
    const four = bindingOf(doc, '4 %'), eight = bindingOf(doc, '8 %');
    assert.equal(four.endpoint, 'PASI 90');
    assert.equal(eight.endpoint, 'IGA 0/1');
    assert.equal(four.arm, 'placebo');
    assert.equal(eight.arm, 'placebo');
  });
  it('lists of unequal length, or earlier members of one endpoint, are left alone', () => {
    const uneven = lead + 'At week 16, 50 % reached PASI 90, 65 % reached IGA 0/1 and 70 % reached PASI 75, compared with 4 % and 8 % on placebo.';
    assert.notEqual(bindingOf(uneven, '4 %').endpoint, 'PASI 90');
    const one = lead + 'The ORR was 40 % in cohort A and 30 % in cohort B, versus 10 % and 12 % with docetaxel.';
    assert.equal(bindingOf(one, '10 %').endpoint, 'ORR');
  });
});

describe('binding: a control named by what it is (radiotherapy, surgery, observation, in brackets) is the figure\'s arm', () => {
  table('arm', [
    { doc: lead + 'The pCR rate was 18.0 % with AB-101 and radiotherapy versus 8.5 % with radiotherapy alone.', figure: '8.5 %', want: 'radiotherapy' },
    { doc: lead + 'Local control was 80 % with AB-101 plus radiation therapy and 60 % with radiation therapy alone.', figure: '60 %', want: 'radiation therapy' },
    { doc: lead + 'Three-year DFS was 81 % with AB-101 versus 70 % with surgery alone.', figure: '70 %', want: 'surgery' },
    { doc: lead + 'Median OS was 20.1 months versus 15.3 months with observation.', figure: '15.3 months', want: 'observation' },
    { doc: lead + 'Die Rate lag bei 30 Prozent gegenüber 12 Prozent unter Strahlentherapie allein.', figure: '12 Prozent', want: 'strahlentherapie' },
    // a control in brackets right after the figure, in a comparison
    { doc: lead + 'The ORR was 41 % (AB-101) vs. 21 % (chemotherapy).', figure: '21 %', want: 'chemotherapy' },
    { doc: lead + 'The ORR was 42 % (AB-101) versus 22 % (standard of care).', figure: '22 %', want: 'standard of care' },
    // a placebo-controlled document does not lend its placebo arm to a bracketed control
    { doc: lead + 'The ORR was 40 % (AB-101) vs. 20 % (placebo). The ORR was 41 % (AB-101) vs. 21 % (chemotherapy).', figure: '21 %', want: 'chemotherapy' },
    // no control: a radiotherapy the drug is given with, a word that goes on, a bracket with no comparison near it
    { doc: lead + 'The pCR rate was 18.0 % with AB-101 plus radiotherapy.', figure: '18.0 %', want: undefined },
    { doc: lead + 'Grade 2 dermatitis occurred in 6 % with radiotherapy-related skin changes.', figure: '6 %', want: undefined },
    { doc: lead + 'Prior treatment included 45 % (chemotherapy) and 20 % (surgery).', figure: '45 %', want: undefined },
  ]);
});

describe('binding: a group named by what it was given right after a figure is the figure\'s arm, and so is its share\'s', () => {
  table('arm', [
    { doc: lead + 'Adverse events occurred in 120 of 200 patients assigned to AB-101 (60.0%), vs. 150 of 198 patients assigned to chemotherapy (75.8%).', figure: '150 of 198 patients', want: 'chemotherapy' },
    { doc: lead + 'Adverse events occurred in 120 of 200 patients assigned to AB-101 (60.0%), vs. 150 of 198 patients assigned to chemotherapy (75.8%).', figure: '75.8%', want: 'chemotherapy' },
    { doc: lead + 'Adverse events occurred in 120 of 200 patients assigned to AB-101 (60.0%), vs. 150 of 198 patients assigned to chemotherapy (75.8%).', figure: '60.0%', want: 'AB-101' },
    { doc: lead + 'Nausea occurred in 30% of patients randomized to AB-101 and 12% of those randomized to placebo.', figure: '12%', want: 'placebo' },
    { doc: lead + 'Rash was seen in 9% of participants who received AB-101 and 4% of those receiving docetaxel.', figure: '4%', want: 'docetaxel' },
    // a share in brackets that the count does not give is no companion of it
    { doc: lead + 'Adverse events occurred in 150 of 198 patients assigned to chemotherapy (52.0%).', figure: '52.0%', want: undefined },
    // a group named otherwise is no arm
    { doc: lead + 'Nausea occurred in 30% of patients with liver metastases.', figure: '30%', want: undefined },
  ]);
});
