/**
 * Incremental analysis equals analysis from scratch: random edit sequences on invented documents,
 * each edit analysed by one analyzer that keeps everything an editor session keeps (its block cache,
 * the document's own blocks, the memo of readings, whatever the passes and checks keep between
 * analyses), compared with a fresh analyzer on an emptied memo. Entities (figures with their
 * bindings), sentences, abbreviations, claims and findings must be equal, for plain text and Markdown.
 */
import { strict as assert } from 'assert';
import { Analyzer, builtinLexicon, DocumentBlocks, runChecks } from '../../server/src/analysis';
import type { TextFormat } from '../../server/src/analysis';
import { clearMemo, memoSpanText, paragraphMatches, paragraphRuns, paragraphTest } from '../../server/src/analysis/memo';
import { readPlainStructure, readStructure, readWhole } from '../../server/src/analysis/structure';
import { claimsOf } from '../../server/src/analysis/claims';
import { reuseStats } from '../../server/src/analysis/checks/sentenceReuse';

const lexicon = builtinLexicon();

/** A small deterministic generator (a linear congruential one), so a failure names its seed. */
export function generator(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return n => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return (s >>> 8) % n; };
}

/** Invented paragraphs of a release: headline, bullets, results, money, dates, a table, a flattened table under its unit, abbreviations; `i` varies the numbers. */
function paragraph(i: number, kind: number): string {
  switch (kind % 10) {
    case 0: return `Acmevax Biolabs Reports Net Revenue of $${40 + i}.1 Million for the Third Quarter of 2031`;
    case 1: return `- Net revenue of $${40 + i}.1 million, up ${10 + i} % from $${30 + i}.0 million a year earlier\n- Cash of $${200 + i} million at September 30, 2031`;
    case 2: return `SPRINGFIELD, March ${(i % 27) + 1}, 2031 -- Acmevax Biolabs (Nasdaq: ACMV) today announced that net revenue was $${44 + i}.1 million for the quarter, compared with $${30 + i}.0 million in the prior year.`;
    case 3: return `In the Phase 2 ZENOBIA-${i} trial, zelbotamab (ACM-${100 + i}) gave an objective response rate (ORR) of ${20 + i}% (${i + 4}/${i + 16}); the ORR doubled from ${10 + i}% to ${18 + i}% versus placebo. Median progression-free survival (PFS) was ${i + 3}.5 months (95% CI, ${i + 2}.1-${i + 5}.0; HR 0.${50 + i}; p=0.0${(i % 9) + 1}).`;
    case 4: return `Of the ${30 + i} patients enrolled, ${12 + i} received zelbotamab ${i + 2} mg/kg and ${14 + i} received placebo; ${i + 5} patients (${10 + i}%) discontinued. Grade 3 adverse events occurred in ${i + 6}% with the drug and ${i + 2}% with placebo.`;
    case 5: return `| Arm | N | ORR |\n|---|---|---|\n| Zelbotamab | ${20 + i} | ${30 + i}% |\n| Placebo | ${18 + i} | ${10 + i}% |\n| Total | ${38 + i} | ${20 + i}% |`;
    case 6: return `## Results at Week ${12 + i}\n\nAt week ${12 + i}, ${40 + i}% of patients on drugamab reached the primary endpoint, similar to the ${20 + i}% on placebo. The risk of death fell by ${30 + i} % (HR 0.${60 + i}).`;
    case 7: return `The company expects to submit a Biologics License Application (BLA) in the first half of 2032 and ended the quarter with cash of $${200 + i} million; research and development (R&D) expenses were $${12 + i}.4 million.`;
    case 8: return `Acmevax Biolabs, income statement (USD million)\nProduct revenue ${41 + i}.1 ${38 + i}.2\nNet loss (${12 + i}.4) (${10 + i}.1)\n\nBalance sheet (in thousands of euros)\nCash ${200 + i} ${180 + i}`;
    default: return `About Acmevax Biolabs\n\nAcmevax Biolabs is a clinical-stage company developing zelbotamab, a bispecific antibody targeting CD47 and PD-L1, for solid tumors.`;
  }
}

