import * as assert from 'assert';
import { analyzeText, readStructure, runChecks, Analyzer, builtinLexicon } from '../../server/src/analysis';
import { FLATTENED_HEADER, lineFacts, rowCells } from '../../server/src/analysis/structure';

const analyzer = new Analyzer(builtinLexicon());
const markdown = (text: string) => analyzer.analyze(text, undefined, 'markdown');
const plain = (text: string) => analyzer.analyze(text, undefined, 'plaintext');
const figuresIn = (model: ReturnType<typeof markdown>) => model.entities.filter(e => e.kind === 'figure').map(e => e.text);
const namesIn = (model: ReturnType<typeof markdown>) => model.entities.filter(e => e.kind !== 'figure').map(e => e.name);

describe('document structure: what is not prose', () => {
  it('recognises nothing and flags nothing inside fenced and indented code', () => {
    const doc = 'Zorbatinib gave an ORR of 40 %.\n\n```\nORR 140 % in 12 of 10 patients with pembrolizumab\n```\n\n    ORR 150 % of 3 patients\n';
    const model = markdown(doc);
    assert.deepStrictEqual(figuresIn(model), ['40 %']);
    assert.ok(!namesIn(model).includes('pembrolizumab'));
    assert.deepStrictEqual(runChecks(model).filter(f => f.severity === 'error'), []);
    // the same lines in plain text are prose: the impossible share is found there
    assert.ok(runChecks(plain(doc)).some(f => f.code === 'impossible-value'));
  });

  it('leaves out code spans, HTML comments and tags', () => {
    const model = markdown('The `ORR 140 %` field and <!-- 12 of 10 patients, 150 % --> and <span title="99 %">a tag</span> hold no figures; the ORR was 35 %.\n');
    assert.deepStrictEqual(figuresIn(model), ['35 %']);
    assert.deepStrictEqual(runChecks(model), []);
  });

  it('leaves out front matter', () => {
    const model = markdown('---\ntitle: ORR 140 % with nivolumab\ndate: 2031-02-03\n---\n\nThe ORR was 35 %.\n');
    assert.deepStrictEqual(figuresIn(model), ['35 %']);
    assert.ok(!namesIn(model).includes('nivolumab'));
  });

  it('leaves out link and image targets and autolinks, keeping link text', () => {
    const model = markdown('See [the 2031 results for nivolumab](https://example.com/orr-140-percent/2031?n=12) and ![chart](img/150-percent.png) and <https://example.com/77>.\n');
    assert.deepStrictEqual(figuresIn(model), ['2031']);
    assert.ok(namesIn(model).includes('nivolumab'));
  });

  it('leaves out bare web and e-mail addresses in plain text too', () => {
    const model = plain('Contact ir2031@example-bio.com or www.example-bio.com/news/2031-140 for the 35 % figure.\n');
    assert.deepStrictEqual(figuresIn(model), ['35 %']);
  });

  it('keeps suppression comments working although comments are no prose', () => {
    const doc = 'The ORR was 40 % (8 of 22 patients). <!-- biotech-disable-line percent-of-count -->\n';
    assert.deepStrictEqual(runChecks(markdown(doc)).filter(f => f.code === 'percent-of-count'), []);
    assert.ok(runChecks(markdown(doc.replace(/ <!--.*-->/, ''))).some(f => f.code === 'percent-of-count'));
  });
});

describe('document structure: soft wraps and units', () => {
  it('reads a line break inside a paragraph as a space, in Markdown and plain text', () => {
    for (const format of ['markdown', 'plaintext'] as const) {
      const s = readStructure('The ORR was 40 % (8 of\n22 patients) in the\nexpansion cohort.\n', format);
      assert.strictEqual(s.reading, 'The ORR was 40 % (8 of 22 patients) in the expansion cohort.\n', format);
    }
  });

  it('finds a wrong share split across wrapped lines', () => {
    const doc = 'In the expansion cohort the objective response rate was 40 % (8 of\n22 patients).\n';
    assert.ok(runChecks(plain(doc)).some(f => f.code === 'percent-of-count'));
    assert.ok(runChecks(markdown(doc)).some(f => f.code === 'percent-of-count'));
  });

  it('keeps list items, headings and table rows as units of their own', () => {
    const md = readStructure('# Results 2031\nBody text\n\n- first item\n  wrapped on\n- second item\n', 'markdown');
    assert.strictEqual(md.reading, '  Results 2031\nBody text\n\n  first item   wrapped on\n  second item\n');
    const txt = readStructure('Highlights:\n- first item\nwrapped on\n1. second item\n\nArm        ORR     PFS\nDrug A     40 %    5.1\n', 'plaintext');
    assert.strictEqual(txt.reading, 'Highlights:\n- first item wrapped on\n1. second item\n\nArm        ORR     PFS\nDrug A     40 %    5.1\n');
  });

  it('keeps a Markdown hard break (two trailing spaces)', () => {
    assert.strictEqual(readStructure('one  \ntwo\nthree\n', 'markdown').reading, 'one  \ntwo three\n');
  });

  it('keeps every offset: the reading text is as long as the document, CRLF included', () => {
    const doc = 'A line\r\nwrapped here\r\n\r\n| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n';
    for (const format of ['markdown', 'plaintext'] as const) assert.strictEqual(readStructure(doc, format).reading.length, doc.length);
  });
});

