/**
 * The shapes an interval, its estimate and its p-value are written in, on unseen text: the interval's
 * name written out and capitalized, its short label without a level, the words of the test before the
 * p-value, and an interval written right after its estimate in brackets. Invented sentences.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

function table(title: string, code: string, cases: [string, boolean][]): void {
  describe(title, () => {
    for (const [text, expected] of cases) {
      it(`${expected ? 'reports' : 'stays silent on'}: ${text.slice(0, 90)}`, () => {
        assert.equal(messagesOf(text, code).length > 0, expected, messagesOf(text, code).join(' | '));
      });
    }
  });
}

table('p-value-vs-ci: the interval named in full, the test named before the p-value', 'p-value-vs-ci', [
  ['Acme Bio reported an HR of 0.72 (95% Confidence Interval [CI] 0.55, 1.12; two-sided P=0.004) for AB-101.', true],
  ['Acme Bio reported an HR of 0.72 (95% Confidence Interval [CI] 0.55, 0.94; two-sided P=0.004) for AB-101.', false],
  ['AB-101 lowered the risk of death (hazard ratio 0.72, 95% Confidence Interval 0.55-1.12, log-rank p = 0.003).', true],
  ['AB-101 lowered the risk of death (hazard ratio 0.72, 95% Confidence Interval 0.55-0.94, log-rank p = 0.016).', false],
  ['AB-101 senkte das Risiko (HR 0,72; 95% Konfidenzintervall 0,55-1,12; zweiseitig p = 0,003).', true],
  ['AB-101 senkte das Risiko (HR 0,72; 95% Konfidenzintervall 0,55-0,94; zweiseitig p = 0,016).', false],
  ['The odds ratio was 1.80 (95% CI 1.20-2.70; two-sided p = 0.40).', true],
  ['The odds ratio was 1.80 (95% CI 1.20-2.70; two-sided p = 0.005).', false],
]);

table('ci-inconsistent: a short label without its level, the name written out', 'ci-inconsistent', [
  ['Acme Bio reported an adjusted hazard ratio of 3.45, CI 4.1-9.8, p=0.01, for AB-101.', true],
  ['Acme Bio reported an adjusted hazard ratio of 6.45, CI 4.1-9.8, p=0.01, for AB-101.', false],
  ['The odds ratio was 2.10 (CI: 2.40-4.90) in the AB-101 arm.', true],
  ['The odds ratio was 2.10 (CI: 1.40-3.90) in the AB-101 arm.', false],
  ['The HR was 0.52 (95% Confidence Interval [CI] 0.61, 0.88) for AB-101.', true],
  ['The HR was 0.72 (95% Confidence Interval [CI] 0.61, 0.88) for AB-101.', false],
  ['Das HR betrug 0,52 (95%-Konfidenzintervall 0,61-0,88).', true],
  ['Das HR betrug 0,72 (95%-Konfidenzintervall 0,61-0,88).', false],
]);

table('ci-inconsistent: an interval in brackets right after its estimate, the level not written', 'ci-inconsistent', [
  ['Overall remission rate (%)\n41\n(62.0[64.5, 83.3]\n)', true],
  ['Overall remission rate (%)\n41\n(72.0[64.5, 83.3]\n)', false],
  ['The response rate was 45.0% (47.2, 58.9) in the AB-101 group.', true],
  ['The response rate was 52.0% (47.2, 58.9) in the AB-101 group.', false],
  ['Median PFS was 11.2 (12.4, 15.8) months with AB-101.', true],
  ['Median PFS was 13.2 (12.4, 15.8) months with AB-101.', false],
  // citations are whole numbers; prior-year amounts are money
  ['Response rates of 45% have been reported before [12, 13].', false],
  ['Revenue was EUR 61.8 million (62.5, 70.1 in the two years before).', false],
]);

table('significance-vs-ci: a claim with its own p-value, its interval in the next sentence', 'significance-vs-ci', [
  ['AB-101 zeigte gegenüber Placebo einen statistisch signifikanten Vorteil beim Gesamtüberleben (p<0,0001). Das Sterberisiko sank um 30% (Hazard Ratio = 0,70; 95%-Konfidenzintervall: 0,59-1,03).', true],
  ['AB-101 zeigte gegenüber Placebo einen statistisch signifikanten Vorteil beim Gesamtüberleben (p<0,0001). Das Sterberisiko sank um 30% (Hazard Ratio = 0,70; 95%-Konfidenzintervall: 0,59-0,83).', false],
  ['AB-101 showed a statistically significant improvement in overall survival (p = 0.002). The hazard ratio for OS was 0.80 (95% CI 0.62-1.08).', true],
  ['AB-101 showed a statistically significant improvement in overall survival (p = 0.002). The hazard ratio for OS was 0.80 (95% CI 0.69-0.93).', false],
  // a p-value above the level is the claim's finding first (one finding, not two)
  ['AB-101 showed a statistically significant improvement in overall survival (p = 0.21). The hazard ratio for OS was 0.80 (95% CI 0.62-1.08).', true],
  // the next sentence speaks of another endpoint: not the claim's evidence
  ['AB-101 showed a statistically significant improvement in overall survival (p = 0.002). The hazard ratio for PFS was 0.80 (95% CI 0.62-1.08).', false],
]);

table('ci-inconsistent: a range in brackets right after its estimate, outside a table', 'ci-inconsistent', [
  // a label table flattened one cell a line
  ['Hazard ratio (IC à 95 %)\nFinal\n0,547 (0,253 à 0,475)\n<0,001', true],
  ['Hazard ratio (IC à 95 %)\nFinal\n0,347 (0,253 à 0,475)\n<0,001', false],
  ['Median TTP (weeks)\n24.1 (11.1-18.3)\n6.0 (4.4-9.9)', true],
  ['Median TTP (weeks)\n14.1 (11.1-18.3)\n6.0 (4.4-9.9)', false],
  ['Die mediane Ansprechdauer betrug 9,8 (10,2 bis 14,5) Monate.', true],
  ['Die mediane Ansprechdauer betrug 12,8 (10,2 bis 14,5) Monate.', false],
  // whole numbers in brackets: a span of years or citations, not an interval
  ['The 2.5 mg dose was first studied in 2012 (2008-2010).', false],
  ['Response rates near 45.5 have been reported (12-14).', false],
]);

table('p-value-vs-ci: a vaccine efficacy judged as one less a ratio', 'p-value-vs-ci', [
  ['AB-101 showed a vaccine efficacy (VE) of 78.5% (95% CI: -6.2%, 94.1%; p=0.004) against RSV disease.', true],
  ['AB-101 showed a vaccine efficacy (VE) of 78.5% (95% CI: 46.2%, 91.4%; p=0.004) against RSV disease.', false],
  ['AB-101 showed a vaccine efficacy (VE) of 78.5% (95% CI: 46.2%, 91.4%; p=0.40) against RSV disease.', true],
  ['AB-101 showed a vaccine efficacy (VE) of 20.5% (95% CI: -6.2%, 41.0%; p=0.12) against RSV disease.', false],
  // an interval at another level: held to that level
  ['AB-101 showed a vaccine efficacy (VE) of 78.5% (97.5% CI: -6.2%, 94.1%; p=0.03) against RSV disease.', false],
]);