export function documentOf(random: (n: number) => number, paragraphs: number): string {
  return Array.from({ length: paragraphs }, (_, i) => paragraph(random(20) + i, random(10))).join('\n\n');
}

/**
 * One random edit: typing, deleting, a digit changed, a paragraph added, removed or moved, a sentence
 * repeated; and edits that change what kept readings depend on beyond their own text: a drug renamed in
 * one place (the bindings of figures in sentences left as they were), a measure restated with another
 * value in another paragraph (a finding that relates two paragraphs), a line laid out otherwise (a table
 * row or a comment, which the checks' laid-out text blanks), the document's dateline moved.
 */
function edit(text: string, random: (n: number) => number): string {
  const at = random(text.length + 1);
  switch (random(13)) {
    case 9: { const k = text.indexOf('zelbotamab', at); return k < 0 ? text : text.slice(0, k) + ['drugamab', 'acmetinib', 'zelbotamab'][random(3)] + text.slice(k + 'zelbotamab'.length); }
    case 10: { const ps = text.split('\n\n'); ps.splice(random(ps.length + 1), 0, [`Net revenue was $${40 + random(10)}.1 million for the quarter.`, `The ORR was ${20 + random(30)}% in the trial.`, `Enrollment was completed in March ${2029 + random(4)}.`][random(3)]); return ps.join('\n\n'); }
    case 11: { const nl = text.indexOf('\n', at); return nl < 0 ? text : text.slice(0, nl + 1) + ['| Total | 12 | 40% |\n', '<!-- a note -->\n', '    indented line 7 %\n'][random(3)] + text.slice(nl + 1); }
    case 12: { const m = /(January|March|June|September) (\d+), (20\d\d)/.exec(text); return m ? text.slice(0, m.index) + `${m[1]} ${1 + random(27)}, ${2030 + random(3)}` + text.slice(m.index + m[0].length) : text; }
    case 0: return text.slice(0, at) + 'x' + text.slice(at);
    case 1: return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + random(15)));
    case 2: { const d = text.slice(at).search(/\d/); return d < 0 ? text : text.slice(0, at + d) + String(random(10)) + text.slice(at + d + 1); }
    case 3: return text.slice(0, at) + ['\n', '\n\n', ' ', '. ', '%', 'placebo ', 'doubled ', 'similar ', 'net revenue '][random(9)] + text.slice(at);
    case 4: { const ps = text.split('\n\n'); ps.splice(random(ps.length + 1), 0, paragraph(random(30), random(10))); return ps.join('\n\n'); }
    case 5: { const ps = text.split('\n\n'); if (ps.length > 2) ps.splice(random(ps.length), 1); return ps.join('\n\n'); }
    case 6: { const ps = text.split('\n\n'); const [p] = ps.splice(random(ps.length), 1); ps.splice(random(ps.length + 1), 0, p); return ps.join('\n\n'); }
    case 7: { const end = text.indexOf('. ', at); return end < 0 ? text : text.slice(0, end + 2) + text.slice(at, end + 2) + text.slice(end + 2); }
    default: return text.slice(0, at) + text.slice(at, at + 1).toUpperCase() + text.slice(at + 1);
  }
}

/** What a client and the checks see of an analysis, as plain data. */
function snapshot(analyzer: Analyzer, text: string, format: TextFormat, own?: DocumentBlocks): unknown {
  const model = analyzer.analyze(text, undefined, format, own);
  const findings = runChecks(model);
  const claims = claimsOf(model).map(c => ({ ...c, figure: c.figure.start, interval: c.interval?.start, comparedWith: c.comparedWith?.start }));
  return JSON.parse(JSON.stringify({ entities: model.entities, sentences: model.sentences, abbreviations: model.abbreviations, reading: model.reading, tables: model.tables, layout: model.layout, claims, findings }));
}

