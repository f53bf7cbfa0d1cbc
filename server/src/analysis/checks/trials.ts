/**
 * Which trial a statement is about, for checks that compare statements about one trial: a named
 * trial and its registry number written together are one trial, a phase written beside exactly
 * one named trial is that trial, and a sentence that names no trial is about the one mentioned last.
 */
import { normalizedText, sentenceIndexAt } from './check';
import type { DocumentModel, Entity, TrialEntity } from '../model';
import { findPhases } from '../recognize/entities';
import { paragraphReads } from '../memo';
import { testPiece } from '../testMemo';

/** A trial named as another one than before: "a second pivotal trial", "another trial". */
export const ANOTHER = /\b(?:second|another|new|next|additional|further|separate|follow-on|zweite[nrms]?|weitere[nrms]?|neue[nrms]?)\s*$/i;

/** An indefinite article right before a phase ("a Phase 2b zelbotinib study", "eine Phase-IIb-Studie"). */
const INDEFINITE = /(?:^|[^\p{L}])(?:a|an|ein|eine|einer|einen)\s*$/iu;

export interface TrialMentions { list: TrialEntity[]; identity: Map<TrialEntity, string> }

/**
 * The document's trial mentions, each with an identity: a named trial and its registry number
 * written together ("ZELBORA (NCT09000001)") are one trial, and a phase written beside exactly one
 * such trial throughout the document ("ACME-LUNG (NCT09000002) is a Phase 2 study") is that trial.
 * A trial introduced as "a second" or "another" is its own, and so is a phase introduced with an
 * indefinite article and no name beside it after that phase was stated ("A Phase 2b study of
 * zelbotinib in first line ..." after the named Phase 2b trial).
 */
export function trialMentions(model: DocumentModel): TrialMentions {
  let out = MENTIONS.get(model);
  if (!out) { out = readTrialMentions(model); MENTIONS.set(model, out); }
  return out;
}

/** Read once per model however many checks ask (repeated-value, date-inconsistent, the trial-length reading): callers never change it. */
const MENTIONS = new WeakMap<DocumentModel, TrialMentions>();

