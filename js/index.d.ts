// Types of the costshare package; the API is documented member by member in core.d.ts.
import type { Costshare } from './core.js';

export type {
  Int64, DateText, Costshare, SplitOptions, SplitOptionsDefaults, SplitResult, NoticeEndOptions,
  NoticeLatestOptions, InvoiceDueOptions, ProrateOptions, Term, TermValues, RefundTerms,
  RefundTermsValues, AgreementRecord, AgreementRecordInput, AgreementEvent, AgreementEventValues,
  AmountOptions, AmountOptionsValues, GroupFinding as GroupFindingRecord, NestedSplitResult,
  PostTerms, PostTermsValues, InvoicePlan, InvoicePlanValues, InvoiceSegment, InvoicePeriodSegment,
  InvoicePeriodResult, InvoiceAdjustResult, InvoiceRule as InvoiceRuleValue, InvoiceRuleName,
  Unit as UnitValue, RoundMode as RoundModeValue, SplitMethod as SplitMethodValue,
  Basis as BasisValue, RefundPolicy as RefundPolicyValue, VacancyPolicy as VacancyPolicyValue,
  Language as LanguageValue, DayKind as DayKindValue, AgreementState as AgreementStateValue,
  EventKind as EventKindValue, Body as BodyValue, AmountGroup as AmountGroupValue,
  AmountMark as AmountMarkValue, UnitName, RoundModeName, SplitMethodName, BasisName,
  RefundPolicyName, VacancyPolicyName, LanguageName, DayKindName, AgreementStateName,
  EventKindName, BodyName, MarkName, GroupOutcomeName, GroupFindingName, AmountGroupName,
  AmountMarkName, AmountFlagName, NoticeFlagName, EventFlagName, ErrorCodeName, ConstantGroup,
} from './core.js';
export { CostshareError } from './core.js';

