import * as assert from 'assert';
import { Analyzer, builtinLexicon } from '../../server/src/analysis';
import type { FigureEntity } from '../../server/src/analysis/model';
import { readStructure } from '../../server/src/analysis/structure';

const analyzer = new Analyzer(builtinLexicon());
const figuresOf = (text: string) => analyzer.analyze(text, undefined, 'plaintext').entities.filter((e): e is FigureEntity => e.kind === 'figure');

/** A table copied with its column gaps shrunk to single spaces, one row a line, a line of intervals wrapped under a rate. */
const TABLE = 'Table 2. Responses by cohort\n\n'
  + 'Cohort A (N = 20) Cohort B (N = 20) Both (N = 40)\n'
  + 'Objective response\n'
  + 'No. of patients with a remission 4 9 13\n'
  + 'Rate, % (95% CI) 20 45 33\n'
  + '(6-44) (23-68) (19-49)\n'
  + 'Best overall response, no. (%)\n'
  + 'Complete response 1 (5) 2 (10) 3 (8)\n'
  + 'Stable disease 8 (40) 6 (30) 14 (35)\n'
  + '*\n';

describe('a table flattened into lines of a label and its values, a line of its intervals wrapped under a row', () => {
  it('keeps the line ends of its rows, the line of intervals no broken prose', () => {
    const s = readStructure(TABLE, 'plaintext');
    assert.deepStrictEqual(s.softBreaks, []);
  });

  it('still joins prose broken before a line that opens with brackets of other counts', () => {
    const doc = 'Responders by cohort were 4 9 13\n(see the appendix) and the rest had stable disease 8 6\n';
    const s = readStructure(doc, 'plaintext');
    assert.strictEqual(s.softBreaks.length, 1);
  });

  it('reads each row in the unit its label declares and binds it to the section label above it', () => {
    const figs = figuresOf(TABLE);
    const at = (text: string, from: string) => { const i = TABLE.indexOf(text, TABLE.indexOf(from)); return figs.find(f => f.start === i)!; };
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
    const doc = TABLE.replace('(6-44) (23-68) (19-49)', '(6-44) (23-68)');
    const figs = figuresOf(doc);
    const ci = figs.find(f => f.start === doc.indexOf('23-68'))!;
    assert.notStrictEqual(ci.figureKind, 'ci');
  });

  it('gives a row that names no endpoint its section\'s, and ends a section at a blank line', () => {
    // (no header line of the columns: the rows are read as lines, not through a header's columns)
    const doc = TABLE.replace('Stable disease', 'Not evaluable').replace('Cohort A (N = 20) Cohort B (N = 20) Both (N = 40)\n', '');
    const under = figuresOf(doc).find(f => f.start === doc.indexOf('8 (40)'))!;
    assert.strictEqual(under.binding.endpoint, 'BOR');
    const apart = doc.replace('Best overall response, no. (%)\n', '\n');
    const after = figuresOf(apart).find(f => f.start === apart.indexOf('8 (40)'))!;
    assert.notStrictEqual(after.binding.endpoint, 'BOR');
    assert.notStrictEqual(after.binding.endpoint, 'ORR');
  });
});