describe('incremental analysis equals analysis from scratch', () => {
  afterEach(() => clearMemo());

  for (const [seed, format] of [[11, 'plaintext'], [23, 'markdown'], [37, 'plaintext'], [53, 'markdown'], [67, 'plaintext'], [79, 'markdown']] as [number, TextFormat][]) {
    it(`after a random edit sequence (seed ${seed}, ${format})`, function () {
      this.timeout(180000);
      const random = generator(seed);
      let text = documentOf(random, 30);
      clearMemo();
      const warm = new Analyzer(lexicon);
      const own = new DocumentBlocks();
      snapshot(warm, text, format, own);
      let findings = 0;
      for (let step = 0; step < 14; step++) {
        text = edit(text, random);
        const incremental = snapshot(warm, text, format, own) as { findings: unknown[] };
        // from scratch: a fresh analyzer on an emptied memo (the warm analyzer's own state stays as it is)
        clearMemo();
        const scratch = snapshot(new Analyzer(lexicon), text, format);
        assert.deepEqual(incremental, scratch, `seed ${seed}, after edit ${step}`);
        findings += incremental.findings.length;
        // the editor goes on from the memo this text leaves, warmed by the incremental analysis of it again
        snapshot(warm, text, format, own);
      }
      // the documents are meant to give the checks something to find, or the comparison proves little
      assert.ok(findings > 0, 'no finding in any edited document');
    });
  }
});

describe('kept readings depend on what they read beyond their text', () => {
  afterEach(() => clearMemo());
  // each row: two invented documents sharing a sentence whose reading depends on the document around it
  const rows: [string, string, string][] = [
    // a share's measure leaves out the names of the document's companies ("change in sales" where Zentora Bio is one)
    ['a change\u2019s measure and the names of companies',
      'Zentora Bio, Inc. (Nasdaq: ZNTR) today announced results.\n\nIn the quarter, Zentora sales rose 7 %.',
      'Our results are in.\n\nIn the quarter, Zentora sales rose 7 %.'],
    // the same sentence at another place in its document, after an edit before it
    ['a sentence moved by an edit before it',
      'Acmevax Biolabs reported net revenue of $41.1 million.\n\nNet revenue was $44.1 million, up 12 % from $30.0 million.',
      'Acmevax Biolabs reported a net revenue of $41.1 million for the year.\n\nNet revenue was $44.1 million, up 12 % from $30.0 million.'],
  ];
  const claimsIn = (text: string) => {
    const model = new Analyzer(lexicon).analyze(text);
    return JSON.parse(JSON.stringify(claimsOf(model).map(c => ({ ...c, figure: c.figure.start, interval: c.interval?.start, comparedWith: c.comparedWith?.start }))));
  };
  for (const [what, first, second] of rows) it(what, () => {
    clearMemo();
    claimsIn(first);
    const warm = claimsIn(second);
    clearMemo();
    assert.deepEqual(warm, claimsIn(second));
  });
  it('the names row reads two measures (the test compares something)', () => {
    clearMemo();
    const label = (text: string) => (claimsIn(text) as { measure?: { label: string } }[]).map(c => c.measure?.label).join();
    assert.notEqual(label(rows[0][1]), label(rows[0][2]));
  });
});

