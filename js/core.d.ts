// Types of the costshare package: libcostshare compiled to WebAssembly.
// index.d.ts exports every member of Costshare under its own name.

/** An int64_t value: a bigint, or a number that is a safe integer. Results are always bigint. */
export type Int64 = bigint | number;
/** A date, exactly `YYYY-MM-DD` (parsed and formatted by the library). */
export type DateText = string;

/** Display names: the constants' names without their prefix, in lower case. */
export type UnitName = 'days' | 'weeks' | 'months' | 'years';
export type RoundModeName = 'half_away' | 'half_even' | 'floor' | 'ceiling' | 'toward_zero';
export type SplitMethodName = 'largest_remainder' | 'round_each';
export type BasisName = 'days' | 'months';
export type RefundPolicyName = 'none' | 'next_month' | 'next_day';
export type VacancyPolicyName = 'none' | 'any' | 'longer_than' | 'longer_than_end_day';
export type LanguageName = 'sv' | 'en';
export type DayKindName =
  | 'none' | 'new_years_day' | 'epiphany' | 'good_friday' | 'easter_day' | 'easter_monday'
  | 'may_day' | 'ascension_day' | 'whitsunday' | 'whit_monday' | 'national_day'
  | 'midsummer_day' | 'all_saints_day' | 'christmas_day' | 'boxing_day' | 'sunday'
  | 'midsummer_eve' | 'christmas_eve' | 'new_years_eve' | 'saturday';
export type AgreementStateName =
  | 'empty' | 'proposed' | 'rejected' | 'adopted' | 'signed' | 'in_force'
  | 'termination_pending' | 'under_notice' | 'ended' | 'expired' | 'replaced'
  | 'notice_decided' | 'notice_sent';
export type EventKindName =
  | 'none' | 'propose' | 'extend_deadline' | 'adopt' | 'reject' | 'sign' | 'enter_force' | 'amend'
  | 'renew' | 'expire' | 'replace' | 'decide_termination' | 'condition_met' | 'condition_failed'
  | 'give_notice' | 'withdraw' | 'end' | 'propose_decision' | 'decide_notice' | 'send_notice'
  | 'receive_notice' | 'repeal' | 'announce';
export type BodyName = 'none' | 'officer' | 'committee' | 'board' | 'council';
export type MarkName = 'late' | 'final';
export type GroupOutcomeName = 'pending' | 'met' | 'failed';
export type GroupFindingName = 'gap' | 'overlap' | 'uncovered';
export type AmountGroupName = 'none' | 'space' | 'nbsp' | 'nnbsp' | 'any';
export type AmountMarkName = 'point' | 'comma' | 'any';
export type AmountFlagName = 'kr' | 'tkr' | 'percent' | 'minus_sign';
export type NoticeFlagName = 'calendar_periods' | 'se_deadline' | 'calendar_count_current';
export type EventFlagName = 'signed_by_both' | 'consented';
export type InvoiceRuleName = 'redistribute' | 'fixed_shares';
export type ErrorCodeName =
  | 'ok' | 'einval' | 'erange' | 'eoverflow' | 'enoweight' | 'esize' | 'eparse' | 'enotallowed'
  | 'edateorder' | 'econdition' | 'ebackwards' | 'edeadline' | 'enotice' | 'enotyet' | 'etoolate'
  | 'enoterm' | 'eafterterm' | 'enoclause' | 'enoperiod' | 'econsent';

/** A constant's number, or its display name. */
export type Unit = number | UnitName;
export type RoundMode = number | RoundModeName;
export type SplitMethod = number | SplitMethodName;
export type Basis = number | BasisName;
export type InvoiceRule = number | InvoiceRuleName;
export type RefundPolicy = number | RefundPolicyName;
export type VacancyPolicy = number | VacancyPolicyName;
export type Language = number | LanguageName;
export type DayKind = number | DayKindName;
export type AgreementState = number | AgreementStateName;
export type EventKind = number | EventKindName;
export type Body = number | BodyName;
export type AmountGroup = number | AmountGroupName;
export type AmountMark = number | AmountMarkName;

