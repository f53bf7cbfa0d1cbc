import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText, FigureEntity } from '../../server/src/analysis';
import { emptyBinding } from '../../server/src/analysis/model';
import { fileReport } from '../../server/src/cli/report';
import { boundFields, ROOT } from '../helpers';

// Every figure's binding has one shape: all its fields, in one order, those not bound undefined (model.ts emptyBinding).
// The binder unbinds a field by setting it undefined, never by deleting it; what reads bindings sees no difference.
const FIELDS = Object.keys(emptyBinding());

/** Invented documents whose figures the binder binds, unbinds (a placebo arm takes the drug off) and binds again. */
const INVENTED = [
  'Median OS was 21.4 months with talvorimab and 13.2 months with placebo (HR 0.64; 95 % CI, 0.51-0.80).',
  'Qorvelimab showed responses versus placebo.\n\n| Endpoint | Qorvelimab (n=210) | Placebo (n=205) |\n|---|---|---|\n| ORR, % | 38.1 | 9.8 |\n| PFS, months | 8.4 | 4.1 |\n',
  'At week 24, 41 % of patients on 10 mg brelvatinib and 12 % of those on placebo reached PASI 90; in the 20 mg arm, the rate was 47 %.',
];

function seeds(): string[] {
  const dir = path.join(ROOT, 'seeds');
  return fs.readdirSync(dir).filter(f => /\.(?:txt|md)$/.test(f)).sort().map(f => fs.readFileSync(path.join(dir, f), 'utf8'));
}

describe('every figure binding has one shape', () => {
  const docs = [...INVENTED, ...seeds()];

  it('the empty binding lists every field of a binding', () => {
    assert.deepEqual(FIELDS, ['endpoint', 'drug', 'arm', 'timepoint', 'subgroup', 'trial', 'n', 'measure']);
  });

  it('every figure of the seeds and of invented documents: its binding\'s keys are every field, in one order', () => {
    let figures = 0, unbound = 0;
    for (const doc of docs) {
      for (const e of analyzeText(doc).model.entities) {
        if (e.kind !== 'figure') continue;
        figures++;
        assert.deepEqual(Object.keys(e.binding), FIELDS, `the binding of "${e.text}" (${JSON.stringify(boundFields(e.binding))})`);
        if (Object.values(e.binding).some(v => v === undefined)) unbound++;
      }
    }
    assert.ok(figures > 100 && unbound > 0, `${figures} figures, ${unbound} with a field unbound`);
  });

  it('a placebo arm\'s figure has its drug unbound, the field kept', () => {
    const f = analyzeText(INVENTED[0]).model.entities.find((e): e is FigureEntity => e.kind === 'figure' && e.text === '13.2 months');
    assert.ok(f);
    assert.equal(f.binding.arm, 'placebo');
    assert.ok('drug' in f.binding && f.binding.drug === undefined);
  });

  it('the CLI\'s JSON entities hold no field set to undefined (an unbound field is left out, as before)', () => {
    for (const doc of docs) {
      const { model, findings } = analyzeText(doc);
      for (const e of fileReport('doc.txt', model, findings).entities) {
        for (const [k, v] of Object.entries(e)) assert.notEqual(v, undefined, `${e.text}: ${k}`);
        if (e.kind === 'figure') for (const k of ['drug', 'arm', 'endpoint', 'timepoint', 'subgroup', 'n']) if (k in e) assert.notEqual(e[k as keyof typeof e], undefined);
      }
    }
  });
});