describe('findings after edits that change what the checks read beyond the edited sentence', () => {
  afterEach(() => clearMemo());
  // each row: an invented document, an edit, and whether a finding at the marked figure is expected before and after it
  const rows: [string, string, (t: string) => string, string, boolean, boolean][] = [
    // a headline's value restated in the text: editing the headline changes the finding in another paragraph
    ['an edit in one paragraph changes a finding in another',
      'Acmevax Biolabs Reports Net Revenue of $40.1 Million for the Third Quarter of 2031\n\nSPRINGFIELD, March 3, 2031 -- Acmevax Biolabs (Nasdaq: ACMV) today announced its results for the third quarter of 2031.\n\nNet revenue was $44.1 million for the third quarter of 2031, and the company ended the quarter with cash of $210 million.\n\nResearch and development expenses were $12.4 million for the quarter.\n\nGeneral and administrative expenses were $5.1 million for the quarter.\n\nThe company expects to submit a Biologics License Application in the first half of 2032.',
      t => t.replace('$40.1 Million', '$44.1 Million'), '$44.1 million', true, false],
    // a day without its year is read in the dateline's year: the bound its sentence sets (kept with the sentence's text)
    // moves with a dateline edited in another paragraph, and the finding's message names the new year
    ['an edit of the dateline changes the year of a yearless date in a sentence left as it was',
      'SPRINGFIELD, May 5, 2031 -- Acmevax Biolabs today announced an update.\n\nThe tender offer window, currently open until April 30, remains open to holders of its shares.',
      t => t.replace('May 5, 2031', 'May 5, 2032'), 'April 30', true, true],
    ['an edit of the dateline removes a finding on a yearless date in a sentence left as it was',
      'SPRINGFIELD, May 5, 2031 -- Acmevax Biolabs today announced an update.\n\nThe tender offer window, currently open until April 30, remains open to holders of its shares.',
      t => t.replace('May 5, 2031', 'March 3, 2031'), 'April 30', true, false],
    ['a dateline added gives a yearless date in a sentence left as it was a year, and a bound',
      'SPRINGFIELD -- Acmevax Biolabs today announced an update.\n\nThe tender offer window, currently open until April 30, remains open to holders of its shares.',
      t => t.replace('SPRINGFIELD --', 'SPRINGFIELD, May 5, 2031 --'), 'April 30', false, true],
    // a later date in the sentence (a day without its year, in the dateline's year) tells a period's results still to
    // come: the dateline's year decides whether the day falls after the period
    ['an edit of the dateline changes whether a yearless day comes after a period in a sentence left as it was',
      'SPRINGFIELD, January 10, 2031 -- Acmevax Biolabs today announced an update.\n\nAcmevax Biolabs reported fourth quarter 2030 results and hosts its call on February 5.',
      t => t.replace('January 10, 2031', 'January 10, 2030'), 'fourth quarter 2030', false, true],
    // a comparison of two groups is read once per sentence and kept: replayed at the sentence's new place after an edit
    // before it, read again after an edit of its own figures, and replayed for a second sentence of the same words
    ['a comparison of groups kept with its sentence is reported where an edit before it moves it',
      'Acmevax Biolabs today announced results.\n\nHeadache was more frequent with the drug (6%) than with placebo (11%).',
      t => t.replace('announced results', 'announced the trial results'), 'more frequent', true, true],
    ['an edit of a compared figure reads its sentence again',
      'Acmevax Biolabs today announced results.\n\nHeadache was more frequent with the drug (6%) than with placebo (11%).',
      t => t.replace('(6%)', '(16%)'), 'more frequent', true, false],
    ['a sentence of the same words added elsewhere is reported there too',
      'Acmevax Biolabs today announced results.\n\nHeadache was more frequent with the drug (6%) than with placebo (11%).',
      t => t.replace('today announced results.', 'today announced results. Headache was more frequent with the drug (6%) than with placebo (11%).'), 'more frequent', true, true],
    // claimed-ratio replays a sentence's reading when nothing in its window changed: a ratio far away, which a claim of
    // risk reduction is read against, is the document's, and a lead five sentences before a pair states its size
    ['an edit of a hazard ratio far from a claim of risk reduction changes the claim\'s finding',
      `Zelbotamab improved overall survival (OS) versus placebo (HR 0.60; 95% CI, 0.45-0.80).\n\n${Array.from({ length: 12 }, (_, i) => `The company held meeting number ${i + 1} with investors in the city of Springfield during the spring.`).join('\n\n')}\n\nThe overall survival benefit: zelbotamab reduced the risk of death by 25 % in the trial.`,
      t => t.replace('HR 0.60', 'HR 0.75'), '25 %', true, false],
    ['an edit of a lead that states a change\'s size four sentences before its pair changes the finding',
      `Its revenue more than doubled and its costs fell by about 40 %. ${['opened a new site in the northern part of the city of Springfield, close to the river and the old railway station', 'hired staff for its laboratories and its offices in the city of Springfield, most of them scientists and engineers', 'moved its offices to a larger building in the centre of the city of Springfield, next to the public library and the park'].map(w => `The company ${w}, as it said in a statement to its shareholders and to the press on the same day.`).join(' ')} Revenue grew to $7.0 million from $3.0 million.`,
      t => t.replace('more than doubled', 'more than tripled'), 'more than', false, true],
  ];
  for (const [what, before, change, marked, expectBefore, expectAfter] of rows) it(what, () => {
    clearMemo();
    const warm = new Analyzer(lexicon);
    const own = new DocumentBlocks();
    const first = snapshot(warm, before, 'plaintext', own) as { findings: { start: number }[] };
    const at = (t: string) => t.indexOf(marked);
    assert.equal(first.findings.some(f => f.start === at(before)), expectBefore, `${what}: before the edit`);
    const after = change(before);
    assert.notEqual(after, before);
    const incremental = snapshot(warm, after, 'plaintext', own) as { findings: { start: number }[] };
    clearMemo();
    assert.deepEqual(incremental, snapshot(new Analyzer(lexicon), after, 'plaintext'), what);
    assert.equal(incremental.findings.some(f => f.start === at(after)), expectAfter, `${what}: after the edit`);
  });
  it('an edit that changes the bindings of figures in sentences it leaves as they are', () => {
    // a drug named once: the figures of the sentences after it take their binding from it, their text unchanged
    const before = 'In the Phase 2 ZENOBIA-4 trial, zelbotamab gave a median progression-free survival of 9.5 months.\n\nThe median progression-free survival was 9.5 months in the trial. Median overall survival was 14.2 months.\n\nLater, the median progression-free survival was 11.5 months.';
    const after = before.replace('zelbotamab', 'acmetinib');
    clearMemo();
    const warm = new Analyzer(lexicon);
    const own = new DocumentBlocks();
    type Snap = { entities: { kind: string; start: number; binding?: { drug?: string } }[] };
    const drugAt = (snap: Snap, text: string, marked: string) => snap.entities.find(e => e.kind === 'figure' && e.start === text.indexOf(marked))?.binding?.drug;
    const first = snapshot(warm, before, 'plaintext', own) as Snap;
    const incremental = snapshot(warm, after, 'plaintext', own) as Snap;
    // the comparison proves something only if the unchanged sentence's figure was bound otherwise
    assert.notEqual(drugAt(first, before, '14.2 months'), drugAt(incremental, after, '14.2 months'));
    clearMemo();
    assert.deepEqual(incremental, snapshot(new Analyzer(lexicon), after, 'plaintext'));
  });
});

