/**
 * Figures: every number in a block, parsed with its kind, value and unit. A single left-to-right
 * scan; at each number it looks a bounded distance left (currency, comparator, "n =", "HR",
 * "p <") and right (unit, range, "-fold", "of N"), using sticky regular expressions without
 * nested quantifiers, so the whole scan is linear in the block's length.
 *
 * Offsets are relative to the block. `mask` marks characters already taken by named entities
 * (code names such as LBL-024, targets such as CD40 or 4-1BB, trial names): no figure starts there.
 */
import type { FigureKind, FigureReading } from '../model';

/** A figure as block recognition reads it; offsets relative to the block. */
export interface RawFigure extends FigureReading {
  start: number;
  end: number;
}

// Number: "2,900" / "285,000" / "1,234.5" (thousands), or "14,9" / "54.4" / "7" (decimal comma or point).
const NUM = /\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?/y;

const SP = '[ \\u00a0]?';
const PERCENT = new RegExp(`${SP}(%|percent(?![a-z])|per cent(?![a-z])|pct(?![a-z])|percentage points?(?![a-z])|pp(?![a-z])|Prozentpunkte[n]?(?![a-z])|Prozent(?![a-z]))`, 'y');
const FOLD = /[ -]?(fold)(?![a-z])|[ ]?x(?![A-Za-z0-9])|[ ]times(?! (?:daily|a day|a week|per|weekly|monthly|a month|(?:the )?(?:upper|lower) limit|ULN|LLN|normal))(?![a-z])/y;
const DURATION_ADJ = /-(month|week|year|day)(?![a-z])/y;
const DURATION_ADJ_DE = /-(Monats|Wochen|Jahres|Tages)(?=-)/y;
const GERMAN_PERIOD: Record<string, string> = { Monats: 'months', Wochen: 'weeks', Jahres: 'years', Tages: 'days' };
const COUNT_ADJ = /-(patient|participant|subject|site|center|centre)(?![a-z])/y;
const DURATION = new RegExp(`${SP}(months?|mos?\\.?(?![a-z])|weeks?|wks?|years?|yrs?|days?|hours?|hrs?|Monaten|Monate|Monat|Wochen|Woche|Jahren|Jahre|Jahr|Tagen|Tage|Tag|m\u00e5nader|veckor|\u00e5r)(?![a-z\u00e4\u00f6\u00fc\u00e5])`, 'y');
const DOSE = new RegExp(`${SP}(mg|\\u00b5g|ug|mcg|ng|g|mL|ml|IU|MBq|GBq|mCi)(/(kg|m2|m\\u00b2|day|d|dose|week|wk|mL|ml))?(?![A-Za-z/])`, 'y');
/** Clinical measurements that are not doses: BMI, lengths, pressures, concentrations ("212 \u00b5g/mL" of serum TTR is a level, not a dose). */
const MEASURE = new RegExp(`${SP}(points?|Punkte[n]?|Centiloids?|kg/m\\u00b2|kg/m2|mg/dL|mg/dl|(?:\\u00b5g|\\u03bcg|ng|pg|mg)/m[lL]|ng/L|mmol/L|mmol/mol|nmol/L|g/dL|IU/mL|copies/mL|mL/min/1\\.73 ?m\\u00b2|mL/min|mmHg|cm|mm|kg|lbs?)(?![A-Za-z/])`, 'y');
const SCHEDULE = /[ ,]{0,2}(Q[1-4]W|QW|Q2W|Q3W|Q4W|QD|BID|TID|once[ -]weekly|once[ -]daily|twice[ -]daily|once[ -]monthly|every [2-8] weeks|every (?:two|three|four|six) weeks|weekly|daily|monthly)(?![A-Za-z])/y;
const SCALE = /[ ]?(trillion|billion|million|thousand|Trillion|Billion|Million|Thousand|bn|mn|tn|m|b|k|Mrd\.|Mio\.|Milliarden|Millionen|Billionen)(?![A-Za-z])/y;
const CURRENCY_WORD = /[ ](euros?|Euro|dollars?|US-Dollar|Dollar|Franken|USD|EUR|GBP|CHF|SEK|DKK|NOK|JPY|CNY|RMB|KRW|HKD|yen|yuan|won|kronor)(?![A-Za-z])/y;
const COUNT_NOUN = /[ ](?:(?:additional|evaluable|eligible|new|more|enrolled|treated|randomi[sz]ed|adult|pediatric|paediatric|healthy|clinical|global|active|further|prior|previous|authori[sz]ed|ordinary|participating|weitere|neue) ){0,2}(Patientinnen und Patienten|Patientinnen|Patienten|Teilnehmerinnen und Teilnehmer|Teilnehmende[n]?|Teilnehmer|Probanden|Studienzentren|Zentren|Mitarbeiterinnen und Mitarbeiter|Mitarbeitende[n]?|Mitarbeiter|Besch\u00e4ftigte[n]?|Frauen|M\u00e4nner|Erwachsene[n]?|Kinder[n]?|lines? of (?:therapy|treatment)|lines|(?:treatment )?(?:centers|centres)|hospitals|clinics|(?:[A-Z] )?shares|patients?|subjects?|participants?|people|persons|individuals|sites|centers|centres|cohorts?|arms?|trials?|studies|countries|patents?|doses|contracts?|employees|cases|adults|children|women|men|volunteers|responders|deaths|events|programs|programmes|products|candidates|assets|plants|facilities|partners|companies|deals|biologics|molecules|indications|ADCs|drugs)(?![A-Za-z])/y;
const VOLUME = /[ ]?(L|liters?|litres?|kL)(?![A-Za-z])/y;
const PER_YEAR = /\/(year|yr|annum|month|day|week)(?![A-Za-z])/y;
const OF_N = /[ ](?:of|von)[ ](?:the[ ])?(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d)/y;
const SLASH_N = /\/(\d{1,5})(?![\d/.,]\d)/y;
const RANGE_SEP = /[ ]?(-|to|and|bis)[ ]?/y;
const RATIO_COLON = /:(\d{1,2})(?![\d:])/y;
const ORDINAL = /(st|nd|rd|th)(?![a-z])/y;
const CI_AFTER_PERCENT = /[ -]?(CI|KI|confidence interval|Konfidenzintervall)[ :,]{0,3}(?:\(|\[)?[ ]?/y;

const CURRENCY_SYMBOLS: [string, string][] = [
  ['US$', 'USD'], ['HK$', 'HKD'], ['A$', 'AUD'], ['C$', 'CAD'], ['$', 'USD'], ['\u20ac', 'EUR'], ['\u00a3', 'GBP'], ['\u00a5', 'JPY'],
  ['\u20a9', 'KRW'], ['CHF ', 'CHF'], ['USD ', 'USD'], ['EUR ', 'EUR'], ['GBP ', 'GBP'], ['JPY ', 'JPY'], ['CNY ', 'CNY'],
  ['RMB ', 'CNY'], ['KRW ', 'KRW'], ['SEK ', 'SEK'], ['DKK ', 'DKK'], ['NOK ', 'NOK'], ['HKD ', 'HKD'], ['AUD ', 'AUD'], ['CAD ', 'CAD'],
];
const CURRENCY_WORDS: Record<string, string> = {
  euro: 'EUR', euros: 'EUR', Euro: 'EUR', dollar: 'USD', dollars: 'USD', Dollar: 'USD', 'US-Dollar': 'USD', Franken: 'CHF', yen: 'JPY', yuan: 'CNY', won: 'KRW', kronor: 'SEK',
  USD: 'USD', EUR: 'EUR', GBP: 'GBP', CHF: 'CHF', SEK: 'SEK', DKK: 'DKK', NOK: 'NOK', JPY: 'JPY', CNY: 'CNY', RMB: 'CNY', KRW: 'KRW', HKD: 'HKD',
};
const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
  'mio.': 1e6, millionen: 1e6, 'mrd.': 1e9, milliarden: 1e9, billionen: 1e12,
};

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = /(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?: (\d{1,2})(?:st|nd|rd|th)?,?)? ((?:19|20)\d{2})(?!\d)/y;
const DAY_MONTH_RE = /(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) ((?:19|20)\d{2})(?!\d)/y;
const PERIOD_RE = /(H[12]|Q[1-4]|1H|2H|FY|fiscal year |first half of |second half of |end of |mid-|early |late )[ ]?((?:19|20)\d{2})(E)?(?!\d)/y;
const TICKER = /\((?:[A-Z]{2,8}(?:\.[A-Z]{1,3})?|[A-Z][a-z]+ [A-Z][a-z]+)[ ]?:[ ]?[A-Z0-9.]{1,8}\)/g;
const EXCHANGE_TICKER = /(?:NASDAQ|Nasdaq|NYSE|HKEX|HKG|HKSE|SSE|SZSE|KOSDAQ|KOSPI|TSE|TSX|LSE|AIM|SIX|STO|Euronext)[ ]?:[ ]?[A-Z0-9.]{1,8}/g;

const COMPARATORS: [RegExp, string][] = [
  [/(?:<=|\u2264)[ ]?$/, '\u2264'], [/(?:>=|\u2265)[ ]?$/, '\u2265'], [/<[ ]?$/, '<'], [/>[ ]?$/, '>'], [/[~\u2248][ ]?$/, '~'],
  [/(?:^|[^a-z])(?:approximately|approx\.|about|around|roughly|nearly|almost) $/i, '~'],
  [/(?:^|[^a-z])(?:more than|over|greater than|above|exceeding|in excess of|beyond) $/i, '>'],
  [/(?:^|[^a-z])(?:less than|under|below|fewer than) $/i, '<'],
  [/(?:^|[^a-z])(?:at least|no less than) $/i, '\u2265'], [/(?:^|[^a-z])(?:up to|at most|no more than) $/i, '\u2264'],
];

interface Num { start: number; end: number; value: number; reading?: string }

function readNumber(text: string, at: number): Num | undefined {
  NUM.lastIndex = at;
  const m = NUM.exec(text);
  if (!m) return undefined;
  let s = m[0];
  let end = at + s.length;
  // a trailing ",ddd" that starts a glued table cell is not part of this number: "4,2004,300" is read by NUM as "4,200"
  let reading: string | undefined;
  let value: number;
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s)) {
    // "1.486,52": thousands dots and a decimal comma
    value = Number(s.replace(/\./g, '').replace(',', '.'));
    reading = 'dot as thousands separator, decimal comma';
  } else if (/^0,\d+$/.test(s)) {
    // "0,021": a leading zero is never followed by a thousands separator
    value = Number(s.replace(',', '.'));
    reading = 'decimal comma';
  } else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) {
    value = Number(s.replace(/,/g, ''));
    reading = 'comma as thousands separator';
  } else if (/^\d+,\d+$/.test(s)) {
    const frac = s.split(',')[1];
    if (frac.length === 3) {
      // "2,000" is taken by the first branch; this is "12,345"-like with more leading digits
      value = Number(s.replace(',', ''));
      reading = 'comma as thousands separator';
    } else {
      value = Number(s.replace(',', '.'));
      reading = 'decimal comma';
    }
  } else {
    value = Number(s);
  }
  if (s.endsWith('.') || s.endsWith(',')) { s = s.slice(0, -1); end--; }
  if (!Number.isFinite(value)) return undefined;
  return { start: at, end, value, reading };
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

