/**
 * The TextMate grammar of the opt-in "Biotech Document" language, tested the way VS Code runs it:
 * vscode-textmate with the oniguruma WASM build. It colours only documents the user associated
 * with the language (files.associations); ordinary plain text and Markdown get no grammar of ours.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { ROOT } from '../helpers';

const GRAMMAR = path.join(ROOT, 'syntaxes', 'biotech.tmLanguage.json');
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

async function loadRegistry(): Promise<vsctm.Registry> {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  return new vsctm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: p => new oniguruma.OnigScanner(p), createOnigString: s => new oniguruma.OnigString(s) }),
    loadGrammar: async scopeName => (scopeName === 'text.biotech' ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null),
  });
}

let registry: Promise<vsctm.Registry>;

/** The scopes of each token of one line, as "text => scope" for the grammar's own scopes. */
async function scopesOf(line: string): Promise<string[]> {
  const grammar = await (await registry).loadGrammar('text.biotech');
  assert.ok(grammar, 'grammar loads');
  const r = grammar!.tokenizeLine(line, vsctm.INITIAL);
  return r.tokens
    .map(t => ({ text: line.slice(t.startIndex, t.endIndex), scope: t.scopes.find(s => s.endsWith('.biotech') && s !== 'text.biotech') }))
    .filter(t => t.scope)
    .map(t => `${t.text} => ${t.scope}`);
}

describe('TextMate grammar (the opt-in Biotech Document language)', () => {
  before(() => { registry = loadRegistry(); });

  it('is contributed for its own language only, never injected into plain text or Markdown', () => {
    const g = JSON.parse(fs.readFileSync(GRAMMAR, 'utf8'));
    assert.equal(g.injectionSelector, undefined);
    assert.deepEqual(PKG.contributes.grammars, [{ language: 'biotech', scopeName: g.scopeName, path: './syntaxes/biotech.tmLanguage.json' }]);
    assert.ok(PKG.contributes.grammars.every((x: { injectTo?: unknown }) => x.injectTo === undefined));
    // the language claims no file extension: a user opts in through files.associations
    assert.deepEqual(PKG.contributes.languages.find((l: { id: string }) => l.id === 'biotech').extensions, []);
    assert.ok(PKG.activationEvents.includes('onLanguage:biotech'));
    assert.ok(PKG.contributes.configuration.properties['biotechAnnotator.languages'].default.includes('biotech'));
  });

  it('highlights figures, doses, durations, INN stems, code names and endpoints', async () => {
    assert.deepEqual(await scopesOf('ORR was 54,4 percent with mitazalimab 900 \u03bcg/kg over 14.9 months; LBL\u2011024 too.'), [
      'ORR => support.constant.endpoint.biotech',
      '54,4 percent => constant.numeric.percent.biotech',
      'mitazalimab => entity.name.function.drug.biotech',
      '900 \u03bcg/kg => constant.numeric.dose.biotech',
      '14.9 months => constant.numeric.duration.biotech',
      'LBL\u2011024 => entity.name.type.code-name.biotech',
    ]);
  });

  it('leaves ordinary words alone', async () => {
    assert.deepEqual(await scopesOf('The treatment agreement was a testament to development.'), []);
  });
});
