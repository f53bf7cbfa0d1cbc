import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Analyzer, composeLexicon, parseLexiconFile } from '../../server/src/analysis';
import { ROOT } from '../helpers';

describe('user lexicon files', () => {
  it('reads a valid file into lexicon data', () => {
    const r = parseLexiconFile(JSON.stringify({
      $schema: './schemas/biotech-lexicon.schema.json',
      drugs: [{ name: 'zorbatinib', brands: ['Zorbix'], codes: ['ZRB-101'], targets: ['HER2'], company: 'Acme Bio' }],
      targets: [{ name: 'XYZ7', fullName: 'xylose zinc finger 7', aliases: ['XYZ-7'] }],
      ignore: ['Endorsement Bio'],
    }));
    assert.deepEqual(r.problems, []);
    assert.equal(r.entries, 3);
    assert.equal(r.data.drugs![0].brands![0], 'Zorbix');
  });

  it('reports invalid JSON with its place and keeps nothing from it', () => {
    const text = '{ "drugs": [ { "name": "x" }, ] , }\n{';
    const r = parseLexiconFile(text);
    assert.ok(r.problems.length > 0);
    assert.ok(r.problems.every(p => p.severity === 'error' && /Invalid JSON/.test(p.message)));
    assert.ok(r.problems.some(p => p.start >= text.lastIndexOf('{')));
  });

  it('skips a wrong entry, keeps the right ones, and says where', () => {
    const text = '{"drugs": [{"name": "good"}, {"name": 42}, {"brands": ["x"]}], "colour": 1, "targets": "PD-1"}';
    const r = parseLexiconFile(text);
    assert.deepEqual(r.data.drugs!.map(d => d.name), ['good']);
    const messages = r.problems.map(p => `${p.severity}: ${p.message} @${text.slice(p.start, p.end)}`);
    assert.deepEqual(messages, [
      'error: "name" must be a non-empty string. @42',
      'error: An entry of "drugs" needs "name". @{"brands": ["x"]}',
      'warning: Unknown section "colour"; known sections: drugs, regimens, targets, endpoints, indications, companies, stems, ignore. @"colour"',
      'error: "targets" must be an array of objects. @"PD-1"',
    ]);
  });

  it('treats keys such as __proto__ as inert data', () => {
    const r = parseLexiconFile('{"drugs": [{"name": "ok", "__proto__": {"polluted": true}}], "__proto__": []}');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(r.data.drugs!.length, 1);
    assert.equal(Object.getPrototypeOf(r.data.drugs![0]), Object.prototype);
  });

  it('extends recognition, and its ignore list silences a rule', () => {
    const { data } = parseLexiconFile(JSON.stringify({
      drugs: [{ name: 'zorbatinib', brands: ['Zorbix'], targets: ['XYZ7'] }],
      targets: [{ name: 'XYZ7', aliases: ['XYZ-7'] }],
      ignore: ['retifanlimab'],
    }));
    const model = new Analyzer(composeLexicon([data])).analyze('Zorbix hits XYZ-7; retifanlimab does not count here.');
    assert.deepEqual(model.entities.filter(e => e.kind !== 'figure').map(e => [e.kind, e.name]), [['drug', 'zorbatinib'], ['target', 'XYZ7']]);
  });

  it('the JSON schema knows every section and field the parser knows', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'biotech-lexicon.schema.json'), 'utf8'));
    const sections = Object.keys(schema.properties).filter(k => k !== '$schema');
    assert.deepEqual(sections.sort(), ['companies', 'drugs', 'endpoints', 'ignore', 'indications', 'regimens', 'stems', 'targets']);
    // every field the schema allows is accepted by the parser without a warning
    for (const s of sections.filter(x => x !== 'ignore')) {
      const fields = Object.keys(schema.properties[s].items.properties);
      const entry = Object.fromEntries(fields.map(f => [f, schema.properties[s].items.properties[f].$ref === '#/definitions/texts' ? ['a'] : f === 'measure' ? 'time' : 'a']));
      const r = parseLexiconFile(JSON.stringify({ [s]: [entry] }));
      assert.deepEqual(r.problems, [], s);
    }
  });
});
