import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../helpers';
import { textFiles } from '../corpusText';

/** Lower-cased, with Unicode hyphens and spaces as ASCII and runs of space as one. */
const plain = (s: string) => s.replace(/[\u2010-\u2015]/g, '-').replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/\s+/g, ' ').toLowerCase().trim();

/** The quoted examples in a source file's comments: "..." or '...' or “...” inside // and /* *\/ comments. */
export function quotedInComments(source: string): string[] {
  const comments = [...source.matchAll(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g)].map(m => m[0]);
  const out: string[] = [];
  for (const c of comments) for (const m of c.matchAll(/"([^"\n]{6,})"|“([^”\n]{6,})”|'([^'\n]{6,})'/g)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

/** A quotation worth checking: four words or more, a decimal number counting as one (short generic phrases recur anywhere). */
const telling = (q: string) => (q.match(/\p{L}+|\d+(?:[.,]\d+)*/gu) ?? []).length >= 4;

describe('comments give invented examples', () => {
  it('reads quotations out of comments only (the extractor itself)', () => {
    assert.deepStrictEqual(quotedInComments('const a = "not a comment here";\n// reads "ORR 41 % (n = 9)" well\n/* and "the other one" */'), ['ORR 41 % (n = 9)', 'the other one']);
  });

  it('quotes no corpus or seed document in the comments of the code', () => {
    const corpus = textFiles(ROOT, rel => !(rel === 'seeds' || rel.startsWith('seeds/') || rel === 'test' || rel === 'test/eval' || rel.startsWith('test/eval/')))
      .filter(f => /\.(txt|md)$/.test(f) && !/README\.md$/.test(f))
      .map(f => plain(fs.readFileSync(f, 'utf8')));
    assert.ok(corpus.length > 50, 'the corpora are read');
    const found: string[] = [];
    for (const file of textFiles(ROOT, rel => !(rel === 'server' || rel === 'client' || /^(server|client)\/src(\/|$)/.test(rel))).filter(f => f.endsWith('.ts'))) {
      for (const q of quotedInComments(fs.readFileSync(file, 'utf8'))) {
        if (telling(q) && corpus.some(doc => doc.includes(plain(q)))) found.push(`${path.relative(ROOT, file)}: "${q}"`);
      }
    }
    assert.deepStrictEqual(found, []);
  });
});
