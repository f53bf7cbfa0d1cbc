import { strict as assert } from 'assert';
import { analyzeText } from '../../../server/src/analysis';
import { seedNamed } from '../../helpers';

const found = (text: string) => analyzeText(text).findings.filter(f => f.code === 'totals');

describe('totals in tables', () => {
  it('reports a Total row its rows do not add up to, column by column', () => {
    const table = 'Revenue by region (CHF million)\n\nRegion | 2024 | 2025\nEurope | 10.2 | 12.4\nUnited States | 5.1 | 6.3\nTotal | 15.3 | 19.7\n';
    const fs = found(table);
    assert.equal(fs.length, 1);
    assert.equal(table.slice(fs[0].start, fs[0].end), '19.7');
    // (the title's "(CHF million)" makes the rows sums in that unit, and the message says so)
    assert.match(fs[0].message, /2025: Europe \+ United States = CHF 18\.7 million, not the Total 19\.7/);
    assert.deepEqual(found(table.replace('19.7', '18.7')), []);
  });
  it('reads a total of the rows right above it when a row above them is of another kind (its heading lost)', () => {
    const table = 'Statement of operations (USD thousands)\n\nItem | 2025 | 2024\nRevenue | 12,450 | 8,310\nResearch and development | 22,180 | 19,040\nGeneral and administrative | 6,210 | 5,880\nTotal operating expenses | 28,390 | 24,920\n';
    assert.deepEqual(found(table), []);
    // an error in one part is still found, in its column only
    const wrong = table.replace('19,040', '19,140');
    const fs = found(wrong);
    assert.equal(fs.length, 1);
    assert.equal(wrong.slice(fs[0].start, fs[0].end), '24,920');
    assert.match(fs[0].message, /Research and development \+ General and administrative/);
  });
  it('checks the forecast table of seed 000: cases \u00d7 penetration \u00d7 price against revenue', () => {
    const seed = seedNamed('000');
    // as written it holds: 2,970 \u00d7 15 % \u00d7 $285,000 = $127.0 million, 3,040 \u00d7 35 % \u00d7 $275,000 = $292.6 million (written truncated)
    assert.deepEqual(found(seed), []);
    const wrong = seed.replace('$292\u202fmillion', '$392\u202fmillion');
    const fs = found(wrong);
    assert.equal(fs.length, 1);
    assert.equal(wrong.slice(fs[0].start, fs[0].end), '$392\u202fmillion');
    assert.match(fs[0].message, /2028E: Opamtistomig Addressable Market \u00d7 Market Penetration \u00d7 Estimated Annual Price \(US\) = USD 292\.6 million/);
  });
});
