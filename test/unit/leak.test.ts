import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../helpers';
import { firstShared, RUN, shingles, textFiles } from '../corpusText';

const TEST_SPLIT = 'test/eval/real/test';

describe('the frozen test split', () => {
  it('finds a shared run of eight words however it is spaced or cased (the detector itself)', () => {
    const doc = shingles('Alpha beta gamma delta epsilon zeta eta theta iota.');
    assert.strictEqual(firstShared('x ALPHA beta\ngamma, delta epsilon zeta eta theta y', doc), 'alpha beta gamma delta epsilon zeta eta theta');
    assert.strictEqual(firstShared('alpha beta gamma delta epsilon zeta eta y', doc), undefined);
  });

  it(`shares no run of ${RUN} words with any file outside ${TEST_SPLIT}`, () => {
    const dir = path.join(ROOT, TEST_SPLIT);
    assert.ok(fs.existsSync(dir), `${TEST_SPLIT} exists`);
    const docs = fs.readdirSync(dir).filter(f => /\.(txt|md)$/.test(f) && f !== 'README.md');
    assert.ok(docs.length > 0, 'the test split holds documents');
    // the test split's own text, without its SOURCE lines (an address is not prose)
    const frozen = new Set<string>();
    for (const f of docs) for (const s of shingles(fs.readFileSync(path.join(dir, f), 'utf8').replace(/^SOURCE: .*$/m, ''))) frozen.add(s);
    const leaks: string[] = [];
    for (const file of textFiles(ROOT, rel => rel === TEST_SPLIT || rel === 'package-lock.json')) {
      // (web addresses are no prose either: a page's address may spell out a headline word for word)
      const shared = firstShared(fs.readFileSync(file, 'utf8').replace(/https?:\/\/\S+/g, ' '), frozen);
      if (shared) leaks.push(`${path.relative(ROOT, file)}: "${shared}"`);
    }
    assert.deepStrictEqual(leaks, [], 'files outside the test split that share text with it');
  });
});
