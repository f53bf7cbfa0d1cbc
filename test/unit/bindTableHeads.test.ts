/**
 * Tables read through their headers as a careful reader reads them: a dose in a column's header is that column's arm
 * (not the placebo beside it), a column compared with placebo is no placebo arm, a visit's name over a column spaced
 * apart is its cells' time point, a unit's row under the arms is no part of their names, a row of arms with doses under
 * a spanning header names the columns, a row that lost its spanning label goes on with the row above, a label's unit
 * before its statistic ("Weight, kg: mean (SD)") is its cells' and their ranges', a row named by an arm alone (a
 * table transposed) gives its cells that arm and no measure, an arm over an empty cell spans the columns a row under
 * it names ("n", "%"), a caption's "24-week" and its analysis set named without "population" ("(FAS)"), a title in
 * the table's first row as its caption, a header of levels laid from the lowest (populations over arms over their
 * statistics; estimates over the row that names their columns), a label's footnote letters glued to its last word.
 * Every example is invented.
 */
import { strict as assert } from 'assert';
import { FigureEntity } from '../../server/src/analysis';
import { figuresOf } from '../helpers';

/** Two tables one under the other: the upper one's last row is no caption of the lower one. */
const STACKED = [
  '| Group | Responders (%) |',
  '|---|---|',
  '| Cohort A | 41.0 |',
  '| Cohort B | 30.0 |',
  '',
  '| Outcome | Week 12 |',
  '|---|---|',
  '| Remission, % | 45 |',
].join('\n');

/** Arms as rows: a drug's, a control's and one named by its letter; the measure in the caption. */
const CONTROL_ROWS = [
  'Share of patients in remission (%)',
  '',
  '| | Week 26 | Week 52 |',
  '|---|---|---|',
  '| Acmezumab | 55.3 | 60.2 |',
  '| Comparator | 40.1 | 41.0 |',
  '| Arm C (n = 30) | 20.5 | 22.0 |',
].join('\n');

/** One drug's study, its columns groups of patients: parts, all patients, a line of therapy, a biomarker's level, an analysis set; and two arms named by what they give. */
const PATIENT_GROUPS = [
  '| | Part A (n = 20) | All patients (N = 42) | 2L+ (n = 18) | PD-L1 \u226550% (n = 12) | ITT (N = 42) | Monotherapy (n = 21) |',
  '|---|---|---|---|---|---|---|',
  '| Response rate, % | 30.0 | 35.7 | 27.8 | 50.0 | 35.7 | 33.3 |',
].join('\n');

/** Doses as columns beside a placebo, each with its group's size. */
const DOSES = [
  'Table 2. Response at week 12',
  '',
  '| | Placebo (n=30) | 2 mg (n=31) | 6 mg (n=29) |',
  '|---|---|---|---|',
  '| Responders, n (%) | 6 (20.0) | 10 (32.3) | 14 (48.3) |',
].join('\n');

/** An estimated difference against placebo beside the arms. */
const VERSUS = [
  'Table 3. LDL-C at week 12',
  '',
  '| | Zelbotamab (n = 120) | Placebo (n = 60) | Difference versus placebo |',
  '|---|---|---|---|',
  '| Percent change (%) | -52.1 | -3.2 | -48.9 (-53.0 to -44.8) |',
].join('\n');

/** A control that is a placebo, and a column that names it twice: as its own and as what the rest is compared with. */
const PLACEBO_COLUMN = [
  '| | Placebo (n = 40) | Acmezumab (n = 41) |',
  '|---|---|---|',
  '| Remission, n (%) | 4 (10.0) | 12 (29.3) |',
].join('\n');

/** Columns apart by runs of spaces, a visit's name over each. */
const VISITS = [
  'Table 4. Responders, safety set',
  'Endpoint        Week 12      Week 24',
  'ACR20 (%)       25.0         48.8',
  'ACR50 (%)       10.0         29.3',
].join('\n');

