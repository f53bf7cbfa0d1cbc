/**
 * The text memo (analysis/memo.ts): a kept reading is the reading of that very text, paragraphs are
 * placed at their offsets, the bound holds, and an analysis with a warm memo after a run of random
 * edits is the analysis from scratch, findings included.
 */
import { strict as assert } from 'assert';
import { documentFrequencies } from '../../server/src/analysis/checks/restatedClaims';
import { Analyzer, builtinLexicon, DocumentBlocks, runChecks } from '../../server/src/analysis';
import { newAnalysisRun } from '../../server/src/analysis/askTape';
import { clearMemo, MEMO_MAX_CHARS, setMemoMaxChars, memoCodeUnitMap, memoMatchAll, memoRead, memoSpanText, memoStats, memoText, spanListsHeld, paragraphMatches, paragraphReads, paragraphSum, spanExec, spanTest } from '../../server/src/analysis/memo';

describe('text memo', () => {
  beforeEach(() => clearMemo());

  const WORD = /[a-z]+/g;

  it('gives the matches of the text asked, the second time from the memo', () => {
    const a = 'alpha beta gamma';
    assert.deepEqual(memoMatchAll(WORD, a).map(m => [m[0], m.index]), [['alpha', 0], ['beta', 6], ['gamma', 11]]);
    const before = memoStats().hits;
    assert.deepEqual(memoMatchAll(WORD, 'alpha beta ' + 'gamma').map(m => m[0]), ['alpha', 'beta', 'gamma']);
    assert.equal(memoStats().hits, before + 1);
    // another text of the same length is read, not confused with the first
    assert.deepEqual(memoMatchAll(WORD, 'delta beta gamma').map(m => m[0]), ['delta', 'beta', 'gamma']);
  });

  it('keeps results apart by reading: two expressions or functions on one text', () => {
    const t = 'one 2 three 4';
    const digits = /\d/g;
    const m = memoText(t);
    assert.deepEqual(m.matchAll(WORD).map(x => x[0]), ['one', 'three']);
    assert.deepEqual(m.matchAll(digits).map(x => x[0]), ['2', '4']);
    const length = (s: string) => s.length;
    const words = (s: string) => s.split(' ').length;
    assert.equal(memoRead(t, length), 13);
    assert.equal(memoRead(t, words), 4);
  });

  it('finds each reading\'s own result however the readings of a text are asked, in order, out of order, again and past its list', () => {
    // (the lookup walks a text's readings from the one found last: every order of asking must find each its own)
    const t = 'five words in this text';
    const readings = Array.from({ length: 60 }, (_, k) => (s: string) => `${k}:${s.length}`);
    const order = [...readings.keys(), ...[...readings.keys()].reverse(), 7, 7, 3, 59, 0, 41, 40, 42, 12, 12, 58];
    for (const k of order) assert.equal(memoRead(t, readings[k]), `${k}:${t.length}`, `reading ${k}`);
    // a reading asked for the first time after many others is read, and kept apart from them
    const late = (s: string) => s.toUpperCase();
    assert.equal(memoRead(t, late), t.toUpperCase());
    for (const k of [59, 0, 30]) assert.equal(memoRead(t, readings[k]), `${k}:${t.length}`);
  });

  it('holds the span records of the latest lists only, and reads a list let go as before (memoSpanText)', () => {
    const first = (t: string) => t.split(' ')[0];
    const lists: { text: string; spans: { start: number; end: number }[] }[] = [];
    for (let k = 0; k < 30; k++) {
      // one analysis per list, as each part of a long document has its own model's sentences
      newAnalysisRun();
      const text = `Word${k} one. Other${k} two.`;
      const spans = [{ start: 0, end: text.indexOf('.') + 1 }, { start: text.indexOf('.') + 2, end: text.length }];
      lists.push({ text, spans });
      assert.deepEqual(spans.map(s => memoSpanText(text, spans, s).read(first)), [`Word${k}`, `Other${k}`]);
    }
    assert.ok(spanListsHeld() <= 8, `${spanListsHeld()} lists held`);
    // the first list's record was let go: its spans read the same from the table
    newAnalysisRun();
    const { text, spans } = lists[0];
    assert.deepEqual(spans.map(s => memoSpanText(text, spans, s).read(first)), ['Word0', 'Other0']);
    assert.ok(spanListsHeld() <= 8);
  });

  it('reads a sentence of a list by its own text after the list is changed in place (memoSpanText)', () => {
    const text = 'Alpha one. Beta two. Gamma three.';
    const spans = [{ start: 0, end: 10 }, { start: 11, end: 20 }, { start: 21, end: 33 }];
    const first = (s: string) => s.split(' ')[0];
    assert.deepEqual(spans.map(s => memoSpanText(text, spans, s).read(first)), ['Alpha', 'Beta', 'Gamma']);
    // the list changed in place: the span at index 1 is now another one; its kept entry must not answer for it
    spans[1] = { start: 21, end: 33 };
    spans.length = 2;
    assert.equal(memoSpanText(text, spans, spans[1]).read(first), 'Gamma');
    assert.equal(memoSpanText(text, spans, spans[0]).read(first), 'Alpha');
    // a span asked beyond what the list held when its record was made
    spans.push({ start: 11, end: 20 });
    assert.equal(memoSpanText(text, spans, spans[2]).read(first), 'Beta');
  });

  it('places each paragraph\'s matches at their offsets in the whole text', () => {
    const text = 'ab cd\n\nef\n\n\n\ngh ij';
    const placed = paragraphMatches(WORD, text).map(p => [p.match[0], p.index]);
    assert.deepEqual(placed, [...text.matchAll(WORD)].map(m => [m[0], m.index]));
    const reads = paragraphReads(text, p => [...p.matchAll(WORD)].map(m => ({ start: m.index!, word: m[0] })), (x, at) => x.start + at);
    assert.deepEqual(reads, [0, 3, 7, 13, 16]);
    assert.equal(paragraphSum(text, p => p.length), 5 + 2 + 5);
  });

  it('an edit in one paragraph rereads that paragraph only', () => {
    const paras = Array.from({ length: 30 }, (_, i) => `paragraph number ${i} says ${'x'.repeat(i)}`);
    paragraphMatches(WORD, paras.join('\n\n'));
    const misses = memoStats().misses;
    paras[17] += ' more';
    paragraphMatches(WORD, paras.join('\n\n'));
    assert.equal(memoStats().misses, misses + 1);
  });

  it('stays within its bound and still reads right past it', () => {
    try {
      setMemoMaxChars(5000);
      const big = 'y'.repeat(1000) + ' z';
      for (let i = 0; i < 50; i++) assert.equal(memoMatchAll(WORD, big + i).length, 2);
      assert.ok(memoStats().chars <= 5000, `${memoStats().chars} code units kept`);
      // a text longer than the bound is read and not kept
      const huge = 'w '.repeat(4000);
      assert.equal(memoMatchAll(WORD, huge).length, 4000);
      assert.ok(memoStats().chars <= 5000);
      // the most recently used texts are the ones kept
      const before = memoStats().hits;
      memoMatchAll(WORD, big + 49);
      assert.equal(memoStats().hits, before + 1);
    } finally {
      setMemoMaxChars(MEMO_MAX_CHARS);
    }
  });
});

