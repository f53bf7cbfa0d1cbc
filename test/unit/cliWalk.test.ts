/** The CLI's directory walk: documents only, each real file once, symbolic-link cycles, .gitignore files. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { collectDocuments, hasDocumentExtension } from '../../server/src/cli/walk';

/** A temporary tree: `files` maps relative paths to contents; `links` maps link paths to targets (relative to the link's directory). */
function tree(files: Record<string, string>, links: Record<string, string> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ba-walk-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  for (const [rel, target] of Object.entries(links)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.symlinkSync(target, path.join(root, rel));
  }
  return root;
}

function rel(root: string, files: string[]): string[] {
  return files.map(f => path.relative(root, f).split(path.sep).join('/'));
}

describe('CLI directory walk', () => {
  const roots: string[] = [];
  const make = (files: Record<string, string>, links?: Record<string, string>) => { const r = tree(files, links); roots.push(r); return r; };
  after(() => { for (const r of roots) fs.rmSync(r, { recursive: true, force: true }); });

  it('finds .txt, .md and .markdown files in any case, depth-first by name, and nothing else', () => {
    const root = make({ 'b.txt': 'x', 'sub/a.md': 'x', 'sub/c.MARKDOWN': 'x', 'Z.TXT': 'x', 'notes.pdf': 'x', 'sub/d.json': 'x', 'a.txt.bak': 'x' });
    const r = collectDocuments([root]);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(rel(root, r.files), ['Z.TXT', 'b.txt', 'sub/a.md', 'sub/c.MARKDOWN']);
  });

  it('skips hidden entries and node_modules', () => {
    const root = make({ 'a.txt': 'x', '.hidden.txt': 'x', '.cache/b.txt': 'x', 'node_modules/pkg/readme.md': 'x', 'sub/node_modules/c.md': 'x', 'sub/d.md': 'x' });
    assert.deepEqual(rel(root, collectDocuments([root]).files), ['a.txt', 'sub/d.md']);
  });

  it('terminates on symbolic-link cycles and lists each file once', () => {
    // sub/up and sub/again both point back at the root: a naive walk would branch without end
    const root = make({ 'a.txt': 'x', 'sub/b.md': 'x' }, { 'sub/up': '..', 'sub/again': '..', 'sub/self': '.', 'sub/deeper/loop': '../..' });
    const r = collectDocuments([root]);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(rel(root, r.files), ['a.txt', 'sub/b.md']);
  });

  it('terminates on a cycle through a directory outside the tree, listing its files under the link', () => {
    const outside = make({ 'c.txt': 'x' });
    const root = make({ 'a.txt': 'x' }, { ext: outside });
    fs.symlinkSync(root, path.join(outside, 'back'));
    const r = collectDocuments([root]);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(rel(root, r.files), ['a.txt', 'ext/c.txt']);
  });

  it('lists a file reachable by two paths once, under the first path in depth-first name order', () => {
    const root = make({ 'z.txt': 'x', 'docs/y.md': 'x', 'docs/sub/w.md': 'x' }, { 'a-link.txt': 'z.txt', 'alias': 'docs', 'docs/sub/back': '../..' });
    assert.deepEqual(rel(root, collectDocuments([root]).files), ['a-link.txt', 'alias/sub/w.md', 'alias/y.md']);
  });

  it('follows a link to a document file and skips a dangling link', () => {
    const outside = make({ 'far.md': 'x' });
    const root = make({ 'a.txt': 'x' }, { 'near.md': path.join(outside, 'far.md'), 'gone.txt': 'missing.txt' });
    const r = collectDocuments([root]);
    assert.deepEqual(rel(root, r.files), ['a.txt', 'near.md']);
    assert.deepEqual(r.errors, []);
  });

  it('honours .gitignore files, nested ones below their directory, and never enters an ignored directory', () => {
    const root = make({
      '.gitignore': 'build/\n*.draft.md\n!keep.draft.md\n',
      'a.txt': 'x', 'a.draft.md': 'x', 'keep.draft.md': 'x', 'local.txt': 'x',
      'build/out.txt': 'x', 'build/.gitignore': '!*\n',
      'sub/.gitignore': 'local.txt\n', 'sub/local.txt': 'x', 'sub/ok.txt': 'x', 'sub/b.draft.md': 'x',
    });
    assert.deepEqual(rel(root, collectDocuments([root]).files), ['a.txt', 'keep.draft.md', 'local.txt', 'sub/ok.txt']);
    assert.deepEqual(rel(root, collectDocuments([root], { gitignore: false }).files),
      ['a.draft.md', 'a.txt', 'build/out.txt', 'keep.draft.md', 'local.txt', 'sub/b.draft.md', 'sub/local.txt', 'sub/ok.txt']);
  });

  it('applies .gitignore rules to paths through a linked directory, and to the link itself', () => {
    const outside = make({ 'keep.md': 'x', 'skip.md': 'x' });
    const root = make({ '.gitignore': 'linked/skip.md\nhidden-link\n', 'a.txt': 'x' }, { linked: outside, 'hidden-link': outside });
    assert.deepEqual(rel(root, collectDocuments([root]).files), ['a.txt', 'linked/keep.md']);
  });

  it('scans a file named on the command line whatever its extension, once, and an ignored directory named explicitly', () => {
    const root = make({ '.gitignore': 'drafts/\n', 'a.txt': 'x', 'notes.text': 'x', 'drafts/d.md': 'x' });
    const r = collectDocuments([path.join(root, 'notes.text'), root, path.join(root, 'a.txt'), path.join(root, 'drafts'), '-', '-']);
    assert.deepEqual(r.files.map(f => (f === '-' ? f : path.relative(root, f).split(path.sep).join('/'))), ['notes.text', 'a.txt', 'drafts/d.md', '-']);
  });

  it('reports a missing path and keeps the others', () => {
    const root = make({ 'a.txt': 'x' });
    const missing = path.join(root, 'no-such-dir');
    const r = collectDocuments([missing, root]);
    assert.deepEqual(rel(root, r.files), ['a.txt']);
    assert.deepEqual(r.errors, [`cannot read "${missing}": no such file or directory`]);
  });

  it('knows the document extensions', () => {
    assert.deepEqual(['x.md', 'x.Markdown', 'x.txt', 'x.mdx', 'x', 'md'].map(hasDocumentExtension), [true, true, true, false, false, false]);
  });
});
