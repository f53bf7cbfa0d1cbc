/**
 * Custom requests between the extension and its server, declared once for both sides. Plain
 * method names and types (no vscode-languageserver import), so the client bundle stays free of
 * server code.
 */

export interface EntityRow {
  uri: string;
  kind: string;
  name: string;
  text: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  /** For figures: kind, value and unit, and the binding. */
  figureKind?: string;
  value?: number | [number, number];
  unit?: string;
  endpoint?: string;
  /** What a sum in prose is an amount of, where no endpoint names it ("net loss"). */
  measure?: string;
  drug?: string;
  arm?: string;
}

export interface DocumentSummary {
  entities: number; byKind: Record<string, number>; errors: number; warnings: number; others: number;
  /** Present when the document is read in parts (longer than biotechAnnotator.limits.readWholeUpTo): how many. */
  parts?: number;
}

/** biotech/documentEntities: every entity of one document, figures included. */
export namespace DocumentEntitiesRequest {
  export const method = 'biotech/documentEntities';
  export interface Params { uri: string }
  export type Result = { rows: EntityRow[]; summary: DocumentSummary } | null;
}

/** biotech/workspaceEntities: every named entity (no figures) of every indexed document. */
export namespace WorkspaceEntitiesRequest {
  export const method = 'biotech/workspaceEntities';
  export type Result = { rows: EntityRow[] };
}

/** biotechAnnotator/degraded (server → client): a document is analysed in degraded mode (too large), or no longer; for the status bar. */
export namespace DegradedNotification {
  export const method = 'biotechAnnotator/degraded';
  export interface Params { uri: string; degraded: boolean; size?: number; limit?: number; message?: string }
}

/** biotechAnnotator/workspaceTrust (client → server): the workspace was trusted after the server started (it starts with `initializationOptions.workspaceTrusted`). */
export namespace WorkspaceTrustNotification {
  export const method = 'biotechAnnotator/workspaceTrust';
  export interface Params { trusted: boolean }
}

/** biotechAnnotator/indexUpdated (server → client): a background indexing run ended, so the Entities view reloads. */
export namespace IndexUpdatedNotification {
  export const method = 'biotechAnnotator/indexUpdated';
  export interface Params { documents: number; truncated: boolean; enabled: boolean }
}

const CSV_COLUMNS: (keyof EntityRow)[] = ['uri', 'kind', 'name', 'text', 'line', 'character', 'figureKind', 'value', 'unit', 'endpoint', 'measure', 'drug', 'arm'];

/** Entity rows as CSV (RFC 4180 quoting; lines and characters one-based for spreadsheet readers). */
export function entitiesToCsv(rows: EntityRow[]): string {
  const cell = (v: unknown): string => {
    if (v === undefined || v === null) return '';
    const s = Array.isArray(v) ? v.join('\u2013') : String(v);
    // a leading =, +, - or @ would be read as a formula by spreadsheets: quote it behind an apostrophe
    const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) lines.push(CSV_COLUMNS.map(c => cell(c === 'line' || c === 'character' ? (r[c] as number) + 1 : r[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}
