import { strict as assert } from 'assert';
import { analyzeText, LineIndex } from '../../server/src/analysis';
import { doHover, findDocumentSymbols, findCodeActions, toDiagnostics, escapeMarkdown } from '../../server/src/features';
import { withCursor } from '../helpers';

function hover(marked: string): string | undefined {
  const { text, offset } = withCursor(marked);
  const { model } = analyzeText(text);
  const h = doHover(model, offset, new LineIndex(text));
  if (!h) return undefined;
  return (h.contents as { value: string }).value;
}

describe('features', () => {
  describe('hover', () => {
    it('shows a drug card with its stem, targets and mentions', () => {
      const v = hover('The CD40 agonist mita|zalimab was given. mitazalimab again.')!;
      assert.match(v, /\*\*mitazalimab\*\* \u00b7 drug/);
      assert.match(v, /Stem \*\\-mab\*/);
      assert.match(v, /Targets: CD40/);
      assert.match(v, /2 mentions in this document/);
    });
    it('lists what the document says about a drug, an endpoint and a target', () => {
      const text = 'The CD40 agonist mitazalimab gave an ORR of 54,4 percent in the 900 \u00b5g/kg group and median OS of 14,9 months.';
      const plain = (v: string | undefined) => (v ?? '').replace(/\\(.)/g, '$1');
      assert.match(plain(hover(text.replace('mitazalimab', 'mitaz|alimab'))), /Results in this document: ORR 54\.4 % \(900 \u00b5g\/kg\) \u00b7 OS 14\.9 months/);
      assert.match(plain(hover(text.replace('ORR', 'O|RR'))), /Values in this document: 54\.4 % \(mitazalimab, 900 \u00b5g\/kg\)/);
      assert.match(plain(hover(text.replace('CD40', 'CD|40'))), /Drugs in this document that hit it: mitazalimab/);
    });

    it('shows a figure card with its binding and reading', () => {
      const v = hover('median overall survival (OS) of 14,|9 months with mitazalimab')!;
      assert.match(v, /OS \u00b7 mitazalimab \u00b7 14\\\.9 months/);
      assert.match(v, /decimal comma/);
    });
    it('explains an abbreviation the document defines', () => {
      const v = hover('the Food and Drug Administration (FDA) said. Later the F|DA agreed.')!;
      assert.match(v, /Food and Drug Administration/);
    });
    it('escapes document text so it cannot inject links or commands', () => {
      assert.equal(escapeMarkdown('[x](command:foo) <img>'), '\\[x\\]\\(command\\:foo\\) \\<img\\>');
      const v = hover('a [link](command:workbench.action.quit) (LINK) then L|INK') ?? '';
      assert.ok(!/\]\(command:/.test(v), v);
    });
    it('returns nothing outside entities', () => {
      assert.equal(hover('nothing| here'), undefined);
    });
  });

  describe('document symbols', () => {
    it('groups entities by kind, one child per entity at its first mention', () => {
      const text = 'mitazalimab and mFOLFIRINOX; mitazalimab gave ORR 54 %.';
      const { model } = analyzeText(text);
      const symbols = findDocumentSymbols(model, new LineIndex(text));
      assert.deepEqual(symbols.map(s => s.name), ['Drugs', 'Endpoints', 'Figures']);
      assert.deepEqual(symbols[0].children!.map(c => [c.name, c.detail]), [['mitazalimab', '2\u00d7'], ['FOLFIRINOX', '1\u00d7']]);
      assert.deepEqual(symbols[0].children![0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 11 } });
      for (const g of symbols) for (const c of g.children!) {
        assert.ok(c.range.start.character <= c.selectionRange.start.character || c.range.start.line < c.selectionRange.start.line);
      }
    });
  });

  describe('diagnostics and code actions', () => {
    it('turns findings into diagnostics with related information and a working quick fix', () => {
      const text = 'ORR was 8 of 22 patients (40%).';
      const { findings } = analyzeText(text);
      const lines = new LineIndex(text);
      const diags = toDiagnostics(findings, lines, 'file:///x.txt');
      assert.equal(diags.length, 1);
      assert.equal(diags[0].code, 'percent-of-count');
      assert.equal(diags[0].relatedInformation![0].location.uri, 'file:///x.txt');
      const actions = findCodeActions(findings, diags, lines, 'file:///x.txt');
      assert.deepEqual(actions.map(a => a.title), ['Silence percent-of-count on this line', 'Replace 40 % with 36 %']);
      const edit = actions[1].edit!.changes!['file:///x.txt'][0];
      const start = lines.offsetAt(edit.range.start), end = lines.offsetAt(edit.range.end);
      const fixed = text.slice(0, start) + edit.newText + text.slice(end);
      assert.equal(fixed, 'ORR was 8 of 22 patients (36%).');
      assert.deepEqual(analyzeText(fixed).findings, []);
    });
  });
});
