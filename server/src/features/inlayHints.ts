/** textDocument/inlayHint: normalised values and computed shares beside figures ("8/22 \u2192 36.4 %"), off by default. */
import { InlayHint, InlayHintKind } from 'vscode-languageserver-types';
import type { DocumentModel, FigureEntity } from '../analysis/model';
import type { LineIndex } from '../analysis/text';
import { formatNumber } from '../shared/numberFormat';

export function inlayHints(model: DocumentModel, lines: LineIndex, from: number, to: number): InlayHint[] {
  const out: InlayHint[] = [];
  for (const e of model.entities) {
    if (e.kind !== 'figure' || e.end < from || e.start > to) continue;
    const label = hintFor(e, model.text.slice(e.start, e.end));
    if (label) out.push({ position: lines.positionAt(e.end), label, kind: InlayHintKind.Parameter, paddingLeft: true });
  }
  return out;
}

function hintFor(f: FigureEntity, surface: string): string | undefined {
  if (f.denominator !== undefined && typeof f.value === 'number' && f.denominator > 0) return `\u2192 ${(100 * f.value / f.denominator).toFixed(1)} %`;
  if (f.figureKind === 'money' && typeof f.value === 'number' && /million|billion|bn|mn|Mio|Mrd|M[A-Z]{3}/i.test(surface)) return `= ${f.unit} ${formatNumber(f.value, 3)}`; // as toLocaleString('en-US') writes it
  if (f.reading && /comma|thousands/.test(f.reading) && typeof f.value === 'number' && !/^\d{1,3}(,\d{3})+$/.test(surface.replace(/[^\d,]/g, ''))) return `= ${f.value}`;
  return undefined;
}