/** A frozen group of constants: the names without their prefix, in upper case. */
export type ConstantGroup<Name extends string> = { readonly [K in Uppercase<Name>]: number };

/** A call refused by libcostshare. */
export declare class CostshareError extends Error {
  /** The library's return code, negative (ErrorCode.ERANGE is -2). */
  readonly code: number;
  /** The library's name for the code, such as 'COSTSHARE_ERANGE'. */
  name: string;
  /** The library's message for the code (costshare_error_message()). */
  message: string;
  /** The C function that refused the call, such as 'costshare_split'. */
  readonly functionName: string;
  /**
   * The index of the first element a batch function (*Batch) refused, such as 2 for the third
   * date; null for any other refusal, and for COSTSHARE_EINVAL, which the arguments alone decide.
   */
  readonly index: number | null;
  private constructor();
}

/** Options of splitEx(); every member optional, defaults from costshare_split_options_init(). */
export interface SplitOptions {
  /** 'largest_remainder' (default) or 'round_each' (the legacy method, with its residual). */
  method?: SplitMethod;
  /** Rounding unit in minor units, at least 1 (default 1): every share is a multiple of it. */
  unit?: Int64;
  /** Part of the total shared equally (default 0); the rest is shared by weight. */
  fixed?: Int64;
}
export interface SplitOptionsDefaults {
  method: number;
  unit: bigint;
  fixed: bigint;
}
export interface SplitResult<Shares = bigint[]> {
  /** One share per weight, in the unit of the total (a BigInt64Array for BigInt64Array weights). */
  shares: Shares;
  /** sum(shares) - total. */
  residual: bigint;
}

export interface NoticeEndOptions {
  /** Count whole calendar periods after the one notice is given in (COSTSHARE_CALENDAR_PERIODS). */
  calendarPeriods?: boolean;
  /** With calendarPeriods, the period notice is given in counts as the first (COSTSHARE_CALENDAR_COUNT_CURRENT). */
  calendarCountCurrent?: boolean;
}
export interface NoticeLatestOptions extends NoticeEndOptions {
  /** Move the latest notice day by Lag (1930:173) 2 § (COSTSHARE_SE_DEADLINE). */
  seDeadline?: boolean;
}
export interface InvoiceDueOptions {
  /** Move the due day by Lag (1930:173) 2 § (COSTSHARE_SE_DEADLINE). */
  seDeadline?: boolean;
}
export interface ProrateOptions {
  /** 'days' (default) or 'months'. */
  basis?: Basis;
  /** Rounding, default 'half_away'. */
  mode?: RoundMode;
}

/** costshare_split_nested(): each group's part of the total, and each party's share of its group's part. */
export interface NestedSplitResult<A = bigint[]> {
  groupShares: A;
  partyShares: A;
}

/** The terms that make up the cost of a post (costshare_post_terms); omitted members take the library's defaults. */
export interface PostTerms {
  /** Rounding of each revised salary and of the cost, default 'half_away'. */
  mode?: RoundMode;
  /** Monthly salary in minor units from the base month on. */
  monthly?: Int64;
  /** Year of the base month (must be set: the default 0 is refused). */
  baseYear?: number;
  /** The base month, default 1. */
  baseMonth?: number;
  /** Month of each year from which a revision applies, or 0 for none (the default). */
  revisionMonth?: number;
  /** Yearly revision in basis points (300 = 3 %), unused with an index series. */
  revisionBp?: number;
  /** On-cost in basis points of the salary (4800 = 48 %). */
  oncostBp?: number;
  /** Overhead in basis points of salary plus on-cost, default 0. */
  overheadBp?: number;
  /** Extent of the post in basis points of full time, default 10000. */
  fteBp?: number;
}
export interface PostTermsValues {
  mode: number;
  monthly: bigint;
  baseYear: number;
  baseMonth: number;
  revisionMonth: number;
  revisionBp: number;
  oncostBp: number;
  overheadBp: number;
  fteBp: number;
}

