// Every worked case of the domain document (its expected values, not this
// code's output), through the package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cs from '../index.js';
import { seedTable } from './helpers.js';

const t2016 = seedTable('ostergotland-2016.csv');
const t2018 = seedTable('ostergotland-2018.csv');
const pop2016 = t2016.rows.map((r) => r.population);
const pop2017 = t2018.rows.map((r) => r.population); // the 2018 table prints the 2017 populations
const column = (t, c) => t.rows.map((r) => r[c]);
const index = (t, name) => t.rows.findIndex((r) => r.municipality === name);
const sum = (a) => a.reduce((x, y) => x + y, 0n);

test('701 520 by the 2016 populations: the printed year column except Motala 67 492', () => {
  const expected = column(t2016, 'year');
  expected[index(t2016, 'Motala')] = 67492n;
  assert.deepEqual(cs.split(701520n, pop2016), expected);
});

test('350 760 by the 2016 populations: exactly the printed half-year column', () => {
  assert.deepEqual(cs.split(350760n, pop2016), column(t2016, 'half_year'));
});

test('1 052 280 by the 2016 populations: the 1.5-year column except Mjölby 62 606', () => {
  const expected = column(t2016, 'one_and_half_year');
  expected[index(t2016, 'Mjölby')] = 62606n;
  assert.deepEqual(cs.split(1052280n, pop2016), expected);
});

test('the legacy round-each method reproduces the 2016 columns and their residual +1', () => {
  const year = cs.splitEx(701520n, pop2016, { method: 'round_each' });
  assert.deepEqual(year.shares, column(t2016, 'year'));
  assert.equal(year.residual, 1n);
  assert.equal(sum(year.shares), 701521n);
  const longer = cs.splitEx(1052280n, pop2016, { method: cs.SplitMethod.ROUND_EACH });
  assert.deepEqual(longer.shares, column(t2016, 'one_and_half_year'));
  assert.equal(longer.residual, 1n);
});

test('763 945 by the 2017 populations', () => {
  const expected = {
    Boxholm: 9251n, Finspång: 36605n, Kinda: 16764n, Linköping: 268922n, Mjölby: 45837n,
    Motala: 73879n, Norrköping: 226899n, Söderköping: 24634n, Vadstena: 12589n,
    Valdemarsvik: 13436n, Ydre: 6333n, Åtvidaberg: 19732n, Ödeshög: 9064n,
  };
  const shares = cs.split(763945, pop2017);
  assert.deepEqual(Object.fromEntries(t2018.rows.map((r, i) => [r.municipality, shares[i]])), expected);
  assert.equal(sum(shares), 763945n);
});

test('percentages of the 2017 populations: as printed except Söderköping 3.23, sum 100.00', () => {
  const expected = column(t2018, 'percent').map((p) => BigInt(p.replace('.', '')));
  expected[index(t2018, 'Söderköping')] = 323n;
  const pct = cs.splitPercentages(pop2017, 2);
  assert.deepEqual(pct, expected);
  assert.equal(sum(pct), 10000n);
  assert.equal(sum(column(t2018, 'percent').map((p) => BigInt(p.replace('.', '')))), 9999n);
});

test('the 2018 column differs from the exact key by up to 33.25 at Söderköping', () => {
  const total = 763945n;
  const published = column(t2018, 'cost_2018');
  const deviations = pop2017.map((w, i) =>
    published[i] * 100n - cs.roundScale(total * 100n, w, sum(pop2017)));
  const worst = deviations.reduce((a, b, i) => (b < 0n ? -b : b) > (a[1] < 0n ? -a[1] : a[1]) ? [i, b] : a, [0, 0n]);
  assert.equal(t2018.rows[worst[0]].municipality, 'Söderköping');
  assert.equal(worst[1], -3325n);
});

test('a mixed key and a rounding unit', () => {
  assert.deepEqual(cs.splitEx(1050, [1, 1, 1], { unit: 100 }), { shares: [400n, 300n, 300n], residual: -50n });
  const mixed = cs.splitEx(1000n, [1n, 3n], { fixed: 500n });
  assert.deepEqual(mixed.shares, [375n, 625n]);
});

test('the post: 39 500 a month plus 48 % on-cost', () => {
  assert.equal(cs.postCost(39500, 4800, 12), 701520n);
  assert.equal(cs.postCost(39500, 4800, 6), 350760n);
  assert.equal(cs.postCost(39500, 4800, 18, 'half_away'), 1052280n);
});