function readTrialMentions(model: DocumentModel): TrialMentions {
  const text = normalizedText(model);
  // a phase is no trial entity, but it tells trials apart ("Phase 3 trial" against "Phase 2 trial"): read it as a mention here
  const phases: TrialEntity[] = paragraphReads(text, findPhases, (p, at) => ({ kind: 'trial', start: p.start + at, end: p.end + at, text: text.slice(p.start + at, p.end + at), name: p.name, evidence: 'pattern', facts: { trialKind: 'phase' } }));
  const list = [...model.entities.filter((e): e is TrialEntity => e.kind === 'trial'), ...phases].sort((a, b) => a.start - b.start);
  const parent = new Map<string, string>();
  const find = (x: string): string => { let r = x; while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!; return r; };
  const union = (a: string, b: string) => { const ra = find(a), rb = find(b); if (ra !== rb) parent.set(rb, ra); };
  const phaseTo = new Map<string, Set<string>>();
  const near = (a: Entity, b: Entity) => b.start - a.end <= 80 && sentenceIndexAt(model, a.start) === sentenceIndexAt(model, b.start)
    && !/\b(?:and|or|vs\.?|versus|following|after|before|than|from|und|oder)\b/i.test(text.slice(a.end, b.start));
  // "the Phase 3 ACMESTAR trial": a name the recogniser does not know, written after the phase, names the trial
  const nameOf = new Map<TrialEntity, string>();
  for (let tI = 0, list_ = list; tI < list_.length; tI++) { const t = list_[tI];
    if (t.facts.trialKind !== 'phase') { nameOf.set(t, t.name); continue; }
    const m = /^[ -]([A-Z][A-Z0-9-]{2,}) (?:trial|study|Studie)\b/.exec(text.slice(t.end, t.end + 40));
    if (m) nameOf.set(t, `named:${m[1]}`);
  }
  for (let i = 0; i + 1 < list.length; i++) {
    const a = list[i], b = list[i + 1];
    const na = nameOf.get(a), nb = nameOf.get(b);
    if (!na || !nb || na === nb || !near(a, b) || a.facts.trialKind === b.facts.trialKind) continue;
    union(na, nb);
  }
  // a phase written with its own name ("Phase 3 ZELBORA study") also tells which trial that phase is
  for (let tI = 0, list_ = list; tI < list_.length; tI++) { const t = list_[tI];
    const n = nameOf.get(t);
    if (t.facts.trialKind !== 'phase' || !n) continue;
    const set = phaseTo.get(t.name) ?? new Set<string>();
    set.add(find(n));
    phaseTo.set(t.name, set);
  }
  const linked = new Set<TrialEntity>();
  // the named trials each phase mention is written beside
  const besideOf = new Map<TrialEntity, Set<string>>();
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    if (nameOf.has(p)) continue;
    for (let qI = 0, qList = [list[i - 1], list[i + 1]]; qI < qList.length; qI++) { const q = qList[qI];
      const nq = q && nameOf.get(q);
      if (!q || !nq) continue;
      const [a, b] = q.start < p.start ? [q, p] : [p, q];
      if (!near(a, b)) continue;
      linked.add(p);
      besideOf.set(p, (besideOf.get(p) ?? new Set<string>()).add(find(nq)));
      const set = phaseTo.get(p.name) ?? new Set<string>();
      set.add(find(nq));
      phaseTo.set(p.name, set);
    }
  }
  const identity = new Map<TrialEntity, string>();
  const phasesSeen = new Set<string>();
  for (let tI = 0, list_ = list; tI < list_.length; tI++) { const t = list_[tI];
    const lead = text.slice(Math.max(0, t.start - 20), t.start);
    // "A Phase 2b study of zelbotinib has completed enrolment", after a Phase 2b trial was stated: a phase introduced
    // again with an indefinite article and no name beside it is a trial of its own
    const introduced = t.facts.trialKind === 'phase' && !nameOf.has(t) && !linked.has(t) && testPiece(INDEFINITE, lead);
    const again = phasesSeen.has(t.name);
    if (t.facts.trialKind === 'phase') phasesSeen.add(t.name);
    if (testPiece(ANOTHER, lead) || (introduced && again)) { identity.set(t, `${t.name}#${t.start}`); continue; }
    const named = nameOf.get(t);
    if (named) { identity.set(t, find(named)); continue; }
    const to = phaseTo.get(t.name);
    // "ONWARDS 2 is a phase 3a trial" where two named trials are of phase 3a: the phase written beside one trial is that one's
    const beside = besideOf.get(t);
    identity.set(t, to && to.size === 1 ? [...to][0] : beside && beside.size === 1 ? [...beside][0] : `phase:${t.name}`);
  }
  return { list, identity };
}

/** The trial a statement is about: one named at `at` or in its sentence, else the one mentioned last before it. */
export function trialFor(trials: TrialMentions, s: { start: number; end: number }, at?: number): string | undefined {
  const { list, identity } = trials;
  // the first mention starting at or after a position, by binary search
  const firstFrom = (pos: number) => {
    let lo = 0, hi = list.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].start < pos) lo = mid + 1; else hi = mid; }
    return lo;
  };
  if (at !== undefined) {
    const t = list[firstFrom(at)];
    if (t && t.start <= at + 40 && t.start < s.end) return identity.get(t);
  }
  const inSentence: TrialEntity[] = [];
  for (let k = firstFrom(s.start); k < list.length && list[k].end <= s.end; k++) inSentence.push(list[k]);
  if (inSentence.length > 0) return new Set(inSentence.map(x => identity.get(x))).size === 1 ? identity.get(inSentence[0]) : undefined;
  // the last mention before the sentence
  const before = firstFrom(s.start) - 1;
  return before >= 0 && list[before].end <= s.start ? identity.get(list[before]) : undefined;
}

export function trialLabel(identity: string): string {
  return identity.replace(/^(?:phase|named):/, '').replace(/#\d+$/, '');
}