/** An invoice period, its cost and how it is shared (costshare_invoice_plan). */
export interface InvoicePlan {
  /** First day of the period (must be set). */
  first?: DateText;
  /** Last day of the period (must be set). */
  last?: DateText;
  /** 'redistribute' (default) or 'fixed_shares'. */
  rule?: InvoiceRule;
  /** How the cost is split over the segments: 'months' (default) or 'days'. */
  basis?: Basis;
  /** The period's cost in minor units. */
  cost?: Int64;
}
export interface InvoicePlanValues {
  first: DateText | null;
  last: DateText | null;
  rule: number;
  basis: number;
  cost: bigint;
}
/** One segment of an invoice period: days in which the set of members does not change. */
export interface InvoiceSegment {
  first: DateText;
  last: DateText;
  days: number;
  /** Whole calendar months, or -1 (COSTSHARE_INVOICE_NO_MONTHS). */
  months: number;
  /** Parties that are members throughout the segment. */
  members: number;
  /** The segment's part of the period's cost (0 from invoiceSegments()). */
  cost: bigint;
  /** The part of the segment's cost no party pays. */
  residual: bigint;
}
export interface InvoicePeriodSegment<A = bigint[]> extends InvoiceSegment {
  /** Each party's share of the segment (0 where it is not a member). */
  amounts: A;
}
export interface InvoicePeriodResult<A = bigint[]> {
  /** What each party owes for the period. */
  amounts: A;
  segments: InvoicePeriodSegment<A>[];
  /** What no party pays: the funder's part. */
  residual: bigint;
}
export interface InvoiceAdjustResult<A = bigint[]> {
  /** amounts - invoiced: negative a refund, positive a supplementary charge. */
  adjustments: A;
  due: DateText;
}

/** A fixed term that renews itself unless notice is given in time (costshare_term). */
export interface Term {
  start?: DateText | null;
  initialCount?: number;
  initialUnit?: Unit;
  renewalCount?: number;
  renewalUnit?: Unit;
  noticeCount?: number;
  noticeUnit?: Unit;
  /** NoticeFlag bits. */
  noticeFlags?: number;
}
export interface TermValues {
  start: DateText | null;
  initialCount: number;
  initialUnit: number;
  renewalCount: number;
  renewalUnit: number;
  noticeCount: number;
  noticeUnit: number;
  noticeFlags: number;
}

/** Refund terms of an agreement (costshare_refund_terms). */
export interface RefundTerms {
  termination?: RefundPolicy;
  terminationBasis?: Basis;
  vacancy?: VacancyPolicy;
  vacancyMinCount?: number;
  vacancyMinUnit?: Unit;
  vacancyBasis?: Basis;
  mode?: RoundMode;
}
export interface RefundTermsValues {
  termination: number;
  terminationBasis: number;
  vacancy: number;
  vacancyMinCount: number;
  vacancyMinUnit: number;
  vacancyBasis: number;
  mode: number;
}