test('Lag (1930:173) 1 §: months and years', () => {
  assert.equal(cs.dateAdd('2024-07-31', 2, 'months'), '2024-09-30');
  assert.equal(cs.dateAdd('2024-02-29', 1, cs.Unit.YEARS), '2025-02-28');
  assert.equal(cs.dateAdd('2024-03-31', -1, 'months'), '2024-02-29');
});

test('Lag (1930:173) 2 §: the next weekday', () => {
  const cases = [
    ['2024-06-21', '2024-06-24'], ['2024-12-24', '2024-12-27'], ['2024-12-31', '2025-01-02'],
    ['2004-05-31', '2004-06-01'], ['2005-05-16', '2005-05-16'], ['2003-06-06', '2003-06-06'],
    ['2005-06-06', '2005-06-07'],
  ];
  for (const [day, expected] of cases) assert.equal(cs.seDeadline(day), expected, day);
});

test('Swedish holidays by Lag (1989:253)', () => {
  assert.equal(cs.seHolidayDate(2024, 'midsummer_eve'), '2024-06-21');
  assert.equal(cs.seDayKind('2024-06-21'), cs.DayKind.MIDSUMMER_EVE);
  assert.equal(cs.seHoliday('2024-06-21'), cs.DayKind.NONE);
  assert.equal(cs.seHoliday('2004-05-31'), cs.DayKind.WHIT_MONDAY);
  assert.equal(cs.seHoliday('2005-06-06'), cs.DayKind.NATIONAL_DAY);
  assert.equal(cs.seHoliday('2003-06-06'), cs.DayKind.NONE);
  assert.equal(cs.seIsBusinessDay('2024-06-21'), false);
  assert.equal(cs.seIsBusinessDay('2024-06-24'), true);
  assert.equal(cs.seHolidayName(cs.DayKind.MIDSUMMER_EVE, 'sv'), 'Midsommarafton');
  assert.equal(cs.seHolidayName('midsummer_eve', 'en'), 'Midsummer Eve');
  assert.equal(cs.seBusinessDaysBetween('2024-06-17', '2024-06-24'), 4);
  assert.equal(cs.seAddBusinessDays('2024-06-22', 1), '2024-06-24');
});

test('notice: plain, whole calendar periods, and the exact inverse', () => {
  assert.equal(cs.noticeEnd('2023-05-26', 3, 'years', { calendarPeriods: true }), '2026-12-31');
  assert.equal(cs.noticeEnd('2023-05-26', 3, 'years'), '2026-05-26');
  assert.equal(cs.noticeEnd('2024-04-13', 2, 'months', { calendarPeriods: true }), '2024-06-30');
  assert.equal(cs.noticeLatest('2024-09-30', 2, 'months'), '2024-07-31');
  assert.equal(cs.noticeEnd('2024-07-30', 2, 'months'), '2024-09-30');
  assert.equal(cs.noticeEnd('2024-07-31', 2, 'months'), '2024-09-30');
  assert.equal(cs.noticeEnd('2024-08-01', 2, 'months'), '2024-10-01');
  // Two months for 2024-08-31 is due 2024-06-30, a Sunday: 2 § moves it to Monday.
  assert.equal(cs.noticeLatest('2024-08-31', 2, 'months', { seDeadline: true }), '2024-07-01');
});

test('refunds: start, by months and by days, and the vacancy minimum', () => {
  assert.equal(cs.refundStart('2024-09-30'), '2024-10-01');
  const byMonths = { termination: 'next_month', terminationBasis: 'months' };
  assert.equal(cs.refundTermination(byMonths, 64000, '2024-01-01', '2024-12-31', '2024-09-30'), 16000n);
  assert.equal(cs.refundTermination({ termination: 'next_month' }, 64000, '2024-01-01', '2024-12-31',
    '2024-09-30'), 16087n);
  assert.equal(cs.refundProrate(64000, '2024-01-01', '2024-12-31', '2024-10-01', '2024-12-31',
    { basis: 'months' }), 16000n);
  assert.equal(cs.roundScale(64000, 92, 366), 16087n);
  assert.equal(cs.refundTermination({}, 64000, '2024-01-01', '2024-12-31', '2024-09-30'), 0n);
  const terms2018 = { vacancy: 'longer_than', vacancyMinCount: 1, vacancyMinUnit: 'months' };
  assert.equal(cs.refundVacancy(terms2018, 64000, '2019-01-01', '2019-12-31', '2019-03-15', '2019-04-14'), 0n);
  assert.ok(cs.refundVacancy(terms2018, 64000, '2019-01-01', '2019-12-31', '2019-03-15', '2019-04-15') > 0n);
});

