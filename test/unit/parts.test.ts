/**
 * Issue 16: a long document read in parts (parts.ts). Where the cuts fall, that the cuts found after an edit are those
 * of the edited text, that an edited document's results are those of a fresh analysis of it, that a document within
 * the bound reads exactly as before, and what reading in parts leaves out. All text is invented.
 */
import { strict as assert } from 'assert';
import { Analyzer, builtinLexicon, DocumentModel, Finding, PartedDocument, partStarts, partStartsAfterEdit, runChecks } from '../../server/src/analysis';
import { MAX_PART, MIN_PART } from '../../server/src/analysis/parts';
import { parseCommandLine, UsageError } from '../../server/src/cli/args';
import { prng } from '../fuzz/generators';

const DRUGS = ['zorbatinib', 'velumab', 'quintarsen', 'pelotide'];

/** An invented paragraph: a trial's read-out, its shares right or (when `wrong`) one share that does not match its count. */
function paragraph(k: number, wrong: boolean): string {
  const n = 20 + (k % 60), r = 3 + (k % 11);
  const share = Math.round((100 * r) / n) + (wrong ? 7 : 0);
  return `In the Phase 2 study of ${DRUGS[k % DRUGS.length]} (cohort ${k}), ${r} of ${n} patients (${share}%) had a confirmed ` +
    `response after a median follow-up of ${6 + (k % 9)} months. Section ${k} goes on with words about durable benefit and about safety.`;
}

/** A long invented document: paragraphs between blank lines, a heading now and then, and a fenced block. */
function document(paragraphs: number, seed = 1): string {
  const rand = prng(seed);
  const out: string[] = [];
  for (let k = 0; k < paragraphs; k++) {
    if (k % 17 === 0) out.push(`Results of part ${k}`);
    if (k % 41 === 5) out.push('```\nsample output\n\nstill inside the fence\n```');
    out.push(paragraph(k, rand() < 0.1));
  }
  return out.join('\n\n') + '\n';
}

const key = (f: Finding) => `${f.code} ${f.start}-${f.end} ${f.message} ${JSON.stringify(f.related)} ${JSON.stringify(f.fixes)}`;
const entityKey = (m: DocumentModel) => m.entities.map(e => `${e.kind}:${e.start}-${e.end}:${e.name}`);

