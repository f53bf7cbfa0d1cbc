/**
 * totals: parts that must add up to a stated whole and do not. For deals: an upfront payment plus
 * milestones against the total deal value stated in the same paragraph ("$50 million upfront and
 * up to $900 million in milestones, for a total of $1.05 billion"). Judged only when the paragraph
 * holds exactly one upfront, one milestone and one total figure in one currency, so equity,
 * royalties or other payments never make a false alarm.
 */
import { Check, figuresBySentence, normalizedText, paragraphIndexAt, sentenceIndexAt } from './check';
import type { DocumentModel, FigureEntity, Finding } from '../model';
import { normalizeText } from '../text';

const CODE = 'totals';

export const totals: Check = {
  code: CODE,
  description: 'Parts that do not add up to the stated whole: a deal\u2019s upfront plus milestones against its total, a sum and its listed components, an enrolment and its arms.',
  defaultSeverity: 'error',
  run(model) {
    const out: Finding[] = [];
    const money = model.entities.filter((e): e is FigureEntity => e.kind === 'figure' && e.figureKind === 'money' && typeof e.value === 'number');
    out.push(...dealTotals(model, money));
    const reported = new Set(out.map(f => f.start));
    for (const f of sumStatements(model, figuresBySentence(model))) if (!reported.has(f.start)) out.push(f);
    out.push(...enrolmentSplits(model.text, model.sentences, figuresBySentence(model)));
    return out;
  },
};

/**
 * A deal's upfront and milestone payments against its stated total, paragraph by paragraph. Other
 * sums in the paragraph (an equity purchase, a premium) may or may not be counted in the total, so
 * the total must match neither reading to be reported; a paragraph that names another payment
 * without stating its amount is never judged.
 */
function dealTotals(model: DocumentModel, money: FigureEntity[]): Finding[] {
  const out: Finding[] = [];
  const groups = new Map<number, FigureEntity[]>();
  for (const f of money) {
    const para = paragraphIndexAt(model, f.start);
    const g = groups.get(para) ?? [];
    g.push(f);
    groups.set(para, g);
  }
  for (const g of groups.values()) {
    const role = (r: string) => g.filter(f => f.role === r);
    const tot = role('total');
    const parts = [...role('upfront'), ...role('milestones')];
    if (tot.length !== 1 || role('upfront').length < 1 || role('milestones').length < 1) continue;
    if (new Set(g.map(f => f.unit)).size !== 1) continue;
    const t = tot[0];
    // every other sum must be a quantified other payment, and every other payment must be quantified
    const others = g.filter(f => f !== t && !parts.includes(f));
    if (others.some(f => f.comparator === '~' || Array.isArray(f.value)) || others.length > 3) continue;
    const { text: para, start: base } = paragraphOf(model.text, t.start);
    if (OTHER_PAYMENTS.test(para) || others.length > 0) {
      if (others.length === 0 || !others.every(f => OTHER_PAYMENTS.test(sentenceText(model, f.start)))) continue;
      // each payment the paragraph names needs its own sum in its sentence: words not joined by
      // "and" ("$30 million of common stock at a 20 % premium") name one payment
      const payments = new Map<number, number>();
      const re = new RegExp(OTHER_PAYMENTS.source, 'gi');
      let m: RegExpExecArray | null;
      let last: { si: number; end: number } | undefined;
      while ((m = re.exec(para)) !== null) {
        const at = base + m.index;
        const si = sentenceIndexAt(model, at);
        const joined = last && last.si === si && !/\b(?:and|plus|as well as|also|additionally|und|sowie)\b/i.test(para.slice(last.end - base, m.index));
        if (!joined) payments.set(si, (payments.get(si) ?? 0) + 1);
        last = { si, end: at + m[0].length };
      }
      let unquantified = false;
      for (const [si, n] of payments) if (others.filter(f => sentenceIndexAt(model, f.start) === si).length < n) unquantified = true;
      if (unquantified) continue;
    }
    const sum = parts.reduce((a, f) => a + (f.value as number), 0);
    const stated = t.value as number;
    const precision = precisionOf(model.text.slice(t.start, t.end), stated);
    // with or without any of the other payments
    let fits = false;
    for (let mask = 0; mask < 1 << others.length && !fits; mask++) {
      const extra = others.reduce((a, f, i) => a + (mask & (1 << i) ? (f.value as number) : 0), 0);
      if (Math.abs(sum + extra - stated) <= precision) fits = true;
    }
    if (fits) continue;
    const terms = parts.map(f => `${f.role} ${short(f.value as number, f.unit)}`).join(' + ');
    out.push({
      code: CODE, severity: 'error',
      message: `${terms} = ${short(sum, t.unit)}, not the stated total ${short(stated, t.unit)}${others.length ? ` (nor with ${others.map(f => short(f.value as number, f.unit)).join(' and ')} added)` : ''}.`,
      start: t.start, end: t.end,
      related: [...parts.map(f => ({ start: f.start, end: f.end, message: f.role ?? 'part' })), ...others.map(f => ({ start: f.start, end: f.end, message: 'other payment' }))],
      data: { sum, stated, parts: parts.length }, fixes: [],
    });
  }
  return out;
}

