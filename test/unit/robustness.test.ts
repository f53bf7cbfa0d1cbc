import { strict as assert } from 'assert';
import { analyzeText, LineIndex } from '../../server/src/analysis';
import { findDocumentSymbols } from '../../server/src/features/documentSymbols';
import { SEEDS, readSeed } from '../helpers';

/** A small deterministic generator, so a failure reproduces. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
  // a pass that rescans the document per figure would take many seconds here
  const adversarial: [string, string][] = [
    ['arm sizes after placebo', 'Patients were randomised to placebo (n = 12) or drugumab 5 mg (n = 13). '.repeat(4000)],
    ['arm sizes with respectively lists', 'Patients were randomised to placebo (n = 12) or drugumab 5 mg (n = 13). ORR was 10 % and 20 % (2 of 13), respectively. '.repeat(3000)],
    ['respectively lists', 'ORR was 10 %, 20 % and 30 % at 1 mg, 2 mg and 3 mg, respectively. '.repeat(4000)],
    ['versus pairs', 'Median OS was 14.2 months versus 10.1 months (HR 0.72; 95% CI 0.59\u20130.88). '.repeat(4000)],
    ['Markdown table rows', '| Endpoint | Drugumab (n=412) | Placebo (n=409) |\n|---|---|---|\n' + '| CDR-SB, mean change | 1.21 | 1.68 |\n'.repeat(6000)],
    ['flattened table rows', 'Weight change at 26 weeksDoseMean reduction\n' + 'Placebo1.4 %\n24 mg6.8 %5.4 %\n'.repeat(5000)],
    ['many small flattened tables', 'Weight change at 26 weeks\nPlacebo1.4 %\n24 mg6.8 %\n\n'.repeat(5000)],
    ['declared table units', 'Earnings forecast (KRW bn)2024A2025E\n' + 'Revenue41.3 62.8 155.4\n'.repeat(8000)],
    ['one line of digits and separators', '1,2.3 '.repeat(40000)],
    ['nested parentheses', '('.repeat(50000) + '12 of 20 (60 %)' + ')'.repeat(50000)],
    ['n (%) cells', '412 participants.\n' + '59 (14.3%) '.repeat(20000)],
  ];
  for (const [name, text] of adversarial) {
    it(`stays fast on ${name} (${Math.round(text.length / 1000)} k characters)`, function () {
      this.timeout(30000);
      const t0 = Date.now();
      analyseAll(text);
      const ms = Date.now() - t0;
      assert.ok(ms < 8000, `${name}: ${ms} ms`);
    });
  }
});
