/**
 * User lexicon files (`.biotech-lexicon.json`): parsed as data, validated field by field, never
 * evaluated. Every problem is reported with its place in the file; entries with errors are
 * skipped and the rest are used, so one typo never costs the whole file, let alone the built-in
 * lexicon. Objects are rebuilt from known fields only, so keys such as "__proto__" are inert.
 */
import { Node, ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { LexiconData } from './lexicon';

export const LEXICON_FILE_NAME = '.biotech-lexicon.json';
export const MAX_LEXICON_BYTES = 5_000_000;
/** Nesting deeper than this is refused before parsing (a lexicon file needs four levels; a parser recursing per level could exhaust the stack). */
export const MAX_LEXICON_DEPTH = 32;
/** Entries read from one file; the rest are skipped with a message on the first one skipped. */
export const MAX_LEXICON_ENTRIES = 100_000;
const MAX_STRING = 300;

export interface LexiconProblem { start: number; end: number; severity: 'error' | 'warning'; message: string }
export interface ParsedLexicon { data: LexiconData; problems: LexiconProblem[]; entries: number }

type FieldType = 'string' | 'string[]';
const SECTIONS: Record<string, { required: string; fields: Record<string, FieldType> }> = {
  drugs: { required: 'name', fields: { name: 'string', brands: 'string[]', codes: 'string[]', aliases: 'string[]', targets: 'string[]', company: 'string', modality: 'string' } },
  regimens: { required: 'name', fields: { name: 'string', aliases: 'string[]', components: 'string[]' } },
  targets: { required: 'name', fields: { name: 'string', fullName: 'string', gene: 'string', aliases: 'string[]' } },
  endpoints: { required: 'name', fields: { name: 'string', fullName: 'string', aliases: 'string[]', definition: 'string', measure: 'string' } },
  indications: { required: 'name', fields: { name: 'string', aliases: 'string[]', area: 'string' } },
  companies: { required: 'name', fields: { name: 'string', aliases: 'string[]', tickers: 'string[]', country: 'string' } },
  stems: { required: 'stem', fields: { stem: 'string', meaning: 'string', class: 'string' } },
};

export function parseLexiconFile(text: string): ParsedLexicon {
  const problems: LexiconProblem[] = [];
  const data: LexiconData = {};
  let entries = 0;
  if (text.length > MAX_LEXICON_BYTES) {
    problems.push({ start: 0, end: 0, severity: 'error', message: `Lexicon file is larger than ${MAX_LEXICON_BYTES / 1e6} MB; it was not read.` });
    return { data, problems, entries };
  }
  const tooDeep = depthExceeded(text, MAX_LEXICON_DEPTH);
  if (tooDeep !== undefined) {
    problems.push({ start: tooDeep, end: tooDeep + 1, severity: 'error', message: `Nested more than ${MAX_LEXICON_DEPTH} levels deep here; a lexicon file needs four. The file was not read.` });
    return { data, problems, entries };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const e of errors) problems.push({ start: e.offset, end: e.offset + Math.max(1, e.length), severity: 'error', message: `Invalid JSON: ${describe(printParseErrorCode(e.error))}.` });
  if (!root) return { data, problems, entries };
  if (root.type !== 'object') {
    problems.push({ start: root.offset, end: root.offset + root.length, severity: 'error', message: 'A lexicon file holds one JSON object, with sections such as "drugs", "targets" and "ignore".' });
    return { data, problems, entries };
  }
  for (const prop of root.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    if (key === '$schema') continue;
    if (key === 'ignore') {
      const words = stringArray(valueNode, problems, 'ignore');
      if (words) {
        const room = Math.max(0, MAX_LEXICON_ENTRIES - entries);
        if (words.length > room) problems.push(at((valueNode.children ?? [])[room] ?? valueNode, 'warning', tooMany()));
        const list = data.ignore ?? [];
        for (const w of words.slice(0, room)) list.push(w);
        data.ignore = list;
        entries += Math.min(room, words.length);
      }
      continue;
    }
    const section = Object.prototype.hasOwnProperty.call(SECTIONS, key) ? SECTIONS[key] : undefined;
    if (!section) {
      problems.push(at(keyNode, 'warning', `Unknown section "${clip(key)}"; known sections: ${[...Object.keys(SECTIONS), 'ignore'].join(', ')}.`));
      continue;
    }
    if (valueNode.type !== 'array') { problems.push(at(valueNode, 'error', `"${key}" must be an array of objects.`)); continue; }
    const list: Record<string, unknown>[] = ((data as Record<string, Record<string, unknown>[]>)[key]) ?? [];
    for (const item of valueNode.children ?? []) {
      if (entries >= MAX_LEXICON_ENTRIES) { problems.push(at(item, 'warning', tooMany())); break; }
      const entry = readEntry(item, key, section, problems);
      if (entry) { list.push(entry); entries++; }
    }
    (data as Record<string, unknown[]>)[key] = list;
  }
  return { data, problems, entries };
}

function readEntry(node: Node, section: string, spec: { required: string; fields: Record<string, FieldType> }, problems: LexiconProblem[]): Record<string, unknown> | undefined {
  if (node.type !== 'object') { problems.push(at(node, 'error', `Each entry of "${section}" must be an object.`)); return undefined; }
  const out: Record<string, unknown> = Object.create(null);
  let ok = true;
  for (const prop of node.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (!k || !v) continue;
    const key = String(k.value);
    const type = Object.prototype.hasOwnProperty.call(spec.fields, key) ? spec.fields[key] : undefined;
    if (!type) { problems.push(at(k, 'warning', `Unknown field "${clip(key)}" in "${section}"; known fields: ${Object.keys(spec.fields).join(', ')}.`)); continue; }
    if (type === 'string') {
      if (v.type !== 'string' || String(v.value).trim() === '') { problems.push(at(v, 'error', `"${key}" must be a non-empty string.`)); ok = false; continue; }
      if (String(v.value).length > MAX_STRING) { problems.push(at(v, 'error', `"${key}" is longer than ${MAX_STRING} characters.`)); ok = false; continue; }
      out[key] = String(v.value);
    } else {
      const arr = stringArray(v, problems, key);
      if (!arr) { ok = false; continue; }
      out[key] = arr;
    }
  }
  if (!(spec.required in out)) {
    if (ok) problems.push(at(node, 'error', `An entry of "${section}" needs "${spec.required}".`));
    return undefined;
  }
  return ok ? { ...out } : undefined;
}

function stringArray(v: Node, problems: LexiconProblem[], key: string): string[] | undefined {
  if (v.type !== 'array') { problems.push(at(v, 'error', `"${key}" must be an array of strings.`)); return undefined; }
  const out: string[] = [];
  for (const c of v.children ?? []) {
    if (c.type !== 'string' || String(c.value).trim() === '' || String(c.value).length > MAX_STRING) {
      problems.push(at(c, 'error', `"${key}" must hold non-empty strings of at most ${MAX_STRING} characters.`));
      return undefined;
    }
    out.push(String(c.value));
  }
  return out;
}

function at(node: Node, severity: 'error' | 'warning', message: string): LexiconProblem {
  return { start: node.offset, end: node.offset + node.length, severity, message };
}

function tooMany(): string {
  return `More than ${MAX_LEXICON_ENTRIES} entries in this file; this one and the rest are skipped.`;
}

/**
 * The offset where brackets outside strings and comments first nest deeper than `max`, if they
 * do: one linear scan, no recursion.
 */
export function depthExceeded(text: string, max: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) { // a string: skip to its closing quote
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22 || d === 0x0a) break;
      }
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) { // a line comment
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) { // a block comment
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 1;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) {
      if (depth > 0) depth--;
    }
  }
  return undefined;
}

function clip(s: string): string { return s.length > 40 ? s.slice(0, 40) + '\u2026' : s; }

function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
