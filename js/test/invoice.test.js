// The invoice run (invoice.h), nested splits (split.h) and the cost of a post
// from its terms (post.h): the worked cases of DOMAIN.md section 6 and the
// headers, from the tables in examples/data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cs from '../index.js';
import { root } from './helpers.js';

// A CSV table of examples/data as an array of rows keyed by column (strings).
function csv(name) {
  const lines = readFileSync(path.join(root, 'examples', 'data', name), 'utf8')
    .split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  const columns = lines[0].split(',');
  return lines.slice(1).map((l) => Object.fromEntries(l.split(',').map((v, i) => [columns[i], v])));
}

// The 2024 Östergötland case: the 2017 populations as the key, 763 945 as the
// year's cost, all thirteen members until 2024-09-30.
const parties = csv('ostergotland-2024-parties.csv');
const population = new Map(csv('ostergotland-population.csv').map((r) => [r.code, BigInt(r['2017'])]));
const invoicedByCode = new Map(csv('ostergotland-2024-invoiced.csv').map((r) => [r.code, BigInt(r.amount)]));
const weights = parties.map((p) => population.get(p.code));
const from = parties.map((p) => p.from || null);
const to = parties.map((p) => p.to || null);
const invoiced = parties.map((p) => invoicedByCode.get(p.code));
const at = (name) => parties.findIndex((p) => p.name === name);
const plan = { first: '2024-01-01', last: '2024-12-31', cost: 763945n };

test('the 2024 tables: thirteen parties, all leaving at 2024-09-30', () => {
  assert.equal(parties.length, 13);
  assert.ok(from.every((d) => d === null) && to.every((d) => d === '2024-09-30'));
  assert.equal(weights[at('Linköping')], 158520n);
});

test('invoicePlanInit: no period yet, redistribute, by months, cost 0', () => {
  assert.deepEqual(cs.invoicePlanInit(),
    { first: null, last: null, rule: cs.InvoiceRule.REDISTRIBUTE, basis: cs.Basis.MONTHS, cost: 0n });
  assert.equal(cs.InvoiceRule.FIXED_SHARES, 1);
});

test('invoiceSegments: 2024 is nine months with thirteen members and three with none', () => {
  assert.deepEqual(cs.invoiceSegments('2024-01-01', '2024-12-31', from, to), [
    { first: '2024-01-01', last: '2024-09-30', days: 274, months: 9, members: 13, cost: 0n, residual: 0n },
    { first: '2024-10-01', last: '2024-12-31', days: 92, months: 3, members: 0, cost: 0n, residual: 0n },
  ]);
});

test('invoicePeriod: the nine months cost 572 959, October to December 190 986 (the residual)', () => {
  const r = cs.invoicePeriod(plan, weights, from, to);
  assert.equal(r.segments.length, 2);
  assert.equal(r.segments[0].cost, 572959n);
  assert.equal(r.segments[0].residual, 0n);
  assert.equal(r.segments[1].cost, 190986n);
  assert.equal(r.segments[1].residual, 190986n);
  assert.equal(r.residual, 190986n);
  assert.equal(r.amounts[at('Linköping')], 201692n);
  assert.equal(r.amounts[at('Ydre')], 4750n);
  assert.equal(r.amounts.reduce((a, b) => a + b, 0n), 572959n);
  assert.deepEqual(r.segments[0].amounts, r.amounts);
  assert.deepEqual(r.segments[1].amounts, Array(13).fill(0n));
  // Both rules agree here (no member is present after the leavers), and a
  // BigInt64Array of weights gives BigInt64Arrays.
  const fixed = cs.invoicePeriod({ ...plan, rule: 'fixed_shares' }, BigInt64Array.from(weights), from, to);
  assert.ok(fixed.amounts instanceof BigInt64Array);
  assert.deepEqual(Array.from(fixed.amounts), r.amounts);
});

test('invoicePeriod: with nobody leaving, each party owes its split() share of the year', () => {
  const open = Array(13).fill(null);
  const r = cs.invoicePeriod(plan, weights, open, open);
  assert.deepEqual(r.amounts, cs.split(763945n, weights));
  assert.deepEqual(r.amounts, invoiced);
  assert.equal(r.residual, 0n);
});

test('invoiceAdjust: Linköping gets back 67 230 and Ydre 1 583; the refunds are October to December', () => {
  const owed = cs.invoicePeriod(plan, weights, from, to).amounts;
  const r = cs.invoiceAdjust(owed, invoiced, 2024, 12, 10, { seDeadline: true });
  assert.equal(invoiced[at('Linköping')], 268922n);
  assert.equal(invoiced[at('Ydre')], 6333n);
  assert.equal(r.adjustments[at('Linköping')], -67230n);
  assert.equal(r.adjustments[at('Ydre')], -1583n);
  assert.equal(r.adjustments.reduce((a, b) => a + b, 0n), -190986n);
  assert.equal(r.due, '2024-12-10'); // a Tuesday
  // 2016-12-10 was a Saturday: Lag (1930:173) 2 § moves it to Monday.
  assert.equal(cs.invoiceAdjust([1n], [0n], 2016, 12, 10, { seDeadline: true }).due, '2016-12-12');
  assert.equal(cs.invoiceAdjust([1n], [0n], 2017, 2, 31).due, '2017-02-28');
});

