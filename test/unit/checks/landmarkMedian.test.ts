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
    // named in the first clause, it carries on into the second: the subgroup's own median and rate meet (they
    // contradict each other as the whole population's would), but never the whole population's medians
    assert.equal(found('In patients with bulky disease treated with tavomelib, median PFS was 9.4 months; the 1-year PFS rate was 71%.').length, 1);
    assert.deepEqual(found('With tavomelib, median PFS was 9.4 months. In patients with bulky disease treated with tavomelib, the 1-year PFS rate was 71%.'), []);
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

describe('landmark-vs-median: an armless rate, a share of lasting responses, a follow-up', () => {
  // each row: an invented paragraph, and whether a landmark rate is reported
  const cases: [string, boolean][] = [
    // a rate the binding gave no drug, in a document of one arm
    ['With AB-101, median OS was 6.1 months. The 12-month survival probability was 58%.', true],
    // a share of responses lasting at least a time
    ['With AB-101, median duration of response was 5.0 months; 70% of responses lasted at least 9 months.', true],
    ['With AB-101, median duration of response was 5.0 months, and 70% of responders had a response lasting 9 months or longer.', true],
    // consistent
    ['With AB-101, median duration of response was 11.0 months; 40% of responses lasted at least 12 months.', false],
    ['With AB-101, median duration of response was 5.0 months; 70% of responses lasted at least 3 months.', false],
    // two rates of one landmark the binding did not give to two arms: neither is judged
    ['With AB-101, median OS was 13.8 months. At 12 months, OS rates were 55% and 42%.', false],
    // an armless rate in a document of two arms' medians
    ['Median OS was 14.2 months with AB-101 and 6.1 months with placebo. The 12-month survival probability was 58%.', false],
    // a follow-up is no median
    ['With AB-101, median OS was not reached after 10.2 months of follow-up. The 12-month OS rate was 80%.', false],
    ['With AB-101, the median follow-up time for OS was 10.2 months. The 12-month OS rate was 80%.', false],
    ['With AB-101 (MFU, 30 months), the 4-year EFS rate was 61%.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).map(f => f.message).join('; ')));
});