/** Columns apart by runs of spaces whose header has a number that is a value's, not a label's. */
const NOT_VISITS = [
  'Cohort        12 patients      30 patients',
  'ORR (%)       25.0         48.8',
  'DCR (%)       60.0         70.1',
].join('\n');

/** A row under the arms that names their unit. */
const UNITS_ROW = [
  '| | Placebo | Acmezumab |',
  '| | % | % |',
  '| Remission | 10.0 | 29.3 |',
].join('\n');

/** A header that spans the doses (how often they are given), the arms in the first row under it, then the sizes. */
const SPANNED = [
  '| Once daily |',
  'Twice daily |',
  '||||',
  '|---|---|---|---|',
  '| Placebo | 5 mg | 10 mg | 5 mg |',
  '| n | 40 | 41 | 39 | 42 |',
  '| Nausea | 2 (5) | 6 (15) | 9 (23) | 8 (19) |',
].join('\n');

/** The same shape, its first row under the header a row of the body (a label and values): no arms' row. */
const NOT_SPANNED = [
  '| Once daily |',
  'Twice daily |',
  '||||',
  '|---|---|---|---|',
  '| Placebo run-in | 5 | 10 | 5 | 4 |',
  '| Nausea | 2 (5) | 6 (15) | 9 (23) | 8 (19) |',
].join('\n');

/** A label that spanned two rows of values: the second row lost its label and its unit's cell. */
const SECOND_LINE = [
  '| | | Placebo (n=50) | Acmezumab (n=52) | P value |',
  '|---|---|---|---|---|',
  '| Remission | n (%) | 6 (12.0) | 15 (28.8) | 0.04 |',
  '| 5 (10.0) | 13 (25.0) | 0.06 |',
  '| Response | n (%) | 20 (40.0) | 31 (59.6) | 0.05 |',
].join('\n');

/** A row that opens with a value under a section's heading (no values of its own): nothing to go on with. */
const NO_SECOND_LINE = [
  '| | | Placebo (n=50) | Acmezumab (n=52) | P value |',
  '|---|---|---|---|---|',
  '| Remission | | | | |',
  '| 7 (14.0) | 16 (30.8) | 0.07 |',
].join('\n');

/** Labels that name a measure, its unit, then the statistic its cells give. */
const STATISTICS = [
  '| | Acmezumab (n=60) | Placebo (n=58) |',
  '|---|---|---|',
  '| Weight, kg: mean (SD) | 84.2 (12.5) | 85.0 (13.1) |',
  '| Waist, cm, median (range) | 101 (80-131) | 99 (78-128) |',
  '| CRP, mg/l, median (IQR) | 3.1 (1.2-6.4) | 2.9 (1.0-6.0) |',
  '| Visits, median (range) | 4 (1-9) | 5 (2-8) |',
].join('\n');

/** Arms as rows, visits as columns (a table transposed), and a row that measures a drug rather than naming its arm. */
const TRANSPOSED = [
  '| | Week 4 | Week 8 |',
  '|---|---|---|',
  '| Placebo | -1.0 | -1.2 |',
  '| Acmezumab | -3.1 | -4.4 |',
  '| Acmezumab 10 mg (n=20) | -3.3 | -4.9 |',
  '| Acmezumab exposure | 12.1 | 14.0 |',
].join('\n');

/** Each arm over two columns, a count's and a share's, named in the row under the arms. */
const PAIRS = [
  'Table 2. Responses',
  '| | Acmezumab (n=40) | | Placebo (n=38) | |',
  '| | n | % | n | % |',
  '| ORR | 18 | 45.0 | 4 | 10.5 |',
].join('\n');

/** The arms in adjacent cells, no empty one after each: each names its own column only. */
const NO_PAIRS = [
  '| | Acmezumab (n=40) | Placebo (n=38) | |',
  '| | % | % | |',
  '| ORR | 45.0 | 10.5 | 0.01 |',
].join('\n');

