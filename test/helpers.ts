import * as path from 'path';
import * as fs from 'fs';
import { strict as assert } from 'assert';
import { analyzeText, Entity, FigureEntity } from '../server/src/analysis';
import type { TextFormat } from '../server/src/analysis/structure';

/** The repository root, from out/test/... or test/... alike. */
export const ROOT = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
})();

export const SEEDS = fs.readdirSync(path.join(ROOT, 'seeds')).filter(f => /\.(txt|md)$/.test(f)).sort();

export function readSeed(name: string): string {
  return fs.readFileSync(path.join(ROOT, 'seeds', name), 'utf8');
}

export function seedNamed(prefix: string): string {
  const f = SEEDS.find(s => s.startsWith(prefix));
  if (!f) throw new Error(`no seed ${prefix}`);
  return readSeed(f);
}

export function entitiesOf(text: string, kind?: Entity['kind'], format: TextFormat = 'plaintext'): Entity[] {
  return analyzeText(text, {}, format).model.entities.filter(e => !kind || e.kind === kind);
}

export function figuresOf(text: string, format: TextFormat = 'plaintext'): FigureEntity[] {
  return entitiesOf(text, 'figure', format) as FigureEntity[];
}

/** The figure of a text written as `written` (else the first whose text ends so); the test fails when there is none. */
export function figureWritten(text: string, written: string): FigureEntity {
  const figures = figuresOf(text);
  const f = figures.find(x => x.text === written) ?? figures.find(x => x.text.endsWith(written));
  assert.ok(f, `no figure ${written} in: ${figures.map(x => x.text).join(' | ')}`);
  return f;
}

/**
 * The figures of a text written as `written`, each as "kind value unit" ('none' when no figure is written so); a figure
 * whose text opens with a currency sign standing apart ("$ 1,250", "$\n1,250") is found by its number too.
 */
export function readingsOf(text: string, written: string[]): string[] {
  const figures = figuresOf(text);
  const surface = (x: FigureEntity) => text.slice(x.start, x.end);
  return written.map(w => {
    const f = figures.find(x => surface(x) === w) ?? figures.find(x => surface(x).replace(/^\$\s*/, '') === w);
    return f ? `${f.figureKind} ${JSON.stringify(f.value)} ${f.unit}` : 'none';
  });
}

/** Text with a "|" marking the cursor, as vscode-css-languageservice's tests write it. */
export function withCursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

/** The messages of the findings of one check on a text. */
export function messagesOf(text: string, code: string): string[] {
  return analyzeText(text).findings.filter(f => f.code === code).map(f => f.message);
}

/** The mentions of one kind a text holds, by their text (Unicode hyphens as "-"). */
export function mentionTexts(text: string, kind: Entity['kind']): string[] {
  return entitiesOf(text, kind).map(e => e.text.replace(/[\u2010-\u2015]/g, '-'));
}

/** A table-driven test: each row a sentence and exactly the mentions of `kind` it holds. */
export function mentionTable(title: string, kind: Entity['kind'], rows: [string, string[]][]): void {
  describe(title, () => {
    for (const [text, expected] of rows) {
      it(`${JSON.stringify(text)} -> ${JSON.stringify(expected)}`, () => assert.deepEqual(mentionTexts(text, kind), expected));
    }
  });
}

/** The binding of the figure written `text` in `doc` (the first one, or the `nth`). */
export function bindingOf(doc: string, text: string, nth = 0): FigureEntity['binding'] {
  const f = figuresOf(doc).filter(x => x.text === text)[nth];
  assert.ok(f, `no figure "${text}" in: ${figuresOf(doc).map(x => x.text).join(' | ')}`);
  return f.binding;
}

/** A binding's bound fields only (a binding holds every field, those not bound undefined), for comparing a whole binding. */
export function boundFields(b: FigureEntity['binding']): Partial<FigureEntity['binding']> {
  return Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined));
}

/** One row of a binding table: a document, a figure in it, and the field's expected value (undefined: the field stays unset). */
export type BindingRow = { doc: string; figure: string; want: string | undefined; nth?: number };

/** A test per row: the figure's binding field holds the wanted text (case-insensitively, as part of it), or stays unset. */
export function bindingTable(field: keyof FigureEntity['binding'], rows: BindingRow[]): void {
  for (const r of rows) {
    it(`${r.figure} in: ${r.doc.slice(0, 90)}`, () => {
      const got = bindingOf(r.doc, r.figure, r.nth)[field];
      if (r.want === undefined) assert.equal(got, undefined);
      else assert.ok(typeof got === 'string' && got.toLowerCase().includes(r.want.toLowerCase()), `${field}: want "${r.want}", got ${JSON.stringify(got)}`);
    });
  }
}