test('invoice due days', () => {
  assert.equal(cs.invoiceDue(2016, 12, 10), '2016-12-10');
  assert.equal(cs.invoiceDue(2017, 5, 31), '2017-05-31');
  assert.equal(cs.invoiceDue(2016, 12, 10, { seDeadline: true }), '2016-12-12');
});

test('a term that renews itself', () => {
  const term = {
    start: '2016-09-01', initialCount: 17, initialUnit: 'months', renewalCount: 1,
    renewalUnit: 'years', noticeCount: 3, noticeUnit: 'months',
  };
  assert.equal(cs.termEnd(term, '2017-06-01'), '2018-01-31');
  assert.equal(cs.termEnd(term, '2018-02-01'), '2019-01-31');
  assert.equal(cs.termEnd(term, '2019-01-31'), '2019-01-31');
  assert.equal(cs.termEnd(term, '2019-02-01'), '2020-01-31');
  assert.deepEqual(cs.termNotice(term, '2017-10-31'), { termEnd: '2018-01-31', latest: '2017-10-31' });
  assert.deepEqual(cs.termNotice(term, '2017-11-01'), { termEnd: '2019-01-31', latest: '2018-10-31' });
});

test('Linköping 2024: a termination on condition, the condition met, then notice', () => {
  let rec = cs.agreementInit();
  rec = cs.agreementApply(rec, { kind: 'enter_force', date: '2018-11-18', noticeCount: 2, noticeUnit: 'months' });
  assert.equal(rec.state, cs.AgreementState.IN_FORCE);
  rec = cs.agreementApply(rec, { kind: 'decide_termination', date: '2024-05-22', lastDay: '2024-09-30', body: 'council' });
  assert.equal(rec.state, cs.AgreementState.TERMINATION_PENDING);
  rec = cs.agreementApply(rec, { kind: cs.EventKind.CONDITION_MET, date: '2024-07-31' });
  assert.equal(rec.state, cs.AgreementState.NOTICE_DECIDED);
  rec = cs.agreementApply(rec, { kind: 'give_notice', date: '2024-07-31' });
  assert.equal(rec.state, cs.AgreementState.UNDER_NOTICE);
  assert.equal(rec.lastDay, '2024-09-30');
  assert.equal(rec.refundStart, '2024-10-01');
  assert.equal(cs.agreementStateOn(rec, '2024-09-30'), cs.AgreementState.UNDER_NOTICE);
  assert.equal(cs.agreementStateOn(rec, '2024-10-01'), cs.AgreementState.ENDED);
});

test('notice takes effect on receipt: sent 2024-07-30, received 2024-08-01, two months', () => {
  let rec = cs.agreementApply(cs.agreementInit(), { kind: 'enter_force', date: '2018-11-18', noticeCount: 2 });
  rec = cs.agreementApply(rec, { kind: 'decide_notice', date: '2024-07-29', body: 'board' });
  rec = cs.agreementApply(rec, { kind: 'send_notice', date: '2024-07-30' });
  assert.equal(rec.state, cs.AgreementState.NOTICE_SENT);
  rec = cs.agreementApply(rec, { kind: 'receive_notice', date: '2024-08-01' });
  assert.equal(rec.state, cs.AgreementState.UNDER_NOTICE);
  assert.equal(rec.lastDay, '2024-10-01'); // counted from receipt: 2024-08-01 + 2 months
});

test('Alingsås: a decision to leave repealed before it is sent; a notice received withdrawn only with consent', () => {
  const charter = {
    kind: 'enter_force', date: '2020-01-01', noticeCount: 3, noticeUnit: 'years', noticeFlags: cs.NoticeFlag.CALENDAR_PERIODS,
  };
  let rec = cs.agreementApply(cs.agreementInit(), charter);
  rec = cs.agreementApply(rec, { kind: 'decide_notice', date: '2023-05-26', body: 'council' });
  assert.equal(rec.state, cs.AgreementState.NOTICE_DECIDED);
  rec = cs.agreementApply(rec, { kind: 'repeal', date: '2024-01-24', body: 'council' });
  assert.equal(rec.state, cs.AgreementState.IN_FORCE);
  // Had the notice been given: three calendar years after 2023, and no withdrawal without consent.
  let given = cs.agreementApply(cs.agreementApply(cs.agreementInit(), charter), { kind: 'give_notice', date: '2023-05-26' });
  assert.equal(given.lastDay, '2026-12-31');
  assert.throws(() => cs.agreementApply(given, { kind: 'withdraw', date: '2024-01-24' }),
    (e) => e instanceof cs.CostshareError && e.code === cs.ErrorCode.ECONSENT);
  given = cs.agreementApply(given, { kind: 'withdraw', date: '2024-01-24', flags: cs.EventFlag.CONSENTED });
  assert.equal(given.state, cs.AgreementState.IN_FORCE);
  // "Tre kalenderår" read with the year of notice as the first: 2025-12-31.
  assert.equal(cs.noticeEnd('2023-05-26', 3, 'years', { calendarPeriods: true, calendarCountCurrent: true }), '2025-12-31');
});