describe('an expression asked of a sentence, kept with its text (spanTest, spanExec)', () => {
  beforeEach(() => clearMemo());

  it('answers as the expression does on the slice, across edits that move the sentences, and asks a global one directly', () => {
    let seed = 3;
    const random = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    const words = ['the', 'fiscal', 'year', 'arm', 'arms', 'versus', 'Revenue', 'rose', '12', 'patients', 'respectively', 'zeta'];
    const sentence = () => Array.from({ length: 1 + random(12) }, () => words[random(words.length)]).join(' ') + '.';
    const patterns = [/\barms?\b/i, /(?<![\p{L}])(?:fiscal|versus)(?![\p{L}])/iu, /^\s*(\p{Lu}\p{Ll}+)/u, /(\d+) patients/];
    const global = /\bthe\b/g;
    // a long text (the memo reuses its sentences' entries between versions from 4,096 code units on), edited at random
    let parts = Array.from({ length: 200 }, sentence);
    let hits = 0;
    for (let round = 0; round < 30; round++) {
      const k = random(parts.length);
      parts = random(2) ? [...parts.slice(0, k), sentence(), ...parts.slice(k + 1)] : [...parts.slice(0, k), sentence(), ...parts.slice(k)];
      const text = parts.join(' ');
      const spans: { start: number; end: number }[] = [];
      for (let at = 0, i = 0; i < parts.length; at += parts[i].length + 1, i++) spans.push({ start: at, end: at + parts[i].length });
      const before = memoStats().hits;
      for (const s of spans) {
        for (const re of patterns) {
          assert.equal(spanTest(re, text, spans, s), re.test(text.slice(s.start, s.end)));
          assert.deepEqual(spanExec(re, text, spans, s), re.exec(text.slice(s.start, s.end)));
          // a span of no list (the binder's stand-in for a figure outside every sentence), and no list at all
          assert.equal(spanTest(re, text, undefined, { start: s.start + 1, end: s.end }), re.test(text.slice(s.start + 1, s.end)));
        }
        // (a global expression answers by its lastIndex: asked directly, it moves as it would)
        const copy = new RegExp(global.source, global.flags);
        copy.lastIndex = global.lastIndex;
        assert.equal(spanTest(global, text, spans, s), copy.test(text.slice(s.start, s.end)));
        assert.equal(global.lastIndex, copy.lastIndex);
      }
      hits += memoStats().hits - before;
    }
    assert.ok(hits > 10000, `kept answers served: ${hits}`);
  });
});

