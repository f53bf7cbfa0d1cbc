/**
 * claimed-ratio, allocation: "randomized 2:1 to AB-101 (n = 80) or placebo (n = 45)". A stated allocation
 * ratio and the arms' sizes its sentence states after it, in the order written: randomisation keeps the
 * arms near the ratio, so an arm more than ALLOCATION_ROOM off its share of the arms' total (and by at
 * least MIN_PATIENTS patients) contradicts it. Only when the sentence states one size for each part of
 * the ratio, each right after an arm's label ("(n = 80)", or a count of people alone in brackets, "(80 patients)"),
 * and nothing else counted between.
 */
import type { DocumentModel, FigureEntity } from '../model';
import { normalizedText, type CheckFinding } from './check';
import { isPeopleCount } from '../populations';

/** How far the arms' ratio may stray from the one stated, relatively: stratified blocks keep it near. */
const ALLOCATION_ROOM = 0.1;
/** An arm off its expected size by fewer patients than this is within what blocks leave. */
const MIN_PATIENTS = 3;
const N_COUNT = /^[(\[]?\s?n\s?=/i;
/** A size alone in brackets right after its arm's label: "placebo (399 patients)". */
function bracketed(text: string, g: FigureEntity): boolean {
  return /[(\[]\s?$/.test(text.slice(Math.max(0, g.start - 2), g.start)) && /^\s?[)\]]/.test(text.slice(g.end, g.end + 2));
}

export function allocationAgainstArms(model: DocumentModel, bySentence: FigureEntity[][]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = normalizedText(model);
  for (let inSI = 0, bySentence_ = bySentence; inSI < bySentence_.length; inSI++) { const inS = bySentence_[inSI];
    for (let i = 0; i < inS.length; i++) {
      const r = inS[i];
      if (r.figureKind !== 'ratio' || r.unit !== ':') continue;
      const parts = (/^written ([\d:]+)/.exec(r.reading ?? '')?.[1] ?? '').split(':').map(Number);
      if (parts.length < 2 || parts.some(p => !Number.isInteger(p) || p < 1)) continue;
      // the sizes after it: one "(n = k)" per part, nothing else counted between
      const sizes: FigureEntity[] = [];
      for (let k = i + 1; k < inS.length && sizes.length < parts.length; k++) {
        const g = inS[k];
        if (isPeopleCount(g) && !g.comparator && (N_COUNT.test(text.slice(g.start, g.end)) || bracketed(text, g))) sizes.push(g);
        else if (g.figureKind !== 'dose') break;
      }
      // (and no further size right after them: more arms than parts)
      const next = sizes.length ? inS[inS.indexOf(sizes[sizes.length - 1], i) + 1] : undefined;
      if (sizes.length !== parts.length || (next && isPeopleCount(next))) continue;
      const n = sizes.map(g => g.value as number);
      const total = n.reduce((a, b) => a + b, 0);
      const sum = parts.reduce((a, b) => a + b, 0);
      // the arm furthest from its share of the total
      let worst = -1, off = 0;
      for (let k = 0; k < n.length; k++) {
        const expected = (total * parts[k]) / sum;
        const d = Math.abs(n[k] - expected);
        if (d >= MIN_PATIENTS && d / expected > ALLOCATION_ROOM && d > off) { worst = k; off = d; }
      }
      if (worst < 0) continue;
      const expected = (total * parts[worst]) / sum;
      out.push({
        message: `Randomized ${parts.join(':')}, yet the arms are ${n.join(':')}: of ${total} patients a ${parts.join(':')} split gives about ${parts.map(p => Math.round((total * p) / sum)).join(':')}, and ${n[worst]} is ${Math.round((100 * off) / expected)} % off its ${Math.round(expected)}.`,
        start: sizes[worst].start, end: sizes[worst].end,
        related: [{ start: r.start, end: r.end, message: `the allocation: ${parts.join(':')}` }, ...sizes.filter((_, k) => k !== worst).map(g => ({ start: g.start, end: g.end, message: `an arm: ${g.value}` }))],
        data: { ratio: parts.join(':'), arms: n.join(':') }, fixes: [],
      });
    }
  }
  return out;
}