test('appeal and motion deadlines (kommunallagen 13 kap. 5 §, 5 kap. 35 §)', () => {
  assert.equal(cs.seAppealDeadline('2024-06-18'), '2024-07-09');
  assert.equal(cs.seAppealDeadline('2024-12-03'), '2024-12-27'); // three weeks end on Christmas Eve
  assert.equal(cs.seAppealDeadline('2024-06-01'), '2024-06-24'); // on Midsummer Day
  assert.equal(cs.seMotionDeadline('2016-02-15'), '2017-02-15');
  assert.equal(cs.seMotionDeadline('2024-02-29'), '2025-02-28');
});

test('the thirteen Östergötland agreements as a group, 2024', () => {
  const names = t2018.rows.map((r) => r.municipality);
  const enter = { kind: 'enter_force', date: '2018-11-18', noticeCount: 2, noticeUnit: 'months' };
  const records = names.map((_, i) => cs.agreementApply(cs.agreementApply(cs.agreementInit(), enter),
    { kind: 'decide_termination', date: cs.dateAdd('2024-05-22', i, 'days'), lastDay: '2024-09-30', body: 'council' }));
  assert.deepEqual(cs.groupCondition(records, '2024-02-26'), { outcome: cs.GroupOutcome.MET, day: '2024-06-03' });
  assert.equal(cs.groupStateOn(records, '2024-06-10'), cs.AgreementState.TERMINATION_PENDING);
  const ended = records.map((r) => cs.agreementApply(cs.agreementApply(r, { kind: 'condition_met', date: '2024-06-03' }),
    { kind: 'give_notice', date: '2024-07-31' }));
  assert.equal(cs.groupStateOn(ended, '2024-09-30'), cs.AgreementState.UNDER_NOTICE);
  assert.equal(cs.groupStateOn(ended, '2024-10-01'), cs.AgreementState.ENDED);
  assert.deepEqual(cs.groupMembersOn(ended, '2024-09-30').members, 13);
  assert.deepEqual(cs.groupMembersOn(ended, '2024-10-01'), { isMember: names.map(() => false), members: 0 });
  const m = cs.groupMemberships(ended, '2024-01-01', '2024-12-31');
  assert.deepEqual(m, { from: names.map(() => null), to: names.map(() => '2024-09-30') });
});

test('Mjölby: the 2016 agreement invoiced beyond its term, and the gap to 2018', () => {
  const a2016 = cs.agreementApply(cs.agreementInit(), {
    kind: 'enter_force', date: '2016-12-06', from: '2016-09-01', termEnd: '2018-01-31' });
  const a2018 = cs.agreementApply(cs.agreementInit(), { kind: 'enter_force', date: '2018-11-18', noticeCount: 2 });
  const findings = cs.groupCoverage([a2016, a2018],
    [{ first: '2016-09-01', last: '2017-08-31' }, { first: '2017-09-01', last: '2018-02-28' }]);
  assert.deepEqual(findings, [
    { kind: cs.GroupFinding.GAP, index: 0, first: '2018-02-01', last: '2018-11-17' },
    { kind: cs.GroupFinding.UNCOVERED, index: 1, first: '2018-02-01', last: '2018-02-28' },
  ]);
});

test('the 2024 invoice run: nine months owed, the rest refunded', () => {
  const [nine, three] = cs.split(763945n, [9n, 3n]);
  assert.equal(nine, 572959n);
  assert.equal(three, 190986n);
  const invoiced = cs.split(763945n, pop2017);
  const owed = cs.split(nine, pop2017);
  const refunds = invoiced.map((x, i) => x - owed[i]);
  const linkoping = index(t2018, 'Linköping');
  const ydre = index(t2018, 'Ydre');
  assert.equal(owed[linkoping], 201692n);
  assert.equal(refunds[linkoping], 67230n);
  assert.equal(owed[ydre], 4750n);
  assert.equal(refunds[ydre], 1583n);
  assert.equal(sum(refunds), 190986n);
});

