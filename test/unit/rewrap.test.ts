/**
 * Wrapping is layout, not content: every document of the corpora, hard-wrapped at 72 and at 40
 * columns the way an editor's rewrap does it, must give the same entities, the same figure
 * readings and bindings, and the same findings as the document as written.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Analyzer, builtinLexicon, DocumentModel, formatOf, runChecks } from '../../server/src/analysis';
import { ROOT } from '../helpers';
import { rewrap } from '../rewrap';

const FOLDERS = ['seeds', 'test/eval/corpus', 'test/eval/checks', 'test/eval/heldout', 'test/eval/real/dev', 'test/eval/real/test'];

function documents(): string[] {
  const out: string[] = [];
  for (const folder of FOLDERS) {
    const dir = path.join(ROOT, folder);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) if (/\.(?:txt|md)$/.test(f) && f !== 'README.md') out.push(path.join(folder, f));
  }
  return out;
}

/** What a reader gets from a document, as lines that can be compared (offsets are the same in a rewrapped copy). */
function reading(model: DocumentModel): string[] {
  const out: string[] = [];
  for (const e of model.entities) {
    if (e.kind === 'figure') out.push(`figure ${e.start}-${e.end} ${e.figureKind} ${JSON.stringify(e.value)} ${e.unit} ${JSON.stringify(e.binding)}`);
    else out.push(`${e.kind} ${e.start}-${e.end} ${e.name}`);
  }
  for (const f of runChecks(model)) out.push(`finding ${f.code} ${f.start}-${f.end} ${f.related.map(r => `${r.start}-${r.end}`).join(',')}`);
  return out;
}

describe('rewrapped documents read the same (the whole corpus at 72 and 40 columns)', function () {
  this.timeout(120000);
  const analyzer = new Analyzer(builtinLexicon());
  const docs = documents();

  it('finds the corpora', () => assert.ok(docs.length > 100, `only ${docs.length} documents`));

  for (const width of [72, 40]) {
    it(`at ${width} columns`, () => {
      const differences: string[] = [];
      let wrappedLines = 0;
      for (const doc of docs) {
        const text = fs.readFileSync(path.join(ROOT, doc), 'utf8');
        const format = formatOf(doc);
        const copy = rewrap(text, width, format);
        assert.strictEqual(copy.length, text.length);
        wrappedLines += copy.split('\n').length - text.split('\n').length;
        const a = reading(analyzer.analyze(text, undefined, format));
        const b = reading(analyzer.analyze(copy, undefined, format));
        const onlyA = a.filter(x => !b.includes(x));
        const onlyB = b.filter(x => !a.includes(x));
        if (!onlyA.length && !onlyB.length) continue;
        // the frozen test split is compared like the rest but never shown: a count only
        if (/(^|\/)eval\/real\/test\//.test(doc.replace(/\\/g, '/'))) differences.push(`a document of the frozen test split: ${onlyA.length + onlyB.length} readings differ`);
        else differences.push(`${doc}:\n  as written: ${onlyA.slice(0, 4).join('\n              ')}\n  rewrapped:  ${onlyB.slice(0, 4).join('\n              ')}`);
      }
      // the copies really are wrapped: many new line breaks
      assert.ok(wrappedLines > docs.length * 5, `only ${wrappedLines} line breaks added`);
      assert.deepStrictEqual(differences, []);
    });
  }
});
