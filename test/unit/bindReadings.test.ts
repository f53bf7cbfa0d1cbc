import { strict as assert } from 'assert';
import { bindingOf, bindingTable as table, figuresOf } from '../helpers';

describe('binding: populations and subgroups (binding.subgroup)', () => {
  table('subgroup', [
    // a head noun with its modifiers
    { doc: 'In the efficacy-evaluable population, the ORR of tovarimab was 38 %.', figure: '38 %', want: 'efficacy-evaluable population' },
    // the population named right after the figure, for it and for the figure before it in the clause
    { doc: 'Tovarimab reached an ORR of 41 % and a CR rate of 12 % in the per-protocol population (n = 30).', figure: '41 %', want: 'per-protocol population' },
    { doc: 'Tovarimab reached an ORR of 41 % and a CR rate of 12 % in the per-protocol population (n = 30).', figure: '12 %', want: 'per-protocol population' },
    // an analysis set's name written as words apart is one modifier
    { doc: 'In the Intention to Treat population, median OS with tovarimab was 11.4 months.', figure: '11.4 months', want: 'Intention to Treat population' },
    // a named part: the head and its letter or number
    { doc: 'In expansion Cohort 3 (n = 44), tovarimab gave an ORR of 27 %.', figure: '27 %', want: 'Cohort 3' },
    { doc: 'The cohort C results showed an ORR of 64 % with tovarimab.', figure: '64 %', want: 'cohort C' },
    // each figure of a versus pair takes the population named right after it
    { doc: 'The ORR of tovarimab was 33 % in Cohort 1 versus 21 % in Cohort 2.', figure: '33 %', want: 'Cohort 1' },
    { doc: 'The ORR of tovarimab was 33 % in Cohort 1 versus 21 % in Cohort 2.', figure: '21 %', want: 'Cohort 2' },
    // "in patients with X"
    { doc: 'In patients with bone metastases, median PFS with tovarimab was 5.2 months.', figure: '5.2 months', want: 'patients with bone metastases' },
    { doc: 'The ORR with tovarimab was 46 % among patients with KRAS-mutant tumours.', figure: '46 %', want: 'patients with KRAS-mutant tumours' },
    // German and French heads
    { doc: 'In Kohorte 2 lag die ORR von Tovarimab bei 31 Prozent.', figure: '31 Prozent', want: 'Kohorte 2' },
    { doc: 'Dans la cohorte B, le taux de réponse au tovarimab était de 29 %.', figure: '29 %', want: 'cohorte B' },
    // a clause opened by the patients it counts in
    { doc: 'Of the 36 evaluable patients, 12 (33 %) responded to tovarimab.', figure: '33 %', want: '36 evaluable patients' },
    { doc: 'Of the 36 evaluable patients, 12 (33 %) responded to tovarimab.', figure: '36 evaluable patients', want: undefined },
    // an arm is no population: placebo, control, a dose or a drug in the phrase
    { doc: 'In the placebo cohort, the ORR was 4 %.', figure: '4 %', want: undefined },
    { doc: 'In the 3 mg/kg cohort, the ORR of tovarimab was 22 %.', figure: '22 %', want: undefined },
    // a bare head names no particular population
    { doc: 'In this cohort, the ORR of tovarimab was 19 %.', figure: '19 %', want: undefined },
    // an age subgroup: the patients joined to their age
    { doc: 'Among patients aged 65 and older, the ORR of tovarimab was 37 %.', figure: '37 %', want: 'patients aged 65 and older' },
    { doc: 'The Acme vaccine was 81 % effective in people aged 65 and above.', figure: '81 %', want: 'people aged 65 and above' },
    { doc: 'Efficacy of the Acme vaccine was 78 % in participants over 65 years of age.', figure: '78 %', want: 'participants over 65 years of age' },
    // a later value reached by a verb of change has its own population, not the first figure's
    { doc: 'The Acme vaccine showed 72 % efficacy overall, a figure that increased to 84 % in people aged 65 and above.', figure: '72 %', want: undefined },
    { doc: 'The Acme vaccine showed 72 % efficacy overall, a figure that increased to 84 % in people aged 65 and above.', figure: '84 %', want: 'people aged 65 and above' },
    // "over" with no age after it joins no age; people with the disease are everyone enrolled
    { doc: 'In patients over the first year of treatment, the ORR of tovarimab was 33 %.', figure: '33 %', want: undefined },
    { doc: 'The Acme vaccine was 71 % effective in people with the disease.', figure: '71 %', want: undefined },
    // a population phrase that holds the figure is not the figure's population
    { doc: 'In patients with PD-L1 expression of 50 % or more, the ORR of tovarimab was 44 %.', figure: '44 %', want: 'patients with PD-L1' },
  ]);
  it('a companion in parentheses shares its head\'s population', () => {
    const doc = 'In the modified intent-to-treat population, the ORR of tovarimab was 35 % (14 of 40).';
    assert.match(bindingOf(doc, '14 of 40').subgroup ?? '', /intent-to-treat population/);
  });
});

describe('binding: a disease named right after the figure is its population (binding.subgroup)', () => {
  table('subgroup', [
    { doc: 'Tovarimab was linked to an ORR of 9% in colorectal cancer.', figure: '9%', want: 'colorectal cancer' },
    { doc: 'Tovarimab gave an ORR of 23% in patients with pancreatic cancer and 31% in melanoma.', figure: '31%', want: 'melanoma' },
    // a change in a disease's measure, and a disease that is not the next thing after the figure, name none
    { doc: 'Tovarimab gave a 40% reduction in psoriasis severity.', figure: '40%', want: undefined },
    { doc: 'The ORR was 27% with tovarimab, approved in melanoma.', figure: '27%', want: undefined },
  ]);
});

describe('binding: populations read beyond one clause (binding.subgroup)', () => {
  table('subgroup', [
    // "in/among/from patients with X": a modifier joined by "and"/"or" when the phrase then ends at punctuation
    { doc: 'The ORR of tovarimab was 30 % in patients with head and neck cancer.', figure: '30 %', want: 'patients with head and neck cancer' },
    { doc: 'Tovarimab gave an ORR of 17 % in patients with relapsed or refractory myeloma.', figure: '17 %', want: 'patients with relapsed or refractory myeloma' },
    { doc: 'Data from patients with uveal melanoma showed an ORR of 26 % with tovarimab.', figure: '26 %', want: 'patients with uveal melanoma' },
    // an abbreviation in parentheses right after the phrase is part of its name
    { doc: 'In patients with small cell lung cancer (SCLC), the ORR of tovarimab was 35 %.', figure: '35 %', want: 'patients with small cell lung cancer (SCLC)' },
    // "population with X" reads as "patients with X"
    { doc: 'For the population with measurable disease at baseline, the ORR of tovarimab was 37 %.', figure: '37 %', want: 'population with measurable disease' },
    // a capital "Of" inside a joined span opens a clause counted in its patients
    { doc: 'Tovarimab update posted on the company website\nOf the 18 patients assessed, 7 (39 %) responded to tovarimab.', figure: '39 %', want: '18 patients assessed' },
    // a sentence opened by its population frames the results of the next ones in its paragraph
    { doc: 'Of the 18 patients assessed, 7 (39 %) had a partial response to tovarimab. The disease control rate was 61 %.', figure: '61 %', want: '18 patients assessed' },
    { doc: 'In the per-protocol population, tovarimab gave a CR rate of 14 %. The ORR was 44 % at week 12.', figure: '44 %', want: 'per-protocol population' },
    // a list under a line that names its population
    { doc: 'Updated results from patients with platinum-resistant ovarian cancer:\n\n- ORR of 31 % with tovarimab\n\n- median PFS of 6.2 months\n', figure: '31 %', want: 'patients with platinum-resistant ovarian cancer' },
    { doc: 'Updated results from patients with platinum-resistant ovarian cancer:\n\n- ORR of 31 % with tovarimab\n\n- median PFS of 6.2 months\n', figure: '6.2 months', want: 'patients with platinum-resistant ovarian cancer' },
    // negative rows: a blank line, another population, a figure of no result, a line that is no item
    { doc: 'Of the 18 patients assessed, 7 (39 %) had a partial response to tovarimab.\n\nIn the phase 3 study the ORR was 27 %.', figure: '27 %', want: undefined },
    { doc: 'Of the 18 patients assessed, 7 (39 %) had a partial response to tovarimab. Among patients with liver metastases, the ORR was 25 %.', figure: '25 %', want: 'patients with liver metastases' },
    { doc: 'Of the 18 patients assessed, 7 (39 %) had a partial response to tovarimab. Shares of the company rose 12 % on the news.', figure: '12 %', want: undefined },
    { doc: 'A sentence that names no population, the ORR of tovarimab was 39 %. The disease control rate was 61 %.', figure: '61 %', want: undefined },
    { doc: 'Of the 18 patients assessed, 7 (39 %) had a partial response to tovarimab. The disease control rate was 52 % overall.', figure: '52 %', want: undefined },
    { doc: 'Of the 18 patients assessed, 7 (39 %) had a partial response to tovarimab. The ORR was 31 % across all patients.', figure: '31 %', want: undefined },
    { doc: 'Of the 18 patients assessed, 7 (39 %) had a partial response to tovarimab. The overall response rate was 39 %.', figure: '39 %', nth: 1, want: '18 patients assessed' },
    { doc: 'Updated results from patients with platinum-resistant ovarian cancer:\n\n- ORR of 31 % with tovarimab\n\nIn a separate study the ORR of tovarimab was 22 %.', figure: '22 %', want: undefined },
    // "in/among <modifiers> patients": modified patients name a group; counting or pointing words name none
    { doc: 'The ORR of tovarimab was 36 % in HER2-low patients.', figure: '36 %', want: 'HER2-low patients' },
    { doc: 'Tovarimab did well among elderly participants, with an ORR of 48 %.', figure: '48 %', want: 'elderly participants' },
    { doc: 'The ORR of tovarimab was 36 % in most patients.', figure: '36 %', want: undefined },
    { doc: 'The ORR of tovarimab was 36 % in these patients.', figure: '36 %', want: undefined },
    { doc: 'The ORR of tovarimab was 36 % in 40 patients.', figure: '36 %', want: undefined },
    { doc: 'The ORR was 36 % in tovarimab-treated patients.', figure: '36 %', want: undefined },
    // "is"/"are" end the phrase as "was"/"were" do
    { doc: 'The two-year survival rate for patients with advanced biliary cancer is 11 %.', figure: '11 %', want: 'patients with advanced biliary cancer' },
    // "N % of patients with <disease>": a share of the patients with the disease; an outcome after "with" is no population
    { doc: 'In a phase 1 study of tovarimab, 45 % (9/20) of patients with synovial sarcoma had a partial response.', figure: '45 %', want: 'patients with synovial sarcoma' },
    { doc: 'With tovarimab, 12 % of patients with a rash needed a dose reduction.', figure: '12 %', want: undefined },
    // a lowercase "of" inside a sentence opens nothing
    { doc: 'The share of 40 patients on tovarimab, by site, was reported; the ORR was 33 %.', figure: '33 %', want: undefined },
  ]);
  it('a phrase joined by "and" ends before it when a number follows', () => {
    const b = bindingOf('The ORR of tovarimab was 40 % in patients with liver metastases and 20 % in others.', '40 %');
    assert.equal(b.subgroup, 'patients with liver metastases');
  });
});