/** The record of one agreement (costshare_agreement); dates are null when not set. */
export interface AgreementRecord {
  state: number;
  lastEventKind: number;
  lastEvent: DateText | null;
  proposed: DateText | null;
  responseDeadline: DateText | null;
  decided: DateText | null;
  signedOn: DateText | null;
  inForceFrom: DateText | null;
  termEnd: DateText | null;
  terminationDecided: DateText | null;
  wantedLastDay: DateText | null;
  noticeGiven: DateText | null;
  lastDay: DateText | null;
  refundStart: DateText | null;
  withdrawnOn: DateText | null;
  lastAmended: DateText | null;
  noticeCount: number;
  noticeUnit: number;
  noticeFlags: number;
  renewalCount: number;
  renewalUnit: number;
  renewals: number;
  amendments: number;
  proposals: number;
  lastProposal: DateText | null;
  lastProposalBody: number;
  lastProposalKind: number;
  lastDecision: DateText | null;
  lastDecisionKind: number;
  lastDecisionBody: number;
  announced: DateText | null;
  appealLastDay: DateText | null;
  conditionMet: DateText | null;
  noticeSent: DateText | null;
  /** Mark bits. */
  marks: number;
}
/** A record as input: any member left out takes its value from agreementInit(). */
export type AgreementRecordInput = {
  [K in keyof AgreementRecord]?: K extends 'state' ? AgreementState
    : K extends 'lastEventKind' | 'lastProposalKind' | 'lastDecisionKind' ? EventKind
    : K extends 'lastProposalBody' | 'lastDecisionBody' ? Body
    : K extends 'noticeUnit' | 'renewalUnit' ? Unit
    : AgreementRecord[K];
};

/** One dated event (costshare_event); members left out take agreementEventInit()'s values. */
export interface AgreementEvent {
  kind?: EventKind;
  date?: DateText | null;
  deadline?: DateText | null;
  from?: DateText | null;
  termEnd?: DateText | null;
  lastDay?: DateText | null;
  noticeCount?: number;
  noticeUnit?: Unit;
  noticeFlags?: number;
  renewalCount?: number;
  renewalUnit?: Unit;
  /** EventFlag bits. */
  flags?: number;
  /** Who proposed or decided. */
  body?: Body;
  /** The kind of decision a proposal proposes (EventKind.PROPOSE_DECISION). */
  proposedKind?: EventKind;
}
export interface AgreementEventValues {
  kind: number;
  date: DateText | null;
  deadline: DateText | null;
  from: DateText | null;
  termEnd: DateText | null;
  lastDay: DateText | null;
  noticeCount: number;
  noticeUnit: number;
  noticeFlags: number;
  renewalCount: number;
  renewalUnit: number;
  flags: number;
  body: number;
  proposedKind: number;
}

/** The notation of an amount (costshare_amount_options); defaults from costshare_amount_options_init(). */
export interface AmountOptions {
  /** Digits after the decimal mark (default 0); the amount is in units of 10^-decimals. */
  decimals?: number;
  /** Thousands separator (default 'none'; 'any' only for parsing). */
  group?: AmountGroup;
  /** Decimal mark (default 'point'; 'any' only for parsing). */
  decimalMark?: AmountMark;
  /** AmountFlag bits: a kr, tkr or % suffix, the U+2212 minus sign. */
  flags?: number;
}
export interface AmountOptionsValues {
  decimals: number;
  group: number;
  decimalMark: number;
  flags: number;
}

/** One finding of groupCoverage(). */
export interface GroupFinding {
  /** GroupFinding.GAP, OVERLAP or UNCOVERED. */
  kind: number;
  /** The earlier record of a gap or overlap, or the invoiced period of uncovered days. */
  index: number;
  first: DateText | null;
  last: DateText | null;
}

/** The whole API; index.js exports each member by name. */
export interface Costshare {
  /** costshare_version(): "1.0.0". */
  version(): string;
  /** costshare_version_number(): major*10000 + minor*100 + patch. */
  versionNumber(): number;
  /** costshare_error_message(). */
  errorMessage(code: number): string;
  /** costshare_error_name(): "COSTSHARE_ERANGE". */
  errorName(code: number): string;

  /** costshare_constant(): the value of a constant by its exact name. */
  constant(name: string): number | bigint;
  /** costshare_constant_count(). */
  constantCount(): number;
  /** costshare_constant_at(): the constant at a position of the table (ascending names). */
  constantAt(index: number): { name: string; value: number | bigint };
  /** costshare_struct_size(): the size in bytes of a public struct at a version. */
  structSize(name: string, version: number): number;

