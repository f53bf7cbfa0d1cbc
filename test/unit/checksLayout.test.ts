/**
 * The checks' laid-out text (checks/layout.ts), laid out again only where an edit changed the text or
 * its layout, equals applyLayout of the whole text: random invented texts, random spans, random edits
 * that keep, shift, or change the layout near or far from the edit.
 */
import { strict as assert } from 'assert';
import { applyLayout, type Span } from '../../server/src/analysis/structure';
import { clearLayoutMemo, layoutStats, layoutText } from '../../server/src/analysis/checks/layout';
import { alternatesAtTop, execPiece, MAX_CHARS, readPiece, testPiece } from '../../server/src/analysis/testMemo';
import { hasCharBetween } from '../../server/src/analysis/text';

/** A small deterministic generator (a linear congruential one), so a failure names its seed. */
function generator(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return n => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return (s >>> 8) % n; };
}

/** Sorted, disjoint spans over a text of `length`, about one each `every` code units; soft breaks sit on line ends. */
function spansOf(text: string, random: (n: number) => number, every: number, onLineEnds: boolean): Span[] {
  const out: Span[] = [];
  for (let at = random(every); at < text.length; at += 1 + random(every)) {
    if (onLineEnds) { const nl = text.indexOf('\n', at); if (nl < 0) break; out.push({ start: nl, end: nl + 1 }); at = nl + 1; continue; }
    const end = Math.min(text.length, at + random(40));
    out.push({ start: at, end });
    at = end;
  }
  return out;
}

const WORDS = ['Net revenue', 'was', '$41.1 million', '\n', '\n\n', '| a | b |', '<!-- note -->', 'ORR 42 %', 'in the quarter.', ' ', '\r\n'];

function textOf(random: (n: number) => number, words: number): string {
  return Array.from({ length: words }, () => WORDS[random(WORDS.length)]).join(' ');
}

describe('the checks\u2019 laid-out text after an edit equals the whole text laid out', () => {
  for (const seed of [3, 17, 29, 41]) it(`random edits (seed ${seed})`, () => {
    const random = generator(seed);
    clearLayoutMemo();
    let text = textOf(random, 2000);
    let nonProse = spansOf(text, random, 300, false), soft = spansOf(text, random, 200, true);
    const reused = layoutStats.reused;
    for (let step = 0; step < 60; step++) {
      const at = random(text.length + 1);
      const cut = random(4) === 0 ? random(30) : 0;
      const added = random(3) === 0 ? '' : WORDS[random(WORDS.length)];
      const shift = (list: Span[]) => list.filter(s => s.end <= at || s.start >= at + cut).map(s => (s.start >= at + cut ? { start: s.start - cut + added.length, end: s.end - cut + added.length } : s));
      text = text.slice(0, at) + added + text.slice(at + cut);
      switch (random(4)) {
        case 0: nonProse = spansOf(text, random, 300, false); soft = spansOf(text, random, 200, true); break;
        // a span near the edit, or far from it, changed
        case 1: nonProse = shift(nonProse); soft = shift(soft); if (nonProse.length) { const k = random(nonProse.length); nonProse[k] = { start: nonProse[k].start, end: Math.max(nonProse[k].start, Math.min(nonProse[k].end + 3, nonProse[k + 1]?.start ?? text.length, text.length)) }; } break;
        default: nonProse = shift(nonProse); soft = shift(soft).filter(s => text[s.start] === '\n');
      }
      const got = layoutText(text, nonProse, soft);
      assert.equal(got, applyLayout(text, nonProse, soft), `seed ${seed}, step ${step}`);
    }
    // the comparison proves something only if the kept result served
    assert.ok(layoutStats.reused > reused + 10, `reused ${layoutStats.reused - reused} times`);
  });
});