/** Captions that name the time as an adjective, the analysis set by its abbreviation or its name without "population". */
const captioned = (caption: string) => [caption, '', '| | Acmezumab (n=40) | Placebo (n=38) |', '|---|---|---|', '| ORR, % | 45.0 | 10.5 |'].join('\n');
const ADJECTIVE_TIME = captioned('Table 2. Efficacy outcomes of the 24-week double-blind period');
const ABBREVIATED_SET = captioned('Table 3. Week 12 efficacy results (FAS)');
const NAMED_SET = captioned('Table 2 \u2014 12-month outcomes, per-protocol set');
const BASELINE_STUDY = captioned('Table 1. Baseline characteristics of the 52-week study');
const NO_SET = captioned('Table 2. Results of the FASTER study');

/** The caption copied into the table's first row, its other cells empty. */
const TITLE_ROW = [
  '| Efficacy at Week 24 (ITT population) | | |',
  '| Endpoint | Acmezumab (N=310) | Placebo (N=310) |',
  '| PASI 75 (%) | 72.3 | 8.1 |',
].join('\n');

/** A row of arms under a spanning header, the second arm a name no lexicon knows. */
const NAMED_ARMS = [
  'Outcomes at week 12',
  'Change from baseline (95% CI) |',
  'Difference (95% CI) |',
  'P | ||',
  '---|---|---|---|---|',
  'Placebo | Gel QX | |||',
  'Pain score | \u221210.2 (\u221212.0, \u22128.4) | \u221215.9 (\u221217.7, \u221214.1) | \u22125.7 (\u22128.2, \u22123.2) | <0.001 |',
].join('\n');

/** Three levels: populations over arms over each arm's statistics. */
const LEVELS = [
  'Table 3. Best response by population',
  'Response | All randomised patients | Patients with bulky nodes | ||||||',
  '---|---|---|---|---|---|---|---|---|',
  'Acmezumab (n = 40) | Placebo (n = 20) | Acmezumab (n = 30) | Placebo (n = 16) | |||||',
  'n (%) | 95% CI | n (%) | 95% CI | n (%) | 95% CI | n (%) | 95% CI | |',
  'Partial response | 18 (45.0) | 29.3, 61.5 | 4 (20.0) | 5.7, 43.7 | 16 (53.3) | 34.3, 71.7 | 3 (18.8) | 4.0, 45.6 |',
].join('\n');

/** Populations over two arms each, and a row with one value a population (the copy put the spanning cells first). */
const GROUP_VALUES = [
  'Response | Marker-high patients | Marker-low patients | ||||',
  '---|---|---|---|---|---|---|',
  'Acmezumab + Chemo (n = 50) | Chemo (n = 48) | Acmezumab + Chemo (n = 30) | Chemo (n = 31) | |||',
  'ORR, % | 44.0 | 25.0 | 30.0 | 29.0 |',
  'Difference in ORR (95% CI) | 19.0 (0.5 to 37.5) | 1.0 (\u221222.0 to 24.0) | | |',
].join('\n');

/** Two estimates each over two columns named in the row under the header, the arms' columns before them. */
const ESTIMATES = [
  'Group | Acmezumab | Reference | Difference, % (95% CI) | Ratio (95% CI) | ||',
  '---|---|---|---|---|---|---|',
  'Unadjusted | Adjusted | Unadjusted | Adjusted | |||',
  'Responders, No. (%) | 95 (45.2) | 90 (43.9) | 1.3 (\u22128.2 to 10.8) | 1.1 (\u22127.9 to 10.1) | 1.03 (0.83 to 1.27) | 1.02 (0.83 to 1.25) |',
].join('\n');

/** Two populations over four columns whose names do not repeat: which columns each spans the text does not say. */
const UNEVEN = [
  'Response | All randomised patients | Patients with bulky nodes | ||||',
  '---|---|---|---|---|---|---|',
  'Acmezumab (n = 40) | Placebo (n = 20) | Difference (95% CI) | Acmezumab extension (n = 30) | |||',
  'ORR | 45.0 | 20.0 | 25.0 (3.1 to 46.9) | 53.3 |',
].join('\n');