describe('binding: landmark time points written as adjectives', () => {
  table('timepoint', [
    { doc: 'The one-year overall survival rate with tovarimab was 71 %.', figure: '71 %', want: '1 year' },
    { doc: 'Tovarimab gave an 18-month PFS rate of 48 %.', figure: '48 %', want: '18 month' },
    { doc: 'At a six-month assessment, 82 % of responders on tovarimab were still responding.', figure: '82 %', want: '6 month' },
    // the adjective sizes the study: no landmark
    { doc: 'In a 52-week study of tovarimab, 40 % of patients reached a PASI 75 response.', figure: '40 %', want: undefined },
  ]);
});

describe('binding: a time point in the figure\u2019s own clause wins over a nearer one across a semicolon', () => {
  table('timepoint', [
    { doc: 'Tovarimab gave an ORR of 70 % and a CR rate of 40 % at week 12; an ORR of 64 %, CR rate 52 % at week 24.', figure: '64 %', want: '24 week' },
    { doc: 'Tovarimab gave an ORR of 70 % and a CR rate of 40 % at week 12; an ORR of 64 %, CR rate 52 % at week 24.', figure: '40 %', want: '12 week' },
    // no semicolon: the nearer time point, as before
    { doc: 'Tovarimab gave an ORR of 70 % at week 12 and an ORR of 64 % at week 24.', figure: '64 %', want: '24 week' },
  ]);
});

describe('binding: the end of a period as a time point', () => {
  table('timepoint', [
    { doc: 'At the end of 24 weeks, 40 % of patients on tovarimab had responded.', figure: '40 %', want: '24 week' },
    { doc: '\u00c0 la fin de 12 semaines, 35 % des patients sous tovarimab avaient r\u00e9pondu.', figure: '35 %', want: '12 week' },
    // a length the figure lasted, no time point
    { doc: 'Tovarimab was given for 24 weeks and 40 % of patients responded.', figure: '40 %', want: undefined },
  ]);
});

describe('binding: reporting periods of financial figures', () => {
  table('timepoint', [
    { doc: 'Revenue rose 14 % to EUR 52 million in the third quarter of 2025.', figure: 'EUR 52 million', want: 'third quarter of 2025' },
    { doc: 'Revenue rose 14 % to EUR 52 million in the third quarter of 2025.', figure: '14 %', want: 'third quarter of 2025' },
    { doc: 'For the year ended December 31, 2025, net loss was USD 31.5 million.', figure: 'USD 31.5 million', want: 'year ended December 31, 2025' },
    { doc: 'Im ersten Halbjahr 2025 stieg der Umsatz auf 18 Millionen Euro.', figure: '18 Millionen Euro', want: 'ersten Halbjahr 2025' },
    { doc: 'Net revenue in Q2 2025 was USD 7.4 million.', figure: 'USD 7.4 million', want: 'Q2 2025' },
    { doc: 'The company reported product sales of USD 96 million in 2025.', figure: 'USD 96 million', want: '2025' },
    // a period in parentheses belongs to the figures in them
    { doc: 'Für das Gesamtjahr erwartet der Konzern 410 Millionen Euro (Vorjahr: 380 Millionen Euro).', figure: '410 Millionen Euro', want: 'Gesamtjahr' },
    { doc: 'Für das Gesamtjahr erwartet der Konzern 410 Millionen Euro (Vorjahr: 380 Millionen Euro).', figure: '380 Millionen Euro', want: 'Vorjahr' },
    // counts of patients keep no reporting period
    { doc: 'A Phase 2 trial of tovarimab in 120 patients will start in the second half of 2026.', figure: '120 patients', want: undefined },
  ]);
  it('a money figure takes the period named earlier in its paragraph, and none across a blank line', () => {
    // (past the opening, where a report names its own period)
    const doc = 'Acme develops tovarimab for rare diseases. '.repeat(30) + '\n\nSales in the fourth quarter reached USD 20 million. Gross margin was USD 15 million.\n\nCash was USD 80 million.';
    assert.match(bindingOf(doc, 'USD 15 million').timepoint ?? '', /fourth quarter/);
    assert.equal(bindingOf(doc, 'USD 80 million').timepoint, undefined);
  });
});

describe('binding: a report\u2019s own period, and a period written right after its figure', () => {
  // a report that names its period in its lead: figures in later paragraphs with no period of their own take it
  const report = 'Acme reports its sales for the second quarter of 2031.\n\nSales rose 11 % to USD 64 million.\n\nThe gross margin rose to 71 %.\n\nCash stood at USD 230 million (USD 250 million).';
  table('timepoint', [
    { doc: report, figure: 'USD 64 million', want: 'second quarter of 2031' },
    { doc: report, figure: '11 %', want: 'second quarter of 2031' },
    { doc: report, figure: '71 %', want: 'second quarter of 2031' },
    // a bare number in parentheses after a figure is the comparison period's: the report's period a year back
    { doc: report, figure: 'USD 250 million', want: 'second quarter of 2030' },
    // Danish: the ordinal and "af" before the year
    { doc: 'Salget steg med 6 % til 3,1 mia. kr. i første kvartal af 2031.', figure: '3,1 mia. kr.', want: 'første kvartal af 2031' },
    // the period right after a figure is its own, not the one named before it
    { doc: 'Net loss was USD 12.4 million for the year ended December 31, 2031 compared with USD 9.9 million for the year ended December 31, 2030.', figure: 'USD 9.9 million', want: 'year ended December 31, 2030' },
    { doc: 'Net loss was USD 12.4 million for the year ended December 31, 2031 compared with USD 9.9 million for the year ended December 31, 2030.', figure: 'USD 12.4 million', want: 'year ended December 31, 2031' },
    // a comparison clause ends with its period: each figure in it takes that period, companions too
    { doc: 'Net loss for the year ended December 31, 2031 was USD 17.2 million, or USD 0.41 per share, compared with a net loss of USD 6.8 million, or USD 0.19 per share, for the year ended December 31, 2030.', figure: 'USD 6.8 million', want: 'year ended December 31, 2030' },
    { doc: 'Net loss for the year ended December 31, 2031 was USD 17.2 million, or USD 0.41 per share, compared with a net loss of USD 6.8 million, or USD 0.19 per share, for the year ended December 31, 2030.', figure: 'USD 0.19', want: 'year ended December 31, 2030' },
    { doc: 'Net loss for the year ended December 31, 2031 was USD 17.2 million, or USD 0.41 per share, compared with a net loss of USD 6.8 million, or USD 0.19 per share, for the year ended December 31, 2030.', figure: 'USD 0.41', want: 'year ended December 31, 2031' },
    // the next sentence carries the sentence's own period, not the comparison's
    { doc: 'Net loss for the year ended December 31, 2031 was USD 17.2 million, compared with USD 6.8 million for the year ended December 31, 2030. Research costs rose to USD 11.5 million.', figure: 'USD 11.5 million', want: 'year ended December 31, 2031' },
    // a relative period names the figure right before it, not one across another figure
    { doc: 'Im ersten Halbjahr 2031 stieg der Absatz. Der Umsatz lag mit 7,2 Millionen Euro unter den 8,4 Millionen Euro aus dem Vorjahr.', figure: '7,2 Millionen Euro', want: 'ersten Halbjahr 2031' },
    { doc: 'Im ersten Halbjahr 2031 stieg der Absatz. Der Umsatz lag mit 7,2 Millionen Euro unter den 8,4 Millionen Euro aus dem Vorjahr.', figure: '8,4 Millionen Euro', want: 'Vorjahr' },
    // no report period: a share with no money in its sentence takes none; clinical shares take none either
    { doc: 'Sales rose 11 %.\n\nThe ORR of tovarimab was 40 %.', figure: '11 %', want: undefined },
    { doc: report + '\n\nThe ORR of tovarimab was 40 %.', figure: '40 %', want: undefined },
    // a period the opening names for a plan, with no result in its sentence, is no report's period
    { doc: 'Acme expects topline data in H2 2031.\n\nPeak sales could reach USD 900 million.', figure: 'USD 900 million', want: undefined },
  ]);
});

