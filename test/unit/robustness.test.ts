import { strict as assert } from 'assert';
import { performance } from 'perf_hooks';
import { Analyzer, analyzeText, builtinLexicon, LineIndex, runChecks } from '../../server/src/analysis';
import { growth } from '../fuzz/measure';
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
}

describe('robustness', () => {
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

  // each adversarial document is large and repetitive in the shape a binding or check pass walks;
  // a pass that rescans the document per figure grows about 100x per 10x here. Each is analysed at
  // a tenth of its size and at full size, and the growth is bounded (a ratio, never a wall-clock time)
  const adversarial: [string, (k: number) => string, number][] = [
    ['arm sizes after placebo', k => 'Patients were randomised to placebo (n = 12) or drugumab 5 mg (n = 13). '.repeat(k), 4000],
    ['arm sizes with respectively lists', k => 'Patients were randomised to placebo (n = 12) or drugumab 5 mg (n = 13). ORR was 10 % and 20 % (2 of 13), respectively. '.repeat(k), 3000],
    ['respectively lists', k => 'ORR was 10 %, 20 % and 30 % at 1 mg, 2 mg and 3 mg, respectively. '.repeat(k), 4000],
    ['versus pairs', k => 'Median OS was 14.2 months versus 10.1 months (HR 0.72; 95% CI 0.59\u20130.88). '.repeat(k), 4000],
    ['Markdown table rows', k => '| Endpoint | Drugumab (n=412) | Placebo (n=409) |\n|---|---|---|\n' + '| CDR-SB, mean change | 1.21 | 1.68 |\n'.repeat(k), 6000],
    ['flattened table rows', k => 'Weight change at 26 weeksDoseMean reduction\n' + 'Placebo1.4 %\n24 mg6.8 %5.4 %\n'.repeat(k), 5000],
    ['many small flattened tables', k => 'Weight change at 26 weeks\nPlacebo1.4 %\n24 mg6.8 %\n\n'.repeat(k), 5000],
    ['declared table units', k => 'Earnings forecast (KRW bn)2024A2025E\n' + 'Revenue41.3 62.8 155.4\n'.repeat(k), 8000],
    ['one line of digits and separators', k => '1,2.3 '.repeat(k), 40000],
    ['nested parentheses', k => '('.repeat(k) + '12 of 20 (60 %)' + ')'.repeat(k), 200000],
    ['n (%) cells', k => '412 participants.\n' + '59 (14.3%) '.repeat(k), 20000],
  ];
  const lexicon = builtinLexicon();
  /** One cold analysis (a fresh block cache), with checks and symbols, timed. */
  const timed = (text: string) => {
    const t0 = performance.now();
    const model = new Analyzer(lexicon).analyze(text);
    runChecks(model);
    findDocumentSymbols(model, new LineIndex(text));
    return performance.now() - t0;
  };
  for (const [name, make, k] of adversarial) {
    it(`stays linear on ${name} (${Math.round(make(k).length / 1000)} k characters: at most 15x the time of a tenth)`, function () {
      this.timeout(60000);
      const small = make(k / 10), large = make(k);
      analyseAll(small);
      // the best of three attempts: a pass that rescans the document fails every one; a busy machine, only some
      const ratio = growth(() => Math.min(timed(small), timed(small), timed(small)), () => timed(large));
      assert.ok(ratio <= 15, `${name}: ${ratio.toFixed(1)}x per 10x`);
    });
  }
});