export function comparatorBefore(text: string, start: number): { comparator: string; start: number } | undefined {
  const left = text.slice(Math.max(0, start - 20), start);
  for (const [re, c] of COMPARATORS) {
    const m = re.exec(left);
    if (m) {
      const len = m[0].replace(/^[^a-z<>~\u2248\u2264\u2265]/i, '').length;
      return { comparator: c, start: start - len };
    }
  }
  return undefined;
}

/** "MSEK 487,3", "MEUR 45": currency codes carrying a scale, common in Nordic and German reports. */
const SCALED_CURRENCY = /(?:^|[^A-Za-z])([MTK])(SEK|DKK|NOK|EUR|USD|CHF)[ ]?$/;

function currencyBefore(text: string, start: number): { code: string; start: number; scale?: number } | undefined {
  const sc = SCALED_CURRENCY.exec(text.slice(Math.max(0, start - 6), start));
  if (sc) return { code: sc[2], start: start - (sc[0].length - (/^[A-Z]/.test(sc[0]) ? 0 : 1)), scale: sc[1] === 'M' ? 1e6 : 1e3 };
  for (const [sym, code] of CURRENCY_SYMBOLS) {
    if (start >= sym.length && text.slice(start - sym.length, start) === sym) {
      const before = text[start - sym.length - 1];
      if (sym.length > 1 && /[A-Za-z]/.test(sym[0]) && before !== undefined && /[A-Za-z]/.test(before)) continue;
      return { code, start: start - sym.length };
    }
  }
  return undefined;
}

