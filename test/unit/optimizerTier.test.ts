import { strict as assert } from 'assert';
import { hasInterruptBudget } from '../../server/src/node/optimizerTier';

describe('the V8 interrupt budget is set only where V8 has the flag', () => {
  it('V8 11 (Node 20) has it', () => assert.equal(hasInterruptBudget('11.3.244.8-node.19'), true));
  it('later V8s (Node 22, 24, Electron) do not: they would print an unknown flag\'s error', () => {
    assert.equal(hasInterruptBudget('12.4.254.21-node.33'), false);
    assert.equal(hasInterruptBudget('13.6.233.10-node.28'), false);
  });
  it('a version it cannot read sets nothing', () => assert.equal(hasInterruptBudget('unknown'), false));
});
