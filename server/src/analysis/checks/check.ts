/** What every check is: a stable code, a default severity, a one-line description for docs and SARIF, and a pure run. */
import type { DocumentModel, FigureEntity, Finding, Severity } from '../model';

export interface Check {
  code: string;
  /** One line: what the check finds. Used in the README, settings and SARIF rule help. */
  description: string;
  defaultSeverity: Severity;
  run(model: DocumentModel): Finding[];
}

/** Decimal places a number was written with ("36.4" -> 1, "54,4" -> 1, "40" -> 0). */
export function decimalsOf(surface: string): number {
  const m = /[.,](\d+)(?!.*\d[.,]\d)/.exec(surface.replace(/\d{1,3}(?:,\d{3})+/g, 'N'));
  return m ? m[1].length : 0;
}

export function formatNumber(v: number, decimals: number): string {
  return v.toFixed(decimals);
}

/** The figures of each sentence, by the sentence's index, in one sweep over both sorted lists. */
export function figuresBySentence(model: DocumentModel): FigureEntity[][] {
  const out: FigureEntity[][] = model.sentences.map(() => []);
  let si = 0;
  for (const e of model.entities) {
    if (e.kind !== 'figure') continue;
    while (si < model.sentences.length && model.sentences[si].end <= e.start) si++;
    if (si >= model.sentences.length) break;
    const s = model.sentences[si];
    if (e.start >= s.start && e.end <= s.end) out[si].push(e);
  }
  return out;
}
