// The exact reference properties, checked against arithmetic done here in
// BigInt (never against the library's own output): largest remainder with
// its tie rule, the legacy method and its residual, percentages, exact
// scaling in every rounding mode, the post cost, pro-rating, and the inverse
// of the notice period.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cs from '../index.js';
import { rng } from './helpers.js';

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const next = rng();
const below = (n) => next() % n; // 0 <= x < n (n a BigInt)
const sum = (a) => a.reduce((x, y) => x + y, 0n);
const abs = (x) => (x < 0n ? -x : x);
// A value of random magnitude: up to `bits` bits, often small.
const magnitude = (bits) => below(1n << (1n + below(BigInt(bits))));

// Largest remainder of quotas num_i / den over `units` units: floor each,
// then one unit each to the largest remainders, ties to the larger weight,
// then the lower index.
function hamilton(nums, den, units, weights) {
  const base = nums.map((x) => x / den);
  const rem = nums.map((x) => x % den);
  const order = nums.map((_, i) => i).sort((i, j) =>
    rem[i] !== rem[j] ? (rem[j] > rem[i] ? 1 : -1) : weights[i] !== weights[j] ? (weights[j] > weights[i] ? 1 : -1) : i - j);
  const left = units - sum(base);
  for (let k = 0n; k < left; k++) base[order[Number(k)]] += 1n;
  return base;
}

function referenceSplit(total, weights, { method = 0, unit = 1n, fixed = 0n } = {}) {
  const n = BigInt(weights.length);
  const W = sum(weights);
  const t = abs(total) / unit;
  const f = abs(fixed) / unit;
  // q_i = f / n + (t - f) * w_i / W = (f * W + n * (t - f) * w_i) / (n * W)
  const nums = weights.map((w) => f * W + n * (t - f) * w);
  const den = n * W;
  let units;
  if (method === 0) {
    units = hamilton(nums, den, t, weights);
  } else {
    units = nums.map((x) => (2n * x + den) / (2n * den)); // half away from zero, on |total|
  }
  const shares = units.map((u) => (total < 0n ? -u * unit : u * unit));
  return { shares, residual: sum(shares) - total };
}

function randomWeights(maxParties = 40) {
  const n = 1 + Number(below(BigInt(maxParties)));
  const bits = 1 + Number(below(40n));
  const w = Array.from({ length: n }, () => (below(5n) === 0n ? 0n : magnitude(bits)));
  if (sum(w) === 0n) w[0] = 1n;
  return w;
}

test('split: largest remainder exactly as the reference, shares sum to the total', () => {
  for (let k = 0; k < 400; k++) {
    const w = randomWeights();
    const total = (below(2n) === 0n ? 1n : -1n) * magnitude(62);
    const shares = cs.split(total, w);
    assert.deepEqual(shares, referenceSplit(total, w).shares, `total ${total} weights ${w}`);
    assert.equal(sum(shares), total);
  }
});

test('split: ties go to the larger weight, then the lower index', () => {
  assert.deepEqual(cs.split(1n, [1n, 1n, 1n]), [1n, 0n, 0n]);
  assert.deepEqual(cs.split(2n, [1n, 1n, 1n]), [1n, 1n, 0n]);
  assert.deepEqual(cs.split(1n, [2n, 2n, 4n]), [0n, 0n, 1n]);
  assert.deepEqual(cs.split(-1n, [1n, 1n]), [-1n, 0n]);
});

test('split: a credit is the mirror image, INT64_MIN included; scaling the weights changes nothing', () => {
  for (let k = 0; k < 100; k++) {
    const w = randomWeights(20);
    const total = magnitude(62);
    assert.deepEqual(cs.split(-total, w), cs.split(total, w).map((x) => -x));
    const scaled = w.map((x) => x * 3n);
    if (sum(scaled) <= INT64_MAX) assert.deepEqual(cs.split(total, scaled), cs.split(total, w));
  }
  const w = [3n, 5n, 7n];
  assert.deepEqual(cs.split(INT64_MIN, w), referenceSplit(INT64_MIN, w).shares);
  assert.equal(sum(cs.split(INT64_MIN, w)), INT64_MIN);
});

test('splitEx: unit, fixed part and the legacy method as the reference, with the residual', () => {
  for (let k = 0; k < 400; k++) {
    const w = randomWeights(25);
    const unit = [1n, 100n, 10000n, 1n + below(1000n)][Number(below(4n))];
    const method = Number(below(2n));
    let total = (below(2n) === 0n ? 1n : -1n) * magnitude(50);
    if (method === 1) total -= total % unit; // the legacy method needs whole units
    let fixed = 0n;
    if (below(2n) === 0n) {
      fixed = below(abs(total) + 1n);
      fixed -= fixed % unit;
      if (total < 0n) fixed = -fixed;
    }
    const options = { method, unit, fixed };
    const got = cs.splitEx(total, w, options);
    assert.deepEqual(got, referenceSplit(total, w, options), JSON.stringify(options, (_, v) => String(v)));
    assert.equal(sum(got.shares) - total, got.residual);
    for (const s of got.shares) assert.equal(s % unit, 0n);
  }
});

