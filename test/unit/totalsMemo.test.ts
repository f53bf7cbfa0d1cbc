/**
 * totals after an edit: the words of enrolment and of subsets a sentence states are kept with the sentence's text (the
 * memo of readings), and the findings are those a cold run reads from the same text. Every sentence here is invented.
 */
import { strict as assert } from 'assert';
import { Analyzer, builtinLexicon } from '../../server/src/analysis';
import { totals } from '../../server/src/analysis/checks/totals';
import { clearMemo } from '../../server/src/analysis/memo';

const analyzer = new Analyzer(builtinLexicon());
const findings = (text: string): string => JSON.stringify(totals.run(analyzer.analyze(text, undefined, 'plaintext')));

/** The findings of a cold run: nothing kept from an earlier one. */
function cold(text: string): string {
  clearMemo();
  return findings(text);
}

/** The findings of each text read after the one before it, the memo kept between them. */
function warm(texts: string[]): string[] {
  clearMemo();
  return texts.map(findings);
}

/** Each version read warm after the ones before it finds what it finds cold. */
function sameAsCold(texts: string[]): void {
  const w = warm(texts);
  texts.forEach((t, i) => assert.equal(w[i], cold(t), `version ${i}: ${JSON.stringify(t)}`));
}

const OPENING = 'Norvale Therapeutics reported topline data from its Phase 2 trial of NRV-412 in chronic cough.';
const ENROLMENT = 'In total, 62 patients were enrolled: 30 in cohort A and 28 in cohort B.';
const CLOSING = 'The company plans to meet regulators in the second half of 2031.';
const DOC = [OPENING, ENROLMENT, CLOSING].join(' ');

const WHOLE = 'The study randomized 120 patients.';
const ARMS = '64 were randomized to NRV-412 and 60 were randomized to placebo.';
const LATER = [OPENING, WHOLE, ARMS, CLOSING].join(' ');

describe('totals: sentences kept with their words read after an edit as a cold run reads them', () => {
  it('a split of an enrolment, then its sentence saying no enrolment, then the enrolment again', () => {
    const seen = DOC.replace('In total, 62 patients were enrolled', 'Overall, 62 patients were seen');
    // (the edit changes what the pass finds: the test would miss a stale answer otherwise)
    assert.notEqual(cold(DOC), cold(seen));
    sameAsCold([DOC, seen, DOC]);
  });

  it('words of a subset added to the sentence, and taken out again', () => {
    const subset = DOC.replace('were enrolled: 30', 'were enrolled, of whom 30 were');
    assert.notEqual(cold(DOC), cold(subset));
    sameAsCold([DOC, subset, DOC]);
  });

  it('edits before, after and at the edges of the sentence move its finding and change nothing else', () => {
    const at = DOC.indexOf(ENROLMENT);
    const versions = [
      DOC,
      DOC.replace('topline data', 'positive topline data'),
      DOC.replace('second half', 'first half'),
      DOC.slice(0, at) + 'x' + DOC.slice(at),
      DOC.replace('cohort B.', 'cohort B!'),
      DOC.replace('cohort B. The', 'cohort B The'),
      DOC.replace('chronic cough. In', 'chronic cough In'),
      DOC,
    ];
    sameAsCold(versions);
  });

  it('a no-break space in its words is read as the normalised text reads it', () => {
    // ("in total" is the sentence's one word of enrolment here: written with a no-break space, it is still one)
    const tookPart = DOC.replace('were enrolled', 'took part');
    const noBreak = tookPart.replace('In total', 'In\u00a0total');
    assert.equal(cold(noBreak), cold(tookPart));
    assert.notEqual(cold(tookPart), cold(tookPart.replace('In total', 'Overall')));
    sameAsCold([tookPart, noBreak, tookPart.replace('In total', 'Overall'), noBreak, DOC]);
  });

  it('arms in the sentence after the whole: an edit of either sentence is read again with the other kept', () => {
    const fits = LATER.replace('and 60 were', 'and 56 were');
    const enrolled = LATER.replace('The study randomized', 'The study enrolled');
    const apart = LATER.replace('120 patients. 64', '120 patients.\n\n64');
    assert.notEqual(cold(LATER), cold(fits));
    sameAsCold([LATER, fits, LATER, enrolled, LATER, apart, LATER]);
  });

  it('a sentence added between the whole and its arms, or before both', () => {
    const between = LATER.replace('120 patients. 64', '120 patients. Dosing lasted twelve weeks. 64');
    const before = LATER.replace(WHOLE, `Enrolment closed early. ${WHOLE}`);
    sameAsCold([LATER, between, LATER, before, LATER]);
  });
});