describe('document structure: tables', () => {
  it('reads a GFM table into header and rows of cells', () => {
    const doc = 'Intro.\n\n| Endpoint | Drug (n=40) | Placebo (n=20) |\n|---|:-:|--:|\n| ORR | 40 % | 10 % |\n| DCR | 80 % | `x|y` |\n';
    const [t] = readStructure(doc, 'markdown').tables;
    assert.strictEqual(t.form, 'markdown');
    const cell = (s: { start: number; end: number }) => doc.slice(s.start, s.end);
    assert.deepStrictEqual(t.header[0].cells.map(cell), ['Endpoint', 'Drug (n=40)', 'Placebo (n=20)']);
    assert.deepStrictEqual(t.rows.map(r => r.cells.map(cell)), [['ORR', '40 %', '10 %'], ['DCR', '80 %', '`x|y`']]);
  });

  it('reads plain-text tables aligned with spaces or tabs, and pipe tables in .txt', () => {
    const aligned = 'Arm          ORR     DCR\nDrug A       40 %    80 %\nPlacebo      10 %    45 %\n';
    const [a] = readStructure(aligned, 'plaintext').tables;
    assert.strictEqual(a.form, 'aligned');
    assert.strictEqual(a.header.length, 1);
    assert.strictEqual(a.rows.length, 2);
    assert.deepStrictEqual(a.rows[1].cells.map(c => aligned.slice(c.start, c.end)), ['Placebo', '10 %', '45 %']);
    const tabs = 'Arm\tORR\nDrug A\t40 %\n';
    assert.strictEqual(readStructure(tabs, 'plaintext').tables[0].rows.length, 1);
    const pipes = '| Arm | ORR |\n|---|---|\n| Drug A | 40 % |\n';
    assert.strictEqual(readStructure(pipes, 'plaintext').tables[0].form, 'pipes');
  });

  it('takes an aligned first row for the header when its only numbers are the groups\u2019 sizes, and binds the cells under it', () => {
    const aligned = 'Endpoint       Drug A (n=40)    Placebo (n=20)\nORR            40 %             10 %\nDCR            80 %             45 %\n';
    const [a] = readStructure(aligned, 'plaintext').tables;
    assert.strictEqual(a.header.length, 1);
    assert.strictEqual(a.rows.length, 2);
    const cell = analyzeText(aligned).model.entities.find(e => e.kind === 'figure' && aligned.slice(e.start, e.end) === '10 %');
    assert.ok(cell && cell.kind === 'figure');
    assert.strictEqual(cell.binding.arm, 'placebo');
    // periods are labels too; a first row with other numbers in it is a row of the table, not its header
    const years = 'Metric        Q3 2030     2029E\nRevenue       41.5        33.2\nCosts         12.0        10.1\n';
    assert.strictEqual(readStructure(years, 'plaintext').tables[0].header.length, 1);
    const data = 'Drug A        40 %     80 %\nPlacebo       10 %     45 %\n';
    assert.strictEqual(readStructure(data, 'plaintext').tables[0].header.length, 0);
  });

  it('sets an aligned table\'s rows of fewer cells in the columns their cells stand in', () => {
    const aligned = [
      'Efficacy                  Drug B          Placebo',
      '                          (N=120)         (N=60)',
      'ORR, %                    41.7            11.7',
      'HR (95% CI)               0.52 (0.38-0.71)',
      '',
    ].join('\n');
    const [a] = readStructure(aligned, 'plaintext').tables;
    assert.strictEqual(readStructure(aligned, 'plaintext').tables.length, 1);
    assert.strictEqual(a.header.length, 1);
    const cells = a.rows.map(r => r.cells.map(c => aligned.slice(c.start, c.end)));
    assert.deepStrictEqual(cells, [['', '(N=120)', '(N=60)'], ['ORR, %', '41.7', '11.7'], ['HR (95% CI)', '0.52 (0.38-0.71)', '']]);
    const placebo = analyzeText(aligned).model.entities.find(e => e.kind === 'figure' && aligned.slice(e.start, e.end) === '11.7');
    assert.ok(placebo && placebo.kind === 'figure');
    assert.strictEqual(placebo.binding.arm, 'placebo');
    assert.strictEqual(placebo.binding.n, 60);
  });

  it('keeps a section\'s one-line label inside an aligned table, and a header naming a dose', () => {
    const aligned = [
      'Endpoint             Drug C 20 mg     Placebo',
      'Week 12',
      'Responders, %        35.0             12.5',
      'Week 24',
      'Responders, %        42.5             15.0',
      '',
    ].join('\n');
    const tables = readStructure(aligned, 'plaintext').tables;
    assert.strictEqual(tables.length, 1);
    assert.strictEqual(tables[0].header.length, 1);
    const at = (v: string) => analyzeText(aligned).model.entities.find(e => e.kind === 'figure' && aligned.slice(e.start, e.end) === v);
    const late = at('42.5');
    assert.ok(late && late.kind === 'figure');
    assert.deepStrictEqual([late.binding.timepoint, late.binding.arm], ['24 weeks', '20 mg']);
    // a row whose cells do not line up with the widest row's columns leaves the table as it was read before
    const ragged = 'Arm        ORR     DCR     PFS\nDrug D  40 %  80 %\nPlacebo      10 %    45 %    3.1\n';
    assert.ok(readStructure(ragged, 'plaintext').tables.every(t => t.rows.every(r => r.cells.every(c => c.end > c.start))));
  });

  it('does not take prose with a double space after a full stop for a table', () => {
    assert.deepStrictEqual(readStructure('The trial met its endpoint.  The drug was safe.\nIt will be filed.  Next year.\n', 'plaintext').tables, []);
  });

  it('binds a figure in a cell through its column header and row label', () => {
    const doc = '| Endpoint | Zorbatinib (n=40) | Placebo (n=20) |\n|---|---|---|\n| ORR | 40 % | 10 % |\n';
    const figs = analyzeText(doc, {}, 'markdown').model.entities.filter(e => e.kind === 'figure');
    const orr = figs.find(f => f.text === '40 %');
    const placebo = figs.find(f => f.text === '10 %');
    assert.strictEqual(orr?.kind === 'figure' && orr.binding.endpoint, 'ORR');
    assert.strictEqual(placebo?.kind === 'figure' && placebo.binding.endpoint, 'ORR');
    assert.ok(placebo?.kind === 'figure' && /placebo/i.test(placebo.binding.arm ?? ''), JSON.stringify(placebo));
  });
});