describe('binding: time points beyond their sentence, after an event, and at baseline', () => {
  const framed = 'At 40 weeks, both doses of tovarimab met the primary endpoint. The higher dose gave a weight loss of 9.6 % versus 1.3 % with placebo.';
  const endpointTime = 'Tovarimab met its primary endpoint of reducing HbA1c at week 30. From a mean baseline HbA1c of 8.2 %, tovarimab reduced HbA1c by 1.45 %.';
  table('timepoint', [
    // a sentence opened by its time point frames the results after it in its paragraph
    { doc: framed, figure: '9.6 %', want: '40 weeks' },
    { doc: framed, figure: '1.3 %', want: '40 weeks' },
    // not across a paragraph break
    { doc: 'At 40 weeks, both doses of tovarimab met the primary endpoint.\n\nThe higher dose gave a weight loss of 9.6 % versus 1.3 % with placebo.', figure: '9.6 %', want: undefined },
    // a time point in mid-sentence frames nothing after its sentence
    { doc: 'Tovarimab was well tolerated at 40 weeks, and the ORR was 31 %. The DCR was 64 %.', figure: '64 %', want: undefined },
    // a later time point ends the frame
    { doc: 'At 40 weeks, tovarimab met the primary endpoint. At week 52, the ORR was 35 %. The DCR was 61 %.', figure: '35 %', want: '52 week' },
    // a time point stated for an endpoint holds for that endpoint's later figures; the baseline value is at baseline
    { doc: endpointTime, figure: '1.45 %', want: '30 week' },
    { doc: endpointTime, figure: '8.2 %', want: 'baseline' },
    // the word in any case ("baseline" is looked for before the phrase is read)
    { doc: 'Tovarimab met its primary endpoint at week 30. From a Mean BASELINE HbA1c of 8.4 %, tovarimab reduced HbA1c by 1.3 %.', figure: '8.4 %', want: 'baseline' },
    { doc: 'Tovarimab met its primary endpoint at week 30. Median Baseline weight was 104 kg.', figure: '104 kg', want: 'baseline' },
    // a change measured against the baseline is no baseline value
    { doc: 'HbA1c with tovarimab changed from baseline in HbA1c of 8.2 % by week 30.', figure: '8.2 %', want: '30 week' },
    { doc: 'Tovarimab raised titres relative to a baseline of 2.4 % at day 29.', figure: '2.4 %', want: '29 day' },
    // "N months after vaccination" is a time point
    { doc: 'The vaccine induced protective titres in 94 % of participants 6 months after vaccination.', figure: '94 %', want: '6 month' },
  ]);
});

describe('binding: an arm named by an acronym ("in the TZ arm")', () => {
  const doc = 'The ORR was 58 % (95% CI: 49, 66) in the TZ arm and 37 % (95% CI: 28, 47) in the zelbotinib arm.';
  table('arm', [
    { doc, figure: '58 %', want: 'TZ' },
    { doc, figure: '95% CI: 49, 66', want: 'TZ' },
    // a lower-case word before "arm" or a word before "group" is no regimen's acronym
    { doc: 'The ORR of tovarimab was 44 % in the experimental arm.', figure: '44 %', want: undefined },
    { doc: 'The ORR of tovarimab was 44 % in the HR group.', figure: '44 %', want: undefined },
  ]);
});

describe('binding: arms named by how the drug was given', () => {
  // documents with two ways of giving the drug: each way is an arm
  const two = (a: string, b: string) => `${a} ${b}`;
  table('arm', [
    { doc: two('In the 30 patients who received tovarimab as a single agent, the ORR was 20 %.', 'In the 25 patients who received tovarimab in combination with cetuximab, the ORR was 44 %.'), figure: '20 %', want: 'single agent' },
    { doc: two('In the 30 patients who received tovarimab as a single agent, the ORR was 20 %.', 'In the 25 patients who received tovarimab in combination with cetuximab, the ORR was 44 %.'), figure: '44 %', want: 'combination with cetuximab' },
    { doc: two('Tovarimab monotherapy gave an ORR of 17 %.', 'Tovarimab combined with docetaxel gave an ORR of 35 %.'), figure: '17 %', want: 'monotherapy' },
    // the partner ends at a clause word, not at a conjunction
    { doc: two('Tovarimab in combination with docetaxel and prednisone for the treatment of prostate cancer gave a PSA response in 52 %.', 'Tovarimab monotherapy gave a PSA response in 31 %.'), figure: '52 %', want: 'combination with docetaxel and prednisone' },
    // one way in the whole document is the study's regimen: no arm
    { doc: 'Patients treated with tovarimab in combination with cetuximab had an ORR of 41 %.', figure: '41 %', want: undefined },
  ]);
  it('the arm holds for the later figures of its paragraph, not past a paragraph break, and not for time points', () => {
    // consecutive lines are one paragraph (a line break inside it is a soft wrap); a blank line ends it
    const doc = 'Patients received tovarimab as a single agent. The ORR was 24 % and the 12-month OS rate was 50 %.\n'
      + 'Tovarimab in combination with cetuximab was also studied.\n\nA DCR of 60 % was reported in another study.';
    assert.equal(bindingOf(doc, '24 %').arm, 'single agent');
    assert.equal(bindingOf(doc, '12-month').arm, undefined);
    assert.equal(bindingOf(doc, '60 %').arm, undefined);
  });
});

describe('binding: the figure a multiple is of is the comparison\'s side (binding.drug)', () => {
  table('drug', [
    { doc: 'Median OS was 18.0 months with tovarimab, double the 12.0 months seen with chemotherapy.', figure: '12.0 months', want: undefined },
    { doc: 'The ORR was 45 % with tovarimab, three times that of the 15 % reported for chemotherapy.', figure: '15 %', want: undefined },
    // the drug's own figure before the multiple keeps its drug
    { doc: 'Median OS was 18.0 months with tovarimab, double the 12.0 months seen with chemotherapy.', figure: '18.0 months', want: 'tovarimab' },
  ]);
});

describe('binding: comparator arms named by a drug', () => {
  it('a comparator drug names the second figure\'s arm; the document\'s own drug names its own side', () => {
    const doc = 'Tovarimab was compared with zelbotinib in 400 patients. Tovarimab improved PFS. '
      + 'The VGPR rate was 31 % for tovarimab and 18 % for zelbotinib. Tovarimab was well tolerated.';
    assert.equal(bindingOf(doc, '18 %').arm, 'zelbotinib');
    assert.equal(bindingOf(doc, '18 %').drug, 'zelbotinib');
    assert.equal(bindingOf(doc, '31 %').arm, 'tovarimab');
    assert.equal(bindingOf(doc, '31 %').drug, 'tovarimab');
  });
});

describe('binding: a figure and its companion in parentheses share what either read (binding.endpoint)', () => {
  table('endpoint', [
    // the share in parentheses stands next to the endpoint; the words before it state the same result
    { doc: 'In the trial, nearly half (47%) of 212 patients treated with once-weekly tovarimab in the open-label part achieved a complete response.', figure: 'nearly half', want: 'CR' },
    { doc: 'In the trial, nearly half (47%) of 212 patients treated with once-weekly tovarimab in the open-label part achieved a complete response.', figure: '47%', want: 'CR' },
    // a companion with no endpoint gives its head none
    { doc: 'Tovarimab was given at home to nearly half (48%) of the patients. The ORR was 30%.', figure: 'nearly half', want: undefined },
  ]);
});

describe('binding: a verb of attaining puts the endpoint after its figure, in any language (binding.json endpoints.forward)', () => {
  table('endpoint', [
    { doc: 'Die ORR lag bei 48 Prozent. Rund 30 Prozent zeigten ein vollst\u00e4ndiges Ansprechen, 18 Prozent zeigten ein teilweises Ansprechen.', figure: '18 Prozent', want: 'PR' },
    { doc: 'Le taux de r\u00e9ponse \u00e9tait de 48 %. Au total, 30 % des patients ont obtenu une r\u00e9ponse compl\u00e8te et 18 % ont obtenu une r\u00e9ponse partielle.', figure: '18 %', want: 'PR' },
    { doc: 'The ORR was 48%. About 30% had a complete response, and 18% showed a partial response.', figure: '18%', want: 'PR' },
    // no verb of attaining: the endpoint before the figure holds
    { doc: 'Die ORR lag bei 48 Prozent, 18 Prozent bei einem teilweisen Ansprechen nicht mitgez\u00e4hlt.', figure: '48 Prozent', want: 'ORR' },
  ]);
});

describe('binding: counts of patients with the result that follows them', () => {
  const doc = 'Of 20 patients treated with tovarimab, six patients (30 %) had a partial response (PR), five patients (25 %) had stable disease (SD).';
  table('endpoint', [
    { doc, figure: 'six patients', want: 'PR' },
    { doc, figure: 'five patients', want: 'SD' },
    // the share inside the parentheses takes the response after them, not the one before
    { doc, figure: '25 %', want: 'SD' },
    // the patients the clause counts in have no endpoint
    { doc, figure: '20 patients', want: undefined },
  ]);
});

describe('binding: the drug of a combination is its head, not its partners (binding.drug)', () => {
  table('drug', [
    // the partners of "in combination with" never become the document's drug
    { doc: 'Acme tested zelbotamab in combination with carboplatin and paclitaxel (ACME-7).\n\nOf 25 evaluable patients, 10 (40%) had a partial response.', figure: '40%', want: 'zelbotamab' },
    { doc: 'Zelbotamab plus docetaxel was given to 30 patients. Carboplatin was allowed. The ORR was 33%.', figure: '33%', want: 'zelbotamab' },
    // a drug named alone stays the subject
    { doc: 'Acme tested zelbotamab in 30 patients. The ORR was 33%.', figure: '33%', want: 'zelbotamab' },
  ]);
});

describe('binding: a sentence that names no endpoint continues the one before it (binding.endpoint)', () => {
  table('endpoint', [
    // the sentence before names one endpoint: its results, intervals and p-values measure it
    { doc: 'Tovarimab improved overall survival. The hazard ratio was 0.74 (95% CI 0.61-0.90), with a median of 17.8 months.', figure: '0.74', want: 'OS' },
    { doc: 'Tovarimab improved overall survival. The hazard ratio was 0.74 (95% CI 0.61-0.90), with a median of 17.8 months.', figure: '17.8 months', want: 'OS' },
    { doc: 'The trial met its primary endpoint of progression-free survival. Patients on tovarimab lived 6.3 months without progression, against 3.9 months on placebo.', figure: '3.9 months', want: 'PFS' },
    // a sentence with its own endpoint keeps it
    { doc: 'Tovarimab improved overall survival. The ORR was 29 %.', figure: '29 %', want: 'ORR' },
    // two endpoints before: the reader cannot tell which
    { doc: 'Tovarimab improved PFS and OS. The hazard ratio was 0.66.', figure: '0.66', want: undefined },
    // a blank line ends the paragraph; a second sentence without an endpoint is no continuation
    { doc: 'Tovarimab improved overall survival.\n\nThe hazard ratio was 0.71.', figure: '0.71', want: undefined },
    { doc: 'Tovarimab improved overall survival. The company was founded in 2004. The hazard ratio was 0.71.', figure: '0.71', want: undefined },
    // a heading on its own line reaches over the blank line after it, to the first sentence only
    { doc: 'Overall survival\n\nThe median was 18.6 months with tovarimab, against 13.7 months with docetaxel.', figure: '13.7 months', want: 'OS' },
    { doc: 'Overall survival\n\nThe median was 18.6 months with tovarimab. The hazard ratio was 0.77.', figure: '0.77', want: undefined },
    { doc: 'Overall survival was improved.\n\nThe hazard ratio was 0.77.', figure: '0.77', want: undefined },
    // a follow-up, a landmark or a count with no total measures no endpoint
    { doc: 'Tovarimab improved overall survival. The median follow-up was 14.5 months.', figure: '14.5 months', want: undefined },
    { doc: 'Tovarimab improved overall survival. The study enrolled 212 patients.', figure: '212 patients', want: undefined },
    // a sentence about the company or its market
    { doc: 'Tovarimab improved overall survival. Shares of the company rose 12 % on the news.', figure: '12 %', want: undefined },
    { doc: 'Tovarimab improved overall survival. Product sales grew 8 % in the quarter.', figure: '8 %', want: undefined },
  ]);
});

