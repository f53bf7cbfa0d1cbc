/** The registry of checks. Adding a check means adding its module and one line here. */
import type { Check } from './check';
import type { DocumentModel, Finding, Severity } from '../model';
import { impossibleValue } from './impossibleValue';
import { percentOfCount } from './percentOfCount';
import { mixedMicroSign } from './mixedMicroSign';
import { confidenceInterval } from './confidenceInterval';
import { survivalLogic } from './survivalLogic';
import { claimedRatio } from './claimedRatio';
import { totals } from './totals';
import { repeatedValue } from './repeatedValue';
import { mixedDecimalSeparator } from './mixedDecimalSeparator';
import { landmarkMedian } from './landmarkMedian';
import { grim } from './grim';
import { dates } from './dates';
import { doseUnit } from './doseUnit';
import { pValueInterval } from './pValueInterval';
import { significanceClaim } from './significanceClaim';
import { applySuppressions } from './suppressions';
import { layoutText } from './layout';
import { drain, runSliced } from '../steps';

export const CHECKS: readonly Check[] = [
  impossibleValue, percentOfCount, grim, confidenceInterval, pValueInterval, significanceClaim, survivalLogic, landmarkMedian, claimedRatio, totals, repeatedValue, dates, mixedMicroSign, mixedDecimalSeparator, doseUnit,
];

export interface CheckOptions {
  /** Per-code severity overrides; 'off' silences a check. */
  severity?: Record<string, Severity | 'off'>;
}

/** Runs every check, honours suppression comments and severity overrides, and never lets one check's failure stop the others. */
export function runChecks(model: DocumentModel, options: CheckOptions = {}): Finding[] {
  return drain(checkSteps(model, options));
}

/**
 * The same checks, giving the event loop back (`yieldNow`) between two checks once `sliceMs` has
 * passed, and stopping with CancelledError when `isCancelled` says so: a large document's checks
 * never hold up other requests for all of them at once. The findings are those of runChecks.
 */
export function runChecksAsync(model: DocumentModel, options: CheckOptions, isCancelled: () => boolean, yieldNow: () => Promise<void>, sliceMs = 25): Promise<Finding[]> {
  return runSliced(checkSteps(model, options), isCancelled, yieldNow, sliceMs);
}

/** The checks one at a time, a yield after each; the last step sorts the findings and applies suppressions. */
export function* checkSteps(model: DocumentModel, options: CheckOptions = {}): Generator<void, Finding[]> {
  const out: Finding[] = [];
  for (let checkI = 0, CHECKS_ = CHECKS; checkI < CHECKS_.length; checkI++) { const check = CHECKS_[checkI];
    runOne(check, model, options, out);
    yield;
  }
  // the checks are done with their view: it (its text laid out, and what the checks derived from it,
  // held in caches keyed by it) is let go now rather than kept as long as the document's model is
  VIEWS.delete(model);
  return finish(model, out);
}

function runOne(check: Check, model: DocumentModel, options: CheckOptions, out: Finding[]): void {
  const override = options.severity?.[check.code];
  if (override === 'off') return;
  // the checks read the text as laid out for reading (soft wraps as spaces, non-prose blanked),
  // in its original characters; suppression comments are read from the document as written
  let found: Finding[];
  try {
    // the registry stamps each finding with its check's code and, unless it states another, severity
    found = check.run(layoutView(model)).map(f => ({ ...f, code: check.code, severity: override ?? f.severity ?? check.defaultSeverity }));
  } catch (err) {
    found = [{ code: 'internal-error', severity: 'hint', message: `Check ${check.code} failed: ${String(err)}`, start: 0, end: 0, related: [], data: {}, fixes: [] }];
  }
  for (let fI = 0, found_ = found; fI < found_.length; fI++) { const f = found_[fI]; out.push(f); }
}

function finish(model: DocumentModel, out: Finding[]): Finding[] {
  out.sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
  // two readings of one check that find one span wrong are one finding to the reader: the first is kept
  const once = out.filter((f, k) => k === 0 || !(f.code === out[k - 1].code && f.start === out[k - 1].start && f.end === out[k - 1].end));
  return applySuppressions(model.text, once);
}

/** One laid-out view per model, so that what the checks derive from it once (normalised text, paragraph starts) is derived once per model. */
const VIEWS = new WeakMap<DocumentModel, DocumentModel>();
function layoutView(model: DocumentModel): DocumentModel {
  if (!model.layout) return model;
  let view = VIEWS.get(model);
  if (!view) {
    view = { ...model, text: layoutText(model.text, model.layout.nonProse, model.layout.softBreaks) };
    VIEWS.set(model, view);
  }
  return view;
}