describe('issue 16: a long document read in parts', () => {
  it('cuts only at the start of a line after a blank line, outside fences, into parts of at least MIN_PART', () => {
    const text = document(400);
    const cuts = partStarts(text);
    assert.ok(cuts.length >= 5, `${cuts.length} cuts`);
    let from = 0;
    for (const c of cuts) {
      assert.ok(c - from >= MIN_PART, `a part of ${c - from}`);
      assert.equal(text.slice(c - 2, c), '\n\n');
      assert.notEqual(text[c], '\n');
      // inside a fence, an odd number of fence lines stand before the cut
      assert.equal((text.slice(0, c).match(/^```/gm) ?? []).length % 2, 0);
      from = c;
    }
    // no part runs on past MAX_PART by more than its last paragraph
    const longest = Math.max(...text.split('\n\n').map(p => p.length + 2));
    for (let k = 0; k < cuts.length; k++) assert.ok(cuts[k] - (k ? cuts[k - 1] : 0) <= MAX_PART + longest);
  });

  it('finds after an edit the cuts it finds in the edited text, wherever the edit stands', () => {
    const rand = prng(7);
    let text = document(300, 3);
    let cuts = partStarts(text);
    for (let round = 0; round < 120; round++) {
      const at = Math.floor(rand() * text.length);
      const cut = Math.floor(rand() * 40);
      const inserted = ['x', '\n\n', 'a longer run of invented words ', '', '```\n', '<!-- ', ' -->\n\n'][round % 7];
      const next = text.slice(0, at) + inserted + text.slice(Math.min(text.length, at + (round % 3 === 0 ? cut : 0)));
      const after = partStartsAfterEdit(next, text, cuts);
      assert.deepEqual(after, partStarts(next), `round ${round}: an edit at ${at}`);
      text = next;
      cuts = after;
    }
  });

  it('never cuts inside an HTML comment, whose text a Markdown reader leaves out across blank lines', () => {
    const comment = `<!-- a note kept out of the text\n\n${Array.from({ length: 400 }, (_, k) => `line ${k} of the note, with words`).join('\n\n')}\n\nend of the note -->`;
    const text = `${document(60, 2)}\n\n${comment}\n\n${document(60, 4)}`;
    const from = text.indexOf('<!--'), to = text.indexOf('-->');
    const cuts = partStarts(text);
    assert.ok(cuts.length >= 2);
    assert.ok(to - from > MIN_PART);
    for (const c of cuts) assert.ok(c <= from || c > to, `a cut at ${c} inside the comment (${from} to ${to})`);
  });

  it('reads a document within the bound whole, exactly as the analyzer and the checks do', () => {
    const text = document(60);
    assert.ok(text.length < 60_000);
    const analyzer = new Analyzer(builtinLexicon());
    const r = new PartedDocument(analyzer).analyze(text, 'plaintext');
    const model = new Analyzer(builtinLexicon()).analyze(text);
    assert.equal(r.parts, 1);
    assert.deepEqual(entityKey(r.model), entityKey(model));
    assert.deepEqual(r.findings.map(key), runChecks(model).map(key));
  });

  it('gives an edited long document the results of a fresh analysis of it, re-reading only the parts the edit touched', () => {
    const analyzer = new Analyzer(builtinLexicon());
    const doc = new PartedDocument(analyzer);
    let text = document(500, 5);
    assert.ok(text.length > 60_000);
    const first = doc.analyze(text, 'plaintext');
    assert.ok(first.parts >= 5);
    assert.ok(first.findings.length > 0, 'the invented shares that do not match their counts are found');
    const rand = prng(11);
    for (let round = 0; round < 8; round++) {
      const at = text.indexOf(' words ', Math.floor(rand() * text.length));
      const p = at < 0 ? text.length >> 1 : at;
      text = round === 3 ? text.slice(0, p) + ` 9 of 10 patients (20%) responded.` + text.slice(p) : text.slice(0, p) + ' invented' + text.slice(p);
      const before = analyzer.stats.cacheMisses;
      const r = doc.analyze(text, 'plaintext');
      // one or two blocks of the edited part are recognised afresh, not the document's
      assert.ok(analyzer.stats.cacheMisses - before <= 3, `${analyzer.stats.cacheMisses - before} blocks recognised`);
      const fresh = new PartedDocument(new Analyzer(builtinLexicon())).analyze(text, 'plaintext');
      assert.equal(r.parts, fresh.parts);
      assert.deepEqual(entityKey(r.model), entityKey(fresh.model));
      assert.deepEqual(r.findings.map(key), fresh.findings.map(key));
      assert.equal(r.model.reading, fresh.model.reading);
      // every finding points at its figure in the whole document
      for (const f of r.findings) if (f.code === 'percent-of-count') assert.match(text.slice(f.start, f.end), /^\d+%$/);
    }
  });

  it('leaves its last results when an analysis is abandoned between two steps', () => {
    const doc = new PartedDocument(new Analyzer(builtinLexicon()));
    const text = document(400, 9);
    doc.analyze(text, 'plaintext');
    const edited = text.replace('durable benefit', 'lasting benefit');
    const steps = doc.analyzeSteps(edited, 'plaintext');
    for (let k = 0; k < 5; k++) steps.next();
    // (dropped unfinished) the next version is read against the last completed one
    const again = edited.replace('about safety', 'about tolerability');
    const r = doc.analyze(again, 'plaintext');
    const fresh = new PartedDocument(new Analyzer(builtinLexicon())).analyze(again, 'plaintext');
    assert.deepEqual(r.findings.map(key), fresh.findings.map(key));
    assert.deepEqual(entityKey(r.model), entityKey(fresh.model));
  });

  it('compares no figures across two parts, and compares them when told to read the document whole', () => {
    // one median told twice with two values, far apart: a contradiction only a whole reading sees
    const filler = Array.from({ length: 120 }, (_, k) => `Paragraph ${k} tells of invented plans for a new site and its staff.`).join('\n\n');
    const text = `The median overall survival with zorbatinib was 14.2 months in the ACME-301 trial.\n\n${filler}\n\n` +
      `The median overall survival with zorbatinib was 19.8 months in the ACME-301 trial.\n`;
    const whole = new PartedDocument(new Analyzer(builtinLexicon())).analyze(text, 'plaintext', { wholeUpTo: 0 });
    const parted = new PartedDocument(new Analyzer(builtinLexicon())).analyze(text, 'plaintext', { wholeUpTo: 1000 });
    assert.equal(whole.parts, 1);
    assert.ok(parted.parts > 1);
    assert.ok(whole.findings.some(f => f.code === 'repeated-value'), 'whole: the two medians contradict');
    assert.ok(!parted.findings.some(f => f.code === 'repeated-value'), 'in parts: each median alone in its part');
  });

  it('honours a suppression for the whole file in every part', () => {
    const text = `<!-- biotech-disable percent-of-count -->\n\n${document(400, 13)}`;
    const r = new PartedDocument(new Analyzer(builtinLexicon())).analyze(text, 'markdown');
    assert.ok(r.parts > 1);
    assert.ok(!r.findings.some(f => f.code === 'percent-of-count'));
    assert.ok(new PartedDocument(new Analyzer(builtinLexicon())).analyze(document(400, 13), 'markdown').findings.some(f => f.code === 'percent-of-count'));
  });

  it('takes --read-whole-up-to on the command line: 0, or at least 20000', () => {
    const scan = (args: string[]) => { const c = parseCommandLine(['scan', ...args, 'x.txt']); assert.equal(c.kind, 'scan'); return c.kind === 'scan' ? c.options.readWholeUpTo : -1; };
    assert.equal(scan([]), 60_000);
    assert.equal(scan(['--read-whole-up-to', '0']), 0);
    assert.equal(scan(['--read-whole-up-to=250000']), 250_000);
    assert.throws(() => scan(['--read-whole-up-to', '500']), (e: unknown) => e instanceof UsageError && /at least 20000/.test(e.message));
    assert.throws(() => scan(['--read-whole-up-to', 'many']), UsageError);
  });
});
