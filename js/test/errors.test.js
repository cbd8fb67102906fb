// Bad inputs: what the library refuses comes back as CostshareError with its
// code, name and message; what cannot even be passed to it is a TypeError
// or RangeError of this layer. A refused call leaves the module usable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cs from '../index.js';

const refused = (code, functionName) => (e) => {
  assert.ok(e instanceof cs.CostshareError, `not a CostshareError: ${e}`);
  assert.equal(e.code, code);
  assert.equal(e.name, cs.errorName(code));
  assert.equal(e.message, cs.errorMessage(code));
  if (functionName) assert.equal(e.functionName, functionName);
  assert.ok(e instanceof Error);
  return true;
};
const E = cs.ErrorCode;

test('CostshareError carries the library code, name and message', () => {
  assert.throws(() => cs.split(100n, []), refused(E.ERANGE, 'costshare_split'));
  try {
    cs.split(100n, [0n, 0n]);
    assert.fail('not refused');
  } catch (e) {
    assert.equal(e.name, 'COSTSHARE_ENOWEIGHT');
    assert.equal(e.message, 'no positive weight to split by');
    assert.equal(String(e), 'COSTSHARE_ENOWEIGHT: no positive weight to split by');
    assert.equal(cs.CostshareError.prototype.name, 'CostshareError');
  }
});

test('splits: no parties, negative weights, all zero, sums that do not fit, bad options', () => {
  assert.throws(() => cs.split(1n, [1n, -1n]), refused(E.ERANGE));
  assert.throws(() => cs.split(1n, [0n]), refused(E.ENOWEIGHT));
  assert.throws(() => cs.split(1n, [2n ** 62n, 2n ** 62n]), refused(E.EOVERFLOW));
  assert.throws(() => cs.splitEx(101n, [1n], { unit: 0 }), refused(E.ERANGE, 'costshare_split_ex'));
  assert.throws(() => cs.splitEx(150n, [1n, 1n], { unit: 100, method: 'round_each' }), refused(E.ERANGE));
  assert.throws(() => cs.splitEx(100n, [1n], { method: 7 }), refused(E.EINVAL));
  assert.throws(() => cs.splitEx(100n, [1n], { fixed: -1n }), refused(E.ERANGE));
  assert.throws(() => cs.splitPercentages([1n], 17), refused(E.ERANGE));
});

test('dates: malformed text, impossible dates, out of range', () => {
  assert.throws(() => cs.dateAdd('2024-9-30', 1, 'days'), refused(E.EPARSE, 'costshare_date_parse'));
  assert.throws(() => cs.dateAdd('2024-09-30 ', 1, 'days'), refused(E.EPARSE));
  assert.throws(() => cs.dateAdd('2024‐09‐30', 1, 'days'), refused(E.EPARSE)); // U+2010 hyphens
  assert.throws(() => cs.refundStart('2023-02-29'), refused(E.ERANGE));
  assert.throws(() => cs.dateAdd('9999-12-31', 1, 'days'), refused(E.ERANGE, 'costshare_date_add'));
  assert.throws(() => cs.seHoliday('1989-12-31'), refused(E.ERANGE, 'costshare_se_holiday'));
  assert.throws(() => cs.dateFromYmd(2024, 2, 30), refused(E.ERANGE));
  assert.throws(() => cs.dateFormat(3000000), refused(E.ERANGE, 'costshare_date_format'));
  assert.throws(() => cs.dateDaysInMonth(2024, 13), refused(E.ERANGE));
  assert.throws(() => cs.dateWeekday('0000-01-01'), refused(E.ERANGE));
});

