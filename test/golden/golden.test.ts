/**
 * Golden files: for each seed, every entity and finding in a readable file beside this test,
 * checked by hand. `npm run golden:update` rewrites them; review the diff before committing.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { analyzeText, Entity, LineIndex } from '../../server/src/analysis';
import { findDocumentSymbols } from '../../server/src/features';
import { ROOT, SEEDS, readSeed } from '../helpers';

const DIR = path.join(ROOT, 'test', 'golden');

/**
 * Why a careful reader agrees with each seed finding, by seed and "line:col code". Printed under
 * the finding in the golden file; a finding without one fails the test, so no new finding on a
 * seed goes in unexamined.
 */
const JUSTIFICATIONS: Record<string, Record<string, string>> = JSON.parse(fs.readFileSync(path.join(DIR, 'justifications.json'), 'utf8'));
const MISSING = '(none: examine this finding and justify it in test/golden/justifications.json)';

export function goldenText(seed: string, text: string): string {
  const { model, findings } = analyzeText(text);
  const lines = new LineIndex(text);
  const pos = (o: number) => { const p = lines.positionAt(o); return `${p.line + 1}:${p.character + 1}`; };
  const out: string[] = [`# seeds/${seed}`, '', '## Entities (line:col  kind  name  \u00ab text as written \u00bb  facts)'];
  for (const e of model.entities) out.push(`${pos(e.start).padEnd(8)}${e.kind.padEnd(11)}${e.name.padEnd(26)}\u00ab${e.text}\u00bb${facts(e)}`);
  out.push('', '## Findings (line:col  severity  code  message)');
  if (findings.length === 0) out.push('(none)');
  for (const f of findings) {
    out.push(`${pos(f.start).padEnd(8)}${f.severity.padEnd(12)}${f.code.padEnd(20)}${f.message}`);
    out.push(`        why: ${JUSTIFICATIONS[seed]?.[`${pos(f.start)} ${f.code}`] ?? MISSING}`);
  }
  out.push('', '## Outline (name  [detail]  selection line:col  (range line:col-line:col))');
  const at = (p: { line: number; character: number }) => `${p.line + 1}:${p.character + 1}`;
  const walk = (symbols: DocumentSymbol[], depth: number) => {
    for (const s of symbols) {
      out.push(`${'  '.repeat(depth)}${s.name}  [${s.detail}]  ${at(s.selectionRange.start)}  (${at(s.range.start)}-${at(s.range.end)})`);
      walk(s.children ?? [], depth + 1);
    }
  };
  walk(findDocumentSymbols(model, lines), 0);
  return out.join('\n') + '\n';
}

function facts(e: Entity): string {
  if (e.kind === 'figure') {
    const v = Array.isArray(e.value) ? `[${e.value.join(', ')}]` : String(e.value);
    const b = e.binding;
    const bind = [b.endpoint && `endpoint=${b.endpoint}`, b.drug && `drug=${b.drug}`, b.arm && `arm=${b.arm}`, b.timepoint && `at=${b.timepoint}`, b.n !== undefined && `n=${b.n}`].filter(Boolean).join(' ');
    return `  ${e.figureKind} ${e.comparator ?? ''}${v}${e.unit ? ' ' + e.unit : ''}${bind ? '  ' + bind : ''}`;
  }
  if (e.kind === 'drug') {
    const f = e.facts;
    return [f.stem && `stem=${f.stem}`, f.targets?.length && `targets=${f.targets.join('+')}`, f.company && `company=${f.company}`, f.isRegimen && 'regimen']
      .filter(Boolean).map(s => '  ' + s).join('');
  }
  return e.evidence === 'abbreviation' ? '  (abbreviation)' : '';
}

describe('golden files for the seeds', () => {
  for (const seed of SEEDS) {
    it(`seeds/${seed}`, () => {
      const file = path.join(DIR, seed.replace(/\.(txt|md)$/, '.golden.txt'));
      const actual = goldenText(seed, readSeed(seed));
      if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, actual);
      assert.ok(fs.existsSync(file), `missing golden file ${path.relative(ROOT, file)}; run npm run golden:update and review it`);
      assert.equal(actual, fs.readFileSync(file, 'utf8'));
      assert.ok(!actual.includes(MISSING), `a finding on seeds/${seed} has no justification in test/golden/justifications.json`);
    });
  }
});
