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
  /** Lexicon files from the user's own settings (application scope, so never from a workspace); absolute or relative to the home folder's URI; may point anywhere. */
  userLexiconFiles: string[];
  /** Explicit bounds on the work done (see DEFAULT_LIMITS). */
  limits: Limits;
  /** Globs (VS Code syntax, relative to the workspace folder) of files neither indexed nor analysed when opened. */
  exclude: string[];
  /** Index the workspace's documents in the background (`biotechAnnotator.index.enable`). */
  indexing: boolean;
}

export interface Limits {
  /** Documents longer than this (UTF-16 code units) are analysed in degraded mode: only the text around each request, no document-wide checks. */
  maxDocumentSize: number;
  /**
   * Documents longer than this (UTF-16 code units) are read in parts cut at blank lines, so an edit re-reads only its
   * part; figures in two parts are never compared. 0 reads every document whole.
   */
  readWholeUpTo: number;
  /** Workspace files larger than this (bytes, from a stat, before reading) are not indexed in the background. */
  maxIndexedFileSize: number;
  /** At most this many workspace files are indexed; the rest are reported, not read. */
  maxIndexedFiles: number;
}

export const DEFAULT_LIMITS: Limits = { maxDocumentSize: 2_000_000, readWholeUpTo: 60_000, maxIndexedFileSize: 2_000_000, maxIndexedFiles: 5000 };

/**
 * The default of `biotechAnnotator.exclude`: the folders where package managers install
 * dependencies or keep caches (npm, Bower, jspm, Composer/Go/Bundler `vendor`, Python), full of
 * third-party READMEs that are nobody's press release. Folders whose names begin with a dot are
 * always skipped by the index, whatever this says.
 */
export const DEFAULT_EXCLUDE: readonly string[] = [
  '**/node_modules/**', '**/bower_components/**', '**/jspm_packages/**', '**/vendor/**', '**/site-packages/**', '**/__pycache__/**',
];

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  languages: ['plaintext', 'markdown', 'biotech'],
  severity: {},
  lexiconFiles: [],
  inlayHints: false,
  userLexiconFiles: [],
  limits: DEFAULT_LIMITS,
  exclude: [...DEFAULT_EXCLUDE],
  indexing: true,
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
    lexiconFiles: paths(r.lexiconFiles),
    userLexiconFiles: paths(r.userLexiconFiles),
    limits: sanitizeLimits(r.limits),
    exclude: Array.isArray(r.exclude) ? r.exclude.filter((x): x is string => typeof x === 'string' && x.trim().length > 0 && x.length < 1000).slice(0, 200) : [...DEFAULT_EXCLUDE],
    indexing: typeof (r.index as { enable?: unknown } | undefined)?.enable === 'boolean' ? (r.index as { enable: boolean }).enable : DEFAULT_SETTINGS.indexing,
  };
}

function paths(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.length > 0 && x.length < 1000).slice(0, 50) : [];
}

/** Each limit a whole number within sane bounds (a workspace cannot switch the limits off), else the default. */
function sanitizeLimits(raw: unknown): Limits {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const int = (v: unknown, min: number, max: number, dflt: number) => (typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, Math.floor(v))) : dflt);
  return {
    maxDocumentSize: int(r.maxDocumentSize, 10_000, 50_000_000, DEFAULT_LIMITS.maxDocumentSize),
    // 0 reads every document whole; any other bound at least 20,000 characters (a part is at least 8,000)
    readWholeUpTo: ((v: number) => (v === 0 ? 0 : Math.max(20_000, v)))(int(r.readWholeUpTo, 0, 50_000_000, DEFAULT_LIMITS.readWholeUpTo)),
    maxIndexedFileSize: int(r.maxIndexedFileSize, 10_000, 50_000_000, DEFAULT_LIMITS.maxIndexedFileSize),
    maxIndexedFiles: int(r.maxIndexedFiles, 0, 100_000, DEFAULT_LIMITS.maxIndexedFiles),
  };
}
