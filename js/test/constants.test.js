// What this layer mirrors by hand is checked against the headers: the
// constants (from the library's table) equal the header macros, the groups
// match the names in the TypeScript declarations, the struct layouts match
// the struct definitions, and the package version is the library's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as cs from '../index.js';
import { structLayouts } from '../core.js';
import { jsDir, root } from './helpers.js';

const includeDir = path.join(root, 'include', 'costshare');
const headers = readdirSync(includeDir).filter((f) => f.endsWith('.h'))
  .map((f) => readFileSync(path.join(includeDir, f), 'utf8')).join('\n');

test('every numeric macro of the headers is in constants with the same value', () => {
  const macros = {};
  for (const m of headers.matchAll(/^#define (COSTSHARE_[A-Z0-9_]+)[ \t]+(.+?)\s*(\/\*.*)?$/gm)) {
    const text = m[2].trim();
    let v = /^\(?(-?\d+)u?\)?$/.exec(text);
    if (v) { macros[m[1]] = Number(v[1]); continue; }
    v = /^\((-\d+) - 1\)$/.exec(text);
    if (v) macros[m[1]] = Number(v[1]) - 1;
  }
  assert.ok(Object.keys(macros).length > 80);
  for (const [name, value] of Object.entries(macros)) {
    assert.equal(cs.constants[name], value, name);
  }
  assert.equal(cs.constants.COSTSHARE_VERSION_NUMBER, cs.versionNumber());
  assert.equal(Object.keys(cs.constants).length, cs.constantCount());
});

test('constant(), constantAt() and the frozen objects agree', () => {
  for (let i = 0; i < cs.constantCount(); i++) {
    const { name, value } = cs.constantAt(i);
    assert.equal(cs.constant(name), value);
    assert.equal(cs.constants[name], value);
  }
  assert.equal(cs.Unit.MONTHS, cs.constants.COSTSHARE_MONTHS);
  assert.equal(cs.ErrorCode.EPARSE, cs.constants.COSTSHARE_EPARSE);
  assert.equal(cs.EventKind.NONE, -1);
  assert.throws(() => { 'use strict'; cs.Unit.MONTHS = 1; }, TypeError);
});

test('the groups have distinct values, and the state and event groups are complete', () => {
  for (const g of ['ErrorCode', 'Unit', 'RoundMode', 'SplitMethod', 'Basis', 'RefundPolicy', 'VacancyPolicy',
    'DayKind', 'Language', 'AgreementState', 'EventKind', 'Body', 'Mark', 'GroupOutcome', 'GroupFinding',
    'AmountGroup', 'AmountMark', 'AmountFlag', 'NoticeFlag', 'EventFlag', 'InvoiceRule']) {
    const values = Object.values(cs[g]);
    assert.ok(values.length > 0, g);
    assert.equal(new Set(values).size, values.length, `${g} has two members with one value`);
  }
  assert.equal(Object.keys(cs.AgreementState).length, cs.agreementStateCount());
  assert.equal(Object.keys(cs.EventKind).length, cs.agreementEventCount() + 1); // and NONE
  assert.equal(Object.keys(cs.DayKind).length, 20);
  assert.equal(Object.keys(cs.Body).length, cs.constants.COSTSHARE_BODY_COUNT);
  // The *_name() functions give the macro name: group prefix and key.
  const named = [['AgreementState', 'COSTSHARE_AGREEMENT_', cs.agreementStateName],
    ['EventKind', 'COSTSHARE_EVENT_', cs.agreementEventName], ['Body', 'COSTSHARE_BODY_', cs.agreementBodyName],
    ['RoundMode', 'COSTSHARE_ROUND_', cs.roundModeName], ['SplitMethod', 'COSTSHARE_SPLIT_', cs.splitMethodName],
    ['GroupOutcome', 'COSTSHARE_GROUP_', cs.groupOutcomeName], ['GroupFinding', 'COSTSHARE_GROUP_', cs.groupFindingName],
    ['ErrorCode', 'COSTSHARE_', cs.errorName]];
  for (const [group, prefix, name] of named) {
    for (const [key, v] of Object.entries(cs[group])) {
      if (group === 'EventKind' && key === 'NONE') continue; // no event: "COSTSHARE_UNKNOWN"
      assert.equal(name(v), prefix + key, `${group}.${key}`);
    }
  }
});

test('the TypeScript name unions are the display names of the groups', () => {
  const dts = readFileSync(path.join(jsDir, 'core.d.ts'), 'utf8');
  const union = (type) => {
    const m = new RegExp(`export type ${type} =([^;]*);`).exec(dts);
    assert.ok(m, type);
    return [...m[1].matchAll(/'([a-z_]+)'/g)].map((x) => x[1]).sort();
  };
  const pairs = [['UnitName', 'Unit'], ['RoundModeName', 'RoundMode'], ['SplitMethodName', 'SplitMethod'],
    ['BasisName', 'Basis'], ['RefundPolicyName', 'RefundPolicy'], ['VacancyPolicyName', 'VacancyPolicy'],
    ['LanguageName', 'Language'], ['DayKindName', 'DayKind'], ['AgreementStateName', 'AgreementState'],
    ['EventKindName', 'EventKind'], ['BodyName', 'Body'], ['MarkName', 'Mark'], ['GroupOutcomeName', 'GroupOutcome'],
    ['GroupFindingName', 'GroupFinding'], ['AmountGroupName', 'AmountGroup'], ['AmountMarkName', 'AmountMark'],
    ['AmountFlagName', 'AmountFlag'], ['NoticeFlagName', 'NoticeFlag'], ['EventFlagName', 'EventFlag'],
    ['ErrorCodeName', 'ErrorCode'], ['InvoiceRuleName', 'InvoiceRule']];
  for (const [type, group] of pairs) {
    assert.deepEqual(union(type), Object.keys(cs[group]).map((k) => k.toLowerCase()).sort(), type);
  }
});

test('the struct layouts mirror the struct definitions of the headers', () => {
  const cType = { uint32_t: 'u32', int32_t: 'i32', int64_t: 'i64', costshare_date: 'date' };
  for (const [name, layout] of Object.entries(structLayouts())) {
    const m = new RegExp(`typedef struct ${name} \\{([\\s\\S]*?)\\} ${name};`).exec(headers);
    assert.ok(m, `no definition of ${name}`);
    const body = m[1].replace(/\/\*[\s\S]*?\*\//g, '');
    const fields = [...body.matchAll(/(\w+)\s+(\w+)(\[(\d+)\])?;/g)].map((f) => [f[2], f[3] ? `i32x${f[4]}` : cType[f[1]]]);
    assert.deepEqual(layout.fields.map((f) => [f.name, f.type]), fields, name);
    // The layer mirrors the struct's current version, at the module's size for it.
    const current = cs.constants[`${name.toUpperCase()}_VERSION`] ?? 1;
    assert.equal(layout.version, current, `${name} version`);
    assert.equal(cs.structSize(name, layout.version), layout.size, `${name} size`);
  }
});

test('the package version is the library version', () => {
  const pkg = JSON.parse(readFileSync(path.join(jsDir, 'package.json'), 'utf8'));
  assert.equal(pkg.version, cs.version());
  assert.equal(pkg.name, 'costshare');
  assert.deepEqual(pkg.dependencies ?? {}, {});
});