const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
const isUpperLetter = (c: string | undefined) => c !== undefined && /\p{Lu}/u.test(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

export function recognizeFigures(text: string, mask: Uint8Array): RawFigure[] {
  const out: RawFigure[] = [];
  const taken = new Uint8Array(text.length);
  const take = (a: number, b: number) => { for (let k = a; k < b; k++) taken[k] = 1; };
  const free = (a: number, b: number) => { for (let k = a; k < b; k++) if (taken[k] || mask[k]) return false; return true; };

  // tickers "(HKG: 4321)" and "NASDAQ: ACME" hold numbers that are not figures
  for (const re of [TICKER, EXCHANGE_TICKER]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) if (/[A-Z]{2}/.test(m[0])) take(m.index, m.index + m[0].length);
  }

  // dates with month names and periods first: they start with letters
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!(c >= 'A' && c <= 'Z') && c !== 'Q' && !(c >= '1' && c <= '3') && c !== 'f' && c !== 's' && c !== 'e' && c !== 'm' && c !== 'l') continue;
    if (taken[i] || mask[i]) continue;
    if (i > 0 && isLetter(text[i - 1]) && !(isUpperLetter(c) && !isUpperLetter(text[i - 1]))) continue;
    let m = sticky(MONTH_RE, text, i);
    if (m && free(i, i + m[0].length)) {
      const month = monthIndex(m[1]);
      const year = Number(m[3]);
      const day = m[2] ? Number(m[2]) : undefined;
      const iso = `${year}-${String(month + 1).padStart(2, '0')}${day ? '-' + String(day).padStart(2, '0') : ''}`;
      out.push({ start: i, end: i + m[0].length, figureKind: 'date', value: year, unit: day ? 'day' : 'month', iso });
      take(i, i + m[0].length);
      i += m[0].length - 1;
      continue;
    }
    m = sticky(DAY_MONTH_RE, text, i);
    if (m && free(i, i + m[0].length) && !isDigit(text[i - 1])) {
      const month = monthIndex(m[2]);
      const iso = `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
      out.push({ start: i, end: i + m[0].length, figureKind: 'date', value: Number(m[3]), unit: 'day', iso });
      take(i, i + m[0].length);
      i += m[0].length - 1;
      continue;
    }
    m = sticky(PERIOD_RE, text, i);
    if (m && free(i, i + m[0].length)) {
      const p = m[1].trim().toLowerCase();
      const unit = /^(h[12]|[12]h|first half of|second half of)$/.test(p) ? 'half-year' : /^q[1-4]$/.test(p) ? 'quarter' : 'year';
      const label = /^h[12]$/.test(p) ? p.toUpperCase() : /^[12]h$/.test(p) ? `H${p[0]}` : p === 'first half of' ? 'H1' : p === 'second half of' ? 'H2' : /^q/.test(p) ? p.toUpperCase() : '';
      out.push({ start: i, end: i + m[0].length, figureKind: 'date', value: Number(m[2]), unit, iso: label ? `${m[2]}-${label}` : m[2], reading: m[3] ? 'estimate (E)' : undefined });
      take(i, i + m[0].length);
      i += m[0].length - 1;
    }
  }

  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text[i])) continue;
    if (taken[i] || mask[i]) { while (i + 1 < text.length && /[\d.,]/.test(text[i + 1]) && isDigit(text[i + 1])) i++; continue; }
    const prev = text[i - 1];
    // a digit right after another figure starts a new one (glued table cells "4,2004,300"); otherwise it continues a number
    if ((isDigit(prev) && !taken[i - 1]) || ((prev === '.' || prev === ',') && isDigit(text[i - 2]))) continue;
    const num = readNumber(text, i);
    if (!num) continue;
    // identifiers: a number right after an upper-case letter ("H2", "Q3W", "X4") or after "LETTERS-" is part of a name
    const afterEstimate = prev === 'E' && taken[i - 1] === 1 && /(?:19|20)\d{2}E$/.test(text.slice(i - 5, i)); // "2031E2032E": estimate years glued together
    if (!afterEstimate && (isUpperLetter(prev) || (prev === '-' && isLetter(text[i - 2])))) { i = skipRun(text, i); continue; }
    const fig = parseFigureAt(text, num, prev);
    if (!fig) { i = num.end - 1; continue; }
    if (!free(fig.start, fig.end)) { i = num.end - 1; continue; }
    out.push(fig);
    take(fig.start, fig.end);
    i = fig.end - 1;
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

function skipRun(text: string, i: number): number {
  while (i + 1 < text.length && /[\p{L}\p{N}]/u.test(text[i + 1])) i++;
  return i;
}

function monthIndex(name: string): number {
  const n = name.toLowerCase().replace('.', '');
  return MONTHS.findIndex(m => m.startsWith(n.slice(0, 3)));
}

function parseFigureAt(text: string, numIn: Num, prev: string | undefined): RawFigure | undefined {
  let num = numIn;
  const gluedToWord = isLetter(prev) && prev !== 'E'; // "Share0 %", "Incidence3,100": a flattened table cell
  let start = num.start;
  let end = num.end;
  let value: number | [number, number] = num.value;
  let reading = num.reading;
  // "-18.4", "(\u22120.53)": a minus sign that does not join two words or two numbers
  const negative = prev === '-' && (num.start < 2 || /[\s(\[:=,;]/.test(text[num.start - 2]));
  if (negative) { value = -num.value; num = { ...num, value: -num.value, start: num.start - 1 }; start = num.start; }
  const lowerLeft = text.slice(Math.max(0, num.start - 40), num.start).toLowerCase();

  // --- prefixes that decide the kind -------------------------------------------------------
  const cur = gluedToWord ? undefined : currencyBefore(text, num.start);
  const nEq = /(?:^|[^a-z])n[ ]?=[ ]?[~\u2248]?[ ]?$/i.exec(text.slice(Math.max(0, num.start - 8), num.start));
  const pEq = /(?:^|[^a-z])p(?:[ -]value)?[ ]?(?:of[ ]|[<>=\u2264\u2265]=?)[ ]?$/i.exec(text.slice(Math.max(0, num.start - 14), num.start));
  const hrEq = /(?:^|[^a-z])(?:(?:hr|hazard ratio|odds ratio|rate ratio|relative risk)(?:[ ]?[([](?:hr|or|rr)[)\]])?(?:[ ]?[:=,][ ]?|[ ]of[ ]|[ ](?:was|is)[ ]|[ ])|(?:or|rr)[ ]?[:=][ ]?)$/i.exec(lowerLeft.slice(-30));
  const gradeEq = /grade[ ]?(?:[<>\u2264\u2265]=?)?[ ]?$/i.exec(lowerLeft);

  let comparator: string | undefined;
  const cmp = comparatorBefore(text, cur ? cur.start : num.start);
  if (cmp && !gluedToWord) { comparator = cmp.comparator; }

  if (cur) {
    start = cur.start;
    let scale = cur.scale ?? 1;
    const sc = sticky(SCALE, text, end);
    if (sc) { scale = SCALES[sc[1].toLowerCase()] ?? 1; end = sc.index + sc[0].length; }
    let v: number | [number, number] = round(num.value * scale);
    // range "$600 million-$1.4 billion"
    const rs = sticky(RANGE_SEP, text, end);
    if (rs && rs[1] !== 'and') {
      const after = rs.index + rs[0].length;
      const cur2 = text.startsWith('$', after) || text.startsWith('US$', after) || text.startsWith('\u20ac', after) ? (text.startsWith('US$', after) ? 3 : 1) : 0;
      const n2 = isDigit(text[after + cur2]) ? readNumber(text, after + cur2) : undefined;
      if (n2) {
        let scale2 = scale;
        let e2 = n2.end;
        const sc2 = sticky(SCALE, text, n2.end);
        if (sc2) { scale2 = SCALES[sc2[1].toLowerCase()] ?? 1; e2 = sc2.index + sc2[0].length; }
        v = [round(num.value * scale), round(n2.value * scale2)];
        end = e2;
      }
    }
    if (cmp) start = cmp.start;
    return { start, end, figureKind: 'money', value: v, unit: cur.code, comparator, reading, role: moneyRole(lowerLeft, text.slice(end)) };
  }
  if (pEq) {
    return { start: num.start - (pEq[0].length - (/^[^a-z]/i.test(pEq[0]) ? 1 : 0)), end, figureKind: 'pvalue', value: num.value, unit: '', comparator: pvalueComparator(pEq[0]), reading };
  }
  if (nEq) {
    const s = num.start - (nEq[0].length - (/^[^a-z]/i.test(nEq[0]) ? 1 : 0));
    return { start: s, end, figureKind: 'count', value: num.value, unit: 'patients', comparator: /[~\u2248]/.test(nEq[0]) ? '~' : undefined, reading };
  }
  const tpEq = /(?:^|[^a-z])(day|week|month|year|tag|woche|monat)[ ]$/i.exec(lowerLeft);
  if (tpEq && !sticky(PERCENT, text, end) && Number.isInteger(num.value)) {
    const u = tpEq[1].toLowerCase();
    const unitName = u === 'tag' ? 'days' : u === 'woche' ? 'weeks' : u === 'monat' ? 'months' : u + 's';
    return { start: num.start - tpEq[1].length - 1, end, figureKind: 'duration', value: num.value, unit: unitName, timepoint: true, reading };
  }
  if (gradeEq && !sticky(PERCENT, text, end)) {
    return { start: num.start, end, figureKind: 'other', value: num.value, unit: 'grade', reading };
  }

  // --- a second number: ranges "2-4 %", "3 to 4 contracts", intervals "0.41-0.77" ----------
  let rangeEnd = -1;
  let second: Num | undefined;
  const firstUnit = unitAfter(text, end);
  if (!firstUnit || firstUnit.kind === 'percent' || firstUnit.kind === 'duration' || firstUnit.kind === 'dose') {
    const rs = sticky(RANGE_SEP, text, firstUnit ? firstUnit.end : end);
    // "increased from 35 % to 66 %" is a change; "doses from 30 to 3000 \u00b5g/kg" a range
    const fromTo = /(?:increas|decreas|ris|rose|fell|fall|improv|grew|grow|drop|declin|went|chang|reduc|climb|jump|shift|mov)\w*[ ](?:\w+[ ]){0,3}from[ ]$/.test(lowerLeft) && rs?.[1] === 'to';
    if (rs && rs[1] !== 'and' && !fromTo && isDigit(text[rs.index + rs[0].length])) {
      const n2 = readNumber(text, rs.index + rs[0].length);
      // only a range when the second number is larger and not a year-like run ("2027-2028" is a date range below)
      if (n2 && n2.value > num.value && !isDigit(text[n2.end]) && (rs[1] !== '-' || rs[0] === '-')) {
        second = n2;
        rangeEnd = n2.end;
      }
    }
  }
  const unitAt = second ? rangeEnd : end;
  const unit = (second ? unitAfter(text, unitAt) : firstUnit) ?? (second && firstUnit ? firstUnit : undefined);
  if (second) { value = [num.value, second.value]; end = rangeEnd; reading = reading ?? second.reading; }

  // years and year ranges: "2027", "2026E", "(2027-2028)"
  if (!unit && Number.isInteger(num.value) && num.value >= 1990 && num.value <= 2099 && /^\d{4}$/.test(text.slice(num.start, num.end))) {
    let e = num.end;
    let estimate = false;
    if (text[e] === 'E' && !isLetter(text[e + 1])) { e++; estimate = true; }
    const r = /^-((?:19|20)\d{2})(?!\d)/.exec(text.slice(e, e + 6));
    if (r) return { start: num.start, end: e + r[0].length, figureKind: 'date', value: [num.value, Number(r[1])], unit: 'year', iso: `${num.value}/${r[1]}` };
    return { start: num.start, end: e, figureKind: 'date', value: num.value, unit: 'year', iso: String(num.value), reading: estimate ? 'estimate (E)' : undefined };
  }

  // "X2", "mRNA1273": not a figure; but "Placebo3 of 60 (5.0 %)" is a table row's count
  if (gluedToWord && !unit && !reading && !/^ of \d/.test(text.slice(end, end + 5))) return undefined;
  if (!unit) {
    const cw = sticky(CURRENCY_WORD, text, end);
    if (cw && CURRENCY_WORDS[cw[1]]) return { start: cmp?.start ?? num.start, end: cw.index + cw[0].length, figureKind: 'money', value, unit: CURRENCY_WORDS[cw[1]], comparator, reading, role: moneyRole(lowerLeft, text.slice(cw.index + cw[0].length)) };
  }

  if (unit) {
    end = unit.end;
    let figureKind: FigureKind = unit.kind === 'money-scale' ? 'other' : unit.kind;
    let unitText = unit.unit;
    let level: number | undefined;
    let timepoint: boolean | undefined;
    if (unit.kind === 'percent') {
      const ci = sticky(CI_AFTER_PERCENT, text, end);
      if (ci && !second) {
        // "95% CI 0.38-0.69", "(95% CI: 42.8%, 57.2%)"
        const at = ci.index + ci[0].length;
        const loNeg = text[at] === '-' && isDigit(text[at + 1]);
        const loRaw = isDigit(text[at + (loNeg ? 1 : 0)]) ? readNumber(text, at + (loNeg ? 1 : 0)) : undefined;
        const lo = loRaw && loNeg ? { ...loRaw, value: -loRaw.value } : loRaw;
        if (lo) {
          let p = lo.end;
          const loPct = /^[ ]?%/.exec(text.slice(p, p + 2));
          if (loPct) p += loPct[0].length;
          const sep = /^[ ]?(?:-|to|bis|,)[ ]?/.exec(text.slice(p, p + 5));
          const hiAt = sep ? p + sep[0].length : -1;
          const hiNeg = sep !== null && text[hiAt] === '-' && isDigit(text[hiAt + 1]);
          const hiRaw = sep && isDigit(text[hiAt + (hiNeg ? 1 : 0)]) ? readNumber(text, hiAt + (hiNeg ? 1 : 0)) : undefined;
          const hi = hiRaw && hiNeg ? { ...hiRaw, value: -hiRaw.value } : hiRaw;
          if (hi) {
            let e = hi.end;
            const hiPct = /^[ ]?%/.exec(text.slice(e, e + 2));
            if (hiPct) e += hiPct[0].length;
            return { start: num.start, end: e, figureKind: 'ci', value: [lo.value, hi.value], unit: loPct || hiPct ? '%' : '', level: num.value, reading: lo.reading ?? hi.reading };
          }
        }
      }
    }
    if (unit.kind === 'duration' && unit.adjective) timepoint = true;
    let schedule: string | undefined;
    if (unit.kind === 'dose') {
      const sch = sticky(SCHEDULE, text, end);
      if (sch) { schedule = sch[1]; end = sch.index + sch[0].length; }
    }
    if (unit.kind === 'money-scale') {
      // "45 million euros"
      const cw = sticky(CURRENCY_WORD, text, end);
      if (cw) {
        const scale = SCALES[unit.unit] ?? 1;
        const v = Array.isArray(value) ? [round(value[0] * scale), round(value[1] * scale)] as [number, number] : round(value * scale);
        return { start: cmp?.start ?? num.start, end: cw.index + cw[0].length, figureKind: 'money', value: v, unit: CURRENCY_WORDS[cw[1]] ?? cw[1], comparator, reading, role: moneyRole(lowerLeft, text.slice(cw.index + cw[0].length)) };
      }
      const noun = sticky(COUNT_NOUN, text, end);
      if (noun) {
        const scale = SCALES[unit.unit] ?? 1;
        const v = Array.isArray(value) ? [round(value[0] * scale), round(value[1] * scale)] as [number, number] : round(value * scale);
        return { start: cmp?.start ?? num.start, end: noun.index + noun[0].length, figureKind: 'count', value: v, unit: canonicalCountNoun(noun[1]), comparator, reading };
      }
      figureKind = 'other';
      unitText = unit.unit;
    }
    if (unit.kind === 'count') {
      const per = sticky(PER_YEAR, text, end);
      if (per) { unitText += '/' + per[1]; end = per.index + per[0].length; }
    }
    if (hrEq && unit.kind !== 'percent') figureKind = 'ratio';
    return { start: comparator && cmp ? cmp.start : num.start, end, figureKind, value, unit: unitText, comparator, reading, level, timepoint, ...(schedule ? { schedule } : {}) };
  }

  // no unit: hazard ratios, "8 of 22", "8/22", "2:1", ordinals, bare numbers
  if (hrEq && !second) {
    return { start: num.start, end, figureKind: 'ratio', value: num.value, unit: ratioUnit(hrEq[0]), comparator, reading };
  }
  const of = sticky(OF_N, text, end) ?? sticky(SLASH_N, text, end);
  if (of && !second && Number.isInteger(num.value)) {
    const den = Number(of[1].replace(/,/g, ''));
    // a part larger than its whole ("31 of 25 patients") is still read, so impossible-value can report it
    if (den > 0 && (den >= num.value || of[0].startsWith(' ')) && !(of[0].startsWith('/') && isDigit(text[of.index + of[0].length]))) {
      let e = of.index + of[0].length;
      const noun = sticky(COUNT_NOUN, text, e);
      if (noun) e = noun.index + noun[0].length;
      return { start: num.start, end: e, figureKind: 'count', value: num.value, unit: noun ? canonicalCountNoun(noun[1]) : '', denominator: den, comparator, reading };
    }
  }
  const colon = sticky(RATIO_COLON, text, end);
  if (colon && !second && Number.isInteger(num.value)) {
    const d = Number(colon[1]);
    // "randomised 3:1" is a ratio; "a 3:3 modular layout" is a description, not a measured quantity
    const isRatio = /randomi[sz]|allocat|ratio/.test(lowerLeft) || /^[ ]?(?:randomi[sz]|ratio|allocation)/i.test(text.slice(colon.index + colon[0].length, colon.index + colon[0].length + 16));
    return { start: num.start, end: colon.index + colon[0].length, figureKind: isRatio ? 'ratio' : 'other', value: d === 0 ? num.value : round(num.value / d), unit: ':', reading: `written ${num.value}:${d}` };
  }
  const ord = sticky(ORDINAL, text, end);
  if (ord) {
    const isDay = /(?:^|[^a-z])(?:on )?the $/.test(lowerLeft) && num.value >= 1 && num.value <= 31;
    return { start: num.start, end: ord.index + ord[0].length, figureKind: isDay ? 'date' : 'other', value: num.value, unit: isDay ? 'day-of-month' : 'ordinal' };
  }
  return { start: comparator && cmp ? cmp.start : num.start, end, figureKind: 'other', value, unit: '', comparator, reading };
}

export interface UnitHit { kind: FigureKind | 'money-scale'; unit: string; end: number; adjective?: boolean }

export function unitAfter(text: string, at: number): UnitHit | undefined {
  let m = sticky(PERCENT, text, at);
  if (m) return { kind: 'percent', unit: /point|pp|punkte/i.test(m[1]) ? 'percentage points' : '%', end: at + m[0].length };
  m = sticky(DURATION_ADJ, text, at);
  if (m) return { kind: 'duration', unit: m[1] + 's', end: at + m[0].length, adjective: true };
  // German compounds: "12-Monats-Überlebensrate", "24-Wochen-Daten"
  m = sticky(DURATION_ADJ_DE, text, at);
  if (m) return { kind: 'duration', unit: GERMAN_PERIOD[m[1]], end: at + m[0].length, adjective: true };
  // "a 160-patient Phase 2 trial"
  m = sticky(COUNT_ADJ, text, at);
  if (m) return { kind: 'count', unit: m[1] + 's', end: at + m[0].length };
  m = sticky(FOLD, text, at);
  if (m) return { kind: 'ratio', unit: 'fold', end: at + m[0].length };
  m = sticky(DURATION, text, at);
  if (m) return { kind: 'duration', unit: canonicalDuration(m[1]), end: at + m[0].length };
  m = sticky(MEASURE, text, at);
  if (m) return { kind: 'other', unit: /^(?:points?|Punkte[n]?)$/.test(m[1]) ? 'points' : m[1].replace('m2', 'm\u00b2').replace(/^lb$/, 'lbs'), end: at + m[0].length };
  m = sticky(DOSE, text, at);
  if (m) return { kind: 'dose', unit: m[1].replace(/^ug$|^mcg$/, '\u00b5g') + (m[2] ?? '').replace('m2', 'm\u00b2'), end: at + m[0].length };
  m = sticky(COUNT_NOUN, text, at);
  if (m) return { kind: 'count', unit: canonicalCountNoun(m[1]), end: at + m[0].length };
  m = sticky(VOLUME, text, at);
  if (m) return { kind: 'other', unit: 'L', end: at + m[0].length };
  m = sticky(SCALE, text, at);
  if (m && /^(trillion|billion|million|thousand|bn|mn|Mio\.|Mrd\.|Millionen|Milliarden|Billionen)$/.test(m[1])) return { kind: 'money-scale', unit: m[1].toLowerCase(), end: at + m[0].length };
  return undefined;
}

function canonicalDuration(u: string): string {
  const l = u.toLowerCase().replace('.', '');
  if (l.startsWith('mo') || l.startsWith('m\u00e5n')) return 'months';
  if (l.startsWith('w') || l.startsWith('v')) return 'weeks';
  if (l.startsWith('y') || l.startsWith('j') || l === '\u00e5r') return 'years';
  if (l.startsWith('d') || l.startsWith('t')) return 'days';
  return 'hours';
}

const GERMAN_COUNT: [RegExp, string][] = [
  [/^patient/i, 'patients'], [/^teilnehm/i, 'participants'], [/^proband/i, 'participants'], [/zentren$/i, 'sites'], [/^mitarbeit/i, 'employees'],
  [/^besch\u00e4ftigt/i, 'employees'], [/^frauen$/i, 'women'], [/^m\u00e4nner$/i, 'men'], [/^erwachsene/i, 'adults'], [/^kinder/i, 'children'],
];

function canonicalCountNoun(noun: string): string {
  // German nouns; "Patient" only in its German forms, so English "patients" passes through
  for (const [re, en] of GERMAN_COUNT) if (re.test(noun) && (en !== 'patients' || /^Patient(?:en|innen)/.test(noun))) return en;
  const l = noun.toLowerCase();
  // "45,000,000 H shares": the share class is not part of what is counted
  if (/^[a-z] shares$/.test(l)) return 'shares';
  if (/^lines? of /.test(l)) return 'lines';
  return l === 'patient' ? 'patients' : l;
}

function pvalueComparator(s: string): string {
  if (/<=|\u2264/.test(s)) return '\u2264';
  if (/>=|\u2265/.test(s)) return '\u2265';
  if (/</.test(s)) return '<';
  if (/>/.test(s)) return '>';
  return '=';
}

/** What a sum of money is in a deal: read from the words right after it ("$35 million upfront", "$700 million in milestones"), else the nearest role word before it. */
function moneyRole(lowerLeft: string, right = ''): string | undefined {
  const r = right.slice(0, 40).toLowerCase();
  if (/^[ ,]*(?:in )?(?:an? )?(?:upfront|up-front)\b/.test(r)) return 'upfront';
  if (/^[ ,]*(?:in |of )?(?:potential |additional |future )?(?:development(?:,| and)? |regulatory(?:,| and)? |commercial(?:,| and)? |sales[- ]based |clinical )*milestones?\b/.test(r)) return 'milestones';
  if (/^[ ,]*(?:in total|in aggregate|total)\b/.test(r)) return 'total';
  // "the US$2.4 billion agreement", "a $3 billion licensing deal"
  if (/^[ ]?(?:(?:licensing|license|licence|global|exclusive|worldwide|strategic|collaboration) )?(?:agreement|deal|transaction|partnership|acquisition)\b/.test(r)) return 'total';
  const l = lowerLeft.slice(-40);
  let best: string | undefined, at = -1;
  for (const [re, role] of [[/upfront|up-front|initial payment/g, 'upfront'], [/milestone/g, 'milestones'], [/total|worth|valued at|deal value|aggregate/g, 'total']] as [RegExp, string][]) {
    let m: RegExpExecArray | null;
    while ((m = re.exec(l)) !== null) if (m.index > at) { at = m.index; best = role; }
  }
  return best;
}

function round(v: number): number { return Math.round(v * 1e6) / 1e6; }

/** The kind of ratio its label names: hazard ratio "HR", odds ratio "OR", "rate ratio", relative risk "RR". */
function ratioUnit(label: string): string {
  const l = label.toLowerCase();
  if (/odds ratio|\bor\b/.test(l)) return 'OR';
  if (/rate ratio/.test(l)) return 'rate ratio';
  if (/relative risk|\brr\b/.test(l)) return 'RR';
  return 'HR';
}

const TABLE_UNIT = /\((US\$|HK\$|A\$|C\$|\$|\u20ac|\u00a3|\u00a5|\u20a9|[A-Z]{3})?[ ]?(bn|billion|mn|million|m|k|thousand|tn|trillion)?\)/;

/**
 * The unit a flattened table's label declares for its numbers: "Income statement (NOK m)",
 * "Summary table (US$m)", "Shares in issue (m)", "Price objective (JPY)". Undefined when the
 * parentheses hold something else ("(bladder cancer)").
 */
export function tableUnitSpec(label: string): { currency?: string; scale: number; at: number; end: number } | undefined {
  const m = TABLE_UNIT.exec(label);
  if (!m || (!m[1] && !m[2])) return undefined;
  let currency: string | undefined;
  if (m[1]) {
    currency = CURRENCY_SYMBOLS.find(([sym]) => sym.trim() === m[1])?.[1] ?? CURRENCY_WORDS[m[1]];
    if (!currency) return undefined;
  }
  return { currency, scale: m[2] ? SCALES[m[2]] ?? 1 : 1, at: m.index, end: m.index + m[0].length };
}
