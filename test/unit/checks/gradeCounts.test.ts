import { strict as assert } from 'assert';
import { analyzeText } from '../../../server/src/analysis';

/** Counts of patients with an event, bound to the event, and held to the grades' nesting. Every sentence is invented. */
describe('a count of the patients an event occurred in', () => {
  const bound = (text: string, figure: string) => {
    const { model } = analyzeText(text);
    const f = model.entities.find(e => e.kind === 'figure' && text.slice(e.start, e.end) === figure);
    return f && f.kind === 'figure' ? f.binding.endpoint : undefined;
  };
  it('is bound to the event said to occur in them', () => {
    assert.match(bound('Grade 3 or higher adverse events occurred in 12 patients.', '12 patients') ?? '', /Grade >=3/);
    assert.match(bound('Serious adverse events were reported in 9 patients.', '9 patients') ?? '', /SAE|serious/i);
    // a count that the event does not occur in is not bound to it
    assert.equal(bound('Adverse events led to the enrolment of 12 patients.', '12 patients'), undefined);
  });
  const impossible = (text: string) => analyzeText(text).findings.filter(f => f.code === 'impossible-value');
  const cases: [string, boolean][] = [
    ['Adverse events of any grade occurred in 10 patients. Grade 3 or higher adverse events occurred in 12 patients.', true],
    ['Adverse events of any grade occurred in 14 patients. Grade 3 or higher adverse events occurred in 12 patients.', false],
    // a share and a count are no pair of one kind
    ['Adverse events of any grade occurred in 10% of patients. Grade 3 or higher adverse events occurred in 12 patients.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(impossible(text).length > 0, expected, JSON.stringify(impossible(text).map(f => f.message))));
});
