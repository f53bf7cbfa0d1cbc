/**
 * claimed-ratio's sentence words read once per sentence (sentenceTokens) are the words read stretch
 * by stretch between figures (tokens), whatever the figures cut: random invented sentences, random
 * figure spans, some inside words, some across apostrophes.
 */
import { strict as assert } from 'assert';
import { sentenceTokens, tokens } from '../../server/src/analysis/checks/claimedChange';
import { clearMemo } from '../../server/src/analysis/memo';
import type { DocumentModel, FigureEntity } from '../../server/src/analysis/model';

describe('sentence tokens equal tokens read between figures', () => {
  afterEach(() => clearMemo());

  it('on random sentences and figure spans', () => {
    let seed = 99;
    const random = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    const pieces = ['rose', ' ', '12', '%', ';', "patients'", "o'clock", 'Umsatz', '\u00e9t\u00e9', ',', '(', ')', 'than', ' vs ', '3x', '\u2019s', 'x\u2019', '-', '\u{1d400}', 'ab1'];
    for (let round = 0; round < 2000; round++) {
      const prefix = 'Lead words. ';
      let sentence = '';
      for (let k = 0, n = 3 + random(25); k < n; k++) sentence += pieces[random(pieces.length)];
      const text = prefix + sentence + ' Tail.';
      const s = { start: prefix.length, end: prefix.length + sentence.length };
      const figs: FigureEntity[] = [];
      for (let at = s.start - 2 + random(4); at < s.end;) {
        const end = at + 1 + random(5);
        if (random(2)) figs.push({ start: Math.max(0, at), end } as FigureEntity);
        at = end + random(8);
      }
      const model = { text, sentences: [{ start: 0, end: prefix.length - 1 }, s, { start: s.end + 1, end: text.length }] } as unknown as DocumentModel;
      const strip = (ts: { w: string; start: number; end: number; fig?: FigureEntity }[]) => ts.map(t => [t.w, t.start, t.end, t.fig?.start]);
      assert.deepEqual(strip(sentenceTokens(model, text, s, figs)), strip(tokens(text, s.start, s.end, figs)), JSON.stringify({ sentence, figs: figs.map(f => [f.start, f.end]) }));
      // read a second time: from the memo
      assert.deepEqual(strip(sentenceTokens(model, text, s, figs)), strip(tokens(text, s.start, s.end, figs)));
      // a stretch of the sentence, its ends anywhere (inside words too), and one reaching outside it
      const from = s.start + random(sentence.length + 1), to = from + random(s.end - from + 1);
      assert.deepEqual(strip(sentenceTokens(model, text, s, figs, from, to)), strip(tokens(text, from, to, figs)), JSON.stringify({ sentence, from, to }));
      assert.deepEqual(strip(sentenceTokens(model, text, s, [], from, to)), strip(tokens(text, from, to, [])), JSON.stringify({ sentence, from, to }));
      assert.deepEqual(strip(sentenceTokens(model, text, s, figs, Math.max(0, from - 3), to)), strip(tokens(text, Math.max(0, from - 3), to, figs)));
    }
  });
});
