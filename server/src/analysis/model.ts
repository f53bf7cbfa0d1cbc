import type { DocTable, Span } from './structure';

/** The document model: what the analysis core produces and every feature reads. Offsets are into the original text. */

export type EntityKind = 'drug' | 'target' | 'endpoint' | 'indication' | 'trial' | 'company' | 'figure';

export const ENTITY_KINDS: readonly EntityKind[] = ['drug', 'target', 'endpoint', 'indication', 'trial', 'company', 'figure'];

export type FigureKind = 'percent' | 'duration' | 'dose' | 'money' | 'count' | 'ratio' | 'pvalue' | 'ci' | 'date' | 'other';

/** How an entity was recognised: shown on hover so a reader can judge it. */
export type Evidence = 'lexicon' | 'stem' | 'code-name' | 'pattern' | 'abbreviation' | 'alias' | 'workspace-lexicon';

export interface EntityBase {
  kind: EntityKind;
  start: number;
  end: number;
  /** Surface text exactly as in the document. */
  text: string;
  /** Canonical name: all mentions of one entity share it. */
  name: string;
  evidence: Evidence;
}

export interface DrugFacts {
  stem?: string;
  stemMeaning?: string;
  drugClass?: string;
  infixes?: string[];
  targets?: string[];
  /** The lexicon's targets, kept when the document states others. */
  lexiconTargets?: string[];
  brands?: string[];
  codes?: string[];
  aliases?: string[];
  company?: string;
  modality?: string;
  isRegimen?: boolean;
  components?: string[];
}

export interface DrugEntity extends EntityBase { kind: 'drug'; facts: DrugFacts }
export interface TargetEntity extends EntityBase { kind: 'target'; facts: { fullName?: string; gene?: string; aliases?: string[] } }
/**
 * An endpoint, or an adverse-event term ("adverse events", "CRS"; `adverseEvent` set): the second is
 * no endpoint of its own, but its rates are bound and checked as an endpoint's are.
 */
export interface EndpointEntity extends EntityBase { kind: 'endpoint'; facts: { fullName?: string; definition?: string; measure?: string; adverseEvent?: boolean } }
export interface IndicationEntity extends EntityBase { kind: 'indication'; facts: { area?: string; aliases?: string[] } }
export interface TrialEntity extends EntityBase { kind: 'trial'; facts: { trialKind: 'named' | 'phase' | 'registry' } }
export interface CompanyEntity extends EntityBase { kind: 'company'; facts: { ticker?: string; aliases?: string[]; country?: string } }

export interface FigureBinding {
  endpoint?: string;
  drug?: string;
  arm?: string;
  timepoint?: string;
  /** "In the PD-L1-high subgroup, ORR was 60 %": the part of the population the figure is about. */
  subgroup?: string;
  /** The named trial the figure reports from: the top of its population ("PREVENT-19", "ACME-301"). */
  trial?: string;
  n?: number;
  /**
   * What a sum of money in prose is an amount of, as its clause names it ("grant income", "deposits and securities"): set
   * only where no endpoint is bound. The claims read their own key from the text to compare sums; this is the name.
   */
  measure?: string;
}

/** The arm of a statistic that compares two arms (a hazard ratio, its interval, its p-value): "zelbotamab vs placebo". */
export function contrastArm(drug: string, comparator: string): string { return `${drug} vs ${comparator}`; }
/** Whether an arm is a comparison of two arms (contrastArm), no one arm. */
export function comparesArms(arm: string | undefined): boolean { return !!arm && arm.includes(' vs '); }

/**
 * A figure's binding before anything is bound: every field present, undefined, in one fixed order. The binder and
 * the checks read the fields of every figure's binding after every edit; bindings whose fields were added in the
 * order their readings found them came in many hidden classes, and each read went through V8's slow lookup. Set a
 * field to undefined to unbind it, never delete it (a delete changes the object's class too).
 */
export function emptyBinding(): FigureBinding {
  return { endpoint: undefined, drug: undefined, arm: undefined, timepoint: undefined, subgroup: undefined, trial: undefined, n: undefined, measure: undefined };
}

/** What reading a figure yields: its kind, value and unit, and what the text says around the number. */
export interface FigureReading {
  figureKind: FigureKind;
  /** A number, or [low, high] for ranges and intervals, in the document's stated unit (money in base units). */
  value: number | [number, number];
  unit: string;
  /** "<", "≤", ">", "≥", "~" when the text qualifies the number. */
  comparator?: string;
  /** How the number was read, for hover: "decimal comma", "thousands separator", ... */
  reading?: string;
  /** A share a model or an adjustment gives, not its count over its group (a table's note says so: "*Estimates from a mixed model"). */
  estimated?: boolean;
  /** For counts written "8 of 22" or "8/22": the denominator. */
  denominator?: number;
  /** For confidence intervals: the confidence level in percent. */
  level?: number;
  /** For durations written as adjectives ("18-month OS"): the figure is a time point. */
  timepoint?: boolean;
  /** For dates: an ISO-like rendering ("2026-01", "2027-H2"). */
  iso?: string;
  /** For money: upfront, milestones or total, from the words around it. */
  role?: string;
  /** For doses: the schedule written after them ("Q3W", "once weekly"). */
  schedule?: string;
}

export interface FigureEntity extends EntityBase, FigureReading {
  kind: 'figure';
  /** For cells of a table (written as one, or flattened into text): the row's label and the column header it was read under. */
  table?: { row: string; column: string };
  binding: FigureBinding;
}

export type Entity = DrugEntity | TargetEntity | EndpointEntity | IndicationEntity | TrialEntity | CompanyEntity | FigureEntity;

export interface Abbreviation {
  short: string;
  long: string;
  /** Offsets of the short form inside its defining parentheses, and of the long form. */
  start: number;
  end: number;
  longStart: number;
  longEnd: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedLocation { start: number; end: number; message: string }

export interface QuickFix {
  title: string;
  edits: { start: number; end: number; newText: string }[];
}

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  related: RelatedLocation[];
  /** The numbers that made the finding, so messages and fixes never re-derive them. */
  data: Record<string, number | string | number[]>;
  fixes: QuickFix[];
}

export interface DocumentModel {
  text: string;
  /** Entities sorted by start offset; each mention is its own entity. */
  entities: Entity[];
  abbreviations: Abbreviation[];
  /** Sentence spans (document offsets), sorted. */
  sentences: { start: number; end: number }[];
  /**
   * The text as the passes read it (same length as `text`): normalised characters, what is not
   * prose blanked, soft-wrapped line breaks made spaces. Absent in models built by hand.
   */
  reading?: string;
  /** The document's tables, rows of cells with offsets (see structure.ts). */
  tables?: DocTable[];
  /** What the structure reader left out (non-prose) and the line ends it read as spaces. */
  layout?: { nonProse: Span[]; softBreaks: Span[] };
}

export function entityKey(e: { kind: EntityKind; name: string }): string {
  return `${e.kind}:${e.name}`;
}
