import { strict as assert } from 'assert';
import { analyzeText } from '../../../server/src/analysis';

/** Readings that removed false alarms on fresh real releases; every sentence here is invented. */
describe('a pair whose whole stands right after its brackets, and a German interval label with its abbreviation', () => {
  const codes = (text: string) => analyzeText(text).findings.map(f => f.code);
  it('holds "k (p %) out of n" to its own n, not to the n of the pair before it', () => {
    const text = 'Progression occurred in 30 (25.0%) out of 120 patients with AB-101 and 40 (66.7%) out of 60 patients with placebo.';
    assert.deepEqual(codes(text), []);
    assert.deepEqual(codes(text.replace('66.7%', '56.7%')), ['percent-of-count']);
  });
  it('reads "95% Konfidenzintervall (KI): a bis b" as the interval, not the 95 as a rate', () => {
    const text = 'Die Überlebensrate lag bei 80% (16 von 20 Patienten, 95% Konfidenzintervall (KI): 55 bis 92%).';
    const { model, findings } = analyzeText(text);
    assert.deepEqual(findings.map(f => f.code), []);
    assert.ok(model.entities.some(e => e.kind === 'figure' && e.figureKind === 'ci' && text.slice(e.start, e.end).startsWith('95% Konfidenzintervall (KI)')));
    // the English label with its bracketed abbreviation, as before
    assert.ok(analyzeText('The rate was 80% (95% confidence interval (CI): 55 to 92%).').model.entities.some(e => e.kind === 'figure' && e.figureKind === 'ci'));
  });
});
