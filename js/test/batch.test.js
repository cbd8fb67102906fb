// The batch functions (*Batch): each element exactly what the single
// function gives it, from an Int32Array of day numbers and from an array of
// texts; a refused element throws CostshareError with its index and returns
// nothing, the caller's array untouched; empty arrays; large arrays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cs from '../index.js';
import { rng } from './helpers.js';

const E = cs.ErrorCode;
const next = rng(0x5eed0fba7c4n);
const MIN = cs.dateParse('0001-01-01');
const MAX = cs.dateParse('9999-12-31');

// Edge dates: the ends of the calendar and of the Swedish calendar, month
// ends and leap days, the eves and holidays; then random days of the whole
// range and of 1990-2099. A few hundred in all.
const EDGES = [
  '0001-01-01', '0001-01-02', '0001-01-31', '0001-02-28', '0001-03-01', '0001-12-31', '0004-02-29',
  '1899-12-31', '1900-02-28', '1900-03-01', '1969-12-31', '1970-01-01', '1989-12-30', '1989-12-31',
  '1990-01-01', '1990-01-02', '1999-12-31', '2000-01-01', '2000-02-29', '2004-05-31', '2005-06-06',
  '2016-02-29', '2018-11-18', '2023-01-28', '2023-01-31', '2023-02-28', '2023-05-26', '2024-01-31',
  '2024-02-29', '2024-03-29', '2024-04-13', '2024-06-21', '2024-06-22', '2024-07-31', '2024-08-01',
  '2024-09-15', '2024-09-30', '2024-12-24', '2024-12-25', '2024-12-31', '2025-01-06', '2100-02-28',
  '9998-12-31', '9999-01-31', '9999-10-31', '9999-11-01', '9999-11-30', '9999-12-01', '9999-12-24',
  '9999-12-29', '9999-12-30', '9999-12-31',
];
const randomDay = (lo, hi) => lo + Number(next() % BigInt(hi - lo + 1));
const DAYS = [
  ...EDGES.map(cs.dateParse),
  ...Array.from({ length: 150 }, () => randomDay(MIN, MAX)),
  ...Array.from({ length: 150 }, () => randomDay(cs.dateParse('1990-01-01'), cs.dateParse('2099-12-31'))),
];
// Day numbers the library has no date for: just outside the calendar, and far.
const OUTSIDE = [MIN - 1, MAX + 1, -(2 ** 31), 2 ** 31 - 1];

// Each batch with the single function it repeats and the arguments tried.
const CASES = [
  {
    name: 'dateAddBatch', single: cs.dateAdd,
    args: [[2, 'months'], [-1, 'years'], [0, 'days'], [7, 'weeks'], [-13, cs.Unit.MONTHS], [400, 'days'], [3000, 'years']],
  },
  { name: 'seIsBusinessDayBatch', single: cs.seIsBusinessDay, args: [[]] },
  { name: 'seDeadlineBatch', single: cs.seDeadline, args: [[]] },
  {
    name: 'noticeEndBatch', single: cs.noticeEnd,
    args: [[2, 'months'], [0, 'months'], [3, 'years', { calendarPeriods: true }],
      [3, 'years', { calendarPeriods: true, calendarCountCurrent: true }], [6, 'weeks'], [30, 'days', {}]],
  },
  {
    name: 'noticeLatestBatch', single: cs.noticeLatest,
    args: [[2, 'months'], [1, 'months', { seDeadline: true }], [3, 'years', { calendarPeriods: true }],
      [2, 'months', { calendarPeriods: true, calendarCountCurrent: true, seDeadline: true }], [0, 'days']],
  },
  { name: 'refundStartBatch', single: cs.refundStart, args: [[]] },
];

// The single function on a day number: its result as the batch gives it
// for an Int32Array (a day number, or 1 and 0), or the code it refuses with.
function singleOnDay(single, day, args) {
  try {
    const r = single(cs.dateFormat(day), ...args);
    return { ok: true, text: r, day: typeof r === 'boolean' ? (r ? 1 : 0) : cs.dateParse(r) };
  } catch (e) {
    assert.ok(e instanceof cs.CostshareError, String(e));
    return { ok: false, code: e.code };
  }
}
const label = (name, args) => `${name}(${JSON.stringify(args)})`;

