/**
 * Lists of abbreviations as journal tables and abstracts write them ("Abbreviations: AE, adverse event; ORR, objective
 * response rate."): each item defines its short form as "long form (SHORT)" does; a line of three items or more needs
 * no lead. Every example is invented.
 */
import { strict as assert } from 'assert';
import { findAbbreviationDefinitions } from '../../server/src/analysis/recognize/abbreviations';
import { analyzeText } from '../../server/src/analysis';

const pairs = (text: string) => findAbbreviationDefinitions(text).map(d => [d.short, d.long]);

describe('abbreviation lists: "SHORT, long form; ..." after a lead, or three items on a line', () => {
  const cases: [string, string[][]][] = [
    ['Abbreviations: AE, adverse event; ORR, objective response rate.', [['AE', 'adverse event'], ['ORR', 'objective response rate']]],
    ['Abkürzungen: UE = unerwünschtes Ereignis; GS, Gesamtüberleben', [['UE', 'unerwünschtes Ereignis'], ['GS', 'Gesamtüberleben']]],
    ['\u2022 ZCC, zeta cell carcinoma; CR, complete response; NPR3m, non-progression rate at 3 months.', [['ZCC', 'zeta cell carcinoma'], ['CR', 'complete response'], ['NPR3m', 'non-progression rate at 3 months']]],
    // an item whose long form does not hold its letters ends the list
    ['Abbreviations: AE, adverse event; XYZ, nothing here; ORR, objective response rate', [['AE', 'adverse event']]],
    // two items without a lead, or a sentence with commas and semicolons, are no list
    ['ZCC, zeta cell carcinoma; CR, complete response.', []],
    ['In Europe, sales rose; in Asia, they fell; in Africa, they held.', []],
  ];
  for (const [text, want] of cases) it(JSON.stringify(text.slice(0, 60)), () => assert.deepEqual(pairs(text), want));

  it('names the short form written before its list by the long form\'s kind', () => {
    const doc = 'Acme Bio reports AB-101 data.\nIn ATC, the response rate was 30%.\nAbbreviations: ATC, anaplastic thyroid cancer; CR, complete response.\n';
    const atc = analyzeText(doc).model.entities.filter(e => e.kind === 'indication' && doc.slice(e.start, e.end) === 'ATC');
    assert.equal(atc.length, 2);
  });
});