  /** costshare_round_scale(): exact amount * numerator / denominator, rounded once (default 'half_away'). */
  roundScale(amount: Int64, numerator: Int64, denominator: Int64, mode?: RoundMode): bigint;
  /** costshare_round_mode_name(). */
  roundModeName(mode: number): string;

  /** costshare_split_options_init(): the default options. */
  splitOptionsInit(): SplitOptionsDefaults;
  /**
   * costshare_split(): largest remainder; the shares add up to total exactly. An Array of
   * weights gives an Array of shares, a BigInt64Array a BigInt64Array (faster for many parties).
   */
  split(total: Int64, weights: BigInt64Array): BigInt64Array;
  split(total: Int64, weights: readonly Int64[]): bigint[];
  /** costshare_split_ex(): with a method, a rounding unit and a fixed part; and the residual. */
  splitEx(total: Int64, weights: BigInt64Array, options?: SplitOptions): SplitResult<BigInt64Array>;
  splitEx(total: Int64, weights: readonly Int64[], options?: SplitOptions): SplitResult;
  /** costshare_split_percentages(): in units of 10^-decimals percent, summing to exactly 100 (default 2 decimals). */
  splitPercentages(weights: BigInt64Array, decimals?: number): BigInt64Array;
  splitPercentages(weights: readonly Int64[], decimals?: number): bigint[];
  /** costshare_split_method_name(). */
  splitMethodName(method: number): string;
  /**
   * costshare_split_nested(): the total split among groups by their weights, then each group's part among
   * its parties (partyGroups[i] is party i's group index).
   */
  splitNested(total: Int64, groupWeights: BigInt64Array, partyGroups: readonly number[],
    partyWeights: BigInt64Array): NestedSplitResult<BigInt64Array>;
  splitNested(total: Int64, groupWeights: readonly Int64[], partyGroups: readonly number[],
    partyWeights: readonly Int64[]): NestedSplitResult;

  /** costshare_post_cost(): monthly * (1 + oncostBp / 10000) * months, rounded once. */
  postCost(monthly: Int64, oncostBp: Int64, months: number, mode?: RoundMode): bigint;
  /** costshare_post_terms_init(): the default terms. */
  postTermsInit(): PostTermsValues;
  /**
   * costshare_post_cost_ex(): the cost of months months from year-month, with the yearly revisions of the
   * terms, or of an index series (index[0] for the base salary, one more per revision).
   */
  postCostEx(terms: PostTerms, year: number, month: number, months: number,
    index?: readonly Int64[] | BigInt64Array | null): bigint;

  /** costshare_date_from_ymd(). */
  dateFromYmd(year: number, month: number, day: number): DateText;
  /** costshare_date_to_ymd(). */
  dateToYmd(date: DateText): { year: number; month: number; day: number };
  /** costshare_date_parse(): the library's day number (days since 1970-01-01). */
  dateParse(text: string): number;
  /** costshare_date_format(): the text of a day number. */
  dateFormat(day: number): DateText;
  /** costshare_date_weekday(): 1 (Monday) to 7 (Sunday). */
  dateWeekday(date: DateText): number;
  /** costshare_date_add(): by Lag (1930:173) 1 § for months and years. */
  dateAdd(date: DateText, count: number, unit: Unit): DateText;
  /**
   * costshare_date_add_batch(): dateAdd() of every date with one count and unit, in one call. An
   * Int32Array of day numbers (dateParse()) gives a new Int32Array of day numbers, with nothing
   * converted per element; an array of texts gives an array of texts. A refused date throws
   * CostshareError with `index` set to its position, and nothing is returned.
   */
  dateAddBatch(dates: Int32Array, count: number, unit: Unit): Int32Array;
  dateAddBatch(dates: readonly DateText[], count: number, unit: Unit): DateText[];
  /** costshare_date_is_leap_year(). */
  dateIsLeapYear(year: number): boolean;
  /** costshare_date_days_in_month(). */
  dateDaysInMonth(year: number, month: number): number;
  /** costshare_date_month_first(). */
  dateMonthFirst(date: DateText): DateText;
  /** costshare_date_month_last(). */
  dateMonthLast(date: DateText): DateText;
  /** costshare_date_year_first(). */
  dateYearFirst(date: DateText): DateText;
  /** costshare_date_year_last(). */
  dateYearLast(date: DateText): DateText;
  /** costshare_date_days_between(): to - from in days. */
  dateDaysBetween(from: DateText, to: DateText): number;

