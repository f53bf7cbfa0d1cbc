/**
 * Numbers written the way `Intl.NumberFormat('en-US', { maximumFractionDigits })` writes them
 * ("1,234,567.89"), without ICU: creating an ICU number formatter, or calling
 * `Number.prototype.toLocaleString`, maps in several MB of locale data that the process then keeps
 * for its whole life (measured on Node 20: 7.7 MB of resident memory, more than the rest of the
 * server's idle growth). Same output as ICU, character for character: ICU rounds the shortest
 * decimal that reads back as the number (JavaScript's `String(v)`), half away from zero, so that is
 * what is rounded here; the cases this does not write (exponents, infinities, NaN, -0) go to ICU.
 */

let icu: Map<number, Intl.NumberFormat> | undefined;

/** ICU's own answer, for the cases `formatNumber` leaves to it (a formatter per number of digits, made when first needed). */
function viaIcu(v: number, maxFractionDigits: number): string {
  icu ??= new Map();
  let f = icu.get(maxFractionDigits);
  if (!f) icu.set(maxFractionDigits, f = new Intl.NumberFormat('en-US', { maximumFractionDigits: maxFractionDigits }));
  return f.format(v);
}

/** `v` with at most `maxFractionDigits` decimals (0 to 20), rounded half away from zero, and commas between groups of three digits. */
export function formatNumber(v: number, maxFractionDigits: number): string {
  if (!Number.isFinite(v) || Object.is(v, -0) || !Number.isInteger(maxFractionDigits) || maxFractionDigits < 0 || maxFractionDigits > 20) return viaIcu(v, maxFractionDigits);
  const written = String(Math.abs(v));
  if (!/^\d+(?:\.\d+)?$/.test(written)) return viaIcu(v, maxFractionDigits); // an exponent: very large or very small
  const dot = written.indexOf('.');
  let whole = dot < 0 ? written : written.slice(0, dot);
  let fraction = dot < 0 ? '' : written.slice(dot + 1);
  if (fraction.length > maxFractionDigits) {
    const up = fraction.charCodeAt(maxFractionDigits) >= 0x35; // the first digit dropped is 5 or more: away from zero
    const digits = (whole + fraction.slice(0, maxFractionDigits)).split('');
    if (up) {
      let i = digits.length - 1;
      while (i >= 0 && digits[i] === '9') digits[i--] = '0';
      if (i >= 0) digits[i] = String.fromCharCode(digits[i].charCodeAt(0) + 1);
      else digits.unshift('1');
    }
    const wholeLength = digits.length - maxFractionDigits;
    whole = digits.slice(0, wholeLength).join('');
    fraction = digits.slice(wholeLength).join('');
  }
  fraction = fraction.replace(/0+$/, '');
  let grouped = '';
  for (let end = whole.length; end > 0; end -= 3) grouped = whole.slice(Math.max(0, end - 3), end) + (grouped ? ',' + grouped : '');
  return (v < 0 ? '-' : '') + grouped + (fraction ? '.' + fraction : '');
}