test('notice, refunds and agreements refuse what their headers list', () => {
  assert.throws(() => cs.noticeEnd('2024-01-01', -1, 'months'), refused(E.ERANGE));
  assert.throws(() => cs.dateAdd('2024-01-01', 1, 9), refused(E.EINVAL));
  assert.throws(() => cs.refundProrate(1, '2024-12-31', '2024-01-01', '2024-01-01', '2024-01-02'), refused(E.EBACKWARDS));
  assert.throws(() => cs.refundProrate(1, '2024-01-01', '2024-12-31', '2024-01-15', '2024-02-20', { basis: 'months' }),
    refused(E.ERANGE));
  assert.throws(() => cs.agreementApply(cs.agreementInit(), { date: '2024-01-01' }), refused(E.EINVAL, 'costshare_agreement_apply'));
  const rec = cs.agreementApply(cs.agreementInit(), { kind: 'propose', date: '2024-02-01' });
  assert.throws(() => cs.agreementApply(rec, { kind: 'adopt', date: '2024-01-01' }), refused(E.EDATEORDER));
  assert.throws(() => cs.agreementApply(rec, { kind: 'give_notice', date: '2024-03-01' }), refused(E.ENOTALLOWED));
  assert.throws(() => cs.termEnd({ start: '2024-01-01', initialCount: 0, initialUnit: 'months' }, '2024-02-01'),
    refused(E.ERANGE, 'costshare_term_end'));
  assert.throws(() => cs.invoiceDue(2024, 12, 10, { calendarPeriods: true }), TypeError);
  assert.throws(() => cs.constant('COSTSHARE_NOTHING'), refused(E.EINVAL, 'costshare_constant'));
  assert.throws(() => cs.constantAt(100000), refused(E.ERANGE));
  assert.throws(() => cs.agreementTransition(99, 0), refused(E.EINVAL));
  assert.throws(() => cs.amountParse('12,345', { decimals: 2, decimalMark: 'comma' }), refused(E.EPARSE, 'costshare_amount_parse'));
  assert.throws(() => cs.amountFormat(1, { group: 'any' }), refused(E.EINVAL, 'costshare_amount_format'));
  assert.throws(() => cs.structSize('costshare_nothing', 1), refused(E.EINVAL, 'costshare_struct_size'));
  assert.throws(() => cs.groupStateOn([], '2024-01-01'), refused(E.ERANGE, 'costshare_group_state_on'));
  assert.throws(() => cs.groupMemberships([cs.agreementInit()], '2024-01-01', '2024-12-31'), refused(E.ENOTYET));
  assert.throws(() => cs.noticeEnd('2024-01-01', 1, 'years', { calendarCountCurrent: true }), refused(E.EINVAL));
});

test('JavaScript values that cannot be passed: TypeError and RangeError before the call', () => {
  assert.throws(() => cs.split('100', [1n]), TypeError);
  assert.throws(() => cs.split(100n, '1,2'), TypeError);
  assert.throws(() => cs.split(100n, [1n, '2']), TypeError);
  assert.throws(() => cs.split(0.5, [1n]), RangeError);
  assert.throws(() => cs.split(2 ** 53, [1n]), RangeError);
  assert.throws(() => cs.split(2n ** 63n, [1n]), RangeError);
  assert.throws(() => cs.split(1n, [-(2n ** 63n) - 1n]), RangeError);
  assert.throws(() => cs.dateAdd(new Date(), 1, 'days'), TypeError);
  assert.throws(() => cs.dateAdd('2024-01-01', 2 ** 31, 'days'), RangeError);
  assert.throws(() => cs.dateAdd('2024-01-01', 1.5, 'days'), RangeError);
  assert.throws(() => cs.dateAdd('2024-01-01', 1, 'fortnights'), RangeError);
  assert.throws(() => cs.splitEx(1n, [1n], { units: 100 }), TypeError);
  assert.throws(() => cs.splitEx(1n, [1n], 100), TypeError);
  assert.throws(() => cs.noticeLatest('2024-09-30', 2, 'months', { seDeadline: 1 }), TypeError);
  assert.throws(() => cs.termEnd({ begin: '2024-01-01' }, '2024-01-01'), TypeError);
  assert.throws(() => cs.agreementApply(cs.agreementInit(), { kind: 'give_notice', date: 20240101 }), TypeError);
  assert.throws(() => cs.groupStateOn(cs.agreementInit(), '2024-01-01'), TypeError);
  assert.throws(() => cs.groupCoverage([cs.agreementInit()], [{ first: '2024-01-01' }]), TypeError);
  assert.throws(() => cs.amountParse(105, {}), TypeError);
});

test('the module stays usable after refusals, and large splits grow its memory', () => {
  for (let i = 0; i < 2000; i++) {
    assert.throws(() => cs.split(1n, []), cs.CostshareError);
  }
  const n = 200000;
  const weights = new BigInt64Array(n).fill(3n);
  const shares = cs.split(BigInt(n) * 7n + 5n, weights);
  assert.ok(shares instanceof BigInt64Array, 'a BigInt64Array in, a BigInt64Array out');
  assert.equal(shares.length, n);
  assert.equal(shares.reduce((a, b) => a + b, 0n), BigInt(n) * 7n + 5n);
  assert.deepEqual([...shares.slice(0, 6)], [8n, 8n, 8n, 8n, 8n, 7n]);
  assert.ok(Array.isArray(cs.split(3n, [1n, 2n])), 'an Array in, an Array out');
  assert.equal(cs.noticeLatest('2024-09-30', 2, 'months'), '2024-07-31');
});
