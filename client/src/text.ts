/** The client's wording, free of the vscode API so that unit tests can check it: counts with the right plural. */
import type { DocumentSummary } from '../../server/src/shared/protocol';

/** Singular and plural of each kind, for counts ("1 drug", "3 companies"). */
const KIND_NOUN: Record<string, [string, string]> = {
  drug: ['drug', 'drugs'], target: ['target', 'targets'], endpoint: ['endpoint', 'endpoints'], indication: ['indication', 'indications'],
  trial: ['trial', 'trials'], company: ['company', 'companies'], figure: ['figure', 'figures'],
};

/** "1 entity", "2 entities", "0 findings". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The status bar's text and tooltip for a document's summary. */
export function summaryText(summary: DocumentSummary): { text: string; tooltip: string } {
  const findings = summary.errors + summary.warnings + summary.others;
  const kinds = Object.entries(summary.byKind).map(([kind, n]) => { const [one, many] = KIND_NOUN[kind] ?? [kind, kind]; return plural(n, one, many); });
  const problems = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning'), ...(summary.others > 0 ? [plural(summary.others, 'other finding')] : [])];
  return {
    text: `$(beaker) ${plural(summary.entities, 'entity', 'entities')} \u00b7 ${plural(findings, 'finding')}`,
    tooltip: `Biotech Annotator: ${kinds.length > 0 ? kinds.join(', ') : 'no entities'}; ${problems.join(', ')}.` +
      (summary.parts ? ` Read in ${summary.parts} parts (longer than biotechAnnotator.limits.readWholeUpTo): figures in different parts are not compared.` : '') +
      ' Click to open the Problems panel.',
  };
}