describe('binding: a drug the comparison introduces after the figure is the other arm (binding.drug, binding.arm)', () => {
  table('drug', [
    { doc: 'Tovarimab reduced the risk of death by 31% compared with docetaxel.', figure: '31%', want: 'tovarimab' },
    { doc: 'Tovarimab lowered the risk of progression by 44% versus zelbotinib.', figure: '44%', want: 'tovarimab' },
    // the figure after the comparison word is the comparator's own
    { doc: 'Median PFS was 7.4 months with tovarimab versus 4.2 months with docetaxel.', figure: '4.2 months', want: 'docetaxel' },
    // "overall" is no "over": the drug after "overall survival for" is the figure's own
    { doc: 'Median overall survival was 19.2 months for tovarimab plus docetaxel and a 13.1 months overall survival for docetaxel alone.', figure: '13.1 months', want: 'docetaxel' },
    { doc: 'In the overall population treated with tovarimab, the ORR was 36%.', figure: '36%', want: 'tovarimab' },
  ]);
  table('arm', [
    { doc: 'Tovarimab reduced the risk of death by 31% compared with docetaxel.', figure: '31%', want: undefined },
  ]);
});

describe('binding: a control arm named right after the figure (binding.arm)', () => {
  table('arm', [
    { doc: 'Median PFS was 7.7 months for tovarimab and 4.9 months for chemotherapy.', figure: '4.9 months', want: 'chemotherapy' },
    { doc: 'Median OS was 15.2 months with tovarimab compared to 11.8 months with standard of care.', figure: '11.8 months', want: 'standard of care' },
    { doc: 'Tovarimab plus chemotherapy gave an ORR of 57%, compared with 34% for chemotherapy alone.', figure: '34%', want: 'chemotherapy' },
    { doc: 'Median PFS was 5.6 months versus 3.3 months for patients on investigator\u2019s choice of chemotherapy.', figure: '3.3 months', want: 'investigator' },
    { doc: 'Das mediane PFS lag bei 6,9 Monaten gegenüber 3,6 Monaten mit Chemotherapie allein.', figure: '3,6 Monaten', want: 'chemotherapie' },
    // the drug's own figure names its own side, not the control; a control a drug is added to names no control arm
    { doc: 'Median PFS was 7.7 months for tovarimab and 4.9 months for chemotherapy.', figure: '7.7 months', want: 'tovarimab' },
    { doc: 'The ORR was 46% with chemotherapy plus tovarimab.', figure: '46%', want: undefined },
  ]);
  table('drug', [
    // the control arm's figure is not the drug's
    { doc: 'Median PFS was 7.7 months for tovarimab and 4.9 months for chemotherapy.', figure: '4.9 months', want: undefined },
  ]);
});

describe('binding: a dose written right after the figure names its arm (binding.arm)', () => {
  const doc = 'Discontinuation rates due to adverse events were 3.2% (5 mg), 6.1% (10 mg) and 8.8% (20 mg) for tovarimab versus 1.9% with placebo.';
  table('arm', [
    { doc, figure: '3.2%', want: '5 mg' },
    { doc, figure: '6.1%', want: '10 mg' },
    { doc, figure: '8.8%', want: '20 mg' },
    { doc: 'At week 16, response rates were 58% for tovarimab 150 mg, 47% for tovarimab 75 mg and 21% for placebo.', figure: '47%', want: '75 mg' },
    // a dose before the figure, with none right after it, still names the arm
    { doc: 'In the 40 mg group of tovarimab, the ORR was 33%.', figure: '33%', want: '40 mg' },
  ]);
});

describe('binding: a lead line that names an endpoint gives it to the list under it (binding.endpoint)', () => {
  const doc = 'Objective response rates with tovarimab by dose:\n\n- 5 mg: 18%\n- 10 mg: 27%\n- 20 mg: 39%\n\nThe company will meet the FDA in 2031.';
  table('endpoint', [
    { doc, figure: '18%', want: 'ORR' },
    { doc, figure: '39%', want: 'ORR' },
    { doc: 'The ORR of tovarimab was:\n\n- 24% in Cohort A\n- 35% in Cohort B\n', figure: '35%', want: 'ORR' },
    // an item with its own endpoint keeps it; a line that is no item ends the list
    { doc: 'Results with tovarimab:\n- ORR: 31%\n- Median PFS: 6.6 months\n', figure: '6.6 months', want: 'PFS' },
    { doc: 'Objective response rates with tovarimab by dose:\n\n- 5 mg: 18%\n\nOf 40 patients, 12 (30%) had grade 3 events.', figure: '30%', want: undefined },
    // a lead that names two endpoints names neither for its items
    { doc: 'ORR and DCR with tovarimab:\n\n- 5 mg: 18%\n', figure: '18%', want: undefined },
  ]);
});

describe('binding: drugs given as one regimen are bound as the regimen, as written (binding.drug)', () => {
  const doc = 'Acme reported that a combination of tovarimab and zelbotinib posted an ORR of 31% in 80 patients. '
    + 'The combo also gave a median PFS of 5.9 months.';
  table('drug', [
    { doc, figure: '31%', want: 'tovarimab and zelbotinib' },
    // a sentence that names no drug but speaks of the combination: the document's regimen
    { doc, figure: '5.9 months', want: 'tovarimab and zelbotinib' },
    { doc: 'The tovarimab plus zelbotinib combination achieved an ORR of 44%.', figure: '44%', want: 'tovarimab plus zelbotinib' },
    { doc: 'A combination of tovarimab + zelbotinib achieved an ORR of 44%.', figure: '44%', want: 'tovarimab + zelbotinib' },
  ]);
  it('two drugs with no word of combination are a drug and its partner, not one regimen', () => {
    assert.equal(bindingOf('Tovarimab plus zelbotinib achieved an ORR of 44%.', '44%').drug, 'tovarimab');
    assert.equal(bindingOf('Tovarimab and zelbotinib were studied separately; tovarimab gave an ORR of 28%.', '28%').drug, 'tovarimab');
    assert.equal(bindingOf('In the trial, tovarimab and zelbotinib gave an ORR of 28%.', '28%').drug, 'tovarimab');
  });
  it('where the sentence compares arms, the added drug is the subject', () => {
    assert.equal(bindingOf('Median OS was 21.4 months with tovarimab plus docetaxel versus 15.0 months with docetaxel alone.', '21.4 months').drug, 'tovarimab');
  });
  it('a sentence that names no regimen word keeps the main drug', () => {
    assert.equal(bindingOf(doc + ' In the PD-L1 positive cohort, median OS was 13.3 months.', '13.3 months').drug, 'tovarimab');
  });
});

describe('binding: a count is counted at the year its sentence names for it (binding.timepoint)', () => {
  const doc = 'Analysts estimate the prevalence of the disease in Spain in 2029 at about 181,000, and expect it to grow to 243,900 by 2034.';
  table('timepoint', [
    { doc, figure: 'about 181,000', want: '2029' },
    { doc, figure: '243,900', want: '2034' },
    { doc: 'The cancer caused more than 410,000 deaths in 2027.', figure: 'more than 410,000 deaths', want: '2027' },
    // a trial's patients, and a small number, keep none; a year that is no time ("founded 2004") gives none
    { doc: 'In 2030, 7,300 patients were treated with tovarimab.', figure: '7,300 patients', want: undefined },
    { doc: 'Acme, founded 2004, employs 1,250 people at 3 sites.', figure: '3 sites', want: undefined },
  ]);
});

describe('binding: a sum in a sentence about the company\u2019s accounts is no drug\u2019s', () => {
  const doc = (s: string) => `Acme Bio develops tovarimab for lung cancer. Tovarimab reached an ORR of 41 %. ${s}`;
  table('drug', [
    { doc: doc('The net loss for the half-year was EUR 14.2 million.'), figure: 'EUR 14.2 million', want: undefined },
    { doc: doc('Cash and cash equivalents stood at USD 88 million at the end of June.'), figure: 'USD 88 million', want: undefined },
    { doc: doc('Das Ergebnis lag bei -9,4 Millionen Euro, wie die Firma mitteilte.'), figure: '-9,4 Millionen Euro', want: undefined },
    // a deal's sums and a product's sales still concern the document's drug
    { doc: doc('Acme will receive USD 25 million upfront and up to USD 300 million in sales milestones.'), figure: 'USD 25 million', want: 'tovarimab' },
    { doc: doc('Sales reached EUR 31 million in the quarter.'), figure: 'EUR 31 million', want: 'tovarimab' },
  ]);
});

describe('binding: a reporting period written as a span of dates or months', () => {
  table('timepoint', [
    { doc: 'Acme Bio offentligg\u00f8r rapport for perioden 1. april til 30. juni 2027. Oms\u00e6tningen var DKK 41,2 millioner.', figure: 'DKK 41,2 millioner', want: '1. april til 30. juni 2027' },
    { doc: 'Acme Bio delårsrapport februari - maj 2031. Intäkterna uppgick till 12,4 miljoner kronor under perioden.', figure: '12,4 miljoner kronor', want: 'februari - maj 2031' },
    // a bare number in parentheses after a sum is the comparison period's: the same months a year before
    { doc: 'Acme Bio delårsrapport februari - maj 2031. Intäkterna uppgick till 12,4 miljoner kronor (9,8) under perioden.', figure: '9,8', want: 'februari - maj 2030' },
  ]);
});

