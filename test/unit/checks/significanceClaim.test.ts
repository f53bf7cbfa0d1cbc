import { strict as assert } from 'assert';
import { analyzeText } from '../../../server/src/analysis';

const found = (text: string) => analyzeText(text).findings.filter(f => f.code === 'significance-vs-ci');

describe('significance-vs-ci', () => {
  it('reports "statistically significant" with a ratio interval that spans 1', () => {
    const text = 'The improvement in OS was statistically significant (HR 0.91; 95% CI 0.78\u20131.06).';
    const fs = found(text);
    assert.equal(fs.length, 1);
    assert.equal(fs[0].severity, 'warning');
    assert.equal(text.slice(fs[0].start, fs[0].end), 'statistically significant');
    assert.match(fs[0].message, /95 % CI 0\.78\u20131\.06 includes 1/);
  });
  it('reports a difference whose interval spans 0', () => {
    assert.equal(found('The mean difference of 2.1 points was statistically significant (95% CI \u22120.4 to 4.6).').length, 1);
  });
  it('judges each claim against its own clause and leaves negated claims alone', () => {
    assert.deepEqual(found('PFS was significantly longer (HR 0.60, 95% CI 0.50\u20130.72) but OS was not statistically significant (HR 0.91; 95% CI 0.78\u20131.06).'), []);
    assert.deepEqual(found('PFS was significantly longer (HR 0.60, 95% CI 0.50\u20130.72); OS showed a trend (HR 0.91; 95% CI 0.78\u20131.06).'), []);
    assert.deepEqual(found('The difference was not statistically significant (HR 0.91; 95% CI 0.78\u20131.06).'), []);
    assert.deepEqual(found('There was a non-significant trend toward statistically significant benefit (HR 0.91; 95% CI 0.78\u20131.06).'), []);
    // a limit that only touches 1 after rounding is not judged
    assert.deepEqual(found('OS was statistically significantly improved (HR 0.80; 95% CI 0.64\u20131.00).'), []);
    // a 90 % interval is not the 5 % level's
    assert.deepEqual(found('OS was statistically significantly improved (HR 0.91; 90% CI 0.80\u20131.03).'), []);
  });
});

describe('significance-vs-ci: the evidence in the next sentence', () => {
  // each row: an invented paragraph, and whether its claim is reported
  const cases: [string, boolean][] = [
    ['Drugamab gave a statistically significant gain in overall survival. Here the HR was 0.81 (95% CI 0.62-1.14).', true],
    ['Drugamab gave a statistically significant gain in overall survival. Here the HR was 0.71 (95% CI 0.60-0.84).', false],
    // the next sentence's interval is of an endpoint the claim does not name
    ['Drugamab gave a statistically significant gain in overall survival. For PFS the HR was 0.81 (95% CI 0.62-1.14).', false],
    // another paragraph
    ['Drugamab gave a statistically significant gain in overall survival.\n\nHere the OS HR was 0.81 (95% CI 0.62-1.14).', false],
    // the next sentence makes its own claim: judged there if at all
    ['Drugamab gave a statistically significant gain in overall survival. OS was not statistically significant in the subgroup (HR 0.81; 95% CI 0.62-1.14).', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0));
});

describe('significance-vs-ci: claims as each language words them', () => {
  // each row: an invented sentence, and whether its claim is reported
  const cases: [string, boolean][] = [
    ['Drugamab showed a significant reduction in the risk of relapse (HR 0.81; 95% CI 0.62-1.14).', true],
    // the noun: "reached statistical significance"
    ['The trial met its primary endpoint with statistical significance (HR 0.81; 95% CI 0.62-1.14).', true],
    ['The trial did not reach statistical significance (HR 0.81; 95% CI 0.62-1.14).', false],
    ['Drugamab showed a significant reduction in the risk of relapse (HR 0.71; 95% CI 0.60-0.84).', false],
    ['Una riduzione significativa del rischio (HR = 0,81; IC 95%: 0,62-1,14) è stata osservata.', true],
    ['Une réduction significative du risque (HR 0,81 ; IC à 95 % : 0,62-1,14) a été observée.', true],
    ['Drugamab zeigte eine signifikante Verbesserung (HR 0,81; 95%-KI 0,62-1,14).', true],
    // negated and weakened claims are no claims
    ['There was no significant reduction in the risk of relapse (HR 0.81; 95% CI 0.62-1.14).', false],
    ['Il n’y a pas de réduction significative du risque (HR 0,81 ; IC à 95 % : 0,62-1,14).', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).map(f => f.message).join('; ')));
});