/** Footnote letters glued to the labels' last words, and labels whose last letter is their own. */
const NOTES = [
  '| | Placebo (n=40) | Acmezumab (n=41) |',
  '|---|---|---|',
  '| Sustained remissionb | 4 (10.0) | 12 (29.3) |',
  '| Clinical improvementc,e | 14 (35.0) | 25 (61.0) |',
  '| Symptom relapse | 10 (25.0) | 8 (19.5) |',
  '| Lesion clearance | 6 (15.0) | 15 (36.6) |',
].join('\n');

/** Two drugs' arms beside a column that compares: which drug it compares the text does not say. */
const TWO_DRUGS = [
  '| | Acmezumab (n = 60) | Zelbotamab (n = 61) | Placebo (n = 58) | Difference (95% CI) |',
  '|---|---|---|---|---|',
  '| Percent change (%) | -40.1 | -38.2 | -2.0 | -36.2 (-40.0 to -32.4) |',
].join('\n');

function figure(doc: string, text: string, nth = 0, format: 'markdown' | 'plaintext' = 'markdown'): FigureEntity {
  const all = figuresOf(doc, format).filter(x => x.text === text);
  assert.ok(all[nth], `no figure "${text}" (#${nth}) in: ${figuresOf(doc, format).map(x => x.text).join(' | ')}`);
  return all[nth];
}

type Row = { doc: string; figure: string; nth?: number; plain?: boolean; arm?: string | null; drug?: string | null; timepoint?: string | null; endpoint?: string; noEndpoint?: boolean; unit?: string; subgroup?: string | null; drugNot?: string; why: string };

/** A flattened table whose header line opens with its title, its arms spaced apart. */
const TITLED_SPACED = 'Acme Bio reports AB-101 results\n\nTable 2 Efficacy AB-101 10 mg AB-101 20 mg Placebo\nORR (%) 45.0 30.2 12.1\nDCR, % 80 70 40\n';
/** The same with each arm's size after it, no brackets. */
const SIZED_SPACED = 'Acme Bio reports AB-101 results\n\nAB-101 N=40 Placebo N=41\nORR (%) 45.0 12.1\nDCR, % 80 40\n';
/** A sentence that names two arms is no header. */
const PROSE_ARMS = 'Acme Bio reports AB-101 results\n\nPatients were given AB-101 or placebo\nORR (%) 45.0 12.1\n';