test('the invoice run refuses what the library refuses', () => {
  const refused = (code, fnName) => (e) => e instanceof cs.CostshareError && e.code === code && e.functionName === fnName;
  const E = cs.ErrorCode;
  assert.throws(() => cs.invoiceSegments('2024-12-31', '2024-01-01', [null], [null]),
    refused(E.EBACKWARDS, 'costshare_invoice_segments'));
  assert.throws(() => cs.invoiceSegments('2024-01-01', '2024-12-31', [], []),
    refused(E.ERANGE, 'costshare_invoice_segments'));
  assert.throws(() => cs.invoicePeriod(cs.invoicePlanInit(), [1n], [null], [null]),
    refused(E.ERANGE, 'costshare_invoice_period'));
  // By months, a segment ending mid-month is refused; by days it is not.
  const mid = ['2024-09-15'];
  assert.throws(() => cs.invoicePeriod(plan, [1n], [null], mid), refused(E.ERANGE, 'costshare_invoice_period'));
  const days = cs.invoicePeriod({ ...plan, basis: 'days' }, [1n], [null], mid);
  assert.equal(days.segments[0].months, -1);
  assert.equal(days.amounts[0] + days.residual, 763945n);
  assert.throws(() => cs.invoicePeriod({ ...plan, rule: 'everyone' }, [1n], [null], [null]), RangeError);
  assert.throws(() => cs.invoicePeriod(plan, [1n, 2n], [null], [null]), RangeError);
  assert.throws(() => cs.invoicePeriod(plan, [1n], ['30/09/2024'], [null]), refused(E.EPARSE, 'costshare_date_parse'));
  assert.throws(() => cs.invoiceAdjust([1n], [1n, 2n], 2024, 12, 10), RangeError);
  assert.throws(() => cs.invoiceAdjust([1n], [1n], 2024, 13, 10), refused(E.ERANGE, 'costshare_invoice_adjust'));
  assert.throws(() => cs.invoiceAdjust([1n], [1n], 2024, 12, 10, { calendarPeriods: true }), TypeError);
});

test('splitNested: the FINSAM key of split.h, 50/25/25 and the municipal quarter by population', () => {
  const r = cs.splitNested(1000000n, [50n, 25n, 25n], [0, 0, 1, 2, 2, 2, 2, 2],
    [1n, 1n, 1n, 70000n, 40000n, 38000n, 44000n, 42000n]);
  assert.deepEqual(r.groupShares, [500000n, 250000n, 250000n]);
  assert.deepEqual(r.partyShares, [250000n, 250000n, 250000n, 74786n, 42735n, 40598n, 47009n, 44872n]);
  assert.throws(() => cs.splitNested(100n, [1n], [1], [1n]), (e) => e instanceof cs.CostshareError &&
    e.code === cs.ErrorCode.ERANGE && e.functionName === 'costshare_split_nested');
  assert.throws(() => cs.splitNested(100n, [1n], [0, 0], [1n]), RangeError);
  assert.throws(() => cs.splitNested(100n, [1n], [-1], [1n]), RangeError);
});

test('postCostEx: the 2016 coordinator, without and with a 3 % revision from April', () => {
  const d = cs.postTermsInit();
  assert.deepEqual(d, { mode: cs.RoundMode.HALF_AWAY, monthly: 0n, baseYear: 0, baseMonth: 1, revisionMonth: 0,
    revisionBp: 0, oncostBp: 0, overheadBp: 0, fteBp: 10000 });
  const post = { monthly: 39500n, baseYear: 2016, oncostBp: 4800 };
  assert.equal(cs.postCostEx(post, 2016, 1, 12), 701520n);
  assert.equal(cs.postCostEx(post, 2016, 1, 12), cs.postCost(39500n, 4800n, 12));
  const revised = { ...post, revisionMonth: 4, revisionBp: 300 };
  assert.equal(cs.postCostEx(revised, 2016, 1, 12), 717304n);
  assert.equal(cs.postCostEx(revised, 2017, 1, 12), 738829n);
  // An index series of 100, 103: the April 2016 salary 40 685, as 3 %.
  assert.equal(cs.postCostEx({ ...post, revisionMonth: 4 }, 2016, 1, 12, [100n, 103n]), 717304n);
  assert.throws(() => cs.postCostEx(post, 2015, 12, 1), (e) => e instanceof cs.CostshareError &&
    e.code === cs.ErrorCode.EBACKWARDS && e.functionName === 'costshare_post_cost_ex');
  assert.throws(() => cs.postCostEx({ ...post, salary: 1 }, 2016, 1, 12), TypeError);
});