describe('a check\'s sentence readings replayed after an edit', () => {
  afterEach(() => clearMemo());
  it('replays the sentences an edit left as they were, with the findings of a cold analysis', function () {
    this.timeout(120000);
    const random = generator(5);
    const text = documentOf(random, 40);
    clearMemo();
    const warm = new Analyzer(lexicon);
    const own = new DocumentBlocks();
    snapshot(warm, text, 'plaintext', own);
    const at = text.indexOf(' the ', text.length >> 1) + 1;
    const changed = text.slice(0, at) + 'x' + text.slice(at);
    reuseStats.replayed = 0; reuseStats.read = 0;
    const incremental = snapshot(warm, changed, 'plaintext', own);
    // (most sentences replayed, a few read: the comparison below is of replayed readings)
    assert.ok(reuseStats.replayed > 2 * reuseStats.read, `replayed ${reuseStats.replayed}, read ${reuseStats.read}`);
    clearMemo();
    assert.deepEqual(incremental, snapshot(new Analyzer(lexicon), changed, 'plaintext'));
  });
});

describe('plain text structure read paragraph by paragraph equals a reading of the whole text', () => {
  afterEach(() => clearMemo());
  /** Lines that exercise every reading of plain text's structure: wraps, hyphenated words, tables of each form, addresses. */
  const lines = [
    'Zelbotamab gave an objective response in PD-', 'L1-high tumours, and HER2-', 'negative ones too.',
    'Arm\tN\tORR', 'Zelbotamab\t40\t35 %', 'Placebo\t38\t10 %',
    '| Group | Arm A (n = 40) |', 'Arm B (n = 38) |', '---|---|---|', '| ORR | 30 % | 12 % |',
    'Metric2030E2031E2032E', 'Revenue12.014.516.0', 'Margin10 %12 %14 %',
    'Vehicle3.2 %Drug7.5 %', 'Dose LevelCohort B',
    'See https://example.org/acme-results (slides) or write to ir@acmevax.example.',
    '- Net revenue of $41.1 million', '1. First item', '   indented continuation line',
    'Cash    200    180', 'Net loss  (12.4)  (10.1)', '', '', '\t', '  ', 'Of the 40 patients, 12 responded.',
  ];
  it('for random texts and edits of them (the edits read again only what they changed)', function () {
    this.timeout(60000);
    const read = { tables: 0, joins: 0, nonProse: 0, softBreaks: 0 };
    for (const seed of [3, 7, 19, 41]) {
      const random = generator(seed);
      const make = (n: number) => Array.from({ length: n }, () => lines[random(lines.length)]).join(random(4) === 0 ? '\r\n' : '\n');
      let text = make(400);
      clearMemo();
      for (let step = 0; step < 30; step++) {
        const at = random(text.length + 1);
        const piece = random(3) === 0 ? make(1 + random(6)) : ['\n', '\n\n', '\n\n\n', ' ', '-', '\t', '|', 'x'][random(8)];
        text = random(5) === 0 ? text.slice(0, at) + text.slice(Math.min(text.length, at + random(40))) : text.slice(0, at) + piece + text.slice(at);
        const whole = readWhole(text, 'plaintext');
        assert.deepEqual(readPlainStructure(text), whole, `seed ${seed}, after edit ${step}`);
        // (and as readStructure reads it: the last version's reading outside the paragraphs the edit changed)
        assert.deepEqual(readStructure(text, 'plaintext'), whole, `seed ${seed}, after edit ${step} (spliced)`);
        read.tables += whole.tables.length; read.joins += whole.joins.length; read.nonProse += whole.nonProse.length; read.softBreaks += whole.softBreaks.length;
      }
    }
    // the texts hold what is compared
    for (const [what, n] of Object.entries(read)) assert.ok(n > 0, `no ${what} read`);
  });
});