  /** costshare_se_holiday(): a DayKind public holiday, or DayKind.NONE. */
  seHoliday(date: DateText): number;
  /** costshare_se_day_kind(): why a day is not a business day, or DayKind.NONE. */
  seDayKind(date: DateText): number;
  /** costshare_se_is_business_day(). */
  seIsBusinessDay(date: DateText): boolean;
  /**
   * costshare_se_is_business_day_batch(): seIsBusinessDay() of every date in one call: an Int32Array
   * of day numbers gives an Int32Array of 1 and 0, an array of texts an array of booleans (as dateAddBatch()).
   */
  seIsBusinessDayBatch(dates: Int32Array): Int32Array;
  seIsBusinessDayBatch(dates: readonly DateText[]): boolean[];
  /** costshare_se_deadline(): the day itself or the next business day (Lag 1930:173 2 §). */
  seDeadline(date: DateText): DateText;
  /** costshare_se_deadline_batch(): seDeadline() of every date in one call (as dateAddBatch()). */
  seDeadlineBatch(dates: Int32Array): Int32Array;
  seDeadlineBatch(dates: readonly DateText[]): DateText[];
  /** costshare_se_appeal_deadline(): the last day to appeal a decision announced that day. */
  seAppealDeadline(announced: DateText): DateText;
  /** costshare_se_motion_deadline(): the day by which a motion raised that day should be decided. */
  seMotionDeadline(raised: DateText): DateText;
  /** costshare_se_add_business_days(). */
  seAddBusinessDays(date: DateText, count: number): DateText;
  /** costshare_se_business_days_between(). */
  seBusinessDaysBetween(from: DateText, to: DateText): number;
  /** costshare_se_easter(): Easter Day. */
  seEaster(year: number): DateText;
  /** costshare_se_holiday_date(). */
  seHolidayDate(year: number, holiday: DayKind): DateText;
  /** costshare_se_holiday_name() (default language 'en'). */
  seHolidayName(holiday: DayKind, language?: Language): string;

  /** costshare_notice_end(): the last day in force when notice is given on `given`. */
  noticeEnd(given: DateText, count: number, unit: Unit, options?: NoticeEndOptions): DateText;
  /** costshare_notice_end_batch(): noticeEnd() of every day given, one notice period, in one call (as dateAddBatch()). */
  noticeEndBatch(given: Int32Array, count: number, unit: Unit, options?: NoticeEndOptions): Int32Array;
  noticeEndBatch(given: readonly DateText[], count: number, unit: Unit, options?: NoticeEndOptions): DateText[];
  /** costshare_notice_latest(): the latest notice day to be out by `lastDay`. */
  noticeLatest(lastDay: DateText, count: number, unit: Unit, options?: NoticeLatestOptions): DateText;
  /** costshare_notice_latest_batch(): noticeLatest() of every last day, one notice period, in one call (as dateAddBatch()). */
  noticeLatestBatch(lastDays: Int32Array, count: number, unit: Unit, options?: NoticeLatestOptions): Int32Array;
  noticeLatestBatch(lastDays: readonly DateText[], count: number, unit: Unit, options?: NoticeLatestOptions): DateText[];

  /** costshare_term_init(): the default term (fill in every member before use). */
  termInit(): TermValues;
  /** costshare_term_end(): the last day of the term in force on `day`. */
  termEnd(term: Term, day: DateText): DateText;
  /** costshare_term_notice(): the term end notice given on `day` reaches, and the latest day for it. */
  termNotice(term: Term, day: DateText): { termEnd: DateText; latest: DateText };

