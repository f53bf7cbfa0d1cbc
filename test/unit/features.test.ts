import { strict as assert } from 'assert';
import { analyzeText, LineIndex } from '../../server/src/analysis';
import { doHover, findDocumentSymbols, findCodeActions, toDiagnostics, escapeMarkdown } from '../../server/src/features';
import { DocumentSymbol, Range, SymbolKind } from 'vscode-languageserver-types';
import { SEEDS, readSeed, withCursor } from '../helpers';

function flatten(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap(s => [s, ...flatten(s.children ?? [])]);
}

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const within = (inner: Range, outer: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

/** Breadcrumbs and "follow cursor" need each child's range in its parent's, each selection in its own range. */
function assertContained(symbols: DocumentSymbol[], where = '', parent?: DocumentSymbol): void {
  for (const s of symbols) {
    assert.ok(within(s.selectionRange, s.range), `${where}: selection of "${s.name}" outside its range: ${JSON.stringify(s)}`);
    if (parent) assert.ok(within(s.range, parent.range), `${where}: "${s.name}" outside its parent "${parent.name}"`);
    assertContained(s.children ?? [], where, s);
  }
}

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
      assert.match(v, /Stem \*-mab\*/);
      assert.match(v, /Targets: CD40/);
      assert.match(v, /2 mentions in this document/);
    });
    it('lists what the document says about a drug, an endpoint and a target', () => {
      const text = 'The CD40 agonist mitazalimab gave an ORR of 54,4 percent in the 900 \u00b5g/kg group and median OS of 14,9 months.';
      const plain = (v: string | undefined) => (v ?? '').replace(/\\(.)/g, '$1');
      assert.match(plain(hover(text.replace('mitazalimab', 'mitaz|alimab'))), /Results in this document: ORR 54\.4 % \(900 \u00b5g\/kg\) \u00b7 OS 14\.9 months/);
      assert.match(plain(hover(text.replace('ORR', 'O|RR'))), /Values in this document: 54\.4 % \(mitazalimab, 900 \u00b5g\/kg\)/);
      assert.match(plain(hover(text.replace('CD40', 'CD|40'))), /Drugs in this document that hit it: mitazalimab/);
      // a value at a time point says so, under its drug and under its endpoint
      const rate = 'mitazalimab gave a 24-month OS rate of 29,4 percent.';
      assert.match(plain(hover(rate.replace('mitazalimab', 'mita|zalimab'))), /Results in this document: OS at 24 months 29\.4 %/);
      assert.match(plain(hover(rate.replace('OS', 'O|S'))), /Values in this document: 29\.4 % at 24 months \(mitazalimab\)/);
    });

    it('shows a figure card with its binding and reading', () => {
      const v = hover('median overall survival (OS) of 14,|9 months with mitazalimab')!;
      assert.match(v, /OS \u00b7 mitazalimab \u00b7 14\.9 months/);
      assert.match(v, /decimal comma/);
    });
    it('shows a figure as a claim: its measure, what its digits allow, and its other statements', () => {
      const plain = (v: string | undefined) => (v ?? '').replace(/\\(.)/g, '$1');
      const text = 'Acme Bio closes its financing\n\nNet proceeds of EUR 24 million\n\nAcme Bio AG received net proceeds of EUR 2|9 million, it said.\n';
      const v = plain(hover(text));
      // (the measure the binding names heads the card, as an endpoint does, and is not said twice)
      assert.match(v, /net proceeds \u00b7 29,000,000 EUR/);
      assert.doesNotMatch(v, /Measures:/);
      assert.match(v, /As written, allows 28,500,000 to 29,500,000/);
      assert.match(v, /Also stated: `EUR 24 million` \(line 3\)/);
      // a hedge widens what a figure allows; a bare noun names no measure
      const hedged = plain(hover('Acme raised more than $4|0 million.'));
      assert.match(hedged, /As written, allows at least 40,000,000/);
      assert.doesNotMatch(hedged, /Measures:/);
      // its interval and the figure it is compared with
      const compared = plain(hover('Median PFS was 7.|4 months (95% CI 6.1\u20138.8) versus 4.9 months with placebo.'));
      assert.match(compared, /Interval: `95% CI 6\.1\u20138\.8`/);
      assert.match(compared, /Compared with: `4\.9 months` \(line 1\)/);
      // another arm's rate of the same endpoint is no other statement of this one
      const arms = plain(hover('In the 200 mg arm, the ORR of tovarimab was 3|1 %. In the 400 mg arm, the ORR of tovarimab was 44 %.'));
      assert.doesNotMatch(arms, /Also stated/);
      // the population its sentence frames it by, with its size and role
      const framed = plain(hover('The phase 2 trial enrolled 30 patients.\nOf the 27 evaluable patients, 9 (3|3%) had a partial response.'));
      assert.match(framed, /Population: `27 evaluable patients` \(n = 27, an analysis set, line 2\)/);
      assert.doesNotMatch(plain(hover('The ORR was 3|3%.')), /Population:/);
    });
    it('explains an abbreviation the document defines', () => {
      const v = hover('the Food and Drug Administration (FDA) said. Later the F|DA agreed.')!;
      assert.match(v, /Food and Drug Administration/);
    });
    it('escapes document text so it cannot inject links or commands', () => {
      assert.equal(escapeMarkdown('[x](command:foo) <img>'), '\\[x\\](command:foo) \\<img>');
      const v = hover('a [link](command:workbench.action.quit) (LINK) then L|INK') ?? '';
      assert.ok(!/[^\\]\]\(command:/.test(v), v);
    });
    it('keeps hostile document text inert: rendered, it reads exactly as written', async () => {
      const { default: MarkdownIt } = await import('markdown-it');
      // CommonMark with raw HTML, GitHub's tables, strikethrough and bare links
      const md = new MarkdownIt({ html: true, linkify: true });
      const asText = (s: string) => md.utils.escapeHtml(s);
      const hostile = [
        '[click me](command:workbench.action.quit)', '![pixel](https://example.com/p.png)', '[ref]: https://example.com',
        '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '</p><b>bold</b>', '<!-- hidden -->', '<?php ?>',
        '<https://example.com/x>', '<someone@example.com>', '`code` and ``more``', '*em* _em_ **strong** __strong__',
        'a\\*b\\* and a trailing backslash\\', '&amp; &#169; &#xA9; &copy;', '# Heading', '###### deep', '- item', '+ item',
        '* item', '12. item', '3) item', '> quote', '---', '***', '___', '- - -', '===', '~~~', '```js', '    indented code',
        '|---|:---:|', ':--- | ---:', '<div>block</div>', 'see https://example.com/x', 'www.example.com/x', 'mail ir@example.com',
        'mailto:ir@example.com', 'ftp://example.com',
      ];
      for (const s of hostile) {
        const escaped = escapeMarkdown(s);
        // after a hover line of our own (a hard break, so "===" or "---" could make a heading) ...
        assert.equal(md.render(`**Name** \u00b7 drug  \n${escaped}`), `<p><strong>Name</strong> \u00b7 drug<br>\n${asText(s.trim())}</p>\n`, `${s} -> ${escaped}`);
        // ... under a line with pipes (a delimiter row would make a table) ...
        assert.equal(md.render(`a | b\n${escaped}`), `<p>a | b\n${asText(s.trim())}</p>\n`, `${s} -> ${escaped}`);
        // ... and inside our own emphasis, which it must not close
        assert.equal(md.renderInline(`*${escaped}*`), `<em>${asText(s.trim())}</em>`, `${s} -> ${escaped}`);
      }
      // a line break in document text cannot start a block of its own
      assert.equal(md.render(escapeMarkdown('one\n# two\n- three')), '<p>one # two - three</p>\n');
      // in a table cell a pipe is text, not a new cell
      const { escapeMarkdownCell } = await import('../../server/src/features/markdown.js');
      assert.match(md.render(`| h |\n| - |\n| ${escapeMarkdownCell('a | b <i>c</i>')} |\n`), /<td>a \| b &lt;i&gt;c&lt;\/i&gt;<\/td>/);
    });
    it('leaves ordinary figures and punctuation unescaped', () => {
      for (const s of ['29.4 %', '(95% CI: 1.2-3.4)', 'p<0.001', 'HR <1 and >2', '-5.2 %', '#1 in class', '1.5 mg/kg', 'Q3W (21-day cycles)',
        'Smith & Jones', 'ratio 2:1', 'n = 40; 62.5 %', 'C-reactive protein', 'anti-PD-1!', '$12.5 million', '~30 %', '"quoted" {braces}']) {
        assert.equal(escapeMarkdown(s), s);
      }
      // and a hover shows them as a reader writes them
      const v = hover('mitazalimab gave a 24-month OS rate of 29,4 percent (95% CI: 1,2-3,4) in O|S.') ?? '';
      assert.match(v, /29\.4 %/);
      assert.ok(!/\\[.%()-]/.test(v), v);
    });
    it('returns nothing outside entities', () => {
      assert.equal(hover('nothing| here'), undefined);
    });
  });

  describe('document symbols', () => {
    const outline = (text: string) => {
      const { model } = analyzeText(text);
      const lines = new LineIndex(text);
      return { model, lines, symbols: findDocumentSymbols(model, lines) };
    };
    /** The symbol named `name` among `parent`'s children, or among the top-level symbols. */
    const child = (parent: DocumentSymbol | DocumentSymbol[], name: string) => {
      const list = Array.isArray(parent) ? parent : parent.children ?? [];
      const c = list.find(x => x.name === name);
      assert.ok(c, `no "${name}" in ${list.map(x => x.name).join(', ')}`);
      return c;
    };
    const KIND_OF_GROUP: Record<string, string> = { Drugs: 'drug', Targets: 'target', Endpoints: 'endpoint', 'Adverse events': 'endpoint', Indications: 'indication', Trials: 'trial', Companies: 'company' };

    it('groups entities by kind, one child per entity, its figures below it', () => {
      const text = 'An ORR of 54,4 percent was seen with mitazalimab in the 900 \u00b5g/kg group; mitazalimab and mFOLFIRINOX were given.\n\nThe study started in July 2025.';
      const { model, lines, symbols } = outline(text);
      assert.deepEqual(symbols.map(s => s.name), ['Drugs', 'Endpoints', 'Figures']);
      const drugs = symbols[0];
      assert.deepEqual(drugs.children!.map(c => [c.name, c.detail]), [['mitazalimab', '2\u00d7'], ['FOLFIRINOX', '1\u00d7']]);
      const mita = child(drugs, 'mitazalimab');
      // its figures, in document order, named as hover writes a drug's results; the detail is the text as written, or the kind when that reads the same
      assert.deepEqual(mita.children!.map(c => [c.name, c.detail, c.kind]), [['ORR 54.4 % (900 \u00b5g/kg)', '54,4 percent', SymbolKind.Number], ['900 \u00b5g/kg', 'dose', SymbolKind.Number]]);
      // the drug is selected at its first mention, but its range starts at its first figure, which comes before it
      assert.deepEqual(mita.selectionRange, lines.range(text.indexOf('mitazalimab'), text.indexOf('mitazalimab') + 11));
      assert.deepEqual(mita.range, lines.range(text.indexOf('54,4'), text.lastIndexOf('mitazalimab') + 11));
      // the date is bound to nothing: it stays in Figures, and the bound figures are not repeated there
      assert.deepEqual(child(symbols, 'Figures').children!.map(c => c.name), ['2025-07']);
      // every figure of the model appears exactly once in the tree
      const figureSymbols = flatten(symbols).filter(s => s.kind === SymbolKind.Number);
      assert.equal(figureSymbols.length, model.entities.filter(e => e.kind === 'figure').length);
      assertContained(symbols);
    });

    it('lists adverse-event terms apart from the endpoints, and the hover names them so', () => {
      const text = 'The ORR was 8 of 22 patients. Adverse events occurred in 12 patients.';
      const { symbols } = outline(text);
      assert.deepEqual(symbols.map(s => s.name).slice(0, 2), ['Endpoints', 'Adverse events']);
      assert.deepEqual(symbols[1].children?.map(c => c.name), ['AE']);
      const hover = doHover(analyzeText(text).model, text.indexOf('Adverse') + 2, new LineIndex(text));
      assert.match(JSON.stringify(hover?.contents), /adverse-event term/);
    });
    it('groups a drug\'s figures by population when it reports on two or more', () => {
      const text = 'Tovarimab was tested in two subgroups. In the PD-L1-high subgroup, the ORR of tovarimab was 48 % (n = 25). In the PD-L1-low subgroup, the ORR of tovarimab was 21 % (n = 28).';
      const { model, symbols } = outline(text);
      const tov = child(child(symbols, 'Drugs'), 'tovarimab');
      // a figure of no stated population stays under the drug; each population holds its own, with its n
      assert.deepEqual(tov.children!.map(c => [c.name, c.detail, c.kind]), [['2 subgroups', 'two subgroups', SymbolKind.Number], ['PD-L1-high', 'n = 25', SymbolKind.Object], ['PD-L1-low', 'n = 28', SymbolKind.Object]]);
      assert.deepEqual(child(tov, 'PD-L1-high').children!.map(c => c.name), ['ORR 48 %', '25 patients']);
      assert.equal(flatten(symbols).filter(s => s.kind === SymbolKind.Number).length, model.entities.filter(e => e.kind === 'figure').length);
      assertContained(symbols);
      // one population: no extra level
      const one = outline('In the PD-L1-high subgroup, the ORR of tovarimab was 48 % (n = 25).').symbols;
      assert.ok(child(child(one, 'Drugs'), 'tovarimab').children!.every(c => c.kind === SymbolKind.Number));
    });
    it('puts a figure bound to an endpoint but no drug under the endpoint', () => {
      const { symbols } = outline('In the study, the ORR was 8 of 22 patients.');
      assert.deepEqual(symbols.map(s => s.name), ['Endpoints']);
      assert.deepEqual(child(child(symbols[0], 'ORR'), '8 of 22 patients').detail, 'count');
    });

    it('keeps every child\'s range inside its parent\'s and every selection inside its range, for the seeds', () => {
      for (const seed of SEEDS) {
        const text = readSeed(seed);
        const { model, lines, symbols } = outline(text);
        assertContained(symbols, seed);
        for (const group of symbols) {
          // a group spans exactly its children
          const starts = group.children!.map(c => lines.offsetAt(c.range.start)), ends = group.children!.map(c => lines.offsetAt(c.range.end));
          assert.deepEqual(group.range, lines.range(Math.min(...starts), Math.max(...ends)), `${seed}: ${group.name}`);
          if (group.name === 'Figures') continue;
          for (const entity of group.children!) {
            // an entity spans every mention of its name, and is selected at the first
            const mentions = model.entities.filter(e => e.kind === KIND_OF_GROUP[group.name] && e.name === entity.name);
            assert.ok(mentions.length > 0, `${seed}: ${entity.name}`);
            assert.deepEqual(entity.selectionRange, lines.range(mentions[0].start, mentions[0].end), `${seed}: ${entity.name}`);
            assert.ok(lines.offsetAt(entity.range.end) >= Math.max(...mentions.map(m => m.end)), `${seed}: ${entity.name} ends before its last mention`);
          }
        }
      }
      // seed 001: mitazalimab's results are under it
      const { symbols } = outline(readSeed(SEEDS.find(s => s.startsWith('001'))!));
      const mita = child(child(symbols, 'Drugs'), 'mitazalimab');
      // ... grouped by dose group, each group headed by its dose
      for (const [group, name] of [['900 \u00b5g/kg', 'ORR 54.4 % (900 \u00b5g/kg)'], ['450 \u00b5g/kg', 'ORR 22.7 % (450 \u00b5g/kg)'], ['900 \u00b5g/kg', 'OS 14.9 months (900 \u00b5g/kg)']]) child(child(mita, group), name);
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
