/** SARIF output validated against the official SARIF 2.1.0 JSON schema (shipped in @microsoft/jest-sarif). */
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const Ajv = require('ajv');

const SCHEMA = path.join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');

function validator() {
  const ajv = new Ajv({ schemaId: 'id', allErrors: true, jsonPointers: true, unknownFormats: 'ignore', logger: false });
  ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
  return ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
}

describe('SARIF output', () => {
  it('validates against the SARIF 2.1.0 schema, for the seeds and for findings of every check', () => {
    const validate = validator();
    const doc = [
      'ORR was 8 of 22 patients (40%). The ORR was 112 %. HR 0.81 (95% CI 0.38-0.69).',
      'With zanidatamab, median overall survival was 7.8 months and median progression-free survival was 14.9 months.',
      'A 7-fold improvement in ORR (36 % vs 12 %). 900 \u03bcg/kg and 450 \u00b5g/kg and 900 \u00b5g/kg. Rate 54,4 percent and 7.8 months and 1.2 months.',
    ].join('\n\n');
    for (const input of [undefined, doc]) {
      const args = input === undefined ? ['scan', '--format', 'sarif', 'seeds'] : ['scan', '--format', 'sarif', '-'];
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'biotech-annotator.js'), ...args], { cwd: ROOT, input, encoding: 'utf8' });
      const log = JSON.parse(r.stdout);
      const ok = validate(log);
      assert.ok(ok, JSON.stringify(validate.errors, null, 2));
      if (input) assert.ok(log.runs[0].results.length >= 5, `results: ${log.runs[0].results.map((x: { ruleId: string }) => x.ruleId)}`);
    }
  });

  it('validates with an unreadable path reported as a tool execution notification', () => {
    const validate = validator();
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'biotech-annotator.js'), 'scan', '--format', 'sarif', 'seeds', 'no/such/dir'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 2);
    const log = JSON.parse(r.stdout);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    assert.equal(log.runs[0].invocations[0].toolExecutionNotifications.length, 1);
  });

  it('the schema check itself catches a broken log', () => {
    const validate = validator();
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: {} }] }), false);
  });
});