describe('significance-vs-ci: more words of a claim (significance.json)', () => {
  // each row: an invented sentence, and whether the claim is reported
  const cases: [string, boolean][] = [
    ['Velotamab demonstrated a significant OS benefit (HR 0.85; 95% CI 0.70-1.03).', true],
    ['Velotamab was significantly superior to placebo (HR 0.85; 95% CI 0.70-1.03).', true],
    ['Velotamab significantly extended overall survival (HR 0.85; 95% CI 0.70-1.03).', true],
    ['Der Unterschied war ein signifikanter Unterschied zugunsten von Velotamab (HR 0,85; 95 %-KI 0,70-1,03).', true],
    ['Velotamab significantly extended overall survival (HR 0.85; 95% CI 0.70-0.98).', false],
    // negated
    ['There was no significant difference in OS (HR 0.85; 95% CI 0.70-1.03).', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(found(text).length > 0, expected, JSON.stringify(found(text).map(f => f.message))));
});

describe('significance-vs-ci: a claim that is an aim, not a result', () => {
  // each row: an invented sentence, and whether its claim is reported
  const cases: [string, boolean][] = [
    ['Although the study was not powered to demonstrate a statistically significant difference, the HR for death was 0.88 (95% CI 0.61-1.27).', false],
    ['The trial was sized to detect a significant reduction in relapse; the HR was 0.88 (95% CI 0.61-1.27).', false],
    ['The trial was designed to show a significant improvement in PFS (HR 0.88; 95% CI 0.61-1.27).', false],
    // a result is still judged
    ['Drugamab led to a significant reduction in relapse (HR 0.88; 95% CI 0.61-1.27).', true],
    ['The data show a statistically significant improvement in PFS (HR 0.88; 95% CI 0.61-1.27).', true],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).map(f => f.message).join('; ')));
});