describe('binding: the trial a figure reports from (binding.trial)', () => {
  table('trial', [
    // named in the sentence; the nearest before the figure
    { doc: 'In the ZENITH-2 trial, tovarimab reached an ORR of 41 %.', figure: '41 %', want: 'ZENITH-2' },
    { doc: 'Tovarimab reached an ORR of 41 % in ZENITH-2 and 33 % in ZENITH-3.', figure: '41 %', want: 'ZENITH-2' },
    // named earlier in the paragraph
    { doc: 'ZENITH-2 enrolled 310 adults. Tovarimab reached an ORR of 41 %.', figure: '41 %', want: 'ZENITH-2' },
    // the document's only trial, in a later paragraph
    { doc: 'ZENITH-2 enrolled 310 adults.\n\nTovarimab reached an ORR of 41 %.', figure: '41 %', want: 'ZENITH-2' },
    // two trials and a paragraph that names neither: none; a sum is no trial's unless its sentence names one
    { doc: 'ZENITH-2 and ZENITH-3 enrolled adults.\n\nTovarimab reached an ORR of 41 %.', figure: '41 %', want: undefined },
    { doc: 'ZENITH-2 enrolled 310 adults. Acme Bio will receive USD 25 million upfront.', figure: 'USD 25 million', want: undefined },
  ]);
});

describe('binding: shares of a list of groups with one predicate at its end', () => {
  const doc = 'In the trial, 62.0 % of patients receiving 30 mg of tovarimab, 58.4 % of those receiving 15 mg and 40.2 % of those receiving placebo achieved PASI 75 at week 16.';
  table('endpoint', [
    { doc, figure: '62.0 %', want: 'PASI 75' },
    { doc, figure: '58.4 %', want: 'PASI 75' },
    // a share of another group in the list that is no share of a group ends it: the predicate is not the first share's
    { doc: 'In the trial, 62.0 % of patients receiving 30 mg, a rate 12 % higher than in 2020, and most patients achieved PASI 75 at week 16.', figure: '62.0 %', want: undefined },
  ]);
});

describe('binding: a dose arm as the document writes it, with its drug and partner (binding.arm)', () => {
  table('arm', [
    // the dose as written, its spacing kept
    { doc: 'Responses were seen in 38.5% of patients on tovarimab 150mg (n = 40).', figure: '38.5%', want: '150mg' },
    { doc: 'The ORR was 41.2% with tovarimab 75 mg.', figure: '41.2%', want: '75 mg' },
    // "of those receiving DOSE": the dose right after the share names its arm, not the dose before it
    { doc: 'At week 12, 66.1% of patients receiving 90 mg of tovarimab, 61.7% of those receiving 45 mg of tovarimab and 33.0% of those receiving placebo reached ACR20.', figure: '61.7%', want: '45 mg' },
    // a dose with a partner, or alone, is another arm than the dose given otherwise
    { doc: 'At week 12, 66.1% of patients receiving 90 mg of tovarimab + methotrexate and 61.7% of those receiving 90 mg of tovarimab alone reached ACR20.', figure: '66.1%', want: '90 mg of tovarimab + methotrexate' },
    { doc: 'At week 12, 66.1% of patients receiving 90 mg of tovarimab + methotrexate and 61.7% of those receiving 90 mg of tovarimab alone reached ACR20.', figure: '61.7%', want: '90 mg of tovarimab alone' },
    // a dose with its drug only is the dose's arm
    { doc: 'At week 12, 66.1% of patients receiving 90 mg of tovarimab reached ACR20.', figure: '66.1%', want: '90 mg' },
  ]);
  it('a dose with its drug only is labelled by the dose alone', () => {
    assert.equal(bindingOf('At week 12, 66.1% of patients receiving 90 mg of tovarimab reached ACR20.', '66.1%').arm, '90 mg');
  });
});

describe('binding: "respectively" over the arms named sentences before (binding.arm)', () => {
  const arms = 'At week 12, 66.1% of patients receiving 90 mg of tovarimab + methotrexate, 61.7% of those receiving 45 mg of tovarimab + methotrexate and 52.3% of those receiving 90 mg of tovarimab alone reached ACR20.';
  const list = 'The shares in the three arms reaching ACR50 (50% improvement in symptoms) were 37.4%, 31.9% and 30.2%, respectively.';
  table('arm', [
    // the same paragraph, one sentence between
    { doc: `${arms} Both combination arms were statistically significant. ${list}`, figure: '31.9%', want: '45 mg of tovarimab + methotrexate' },
    // "the three arms" refers back past a paragraph break
    { doc: `${arms}\n\n${list}`, figure: '30.2%', want: '90 mg of tovarimab alone' },
    { doc: `${arms}\n\n${list}`, figure: '37.4%', want: '90 mg of tovarimab + methotrexate' },
    // a paragraph break with no count of arms ends the search
    { doc: `${arms}\n\nThe shares reaching ACR50 were 37.4%, 31.9% and 30.2%, respectively.`, figure: '31.9%', want: undefined },
    // the figure defining the endpoint in parentheses is no result of the list
    { doc: `${arms}\n\n${list}`, figure: '50%', want: undefined },
  ]);
});

describe('binding: an arm named outright by a phrase around the figure (binding.arm)', () => {
  table('arm', [
    // "in the X arm" after a figure the sentence gave a drug: the phrase names the arm
    { doc: 'Tovarimab was studied in 300 patients. The ORR was 64% (95% CI: 52, 74) in the TZ arm and 41% (95% CI: 30, 53) in the zelbotinib arm (p = 0.004).', figure: '41%', want: 'zelbotinib' },
    { doc: 'Tovarimab was studied in 300 patients. The ORR was 64% (95% CI: 52, 74) in the TZ arm and 41% (95% CI: 30, 53) in the zelbotinib arm (p = 0.004).', figure: '95% CI: 30, 53', want: 'zelbotinib' },
    // a figure in parentheses right after the arm it belongs to
    { doc: 'Median DOR was not reached in the TZ arm (95% CI: 19.2 months, NE) and was 11.0 months with zelbotinib.', figure: '95% CI: 19.2 months, NE', want: 'TZ' },
    { doc: 'Adverse events were as frequent with tovarimab (47%) as in the placebo groups (46%).', figure: '46%', want: 'placebo' },
    // a p-value after the last arm compares the arms
    { doc: 'The ORR was 64% in the TZ arm and 41% in the zelbotinib arm (p = 0.004).', figure: 'p = 0.004', want: undefined },
    // "of the X group": a share of that arm
    { doc: 'Oedema occurred in 7.4% of the tovarimab group and 1.3% of the placebo group.', figure: '1.3%', want: 'placebo' },
    // arms named by what they are: a vaccine group, a control group, German compounds
    { doc: 'Of 58 cases, 47 were in the placebo group and 11 in the vaccine group.', figure: '11', want: 'vaccine' },
    { doc: 'The ORR was 9% in the control group.', figure: '9%', want: 'control' },
    { doc: 'Von 61 Fällen traten 11 in der Impfstoffgruppe auf.', figure: '11', want: 'Impfstoff' },
    { doc: 'Die Rate lag bei 14 Prozent in der Kontrollgruppe.', figure: '14 Prozent', want: 'Kontroll' },
    // a word before "group" that names no arm, and a German compound that names none
    { doc: 'The ORR of tovarimab was 44% in the younger age group.', figure: '44%', want: undefined },
    { doc: 'Die Rate lag bei 14 Prozent in der Altersgruppe.', figure: '14 Prozent', want: undefined },
  ]);
});

describe('binding: a drug named after the figure as its own arm, and lists paired with trials (binding.arm)', () => {
  table('arm', [
    // "exposed to", "taking" introduce the figure's own arm in a sentence of two drugs
    { doc: 'Hypoglycaemia rates were 0.42 events per patient-year exposed to once-weekly tovarimab and 0.27 events per patient-year exposed to zelbotinib.', figure: '0.27 events per patient-year', want: 'zelbotinib' },
    // a sentence that names an arm speaks of arms; a drug given alone is an arm
    { doc: 'Tovarimab was studied in 300 patients. Median DOR was not reached in the TZ arm and was 11.0 months for those patients receiving zelbotinib monotherapy.', figure: '11.0 months', want: 'zelbotinib' },
    { doc: 'Tovarimab was studied in 300 patients. The median DOR was 11.0 months for patients receiving zelbotinib alone.', figure: '11.0 months', want: 'zelbotinib' },
    // one drug in a sentence that compares nothing names no arm
    { doc: 'Tovarimab was studied in 300 patients. The median DOR was 11.0 months for patients receiving zelbotinib.', figure: '11.0 months', want: undefined },
    // "respectively" over two trials pairs the figures with the trials, not with the drug and placebo
    { doc: 'Tovarimab was compared with placebo. The 40 mg dose met the endpoint in ZENITH-1 and ZENITH-2, with remission rates of 21.4% and 15.2%, respectively.', figure: '15.2%', want: '40 mg' },
  ]);
});

describe('binding: a count of patients takes the way of giving the drug its own clause names (binding.arm)', () => {
  const doc = 'As of June, the ORR in the 41 evaluable patients who received tovarimab as a single agent was 19%. In the 33 patients treated with tovarimab in combination with cetuximab, the ORR was 42%.';
  table('arm', [
    { doc, figure: '41 evaluable patients', want: 'single agent' },
    { doc, figure: '33 patients', want: 'combination with cetuximab' },
    { doc, figure: '19%', want: 'single agent' },
    // a count whose clause names no way keeps none, though a way follows later in its sentence
    { doc: 'The 41 evaluable patients had a median age of 62. Tovarimab as a single agent gave an ORR of 19%. Tovarimab in combination with cetuximab gave an ORR of 42%.', figure: '41 evaluable patients', want: undefined },
  ]);
});

describe('binding: figures joined before one placebo arm, paired with endpoints by "respectively" (binding.arm)', () => {
  const doc = 'At week 16, 61% of patients on tovarimab reached IGA 0/1 and 44% reached PASI 90, compared to 9% and 3% receiving placebo, respectively.';
  table('arm', [
    { doc, figure: '9%', want: 'placebo' },
    { doc, figure: '3%', want: 'placebo' },
    // the drug's side of the comparison is the drug's arm, for both figures its clause joins
    { doc, figure: '61%', want: 'tovarimab' },
    { doc, figure: '44%', want: 'tovarimab' },
    // without "respectively" the first figure may be the drug's
    { doc: 'At week 16, the response rates were 41% and 9% with placebo.', figure: '41%', want: undefined },
  ]);
});

