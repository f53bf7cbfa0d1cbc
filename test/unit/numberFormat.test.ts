/**
 * formatNumber writes numbers as ICU's en-US formatter does, without loading ICU's locale data:
 * compared with Intl.NumberFormat and toLocaleString over values that round every way.
 */
import { strict as assert } from 'assert';
import { formatNumber } from '../../server/src/shared/numberFormat';

describe('formatNumber', () => {
  const icu = (digits: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });

  it('writes what ICU writes, halves and carries included', () => {
    const values = [0, -0, 1, -1, 0.5, 1.005, 2.675, 1.0005, 999.995, 999.9995, -0.001, -0.005, 0.0005, 1e6, 1.2e9, 12500000,
      1234.5, -1234.565, 99.995, 0.125, 1.255, 1e20, 1e21, 1e-7, NaN, Infinity, -Infinity, 0.1 + 0.2, 4503599627370496.5];
    for (const digits of [0, 2, 3]) for (const v of values) assert.equal(formatNumber(v, digits), icu(digits).format(v), `${v} with ${digits} digits`);
  });

  it('agrees with ICU and toLocaleString on many values of every size', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const two = icu(2);
    for (let i = 0; i < 20000; i++) {
      let v = random() * 10 ** (Math.floor(random() * 24) - 8);
      if (random() < 0.3) v = -v;
      if (random() < 0.3) v = Math.round(v * 1000) / 1000 + 0.005;
      assert.equal(formatNumber(v, 2), two.format(v), String(v));
      assert.equal(formatNumber(v, 3), v.toLocaleString('en-US'), String(v));
    }
  });

  it('writes commas between groups of three digits', () => {
    assert.equal(formatNumber(1234567.891, 2), '1,234,567.89');
    assert.equal(formatNumber(-45000000, 2), '-45,000,000');
    assert.equal(formatNumber(999.999, 2), '1,000');
  });
});
