/**
 * The TextMate grammar, tested the way VS Code runs it: vscode-textmate with the oniguruma WASM
 * build, the grammar injected into plain text and Markdown hosts.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { ROOT } from '../helpers';

const GRAMMAR = path.join(ROOT, 'syntaxes', 'biotech.injection.tmLanguage.json');

async function loadRegistry(): Promise<vsctm.Registry> {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  return new vsctm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: p => new oniguruma.OnigScanner(p), createOnigString: s => new oniguruma.OnigString(s) }),
    loadGrammar: async scopeName => {
      if (scopeName === 'biotech.injection') return vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR);
      // minimal hosts standing in for VS Code's plain-text and Markdown grammars
      if (scopeName === 'text.plain' || scopeName === 'text.html.markdown') return vsctm.parseRawGrammar(JSON.stringify({ scopeName, patterns: [] }), `${scopeName}.json`);
      return null;
    },
    getInjections: scopeName => (scopeName === 'text.plain' || scopeName === 'text.html.markdown' ? ['biotech.injection'] : undefined),
  });
}

/** The scopes of each token of one line, as "text => scope" for the grammar's own scopes. */
async function scopesOf(line: string, host = 'text.plain'): Promise<string[]> {
  const grammar = await (await registry).loadGrammar(host);
  assert.ok(grammar, 'grammar loads');
  const r = grammar!.tokenizeLine(line, vsctm.INITIAL);
  return r.tokens
    .map(t => ({ text: line.slice(t.startIndex, t.endIndex), scope: t.scopes.find(s => s.endsWith('.biotech')) }))
    .filter(t => t.scope)
    .map(t => `${t.text} => ${t.scope}`);
}

let registry: Promise<vsctm.Registry>;

describe('TextMate grammar', () => {
  before(() => { registry = loadRegistry(); });

  it('is valid JSON with the scope name the manifest contributes', () => {
    const g = JSON.parse(fs.readFileSync(GRAMMAR, 'utf8'));
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(g.scopeName, pkg.contributes.grammars[0].scopeName);
  });

  it('highlights figures, doses, durations, INN stems, code names and endpoints in plain text', async () => {
    assert.deepEqual(await scopesOf('ORR was 54,4 percent with mitazalimab 900 \u03bcg/kg over 14.9 months; LBL\u2011024 too.'), [
      'ORR => support.constant.endpoint.biotech',
      '54,4 percent => constant.numeric.percent.biotech',
      'mitazalimab => entity.name.function.drug.biotech',
      '900 \u03bcg/kg => constant.numeric.dose.biotech',
      '14.9 months => constant.numeric.duration.biotech',
      'LBL\u2011024 => entity.name.type.code-name.biotech',
    ]);
  });

  it('works in Markdown too', async () => {
    assert.deepEqual(await scopesOf('- **PFS**: 7,8 months with zanidatamab', 'text.html.markdown'), [
      'PFS => support.constant.endpoint.biotech',
      '7,8 months => constant.numeric.duration.biotech',
      'zanidatamab => entity.name.function.drug.biotech',
    ]);
  });

  it('leaves ordinary words alone', async () => {
    assert.deepEqual(await scopesOf('The treatment agreement was a testament to development.'), []);
  });
});
