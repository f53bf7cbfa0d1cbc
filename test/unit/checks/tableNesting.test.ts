import { strict as assert } from 'assert';
import { analyzeText } from '../../../server/src/analysis';
import { measureOfLabel } from '../../../server/src/analysis/checks/tableNesting';

/** The cells an impossible-value finding of a Markdown table points at. */
const flagged = (markdown: string) => {
  const { findings } = analyzeText(markdown, {}, 'markdown');
  return findings.filter(f => f.code === 'impossible-value').map(f => markdown.slice(f.start, f.end));
};

describe('impossible-value: nested measures in a table', () => {
  // each row: an invented table, and the cells expected to be flagged (none for a consistent table)
  const cases: [string, string, string[]][] = [
    ['threshold rows of one scale, down a column',
      '| Endpoint | AB-101 (n=80) | Placebo (n=78) |\n|---|---|---|\n| ACR20, % | 44.0 | 22.0 |\n| ACR50, % | 25.0 | 14.0 |\n| ACR70, % | 47.0 | 8.0 |\n', ['47.0']],
    ['threshold rows in order', '| Endpoint | AB-101 (n=80) | Placebo (n=78) |\n|---|---|---|\n| ACR20, % | 44.0 | 22.0 |\n| ACR50, % | 25.0 | 14.0 |\n| ACR70, % | 11.9 | 8.0 |\n', []],
    ['PASI thresholds, hyphenated', '| Week 16 | AB-202 | Placebo |\n|---|---|---|\n| PASI-75 (%) | 70 | 9 |\n| PASI-90 (%) | 52 | 3 |\n| PASI-100 (%) | 58 | 1 |\n', ['58']],
    ['blocks of subgroups start again at the loosest threshold',
      '| | AB-101 | Placebo |\n|---|---|---|\n| ACR20 | 40.0 | 20.0 |\n| ACR70 | 10.0 | 5.0 |\n| Subgroup B | n=40 | n=41 |\n| ACR20 | 30.0 | 21.0 |\n| ACR70 | 12.0 | 6.0 |\n', []],
    ['weight-loss thresholds named in words', '| Outcome | AB-303 1 mg | Placebo |\n|---|---|---|\n| % of participants losing at least 5% of body weight | 70.1 | 30.0 |\n| % of participants losing at least 10% of body weight | 74.0 | 11.0 |\n', ['74.0']],
    ['weight-loss thresholds in order', '| Outcome | AB-303 1 mg | Placebo |\n|---|---|---|\n| % of participants losing at least 5% of body weight | 70.1 | 30.0 |\n| % of participants losing at least 10% of body weight | 54.0 | 11.0 |\n', []],
    ['a biomarker threshold names a subgroup, not an outcome reached', '| Subgroup | ORR (%) AB-404 | ORR (%) control |\n|---|---|---|\n| PD-L1 ≥1% | 30.0 | 20.0 |\n| PD-L1 ≥50% | 45.0 | 25.0 |\n', []],
    ['CR above ORR in one column', '| Response | AB-505 (n=60) | Control (n=60) |\n|---|---|---|\n| Complete response, % | 33.3 | 5.0 |\n| Partial response, % | 10.0 | 15.0 |\n| Objective response rate, % | 30.0 | 20.0 |\n| Disease control rate, % | 70.0 | 55.0 |\n', ['33.3']],
    ['DCR below ORR', '| Response | AB-505 (n=60) | Control (n=60) |\n|---|---|---|\n| Objective response (95% CI) | 30.0% (19-43) | 20.0% (11-32) |\n| Disease control (95% CI) | 25.0% (15-38) | 55.0% (42-68) |\n', ['30.0%']],
    ['non-CR/non-PD is no response rate', '| Response | AB-505 (n=60) |\n|---|---|\n| Objective response rate, % | 20.0 |\n| Non-CR/non-PD, % | 35.0 |\n', []],
    ['response columns along a row', '| Arm | N | ORR (%) | CR (%) |\n|---|---|---|---|\n| AB-101 10 mg | 20 | 45 | 50 |\n| AB-101 20 mg | 21 | 52.4 | 14.3 |\n', ['50']],
    ['a grade-restricted row above the all-grade row of its events', '| Event | AB-606 (N = 120) | Control (N = 118) |\n|---|---|---|\n| Any adverse event | 110 (91.7) | 100 (84.7) |\n| Serious adverse event | 30 (25.0) | 22 (18.6) |\n| Any adverse event of grade ≥3 | 118 (98.3) | 40 (33.9) |\n', ['118']],
    ['serious events above all events', '| Event | AB-808 (N = 90) | Placebo (N = 88) |\n|---|---|---|\n| Any TEAE | 60 (66.7) | 50 (56.8) |\n| Serious TEAE | 64 (71.1) | 5 (5.7) |\n', ['64']],
    ['serious events within all events', '| Event | AB-808 (N = 90) | Placebo (N = 88) |\n|---|---|---|\n| Any TEAE | 60 (66.7) | 50 (56.8) |\n| Serious TEAE | 14 (15.6) | 5 (5.7) |\n| Fatal serious TEAE | 2 (2.2) | 0 |\n', []],
    ['a bare restriction under "Any grade"', '| Events, n (%) | On treatment (n = 500) | Follow-up (n = 300) |\n|---|---|---|\n| Treatment-related AE | | |\n| Any grade | 300 (60) | 90 (30) |\n| Grade ≥ 3 | 320 (64) | 12 (4) |\n| Immune-related AE | | |\n| Any grade | 150 (30) | 20 (7) |\n| Grade ≥ 3 | 40 (8) | 5 (2) |\n', ['320']],
    ['grade columns of one arm, along a row', '| Event, n (%) | AB-707, Any Grade | AB-707, Grade 3 or 4 | Control, Any Grade | Control, Grade 3 or 4 |\n|---|---|---|---|---|\n| All | 100 (83.3) | 40 (33.3) | 90 (75.0) | 30 (25.0) |\n| Serious | 20 (16.7) | 25 (20.8) | 15 (12.5) | 10 (8.3) |\n', ['25']],
    ['consistent grade columns', '| Event, n (%) | AB-707, Any Grade | AB-707, Grade 3 or 4 | Control, Any Grade | Control, Grade 3 or 4 |\n|---|---|---|---|---|\n| All | 100 (83.3) | 40 (33.3) | 90 (75.0) | 30 (25.0) |\n| Serious | 20 (16.7) | 15 (12.5) | 15 (12.5) | 10 (8.3) |\n', []],
    ['a count of patients above its column\'s N', '| Response, n (%) | AB-505 (n=60) | Control (n=60) |\n|---|---|---|\n| Objective response | 64 (106.7) | 12 (20.0) |\n', ['64', '106.7']],
    ['a count of patients within its column\'s N', '| Response, n (%) | AB-505 (n=60) | Control (n=60) |\n|---|---|---|\n| Objective response | 24 (40.0) | 12 (20.0) |\n', []],
    ['a bare number under a column\'s N may count events', '| Event | AB-606 (N = 120) | Control (N = 118) |\n|---|---|---|\n| Adverse events reported | 131 | 100 |\n', []],
    ['a column of differences is never read', '| Endpoint | AB-101 | Placebo | Difference vs placebo |\n|---|---|---|---|\n| ACR20, % | 40.0 | 30.0 | 10.0 |\n| ACR70, % | 15.0 | 2.0 | 13.0 |\n', []],
  ];
  for (const [what, table, want] of cases) it(what, () => assert.deepEqual(flagged(table), want));
});

describe('tableNesting: what a label says of its measure', () => {
  const cases: [string, string | undefined][] = [
    ['ACR20, %', 'threshold'], ['PASI 90 response (%)', 'threshold'], ['EASI-75', 'threshold'],
    ['≥10% Gewichtsverlust', 'threshold'], ['HbA1c < 7%', 'threshold'], ['PD-L1 ≥ 50%', undefined],
    ['Complete response', 'response'], ['ORR (CR + PR)', 'response'], ['Disease control rate, %', 'response'], ['Non-CR/Non-PD', undefined],
    ['Grade ≥ 3', 'grade'], ['Any grade', 'grade'], ['Grade 3 or 4', 'grade'], ['Any TEAE of grade ≥3', 'grade'],
    ['Serious adverse events', 'grade'], ['Schwerwiegende unerwünschte Ereignisse', 'grade'], ['Difference vs placebo', undefined], ['Median PFS, months', undefined],
  ];
  for (const [label, kind] of cases) it(`reads ${JSON.stringify(label)}`, () => assert.equal(measureOfLabel(label)?.kind, kind));
});