test('Ekerö: a response deadline extended; a decision after it is valid and marked late; Täby: a motion rejected', () => {
  let ekero = cs.agreementApply(cs.agreementInit(), { kind: 'propose', date: '2013-10-01', deadline: '2013-11-15' });
  const late = cs.agreementApply(ekero, { kind: 'adopt', date: '2013-12-10', body: 'council' });
  assert.equal(late.state, cs.AgreementState.ADOPTED);
  assert.equal(late.marks & cs.Mark.LATE, cs.Mark.LATE);
  ekero = cs.agreementApply(ekero, { kind: 'extend_deadline', date: '2013-11-12', deadline: '2013-12-19' });
  assert.equal(ekero.responseDeadline, '2013-12-19');
  ekero = cs.agreementApply(ekero, { kind: 'propose_decision', date: '2013-11-25', body: 'board', proposedKind: 'adopt' });
  assert.equal(ekero.proposals, 1);
  assert.equal(ekero.lastProposalBody, cs.Body.BOARD);
  ekero = cs.agreementApply(ekero, { kind: 'adopt', date: '2013-12-10', body: 'council' });
  assert.equal(ekero.state, cs.AgreementState.ADOPTED);
  assert.equal(ekero.marks & cs.Mark.LATE, 0);
  ekero = cs.agreementApply(ekero, { kind: 'announce', date: '2013-12-13' });
  assert.equal(ekero.appealLastDay, cs.seAppealDeadline('2013-12-13'));
  assert.equal(cs.agreementMarksOn(ekero, ekero.appealLastDay) & cs.Mark.FINAL, 0);
  assert.equal(cs.agreementMarksOn(ekero, cs.dateAdd(ekero.appealLastDay, 1, 'days')) & cs.Mark.FINAL, cs.Mark.FINAL);
  let taby = cs.agreementApply(cs.agreementInit(), { kind: 'propose', date: '2016-02-15', deadline: cs.seMotionDeadline('2016-02-15') });
  taby = cs.agreementApply(taby, { kind: 'reject', date: '2016-10-17', body: 'council' });
  assert.equal(taby.state, cs.AgreementState.REJECTED);
  assert.throws(() => cs.agreementTransition('rejected', 'adopt'),
    (e) => e instanceof cs.CostshareError && e.code === cs.ErrorCode.ENOTALLOWED);
  assert.equal(cs.agreementTransition('proposed', 'reject'), cs.AgreementState.REJECTED);
});

test('the 2016 share column sums to 1.0002; the exact key to 100.00', () => {
  const printed = column(t2016, 'share').map((s) => BigInt(s.replace('0.', '')));
  assert.equal(sum(printed), 10002n);
  assert.equal(sum(cs.splitPercentages(pop2016, 2)), 10000n);
});

test('2016 to 2018: a fixed term replaced by a new agreement; amendments count only when signed by both', () => {
  let rec = cs.agreementApply(cs.agreementInit(), { kind: 'propose', date: '2016-06-01' });
  rec = cs.agreementApply(rec, { kind: 'adopt', date: '2016-11-01' });
  rec = cs.agreementApply(rec, { kind: 'sign', date: '2016-12-06' });
  rec = cs.agreementApply(rec, { kind: 'enter_force', date: '2016-12-06', from: '2016-09-01', termEnd: '2018-01-31' });
  assert.equal(rec.inForceFrom, '2016-09-01');
  assert.throws(() => cs.agreementApply(rec, { kind: 'amend', date: '2017-04-18' }),
    (e) => e instanceof cs.CostshareError && e.code === cs.ErrorCode.ECONDITION);
  rec = cs.agreementApply(rec, { kind: 'amend', date: '2017-04-18', flags: cs.EventFlag.SIGNED_BY_BOTH });
  assert.equal(rec.amendments, 1);
  rec = cs.agreementApply(rec, { kind: 'replace', date: '2018-11-18', lastDay: '2018-01-31' });
  assert.equal(rec.state, cs.AgreementState.REPLACED);
  assert.equal(cs.agreementStateOn(rec, '2017-06-01'), cs.AgreementState.IN_FORCE);
});

test('a nested key: the municipal quarter of a FINSAM federation split by population', () => {
  const [state, region, municipal] = cs.split(1000000n, [50n, 25n, 25n]);
  assert.deepEqual([state, region, municipal], [500000n, 250000n, 250000n]);
  const shares = cs.split(municipal, pop2017);
  assert.equal(sum(shares), municipal);
  // Each municipality within one krona of its exact part of the quarter.
  pop2017.forEach((w, i) => {
    const floor = (municipal * w) / sum(pop2017);
    assert.ok(shares[i] === floor || shares[i] === floor + 1n);
  });
});