function sentenceText(model: DocumentModel, pos: number): string {
  const i = sentenceIndexAt(model, pos);
  return i < 0 ? '' : normalizedText(model).slice(model.sentences[i].start, model.sentences[i].end);
}

/** "CHF 48.2 million, comprising A of CHF 31.5 million and B of CHF 14.1 million": the whole first, then its exhaustive parts. */
const WHOLE_THEN_PARTS = /^[ ,]{0,3}(?:comprising|consisting of|composed of|made up of|split (?:into|between)|broken down into|bestehend aus|zusammengesetzt aus)\b/i;
/** "... of which A and B": parts that cannot exceed the whole, though others may be left out. */
const WHOLE_THEN_SUBSETS = /^[ ,]{0,3}(?:of which|davon)\b/i;
/** "a first close of £60 million and a second close of £25 million, for a total of £85 million" */
const PARTS_THEN_WHOLE = /(?:\bfor (?:a|an) (?:combined |aggregate |grand )?total (?:\w+ )?of|\btotall?ing|\bin total|\bcombined total of|\binsgesamt)[ ]{0,2}(?:up to |approximately |about |rund |bis zu )?$/i;

/**
 * A sum stated together with its components in one sentence, the components joined by "and" or
 * "plus" and all in the same currency: "revenue was CHF 48.2 million, comprising product sales of
 * CHF 31.5 million and collaboration revenue of CHF 14.1 million"; "a first close of £60 million and
 * a second close of £25 million, for a total of £92 million". Judged within the rounding of every
 * written number; cumulative totals ("bringing the total raised to") are never judged.
 */