describe('binding: the arm named after a figure, past its asides in brackets (binding.arm)', () => {
  table('arm', [
    { doc: 'Median OS was 31.2 months (range 4-40) in the tovarimab arm and 25.4 months (range 3-38) in the placebo arm.', figure: '25.4 months', want: 'placebo' },
    { doc: 'Median OS was 31.2 months (low 27.1)(high 35.9) in the tovarimab arm and 25.4 months (low 20.3)(high 30.8) in the placebo arm.', figure: '25.4 months', want: 'placebo' },
  ]);
});

describe('binding: "the highest dose" is the largest dose the document names (binding.arm)', () => {
  const doses = 'Tovarimab was given at 5 mg, 10 mg or 25 mg once daily. ';
  table('arm', [
    { doc: `${doses}At week 40, 48.2% of those given the highest dose had a weight loss of 10% or more, and 31.5% had one of 15% or more.`, figure: '48.2%', want: '25 mg' },
    // the figures after it in its sentence stay in that arm
    { doc: `${doses}At week 40, 48.2% of those given the highest dose had a weight loss of 10% or more, and 31.5% had one of 15% or more.`, figure: '31.5%', want: '25 mg' },
    { doc: `${doses}At week 40, 12.9% of those given the lowest dose had a weight loss of 10% or more.`, figure: '12.9%', want: '5 mg' },
    // one amount named: no superlative to resolve, the arm is the level as written (binding.json arms.doseLevels); a sentence that names no such group has none
    { doc: 'Tovarimab was given at 10 mg once daily. At week 40, 48.2% of those given the highest dose had a weight loss of 10% or more.', figure: '48.2%', want: 'highest dose' },
    { doc: `${doses}At week 40, 48.2% of participants had a weight loss of 10% or more.`, figure: '48.2%', want: undefined },
  ]);
});

describe('binding: a short name the text gives a regimen names its arm (binding.arm)', () => {
  const doc = 'In the 380-patient study, 33.1% of patients taking oral tovarimab plus zelbotinib (Tov+Z) responded, compared to 21.7% of patients taking intravenous tovarimab (IV Tov). '
    + 'In the evaluable population, response rates were 47.6% for Tov+Z vs 27.2% for IV Tov. Later, 31% of patients with melanoma who received Tov+Z had grade 3 events.';
  table('arm', [
    { doc, figure: '33.1%', want: 'Tov+Z' },
    { doc, figure: '21.7%', want: 'IV Tov' },
    { doc, figure: '47.6%', want: 'Tov+Z' },
    { doc, figure: '27.2%', want: 'IV Tov' },
    { doc, figure: '31%', want: 'Tov+Z' },
    // a short name in parentheses after no drug, or that is itself an entity, names no arm
    { doc: 'The objective response rate (ORR) was 41% for the ORR-evaluable set.', figure: '41%', want: undefined },
    { doc: 'Acme tested tovarimab (ACM-101) in 40 patients; the ORR was 41% with ACM-101.', figure: '41%', want: undefined },
  ]);
});

describe('binding: time points of lists, asides and results restated in parentheses (binding.timepoint)', () => {
  table('timepoint', [
    // the time point after the group a share is of is the share's own, before a nearer one earlier in the list
    { doc: 'A response with tovarimab was seen in 18.5 % of participants at week 4, 39.0 % of participants at week 8 and 55.5 % of participants at week 16.', figure: '39.0 %', want: '8 weeks' },
    { doc: 'A response with tovarimab was seen in 18.5 % of participants at week 4, 39.0 % of participants at week 8 and 55.5 % of participants at week 16.', figure: '55.5 %', want: '16 weeks' },
    // an endpoint's time point read past an aside in parentheses, held for the endpoint in a later paragraph
    { doc: 'Tovarimab met its primary endpoint of ASAS40 (a 40 % improvement) at week 16 versus placebo.\n\nIn detail, 47.5 % of patients on tovarimab achieved ASAS40.', figure: '47.5 %', want: '16 weeks' },
    // a list of time points and as many results, paired in order by "respectively"
    { doc: 'With tovarimab, at 6 and 18 months the OS rates were 88.1 % and 61.7 %, respectively.', figure: '88.1 %', want: '6 months' },
    { doc: 'With tovarimab, at 6 and 18 months the OS rates were 88.1 % and 61.7 %, respectively.', figure: '61.7 %', want: '18 months' },
    // a time point right after the figure wins over a landmark written before the endpoint
    { doc: 'Tovarimab gave a two-year survival rate of 71 % and an estimated 52 % at four years.', figure: '52 %', want: '4 years' },
    { doc: 'Tovarimab gave a two-year survival rate of 71 % and an estimated 52 % at four years.', figure: '71 %', want: '2 years' },
  ]);
  table('timepoint', [
    // a bare number in parentheses after a sum in the same unit is the same measure a year before
    { doc: 'Revenue in the third quarter of 2031 amounted to SEK 41.2 million (37.9).', figure: 'SEK 41.2 million', want: 'third quarter of 2031' },
    { doc: 'Revenue in the third quarter of 2031 amounted to SEK 41.2 million (37.9).', figure: '37.9', want: 'third quarter of 2030' },
    // a period without a year is named as the prior year's
    { doc: 'Net sales for the second quarter amounted to SEK 12.4 million (9.8).', figure: '9.8', want: 'second quarter (prior year)' },
    // a sum in another currency in parentheses is a conversion, of no other period
    { doc: 'Revenue in the third quarter of 2031 amounted to EUR 41.2 million (USD 44.9 million).', figure: 'USD 44.9 million', want: undefined },
    // a span of months without a year, in a heading, holds for the list items under it
    { doc: 'Financial summary July-September\n\n - Net sales amounted to SEK 7.4 million\n - Operating loss amounted to SEK -22.1 million', figure: 'SEK -22.1 million', want: 'July-September' },
  ]);
});

describe('binding: "the trial" points back to the trial named last (binding.trial)', () => {
  const doc = 'Acme reported results from the ZENO-2 and ZENO-3 trials of tovarimab.\n\nZENO-3 enrolled adults with gout.\n\nIn the trial, tovarimab lowered serum urate by 41 %.';
  it('a paragraph that speaks of "the trial" reports from the trial named last before it', () => {
    assert.equal(bindingOf(doc, '41 %').trial, 'ZENO-3');
  });
  it('without such a reference, a trial of an earlier paragraph is not taken when the document names two', () => {
    assert.equal(bindingOf(doc.replace('In the trial, t', 'T'), '41 %').trial, undefined);
  });
});

describe('binding: "respectively" pairs results with the endpoints the sentence names (binding.endpoint)', () => {
  table('endpoint', [
    { doc: 'The ORR and DCR with tovarimab were 36 % and 81 %, respectively.', figure: '36 %', want: 'ORR' },
    { doc: 'The ORR and DCR with tovarimab were 36 % and 81 %, respectively.', figure: '81 %', want: 'DCR' },
    // each result's companion interval follows it
    { doc: 'Three-year PFS and OS with tovarimab were 44.2 % (95% CI: 35.1 – 53.0%) and 62.5 % (95% CI: 51.0 – 71.9%), respectively.', figure: '44.2 %', want: 'PFS' },
    { doc: 'Three-year PFS and OS with tovarimab were 44.2 % (95% CI: 35.1 – 53.0%) and 62.5 % (95% CI: 51.0 – 71.9%), respectively.', figure: '62.5 %', want: 'OS' },
    // the results joined last before "respectively" pair with the endpoints named before them
    { doc: 'Tovarimab gave an ORR of 52 % and a DCR of 88 %, compared to 21 % and 60 % with placebo, respectively.', figure: '21 %', want: 'ORR' },
    { doc: 'Tovarimab gave an ORR of 52 % and a DCR of 88 %, compared to 21 % and 60 % with placebo, respectively.', figure: '60 %', want: 'DCR' },
    // one endpoint and two results: the list pairs with something else (arms), the endpoint stays
    { doc: 'The ORR was 36 % and 12 % in the tovarimab and placebo arms, respectively.', figure: '12 %', want: 'ORR' },
  ]);
});

describe('binding: the figure a comparison word introduces in a financial sentence is the prior period\u2019s (binding.timepoint)', () => {
  const fr = 'Au premier semestre 2031, les revenus ont atteint 3,6 millions d’euros, contre 2,4 millions au premier semestre 2030. Les charges se sont élevées à 16,5 millions d’euros, contre 9,1 millions d’euros. Le vaccin contre la grippe a rapporté 28,5 millions d’euros.';
  table('timepoint', [
    // a period named after a comparison word that follows the figure is the comparison's, not the figure's
    { doc: fr, figure: '3,6 millions d’euros', want: 'premier semestre 2031' },
    { doc: fr, figure: '2,4 millions', want: 'premier semestre 2030' },
    // the comparison's figure with no period of its own: the period before
    { doc: fr, figure: '9,1 millions d’euros', want: 'premier semestre 2030' },
    // "contre" before no number means "against": the sentence carries the report's period
    { doc: fr, figure: '28,5 millions d’euros', want: 'premier semestre 2031' },
    // English: each figure of the comparison clause
    { doc: 'Net loss for the quarter ended June 30, 2031 was $6.4 million, compared with net income of $4.3 million, or $0.07 per share.', figure: '$4.3 million', want: 'quarter ended June 30, 2030' },
    { doc: 'Net loss for the quarter ended June 30, 2031 was $6.4 million, compared with net income of $4.3 million, or $0.07 per share.', figure: '$0.07', want: 'quarter ended June 30, 2030' },
    // a year the comparison word names is what it compares with: the figure after it is the change, in the report's period
    { doc: 'Im ersten Halbjahr 2031 stieg der Umsatz gegenüber 2030 um 36 Prozent auf 8,7 Millionen Euro.', figure: '36 Prozent', want: 'ersten Halbjahr 2031' },
  ]);
});

describe('binding: an arm named outright after a figure (binding.arm)', () => {
  table('arm', [
    // the phrase names the arm, the document's main drug's as another drug's
    { doc: 'Tovarimab is in a Phase 3 trial. The ORR was 31.5 % in the tovarimab arm and 18.2 % in the zelbotinib arm.', figure: '31.5 %', want: 'tovarimab' },
    { doc: 'Tovarimab is in a Phase 3 trial. The ORR was 31.5 % in the tovarimab arm and 18.2 % in the zelbotinib arm.', figure: '18.2 %', want: 'zelbotinib' },
    { doc: 'Tovarimab was well tolerated. Rash occurred in 7.4 % of the tovarimab group and 2.2 % in the placebo group.', figure: '7.4 %', want: 'tovarimab' },
    // a combination's arm is its whole name
    { doc: 'Tovarimab is studied with zelbotinib. The ORR was 44 % in the tovarimab plus zelbotinib arm and 20 % in the zelbotinib arm.', figure: '44 %', want: 'tovarimab plus zelbotinib' },
  ]);
});

