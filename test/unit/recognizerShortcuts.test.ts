/**
 * The recognisers' cheap tests before their expressions answer as the expressions alone would: mayOpen never
 * turns away a text an outcome list's opener ends (OPENER_BEFORE), and an outcome word is found where the walk of all
 * the phrases, longest first, finds it; a class asked of one character answers as the Unicode class, for every code
 * unit; a date expression is run only at a character its match can start with; a block's language scores kept for the
 * next ask are the scores read afresh. Random invented texts built from the lists' own words, other words, letters in
 * both cases and outside ASCII (some that fold to ASCII letters), spaces, colons and punctuation.
 */
import { strict as assert } from 'assert';
import { asciiNonLetter, contextOutcomeAt, letterDigitOrHyphen, mayNameTrial, mayOpen, shortcutExpressions } from '../../server/src/analysis/recognize/entities';
import { dateLeads, isLetter, isUpperLetter, languageScores, leadCharacters } from '../../server/src/analysis/recognize/figures';

const { openerBefore: OPENER_BEFORE, trialNameOpens: TRIAL_NAME_OPENS } = shortcutExpressions();
const [[MONTH_RE], [DAY_MONTH_RE], [PERIOD_RE]] = dateLeads();
import { clearMemo } from '../../server/src/analysis/memo';
import outcomeWords from '../../server/lexicon/grammar/outcomes.json';

/** A small deterministic generator (a linear congruential one), so a failure names its seed. */
function generator(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return n => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return (s >>> 8) % n; };
}

/** Pieces of text to draw from: the lists' words whole and cut, and the characters around them. */
function pieces(): string[] {
  const words = [...outcomeWords.outcomeOpeners, ...outcomeWords.contextOutcomes, ...outcomeWords.outcomeModifiers];
  const out: string[] = [];
  for (const w of words) out.push(w, w.toUpperCase(), w.slice(1), w.slice(0, -1), w.slice(w.lastIndexOf(' ') + 1));
  out.push('rates', 'the', 'and', 'zelbo', 'Zeta', 'x', 'é', 'É', '\u017f', '\u212a', '\u0130', 'of', 'OF', 'Of', 'in', 'as');
  out.push(' ', ' ', ' ', '\u00a0', ':', ': ', ',', '(', ')', '-', '5', '\n', '.', "'", '\u2019', '/');
  return out;
}

/** The outcome word at `at` as the walk of every phrase, longest first, reads it (the recogniser's reading before its lists were split by first character). */
function walkedOutcomeAt(text: string, at: number): number | undefined {
  const list = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(w => ({ text: w, lower: w.toLowerCase(), exact: /^[\p{Lu}\p{N}-]+$/u.test(w) }));
  const modifiers = list(outcomeWords.outcomeModifiers), outcomes = list(outcomeWords.contextOutcomes);
  const phraseAt = (from: number, phrases: { text: string; lower: string; exact: boolean }[]) => {
    const first = text.charAt(from).toLowerCase();
    for (const p of phrases) {
      if (p.lower.charAt(0) !== first) continue;
      const written = text.slice(from, from + p.text.length);
      if (p.exact ? written !== p.text : written.toLowerCase() !== p.lower) continue;
      if (/[\p{L}\p{N}]/u.test(text.charAt(from + p.text.length))) continue;
      return from + p.text.length;
    }
    return undefined;
  };
  let from = at;
  for (let n = 0; n < 3; n++) {
    const m = phraseAt(from, modifiers);
    if (m === undefined || !/^[ -]$/.test(text.charAt(m))) break;
    from = m + 1;
  }
  return phraseAt(from, outcomes);
}