function sumStatements(model: DocumentModel, bySentence: FigureEntity[][]): Finding[] {
  const out: Finding[] = [];
  const text = normalizedText(model);
  for (const [si, inS] of bySentence.entries()) {
    const money = inS.filter(f => f.figureKind === 'money' && typeof f.value === 'number' && f.comparator !== '~' && f.comparator !== '<' && f.comparator !== '>');
    if (money.length < 3) continue;
    const sentence = model.sentences[si];
    for (let w = 0; w < money.length; w++) {
      const whole = money[w];
      let parts: FigureEntity[] = [];
      let exhaustive = true;
      const after = text.slice(whole.end, Math.min(sentence.end, whole.end + 40));
      if (WHOLE_THEN_PARTS.test(after) || WHOLE_THEN_SUBSETS.test(after)) {
        exhaustive = WHOLE_THEN_PARTS.test(after);
        parts = money.slice(w + 1);
        // the parts run to the end of the clause: a ";" or another stated whole ends them
        const clauseEnd = text.slice(whole.end, sentence.end).search(/;/);
        if (clauseEnd >= 0) parts = parts.filter(f => f.start < whole.end + clauseEnd);
      } else if (PARTS_THEN_WHOLE.test(text.slice(Math.max(sentence.start, whole.start - 40), whole.start))) {
        if (/\b(?:bringing|brings|raising|to date|since|cumulative|so far)\b/i.test(text.slice(Math.max(sentence.start, whole.start - 60), whole.start))) continue;
        parts = money.slice(0, w);
        const clauseStart = text.slice(sentence.start, whole.start).lastIndexOf(';');
        if (clauseStart >= 0) parts = parts.filter(f => f.start > sentence.start + clauseStart);
      } else continue;
      if (parts.length < 2 || parts.some(f => f.unit !== whole.unit || Array.isArray(f.value))) continue;
      // the parts are a list: each gap short and the last two joined by "and" or "plus"
      let listed = true;
      for (let k = 0; k + 1 < parts.length; k++) {
        const gap = text.slice(parts[k].end, parts[k + 1].start);
        if (gap.length > 70 || /[;:]/.test(gap)) { listed = false; break; }
      }
      const lastGap = text.slice(parts[parts.length - 2].end, parts[parts.length - 1].start);
      if (!listed || !/\b(?:and|plus|und|sowie)\b|,/i.test(lastGap)) continue;
      if (!/\b(?:and|plus|und|sowie)\b/i.test(text.slice(parts[0].end, parts[parts.length - 1].start))) continue;
      // a whole stated after its parts must follow the last one closely
      if (parts[parts.length - 1].end < whole.start && whole.start - parts[parts.length - 1].end > 60) continue;
      const sum = parts.reduce((a, f) => a + (f.value as number), 0);
      const stated = whole.value as number;
      const room = precisionOf(model.text.slice(whole.start, whole.end), stated) + parts.reduce((a, f) => a + precisionOf(model.text.slice(f.start, f.end), f.value as number), 0);
      if (exhaustive ? Math.abs(sum - stated) <= room : sum <= stated + room) continue;
      out.push({
        code: CODE, severity: 'error',
        message: `${parts.map(f => short(f.value as number, f.unit)).join(' + ')} = ${short(sum, whole.unit)}, ${exhaustive ? 'not' : 'more than'} the stated ${short(stated, whole.unit)}.`,
        start: whole.start, end: whole.end,
        related: parts.map(f => ({ start: f.start, end: f.end, message: `part: ${model.text.slice(f.start, f.end)}` })),
        data: { sum, stated, parts: parts.length }, fixes: [],
      });
    }
  }
  return out;
}

const PATIENTS = /^(patients|participants|subjects|adults)$/;
const TOTAL_WORDS = /\b(?:enrol(?:l)?ed|randomi[sz]ed|included|in total|total of|insgesamt|eingeschlossen|randomisiert|aufgenommen)\b/i;
const LABEL_BEFORE = /\b(?:type|grade|phase|stage|part|cohort|arm|group|level|line|lines|week|day|month|year|dose|class|version|study|trial|visit|cycle|Typ|Grad|Kohorte|Woche|Tag)\s*$/i;
const SUBSET = /\b(?:of whom|of which|including|among them|davon|darunter)\b/i;

/**
 * "720 patients were randomised to drug (n = 480) or placebo (n = 230)", "In total, 62 patients were
 * enrolled: 30 in cohort A and 28 in cohort B": an enrolment total followed, in its sentence, by an
 * exhaustive list of its parts (a colon list or a randomisation, the last part joined by and/or)
 * whose sum differs from it.
 */