describe('significance-vs-ci: a claim held to its own p-value, and to an interval in the next sentence', () => {
  const sig = (text: string) => analyzeText(text).findings.filter(f => f.code === 'significance-vs-ci');
  const cases: [string, boolean][] = [
    ['AB-101 significantly improved overall survival versus placebo (p=0.21).', true],
    ['The primary endpoint was met with statistical significance (p=0.08).', true],
    ['AB-101 significantly improved overall survival versus placebo (p=0.002).', false],
    // p = 0.05 written with two decimals may be 0.054 or 0.046: not beyond its rounding
    ['AB-101 significantly improved overall survival versus placebo (p=0.05).', false],
    // a negated claim is never judged
    ['The difference was not statistically significant (p=0.21).', false],
    // another level named in the document
    ['The trial used a one-sided alpha of 0.10. The primary endpoint was met with statistical significance (p=0.08).', false],
    // the p-value of another clause
    ['AB-101 significantly improved overall survival; the interaction test gave p=0.21.', false],
    ['AB-101 achieved a statistically significant improvement in the primary endpoint. The hazard ratio was 0.86 (95% CI, 0.72-1.03).', true],
    ['AB-101 achieved a statistically significant improvement in the primary endpoint. The hazard ratio was 0.86 (95% CI, 0.72-0.98).', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(sig(text).length > 0, expected, JSON.stringify(sig(text).map(f => f.message))));
});

describe('significance-vs-ci: a denied claim held to its own evidence', () => {
  const sig = (text: string) => analyzeText(text).findings.filter(f => f.code === 'significance-vs-ci');
  // each row: an invented sentence, and whether it is reported
  const cases: [string, boolean][] = [
    ['Overall survival with AB-101 was not statistically significant (p=0.004).', true],
    ['AB-101 did not significantly improve overall survival (HR 0.72; 95% CI 0.60-0.86).', true],
    ['The study did not reach significance on its primary endpoint (p=0.003).', true],
    ['Overall survival with AB-101 was not statistically significant (p<0.001).', true],
    // a p between 0.01 and 0.05 may miss a trial's own stricter level; "p < 0.05" says no more
    ['Overall survival with AB-101 was not statistically significant (p=0.03).', false],
    ['Overall survival with AB-101 was not statistically significant (p<0.05).', false],
    // an interval that only just excludes the null: the same
    ['AB-101 did not significantly improve overall survival (HR 0.82; 95% CI 0.68-0.99).', false],
    ['There was no statistically significant difference in relapse rates (HR 0.64, 95% CI 0.51-0.80).', true],
    // the evidence agrees with the denial
    ['The study did not reach significance on its primary endpoint (p=0.30).', false],
    ['Overall survival was not statistically significant (HR 0.91; 95% CI 0.78-1.06).', false],
    // not beyond the rounding, or telling nothing
    ['Overall survival with AB-101 was not statistically significant (p=0.05).', false],
    ['Overall survival with AB-101 was not statistically significant (p<0.1).', false],
    // another yardstick in the sentence: an interim boundary, an adjustment for multiplicity, a nominal test
    ['Overall survival did not reach statistical significance at the interim boundary (p=0.012).', false],
    ['Overall survival was not statistically significant after adjustment for multiplicity (p=0.03).', false],
    // weakened, not denied
    ['There was a trend toward statistical significance in overall survival (p=0.03).', false],
    // the p-value of another clause
    ['Overall survival was not statistically significant; progression-free survival improved with p=0.001.', false],
    // a ratio the reader does not know as one: its interval holds 1; and the clause's own p-value agrees with the denial
    ['The relapse ratio between the two doses was not statistically significant (0.91; 95% CI 0.62-1.33).', false],
    ['The relapse ratio between the two doses was not statistically significant (0.91; 95% CI 0.62-0.83; p = 0.64).', false],
    // a difference, by its word or a bound below zero
    ['The difference in mean score was not statistically significant (4.1 points; 95% CI 1.2 to 7.0).', true],
        // a form read only after a denial: alone it states a hope
    ['AB-101 may significantly improve survival in later trials (p=0.001).', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(sig(text).length > 0, expected, JSON.stringify(sig(text).map(f => f.message))));
  it('quotes the denial and shows the evidence', () => {
    const text = 'Overall survival with AB-101 was not statistically significant (p=0.004).';
    const [f] = sig(text);
    assert.equal(text.slice(f.start, f.end), 'not statistically significant');
    assert.match(f.message, /p=0\.004 is below 0\.01/);
  });
});

describe('significance-vs-ci: an alpha names a level only with its number', () => {
  const sig = (text: string) => analyzeText(text).findings.filter(f => f.code === 'significance-vs-ci');
  const cases: [string, boolean][] = [
    // a protein's alpha, a trial named so: no level
    ['Patients with high TNF-alpha levels were enrolled. The primary endpoint was met with statistical significance (p=0.34).', true],
    ['AB-101 was tested in the ALPHA-7 trial. The primary endpoint was met with statistical significance (p=0.34).', true],
    // a level
    ['The study was tested at an alpha of 0.025. The primary endpoint was met with statistical significance (p=0.04).', false],
    ['The study was tested at \u03b1 = 0.10. The primary endpoint was met with statistical significance (p=0.08).', false],
    ['The alpha spending plan allowed an early look. The primary endpoint was met with statistical significance (p=0.08).', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(sig(text).length > 0, expected, JSON.stringify(sig(text).map(f => f.message))));
});
