/**
 * Claims after an edit: the sentences the edit left as they were are replayed from the last run, and the claims are
 * those a cold run reads from the same text. Every sentence here is invented.
 */
import { strict as assert } from 'assert';
import { Analyzer, builtinLexicon } from '../../server/src/analysis';
import { claimsOf, claimsReuseStats, type Claim } from '../../server/src/analysis/claims';
import { clearMemo } from '../../server/src/analysis/memo';
import type { DocumentModel } from '../../server/src/analysis/model';

const analyzer = new Analyzer(builtinLexicon());
const analyze = (text: string): DocumentModel => analyzer.analyze(text, undefined, 'plaintext');

/** A claim as data: its figures by their offsets, every other field as it is. */
function shown(claims: readonly Claim[]): string {
  const at = (f: { start: number; end: number } | undefined) => (f ? [f.start, f.end] : null);
  return JSON.stringify(claims.map(c => ({ ...c, figure: at(c.figure), interval: at(c.interval), comparedWith: at(c.comparedWith), pValue: at(c.pValue) })),
    (_k, v: unknown) => (v === undefined ? '(none)' : typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
}

/** The claims of a cold run: nothing kept from an earlier one. */
function cold(text: string): string {
  clearMemo();
  return shown(claimsOf(analyze(text)));
}

/** The claims of `after` read right after those of `before`, and how many sentences were read and replayed for it. */
function warm(before: string, after: string): { claims: string; read: number; replayed: number } {
  clearMemo();
  claimsOf(analyze(before));
  const model = analyze(after);
  const read = claimsReuseStats.read, replayed = claimsReuseStats.replayed;
  const claims = shown(claimsOf(model));
  return { claims, read: claimsReuseStats.read - read, replayed: claimsReuseStats.replayed - replayed };
}

const SENTENCES = [
  'Vantrel Biosciences reported first quarter results for 2031.',
  'Net revenue for the first quarter was $12.4 million, compared with $9.8 million a year earlier.',
  'It ended the quarter with cash of $84.5 million.',
  'In the Phase 2 trial of VNT-217, the overall response rate was 38 % (95 % CI 27-49).',
  'Median progression-free survival was 9.2 months versus 5.1 months with placebo.',
  'Operating expenses rose 14 % to $22.7 million.',
  'Vantrel Biosciences expects its cash to fund operations into 2033.',
];
const DOC = SENTENCES.join(' ');

describe('claims: an edit reads again only the sentences it changed', () => {
  it('an edit of one figure re-reads its sentence and replays the rest, moved by the change in length', () => {
    const after = DOC.replace('rose 14 %', 'rose 114 %');
    const w = warm(DOC, after);
    assert.equal(w.claims, cold(after));
    // (the sentences next to it too: their readings look a few words past their ends)
    assert.ok(w.read <= 3 && w.replayed >= 4, `read ${w.read}, replayed ${w.replayed}`);
  });

  it('an edit before every figure moves them all and changes none', () => {
    const after = DOC.replace('reported', 'today reported');
    const w = warm(DOC, after);
    assert.equal(w.claims, cold(after));
    assert.ok(w.read <= 2 && w.replayed >= 5, `read ${w.read}, replayed ${w.replayed}`);
  });

  it('subjects carried from an earlier sentence are carried anew: a replayed sentence takes them from the edited one', () => {
    // the third sentence names no company: it speaks of the one named last, which the edit takes out of the first
    const after = DOC.replace('Vantrel Biosciences reported', 'The company reported');
    const w = warm(DOC, after);
    assert.equal(w.claims, cold(after));
    assert.ok(w.replayed >= 4, `replayed ${w.replayed}`);
  });

  it('a sentence added or removed leaves the others replayed, each with its own index', () => {
    const added = SENTENCES.slice(0, 3).concat(['Research and development expenses were $15.1 million.'], SENTENCES.slice(3)).join(' ');
    for (const [before, after] of [[DOC, added], [added, DOC]]) {
      const w = warm(before, after);
      assert.equal(w.claims, cold(after));
      assert.ok(w.read <= 3 && w.replayed >= 4, `read ${w.read}, replayed ${w.replayed}`);
    }
  });

  it('a heading on a line of its own, and one the next line runs on into, read as a cold run reads them', () => {
    const doc = `Vantrel Biosciences Reports Cash of $84.5 Million\n\n${SENTENCES.slice(1, 4).join('\n')}\nRevenue of $12.4 Million\n${SENTENCES.slice(4).join(' ')}`;
    for (const after of [doc.replace('38 %', '39 %'), doc.replace('Revenue of', 'Total Revenue of'), `Update\n${doc}`]) {
      assert.equal(warm(doc, after).claims, cold(after));
    }
  });
});
