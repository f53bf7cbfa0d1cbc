/**
 * The warm-up document the server analyses at start: it only speeds the first request if it reaches
 * the readers, so it must keep holding every kind of entity and figure. Its figures agree with each
 * other: the only finding is the decimal comma it mixes into its English with decimal points on purpose,
 * to reach that reading too (its German paragraph writes decimal commas, as German does: no finding).
 */
import { strict as assert } from 'assert';
import { analyzeText } from '../../server/src/analysis';
import { WARM_UP_TEXT } from '../../server/src/analysis/warmup';

describe('warm-up document', () => {
  const { model, findings } = analyzeText(WARM_UP_TEXT, {}, 'markdown');

  it('holds every entity kind', () => {
    const kinds = new Set(model.entities.map(e => e.kind));
    for (const k of ['drug', 'target', 'endpoint', 'indication', 'trial', 'company']) assert.ok(kinds.has(k as never), `no ${k} in ${[...kinds].join(', ')}`);
  });

  it('holds the figure kinds the readers produce', () => {
    const kinds = new Set(model.entities.flatMap(e => (e.kind === 'figure' ? [e.figureKind] : [])));
    for (const k of ['percent', 'duration', 'dose', 'money', 'count', 'ci', 'ratio', 'pvalue', 'date']) assert.ok(kinds.has(k as never), `no ${k} figure in ${[...kinds].join(', ')}`);
  });

  it('raises no finding but the decimal commas it holds on purpose', () => {
    assert.deepEqual(findings.filter(f => f.code !== 'mixed-decimal-separator').map(f => `${f.code}: ${f.message}`), []);
    assert.equal(findings.length, 1);
  });
});
