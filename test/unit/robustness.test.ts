import { strict as assert } from 'assert';
import { Analyzer, analyzeText, builtinLexicon, LineIndex } from '../../server/src/analysis';
import { ADVERSARIAL } from '../fuzz/adversarial';
import { prng } from '../fuzz/generators';
import { findDocumentSymbols } from '../../server/src/features/documentSymbols';
import { SEEDS, readSeed } from '../helpers';

const PIECES = ['(', ')', '|', '\n', '\n\n', ' vs ', ' versus ', 'placebo', ' (n = ', ' of ', '%', ' %', '\u2011', '\u00b5', '\u03bc', ',', '.', ';',
  ' respectively', 'E', '2026E', ' mg', ' months', ' HR ', ' 95% CI ', '\u2013', '-', '$', ' million', 'KRW ', ' (KRW bn)', '12-Monats-'];

function analyseAll(text: string): void {
  const { model, findings } = analyzeText(text);
  findDocumentSymbols(model, new LineIndex(text));
  for (const f of findings) {
    assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end, `finding ${f.code} out of the document`);
  }
  for (const e of model.entities) assert.ok(e.start >= 0 && e.end <= text.length && e.start < e.end, `entity ${e.kind} ${e.text} out of the document`);
  // binding walks the entities as sorted, disjoint runs: an overlap would bind wrongly, silently
  for (let k = 1; k < model.entities.length; k++) assert.ok(model.entities[k - 1].end <= model.entities[k].start, `entities overlap: ${model.entities[k - 1].text} and ${model.entities[k].text}`);
}

describe('robustness', () => {
  const lexicon = builtinLexicon();
  it('analyses 300 mutated seeds without an exception, with every range inside its document', function () {
    this.timeout(60000);
    const rand = prng(20261123);
    const seeds = SEEDS.map(readSeed);
    for (let i = 0; i < 300; i++) {
      let text = seeds[i % seeds.length];
      const edits = 1 + Math.floor(rand() * 20);
      for (let k = 0; k < edits; k++) {
        const at = Math.floor(rand() * text.length);
        const r = rand();
        if (r < 0.4) text = text.slice(0, at) + PIECES[Math.floor(rand() * PIECES.length)] + text.slice(at);
        else if (r < 0.7) text = text.slice(0, at) + text.slice(at + Math.floor(rand() * 40));
        else text = text.slice(0, at) + String(Math.floor(rand() * 100000) / 10 ** Math.floor(rand() * 3)) + text.slice(at);
      }
      analyseAll(text);
    }
  });

  // the adversarial shapes of the fuzz suite's growth phase (timed there, never here): each analysed
  // at full size with every range inside the document and the work it implies done
  for (const [name, make, k] of ADVERSARIAL) {
    it(`analyses ${name} (${Math.round(make(k).length / 1000)} k characters) with every range inside the document`, function () {
      this.timeout(120000);
      const text = make(k);
      analyseAll(text);
      const model = new Analyzer(lexicon).analyze(text);
      assert.ok(model.entities.length > 0, `${name}: nothing recognised`);
    });
  }
});
