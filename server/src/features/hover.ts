/** textDocument/hover: a card for the entity, figure or abbreviation under the cursor. */
import type { Hover } from 'vscode-languageserver-types';
import type { DocumentModel, Entity, FigureEntity } from '../analysis/model';
import { comparesArms } from '../analysis/model';
import type { LineIndex } from '../analysis/text';
import { abbreviationAt, entityAt, mentionsOf } from './entityAt';
import { codeSpan, escapeMarkdown as esc } from './markdown';
import { claimIndex, measureKey } from '../analysis/claims';
import { populationOf } from '../analysis/populations';
import { formatNumber } from '../shared/numberFormat';

const KIND_LABEL: Record<string, string> = {
  drug: 'Drug', target: 'Target', endpoint: 'Endpoint', indication: 'Indication', trial: 'Trial', company: 'Company', figure: 'Figure',
};

export function doHover(model: DocumentModel, offset: number, lines: LineIndex): Hover | null {
  const e = entityAt(model, offset);
  if (e) return { contents: { kind: 'markdown', value: entityCard(model, e, lines) }, range: lines.range(e.start, e.end) };
  const ab = abbreviationAt(model, offset);
  if (ab) {
    const where = lines.positionAt(ab.abbreviation.start).line + 1;
    return {
      contents: { kind: 'markdown', value: `**${esc(ab.abbreviation.short)}** \u00b7 abbreviation\n\n${esc(ab.abbreviation.long)}\n\n*Defined on line ${where}.*` },
      range: lines.range(ab.start, ab.end),
    };
  }
  return null;
}

export function entityCard(model: DocumentModel, e: Entity, lines: LineIndex): string {
  const parts: string[] = [];
  const label = e.kind === 'endpoint' && e.facts.adverseEvent ? 'adverse-event term' : KIND_LABEL[e.kind].toLowerCase();
  parts.push(`**${esc(e.kind === 'figure' ? e.text : e.name)}** \u00b7 ${label}${e.kind === 'figure' ? ' (' + e.figureKind + ')' : ''}`);
  const facts: string[] = [];
  switch (e.kind) {
    case 'drug': {
      const f = e.facts;
      if (f.isRegimen) facts.push(`Regimen${f.components?.length ? ': ' + f.components.map(esc).join(', ') : ''}`);
      if (f.stem) facts.push(`Stem *${esc(f.stem)}*: ${esc(f.stemMeaning ?? '')}`);
      if (f.modality) facts.push(`Modality: ${esc(f.modality)}`);
      if (f.targets?.length) facts.push(`Targets: ${f.targets.map(esc).join(', ')}${f.lexiconTargets?.length ? ` (as this document states; the lexicon lists ${f.lexiconTargets.map(esc).join(', ')})` : ''}`);
      if (f.brands?.length) facts.push(`Brands: ${f.brands.map(esc).join(', ')}`);
      if (f.codes?.length) facts.push(`Codes: ${f.codes.map(esc).join(', ')}`);
      if (f.aliases?.length) facts.push(`Also written: ${f.aliases.map(esc).join(', ')}`);
      if (f.company) facts.push(`Company: ${esc(f.company)}`);
      if (e.evidence === 'code-name') facts.push('Recognised as a code name');
      break;
    }
    case 'target':
      if (e.facts.fullName) facts.push(esc(e.facts.fullName));
      if (e.facts.gene) facts.push(`Gene: ${esc(e.facts.gene)}`);
      if (e.facts.aliases?.length) facts.push(`Aliases: ${e.facts.aliases.slice(0, 6).map(esc).join(', ')}`);
      break;
    case 'endpoint':
      if (e.facts.fullName) facts.push(esc(e.facts.fullName));
      if (e.facts.definition) facts.push(esc(e.facts.definition));
      break;
    case 'indication':
      if (e.facts.area) facts.push(`Area: ${esc(e.facts.area)}`);
      break;
    case 'trial':
      facts.push(e.facts.trialKind === 'phase' ? 'Development phase' : e.facts.trialKind === 'registry' ? 'Registry identifier' : 'Named trial');
      break;
    case 'company':
      if (e.facts.ticker) facts.push(`Ticker: ${esc(e.facts.ticker)}`);
      if (e.facts.country) facts.push(`Country: ${esc(e.facts.country)}`);
      break;
    case 'figure':
      facts.push(...figureFacts(e), ...claimFacts(model, e, lines));
      break;
  }
  if (e.evidence === 'abbreviation') {
    const def = model.abbreviations.find(a => a.short.replace(/[\u2010-\u2015]/g, '-') === e.text.replace(/[\u2010-\u2015]/g, '-'));
    if (def) facts.push(`Abbreviation of ${esc(def.long)} (line ${lines.positionAt(def.start).line + 1})`);
  }
  if (facts.length) parts.push(facts.join('  \n'));
  const related = relatedFigures(model, e);
  if (related) parts.push(related);
  if (e.kind !== 'figure') {
    const mentions = mentionsOf(model, e);
    const linesList = [...new Set(mentions.map(m => lines.positionAt(m.start).line + 1))];
    const spelled = [...new Set(mentions.map(m => m.text))];
    parts.push(`*${mentions.length} mention${mentions.length === 1 ? '' : 's'} in this document* (line${linesList.length === 1 ? '' : 's'} ${linesList.slice(0, 12).join(', ')}${linesList.length > 12 ? ', \u2026' : ''})` +
      (spelled.length > 1 ? `  \nWritten as ${spelled.slice(0, 6).map(codeSpan).join(', ')}` : ''));
  }
  return parts.join('\n\n');
}

