// Compiled by `tsc -p tsconfig.json` (strict), never run: the declarations
// describe the API as callers use it, through the package's exports map.
import {
  split, splitEx, splitPercentages, roundScale, noticeLatest, noticeEnd, refundStart, dateAdd,
  seHolidayName, agreementInit, agreementApply, termNotice, refundTermination, constants, Unit,
  DayKind, CostshareError, splitOptionsInit, version,
} from 'costshare';
import type { SplitOptions, AgreementRecord, DateText, UnitValue } from 'costshare';
import { createCostshare } from 'costshare/core';

const shares: bigint[] = split(763945n, [5453, 21577n, 9882]);
const r = splitEx(105228050n, [1n, 2n], { unit: 100, method: 'round_each' });
const residual: bigint = r.residual;
const opts: SplitOptions = { fixed: 0n };
const pct: BigInt64Array = splitPercentages(new BigInt64Array([1n, 2n]), 2);
const pctArray: bigint[] = splitPercentages([1n, 2n]);
const scaled: bigint = roundScale(64000, 92, 366, 'half_even');
const latest: DateText = noticeLatest('2024-09-30', 2, 'months', { seDeadline: true });
const last: string = noticeEnd(latest, 2, Unit.MONTHS);
const months: UnitValue = 'months';
const start: string = refundStart(dateAdd(last, 1, months));
const name: string = seHolidayName(DayKind.MIDSUMMER_EVE, 'sv');
let record: AgreementRecord = agreementInit();
record = agreementApply(record, { kind: 'enter_force', date: '2018-11-18', noticeCount: 2 });
const t = termNotice({ start: '2016-09-01', initialCount: 17, initialUnit: 'months' }, '2017-10-31');
const refund: bigint = refundTermination({ termination: 'next_month', terminationBasis: 'months' },
  64000n, '2024-01-01', '2024-12-31', '2024-09-30');
const n: number | bigint | undefined = constants.COSTSHARE_MONTHS;
const v: string = version();
const defaults = splitOptionsInit();
const unit: bigint = defaults.unit;
try {
  split(1n, []);
} catch (e) {
  if (e instanceof CostshareError) {
    const code: number = e.code;
    const fn: string = e.functionName;
    void code, fn;
  }
}
const api = createCostshare({});
const again: bigint[] = api.split(1n, [1n]);

// Wrong types are refused by the compiler.
// @ts-expect-error a string is not an amount
split('100', [1n]);
// @ts-expect-error dates are strings
noticeLatest(new Date(), 2, 'months');
// @ts-expect-error unknown unit name
dateAdd('2024-01-31', 1, 'fortnights');
// @ts-expect-error unknown option
splitEx(1n, [1n], { units: 100 });
// @ts-expect-error constant groups are read-only
Unit.MONTHS = 5;

void [pctArray, shares, residual, opts, pct, scaled, start, name, record, t, refund, n, v, unit, again];