/** An expression whose matches are placed paragraph by paragraph (see paragraphMatches). */
const PLACED = /\b(?:gave|ORR of \d+ %)/gi;

describe('kept readings of sentences and paragraphs follow an edited text', () => {
  afterEach(() => clearMemo());
  it('memoSpanText and the paragraph split read each span\u2019s own text after random edits', function () {
    this.timeout(60000);
    const words = ['Zelbotamab', 'gave', 'an', 'ORR', 'of', '35 %.', 'Placebo', 'gave', '10 %;', '\n', '\n\n', '\n\n\n', 'the', 'x'];
    const spansOf = (text: string) => {
      const out: { start: number; end: number }[] = [];
      for (const m of text.matchAll(/[^.;\n]+[.;]?/g)) out.push({ start: m.index!, end: m.index! + m[0].length });
      return out;
    };
    const own = (t: string) => t;
    for (const seed of [5, 17]) {
      const random = generator(seed);
      let text = Array.from({ length: 3000 }, () => words[random(words.length)]).join(' ');
      clearMemo();
      for (let step = 0; step < 40; step++) {
        const at = random(text.length + 1);
        text = random(3) === 0 ? text.slice(0, at) + text.slice(Math.min(text.length, at + random(30))) : text.slice(0, at) + words[random(words.length)] + text.slice(at);
        // two texts of the same length, read with the same spans, as the binder and the checks do
        const other = text.replace(/Placebo/g, 'placebo');
        const spans = spansOf(text);
        for (const t of [text, other]) for (const s of spans) assert.equal(memoSpanText(t, spans, s).read(own), t.slice(s.start, s.end), `seed ${seed}, edit ${step}`);
        // the split at "\n\n" read left to right, as from scratch
        const expected: { from: number; to: number }[] = [];
        for (let from = 0; from < text.length;) {
          let to = text.indexOf('\n\n', from);
          if (to < 0) to = text.length;
          if (to > from) expected.push({ from, to });
          from = to + 2;
        }
        const runs = paragraphRuns(text, own);
        assert.deepEqual(runs.map(r => ({ from: r.from, to: r.to })), expected, `seed ${seed}, edit ${step}`);
        for (const r of runs) assert.equal(r.result, text.slice(r.from, r.to));
        for (const re of [/Placebo gave/, /10 %; x/, /^the ORR/m, /35 %\.$/m]) assert.equal(paragraphTest(text, re), re.test(text), `seed ${seed}, edit ${step}, ${re}`);
        // each paragraph's matches, placed: as read afresh from each paragraph (those of the unchanged paragraphs are the
        // last version's, moved), in both texts
        for (const t of [text, other]) {
          const placed = expected.flatMap(r => [...t.slice(r.from, r.to).matchAll(PLACED)].map(m => ({ text: m[0], index: r.from + m.index! })));
          assert.deepEqual(paragraphMatches(PLACED, t).map(p => ({ text: p.match[0], index: p.index })), placed, `seed ${seed}, edit ${step}`);
        }
      }
    }
  });
});

