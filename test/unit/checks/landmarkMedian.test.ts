import { strict as assert } from 'assert';
import { analyzeText } from '../../../server/src/analysis';

const found = (text: string) => analyzeText(text).findings.filter(f => f.code === 'landmark-vs-median');

describe('landmark-vs-median', () => {
  it('reports a 12-month rate above 50 % with a median under 12 months', () => {
    const text = 'With zanidatamab, median OS was 9.7 months. The 12-month OS rate was 62%.';
    const fs = found(text);
    assert.equal(fs.length, 1);
    assert.equal(fs[0].severity, 'warning');
    assert.equal(text.slice(fs[0].start, fs[0].end), '62%');
    assert.match(fs[0].message, /12-month OS rate 62 % contradicts median OS 9\.7 months/);
    assert.equal(text.slice(fs[0].related[0].start, fs[0].related[0].end), '9.7 months');
  });
  it('reads a one-year rate, its time point singular', () => {
    const text = 'With zanidatamab, median OS was 9.7 months. The one-year OS rate was 62%.';
    const rate = analyzeText(text).model.entities.find(e => e.kind === 'figure' && e.text === '62%');
    assert.equal(rate?.kind === 'figure' ? rate.binding.timepoint : undefined, '1 year');
    assert.equal(found(text).length, 1);
    assert.match(found(text)[0].message, /1-year OS rate 62 %/);
  });
  it('reports a rate below 50 % before a longer median', () => {
    assert.equal(found('With zanidatamab, median PFS was 14.9 months and the 12-month PFS rate was 38%.').length, 1);
  });
  it('accepts consistent pairs, margins, other arms and subgroups', () => {
    assert.deepEqual(found('With zanidatamab, median OS was 14.9 months and the 24-month survival rate reached 29.4 percent.'), []);
    assert.deepEqual(found('With zanidatamab, median OS was 9.7 months. The 6-month OS rate was 62%.'), []);
    // within half a month and two points of the turning point
    assert.deepEqual(found('With zanidatamab, median PFS was 11.8 months and the 12-month PFS rate was 51%.'), []);
    // a control arm's rate, even when its binding names the investigational drug
    assert.deepEqual(found('Median PFS was 13.1 months with sacrotuzumab govitecan versus 8.7 months with the control regimen. The 12-month PFS rate was 54.1% with sacrotuzumab govitecan and 35.2% with the control regimen.'), []);
    // the comparator's median is not the drug's
    assert.deepEqual(found('Median OS was less than 7 months with chemotherapy. With zanidatamab, the 12-month OS rate was 52%.'), []);
    assert.deepEqual(found('With zanidatamab, median OS was 9.7 months. Among patients with PD-L1 high tumours, the 12-month OS rate was 62%.'), []);
  });
  it('holds a word of another population to its own clause and the ones after it', () => {
    // the subgroup is named only after the semicolon: the first clause speaks of all patients
    const text = 'With tavomelib, the 1-year PFS rate was 71% and median PFS was 9.4 months; in patients with bulky disease, the 1-year PFS rate was 48%.';
    const fs = found(text);
    assert.equal(fs.length, 1);
    assert.equal(text.slice(fs[0].start, fs[0].end), '71%');
    // named in the first clause, it carries on into the second
    assert.deepEqual(found('In patients with bulky disease treated with tavomelib, median PFS was 9.4 months; the 1-year PFS rate was 71%.'), []);
    // a rate in a later clause about another population is not the main result's
    assert.deepEqual(found('With tavomelib, median PFS was 9.4 months; in patients with bulky disease, the 1-year PFS rate was 71%.'), []);
  });
});

describe('landmark-vs-median: other time-to-event endpoints (lexicon/grammar/survival.json)', () => {
  // each row: an invented text, and whether the landmark rate is reported
  const cases: [string, boolean][] = [
    // a duration of response: a rate above 50 % past a shorter median
    ['With velotamab, the median DOR was 8.2 months (95% CI: 6.1, 11.0). The estimated DOR rate at 12 months was 64% (95% CI: 51, 74).', true],
    ['With velotamab, the median DOR was 8.2 months. The estimated DOR rate at 6 months was 64%.', false],
    // a rate below 50 % before a longer median: a share of all patients may be meant, not judged for DOR
    ['With velotamab, the median DOR was 18.2 months. The DOR rate at 12 months was 40%.', false],
    // event-free survival is judged both ways
    ['With velotamab, median EFS was 9.1 months and the 12-month EFS rate was 66%.', true],
    ['With velotamab, median EFS was 19.1 months and the 12-month EFS rate was 36%.', true],
    ['With velotamab, median EFS was 19.1 months and the 12-month EFS rate was 61%.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text.slice(0, 80)}`, () => assert.equal(found(text).length > 0, expected, JSON.stringify(found(text).map(f => f.message))));
});
