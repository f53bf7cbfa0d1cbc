/**
 * repeated-value: a trial's enrolment and a median restated with another value (repeatedValue.ts),
 * read in more phrasings: "among the N patients enrolled in <trial>" is the trial's whole
 * population, and "lived a median of" states a median overall survival. Every document here is invented.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'repeated-value');
const about = '\n\nAbout Quorix\nQuorix Therapeutics develops targeted medicines. It is based in Boston. Its pipeline holds three programs. It employs about 120 people. More is on its website.';

describe('repeated-value: enrolment and medians in more phrasings', () => {
  // each row: an invented document, and whether a restatement with another value is reported
  const cases: [string, boolean][] = [
    ['The Phase 3 VELA-2 trial of quorimab, which enrolled 508 patients, met its primary endpoint.\nAmong the 580 patients enrolled in VELA-2, 6% discontinued owing to adverse events.' + about, true],
    ['The Phase 3 VELA-2 trial of quorimab, which enrolled 508 patients, met its primary endpoint.\nAmong the 508 patients enrolled in VELA-2, 6% discontinued owing to adverse events.' + about, false],
    // "among" with a subgroup's words is still another population
    ['The Phase 3 VELA-2 trial of quorimab, which enrolled 508 patients, met its primary endpoint.\nAmong the 280 patients with PD-L1 expression enrolled in VELA-2, 6% discontinued.' + about, false],
    // "a study of <drug> in N patients with ...": the trial's size
    ['Quorix reported results of the Phase 3 VELA-2 study of quorimab in 450 patients with gout.\nIn VELA-2, 540 patients were randomized 2:1 to quorimab or placebo.' + about, true],
    ['Quorix reported results of the Phase 3 VELA-2 study of quorimab in 540 patients with gout.\nIn VELA-2, 540 patients were randomized 2:1 to quorimab or placebo.' + about, false],
    ['Quorimab extended median overall survival to 16.3 months in the VELA-2 trial.\nPatients treated with quorimab lived a median of 13.6 months.' + about, true],
    ['Quorimab extended median overall survival to 16.3 months in the VELA-2 trial.\nPatients treated with quorimab lived a median of 16.3 months.' + about, false],
    // what they lived without names another endpoint: not their overall survival
    ['Quorimab extended median overall survival to 31.2 months in the VELA-2 trial.\nPatients treated with quorimab survived a median of 14.8 months without their disease worsening, a measure called disease-free survival (DFS).' + about, false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${text.split('\n')[1].slice(0, 90)}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
  }
});

describe('repeated-value: counts qualified by "with ..." differently are different populations', () => {
  const cases: [string, boolean][] = [
    ['The Phase 2 trial of quorimab enrolled 140 patients with four kinds of solid tumour.\nFor the 22 patients with gastric cancer enrolled into the study, the ORR was 30%.' + about, false],
    ['The Phase 2 trial of quorimab enrolled 140 patients with gastric cancer.\nThe 104 patients with gastric cancer enrolled in the study had a median age of 61.' + about, true],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${text.split('\n')[1].slice(0, 90)}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
  }
});

describe('repeated-value: a median in the text and in a table row that states only that median', () => {
  const table = (pfs: string, row = 'Median PFS') => `Median PFS was 9.2 months with quorimab in the VELA-2 trial.\n\n| Measure | Quorimab (n=120) | Placebo (n=118) |\n|---|---|---|\n| ${row} | ${pfs} months | 4.1 months |\n| ORR | 40% | 12% |\n` + about;
  const cases: [string, boolean][] = [
    [table('2.9'), true],
    [table('9.2'), false],
    // a row that names an analysis or a reader sets its median apart
    [table('2.9', 'Median PFS by central review'), false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${text.split('\n')[4]}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
  }
});