for (const { name, single, args: argSets } of CASES) {
  const batch = cs[name];
  const cName = `costshare_${name.replace(/Batch$/, '_batch').replace(/[A-Z]/g, (x) => `_${x.toLowerCase()}`)}`;

  test(`${name}: every element as ${single.name} gives it, from an Int32Array and from texts`, () => {
    for (const args of argSets) {
      const singles = DAYS.map((d) => singleOnDay(single, d, args));
      const ok = DAYS.filter((_, i) => singles[i].ok);
      const expected = singles.filter((s) => s.ok);
      assert.ok(ok.length > 250, `${label(name, args)}: only ${ok.length} days accepted`);

      const input = Int32Array.from(ok);
      const out = batch(input, ...args);
      assert.ok(out instanceof Int32Array, 'an Int32Array in, an Int32Array out');
      assert.notEqual(out, input);
      assert.deepEqual(Array.from(out), expected.map((s) => s.day), label(name, args));
      assert.deepEqual(input, Int32Array.from(ok), 'the input is not written to');

      const texts = ok.map(cs.dateFormat);
      const fromTexts = batch(texts, ...args);
      assert.ok(Array.isArray(fromTexts), 'an Array in, an Array out');
      assert.deepEqual(fromTexts, expected.map((s) => s.text), label(name, args));

      // A subarray (an Int32Array that starts inside its buffer) works too.
      const sub = batch(input.subarray(3, 40), ...args);
      assert.deepEqual(Array.from(sub), expected.slice(3, 40).map((s) => s.day));
    }
  });

  test(`${name}: a refused element throws with its code and index, and nothing is returned`, () => {
    for (const args of argSets) {
      const singles = DAYS.map((d) => singleOnDay(single, d, args));
      const good = DAYS.filter((_, i) => singles[i].ok).slice(0, 60);
      const bad = [...DAYS.filter((_, i) => !singles[i].ok), ...OUTSIDE];
      for (const [k, badDay] of bad.slice(0, 12).entries()) {
        const code = singleOnDay(single, badDay, args).code;
        assert.ok(code < 0, `${label(name, args)}: ${badDay} is refused by ${single.name}`);
        const at = (k * 7) % good.length;
        const days = [...good.slice(0, at), badDay, ...good.slice(at)];
        // A second refused element later on: the first is the one reported.
        days.push(bad[(k + 1) % bad.length]);
        const input = Int32Array.from(days);
        let result;
        assert.throws(() => { result = batch(input, ...args); }, (e) => {
          assert.ok(e instanceof cs.CostshareError, String(e));
          assert.equal(e.code, code, `${label(name, args)}: day ${badDay}`);
          assert.equal(e.name, cs.errorName(code));
          assert.equal(e.message, cs.errorMessage(code));
          assert.equal(e.functionName, cName);
          assert.equal(e.index, at);
          return true;
        });
        assert.equal(result, undefined);
        assert.deepEqual(input, Int32Array.from(days), 'the input is not written to');

        // The same from texts, where every day has a text.
        if (days.every((d) => d >= MIN && d <= MAX)) {
          const texts = days.map(cs.dateFormat);
          const copy = [...texts];
          assert.throws(() => batch(texts, ...args), (e) => e instanceof cs.CostshareError && e.code === code &&
            e.functionName === cName && e.index === at);
          assert.deepEqual(texts, copy);
        }
      }
    }
    // The module is still usable.
    assert.equal(batch(Int32Array.from([cs.dateParse('2024-09-30')]), ...argSets[0]).length, 1);
  });

  test(`${name}: empty arrays`, () => {
    for (const args of argSets) {
      const out = batch(new Int32Array(0), ...args);
      assert.ok(out instanceof Int32Array);
      assert.equal(out.length, 0);
      assert.deepEqual(batch([], ...args), []);
    }
  });

  test(`${name}: 100 000 dates in one call`, () => {
    const n = 100000;
    const args = argSets[0];
    const lo = cs.dateParse('1990-01-01');
    const hi = cs.dateParse('2099-12-31');
    const input = Int32Array.from({ length: n }, () => randomDay(lo, hi));
    const out = batch(input, ...args);
    assert.ok(out instanceof Int32Array);
    assert.equal(out.length, n);
    for (let i = 0; i < n; i += 997) {
      assert.equal(out[i], singleOnDay(single, input[i], args).day, `element ${i}`);
    }
    assert.equal(out[n - 1], singleOnDay(single, input[n - 1], args).day);
    // A refused element at the very end.
    const withBad = input.slice();
    withBad[n - 1] = MAX + 1;
    assert.throws(() => batch(withBad, ...args), (e) => e instanceof cs.CostshareError && e.index === n - 1);
    // From texts, the same results as texts.
    if (name === 'dateAddBatch') {
      const texts = Array.from(input, cs.dateFormat);
      assert.deepEqual(batch(texts, ...args), Array.from(out, cs.dateFormat));
    }
  });
}