function enrolmentSplits(text: string, sentences: { start: number; end: number }[], bySentence: FigureEntity[][]): Finding[] {
  const out: Finding[] = [];
  for (const [si, s] of sentences.entries()) {
    const inS = bySentence[si];
    const total = inS.find(f => f.figureKind === 'count' && PATIENTS.test(f.unit) && typeof f.value === 'number' && f.denominator === undefined && !f.comparator);
    if (!total) continue;
    const sentence = normalizeText(text.slice(s.start, s.end));
    if (!TOTAL_WORDS.test(sentence) || SUBSET.test(sentence)) continue;
    const after = inS.filter(f => f.start >= total.end);
    // arms written "(n = 480)" are the parts when the sentence has them; other numbers there (weeks, doses) are not
    const nParts = after.filter(f => f.figureKind === 'count' && /^n ?=/i.test(text.slice(f.start, f.end)) && typeof f.value === 'number');
    const parts = nParts.length >= 2 ? nParts : after.filter(f => typeof f.value === 'number' && Number.isInteger(f.value) && !f.comparator
      && ((f.figureKind === 'count' && /^n ?=/i.test(text.slice(f.start, f.end))) || (f.figureKind === 'other' && f.unit === '') || (f.figureKind === 'count' && PATIENTS.test(f.unit) && f.denominator === undefined)));
    if (parts.length < 2 || (nParts.length < 2 && parts.length !== after.filter(f => f.figureKind === 'count' || (f.figureKind === 'other' && f.unit === '')).length)) continue;
    // "type 1 or type 2", "cohort 2": numbers that name things are not parts; "(n = 62 each)" multiplies
    if (parts.some(f => LABEL_BEFORE.test(normalizeText(text.slice(Math.max(0, f.start - 12), f.start))))) continue;
    if (/\b(?:each|apiece|per arm|je|jeweils)\b/i.test(normalizeText(text.slice(parts[0].start, s.end)))) continue;
    const lead = normalizeText(text.slice(total.end, parts[0].start));
    const listed = /:/.test(lead) || /\brandomi[sz]ed\b|\brandomisiert\b/i.test(normalizeText(text.slice(s.start, parts[0].start)));
    const joined = /\b(?:and|or|und|oder)\b/i.test(normalizeText(text.slice(parts[parts.length - 2].end, parts[parts.length - 1].start)));
    if (!listed || !joined) continue;
    const sum = parts.reduce((a, f) => a + (f.value as number), 0);
    if (sum === total.value) continue;
    out.push({
      code: CODE, severity: 'error',
      message: `${parts.map(f => f.value).join(' + ')} = ${sum}, not the ${total.value} ${total.unit} stated.`,
      start: total.start, end: total.end,
      related: parts.map(f => ({ start: f.start, end: f.end, message: `part: ${f.value}` })),
      data: { stated: total.value as number, sum, parts: parts.length }, fixes: [],
    });
  }
  return out;
}

const OTHER_PAYMENTS = /\b(equity|stock|shares|investment|premium|reimburse|cost[- ]shar|option fee|exercise fee|loan|convertible)/i;

function paragraphOf(text: string, at: number): { text: string; start: number } {
  const start = text.lastIndexOf('\n\n', at);
  const end = text.indexOf('\n\n', at);
  const from = start < 0 ? 0 : start;
  return { text: text.slice(from, end < 0 ? text.length : end), start: from };
}

function precisionOf(surface: string, value: number): number {
  const m = /(\d+)(?:[.,](\d+))?\s*(billion|million|bn|mn|m|b|thousand|k)?/i.exec(surface.replace(/,(?=\d{3}\b)/g, ''));
  if (!m) return 0.005 * value;
  const decimals = m[2]?.length ?? 0;
  const scale = value / Number(`${m[1]}${m[2] ? '.' + m[2] : ''}`);
  return 0.5 * 10 ** -decimals * (Number.isFinite(scale) ? scale : 1);
}

function short(v: number, unit: string): string {
  const abs = Math.abs(v);
  const [d, s] = abs >= 1e9 ? [1e9, ' billion'] : abs >= 1e6 ? [1e6, ' million'] : [1, ''];
  return `${unit} ${Number((v / d).toFixed(3))}${s}`;
}
