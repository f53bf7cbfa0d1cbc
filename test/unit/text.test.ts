import { strict as assert } from 'assert';
import { LineIndex, normalizeText } from '../../server/src/analysis/text';
import { paragraphLocator, splitBlocks, splitSentences } from '../../server/src/analysis/text';
import { tokenize } from '../../server/src/analysis/tokens';

describe('text normalisation', () => {
  it('keeps the length so offsets stay offsets into the original', () => {
    const original = 'PD\u2011L1 \u00d7 4\u20111BB at 900\u00a0\u03bcg/kg \u201ccold\u201d tumours \u2013 50\u202f%';
    const n = normalizeText(original);
    assert.equal(n.length, original.length);
    assert.equal(n, 'PD-L1 \u00d7 4-1BB at 900 \u00b5g/kg "cold" tumours - 50 %');
  });

  it('reads the slanted comparison signs of journal tables as the plain ones', () => {
    assert.equal(normalizeText('grade \u2a7e3 in \u2a7d5 %'), 'grade \u22653 in \u22645 %');
  });

  it('returns plain ASCII text unchanged (same string)', () => {
    const s = 'ORR was 36 % in 22 patients.';
    assert.equal(normalizeText(s), s);
  });

  it('converts offsets to LSP positions with UTF-16 characters and CRLF lines', () => {
    const idx = new LineIndex('a\r\nb\u00e9\u{1F600}c\nd');
    assert.deepEqual(idx.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(idx.positionAt(3), { line: 1, character: 0 });
    // the emoji is two UTF-16 code units
    assert.deepEqual(idx.positionAt(7), { line: 1, character: 4 });
    assert.deepEqual(idx.positionAt(9), { line: 2, character: 0 });
    assert.equal(idx.offsetAt({ line: 1, character: 4 }), 7);
    assert.equal(idx.offsetAt({ line: 9, character: 0 }), 10);
  });
});

describe('blocks and sentences', () => {
  it('splits blocks at blank lines and keeps offsets', () => {
    const t = 'one\ntwo\n\n\nthree\n';
    const b = splitBlocks(t);
    assert.deepEqual(b.map(x => [x.start, x.end, x.text]), [[0, 7, 'one\ntwo'], [10, 15, 'three']]);
  });

  it('never makes a block longer than 2000 characters, even from one huge line, and cuts it at sentence ends', () => {
    const line = 'ORR was 36 %. '.repeat(2000);
    const blocks = splitBlocks(line);
    assert.ok(blocks.length > 1);
    assert.ok(blocks.every(b => b.text.length <= 2000));
    // (each cut at a sentence's end, in the second half of the bound)
    assert.ok(blocks.slice(0, -1).every(b => b.text.length > 1000 && b.text.endsWith('%.')));
    assert.equal(blocks.map(b => b.text).join('').replace(/ /g, ''), line.trim().replace(/ /g, ''));
  });

  it('ends sentences at line breaks and full stops, not at abbreviations', () => {
    const t = 'Dr. Smith of Leads Co., Ltd. said ORR was 36 %. OS was 14.9 months\nNext line';
    const s = splitSentences(t).map(x => t.slice(x.start, x.end));
    assert.deepEqual(s, ['Dr. Smith of Leads Co., Ltd. said ORR was 36 %.', 'OS was 14.9 months', 'Next line']);
  });

  it('ends a sentence after a single letter that is not an initial', () => {
    const t = 'John F. Kennedy was in the U.S. Army. Patients in cohort B. The level was 360 \u00b5mol/L. Next.';
    const s = splitSentences(t).map(x => t.slice(x.start, x.end));
    assert.deepEqual(s, ['John F. Kennedy was in the U.S. Army.', 'Patients in cohort B.', 'The level was 360 \u00b5mol/L.', 'Next.']);
  });

  it('ends a sentence at a Chinese or Japanese full stop, with no space after it', () => {
    const t = '\u8a66\u9a13\u306fOS\u3092\u5ef6\u9577\u3057\u305f\u3002ORR\u306f11%\u3067\u3042\u3063\u305f\u3002';
    const s = splitSentences(t).map(x => t.slice(x.start, x.end));
    assert.equal(s.length, 2);
    assert.ok(s[0].endsWith('\u3002') && s[1].startsWith('ORR'));
  });
});

describe('sentence ends in every script, and after a footnote', () => {
  const rows: [string, string[]][] = [
    ['Der Umsatz stieg um 5 Prozent. Über die Hälfte kam aus Europa.', ['Der Umsatz stieg um 5 Prozent.', 'Über die Hälfte kam aus Europa.']],
    ['Le chiffre a baissé. Étant donné la crise, rien ne change.', ['Le chiffre a baissé.', 'Étant donné la crise, rien ne change.']],
    ['He said so. \u201cWe are pleased,\u201d he added.', ['He said so.', '\u201cWe are pleased,\u201d he added.']],
    // a footnote's number glued to the full stop after a word or a bracket goes with its sentence
    ['Sales rose (see the notes).2 The margin fell.', ['Sales rose (see the notes).2', 'The margin fell.']],
    ['Sales rose in spring.12 The margin fell.', ['Sales rose in spring.12', 'The margin fell.']],
    // a decimal is no footnote
    ['The ratio was 2.1 The next.', ['The ratio was 2.1 The next.']],
  ];
  for (const [t, want] of rows) it(`splits ${JSON.stringify(t)}`, () => assert.deepEqual(splitSentences(t).map(x => t.slice(x.start, x.end)), want));
});

describe('tokens', () => {
  it('cuts glued table cells at camel-case junctions but keeps mixed-case names whole', () => {
    const t = 'ProductOpamtistomig mFOLFIRINOX TRAEs 1BBPivotal';
    assert.deepEqual(tokenize(t).map(x => x.text), ['Product', 'Opamtistomig', 'mFOLFIRINOX', 'TRAEs', '1BB', 'Pivotal']);
  });
});

describe('sentence length is bounded', () => {
  it('cuts a run of text with no sentence end at a space, every piece at most 1,500 characters', () => {
    const run = '12 % 34 % 56 % 78 % '.repeat(400).trim();
    const spans = splitSentences(run);
    assert.ok(spans.length >= 6);
    for (const s of spans) assert.ok(s.end - s.start <= 1500 && run[s.start] !== ' ' && run[s.end - 1] !== ' ');
    assert.strictEqual(spans[spans.length - 1].end, run.length);
  });

  it('leaves ordinary long sentences whole', () => {
    const sentence = 'The trial ' + 'enrolled patients across many sites and countries, '.repeat(20) + 'and met its endpoint.';
    assert.deepStrictEqual(splitSentences(sentence), [{ start: 0, end: sentence.length }]);
  });
});

describe('paragraphs', () => {
  it('paragraphLocator puts a paragraph break where /\\n[ \\t]*\\r?\\n/ finds a blank line', () => {
    let seed = 5;
    const random = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    for (let round = 0; round < 3000; round++) {
      let text = '';
      for (let k = 0, n = random(30); k < n; k++) text += ['\n', ' ', '\t', '\r', 'a', '\r\n'][random(6)];
      const starts = [0, ...[...text.matchAll(/\n[ \t]*\r?\n/g)].map(m => m.index! + m[0].length)];
      const expected = (pos: number) => starts.filter(s => s <= pos).length - 1;
      const at = paragraphLocator(text);
      for (let pos = 0; pos <= text.length; pos++) assert.equal(at(pos), expected(pos), JSON.stringify({ text, pos }));
    }
  });
});

describe('tokens: the case of a code unit, ASCII by its code', () => {
  it('cuts words as the case mappings alone do, for random words of ASCII, accented, Greek, Turkish and astral letters and digits', () => {
    // the cutting rules as tokenize writes them, with the case read by the case mappings only
    const up = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
    const low = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();
    const reference = (text: string) => {
      const out: string[] = [];
      for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
        const word = m[0];
        let segStart = 0;
        for (let i = 1; i < word.length; i++) {
          const prev = word[i - 1], cur = word[i];
          let cut = false;
          if (low(prev) && up(cur)) cut = i - segStart >= 2;
          else if (up(prev) && up(cur) && low(word[i + 1] ?? '') && low(word[i + 2] ?? '')) cut = true;
          else if (i === word.length - 1 && i - segStart >= 2 && /[a-c]/.test(cur) && up(prev) && up(word[i - 2])) cut = true;
          else if (/\p{N}/u.test(prev) && up(cur) && low(word[i + 1] ?? '') && low(word[i + 2] ?? '')) cut = i - segStart >= 1 && /^\p{N}+$/u.test(word.slice(segStart, i));
          if (cut) { out.push(`${m.index! + segStart}:${word.slice(segStart, i)}`); segStart = i; }
        }
        out.push(`${m.index! + segStart}:${word.slice(segStart)}`);
      }
      return out;
    };
    const pieces = ['a', 'b', 'c', 'd', 'x', 'A', 'B', 'P', 'Z', '1', '2', '\u00e9', '\u00c9', '\u00df', '\u03b1', '\u0391', '\u0130', '\u0131', '\ud835\udc00', '\ud801\udc00', '\u01c5', ' ', '-', 'mAb', 'TRAEs'];
    let seed = 19;
    const random = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    for (let k = 0; k < 20000; k++) {
      let t = '';
      for (let n = 1 + random(12); n > 0; n--) t += pieces[random(pieces.length)];
      assert.deepEqual(tokenize(t).map(x => `${x.start}:${x.text}`), reference(t), JSON.stringify(t));
    }
  });
});