describe('entity recogniser: cheap tests answer as the expressions do', () => {
  const all = pieces();
  it('mayOpen turns away no text an opener ends', () => {
    let opened = 0;
    for (const seed of [5, 17, 29, 43]) {
      const random = generator(seed);
      for (let k = 0; k < 20000; k++) {
        let text = '';
        for (let n = 1 + random(6); n > 0; n--) text += all[random(all.length)];
        // as the recogniser asks: the 40 characters before a word, ending in a space most often
        if (random(3) > 0) text += random(5) === 0 ? '\u00a0' : ' ';
        text = text.slice(-40);
        if (OPENER_BEFORE.test(text)) { opened++; assert.ok(mayOpen(text), `seed ${seed}: ${JSON.stringify(text)}`); }
      }
    }
    // (the draw reaches the case that matters often)
    assert.ok(opened > 1000, `only ${opened} texts opened a list`);
  });
  it('an outcome word is found where the walk of every phrase finds it', () => {
    let found = 0;
    for (const seed of [3, 31]) {
      const random = generator(seed);
      for (let k = 0; k < 3000; k++) {
        let text = '';
        for (let n = 1 + random(8); n > 0; n--) text += all[random(all.length)];
        for (let at = 0; at <= text.length; at++) {
          const want = walkedOutcomeAt(text, at);
          if (want !== undefined) found++;
          assert.equal(contextOutcomeAt(text, at), want, `seed ${seed} at ${at}: ${JSON.stringify(text)}`);
        }
      }
    }
    assert.ok(found > 1000, `only ${found} outcome words found`);
  });
  it('the character tests of trial names and lists answer as their classes do, for every code unit', () => {
    const random = generator(13);
    const tails = ['', 'ENO', 'EPHYR-2', 'eta', 'ZX', 'É', ' 3', 'ab', 'x'];
    for (let u = 0; u <= 0xffff; u++) {
      const ch = String.fromCharCode(u);
      assert.equal(letterDigitOrHyphen(ch, 0), /[\p{L}\p{N}-]/u.test(ch), `U+${u.toString(16)}`);
      // (no item of a trial list opens where this says: its first character is a letter of either case)
      if (asciiNonLetter(ch, 0)) assert.ok(!/^[\p{Lu}\p{Ll}]/u.test(ch), `U+${u.toString(16)}`);
      const text = 'zz ' + ch + tails[random(tails.length)] + tails[random(tails.length)];
      assert.equal(mayNameTrial(text, 3), TRIAL_NAME_OPENS.test(text.slice(3, 13)), JSON.stringify(text));
    }
    assert.equal(mayNameTrial('zz ', 3), false);
  });
  it("a block's language scores, kept for the next ask of the same text, are the scores read afresh", () => {
    const random = generator(71);
    const words = ['und', 'the', 'och', 'het', 'de', 'la', 'und die', 'zelbo', 'of', 'et', 'og', 'ja', 'e', ' ', ' ', '. '];
    const texts: string[] = [];
    for (let k = 0; k < 40; k++) { let t = ''; for (let n = random(30); n > 0; n--) t += words[random(words.length)] + ' '; texts.push(t); }
    for (let k = 0; k < 400; k++) {
      const t = texts[random(texts.length)];
      // (the same text as another string now and then: kept by content, not by the string)
      const asked = random(2) ? t : (' ' + t).slice(1);
      const kept = [...languageScores(asked)];
      clearMemo();
      assert.deepEqual(kept, [...languageScores(asked)], JSON.stringify(asked));
      if (random(2)) languageScores(texts[random(texts.length)]);
    }
  });
});

describe('figure recogniser: cheap tests answer as the expressions do', () => {
  it('isLetter and isUpperLetter answer as the Unicode classes, for every code unit', () => {
    for (let u = 0; u <= 0xffff; u++) {
      const ch = String.fromCharCode(u);
      assert.equal(isLetter(ch), /\p{L}/u.test(ch), `U+${u.toString(16)}`);
      assert.equal(isUpperLetter(ch), /\p{Lu}/u.test(ch), `U+${u.toString(16)}`);
    }
    assert.equal(isLetter(undefined), false);
    assert.equal(isLetter(''), false);
    assert.equal(isUpperLetter(''), false);
  });
  it('the characters a match can start with are read from the expression, or none are', () => {
    const leads = (re: RegExp) => { const l = leadCharacters(re); return l && [...l].sort().join(''); };
    assert.equal(leads(/(ab|c)d/y), 'ac');
    assert.equal(leads(/(\d{1,2}|Q)x/y), '0123456789Q');
    for (const re of [/(a?|b)c/y, /(ab|c)?d/y, /(?:a|b)c/y, /(a|[xy])/y, /(a|b)/iy, /(a|(b|c)d)/y, /(\d{0,2}|Q)x/y, /(a*|b)/y, /a|b/y]) assert.equal(leadCharacters(re), undefined, re.source);
    assert.equal(leads(MONTH_RE), 'ADFJMNOS');
    assert.equal(leads(DAY_MONTH_RE), '0123456789');
    assert.equal(leads(PERIOD_RE), '12FGHQbeflmrs');
  });
  it('no date expression matches at a character outside its leads', () => {
    const random = generator(97);
    const tails = ['anuary 2031', 'ec. 5, 2030', '1 2031', ' March 2029', 'th Feb 2028', '1 2031E', 'Y2030', 'iscal 2029', '2 2030', 'H 2031', 'ate 2030', ''];
    for (const [re, lead] of dateLeads() as [RegExp, Set<string>][]) {
      for (let u = 0; u <= 0xffff; u++) {
        const ch = String.fromCharCode(u);
        if (lead.has(ch)) continue;
        re.lastIndex = 0;
        assert.equal(re.exec(ch + tails[random(tails.length)]), null, `${re.source} at U+${u.toString(16)}`);
      }
    }
  });
});
