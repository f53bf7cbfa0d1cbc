import { strict as assert } from 'assert';
import { analyzeText } from '../../../server/src/analysis';

const found = (text: string) => analyzeText(text).findings.filter(f => f.code === 'dose-unit-mismatch');

describe('dose-unit-mismatch', () => {
  it('reports one dose of a drug written with a unit of another size or basis, on the minority unit', () => {
    const text = 'Patients received mitazalimab 900 \u00b5g/kg or 450 \u00b5g/kg. The 900 \u00b5g/kg dose was selected. Mitazalimab at 900 mg/kg was well tolerated.';
    const fs = found(text);
    assert.equal(fs.length, 1);
    assert.equal(fs[0].severity, 'warning');
    assert.equal(text.slice(fs[0].start, fs[0].end), '900 mg/kg');
    assert.match(fs[0].message, /mitazalimab 900 mg\/kg here but 900 \u00b5g\/kg 2 times elsewhere/);
    assert.equal(found('Zanidatamab 10 mg/kg Q3W; zanidatamab 10 mg once daily.').length, 1);
  });
  it('reports one unit spelled two ways as style, with a fix to the majority spelling that removes it', () => {
    const text = 'Mitazalimab 5 mcg/kg, then mitazalimab 5 \u00b5g/kg, and again mitazalimab 5 \u00b5g/kg.';
    const fs = found(text);
    assert.deepEqual(fs.map(f => f.severity), ['information']);
    assert.equal(fs[0].fixes[0].edits[0].newText, '\u00b5g/kg');
    const e = fs[0].fixes[0].edits[0];
    assert.deepEqual(found(text.slice(0, e.start) + e.newText + text.slice(e.end)), []);
  });
  it('leaves a unit written out as a word beside its symbol alone', () => {
    assert.deepEqual(found('Mitazalimab 5 milligram once weekly; mitazalimab 5 mg was given to 40 patients, and mitazalimab 5 mg to 12 more.'), []);
  });
  it('leaves different doses, different drugs, Greek mu and concentrations alone', () => {
    assert.deepEqual(found('Mitazalimab 900 \u00b5g/kg or 450 \u00b5g/kg.'), []);
    assert.deepEqual(found('Zanidatamab 10 mg/kg and tislelizumab 10 mg.'), []);
    assert.deepEqual(found('Mitazalimab 900 \u03bcg/kg and mitazalimab 900 \u00b5g/kg.'), []);
    // a dose whose binding fell back to the document's main drug while its paragraph speaks of another
    const text = 'Tazemetostat was given at 300 mg/m2 twice daily. Tazemetostat was well tolerated, and tazemetostat will enter Phase 2.\n\nMLN2704 is an antibody-drug conjugate. Only one patient had a dose-limiting toxicity at the dose level of 300 mg.';
    assert.equal(analyzeText(text).model.entities.find(e => e.kind === 'figure' && e.text === '300 mg')?.kind, 'figure');
    assert.deepEqual(found(text), []);
  });
  it('reads a flat dose that labels a cohort or a dose level as the weight-based level it shortens', () => {
    const rows: [string, number][] = [
      ['Patients got zelbotamab 3 mg/kg or 10 mg/kg. In the 3 mg cohort, two patients responded.', 0],
      ['Zelbotamab was dosed at 3 mg/kg or 10 mg/kg; the 10 mg dose level was chosen.', 0],
      // no label after it: a flat dose against a weight-based one is still reported
      ['Patients got zelbotamab 3 mg/kg or 10 mg/kg. Later zelbotamab 3 mg was given daily.', 1],
    ];
    for (const [text, n] of rows) assert.equal(found(text).length, n, text);
  });
  it('compares radioactive doses, measured in activity, like any other', () => {
    const rows: [string, number][] = [
      ['Patients received zelbotamab at a total dose of 60 mCi. In the cohort given zelbotamab at 60 mCi/kg, four patients responded.', 1],
      ['Zelbotamab was given at 3.7 GBq per cycle; later cohorts received zelbotamab at 3.7 MBq.', 1],
      ['Zelbotamab was given at 3.7 GBq per cycle; later cohorts received zelbotamab at 7.4 GBq.', 0],
    ];
    for (const [text, n] of rows) assert.equal(found(text).length, n, text);
  });
});
