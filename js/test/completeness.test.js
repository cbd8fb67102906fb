// The whole public API is wrapped: every function lib/costshare.map exports
// has a wrapper named after it (costshare_date_add -> dateAdd) that calls
// it, and is declared in index.d.ts, unless it is listed in EXCLUDED below
// with the reason. A function added to the library fails this test until it
// is wrapped (or excluded).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pkg from '../index.js';
import { createCostshare } from '../core.js';
import { jsDir, root } from './helpers.js';

// C function -> why JavaScript has no wrapper for it. Keep it short. Empty:
// every exported function is wrapped.
const EXCLUDED = {};

const mapFunctions = readFileSync(path.join(root, 'lib', 'costshare.map'), 'utf8')
  .split('\n').map((l) => /^\s*(costshare_[a-z0-9_]+);/.exec(l)).filter(Boolean).map((m) => m[1]);
const jsName = (c) => c.replace(/^costshare_/, '').replace(/_([a-z0-9])/g, (_, x) => x.toUpperCase());
const wasmBytes = readFileSync(path.join(jsDir, 'costshare.wasm'));

test('lib/costshare.map lists the functions', () => {
  assert.ok(mapFunctions.length > 40, `only ${mapFunctions.length} functions found`);
});

test('costshare.wasm exports exactly the functions of the map, and imports nothing', () => {
  const module = new WebAssembly.Module(wasmBytes);
  assert.deepEqual(WebAssembly.Module.imports(module), []);
  const exported = WebAssembly.Module.exports(module);
  assert.deepEqual(exported.filter((e) => e.kind === 'function').map((e) => e.name).sort(), [...mapFunctions].sort());
  assert.deepEqual(exported.filter((e) => e.kind !== 'function').map((e) => e.name).sort(), ['__heap_base', 'memory']);
});

test('every exported function has a wrapper or a documented exclusion', () => {
  const missing = mapFunctions.filter((c) => !(c in EXCLUDED) && typeof pkg[jsName(c)] !== 'function');
  assert.deepEqual(missing, [], `no wrapper for ${missing.join(', ')} (add one to js/core.js and index.js, or to EXCLUDED with a reason)`);
  for (const [c, reason] of Object.entries(EXCLUDED)) {
    assert.ok(mapFunctions.includes(c), `EXCLUDED names ${c}, which the library does not export`);
    assert.ok(typeof reason === 'string' && reason.length > 20, `EXCLUDED ${c} needs a reason`);
    assert.equal(pkg[jsName(c)], undefined, `${c} is both wrapped and excluded`);
  }
});

test('the package exports nothing but the wrappers, the constants and CostshareError', () => {
  const wrappers = new Set(mapFunctions.map(jsName));
  const groups = ['ErrorCode', 'Unit', 'RoundMode', 'SplitMethod', 'Basis', 'RefundPolicy', 'VacancyPolicy',
    'DayKind', 'Language', 'AgreementState', 'EventKind', 'Body', 'Mark', 'GroupOutcome', 'GroupFinding',
    'AmountGroup', 'AmountMark', 'AmountFlag', 'NoticeFlag', 'EventFlag', 'InvoiceRule'];
  const extra = Object.keys(pkg).filter((k) => !wrappers.has(k) && !groups.includes(k) && k !== 'constants' && k !== 'CostshareError');
  assert.deepEqual(extra, []);
  for (const g of [...groups, 'constants']) assert.ok(Object.isFrozen(pkg[g]), `${g} is not frozen`);
});

test('index.d.ts declares exactly what index.js exports', () => {
  const dts = readFileSync(path.join(jsDir, 'index.d.ts'), 'utf8');
  const declared = [...dts.matchAll(/^export declare const (\w+)/gm)].map((m) => m[1]);
  if (/^export \{ CostshareError \}/m.test(dts)) declared.push('CostshareError');
  assert.deepEqual(declared.sort(), Object.keys(pkg).sort());
  const core = readFileSync(path.join(jsDir, 'core.d.ts'), 'utf8');
  for (const name of Object.keys(pkg)) {
    assert.match(core, new RegExp(`^  (readonly )?${name}[(:]`, 'm'), `core.d.ts: interface Costshare has no ${name}`);
  }
});