/** What the document says about a drug, endpoint or target: the figures bound to it, and for a target the drugs that hit it. */
function relatedFigures(model: DocumentModel, e: Entity): string | undefined {
  const figs = model.entities.filter((x): x is FigureEntity => x.kind === 'figure');
  const MAX = 8;
  if (e.kind === 'drug') {
    const mine = figs.filter(f => f.binding.drug === e.name && f.binding.endpoint);
    if (mine.length === 0) return undefined;
    const rows = mine.slice(0, MAX).map(f => resultLine(f, 'drug', esc));
    return `Results in this document: ${rows.join(' \u00b7 ')}${mine.length > MAX ? ` \u00b7 and ${mine.length - MAX} more` : ''}`;
  }
  if (e.kind === 'endpoint') {
    const mine = figs.filter(f => f.binding.endpoint === e.name);
    if (mine.length === 0) return undefined;
    const rows = mine.slice(0, MAX).map(f => resultLine(f, 'endpoint', esc));
    return `Values in this document: ${rows.join(' \u00b7 ')}${mine.length > MAX ? ` \u00b7 and ${mine.length - MAX} more` : ''}`;
  }
  if (e.kind === 'target') {
    const drugs = [...new Set(model.entities.filter(x => x.kind === 'drug' && (x.facts.targets ?? []).includes(e.name)).map(x => x.name))];
    return drugs.length ? `Drugs in this document that hit it: ${drugs.map(esc).join(', ')}` : undefined;
  }
  return undefined;
}

/**
 * One figure as a result, leaving out what its context already names: under a drug
 * "ORR at 18 months 31.6 % (600 µg/kg)", under an endpoint "31.6 % at 18 months (zelbotamab, 600 µg/kg)",
 * with nothing left out "OS at 18 months 31.6 % (zelbotamab)". Hover cards and the outline both write figures
 * this way. `escape` is applied to every piece of document text (Markdown for hover, none for the outline).
 */
export function resultLine(f: FigureEntity, under: 'drug' | 'endpoint' | 'none', escape: (s: string) => string = s => s): string {
  const b = f.binding;
  const named = b.endpoint ?? b.measure;
  const endpoint = under !== 'endpoint' && named ? escape(named) : '';
  const at = b.timepoint ? `at ${escape(b.timepoint)}` : '';
  const within = [under !== 'drug' ? b.drug : undefined, b.arm].filter((x): x is string => !!x).map(escape);
  const head = under === 'endpoint' ? [escape(f.name), at] : [endpoint, at, escape(f.name)];
  return head.filter(Boolean).join(' ') + (within.length ? ` (${within.join(', ')})` : '');
}

