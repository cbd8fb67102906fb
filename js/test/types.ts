// Compiled by `tsc -p tsconfig.json` (strict), never run: the declarations
// describe the API as callers use it, through the package's exports map.
import {
  split, splitEx, splitPercentages, roundScale, noticeLatest, noticeEnd, refundStart, dateAdd,
  seHolidayName, agreementInit, agreementApply, termNotice, refundTermination, constants, Unit,
  DayKind, CostshareError, splitOptionsInit, version, invoicePeriod, invoiceAdjust, invoiceSegments,
  invoicePlanInit, splitNested, postCostEx, postTermsInit, InvoiceRule, dateAddBatch, seIsBusinessDayBatch,
  seDeadlineBatch, noticeEndBatch, noticeLatestBatch, refundStartBatch, dateParse,
} from 'costshare';
import type { SplitOptions, AgreementRecord, DateText, UnitValue, InvoicePlan, InvoicePeriodResult } from 'costshare';
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
    const index: number | null = e.index;
    void code, fn, index;
  }
}
const api = createCostshare({});
const again: bigint[] = api.split(1n, [1n]);

const plan: InvoicePlan = { first: '2024-01-01', last: '2024-12-31', rule: 'fixed_shares', cost: 763945n };
const run: InvoicePeriodResult = invoicePeriod(plan, [5453n, 158520n], [null, null], ['2024-09-30', null]);
const owedTyped: BigInt64Array = invoicePeriod(plan, new BigInt64Array([1n]), [null], [null]).amounts;
const segmentCost: bigint = invoiceSegments('2024-01-01', '2024-12-31', [null], ['2024-09-30'])[0]!.cost;
const adjusted = invoiceAdjust(run.amounts, [6333n, 268922n], 2024, 12, 10, { seDeadline: true });
const due: DateText = adjusted.due;
const firstDay: DateText | null = invoicePlanInit().first;
const nested: bigint[] = splitNested(100n, [1n, 1n], [0, 1], [1n, 1n]).partyShares;
const postCost: bigint = postCostEx({ ...postTermsInit(), monthly: 39500n, baseYear: 2016 }, 2016, 1, 12);
const rule: number = InvoiceRule.FIXED_SHARES;
// @ts-expect-error unknown invoice rule
invoicePeriod({ rule: 'everyone' }, [1n], [null], [null]);

// Batches: an Int32Array of day numbers gives an Int32Array, an array of texts an array.
const days: Int32Array = dateAddBatch(new Int32Array([dateParse('2024-07-31')]), 2, 'months');
const texts: DateText[] = dateAddBatch(['2024-07-31', '2024-08-01'], 2, Unit.MONTHS);
const businessDays: Int32Array = seIsBusinessDayBatch(days);
const isBusinessDay: boolean[] = seIsBusinessDayBatch(texts);
const deadlines: DateText[] = seDeadlineBatch(texts);
const ends: Int32Array = noticeEndBatch(days, 3, 'years', { calendarPeriods: true });
const latestDays: DateText[] = noticeLatestBatch(['2024-09-30'] as const, 2, 'months', { seDeadline: true });
const refundStarts: Int32Array = refundStartBatch(seDeadlineBatch(days));
try {
  refundStartBatch(['9999-12-15']);
} catch (e) {
  if (e instanceof CostshareError && e.index !== null) {
    const position: number = e.index;
    void position;
  }
}
// @ts-expect-error an Int32Array in gives an Int32Array out, not texts
const notTexts: DateText[] = seDeadlineBatch(days);
// @ts-expect-error day numbers go in an Int32Array, not an array of numbers
seDeadlineBatch([19996]);
// @ts-expect-error dates are strings
refundStartBatch([new Date()]);
// @ts-expect-error noticeEndBatch has no seDeadline option
noticeEndBatch(days, 2, 'months', { seDeadline: true });

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

void [pctArray, shares, residual, opts, pct, scaled, start, name, record, t, refund, n, v, unit, again, owedTyped, segmentCost, due, firstDay,
  nested, postCost, rule, businessDays, isBusinessDay, deadlines, ends, latestDays, refundStarts, notTexts];