export declare const version: Costshare['version'];
export declare const versionNumber: Costshare['versionNumber'];
export declare const errorMessage: Costshare['errorMessage'];
export declare const errorName: Costshare['errorName'];
export declare const constant: Costshare['constant'];
export declare const constantCount: Costshare['constantCount'];
export declare const constantAt: Costshare['constantAt'];
export declare const structSize: Costshare['structSize'];
export declare const roundScale: Costshare['roundScale'];
export declare const roundModeName: Costshare['roundModeName'];
export declare const splitOptionsInit: Costshare['splitOptionsInit'];
export declare const split: Costshare['split'];
export declare const splitEx: Costshare['splitEx'];
export declare const splitPercentages: Costshare['splitPercentages'];
export declare const splitMethodName: Costshare['splitMethodName'];
export declare const splitNested: Costshare['splitNested'];
export declare const postCost: Costshare['postCost'];
export declare const postTermsInit: Costshare['postTermsInit'];
export declare const postCostEx: Costshare['postCostEx'];
export declare const dateFromYmd: Costshare['dateFromYmd'];
export declare const dateToYmd: Costshare['dateToYmd'];
export declare const dateParse: Costshare['dateParse'];
export declare const dateFormat: Costshare['dateFormat'];
export declare const dateWeekday: Costshare['dateWeekday'];
export declare const dateAdd: Costshare['dateAdd'];
export declare const dateAddBatch: Costshare['dateAddBatch'];
export declare const dateIsLeapYear: Costshare['dateIsLeapYear'];
export declare const dateDaysInMonth: Costshare['dateDaysInMonth'];
export declare const dateMonthFirst: Costshare['dateMonthFirst'];
export declare const dateMonthLast: Costshare['dateMonthLast'];
export declare const dateYearFirst: Costshare['dateYearFirst'];
export declare const dateYearLast: Costshare['dateYearLast'];
export declare const dateDaysBetween: Costshare['dateDaysBetween'];
export declare const seHoliday: Costshare['seHoliday'];
export declare const seDayKind: Costshare['seDayKind'];
export declare const seIsBusinessDay: Costshare['seIsBusinessDay'];
export declare const seIsBusinessDayBatch: Costshare['seIsBusinessDayBatch'];
export declare const seDeadline: Costshare['seDeadline'];
export declare const seDeadlineBatch: Costshare['seDeadlineBatch'];
export declare const seAddBusinessDays: Costshare['seAddBusinessDays'];
export declare const seBusinessDaysBetween: Costshare['seBusinessDaysBetween'];
export declare const seAppealDeadline: Costshare['seAppealDeadline'];
export declare const seMotionDeadline: Costshare['seMotionDeadline'];
export declare const seEaster: Costshare['seEaster'];
export declare const seHolidayDate: Costshare['seHolidayDate'];
export declare const seHolidayName: Costshare['seHolidayName'];
export declare const noticeEnd: Costshare['noticeEnd'];
export declare const noticeEndBatch: Costshare['noticeEndBatch'];
export declare const noticeLatest: Costshare['noticeLatest'];
export declare const noticeLatestBatch: Costshare['noticeLatestBatch'];
export declare const termInit: Costshare['termInit'];
export declare const termEnd: Costshare['termEnd'];
export declare const termNotice: Costshare['termNotice'];
export declare const refundStart: Costshare['refundStart'];
export declare const refundStartBatch: Costshare['refundStartBatch'];
export declare const refundProrate: Costshare['refundProrate'];
export declare const refundTermsInit: Costshare['refundTermsInit'];
export declare const refundTermination: Costshare['refundTermination'];
export declare const refundVacancy: Costshare['refundVacancy'];
export declare const invoiceDue: Costshare['invoiceDue'];
export declare const invoicePlanInit: Costshare['invoicePlanInit'];
export declare const invoiceSegments: Costshare['invoiceSegments'];
export declare const invoicePeriod: Costshare['invoicePeriod'];
export declare const invoiceAdjust: Costshare['invoiceAdjust'];
export declare const agreementInit: Costshare['agreementInit'];
export declare const agreementEventInit: Costshare['agreementEventInit'];
export declare const agreementApply: Costshare['agreementApply'];
export declare const agreementStateOn: Costshare['agreementStateOn'];
export declare const agreementMarksOn: Costshare['agreementMarksOn'];
export declare const agreementTransition: Costshare['agreementTransition'];
export declare const agreementStateCount: Costshare['agreementStateCount'];
export declare const agreementEventCount: Costshare['agreementEventCount'];
export declare const agreementStateName: Costshare['agreementStateName'];
export declare const agreementEventName: Costshare['agreementEventName'];
export declare const agreementBodyName: Costshare['agreementBodyName'];
export declare const groupCondition: Costshare['groupCondition'];
export declare const groupStateOn: Costshare['groupStateOn'];
export declare const groupMembersOn: Costshare['groupMembersOn'];
export declare const groupMemberships: Costshare['groupMemberships'];
export declare const groupCoverage: Costshare['groupCoverage'];
export declare const groupOutcomeName: Costshare['groupOutcomeName'];
export declare const groupFindingName: Costshare['groupFindingName'];
export declare const amountOptionsInit: Costshare['amountOptionsInit'];
export declare const amountParse: Costshare['amountParse'];
export declare const amountFormat: Costshare['amountFormat'];
export declare const constants: Costshare['constants'];
export declare const ErrorCode: Costshare['ErrorCode'];
export declare const Unit: Costshare['Unit'];
export declare const RoundMode: Costshare['RoundMode'];
export declare const SplitMethod: Costshare['SplitMethod'];
export declare const Basis: Costshare['Basis'];
export declare const RefundPolicy: Costshare['RefundPolicy'];
export declare const VacancyPolicy: Costshare['VacancyPolicy'];
export declare const DayKind: Costshare['DayKind'];
export declare const Language: Costshare['Language'];
export declare const AgreementState: Costshare['AgreementState'];
export declare const EventKind: Costshare['EventKind'];
export declare const Body: Costshare['Body'];
export declare const Mark: Costshare['Mark'];
export declare const GroupOutcome: Costshare['GroupOutcome'];
export declare const GroupFinding: Costshare['GroupFinding'];
export declare const AmountGroup: Costshare['AmountGroup'];
export declare const AmountMark: Costshare['AmountMark'];
export declare const AmountFlag: Costshare['AmountFlag'];
export declare const NoticeFlag: Costshare['NoticeFlag'];
export declare const EventFlag: Costshare['EventFlag'];
export declare const InvoiceRule: Costshare['InvoiceRule'];