describe('edits that change what the document-wide passes carry from one paragraph to another', () => {
  afterEach(() => clearMemo());
  const start = [
    'Acmevax Biolabs Co., Ltd. (Nasdaq: ACMV) today announced results from ZENOBIA-3.',
    'Zelbotamab gave an objective response rate (ORR) of 35 % and a Zelbo Response Score (ZRS) of 12 points in the evaluable population.',
    'The ORR was 41 % at week 12. Acmevax said the ZRS rose to 15 points.',
    'In the safety population, 12 patients (10 %) had grade 3 events:',
    '- Rash: 5 %\n- Fatigue: 3 %',
    'Of the 40 patients dosed, 18 responded. The ORR was 45 %.',
    '| Arm | N | ORR |\n|---|---|---|\n| Zelbotamab | 40 | 45 % |\n| Placebo | 38 | 12 % |',
    'Acmevax income statement (USD million)\nRevenue 41.1 38.2\nNet loss (12.4) (10.1)',
    'Metric2030E2031E\nMarket share10 %25 %',
  ].join('\n\n');
  /** Each edit: what to replace, and with what (applied in turn, each to the text the one before left). */
  const edits: [string, string][] = [
    ['(ORR)', '(ORX)'], // the definition's short form changes: "ORR" elsewhere loses its meaning
    ['(ORX)', '(ORR)'],
    ['Zelbo Response Score (ZRS)', 'Zelbo Response Score'], // a definition removed
    ['Zelbo Response Score', 'Zelbo Response Score (ZRS)'],
    ['Acmevax Biolabs Co., Ltd.', 'Acmevax Co.'], // the company's full name, and with it its short form
    ['Acmevax Co.', 'Acmevax Biolabs Co., Ltd.'],
    ['In the safety population, 12', 'Overall, 12'], // a population that carries to the list under it
    ['Overall, 12', 'In the safety population, 12'],
    ['Of the 40 patients dosed, 18', '18'], // a population that opens a clause
    ['| Arm | N | ORR |', '| Arm | N | DCR |'], // a table's header
    ['(USD million)', '(USD thousand)'], // a table's unit
    ['Metric2030E2031E', 'Metric2031E2032E'], // a flattened table's columns
    ['Metric2031E2032E', 'Metric'],
    ['at week 12', 'at week 24'], // a time point a sentence gives its figures
  ];
  for (const format of ['plaintext', 'markdown'] as TextFormat[]) {
    it(`after each edit, equal to a cold analysis (${format})`, function () {
      this.timeout(120000);
      let text = start;
      clearMemo();
      const warm = new Analyzer(lexicon);
      const own = new DocumentBlocks();
      snapshot(warm, text, format, own);
      for (const [from, to] of edits) {
        assert.ok(text.includes(from), `the text holds ${from}`);
        const changed = text.replace(from, to);
        const incremental = snapshot(warm, changed, format, own);
        clearMemo();
        const scratch = snapshot(new Analyzer(lexicon), changed, format);
        assert.deepEqual(incremental, scratch, `after replacing ${from} with ${to}`);
        // the edit changes the model, or the comparison proves little
        assert.notDeepEqual(incremental, snapshot(new Analyzer(lexicon), text, format), `the edit of ${from} changes nothing`);
        snapshot(warm, changed, format, own);
        text = changed;
      }
    });
  }
});
