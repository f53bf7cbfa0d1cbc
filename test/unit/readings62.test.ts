/**
 * Readings of session 62: a deal's upfront payment restated in a definite noun phrase, its noun before the sum ("the
 * upfront payment of $N") or after it, with another sum than the one the document stated (repeated-value); a deal's
 * total stated twice, once in a headline the text follows with no blank line (totals); a composite endpoint's events
 * in a table against the rows of their kinds under them (totals). Every example is invented.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../helpers';

describe('a deal\u2019s total stated twice with one value (totals)', () => {
  const deal = (milestones: string) => `Borealis, Acme in $1.5-Bn Pact for Kinase Degraders\nBorealis Pharma and Acme Bio have entered into a collaboration worth up to $1.5 billion ($100 million upfront with ${milestones} in potential milestones plus royalties).\n`;
  const found = (text: string) => messagesOf(text, 'totals');

  it('a headline over the text, no blank line between, restates the total: the parts are still judged against it', () => {
    assert.equal(found(deal('more than $1.6 billion')).length, 1, JSON.stringify(found(deal('more than $1.6 billion'))));
    assert.match(found(deal('more than $1.6 billion'))[0], /= USD 1\.7 billion, not the stated total USD 1\.5 billion/);
  });

  it('... and parts that fit make no finding', () => assert.deepEqual(found(deal('up to $1.4 billion')), []));
});

const DEAL = 'Under the licence, Acme Bio received an upfront payment of $12.0 million from Borealis Pharma and may earn up to $90 million in milestones.';

describe('an upfront payment restated (repeated-value)', () => {
  const found = (text: string) => messagesOf(text, 'repeated-value').filter(m => m.includes('upfront'));

  it('"the upfront payment of" another sum is found', () => {
    const text = `${DEAL}\n\nAcme Bio recognised the upfront payment of $14.0 million as revenue in the third quarter.`;
    assert.equal(found(text).length, 1, JSON.stringify(found(text)));
    assert.match(found(text)[0], /stated as \$14\.0 million here but \$12\.0 million earlier/);
  });

  it('"the $N million upfront payment" is found', () => {
    const text = `${DEAL}\n\nOf the $16.0 million upfront payment, $4.0 million was deferred.`;
    assert.equal(found(text).length, 1, JSON.stringify(found(text)));
  });

  it('the same sum restated makes no finding', () => {
    assert.deepEqual(found(`${DEAL}\n\nAcme Bio recognised the upfront payment of $12.0 million as revenue.`), []);
  });

  it('an indefinite upfront may be another deal\u2019s: no finding', () => {
    assert.deepEqual(found(`${DEAL}\n\nIn 2021 Acme Bio had received an upfront payment of $5.0 million under an option.`), []);
  });

  it('a sum stated before in other words is what "the ... upfront" refers to: no finding', () => {
    const text = `${DEAL}\n\nUnder the option agreement, Acme Bio recorded a $7.0 million receivable at year end. Acme Bio received the $7.0 million upfront payment in January.`;
    assert.deepEqual(found(text), []);
  });

  it('two statements that name no company nor drug, a quarter apart: the definite phrase still refers back', () => {
    const text = 'In the first quarter, the company paid a $20.0 million upfront payment.\n\nIn the second quarter, of the $25.0 million upfront payment, $5.0 million was held back.';
    assert.equal(found(text).length, 1, JSON.stringify(messagesOf(text, 'repeated-value')));
  });

  it('... and a sentence naming another company than the first statement speaks of another deal: no finding', () => {
    const text = `${DEAL}\n\nIn 2020, Castellan Therapeutics received the upfront payment of $3.0 million under a separate agreement.`;
    assert.deepEqual(found(text), []);
  });
});

describe('a composite endpoint\u2019s events split into their kinds in a table (totals)', () => {
  const table = (rows: string[], endpoint = 'Progression-free survival') => [
    'Table 3. Efficacy', '',
    '| Efficacy | Acmezumab n = 150 | Chemotherapy n = 149 |', '|---|---|---|',
    `| ${endpoint} | | |`, ...rows,
    '| Median, months (95% CI) | 4.1 (3.0, 5.2) | 2.9 (2.7, 3.1) |', '',
  ].join('\n');
  const found = (text: string) => messagesOf(text, 'totals').filter(m => m.includes('events of the row'));
  const rows = (progression: number) => ['| Events, n (%) | 100 (67) | 120 (81) |', `| Progression, n (%) | ${progression} (53) | 101 (68) |`, '| Death, n (%) | 20 (13) | 19 (13) |'];

  it('progressions and deaths that do not add up to the events are found', () => {
    assert.deepEqual(found(table(rows(90))), ["Progression 90 + Death 20 = 110, not the 100 events of the row \u201cEvents\u201d (PFS: each patient's event is the first of one kind)."]);
  });
  it('... and kinds that add up make no finding', () => assert.deepEqual(found(table(rows(80))), []));
  it('a further counted row under the kinds may be a kind not named: no finding', () => {
    assert.deepEqual(found(table([...rows(90), '| Lost to follow-up, n (%) | 4 (3) | 6 (4) |'])), []);
  });
  it('deaths under overall survival split by cause are no composite endpoint\u2019s kinds: no finding', () => {
    assert.deepEqual(found(table(['| Events, n (%) | 100 (67) | 120 (81) |', '| Progression, n (%) | 90 (60) | 101 (68) |', '| Death, n (%) | 20 (13) | 19 (13) |'], 'Overall survival')), []);
  });
});

