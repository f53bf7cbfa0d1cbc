import * as assert from 'assert';
import { Analyzer, builtinLexicon } from '../../server/src/analysis';
import type { FigureEntity } from '../../server/src/analysis/model';
import { lineFacts, readStructure, valueTail } from '../../server/src/analysis/structure';

const analyzer = new Analyzer(builtinLexicon());
const figuresOf = (text: string) => analyzer.analyze(text, undefined, 'plaintext').entities.filter((e): e is FigureEntity => e.kind === 'figure');

describe('a table flattened into lines of a label and its values, apart by single spaces (structure.ts valueTail)', () => {
  const cases: [string, number][] = [
    ['Patients with a response 4 9 12', 3],
    ['Responders, no. (%) 2 (10) 5 (25) 7 (18)', 6],
    ['Rate, % (95% CI) 20 45 60', 3],
    ['(4-39) (23-68) (NE-NE)', 3],
    ['Median time, mo 3.1 NE 4.2 \u2014', 4],
    ['Change from baseline -1.2 \u22120.4 +0.3', 3],
    ['The trial enrolled 120 patients at 14 sites.', 0],
    ['Patients were dosed at weeks 4, 8 and 12', 1],
    ['Sales rose 12%', 1],
    ['', 0],
    ['   ', 0],
  ];
  for (const [line, n] of cases) it(`counts ${n} value(s) at the end of ${JSON.stringify(line)}`, () => assert.strictEqual(valueTail(line), n));

  it('marks a line that ends in three values or more among a line\'s facts (bit 32), and no other', () => {
    for (const [line, n] of cases) assert.strictEqual((lineFacts(line) & 32) !== 0, n >= 3, JSON.stringify(line));
  });

  it('keeps the line ends of such rows, and of the section labels between and above them, where prose would be joined', () => {
    const doc = 'Table 2. Responses by cohort\n\nCohort A (N = 20) Cohort B (N = 20) Both (N = 40)\nObjective response\nPatients with a response 4 9 13\nRate, % 20 45 33\nBest response, no. (%)\nComplete response 1 (5) 2 (10) 3 (8)\nPartial response 3 (15) 7 (35) 10 (25)\n';
    const s = readStructure(doc, 'plaintext');
    const joinedAt = (line: string) => s.softBreaks.some(b => b.start === doc.indexOf(line) + line.length);
    for (const line of ['Objective response', 'Patients with a response 4 9 13', 'Rate, % 20 45 33', 'Best response, no. (%)', 'Complete response 1 (5) 2 (10) 3 (8)']) {
      assert.ok(!joinedAt(line), `the line end after ${JSON.stringify(line)} is kept`);
    }
  });

  it('still joins prose wrapped after a sentence that ends in one number', () => {
    const doc = 'The study enrolled patients at sites in 12\ncountries across three continents.\n';
    const s = readStructure(doc, 'plaintext');
    assert.deepStrictEqual(s.softBreaks.map(b => b.start), [doc.indexOf('\n')]);
  });

  it('reads each row in the unit its label declares and binds it to the section label above it', () => {
    const doc = 'Table 2. Responses by cohort\n\nCohort A (N = 20) Cohort B (N = 20) Both (N = 40)\nObjective response\nNo. of patients with a response 4 9 13\nRate, % (95% CI) 20 45 33\n(6-44) (23-68) (19-49)\nBest overall response, no. (%)\nComplete response 1 (5) 2 (10) 3 (8)\nStable disease 8 (40) 6 (30) 14 (35)\n';
    const figs = figuresOf(doc);
    const at = (text: string, from: string) => { const i = doc.indexOf(text, doc.indexOf(from)); return figs.find(f => f.start === i)!; };
    const count = at('9', 'No. of patients');
    assert.strictEqual(count.figureKind, 'count');
    assert.strictEqual(count.binding.endpoint, 'ORR');
    const rate = at('45', 'Rate, %');
    assert.strictEqual(rate.figureKind, 'percent');
    assert.strictEqual(rate.binding.endpoint, 'ORR');
    // the intervals a copy wrapped onto their own line are the rates' intervals, in per cent
    const ci = at('23-68', '(6-44)');
    assert.strictEqual(ci.figureKind, 'ci');
    assert.strictEqual(ci.unit, '%');
    assert.strictEqual(ci.level, 95);
    // a row that names its own endpoint measures that one
    assert.strictEqual(at('2', 'Complete response').binding.endpoint, 'CR');
    assert.strictEqual(at('8', 'Stable disease').binding.endpoint, 'SD');
  });

  it('leaves a line of intervals alone when it holds fewer than the row above has values', () => {
    const doc = 'Cohort A (N = 20) Cohort B (N = 20) Both (N = 40)\nObjective response\nNo. of patients with a response 4 9 13\nRate, % (95% CI) 20 45 33\n(6-44) (23-68)\n';
    const figs = figuresOf(doc);
    const ci = figs.find(f => f.start === doc.indexOf('23-68'))!;
    assert.notStrictEqual(ci.figureKind, 'ci');
  });
});