  /** costshare_refund_start(): the first day of the month after the last day. */
  refundStart(lastDay: DateText): DateText;
  /** costshare_refund_start_batch(): refundStart() of every last day in one call (as dateAddBatch()). */
  refundStartBatch(lastDays: Int32Array): Int32Array;
  refundStartBatch(lastDays: readonly DateText[]): DateText[];
  /** costshare_refund_prorate(). */
  refundProrate(amount: Int64, periodFirst: DateText, periodLast: DateText, from: DateText, to: DateText,
    options?: ProrateOptions): bigint;
  /** costshare_refund_terms_init(): nothing refunded, bases days, half away from zero. */
  refundTermsInit(): RefundTermsValues;
  /** costshare_refund_termination(). */
  refundTermination(terms: RefundTerms, invoiced: Int64, periodFirst: DateText, periodLast: DateText,
    lastDay: DateText): bigint;
  /** costshare_refund_vacancy(). */
  refundVacancy(terms: RefundTerms, invoiced: Int64, periodFirst: DateText, periodLast: DateText,
    vacancyFirst: DateText, vacancyLast: DateText): bigint;

  /** costshare_invoice_due(): "at the latest 10 December". */
  invoiceDue(year: number, month: number, day: number, options?: InvoiceDueOptions): DateText;
  /** costshare_invoice_plan_init(): the default plan (no period yet: first and last null). */
  invoicePlanInit(): InvoicePlanValues;
  /**
   * costshare_invoice_segments(): the period cut where the set of members changes. from[i] and to[i] are
   * party i's first and last day of membership, null for an open end.
   */
  invoiceSegments(first: DateText, last: DateText, from: readonly (DateText | null)[],
    to: readonly (DateText | null)[]): InvoiceSegment[];
  /** costshare_invoice_period(): what each party owes for the plan's period, segment by segment. */
  invoicePeriod(plan: InvoicePlan, weights: BigInt64Array, from: readonly (DateText | null)[],
    to: readonly (DateText | null)[]): InvoicePeriodResult<BigInt64Array>;
  invoicePeriod(plan: InvoicePlan, weights: readonly Int64[], from: readonly (DateText | null)[],
    to: readonly (DateText | null)[]): InvoicePeriodResult;
  /** costshare_invoice_adjust(): amounts - invoiced for each party, and the due day. */
  invoiceAdjust(amounts: BigInt64Array, invoiced: BigInt64Array, dueYear: number, dueMonth: number,
    dueDay: number, options?: InvoiceDueOptions): InvoiceAdjustResult<BigInt64Array>;
  invoiceAdjust(amounts: readonly Int64[], invoiced: readonly Int64[], dueYear: number, dueMonth: number,
    dueDay: number, options?: InvoiceDueOptions): InvoiceAdjustResult;

  /** costshare_agreement_init(): an empty record. */
  agreementInit(): AgreementRecord;
  /** costshare_agreement_event_init(): an event of kind NONE (set kind and date before use). */
  agreementEventInit(): AgreementEventValues;
  /** costshare_agreement_apply(): the record after one more event. */
  agreementApply(record: AgreementRecordInput, event: AgreementEvent): AgreementRecord;
  /** costshare_agreement_state_on(): the state on a day. */
  agreementStateOn(record: AgreementRecordInput, day: DateText): number;
  /** costshare_agreement_marks_on(): the Mark bits that hold on a day. */
  agreementMarksOn(record: AgreementRecordInput, day: DateText): number;
  /** costshare_agreement_transition(): the next state, from the transition table. */
  agreementTransition(state: AgreementState, event: EventKind): number;
  /** costshare_agreement_state_count(). */
  agreementStateCount(): number;
  /** costshare_agreement_event_count(). */
  agreementEventCount(): number;
  /** costshare_agreement_state_name(). */
  agreementStateName(state: number): string;
  /** costshare_agreement_event_name(). */
  agreementEventName(event: number): string;
  /** costshare_agreement_body_name(). */
  agreementBodyName(body: number): string;