// One valid call of every wrapper. The test runs each against a module
// whose exports record the C functions called, and checks that the wrapper
// of costshare_x calls costshare_x.
const rec = { kind: 'enter_force', date: '2018-11-18', noticeCount: 2 };
const term = { start: '2016-09-01', initialCount: 17, initialUnit: 'months', renewalCount: 1, renewalUnit: 'years' };
const SAMPLES = {
  version: (a) => a.version(),
  versionNumber: (a) => a.versionNumber(),
  errorMessage: (a) => a.errorMessage(-2),
  errorName: (a) => a.errorName(-2),
  constant: (a) => a.constant('COSTSHARE_MONTHS'),
  constantCount: (a) => a.constantCount(),
  constantAt: (a) => a.constantAt(0),
  roundScale: (a) => a.roundScale(64000, 92, 366),
  roundModeName: (a) => a.roundModeName(1),
  splitOptionsInit: (a) => a.splitOptionsInit(),
  split: (a) => a.split(10, [1, 2]),
  splitEx: (a) => a.splitEx(10, [1, 2], { method: 'round_each' }),
  splitPercentages: (a) => a.splitPercentages([1, 2]),
  splitMethodName: (a) => a.splitMethodName(0),
  postCost: (a) => a.postCost(39500, 4800, 12),
  dateFromYmd: (a) => a.dateFromYmd(2024, 9, 30),
  dateToYmd: (a) => a.dateToYmd('2024-09-30'),
  dateParse: (a) => a.dateParse('2024-09-30'),
  dateFormat: (a) => a.dateFormat(19996),
  dateWeekday: (a) => a.dateWeekday('2024-09-30'),
  dateAdd: (a) => a.dateAdd('2024-07-31', 2, 'months'),
  dateAddBatch: (a) => a.dateAddBatch(new Int32Array([19935, 19936]), 2, 'months'),
  dateIsLeapYear: (a) => a.dateIsLeapYear(2024),
  dateDaysInMonth: (a) => a.dateDaysInMonth(2024, 2),
  dateMonthFirst: (a) => a.dateMonthFirst('2024-09-30'),
  dateMonthLast: (a) => a.dateMonthLast('2024-09-03'),
  dateYearFirst: (a) => a.dateYearFirst('2024-09-30'),
  dateYearLast: (a) => a.dateYearLast('2024-09-30'),
  dateDaysBetween: (a) => a.dateDaysBetween('2024-01-01', '2024-12-31'),
  seHoliday: (a) => a.seHoliday('2024-12-25'),
  seDayKind: (a) => a.seDayKind('2024-12-24'),
  seIsBusinessDay: (a) => a.seIsBusinessDay('2024-12-24'),
  seIsBusinessDayBatch: (a) => a.seIsBusinessDayBatch(['2024-12-24', '2024-12-27']),
  seDeadline: (a) => a.seDeadline('2024-12-24'),
  seDeadlineBatch: (a) => a.seDeadlineBatch(new Int32Array([20081])),
  seAddBusinessDays: (a) => a.seAddBusinessDays('2024-12-24', 1),
  seBusinessDaysBetween: (a) => a.seBusinessDaysBetween('2024-12-01', '2024-12-31'),
  seEaster: (a) => a.seEaster(2024),
  seHolidayDate: (a) => a.seHolidayDate(2024, 'midsummer_eve'),
  seHolidayName: (a) => a.seHolidayName(16, 'sv'),
  noticeEnd: (a) => a.noticeEnd('2024-07-31', 2, 'months'),
  noticeEndBatch: (a) => a.noticeEndBatch(['2024-07-31'], 2, 'months'),
  noticeLatest: (a) => a.noticeLatest('2024-09-30', 2, 'months'),
  noticeLatestBatch: (a) => a.noticeLatestBatch(new Int32Array([19996]), 2, 'months', { seDeadline: true }),
  termInit: (a) => a.termInit(),
  termEnd: (a) => a.termEnd(term, '2017-06-01'),
  termNotice: (a) => a.termNotice({ ...term, noticeCount: 3, noticeUnit: 'months' }, '2017-10-31'),
  refundStart: (a) => a.refundStart('2024-09-30'),
  refundStartBatch: (a) => a.refundStartBatch(['2024-09-30', '2024-09-15']),
  refundProrate: (a) => a.refundProrate(64000, '2024-01-01', '2024-12-31', '2024-10-01', '2024-12-31'),
  refundTermsInit: (a) => a.refundTermsInit(),
  refundTermination: (a) => a.refundTermination({ termination: 'next_month' }, 64000, '2024-01-01', '2024-12-31', '2024-09-30'),
  refundVacancy: (a) => a.refundVacancy({ vacancy: 'any' }, 64000, '2024-01-01', '2024-12-31', '2024-03-01', '2024-03-31'),
  invoiceDue: (a) => a.invoiceDue(2016, 12, 10),
  agreementInit: (a) => a.agreementInit(),
  agreementEventInit: (a) => a.agreementEventInit(),
  agreementApply: (a) => a.agreementApply(a.agreementInit(), rec),
  agreementStateOn: (a) => a.agreementStateOn(a.agreementApply(a.agreementInit(), rec), '2019-01-01'),
  agreementTransition: (a) => a.agreementTransition('proposed', 'adopt'),
  agreementStateCount: (a) => a.agreementStateCount(),
  agreementEventCount: (a) => a.agreementEventCount(),
  agreementStateName: (a) => a.agreementStateName(5),
  agreementEventName: (a) => a.agreementEventName(13),
  agreementMarksOn: (a) => a.agreementMarksOn(a.agreementApply(a.agreementInit(), rec), '2019-01-01'),
  agreementBodyName: (a) => a.agreementBodyName(3),
  structSize: (a) => a.structSize('costshare_agreement', 1),
  seAppealDeadline: (a) => a.seAppealDeadline('2024-12-03'),
  seMotionDeadline: (a) => a.seMotionDeadline('2016-02-15'),
  groupCondition: (a) => a.groupCondition([a.agreementApply(a.agreementInit(), rec)], '2024-01-01'),
  groupStateOn: (a) => a.groupStateOn([a.agreementApply(a.agreementInit(), rec)], '2024-01-01'),
  groupMembersOn: (a) => a.groupMembersOn([a.agreementApply(a.agreementInit(), rec)], '2024-01-01'),
  groupMemberships: (a) => a.groupMemberships([a.agreementApply(a.agreementInit(), rec)], '2024-01-01', '2024-12-31'),
  groupCoverage: (a) => a.groupCoverage([a.agreementApply(a.agreementInit(), rec)], [{ first: '2018-01-01', last: '2018-12-31' }]),
  groupOutcomeName: (a) => a.groupOutcomeName(1),
  groupFindingName: (a) => a.groupFindingName(1),
  amountOptionsInit: (a) => a.amountOptionsInit(),
  amountParse: (a) => a.amountParse('1 052 280,50 kr', { decimals: 2, group: 'space', decimalMark: 'comma', flags: 1 }),
  amountFormat: (a) => a.amountFormat(105228050n, { decimals: 2 }),
  splitNested: (a) => a.splitNested(100, [1, 1], [0, 1], [1, 1]),
  postTermsInit: (a) => a.postTermsInit(),
  postCostEx: (a) => a.postCostEx({ monthly: 39500, baseYear: 2016, oncostBp: 4800 }, 2016, 1, 12),
  invoicePlanInit: (a) => a.invoicePlanInit(),
  invoiceSegments: (a) => a.invoiceSegments('2024-01-01', '2024-12-31', [null], ['2024-09-30']),
  invoicePeriod: (a) => a.invoicePeriod({ first: '2024-01-01', last: '2024-12-31', cost: 100 }, [1], [null], ['2024-09-30']),
  invoiceAdjust: (a) => a.invoiceAdjust([75], [100], 2025, 3, 31),
};

test('each wrapper calls the C function it is named after', async () => {
  const { instance } = await WebAssembly.instantiate(wasmBytes, {});
  let called = new Set();
  const spied = {};
  for (const [name, v] of Object.entries(instance.exports)) {
    spied[name] = typeof v === 'function' ? (...args) => { called.add(name); return v(...args); } : v;
  }
  const api = createCostshare(spied);
  for (const c of mapFunctions) {
    if (c in EXCLUDED) continue;
    const sample = SAMPLES[jsName(c)];
    assert.ok(sample, `no sample call for ${jsName(c)} in SAMPLES`);
    called = new Set();
    sample(api);
    assert.ok(called.has(c), `${jsName(c)}() did not call ${c} (called ${[...called].join(', ')})`);
  }
});
