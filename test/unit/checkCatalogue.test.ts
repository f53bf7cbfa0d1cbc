/**
 * Every check is configurable and documented: its code is in package.json's severity setting
 * (with the levels VS Code offers), in the README's check table and in the CHANGELOG, and a
 * severity override or "off" reaches it through the settings the server reads.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../server/src/analysis';
import { CHECKS } from '../../server/src/analysis/checks';
import { sanitizeSettings } from '../../server/src/shared/settings';
import { ROOT } from '../helpers';

/** One text per check that raises it, so overrides can be seen to work. */
const SAMPLES: Record<string, string> = {
  'percent-of-count': 'ORR was 8 of 22 patients (40%).',
  'grim': 'The ORR was 38% (n = 22).',
  'impossible-value': 'The objective response rate (ORR) was 112 %.',
  'ci-inconsistent': 'The hazard ratio was 0.81 (95% CI 0.38\u20130.69).',
  'p-value-vs-ci': 'PFS: HR 0.50 (95% CI 0.40\u20130.62; p = 0.30).',
  'significance-vs-ci': 'The improvement in OS was statistically significant (HR 0.91; 95% CI 0.78\u20131.06).',
  'survival-logic': 'With mitazalimab, median overall survival was 7.8 months and median progression-free survival was 14.9 months.',
  'landmark-vs-median': 'With zanidatamab, median OS was 9.7 months. The 12-month OS rate was 62%.',
  'claimed-ratio': 'The drug showed a 7-fold improvement in ORR (36 % vs 12 %).',
  'totals': 'Acme will receive $50 million upfront and up to $900 million in milestones, for a total deal value of $1.05 billion.',
  'repeated-value': 'A deal with a total value of $1.2 billion.\n\nThe agreement has a total value of $1.5 billion.',
  'date-inconsistent': 'Between May 2025 and March 2025, 45 patients were enrolled.',
  'mixed-micro-sign': '900 \u03bcg/kg and 450 \u00b5g/kg and 900 \u00b5g/kg',
  'mixed-decimal-separator': 'Median OS was 14.9 months, median PFS 7.8 months and ORR 54,4 percent.',
  'dose-unit-mismatch': 'Zanidatamab 10 mg/kg Q3W; zanidatamab 10 mg once daily.',
};

describe('the check catalogue', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const severity = pkg.contributes.configuration.properties['biotechAnnotator.severity'];
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const changelog = fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');

  it('has unique codes, each with a sample here', () => {
    const codes = CHECKS.map(c => c.code);
    assert.equal(new Set(codes).size, codes.length);
    assert.deepEqual([...codes].sort(), Object.keys(SAMPLES).sort());
  });
  for (const check of CHECKS) {
    it(`${check.code}: in package.json, the README and the CHANGELOG`, () => {
      assert.deepEqual(severity.properties?.[check.code]?.enum, ['error', 'warning', 'information', 'hint', 'off']);
      assert.ok(severity.markdownDescription.includes(`\`${check.code}\``), 'listed in the setting\'s description');
      assert.match(readme, new RegExp(`^\\| \`${check.code}\` \\| ${check.defaultSeverity}`, 'm'), 'a row in the README\'s check table with its default severity');
      assert.ok(changelog.includes(`\`${check.code}\``), 'named in the CHANGELOG');
    });
    it(`${check.code}: raised by its sample, and its severity can be overridden or turned off`, () => {
      const text = SAMPLES[check.code];
      assert.ok(analyzeText(text).findings.some(f => f.code === check.code), 'the sample raises it');
      const settings = sanitizeSettings({ severity: { [check.code]: 'hint' } });
      assert.ok(analyzeText(text, { severity: settings.severity }).findings.filter(f => f.code === check.code).every(f => f.severity === 'hint'));
      const off = sanitizeSettings({ severity: { [check.code]: 'off' } });
      assert.deepEqual(analyzeText(text, { severity: off.severity }).findings.filter(f => f.code === check.code), []);
    });
  }
});