describe('answers of patterns over short pieces, kept by their content (testMemo.ts)', () => {
  it('answer as the pattern does, however full the tables are', () => {
    const random = generator(5);
    const re = /(?:\bvs\.?|\bversus)\s*$/i;
    const read = (piece: string) => piece.split(' ').length;
    for (let i = 0; i < 3000; i++) {
      const piece = `${i % 7} ${'x'.repeat(random(150))} ${['vs.', 'versus', 'and', 'vs'][random(4)]}${' '.repeat(random(3))}`;
      assert.equal(testPiece(re, piece), re.test(piece));
      assert.equal(readPiece(read, piece), read(piece));
    }
  });

  it('answer each pattern and reading of one piece apart, and past the bound as before it (the least recently asked let go)', () => {
    const random = generator(9);
    const tail = /(\d+) (?:vs\.?|versus)\s*$/i;
    const head = /^\s*(\p{L}+)/u;
    const words = (piece: string) => piece.split(/\s+/).filter(Boolean).length;
    const letters = (piece: string) => piece.replace(/[^a-z]/g, '').length;
    // (pieces of about 190 code units: more than MAX_CHARS of them in all, the first ones asked again at the end)
    const pieceOf = (i: number) => `${['alpha', 'beta', ' gamma', ''][i % 4]} ${i} ${'abcdefghij'.repeat(18)} ${i % 97} ${['vs.', 'versus', 'and'][i % 3]}`;
    const count = Math.ceil((MAX_CHARS * 1.6) / pieceOf(0).length);
    const check = (i: number) => {
      const piece = pieceOf(i);
      assert.deepEqual(execPiece(tail, piece), tail.exec(piece), `piece ${i}`);
      assert.deepEqual(execPiece(head, piece), head.exec(piece), `piece ${i}`);
      assert.equal(readPiece(words, piece), words(piece), `piece ${i}`);
      assert.equal(readPiece(letters, piece), letters(piece), `piece ${i}`);
    };
    for (let i = 0; i < count; i++) check(i);
    for (let k = 0; k < 200; k++) check(random(count));
    for (let i = 0; i < 50; i++) check(i);
  });
});

describe('patterns anchored at the start, asked directly (testMemo.ts)', () => {
  it('tells an alternative outside every group and class from one inside', () => {
    assert.equal(alternatesAtTop('^a|b'), true);
    assert.equal(alternatesAtTop('^(?:a|b)c'), false);
    assert.equal(alternatesAtTop('^[|]x'), false);
    assert.equal(alternatesAtTop('^\\|x'), false);
    assert.equal(alternatesAtTop('^(?:a)\\)|b'), true);
    assert.equal(alternatesAtTop('^[\\]|]|b'), true);
  });

  it('answer as the pattern does, whether the start anchors every alternative or only the first', () => {
    const random = generator(21);
    const patterns = [/^\s*(?:vs\.?|versus)\b/i, /^a|versus/, /^(?:a|b)+c/, /^[|(]\d/, /x$|^\d+/m];
    for (let i = 0; i < 2000; i++) {
      const piece = `${' '.repeat(random(3))}${['vs. 12', 'versus', 'aabc', '|7', 'x', 'x\n42', 'b versus a'][random(7)]}${'yz'.repeat(random(4))}`;
      for (const re of patterns) assert.deepEqual(execPiece(re, piece), re.exec(piece), `${re} on ${JSON.stringify(piece)}`);
    }
  });
});

describe('hasCharBetween (a line\u2019s test for a character)', () => {
  it('answers as a search of the stretch alone does', () => {
    const random = generator(17);
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: random(80) }, () => 'ab|\t;\n '[random(7)]).join('');
      const ch = ['|', '\t', ';', 'x', 'ab'][random(5)];
      const from = random(text.length + 4) - 2, to = random(text.length + 4) - 2;
      const stretch = text.slice(Math.max(0, from), Math.max(0, to));
      const expected = ch.length === 1 ? stretch.includes(ch) : (() => { const at = text.indexOf(ch, from); return at >= 0 && at < to; })();
      assert.equal(hasCharBetween(text, ch, from, to), expected, JSON.stringify({ text, ch, from, to }));
    }
  });
});
