/**
 * Readings kept by their text for the passes that ask them of every figure (a row label's words, the window before a
 * figure that may name its arm by letter or a prior therapy, a clause's joins, a sentence's periods without a year, the
 * quarter a release's head reports, what a label declares): random edits of invented documents that hold them, each
 * analysed by one analyzer that keeps everything between edits, compared with a fresh analyzer on an emptied memo.
 */
import { strict as assert } from 'assert';
import { Analyzer, builtinLexicon, DocumentBlocks, runChecks } from '../../server/src/analysis';
import type { TextFormat } from '../../server/src/analysis';
import { clearMemo } from '../../server/src/analysis/memo';

/** A small deterministic generator (a linear congruential one), so a failure names its seed. */
function generator(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return n => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return (s >>> 8) % n; };
}

const lexicon = builtinLexicon();

/** Invented paragraphs that ask the kept readings; `i` varies the numbers. */
function paragraph(i: number, kind: number): string {
  switch (kind % 12) {
    case 0: return `Acmevax Biolabs reports its second-quarter results today. Net revenue was $${40 + i}.1 million in Q2 2031, and research and development expenses were $${12 + i}.4 million.`;
    case 1: return `| Endpoint | Zelbotamab (n = ${40 + i}) | Placebo (n = ${38 + i}) |\n|---|---|---|\n| Sustained remissionb | ${20 + i} (${30 + i}.0) | ${8 + i} (${10 + i}.5) |\n| Weight, kg: mean (SD) | ${70 + i}.2 (${9 + (i % 5)}.1) | ${71 + i}.0 (${8 + (i % 5)}.4) |\n| Clinical improvementc,e | ${15 + i} | ${9 + i} |`;
    case 2: return `In group A, ${20 + i}% of patients responded (n = ${30 + i}), and in group B ${10 + i}% (n = ${28 + i}); patients who had progressed on zelbotamab reached ${5 + i}%.`;
    case 3: return `The company closed its offering in May 2031 and started a trial that enrolled its first patient in June 2031, and had cash of $${200 + i} million at June 30, 2031.`;
    case 4: return `Fourth-quarter revenue was $${30 + i}.0 million and full-year revenue was $${100 + i}.0 million for 2031; first-half revenue was $${50 + i}.0 million.`;
    case 5: return `Median PFS, months (95% CI)\t${i + 3}.5 (${i + 2}.1-${i + 5}.0)\t${i + 2}.0 (${i + 1}.2-${i + 3}.1)\nORR, n (%)\t${12 + i} (${30 + i}.0)\t${5 + i} (${12 + i}.5)`;
    case 6: return `Previously treated with drugamab, ${i + 6} patients received zelbotamab ${i + 2} mg/kg; refractory to acmetinib, ${i + 4} patients received placebo.`;
    case 7: return `SPRINGFIELD, March ${(i % 27) + 1}, 2031 -- Acmevax Biolabs today announced that it closed its offering in May 2030, and expects to report data in January 2031; the company will start a trial in February 2031 and had cash of $${200 + i} million at June 30, 2030.`;
    case 8: return `The FDA accepted the filing and set a PDUFA date of January ${(i % 27) + 1}, 2031, and the company plans to launch in February 2031, which enrolled its first patient in December 2030.`;
    case 9: return `| Outcome | Zelbotamab | Placebo |\n|---|---|---|\n| ${['Objective response ratea', 'Complete responseb', 'Overall survivalc', 'Disease control rated'][i % 4]} | ${20 + i} | ${8 + i} |\n| ${['Duration of responsee', 'Partial responsea', 'Progression-free survivalb', 'Major molecular responsec'][i % 4]} | ${12 + i} | ${5 + i} |`;
    case 10: return `Full-year revenue was $${20 + i}.0 million for 2031. ${['Fourth-quarter', 'Third-quarter', 'First-half', 'Second-quarter'][i % 4]} revenue was $${30 + i}.0 million.`;
    default: return `About Acmevax Biolabs\n\nAcmevax Biolabs develops zelbotamab for solid tumors.`;
  }
}

function edit(text: string, random: (n: number) => number): string {
  const at = random(text.length + 1);
  switch (random(7)) {
    case 0: return text.slice(0, at) + 'x' + text.slice(at);
    case 1: return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + random(12)));
    case 2: { const d = text.slice(at).search(/\d/); return d < 0 ? text : text.slice(0, at + d) + String(random(10)) + text.slice(at + d + 1); }
    case 3: return text.slice(0, at) + ['b', 'c,e', ', kg', ' and ', ', and ', 'third-quarter ', 'in group C ', 'after ', '\u2019', ' will ', ' which '][random(11)] + text.slice(at);
    case 4: { const ps = text.split('\n\n'); ps.splice(random(ps.length + 1), 0, paragraph(random(30), random(12))); return ps.join('\n\n'); }
    case 5: { const ps = text.split('\n\n'); if (ps.length > 2) ps.splice(random(ps.length), 1); return ps.join('\n\n'); }
    default: { const ps = text.split('\n\n'); const [p] = ps.splice(random(ps.length), 1); ps.splice(random(ps.length + 1), 0, p); return ps.join('\n\n'); }
  }
}

function snapshot(analyzer: Analyzer, text: string, format: TextFormat, own?: DocumentBlocks): unknown {
  const model = analyzer.analyze(text, undefined, format, own);
  return JSON.parse(JSON.stringify({ entities: model.entities, sentences: model.sentences, tables: model.tables, findings: runChecks(model) }));
}

describe('readings kept by their text follow random edits', () => {
  afterEach(() => clearMemo());
  for (const [seed, format] of [[5, 'plaintext'], [17, 'markdown'], [29, 'plaintext'], [41, 'plaintext']] as [number, TextFormat][]) {
    it(`incremental equals from scratch (seed ${seed}, ${format})`, function () {
      this.timeout(180000);
      const random = generator(seed);
      let text = Array.from({ length: 16 }, (_, i) => paragraph(random(20) + i, random(12))).join('\n\n');
      const other = Array.from({ length: 16 }, (_, i) => paragraph(random(20) + 2 * i, i)).join('\n\n');
      clearMemo();
      const warm = new Analyzer(lexicon);
      const own = new DocumentBlocks();
      snapshot(warm, text, format, own);
      for (let step = 0; step < 24; step++) {
        text = edit(text, random);
        const incremental = snapshot(warm, text, format, own);
        clearMemo();
        const scratch = snapshot(new Analyzer(lexicon), text, format);
        assert.deepEqual(incremental, scratch, `seed ${seed}, after edit ${step}`);
        // and after another document's readings filled the memo: a reading kept under the wrong text shows there too
        clearMemo();
        snapshot(new Analyzer(lexicon), other, format);
        assert.deepEqual(snapshot(new Analyzer(lexicon), text, format), scratch, `seed ${seed}, after edit ${step}, another document read first`);
        snapshot(warm, text, format, own);
      }
    });
  }
});