function figureFacts(f: FigureEntity): string[] {
  const out: string[] = [];
  const value = Array.isArray(f.value) ? `${fmt(f.value[0])}\u2013${fmt(f.value[1])}` : fmt(f.value);
  const unit = f.unit ? (f.figureKind === 'money' ? ` ${f.unit}` : f.unit === '%' ? ' %' : ` ${f.unit}`) : '';
  const binding = [f.binding.endpoint ?? f.binding.measure, f.binding.drug, f.binding.arm ? (comparesArms(f.binding.arm) ? f.binding.arm : `${f.binding.arm} arm`) : undefined, f.binding.subgroup ? `${f.binding.subgroup} subgroup` : undefined, f.binding.timepoint ? `at ${f.binding.timepoint}` : undefined]
    .filter((x): x is string => !!x).map(esc);
  out.push(`${binding.length ? binding.join(' \u00b7 ') + ' \u00b7 ' : ''}${f.comparator ? esc(f.comparator) + ' ' : ''}${esc(value + unit)}`);
  if (f.schedule) out.push(`Schedule: ${esc(f.schedule)}`);
  if (f.table) out.push(`Read from a table: row ${esc(f.table.row || '(no label)')}, column ${esc(f.table.column)}`);
  if (f.figureKind === 'ci' && f.level !== undefined) out.push(`${fmt(f.level)} % confidence interval`);
  if (f.denominator !== undefined && typeof f.value === 'number') out.push(`${f.value} of ${f.denominator} = ${(100 * f.value / f.denominator).toFixed(1)} %`);
  if (f.binding.trial) out.push(`Trial: ${esc(f.binding.trial)}`);
  if (f.binding.n !== undefined) out.push(`n = ${f.binding.n}`);
  if (f.timepoint) out.push('A time point');
  if (f.iso) out.push(`Date: ${esc(f.iso)}`);
  if (f.reading) out.push(`How it was read: ${esc(f.reading)}`);
  return out;
}

/** Other statements of a figure's measure listed on its card, at most. */
const OTHER_STATEMENTS = 5;

/**
 * The figure as a claim: the measure the text ties it to (when no endpoint names it), the values
 * its written form allows, its interval, the figure it is compared with, and the document's other
 * statements of the same measure.
 */
function claimFacts(model: DocumentModel, f: FigureEntity, lines: LineIndex): string[] {
  const index = claimIndex(model);
  const c = index.of.get(f);
  if (!c) return [];
  const out: string[] = [];
  // (a sum's measure the binding names heads the card already)
  if (c.measure && !c.measure.key.startsWith('endpoint:') && !f.binding.measure) out.push(`Measures: ${esc(c.measure.label)}`);
  if (Number.isFinite(c.low) || Number.isFinite(c.high)) {
    const range = !Number.isFinite(c.high) ? `at least ${fmt(round(c.low))}` : !Number.isFinite(c.low) ? `at most ${fmt(round(c.high))}` : `${fmt(round(c.low))} to ${fmt(round(c.high))}`;
    if (c.low !== c.high) out.push(`As written, allows ${esc(range)}`);
  }
  const population = populationOf(model, f);
  if (population && Number.isFinite(population.size)) {
    const role = population.role === 'enrolment' ? ', the enrolment' : population.role === 'analysis' ? ', an analysis set' : '';
    out.push(`Population: ${codeSpan(model.text.slice(population.figure.start, population.figure.end))} (n = ${population.size}${role}, line ${lines.positionAt(population.figure.start).line + 1})`);
  }
  if (c.interval) out.push(`Interval: ${codeSpan(model.text.slice(c.interval.start, c.interval.end))}`);
  if (c.comparedWith) out.push(`Compared with: ${codeSpan(model.text.slice(c.comparedWith.start, c.comparedWith.end))} (line ${lines.positionAt(c.comparedWith.start).line + 1})`);
  if (c.measure && c.measure.specific) {
    // statements of the same measure about the same population (another arm's rate is another quantity)
    const others = (index.byMeasure.get(measureKey(c) as string) ?? []).filter(x => x !== c && x.population === c.population);
    if (others.length) {
      const listed = others.slice(0, OTHER_STATEMENTS).map(x => `${codeSpan(model.text.slice(x.figure.start, x.figure.end))} (line ${lines.positionAt(x.figure.start).line + 1})`);
      out.push(`Also stated: ${listed.join(', ')}${others.length > OTHER_STATEMENTS ? `, and ${others.length - OTHER_STATEMENTS} more` : ''}`);
    }
  }
  return out;
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** Large values with commas, as `toLocaleString('en-US')` writes them (without its locale data: see shared/numberFormat.ts). */
function fmt(v: number): string {
  return Math.abs(v) >= 1e6 ? formatNumber(v, 3) : String(v);
}