describe('binding: a table\'s column headers', () => {
  const rows: Row[] = [
    { doc: TITLED_SPACED, plain: true, figure: '30.2', arm: '20 mg', why: 'a spaced header after its title: the second arm\'s column' },
    { doc: TITLED_SPACED, plain: true, figure: '40', arm: 'placebo', why: 'its control\'s column, a later row' },
    { doc: SIZED_SPACED, plain: true, figure: '12.1', arm: 'placebo', why: 'a size after each arm, no brackets: the columns stay two' },
    { doc: SIZED_SPACED, plain: true, figure: 'N=41', arm: 'placebo', why: 'the size is its own column\'s' },
    { doc: PROSE_ARMS, plain: true, figure: '12.1', arm: null, why: 'a sentence naming two arms is no header' },
    { doc: DOSES, figure: '2 mg', arm: '2 mg', why: 'a dose in a header is its own column\'s arm' },
    { doc: DOSES, figure: '6 mg', arm: '6 mg', why: 'the last dose too' },
    { doc: DOSES, figure: 'n=31', arm: '2 mg', why: 'the size beside the dose is of the same column' },
    { doc: DOSES, figure: 'n=30', arm: 'placebo', why: 'the placebo column keeps its size' },
    { doc: DOSES, figure: '10', arm: '2 mg', why: 'a body cell under the dose' },
    { doc: VERSUS, figure: '-48.9', arm: 'zelbotamab vs placebo', why: 'a difference against placebo is no placebo arm, but the comparison of the drug\'s arm with it' },
    { doc: VERSUS, figure: '-3.2', arm: 'placebo', why: 'the placebo column itself is' },
    { doc: VERSUS, figure: '-48.9', drug: 'zelbotamab', why: 'the comparison is the one drug\'s' },
    { doc: TWO_DRUGS, figure: '-36.2', arm: null, drugNot: 'zelbotamab', why: 'with two drugs, the comparison\'s drug is not guessed from the columns' },
    { doc: VERSUS, figure: '-52.1', arm: 'Zelbotamab', why: 'the drug column' },
    { doc: PLACEBO_COLUMN, figure: '4', arm: 'placebo', why: 'a placebo column stays one' },
    { doc: VISITS, plain: true, figure: '25.0', timepoint: '12 weeks', why: 'a visit over a column spaced apart is the cell\'s time point' },
    { doc: VISITS, plain: true, figure: '29.3', timepoint: '24 weeks', why: 'the second visit\'s column' },
    { doc: NOT_VISITS, plain: true, figure: '48.8', timepoint: null, why: 'a header of counts is no visit' },
    { doc: UNITS_ROW, figure: '29.3', arm: 'Acmezumab', why: 'the unit\'s row under the arms is no part of the arm\'s name' },
    { doc: SPANNED, plain: true, figure: '23', arm: '10 mg', why: 'a row of arms with doses under a spanning header names the columns' },
    { doc: SPANNED, plain: true, figure: '5', arm: 'placebo', why: 'its control\'s column' },
    { doc: SPANNED, plain: true, figure: '42', arm: '5 mg', why: 'the sizes\' row under the arms' },
    { doc: NOT_SPANNED, plain: true, figure: '15', arm: null, why: 'a row of bare numbers under the header is the body\'s, no arms' },
    { doc: SECOND_LINE, figure: '10.0', arm: 'placebo', endpoint: 'Remission', why: 'a row of values under a labelled row goes on with its label, laid from the right' },
    { doc: SECOND_LINE, figure: '13', arm: 'Acmezumab', endpoint: 'Remission', why: 'its second value column' },
    { doc: SECOND_LINE, figure: '31', arm: 'Acmezumab', endpoint: 'Response', why: 'the next labelled row is its own' },
    { doc: NO_SECOND_LINE, figure: '16', arm: null, why: 'under a heading without values the row is no second line' },
    { doc: STATISTICS, figure: '84.2', unit: 'kg', endpoint: 'Weight', why: 'a mean in the unit its label names before the statistic' },
    { doc: STATISTICS, figure: '13.1', unit: 'kg', why: 'its spread in brackets, the same unit' },
    { doc: STATISTICS, figure: '80-131', unit: 'cm', why: 'a range in brackets after a median, the same unit' },
    { doc: STATISTICS, figure: '2.9', unit: 'mg/L', endpoint: 'CRP', why: 'a unit written in lower case' },
    { doc: STATISTICS, figure: '1-9', unit: '', why: 'a label without a unit gives its range none' },
    { doc: TRANSPOSED, figure: '-1.2', arm: 'placebo', endpoint: undefined, noEndpoint: true, timepoint: '8 weeks', why: 'a row named by its arm: the arm, no measure named "Placebo"' },
    { doc: TRANSPOSED, figure: '-3.1', arm: 'Acmezumab', noEndpoint: true, why: 'a row of a drug alone is that drug\'s arm' },
    { doc: TRANSPOSED, figure: '10 mg', arm: '10 mg', why: 'the dose naming a row is its arm\'s' },
    { doc: TRANSPOSED, figure: '-4.9', arm: '10 mg', why: 'the cells of that row' },
    { doc: TRANSPOSED, figure: '14.0', arm: null, endpoint: 'Acmezumab exposure', why: 'a row that measures the drug names a measure, no arm' },
    { doc: PAIRS, plain: true, figure: '4', arm: 'placebo', why: 'an arm over an empty cell spans it: the count\'s column' },
    { doc: PAIRS, plain: true, figure: '10.5', arm: 'placebo', unit: '%', why: 'and the share\'s column' },
    { doc: PAIRS, plain: true, figure: '18', arm: 'Acmezumab', why: 'the first arm\'s count, its name without the unit\'s "n"' },
    { doc: PAIRS, plain: true, figure: '45.0', arm: 'Acmezumab', unit: '%', why: 'the first arm\'s share' },
    { doc: NO_PAIRS, plain: true, figure: '0.01', arm: null, why: 'a column after the last arm is none of its' },
    { doc: ADJECTIVE_TIME, figure: '45.0', timepoint: '24 weeks', why: 'a caption\'s "24-week period": its outcomes are at its end' },
    { doc: ABBREVIATED_SET, figure: '10.5', timepoint: '12 weeks', subgroup: 'FAS', why: 'an analysis set\'s abbreviation in a caption\'s brackets' },
    { doc: NAMED_SET, figure: '45.0', timepoint: '12 months', subgroup: 'per-protocol set', why: 'a set named without "population"' },
    { doc: BASELINE_STUDY, figure: '45.0', timepoint: null, why: 'the study\'s length in a caption of baseline characteristics is no time point' },
    { doc: NO_SET, figure: '45.0', subgroup: null, why: 'an abbreviation inside a word is none' },
    { doc: captioned('Table 2. Response at week 12 (ITT population)'), figure: 'n=38', arm: 'placebo', subgroup: 'ITT population', why: 'an arm\'s size in the header is its size in the caption\'s population' },
    { doc: captioned('Table 2. Response at week 12'), figure: 'n=38', subgroup: null, why: 'no population in the caption, none for the size' },
    { doc: TITLE_ROW, plain: true, figure: '72.3', timepoint: '24 weeks', subgroup: 'ITT population', arm: 'Acmezumab', why: 'a title in the table\'s first row is its caption' },
    { doc: NAMED_ARMS, figure: '\u221215.9', arm: 'Gel QX', why: 'a row that names the arms names each column\'s, words the lexicon does not know too' },
    { doc: NAMED_ARMS, figure: '\u221210.2', arm: 'placebo', why: 'its control\'s column' },
    { doc: NAMED_ARMS, figure: '\u22125.7', arm: null, why: 'the difference\'s column is no arm' },
    { doc: LEVELS, figure: '45.0', arm: 'Acmezumab', subgroup: 'All randomised patients', why: 'an arm over its statistics, a population over the arms' },
    { doc: LEVELS, figure: '5.7, 43.7', arm: 'placebo', subgroup: 'All randomised patients', why: 'the interval\'s column under the placebo' },
    { doc: LEVELS, figure: '53.3', arm: 'Acmezumab', subgroup: 'Patients with bulky nodes', why: 'the second population\'s columns' },
    { doc: LEVELS, figure: 'n = 16', arm: 'placebo', subgroup: 'Patients with bulky nodes', why: 'a size in an arm\'s cell over two columns, of the population over it' },
    { doc: LEVELS.replace('Table 3. Best response by population', 'Table 3. Best response (safety set)'), figure: 'n = 16', subgroup: 'Patients with bulky nodes', why: 'the column\'s own population before the caption\'s' },
    { doc: ESTIMATES, figure: '1.1', arm: null, unit: '%', why: 'the second column under the difference is the difference\'s (it was read under the ratio)' },
    { doc: ESTIMATES, figure: '1.02', unit: '', why: 'the ratio\'s second column, no share' },
    { doc: ESTIMATES, figure: '90', arm: null, why: 'the columns before the sub-header\'s are the header\'s own' },
    { doc: UNEVEN, figure: '53.3', subgroup: null, why: 'populations over arms that do not repeat: no column\'s' },
    { doc: GROUP_VALUES, figure: '1.0', subgroup: 'Marker-low patients', arm: null, why: 'a row with one value a population: the second value is the second population\'s comparison' },
    { doc: GROUP_VALUES, figure: '19.0', subgroup: 'Marker-high patients', arm: null, why: 'the first population\'s, no arm\'s' },
    { doc: GROUP_VALUES, figure: '29.0', subgroup: 'Marker-low patients', arm: 'Chemo', why: 'a row with a value a column keeps its columns' },
    { doc: NOTES, figure: '29.3', endpoint: 'sustained remission', why: 'a footnote\'s letter glued to the label is no part of the measure (the label is then the lexicon\'s name of an endpoint, that endpoint)' },
    { doc: NOTES, figure: '61.0', endpoint: 'Clinical improvement', why: 'two letters with a comma' },
    { doc: NOTES, figure: '19.5', endpoint: 'Symptom relapse', why: 'a word that ends in its own "e" keeps it' },
    { doc: NOTES, figure: '36.6', endpoint: 'Lesion clearance', why: '"clearance" keeps its "e"' },
    { doc: CONTROL_ROWS, figure: '41.0', arm: 'Comparator', timepoint: '52 weeks', why: 'a row named by a control is that arm, no measure' },
    { doc: CONTROL_ROWS, figure: '20.5', arm: 'Arm C', why: 'a row named by its letter is that arm, its size left out of the name' },
    { doc: CONTROL_ROWS, figure: '60.2', arm: 'Acmezumab', why: 'a row named by a drug is its arm' },
    { doc: PATIENT_GROUPS, figure: '30.0', subgroup: 'Part A', arm: null, why: 'a part of the study is a group of patients, no arm' },
    { doc: PATIENT_GROUPS, figure: '35.7', subgroup: 'All patients', arm: null, why: 'all patients: the whole group, no arm' },
    { doc: PATIENT_GROUPS, figure: '27.8', subgroup: '2L+', arm: null, why: 'a line of therapy names patients' },
    { doc: PATIENT_GROUPS, figure: '50.0', subgroup: 'PD-L1 \u226550%', arm: null, why: 'a biomarker\'s level names patients' },
    { doc: PATIENT_GROUPS, figure: '35.7', nth: 1, subgroup: 'ITT', arm: null, why: 'an analysis set names patients' },
    { doc: PATIENT_GROUPS, figure: '33.3', arm: 'Monotherapy', subgroup: null, why: 'what the group is given names an arm' },
    { doc: STACKED, figure: '30.0', subgroup: 'Cohort B', why: 'a row named by a cohort gives its cells that population' },
    { doc: STACKED, figure: '45', subgroup: null, timepoint: '12 weeks', why: 'the table above ends with a row, no caption: its cohort is no population of this one' },
  ];
  for (const r of rows) {
    it(`${JSON.stringify(r.figure)}: ${r.why}`, () => {
      const f = figure(r.doc, r.figure, r.nth, r.plain ? 'plaintext' : 'markdown'), b = f.binding;
      if (r.unit !== undefined) assert.equal(f.unit ?? '', r.unit);
      if (r.arm !== undefined) assert.equal(b.arm, r.arm ?? undefined);
      if (r.timepoint !== undefined) assert.equal(b.timepoint, r.timepoint ?? undefined);
      if (r.endpoint !== undefined) assert.equal(b.endpoint, r.endpoint);
      if (r.noEndpoint) assert.equal(b.endpoint, undefined);
      if (r.subgroup !== undefined) assert.equal(b.subgroup, r.subgroup ?? undefined);
      if (r.drugNot !== undefined) assert.notEqual(b.drug, r.drugNot);
      if (r.drug !== undefined) assert.equal(b.drug, r.drug ?? undefined);
    });
  }
});