  /** costshare_group_condition(): a condition on the whole group, met, failed or pending (day null). */
  groupCondition(records: readonly AgreementRecordInput[], since: DateText): { outcome: number; day: DateText | null };
  /** costshare_group_state_on(): the state of every record on a day, or constants.COSTSHARE_GROUP_MIXED. */
  groupStateOn(records: readonly AgreementRecordInput[], day: DateText): number;
  /** costshare_group_members_on(): which parties are members on a day. */
  groupMembersOn(records: readonly AgreementRecordInput[], day: DateText): { isMember: boolean[]; members: number };
  /** costshare_group_memberships(): each party's membership in a period (null: open). */
  groupMemberships(records: readonly AgreementRecordInput[], first: DateText, last: DateText):
    { from: (DateText | null)[]; to: (DateText | null)[] };
  /** costshare_group_coverage(): gaps, overlaps and invoiced days outside every term. */
  groupCoverage(records: readonly AgreementRecordInput[], invoiced?: readonly { first: DateText; last: DateText }[]):
    GroupFinding[];
  /** costshare_group_outcome_name(). */
  groupOutcomeName(outcome: number): string;
  /** costshare_group_finding_name(). */
  groupFindingName(kind: number): string;

  /** costshare_amount_options_init(): plain notation, whole units. */
  amountOptionsInit(): AmountOptionsValues;
  /** costshare_amount_parse(): text such as '1 052 280,50 kr' to an integer in units of 10^-decimals. */
  amountParse(text: string, options?: AmountOptions): bigint;
  /** costshare_amount_format(): an integer in units of 10^-decimals as text. */
  amountFormat(amount: Int64, options?: AmountOptions): string;

  /** Every COSTSHARE_* constant of the library by its full name. */
  readonly constants: { readonly [name: string]: number | bigint };
  readonly ErrorCode: ConstantGroup<ErrorCodeName>;
  readonly Unit: ConstantGroup<UnitName>;
  readonly RoundMode: ConstantGroup<RoundModeName>;
  readonly SplitMethod: ConstantGroup<SplitMethodName>;
  readonly Basis: ConstantGroup<BasisName>;
  readonly RefundPolicy: ConstantGroup<RefundPolicyName>;
  readonly VacancyPolicy: ConstantGroup<VacancyPolicyName>;
  readonly DayKind: ConstantGroup<DayKindName>;
  readonly Language: ConstantGroup<LanguageName>;
  readonly AgreementState: ConstantGroup<AgreementStateName>;
  readonly EventKind: ConstantGroup<EventKindName>;
  readonly Body: ConstantGroup<BodyName>;
  readonly Mark: ConstantGroup<MarkName>;
  readonly GroupOutcome: ConstantGroup<GroupOutcomeName>;
  readonly GroupFinding: ConstantGroup<GroupFindingName>;
  readonly AmountGroup: ConstantGroup<AmountGroupName>;
  readonly AmountMark: ConstantGroup<AmountMarkName>;
  readonly AmountFlag: ConstantGroup<AmountFlagName>;
  readonly NoticeFlag: ConstantGroup<NoticeFlagName>;
  readonly EventFlag: ConstantGroup<EventFlagName>;
  readonly InvoiceRule: ConstantGroup<InvoiceRuleName>;
  readonly CostshareError: typeof CostshareError;
}

/**
 * The API over an instantiated costshare.wasm, for loading the module yourself: a
 * WebAssembly.Instance, or its exports.
 */
export declare function createCostshare(instance: object): Costshare;

/** The C struct layouts the JavaScript layer mirrors (for tests and tools). */
export declare function structLayouts(): {
  [struct: string]: {
    name: string;
    version: number;
    size: number;
    fields: { name: string; js: string; type: string; offset: number; group?: string }[];
  };
};
