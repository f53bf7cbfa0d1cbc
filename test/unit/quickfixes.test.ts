/**
 * Every quick fix offered on the injected-inconsistency corpus applies cleanly and leaves a
 * document in which the finding it fixes is gone; the suppression fix silences exactly its line.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText, LineIndex } from '../../server/src/analysis';
import { findCodeActions, toDiagnostics } from '../../server/src/features';
import { ROOT } from '../helpers';

const DIR = path.join(ROOT, 'test', 'eval', 'checks');

function apply(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const lines = new LineIndex(text);
  const sorted = edits.map(e => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.newText })).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

describe('quick fixes on the injected corpus', () => {
  const files = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter(f => /\.(txt|md)$/.test(f) && f !== 'README.md') : [];
  it('every offered fix removes its finding, and the suppression comment silences exactly its line', function () {
    this.timeout(60000);
    let fixes = 0, suppressions = 0;
    for (const file of files) {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      const languageId = file.endsWith('.md') ? 'markdown' : 'plaintext';
      const { findings } = analyzeText(text);
      const lines = new LineIndex(text);
      const diags = toDiagnostics(findings, lines, 'file:///x');
      for (let i = 0; i < findings.length; i++) {
        const f = findings[i];
        const actions = findCodeActions(findings, [diags[i]], lines, 'file:///x', languageId);
        for (const a of actions) {
          const fixed = apply(text, a.edit!.changes!['file:///x']);
          const after = analyzeText(fixed).findings;
          if (a.title.startsWith('Silence')) {
            suppressions++;
            const sameBefore = findings.filter(x => x.code === f.code && lines.positionAt(x.start).line === lines.positionAt(f.start).line).length;
            const fixedLines = new LineIndex(fixed);
            const sameAfter = after.filter(x => x.code === f.code && fixedLines.positionAt(x.start).line === lines.positionAt(f.start).line + 1).length;
            assert.ok(sameBefore > 0 && sameAfter === 0, `${file}: suppression of ${f.code} on line ${lines.positionAt(f.start).line + 1}`);
            assert.equal(after.filter(x => x.code !== f.code).length, findings.filter(x => x.code !== f.code).length, `${file}: suppression touched other findings`);
          } else {
            fixes++;
            const stillThere = after.filter(x => x.code === f.code).length;
            assert.ok(stillThere < findings.filter(x => x.code === f.code).length, `${file}: "${a.title}" did not remove its ${f.code} finding`);
          }
        }
      }
    }
    assert.ok(fixes >= 10 && suppressions >= 30, `fixes ${fixes}, suppressions ${suppressions}`);
  });
});
