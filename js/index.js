// costshare: libcostshare compiled to WebAssembly, for Node.js 20+, browsers
// and bundlers. The module is loaded once, when this file is imported (top-
// level await), from next to this file: bundlers recognise
// `new URL('./costshare.wasm', import.meta.url)` and copy the file.
import { createCostshare } from './core.js';

const url = new URL('./costshare.wasm', import.meta.url);

async function instantiate() {
  if (url.protocol === 'file:') {
    // Node.js (and Deno, Bun): fetch() does not read file: URLs. The
    // specifier is a variable so that bundlers for the web leave it alone.
    const fsModule = 'node:fs/promises';
    const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ fsModule);
    return WebAssembly.instantiate(await readFile(url), {});
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`costshare: cannot load ${url}: HTTP ${response.status}`);
  return WebAssembly.instantiate(await response.arrayBuffer(), {});
}

const { instance } = await instantiate();
const cs = createCostshare(instance);

export const {
  version, versionNumber, errorMessage, errorName,
  constant, constantCount, constantAt, structSize,
  roundScale, roundModeName,
  splitOptionsInit, split, splitEx, splitPercentages, splitMethodName, splitNested,
  postCost, postTermsInit, postCostEx,
  dateFromYmd, dateToYmd, dateParse, dateFormat, dateWeekday, dateAdd, dateAddBatch, dateIsLeapYear,
  dateDaysInMonth, dateMonthFirst, dateMonthLast, dateYearFirst, dateYearLast, dateDaysBetween,
  seHoliday, seDayKind, seIsBusinessDay, seIsBusinessDayBatch, seDeadline, seDeadlineBatch,
  seAddBusinessDays, seBusinessDaysBetween,
  seAppealDeadline, seMotionDeadline, seEaster, seHolidayDate, seHolidayName,
  noticeEnd, noticeEndBatch, noticeLatest, noticeLatestBatch,
  termInit, termEnd, termNotice,
  refundStart, refundStartBatch, refundProrate, refundTermsInit, refundTermination, refundVacancy,
  invoiceDue, invoicePlanInit, invoiceSegments, invoicePeriod, invoiceAdjust,
  agreementInit, agreementEventInit, agreementApply, agreementStateOn, agreementMarksOn,
  agreementTransition, agreementStateCount, agreementEventCount, agreementStateName,
  agreementEventName, agreementBodyName,
  groupCondition, groupStateOn, groupMembersOn, groupMemberships, groupCoverage, groupOutcomeName,
  groupFindingName,
  amountOptionsInit, amountParse, amountFormat,
  constants, ErrorCode, Unit, RoundMode, SplitMethod, Basis, RefundPolicy, VacancyPolicy, DayKind,
  Language, AgreementState, EventKind, Body, Mark, GroupOutcome, GroupFinding, AmountGroup, AmountMark,
  AmountFlag, NoticeFlag, EventFlag, InvoiceRule,
  CostshareError,
} = cs;
