/**
 * repeated-value: the same quantity stated twice with different values. Judged where "the same
 * quantity" is unambiguous: a deal's total value stated twice in one document, and a median (OS,
 * PFS, DOR) bound to the same endpoint, drug, arm and time point in two sentences that name no
 * subgroup, analysis or update (an updated analysis or a subgroup legitimately gives another
 * value). Reported on the later statement, with the earlier one as related information.
 */
import { Check, figuresBySentence } from './check';
import type { FigureEntity, Finding } from '../model';
import { sentenceAt } from '../link';
import { normalizeText } from '../text';

const CODE = 'repeated-value';
const DIFFERENT_CONTEXT = /\b(subgroup|among|in patients with|population|cohort|updated|update|interim|final|prior|previous|earlier|primary analysis|data cut|follow-up|high|low|positive|negative|expression)\b|[\u2265\u2264<>]/i;
/** "versus 11.0 months": the comparator's figure, whatever drug the sentence binds it to. */
const AFTER_COMPARISON = /(?:\bvs\.?|\bversus|\bcompared (?:with|to)|\bagainst|\bgegen\u00fcber)\s*$/i;
const ENROLMENT = /\b(?:enrol(?:l)?(?:ed|ing|s)?|randomi[sz](?:ed|ing)|recruit(?:ed|ing)|included|eingeschlossen|aufgenommen|rekrutiert|randomisiert)\b/i;

export const repeatedValue: Check = {
  code: CODE,
  description: 'The same quantity stated twice with different values (a deal\u2019s total; a median for the same drug and arm).',
  defaultSeverity: 'warning',
  run(model) {
    const out: Finding[] = [];
    // deal totals are usually "up to"; other figures are compared only when written without a comparator
    const figs = model.entities.filter((e): e is FigureEntity => e.kind === 'figure' && typeof e.value === 'number'
      && (!e.comparator || (e.figureKind === 'money' && e.comparator === '\u2264')));
    const seen = new Map<string, FigureEntity>();
    // per sentence: its first count and its first trial, found in one sweep each
    const bySentence = figuresBySentence(model);
    const sentenceIndex = new Map(model.sentences.map((s, i) => [s, i]));
    const trials = new Map<number, string>();
    let ti = 0;
    for (const e of model.entities) {
      if (e.kind !== 'trial') continue;
      while (ti < model.sentences.length && model.sentences[ti].end <= e.start) ti++;
      if (ti < model.sentences.length && !trials.has(ti)) trials.set(ti, e.name);
    }
    for (const f of figs) {
      let key: string | undefined;
      const role = f.role;
      if (f.figureKind === 'money' && role === 'total') key = `deal-total|${f.unit}`;
      if (f.figureKind === 'duration' && !f.comparator && !f.timepoint && (f.binding.endpoint === 'OS' || f.binding.endpoint === 'PFS' || f.binding.endpoint === 'DOR')) {
        const s = sentenceAt(model.sentences, f.start);
        const sentence = s ? normalizeText(model.text.slice(s.start, s.end)) : '';
        if (DIFFERENT_CONTEXT.test(sentence) || !/\bmedian\b/i.test(sentence)) continue;
        key = `median|${f.binding.endpoint}|${f.binding.drug ?? ''}|${f.binding.arm ?? ''}|${f.binding.timepoint ?? ''}|${f.unit}`;
      }
      // enrolment: the first patient count of a sentence that says it enrolled or randomised them, for a named trial or phase
      if (f.figureKind === 'count' && f.denominator === undefined && /^(patients|participants|subjects|adults)$/.test(f.unit)) {
        const s = sentenceAt(model.sentences, f.start);
        const sentence = s ? normalizeText(model.text.slice(s.start, s.end)) : '';
        const si = s ? sentenceIndex.get(s) : undefined;
        const trial = si !== undefined ? trials.get(si) : undefined;
        const firstCount = si !== undefined ? bySentence[si].find(x => x.figureKind === 'count') : undefined;
        if (trial && firstCount === f && ENROLMENT.test(sentence) && !DIFFERENT_CONTEXT.test(sentence)) key = `enrolment|${trial}|${f.binding.drug ?? ''}`;
      }
      if (!key) continue;
      if (AFTER_COMPARISON.test(normalizeText(model.text.slice(Math.max(0, f.start - 20), f.start)))) continue;
      const first = seen.get(key);
      if (!first) { seen.set(key, f); continue; }
      if (first.value === f.value) continue;
      const what = key.startsWith('deal') ? 'The deal\u2019s total' : key.startsWith('enrolment') ? `Enrolment in ${key.split('|')[1]}` : `Median ${f.binding.endpoint}${f.binding.drug ? ' with ' + f.binding.drug : ''}${f.binding.arm ? ' (' + f.binding.arm + ')' : ''}`;
      out.push({
        code: CODE, severity: 'warning',
        message: `${what} is stated as ${model.text.slice(f.start, f.end)} here but ${model.text.slice(first.start, first.end)} earlier.`,
        start: f.start, end: f.end, related: [{ start: first.start, end: first.end, message: 'the earlier statement' }],
        data: { first: first.value as number, second: f.value as number }, fixes: [],
      });
    }
    return out;
  },
};
