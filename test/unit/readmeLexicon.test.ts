/** The README's lexicon example is a file a user can copy: it loads without problems and validates against the schema VS Code uses. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { parseLexiconFile } from '../../server/src/analysis';
import { ROOT } from '../helpers';

describe('the README\'s lexicon example', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Your own lexicon'));
  const example = /```json\n([\s\S]*?)```/.exec(section)?.[1] ?? '';

  it('is found', () => assert.ok(example.includes('"drugs"')));

  it('loads with no problems', () => {
    const parsed = parseLexiconFile(example);
    assert.deepStrictEqual(parsed.problems, []);
  });

  it('validates against the schema, and names no $schema that VS Code could not load', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'biotech-lexicon.schema.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true });
    const valid = ajv.validate(schema, JSON.parse(example));
    assert.ok(valid, JSON.stringify(ajv.errors));
    assert.strictEqual(JSON.parse(example).$schema, undefined);
  });

  it('the $schema path it offers for other editors exists in the packed tarball', () => {
    const offered = /"\$schema": "\.\/node_modules\/biotech-annotator\/([^"]+)"/.exec(section)?.[1];
    assert.ok(offered, 'the section names a $schema path');
    assert.ok(fs.existsSync(path.join(ROOT, offered!)));
    const npmignore = fs.readFileSync(path.join(ROOT, '.npmignore'), 'utf8');
    assert.ok(npmignore.split('\n').some(l => l.startsWith('!') && offered!.startsWith(l.slice(1).replace(/\*.*$/, ''))), 'shipped by .npmignore');
  });
});
