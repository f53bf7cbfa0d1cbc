import { strict as assert } from 'assert';
import { entitiesToCsv, EntityRow } from '../../server/src/shared/protocol';

describe('entity export', () => {
  it('writes CSV with RFC 4180 quoting, one-based positions, and no spreadsheet formulas', () => {
    const rows: EntityRow[] = [
      { uri: 'file:///a.txt', kind: 'drug', name: 'mitazalimab', text: 'mitazalimab', line: 0, character: 4, endLine: 0, endCharacter: 15 },
      { uri: 'file:///a.txt', kind: 'figure', name: '54.4 %', text: '54,4 "percent"', line: 2, character: 0, endLine: 2, endCharacter: 14, figureKind: 'percent', value: 54.4, unit: '%', endpoint: 'ORR' },
      { uri: 'file:///a.txt', kind: 'company', name: '=HYPERLINK("x")', text: '@evil', line: 3, character: 0, endLine: 3, endCharacter: 5 },
      { uri: 'file:///a.txt', kind: 'figure', name: '-0.47 points', text: '-0.47 points', line: 4, character: 0, endLine: 4, endCharacter: 5, value: [0, 5] },
    ];
    const lines = entitiesToCsv(rows).split('\r\n');
    assert.equal(lines[0], 'uri,kind,name,text,line,character,figureKind,value,unit,endpoint,measure,drug,arm');
    assert.equal(lines[1], 'file:///a.txt,drug,mitazalimab,mitazalimab,1,5,,,,,,,');
    assert.equal(lines[2], 'file:///a.txt,figure,54.4 %,"54,4 ""percent""",3,1,percent,54.4,%,ORR,,,');
    assert.equal(lines[3], `file:///a.txt,company,"'=HYPERLINK(""x"")",'@evil,4,1,,,,,,,`);
    assert.equal(lines[4], 'file:///a.txt,figure,-0.47 points,-0.47 points,5,1,,0\u20135,,,,,');
    // a sum's measure in its own column
    const sum = entitiesToCsv([{ uri: 'file:///a.txt', kind: 'figure', name: '$2.0 million', text: '$2.0 million', line: 0, character: 0, endLine: 0, endCharacter: 12, figureKind: 'money', value: 2e6, unit: 'USD', measure: 'grant income' }]).split('\r\n');
    assert.equal(sum[1], 'file:///a.txt,figure,$2.0 million,$2.0 million,1,1,money,2000000,USD,,grant income,,');
  });
});