describe('binding: a drug\u2019s alias in parentheses and a background drug given with placebo (binding.drug, binding.arm)', () => {
  table('drug', [
    // "drugamab (code) plus partner": the combination's head is the drug the alias names again
    { doc: 'The trial showed oral tovarimab (TVX-101) plus prednisone improved overall survival (OS) versus placebo plus prednisone (HR=0.81, p=0.04).', figure: '0.81', want: 'tovarimab' },
  ]);
  table('arm', [
    // "versus placebo plus prednisone": the comparator is placebo, not the drug both arms take
    { doc: 'Tovarimab plus prednisone reduced the risk of progression compared to placebo plus prednisone. The median OS was 30.2 vs. 28.1 months.', figure: '28.1 months', want: 'placebo' },
  ]);
});

describe('binding: "in the subgroup of ..." (binding.subgroup)', () => {
  table('subgroup', [
    // the people the subgroup is of, then the phrase to a clause word
    { doc: 'In the subgroup of women with bone metastases treated with tovarimab, 61 percent responded.', figure: '61 percent', want: 'bone metastases' },
    { doc: 'Among the subgroup of patients with liver metastases, the ORR of tovarimab was 29 %.', figure: '29 %', want: 'liver metastases' },
    // a phrase too long to read names no subgroup: never "the"
    { doc: 'In the subgroup of men with locally advanced or metastatic disease of the prostate who were treated with tovarimab, 58 percent responded.', figure: '58 percent', want: undefined },
  ]);
});

describe('binding: a phrase of people or a part of the trial opening the sentence (binding.subgroup)', () => {
  table('subgroup', [
    // a part of the trial is a population of its own
    { doc: 'In the expansion portion of the trial, the ORR of tovarimab was 33 %.', figure: '33 %', want: 'expansion portion' },
    { doc: 'Im vorbehandelten Kollektiv lag die ORR von Tovarimab bei 21 Prozent.', figure: '21 Prozent', want: 'vorbehandelten Kollektiv' },
    { doc: 'In der asiatischen Teilpopulation lag die ORR von Tovarimab bei 44 Prozent.', figure: '44 Prozent', want: 'asiatischen Teilpopulation' },
    // patients or a group named up to the comma, no head noun of a population
    { doc: 'For patients who had received two prior lines, the ORR of tovarimab was 18 %.', figure: '18 %', want: 'patients who had received two prior lines' },
    { doc: 'In the relapsed patient group, median OS with tovarimab was 20.5 months.', figure: '20.5 months', want: 'relapsed patient group' },
    { doc: 'Among participants who completed the extension, the response rate with tovarimab was 62 %.', figure: '62 %', want: 'participants who completed the extension' },
    // the sentence's own phrase ends the population carried from the sentence before
    { doc: 'Among patients with liver metastases, the ORR of tovarimab was 15 %. For patients who had received prior chemotherapy, the ORR was 18 %.', figure: '18 %', want: 'patients who had received prior chemotherapy' },
    // everyone, a pointer back, an arm, a quantity: no particular population
    { doc: 'In all patients, the ORR of tovarimab was 31 %.', figure: '31 %', want: undefined },
    { doc: 'In these patients, the ORR of tovarimab was 31 %.', figure: '31 %', want: undefined },
    { doc: 'In the placebo group, the ORR was 4 %.', figure: '4 %', want: undefined },
    { doc: 'For the majority of patients, the ORR of tovarimab was 31 %.', figure: '31 %', want: undefined },
    { doc: 'In patients treated with tovarimab, the ORR was 31 %.', figure: '31 %', want: undefined },
    { doc: 'In addition, the ORR of tovarimab was 31 %.', figure: '31 %', want: undefined },
  ]);
});

describe('binding: a time point opened by a preposition of the other languages (binding.timepoint)', () => {
  table('timepoint', [
    { doc: 'Après 12 mois, le taux de survie globale était de 65 % avec le tovarimab.', figure: '65 %', want: '12 months' },
    { doc: 'A los 12 meses, la tasa de supervivencia global fue del 65 % con tovarimab.', figure: '65 %', want: '12 months' },
    { doc: 'Dopo 12 mesi, il tasso di sopravvivenza globale era del 65 % con tovarimab.', figure: '65 %', want: '12 months' },
    // a length that no preposition of time opens is no time point
    { doc: 'La survie globale médiane était de 12 mois avec le tovarimab.', figure: '12 mois', want: undefined },
  ]);
});

describe('binding: a report period written as two dates whose dash was lost (binding.timepoint)', () => {
  table('timepoint', [
    // a date without its year right before one with it, a space between: the span of the report
    { doc: 'ZENTARA DELÅRSRAPPORT 1 januari 30 juni 2031 Nettoomsättningen under perioden uppgick till 41,2 MSEK (12,9 MSEK).', figure: '41,2 MSEK', want: '1 januari 30 juni 2031' },
    { doc: 'ZENTARA DELÅRSRAPPORT 1 januari 30 juni 2031 Nettoomsättningen under perioden uppgick till 41,2 MSEK (12,9 MSEK).', figure: '12,9 MSEK', want: '1 januari 30 juni 2030' },
  ]);
});

describe('binding: a versus pair of results and what follows the pair (binding.subgroup, binding.arm, binding.drug)', () => {
  const pfs = 'Tovarimab improved median progression-free survival to 9.4 months versus 5.1 months in PD-L1-high patients treated with tovarimab versus docetaxel (HR 0.52).';
  const orr = 'The overall response rate was 48% versus 22% in evaluable patients receiving tovarimab plus carboplatin vs. carboplatin alone.';
  const os = 'Median overall survival was 14.2 months vs 9.8 months for patients treated with tovarimab compared with placebo.';
  const short = 'In high-risk patients, the ORR was 61 percent versus 30 percent for patients treated with TZC versus ZC.';
  table('subgroup', [
    // the population after the pair is about both its figures
    { doc: pfs, figure: '9.4 months', want: 'PD-L1-high patients' },
    { doc: pfs, figure: '5.1 months', want: 'PD-L1-high patients' },
    { doc: orr, figure: '48%', want: 'evaluable patients' },
  ]);
  table('arm', [
    // the arms after the cue pair with the results in order
    { doc: orr, figure: '48%', want: 'tovarimab plus carboplatin' },
    { doc: orr, figure: '22%', want: 'carboplatin alone' },
    { doc: os, figure: '9.8 months', want: 'placebo' },
    { doc: short, figure: '61 percent', want: 'TZC' },
    { doc: short, figure: '30 percent', want: 'ZC' },
    // a versus pair with no arms after it keeps the reading it had
    { doc: 'Tovarimab is dosed daily. The ORR was 40% versus 20% at week 12.', figure: '40%', want: undefined },
  ]);
  table('drug', [
    { doc: os, figure: '9.8 months', want: undefined },
    { doc: orr, figure: '22%', want: 'carboplatin' },
  ]);
});

describe('binding: "to" after a verb of change introduces the value, no time point (binding.timepoint)', () => {
  table('timepoint', [
    { doc: 'Tovarimab extended median overall survival to 14.2 months (HR 0.71; p=0.002).', figure: '0.71', want: undefined },
    // a time point after "to" with no change before it stays one
    { doc: 'From baseline to 24 weeks, HbA1c fell by 1.4% with tovarimab.', figure: '1.4%', want: '24 weeks' },
  ]);
});

describe('binding: a share of the patients who received placebo (binding.arm)', () => {
  table('arm', [
    { doc: 'Rash occurred in 12.1% of patients who received tovarimab and 4.2% of patients who received a placebo.', figure: '4.2%', want: 'placebo' },
    { doc: 'Rash occurred in 12.1% of patients who received tovarimab and 4.2% of patients who received a placebo.', figure: '12.1%', want: undefined },
  ]);
});

describe('binding: a report\u2019s own period, balance days and months as the time of a sum (binding.timepoint)', () => {
  const report = 'Kvartalsrapport januari \u2013 mars 2031 för Zentara AB\n\nOrderingången ökade med 7 procent till 41,2 MSEK (38,5)\n\nOrderingången under april 2031 uppgick till 15,3 MSEK (11,0).';
  const cash = 'As of June 30, 2031, cash and investments were $88.4 million, compared with $61.0 million as of December 31, 2030.';
  table('timepoint', [
    // a period right after a report's name is the report's, for the sums of the report
    { doc: report, figure: '41,2 MSEK', want: 'januari - mars 2031' },
    { doc: report, figure: '38,5', want: 'januari - mars 2030' },
    // a month a preposition makes the time of a sum
    { doc: report, figure: '15,3 MSEK', want: 'april 2031' },
    // a balance on a day: written before the sum, or right after it
    { doc: cash, figure: '$88.4 million', want: 'June 30, 2031' },
    { doc: cash, figure: '$61.0 million', want: 'December 31, 2030' },
    // a date names the time of the first sum after it only
    { doc: 'As of June 30, 2031 cash was $41.2 million, up from $12.9 million at the end of 1HY30.', figure: '$12.9 million', want: '1HY30' },
    // the first months of a year are a period
    { doc: 'I de første 9 måneder af 2031 havde Zentara en omsætning på DKK 65,3 millioner.', figure: 'DKK 65,3 millioner', want: 'første 9 måneder af 2031' },
    // a plan's period in a headline is no report's: the sums of a clinical release keep none
    { doc: 'Zentara expects Phase 2 results in H2 2031\n\nZentara raised $50 million in a private placement.', figure: '$50 million', want: undefined },
  ]);
});

describe('binding: a list of time points, each with its figures in parentheses (binding.timepoint)', () => {
  const doc = 'Responders to tovarimab lived longer in a landmark analysis at 6 months (HR = 0.41; P = 0.002), 12 months (HR = 0.37, P < 0.001), and 24 months (HR = 0.52; P = 0.03).';
  table('timepoint', [
    { doc, figure: '0.41', want: '6 months' },
    { doc, figure: 'P = 0.002', want: '6 months' },
    { doc, figure: '0.37', want: '12 months' },
    { doc, figure: 'P < 0.001', want: '12 months' },
    { doc, figure: '0.52', want: '24 months' },
  ]);
});