describe('document frequencies brought up to date from the last count (restatedClaims documentFrequencies)', () => {
  it('equal a fresh count after random edits of the lists, kept ones shared, copies made anew, and another document between', () => {
    let seed = 23;
    const random = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    const words = ['revenu', 'quarter', 'acme', 'zeta', 'respons', 'placebo', 'week', 'cohort', 'trial', 'dose'];
    const list = () => [...new Set(Array.from({ length: random(6) }, () => words[random(words.length)]))];
    const fresh = (lists: readonly (readonly string[])[]) => { const m = new Map<string, number>(); for (const l of lists) for (const w of l) m.set(w, (m.get(w) ?? 0) + 1); return m; };
    const sorted = (m: Map<string, number>) => [...m].sort((a, b) => a[0].localeCompare(b[0]));
    let lists = Array.from({ length: 60 }, list);
    const other = Array.from({ length: 40 }, list);
    for (let round = 0; round < 500; round++) {
      const at = random(lists.length + 1);
      switch (random(5)) {
        case 0: lists = [...lists.slice(0, at), list(), ...lists.slice(at)]; break;
        case 1: lists = [...lists.slice(0, at), ...lists.slice(at + 1 + random(3))]; break;
        case 2: lists = [...lists.slice(0, at), list(), ...lists.slice(at + 1)]; break;
        // (a list of the same words made anew: compared by identity, it is taken out and put back)
        case 3: lists = lists.map((l, i) => (i === at ? [...l] : l)); break;
        default: lists = [...lists.slice(0, at), ...lists.slice(at + 5), ...lists.slice(at, at + 5)];
      }
      if (round % 37 === 0) assert.deepEqual(sorted(documentFrequencies(other)), sorted(fresh(other)));
      assert.deepEqual(sorted(documentFrequencies(lists)), sorted(fresh(lists)), `round ${round}`);
    }
  });
});

describe('a code-unit map kept across edits', () => {
  beforeEach(() => clearMemo());

  it('maps only what differs from a text mapped before, and gives the map of the whole text', () => {
    let seed = 3;
    const random = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    let read = 0;
    const upper = (t: string) => { read += t.length; return t.replace(/[a-z\u2013]/g, c => (c === '\u2013' ? '-' : c.toUpperCase())); };
    const other = (t: string) => t.replace(/ /g, '_');
    const alphabet = ['a', 'b', ' ', '\u2013', '\n', 'Z', '\ud83d\ude00'];
    let text = Array.from({ length: 6000 }, () => alphabet[random(alphabet.length)]).join('');
    let second = text.slice(0, 5000);
    for (let step = 0; step < 60; step++) {
      const at = random(text.length + 1);
      text = random(2) ? text.slice(0, at) + alphabet[random(alphabet.length)] + text.slice(at) : text.slice(0, at) + text.slice(at + random(40));
      read = 0;
      assert.equal(memoCodeUnitMap(text, upper), upper(text), `step ${step}`);
      if (step > 0) assert.ok(read < 2 * 40 + 2 + text.length, `mapped ${read - text.length} code units besides the check`);
      // another map and another text in between never answer for this one
      second = second.slice(1) + alphabet[random(alphabet.length)];
      assert.equal(memoCodeUnitMap(second, other), other(second));
      assert.equal(memoCodeUnitMap(second, upper), upper(second));
    }
  });
});

describe('analysis with a warm memo equals the analysis from scratch', () => {
  const lexicon = builtinLexicon();
  const para = (i: number) => [
    `Zelbotamab ${i + 2} mg/kg gave an ORR of ${20 + i}% (${i + 4}/${i + 16}) in the Phase 2 ACMESTAR-${i} trial; median PFS was ${i + 3}.5 months (95% CI, ${i + 2}.1-${i + 5}.0).`,
    `In the third quarter of 2031 revenue rose ${i + 5} % to EUR ${40 + i} million compared with the prior year; ${i + 10} patients (${30 + i}%) responded, versus placebo.`,
    `Among the ${i + 30} evaluable patients, ${i + 12} had a partial response and the rate doubled from ${10 + i}% to ${18 + i}% (HR ${(0.5 + i / 100).toFixed(2)}; p=0.0${i + 1}).`,
  ][i % 3];

  /** The model and findings as plain data: what a client would see. */
  function snapshot(analyzer: Analyzer, text: string, own?: DocumentBlocks) {
    const model = analyzer.analyze(text, undefined, 'plaintext', own);
    return JSON.parse(JSON.stringify({ entities: model.entities, findings: runChecks(model) }));
  }

  it('after random edits, every snapshot equals a cold analysis', function () {
    this.timeout(120000);
    let seed = 7;
    const random = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    let text = Array.from({ length: 24 }, (_, i) => para(i)).join('\n\n');
    const warm = new Analyzer(lexicon);
    const own = new DocumentBlocks();
    snapshot(warm, text, own);
    const alphabet = ['x', ' ', '1', '%', '.', '\n', '\n\n', 'placebo ', 'doubled '];
    for (let step = 0; step < 25; step++) {
      const at = random(text.length + 1);
      const del = random(3) === 0 ? random(12) : 0;
      text = text.slice(0, at) + alphabet[random(alphabet.length)] + text.slice(at + del);
      const incremental = snapshot(warm, text, own);
      clearMemo();
      const scratch = snapshot(new Analyzer(lexicon), text);
      assert.deepEqual(incremental, scratch, `after edit ${step} at ${at}`);
      // warm the memo again from this text, as the editor would have it
      snapshot(warm, text, own);
    }
  });
});
