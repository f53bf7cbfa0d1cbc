/**
 * dose-unit-mismatch: one dose of one drug written with two units. "zelbotamab 600 µg/kg" in one
 * place and "600 mg/kg" in another is a thousand-fold difference that is almost always a slip;
 * "8 mg/kg" against "8 mg" confuses a weight-based dose with a flat one. Reported (warning) on
 * the minority unit when the same number is given for the same drug in units of different size or
 * basis. The same unit spelled two ways ("3 mcg/kg" and "3 µg/kg", "mg/m2" and "mg/m²") is a
 * matter of style (information), with quick fixes to the spelling used more often. Concentrations
 * ("/mL") and rates with a time ("mg/day") are left alone, and doses of different drugs are never
 * compared.
 */
import { Check, sureDrug, type CheckFinding } from './check';
import type { FigureEntity } from '../model';
import doseLevels from '../../../lexicon/grammar/doseLevels.json';

const CODE = 'dose-unit-mismatch';
// radioactive doses are measured in activity: "60 mCi", "7.4 GBq", and per kilogram of weight as well
const DOSE_UNIT = /^(?:ng|µg|mg|g|IU|U|mL|mCi|µCi|Ci|kBq|MBq|GBq)(?:\/(?:kg|m²))?$/;
const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "the 3 mg cohort", "the 3 mg dose level": a dose that labels a level, an arm or a cohort. */
const LEVEL_LABEL = new RegExp(`^[ \u00a0-]?(?:${[...doseLevels.labelWords].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![\\p{L}])`, 'iu');

export const doseUnit: Check = {
  code: CODE,
  description: 'The same dose of one drug written with two different units ("900 µg/kg" here, "900 mg/kg" there), or one unit spelled two ways ("mcg/kg" and "µg/kg").',
  defaultSeverity: 'warning',
  run(model) {
    const out: CheckFinding[] = [];
    const groups = new Map<string, FigureEntity[]>();
    for (let eI = 0; eI < model.entities.length; eI++) { const e = model.entities[eI];
      if (e.kind !== 'figure' || e.figureKind !== 'dose' || typeof e.value !== 'number' || !DOSE_UNIT.test(e.unit)) continue;
      // doses of a drug the sentence names, or of nearly the only drug of the document
      const drug = sureDrug(model, e);
      if (!drug) continue;
      const key = `${drug}|${e.value}`;
      const g = groups.get(key) ?? [];
      g.push(e);
      groups.set(key, g);
    }
    for (const g of groups.values()) {
      if (g.length < 2) continue;
      // units of different size or basis: the majority unit is taken as meant
      const byUnit = tally(g, f => f.unit);
      if (byUnit.size > 1) {
        const [major] = [...byUnit.entries()].sort((a, b) => b[1].length - a[1].length || a[1][0].start - b[1][0].start)[0];
        for (let fI = 0, g_ = g; fI < g_.length; fI++) { const f = g_[fI];
          if (f.unit === major) continue;
          // "the 3 mg cohort" of a "3 mg/kg" level: a label shortens the weight-based unit
          if (!f.unit.includes('/') && major.includes('/') && LEVEL_LABEL.test(model.text.slice(f.end, f.end + 24))) continue;
          const other = byUnit.get(major)![0];
          out.push({
            message: `${f.binding.drug} ${f.value} ${f.unit} here but ${other.value} ${other.unit} ${byUnit.get(major)!.length === 1 ? 'elsewhere' : byUnit.get(major)!.length + ' times elsewhere'}: the same dose with a different unit.`,
            start: f.start, end: f.end,
            related: byUnit.get(major)!.slice(0, 3).map(x => ({ start: x.start, end: x.end, message: `${x.value} ${x.unit}` })),
            data: { value: f.value as number }, fixes: [],
          });
        }
        continue;
      }
      // one unit, spelled two ways
      // (a unit written out as a word, "5 milligrams", is prose, not a second symbol: only symbols are compared)
      const bySpelling = tally(g.filter(f => !/^\p{L}{5,}$/u.test(spelling(model.text, f))), f => spelling(model.text, f));
      if (bySpelling.size < 2) continue;
      const ranked = [...bySpelling.entries()].sort((a, b) => b[1].length - a[1].length || a[1][0].start - b[1][0].start);
      const [major, majorUses] = ranked[0];
      for (let itemI = 0, itemList = ranked.slice(1); itemI < itemList.length; itemI++) { const [sp, uses] = itemList[itemI];
        for (let fI = 0, uses_ = uses; fI < uses_.length; fI++) { const f = uses_[fI];
          const inFigure = model.text.slice(f.start, f.end).indexOf(sp);
          const at = inFigure < 0 ? -1 : f.start + inFigure;
          out.push({
            severity: 'information', message: `${f.binding.drug} ${f.value} written with \u201c${sp}\u201d here but \u201c${major}\u201d ${majorUses.length === 1 ? 'elsewhere' : majorUses.length + ' times elsewhere'}.`,
            start: f.start, end: f.end,
            related: majorUses.slice(0, 3).map(x => ({ start: x.start, end: x.end, message: major })),
            data: { value: f.value as number },
            fixes: at >= 0 && at < f.end ? [{ title: `Write ${major}`, edits: [{ start: at, end: at + sp.length, newText: major }] }] : [],
          });
        }
      }
    }
    return out;
  },
};

function tally(g: FigureEntity[], by: (f: FigureEntity) => string): Map<string, FigureEntity[]> {
  const m = new Map<string, FigureEntity[]>();
  for (let fI = 0, g_ = g; fI < g_.length; fI++) { const f = g_[fI]; const k = by(f); const l = m.get(k) ?? []; l.push(f); m.set(k, l); }
  return m;
}

/** The unit as written, after the number and before any schedule: "mcg/kg", "mg/m2"; Greek mu read as the micro sign (mixed-micro-sign reports that). */
function spelling(text: string, f: FigureEntity): string {
  const surface = text.slice(f.start, f.end).replace(/\u03bc/g, '\u00b5');
  // the words after the number: the unit, and "per kg" or "/ m2" when written apart
  const words = surface.replace(/^[^\d]*\d[\d.,]*/, '').trim().split(/\s+/);
  if (!words[0]) return f.unit;
  return words[1] === 'per' || words[1] === '/' ? words.slice(0, 3).join(' ') : words[0];
}
