import * as assert from 'assert';
import { runChecks, Analyzer, builtinLexicon, analyzeText } from '../../server/src/analysis';
import { datelineIn } from '../../server/src/analysis/dateline';

const analyzer = new Analyzer(builtinLexicon());
const plain = (text: string) => analyzer.analyze(text, undefined, 'plaintext');

describe('a date under a period-end label is no dateline', () => {
  const datelineOfText = (doc: string) => {
    const model = plain(doc);
    return datelineIn(model.entities, model.text, model.text)?.label;
  };
  const cases: { name: string; doc: string; dateline: string | undefined }[] = [
    { name: 'a date alone on its line', doc: 'Acme Bio, Inc.\n\nDec. 31, 2030\n\nAcme Bio completed its offering.\n', dateline: 'Dec. 31, 2030' },
    { name: 'a date under "12 Months Ended"', doc: 'Acme Bio, Inc.\n|12 Months Ended\n|\nDec. 31, 2030\n\nAcme Bio completed its offering.\n', dateline: undefined },
    { name: 'a date under "Three Months Ended"', doc: 'Acme Bio, Inc.\nThree Months Ended\nMarch 31, 2031\n\nAcme Bio completed its offering.\n', dateline: undefined },
    { name: 'a date under a heading of other words', doc: 'Acme Bio, Inc.\nPress release\nMarch 31, 2031\n\nAcme Bio completed its offering.\n', dateline: 'March 31, 2031' },
  ];
  for (const c of cases) it(`${c.dateline ? 'takes' : 'does not take'} ${c.name} for the dateline`, () => assert.strictEqual(datelineOfText(c.doc), c.dateline));
});

describe('a part of a group is no enrolment', () => {
  it('reads "17 of the first 24 patients ... continuing enrolment" as no enrolment of 17', () => {
    const doc = 'Acme Bio trial of AB-101\n\nThe analysis set was 58 evaluable patients.\n\nDuring the first stage, 17 of the first 24 patients had a clinical benefit, meeting the threshold for continuing enrolment.\n';
    assert.ok(!runChecks(plain(doc)).some(f => f.code === 'impossible-value'));
  });
  it('still holds an analysis set to a stated enrolment', () => {
    const doc = 'Acme Bio trial of AB-101\n\nThe analysis set was 58 evaluable patients.\n\nThe study enrolled 24 patients.\n';
    assert.ok(runChecks(plain(doc)).some(f => f.code === 'impossible-value'));
  });
});

describe("a table's caption is no paragraph of running text", () => {
  const table = '| Measure | AB-101 (n=100) | Placebo (n=100) |\n| --- | --- | --- |\n| Median PFS | 11.4 months | 5.8 months |\n';
  const subgroupOf = (doc: string) => {
    const f = plain(doc).entities.find(e => e.kind === 'figure' && e.text === '11.4 months') as { binding: { subgroup?: string } } | undefined;
    assert.ok(f);
    return f.binding.subgroup;
  };
  it('takes a short line above the table for its caption', () => {
    assert.strictEqual(subgroupOf(`Acme Bio reported results from the AB-101 study.\nResults in patients with high marker expression\n${table}`), 'patients with high marker expression');
  });
  it('takes no population from a line of running text over 200 characters above it', () => {
    assert.strictEqual(subgroupOf(`Acme Bio reported results from the AB-101 study.\nDr. Jane Roe, who presented the data at a medical meeting in 2031, highlighted the benefit observed across various clinical subgroups, including patients with low and high marker expression, as well as both tumour types seen in the study population.\n${table}`), undefined);
  });
});

describe('a share that says who the patients are measures no endpoint', () => {
  const endpointOf = (text: string, figure: string) => {
    const { model } = analyzeText(text);
    const f = model.entities.find(e => e.kind === 'figure' && text.slice(e.start, e.end) === figure);
    return f && f.kind === 'figure' ? f.binding.endpoint : 'missing';
  };
  it('binds no endpoint named before to "93% were male", and still binds a result', () => {
    assert.equal(endpointOf('Study details and adverse events: forty patients were enrolled; 93% were male and 20% had grade 3 adverse events.', '93%'), undefined);
    assert.equal(endpointOf('Safety\n\nForty patients were enrolled; 55% were women.', '55%'), undefined);
    assert.notEqual(endpointOf('Adverse events occurred in 40% of patients.', '40%'), undefined);
  });
});