describe('document structure: words hyphenated across a line end', () => {
  it('reads "PD-" and "L1" on the next line as one name, with the range of both parts', () => {
    for (const format of ['plaintext', 'markdown'] as const) {
      const doc = 'Zorbatinib blocks PD-\nL1 and was given with a tyrosine kinase inhibitor.\n';
      const model = analyzer.analyze(doc, undefined, format);
      const target = model.entities.find(e => e.kind === 'target');
      assert.ok(target, `${format}: no target in ${JSON.stringify(model.entities.map(e => e.text))}`);
      assert.strictEqual(target.name, 'PD-L1');
      assert.strictEqual(doc.slice(target.start, target.end), 'PD-\nL1');
    }
  });

  it('keeps every other offset where it was', () => {
    const doc = 'The anti-\nCD40 antibody gave an ORR of 40 % in 2031.\n';
    const model = plain(doc);
    for (const e of model.entities) assert.strictEqual(doc.slice(e.start, e.end).replace(/-\n/, '-'), e.text.replace(/-\n/, '-'));
    assert.deepStrictEqual(figuresIn(model), ['40 %', '2031']);
    assert.ok(model.entities.some(e => e.kind === 'target' && e.name === 'CD40'));
  });

  it('does not join a hyphen that ends a line inside code', () => {
    const s = readStructure('Text `PD-\nL1` here\n', 'markdown');
    assert.deepStrictEqual(s.joins, []);
  });
});

describe('plain text lines: what a line says alone, read once per text (structure.ts lineFacts)', () => {
  it('holds each test plainTableLines makes of a line, for random lines of cells, prose and headers', () => {
    const pieces = ['Revenue', 'rose', '12', '%', '6.5', ' ', '  ', '\t', '|', 'Q1 2031', '2030', '2031E', 'Dose Level', 'Cohort B', ')', '(', 'x3', '.', 'ab', '\u00e9t\u00e9', '-- ', '\u2022  '];
    let seed = 5;
    const random = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    const seen = new Set<number>();
    for (let k = 0; k < 20000; k++) {
      let s = '';
      for (let n = random(10); n > 0; n--) s += pieces[random(pieces.length)];
      const bits = lineFacts(s);
      seen.add(bits);
      assert.strictEqual((bits & 1) !== 0, /%\d|\)[a-z\u00df-\u00f6\u00f8-\u00ffA-Z\u00c0-\u00d6\u00d8-\u00de\d]|\d\)\(\d|[a-z\u00df-\u00f6\u00f8-\u00ff]{2}\d|[a-z\u00df-\u00f6\u00f8-\u00ff]{2}[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00f6\u00f8-\u00ff]/.test(s), JSON.stringify(s));
      assert.strictEqual((bits & 2) !== 0, s.trim() === '', JSON.stringify(s));
      assert.strictEqual((bits & 4) !== 0, /\d[EFA]?[ \t]*$/.test(s) && FLATTENED_HEADER.test(s), JSON.stringify(s));
      assert.strictEqual((bits & 8) !== 0, /\d/.test(s), JSON.stringify(s));
      assert.strictEqual((bits & 16) !== 0, !!rowCells(`xy${s}`, { start: 2, end: 2 + s.length }), JSON.stringify(s));
    }
    for (const b of [1, 2, 4, 8, 16]) assert.ok([...seen].some(x => x & b), `bit ${b} seen`);
  });
});