describe('binding: an analysis set named "... analysis" is the figure\u2019s population, a stage of the trial is not (binding.subgroup)', () => {
  table('subgroup', [
    { doc: 'In the total event analysis, tovarimab reduced the primary endpoint by 18% (HR 0.82).', figure: '18%', want: 'total event analysis' },
    { doc: 'The response rate was 44% with tovarimab in an intention to treat analysis.', figure: '44%', want: 'intention to treat analysis' },
    { doc: 'In the interim analysis, tovarimab reduced the risk of death by 22% (HR 0.78).', figure: '22%', want: undefined },
    { doc: 'Eine Analyse zeigte eine Reduktion um 12 Prozent unter Tovarimab.', figure: '12 Prozent', want: undefined },
  ]);
});

describe('binding: a result corrected for placebo is no placebo arm\u2019s', () => {
  const doc = 'Zorvatinib inhaler study.\n\nPeak FEV1 corrected for placebo improved by 110 mL for the 200 \u00b5g dose of zorvatinib and by 150 mL for the 600 \u00b5g dose.';
  table('arm', [
    { doc, figure: '110 mL', want: undefined },
    // (a dose is its own arm's: bindPopulationsUnseen)
    { doc, figure: '200 \u00b5g', want: '200 \u00b5g' },
    // the placebo arm named as such keeps its figures
    { doc: 'Zorvatinib inhaler study.\n\nPeak FEV1 improved by 110 mL with zorvatinib and by 20 mL with placebo.', figure: '20 mL', want: 'placebo' },
  ]);
});

describe('binding: arms named as a list, as a subject, as a control (binding.arm)', () => {
  table('arm', [
    // a list of results paired by "respectively" with the arms named after it: the comparator's figure is its arm's
    { doc: 'The ORR was 34 % vs 11 % for tovarimab and placebo, respectively.', figure: '11 %', want: 'placebo' },
    // (the document's own drug, introduced first, is its own arm, named as written)
    { doc: 'Acme Bio tested tovarimab in a randomised trial. The ORR was 34 % vs 11 % for tovarimab and placebo, respectively.', figure: '34 %', want: 'tovarimab' },
    { doc: 'Median PFS was 8.4 months and 5.9 months in the tovarimab and docetaxel arms, respectively.', figure: '5.9 months', want: 'docetaxel' },
    { doc: 'Median PFS was 8.4 months and 5.9 months in the tovarimab and docetaxel arms, respectively.', figure: '8.4 months', want: 'tovarimab' },
    // a dose right after its drug is that arm; a drug joined by "plus" is the arm's partner
    { doc: 'Remission was 26 % and 7 % for tovarimab 3 mg and placebo, respectively.', figure: '26 %', want: '3 mg' },
    { doc: 'Remission was 26 % and 7 % for tovarimab 3 mg and placebo, respectively.', figure: '7 %', want: 'placebo' },
    { doc: 'Median OS was 15.1 months and 11.0 months for tovarimab plus docetaxel and docetaxel alone, respectively.', figure: '15.1 months', want: 'tovarimab plus docetaxel' },
    { doc: 'Median OS was 15.1 months and 11.0 months for tovarimab plus docetaxel and docetaxel alone, respectively.', figure: '11.0 months', want: 'docetaxel' },
    // a list paired with its endpoints names no arm
    { doc: 'The ORR and DCR of tovarimab were 40 % and 70 %, respectively.', figure: '70 %', want: undefined },
    // the arm named as the clause's subject, before the figure
    { doc: 'While the tovarimab arm had not reached the median, the docetaxel arm achieved a median OS of 9.8 months.', figure: '9.8 months', want: 'docetaxel' },
    { doc: 'Patients in the control arm had a median PFS of 4.4 months.', figure: '4.4 months', want: 'control' },
    // not when a comparison, another drug or another figure stands between, nor for a group that is no arm
    { doc: 'Compared with the control arm, tovarimab gave an ORR of 38 %.', figure: '38 %', want: undefined },
    { doc: 'The docetaxel arm enrolled 40 patients and the ORR with tovarimab was 12 %.', figure: '12 %', want: undefined },
    { doc: 'In the high-risk group, the ORR of tovarimab was 41 %.', figure: '41 %', want: undefined },
    // a control named after the figure, past "those who received"
    { doc: 'The two-year OS rate was 68 % with tovarimab compared with 59 % in those who received chemotherapy alone.', figure: '59 %', want: 'chemotherapy' },
    { doc: 'The two-year OS rate was 68 % with tovarimab compared with 59 % in those who received chemotherapy alone.', figure: '68 %', want: 'tovarimab' },
  ]);
});

describe('binding: an endpoint defined by another (binding.endpoint)', () => {
  table('endpoint', [
    // the figure after the definition is the defined endpoint's, not the one that defines it
    { doc: 'The proportion of patients achieving clinical remission, defined by the modified Mayo score, was 27 % with tovarimab.', figure: '27 %', want: 'remission' },
    { doc: 'Clinical remission as defined by the total Mayo score was 22 % and 7 % for tovarimab and placebo, respectively.', figure: '7 %', want: 'remission' },
    { doc: 'Remission (defined as a MADRS score of 10 or less) was reached by 18 % of patients on tovarimab.', figure: '18 %', want: 'remission' },
    // an endpoint named without a definition keeps its figure
    { doc: 'The Mayo score fell by 2.1 points with tovarimab.', figure: '2.1 points', want: 'Mayo' },
    { doc: 'Clinical remission was 27 % and the Mayo score fell by 2.1 points with tovarimab.', figure: '2.1 points', want: 'Mayo' },
  ]);
  it('a figure inside the definition stays the defining endpoint\'s', () => {
    const doc = 'Remission from depression (defined as MADRS ≤10) was reached by 21 % of patients on tovarimab.';
    assert.match(bindingOf(doc, '21 %').endpoint ?? '', /remission/i);
    const inside = figuresOf(doc).find(x => x.text.includes('10'));
    if (inside) assert.doesNotMatch(inside.binding.endpoint ?? '', /remission/i);
  });
});

describe('binding: a paragraph about another drug (binding.drug)', () => {
  const roundup = (second: string) => 'Acme Bio reported that tovarimab reached an ORR of 44 % in the ACME-1 trial. Tovarimab is also in a second trial.\n\n'
    + 'Beta Thera also reported data this week. ' + second + '\n\nAcme Bio will present tovarimab again in May.';
  table('drug', [
    // the paragraph's own drug, the document's not named in it, is the drug of the paragraph's results
    { doc: roundup('Its phase 1 trial of zelbotinib enrolled 30 patients. Of these, 9 (30 %) achieved a partial response.'), figure: '30 %', want: 'zelbotinib' },
    { doc: roundup('Zelbotinib is its lead program. Overall, 30 % achieved a partial response.'), figure: '30 %', want: 'zelbotinib' },
    // not a therapy the patients had before, nor a drug a preposition brings in, nor when the document's drug is named in the paragraph
    { doc: roundup('Its patients had progressed after zelbotinib. Overall, 30 % achieved a partial response.'), figure: '30 %', want: 'tovarimab' },
    { doc: roundup('It compared its results with zelbotinib. Overall, 30 % achieved a partial response.'), figure: '30 %', want: 'tovarimab' },
    { doc: roundup('Unlike tovarimab, zelbotinib is given orally. Overall, 30 % achieved a partial response.'), figure: '30 %', want: 'tovarimab' },
  ]);
});

describe('binding: a measure in another unit, in parentheses, restates its head (binding.endpoint)', () => {
  const doc = 'At week 72, tovarimab gave an average weight loss of 12.4 % (27.3 lbs), compared to 0.9 % (2.2 lbs) with placebo.';
  table('endpoint', [
    { doc, figure: '27.3 lbs', want: 'body weight' },
    { doc, figure: '2.2 lbs', want: 'body weight' },
    // a measure that stands apart, in a sentence of its own, restates nothing
    { doc: 'At week 72, the body weight change with tovarimab was 12.4 %. The trial\'s 2.2 lbs threshold was set in advance.', figure: '2.2 lbs', want: undefined },
  ]);
  table('arm', [{ doc, figure: '2.2 lbs', want: 'placebo' }]);
});

describe('binding: the state a share of patients is said to be in names its endpoint (binding.endpoint)', () => {
  const alive = 'Acme Bio reported the ACME-1 trial of tovarimab. At two years, 68 % of patients on tovarimab were alive, compared with 59 % of those on placebo.';
  table('endpoint', [
    { doc: alive, figure: '68 %', want: 'OS' },
    { doc: alive, figure: '59 %', want: 'OS' },
    { doc: 'Acme Bio reported the ACME-1 trial. With tovarimab, 61 % of the patients stayed alive through year three.', figure: '61 %', want: 'OS' },
    { doc: 'Acme Bio reported the ACME-1 trial. An estimated 67 % of patients treated with tovarimab were event free at two years.', figure: '67 %', want: 'EFS' },
    // a state in a clause that picks the patients out is no result; an endpoint the sentence names wins
    { doc: 'Acme Bio reported the ACME-1 trial. Of the patients who were alive at the cut-off, 40 % had a partial response to tovarimab.', figure: '40 %', want: 'PR' },
    { doc: 'Acme Bio reported the ACME-1 trial. The ORR of tovarimab was 40 %; most patients were alive.', figure: '40 %', want: 'ORR' },
  ]);
});

describe('binding: a therapy the patients had before is not the document\u2019s main drug', () => {
  table('drug', [
    // named twice (its brand in brackets) as what the patients had received, once as the trial's drug
    { doc: 'Acme Bio announced results of its phase 2 trial of AB-101 in relapsed lymphoma. Of the 60 patients enrolled, 41 had received rituximab (Rituxan) and 12 had previously received ibrutinib. The ORR was 45%.', figure: '45%', want: 'AB-101' },
    // the drug named most as what the trial gives is still the main one
    { doc: 'Acme Bio announced results of its phase 2 trial of rituximab in relapsed lymphoma. Rituximab was given weekly. The ORR was 45%.', figure: '45%', want: 'rituximab' },
  ]);
});