test('texts: a string that does not parse is refused at its position, unless an element before it is', () => {
  const refused = (code, functionName, index) => (e) => {
    assert.ok(e instanceof cs.CostshareError, String(e));
    assert.deepEqual([e.code, e.functionName, e.index], [code, functionName, index]);
    return true;
  };
  assert.throws(() => cs.seDeadlineBatch(['2024-01-01', '2024-1-2', '2024-01-03']),
    refused(E.EPARSE, 'costshare_date_parse', 1));
  assert.throws(() => cs.seDeadlineBatch(['2024-01-01', '2024-02-30']), refused(E.ERANGE, 'costshare_date_parse', 1));
  assert.throws(() => cs.seDeadlineBatch(['2024-01-01', '1989-12-31', 'x']),
    refused(E.ERANGE, 'costshare_se_deadline_batch', 1));
  assert.throws(() => cs.seDeadlineBatch(['x', '1989-12-31']), refused(E.EPARSE, 'costshare_date_parse', 0));
  assert.throws(() => cs.refundStartBatch(['2024-09-30', '9999-12-15', '']),
    refused(E.ERANGE, 'costshare_refund_start_batch', 1));
});

test('arguments the same for every element: COSTSHARE_EINVAL has no index, even for no elements', () => {
  const refused = (code, functionName, index) => (e) => {
    assert.ok(e instanceof cs.CostshareError, String(e));
    assert.deepEqual([e.code, e.functionName, e.index], [code, functionName, index]);
    return true;
  };
  const days = Int32Array.from([cs.dateParse('2024-09-30'), cs.dateParse('1980-01-01')]);
  assert.throws(() => cs.dateAddBatch(days, 1, 9), refused(E.EINVAL, 'costshare_date_add_batch', null));
  assert.throws(() => cs.dateAddBatch([], 1, 9), refused(E.EINVAL, 'costshare_date_add_batch', null));
  assert.throws(() => cs.dateAddBatch(['x'], 1, 9), refused(E.EINVAL, 'costshare_date_add_batch', null));
  assert.throws(() => cs.noticeEndBatch(days, 1, 'years', { calendarCountCurrent: true }),
    refused(E.EINVAL, 'costshare_notice_end_batch', null));
  assert.throws(() => cs.noticeLatestBatch(days, 1, -3), refused(E.EINVAL, 'costshare_notice_latest_batch', null));
  // A negative notice period refuses every element, so the first.
  assert.throws(() => cs.noticeEndBatch(days, -1, 'months'), refused(E.ERANGE, 'costshare_notice_end_batch', 0));
  assert.throws(() => cs.noticeLatestBatch(['2024-09-30'], -1, 'months'),
    refused(E.ERANGE, 'costshare_notice_latest_batch', 0));
  assert.deepEqual(cs.noticeEndBatch([], -1, 'months'), []);
});

test('CostshareError.index is null for a call that is not a batch', () => {
  assert.throws(() => cs.refundStart('9999-12-15'), (e) => e instanceof cs.CostshareError && e.index === null);
  assert.throws(() => cs.split(1n, []), (e) => e instanceof cs.CostshareError && e.index === null);
});

test('JavaScript values that cannot be passed: TypeError and RangeError before the call', () => {
  const good = Int32Array.from([cs.dateParse('2024-09-30')]);
  assert.throws(() => cs.seDeadlineBatch('2024-09-30'), TypeError);
  assert.throws(() => cs.seDeadlineBatch(new Uint32Array(1)), TypeError);
  assert.throws(() => cs.seDeadlineBatch(new Float64Array(1)), TypeError);
  assert.throws(() => cs.seDeadlineBatch([19996]), TypeError);
  assert.throws(() => cs.seDeadlineBatch(['2024-09-30', null]), TypeError);
  assert.throws(() => cs.refundStartBatch([new Date()]), TypeError);
  assert.throws(() => cs.seIsBusinessDayBatch(undefined), TypeError);
  assert.throws(() => cs.dateAddBatch(good, 1.5, 'days'), RangeError);
  assert.throws(() => cs.dateAddBatch(good, 2 ** 31, 'days'), RangeError);
  assert.throws(() => cs.dateAddBatch(good, 1, 'fortnights'), RangeError);
  assert.throws(() => cs.noticeEndBatch(good, 1, 'months', { seDeadline: true }), TypeError);
  assert.throws(() => cs.noticeLatestBatch(good, 1, 'months', { seDeadline: 1 }), TypeError);
  assert.deepEqual(Array.from(cs.dateAddBatch(good, 1, 'days')), [cs.dateParse('2024-10-01')]);
});
