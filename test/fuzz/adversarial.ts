/**
 * Adversarial documents for the growth checks of `npm run fuzz` (phase "growth"): each is large
 * and repetitive in the shape a binding or check pass walks; a pass that rescans the document per
 * figure grows about 100x per 10x on it. `make(k)` repeats the shape k times; `k` is the full size.
 * `npm test` analyses each once for correctness (test/unit/robustness.test.ts); timings live in
 * the fuzz suite only.
 */
export const ADVERSARIAL: [name: string, make: (k: number) => string, k: number][] = [
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
  ['drug and cue in every sentence', k => 'zelbotamab binds CD40. '.repeat(k), 20000],
  ['one long sentence of landmarks and endpoints', k => '12-month OS 40 %, at week 24 ORR 31 % in the evaluable population, placebo 12 %, '.repeat(k), 4000],
];
