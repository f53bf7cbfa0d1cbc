/**
 * Settings shared by the client and the server: one definition, read by both. Workspace settings
 * are untrusted data; `sanitizeSettings` keeps only well-typed values and falls back to defaults.
 */
export const SETTINGS_SECTION = 'biotechAnnotator';

export type SeverityOverride = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface Settings {
  /** Analyse documents at all. */
  enable: boolean;
  /** Language ids whose documents are analysed. */
  languages: string[];
  /** Per-check severity overrides, by check code. */
  severity: Record<string, SeverityOverride>;
  /** More lexicon files, relative to the workspace folder or absolute (besides .biotech-lexicon.json). */
  lexiconFiles: string[];
  /** Show normalised values and computed shares beside figures. */
  inlayHints: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  languages: ['plaintext', 'markdown'],
  severity: {},
  lexiconFiles: [],
  inlayHints: false,
};

const SEVERITIES = new Set<SeverityOverride>(['error', 'warning', 'information', 'hint', 'off']);

export function sanitizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const languages = Array.isArray(r.languages) ? r.languages.filter((x): x is string => typeof x === 'string' && x.length > 0 && x.length < 100) : DEFAULT_SETTINGS.languages;
  const severity: Record<string, SeverityOverride> = {};
  if (r.severity && typeof r.severity === 'object' && !Array.isArray(r.severity)) {
    for (const [code, value] of Object.entries(r.severity as Record<string, unknown>)) {
      if (typeof value === 'string' && SEVERITIES.has(value as SeverityOverride) && /^[a-z0-9-]{1,64}$/.test(code)) severity[code] = value as SeverityOverride;
    }
  }
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    languages: languages.length > 0 || Array.isArray(r.languages) ? languages : DEFAULT_SETTINGS.languages,
    severity,
    inlayHints: typeof (r.inlayHints as { enable?: unknown } | undefined)?.enable === 'boolean' ? (r.inlayHints as { enable: boolean }).enable : DEFAULT_SETTINGS.inlayHints,
    lexiconFiles: Array.isArray(r.lexiconFiles) ? r.lexiconFiles.filter((x): x is string => typeof x === 'string' && x.length > 0 && x.length < 1000).slice(0, 50) : [],
  };
}
