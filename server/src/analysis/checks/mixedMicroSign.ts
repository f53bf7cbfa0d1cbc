/**
 * mixed-micro-sign: one document writing a unit with the micro sign (U+00B5, "µg") in one place
 * and Greek small mu (U+03BC, "μg") in another. They look alike but are different characters, so
 * search, copy-paste into databases and screen readers treat them as different units. Reported
 * once for each minority spelling, with a quick fix that writes the majority form.
 */
import type { Check, CheckFinding } from './check';

const MICRO = '\u00b5';
const MU = '\u03bc';
const UNIT_AFTER = /^(?:g|l|L|m|mol|M|s|Ci)\b/;

export const mixedMicroSign: Check = {
  code: 'mixed-micro-sign',
  description: 'The micro sign (U+00B5) and Greek mu (U+03BC) both used for units in one document.',
  defaultSeverity: 'information',
  run(model) {
    const text = model.text;
    // each sign found by a search for it, in document order: no walk over every character
    const usesOf = (ch: string) => {
      const uses: { at: number; ch: string }[] = [];
      for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) if (UNIT_AFTER.test(text.slice(i + 1, i + 4))) uses.push({ at: i, ch });
      return uses;
    };
    const micro = usesOf(MICRO);
    const mu = usesOf(MU);
    if (micro.length === 0 || mu.length === 0) return [];
    // the majority spelling wins; on a tie Greek mu, to which Unicode normalisation (NFKC) maps the micro sign
    const [major, minor] = micro.length > mu.length ? [micro, mu] : [mu, micro];
    const majorCh = major[0].ch;
    const name = (c: string) => (c === MICRO ? 'micro sign \u00b5 (U+00B5)' : 'Greek mu \u03bc (U+03BC)');
    // one list of edits shared by every finding's "everywhere" fix: the work stays linear in the occurrences
    const everywhere = minor.map(m => ({ start: m.at, end: m.at + 1, newText: majorCh }));
    return minor.map((u): CheckFinding => ({
      message: `Unit written with ${name(u.ch)} here but with ${name(majorCh)} ${major.length} time${major.length === 1 ? '' : 's'} elsewhere in this document.`,
      start: u.at, end: u.at + 1 + (UNIT_AFTER.exec(text.slice(u.at + 1, u.at + 4))?.[0].length ?? 0),
      related: major.slice(0, 3).map(m => ({ start: m.at, end: m.at + 1, message: `${name(majorCh)}` })),
      data: { majority: major.length, minority: minor.length },
      fixes: [{ title: `Write ${majorCh === MICRO ? 'the micro sign \u00b5' : 'Greek mu \u03bc'} here`, edits: [{ start: u.at, end: u.at + 1, newText: majorCh }] },
        { title: `Write ${majorCh === MICRO ? 'the micro sign \u00b5' : 'Greek mu \u03bc'} everywhere in this document`, edits: everywhere }],
    }));
  },
};