test('splitPercentages: the largest remainder of 100 * 10^decimals, summing to exactly 100', () => {
  for (let k = 0; k < 200; k++) {
    const w = randomWeights(30);
    const decimals = Number(below(7n));
    const hundred = 100n * 10n ** BigInt(decimals);
    const pct = cs.splitPercentages(w, decimals);
    assert.equal(sum(pct), hundred);
    assert.deepEqual(pct, referenceSplit(hundred, w).shares);
  }
});

// amount * numerator / denominator, exact, then rounded by mode.
function referenceScale(amount, numerator, denominator, mode) {
  let num = amount * numerator;
  let den = denominator;
  if (den < 0n) { num = -num; den = -den; }
  const floor = num >= 0n ? num / den : -((-num + den - 1n) / den);
  const rem = num - floor * den; // 0 <= rem < den
  switch (mode) {
    case 'floor': return floor;
    case 'ceiling': return rem === 0n ? floor : floor + 1n;
    case 'toward_zero': return num >= 0n || rem === 0n ? floor : floor + 1n;
    case 'half_even': return 2n * rem > den || (2n * rem === den && floor % 2n !== 0n) ? floor + 1n : floor;
    default: // half away from zero
      if (2n * rem > den) return floor + 1n;
      if (2n * rem < den) return floor;
      return num >= 0n ? floor + 1n : floor;
  }
}

test('roundScale: every mode as the exact reference; out of range is EOVERFLOW', () => {
  const modes = ['half_away', 'half_even', 'floor', 'ceiling', 'toward_zero'];
  const edge = [INT64_MIN, INT64_MIN + 1n, -1n, 0n, 1n, INT64_MAX, 2n, -2n, 3n];
  const pick = () => (below(4n) === 0n ? edge[Number(below(BigInt(edge.length)))]
    : (below(2n) === 0n ? 1n : -1n) * magnitude(63));
  for (let k = 0; k < 2000; k++) {
    const a = pick(), n = pick();
    let d = pick();
    if (d === 0n) d = 7n;
    const mode = modes[k % modes.length];
    const expected = referenceScale(a, n, d, mode);
    if (expected < INT64_MIN || expected > INT64_MAX) {
      assert.throws(() => cs.roundScale(a, n, d, mode), (e) => e.code === cs.ErrorCode.EOVERFLOW);
    } else {
      assert.equal(cs.roundScale(a, n, d, mode), expected, `${a} * ${n} / ${d} ${mode}`);
    }
  }
  assert.equal(cs.roundScale(5, 1, 2, 'half_even'), 2n);
  assert.equal(cs.roundScale(7, 1, 2, 'half_even'), 4n);
  assert.equal(cs.roundScale(-5, 1, 2), -3n);
});

test('postCost: monthly * (10000 + bp) * months / 10000, rounded once', () => {
  for (let k = 0; k < 300; k++) {
    const monthly = magnitude(40);
    const bp = below(1000001n);
    const months = Number(below(1000n));
    const expected = referenceScale(monthly * (10000n + bp), BigInt(months), 10000n, 'half_away');
    assert.equal(cs.postCost(monthly, bp, months), expected);
  }
});

test('refundProrate by days: amount * days of the part / days of the period', () => {
  const day = (d) => cs.dateParse(d);
  for (let k = 0; k < 300; k++) {
    const first = cs.dateAdd('2000-01-01', Number(below(9000n)), 'days');
    const last = cs.dateAdd(first, Number(below(800n)), 'days');
    const from = cs.dateAdd(first, Number(below(900n)) - 50, 'days');
    const to = cs.dateAdd(from, Number(below(900n)), 'days');
    const amount = (below(2n) === 0n ? 1n : -1n) * magnitude(50);
    const lo = Math.max(day(first), day(from));
    const hi = Math.min(day(last), day(to));
    const part = BigInt(Math.max(0, hi - lo + 1));
    const whole = BigInt(day(last) - day(first) + 1);
    assert.equal(cs.refundProrate(amount, first, last, from, to), referenceScale(amount, part, whole, 'half_away'));
  }
});

test('noticeLatest is the exact inverse of noticeEnd', () => {
  const units = ['days', 'weeks', 'months', 'years'];
  for (let k = 0; k < 400; k++) {
    const wanted = cs.dateAdd('1995-01-01', Number(below(30000n)), 'days');
    const count = Number(below(40n));
    const unit = units[k % 4];
    const options = { calendarPeriods: below(2n) === 0n };
    const latest = cs.noticeLatest(wanted, count, unit, options);
    assert.ok(cs.noticeEnd(latest, count, unit, options) <= wanted);
    assert.ok(cs.noticeEnd(cs.dateAdd(latest, 1, 'days'), count, unit, options) > wanted,
      `${wanted} ${count} ${unit} ${options.calendarPeriods}`);
  }
});
