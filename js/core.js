// costshare for JavaScript: the wrapper layer over libcostshare compiled to
// WebAssembly (js/costshare.wasm, built by js/build.sh from lib/).
//
// This file knows nothing about how the module is loaded: index.js loads it
// with `new URL('./costshare.wasm', import.meta.url)` for Node, browsers and
// bundlers; the web page embeds this file and the module in one classic
// script (web/build.sh), because browsers refuse module scripts and fetch()
// on file://. Both call createCostshare() with the instantiated module.
//
// Every exported C function costshare_<name> has a wrapper named <name> in
// camelCase (costshare_date_add -> dateAdd). All arithmetic is the
// library's; this layer only converts values:
//   - amounts, weights and other int64_t values are BigInt in and out
//     (numbers that are safe integers are accepted);
//   - dates are 'YYYY-MM-DD' strings in and out (the library parses and
//     formats them), null where a record field holds no date;
//   - constants are frozen objects built from the library's constant table;
//   - option structs are plain objects, their defaults from the library's own
//     *_init() functions;
//   - a refused call throws CostshareError with the library's code, name and
//     message (and, from a batch function, the index of the element refused);
//     a JavaScript value of the wrong type throws TypeError, and a number
//     that does not fit the C parameter RangeError, before the library is
//     called;
//   - the batch functions (costshare_*_batch -> *Batch) take an Int32Array of
//     day numbers, copied into the module once, and give a new Int32Array;
//     or an Array of 'YYYY-MM-DD' strings, and give an Array.

/**
 * A call refused by libcostshare: `code` (negative), `name` and `message` are the library's;
 * `index` is the position of the element a batch function refused, null otherwise.
 */
class CostshareError extends Error {
  constructor(code, name, message, functionName, index = null) {
    super(message);
    Object.defineProperty(this, 'name', { value: name, enumerable: false, writable: true, configurable: true });
    /** The library's return code, such as -2 (COSTSHARE_ERANGE). */
    this.code = code;
    /** The C function that refused the call, such as 'costshare_split'. */
    this.functionName = functionName;
    /** The index of the first element a batch function (*Batch) refused; null for any other refusal. */
    this.index = index;
  }
}
Object.defineProperty(CostshareError.prototype, 'name', {
  value: 'CostshareError', enumerable: false, writable: true, configurable: true,
});

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const UINT32_MAX = 2 ** 32 - 1;

// Groups of constants, each a frozen object keyed by the constant's name
// without its group prefix (Unit.MONTHS === constants.COSTSHARE_MONTHS). A
// group holds the constants whose names match, except limits, counts and
// struct versions, which are not members. Functions that take a member also
// accept its display name: the key in lower case ('months', 'half_even').
const GROUPS = [
  ['ErrorCode', /^COSTSHARE_(OK|E[A-Z]+)$/],
  ['Unit', /^COSTSHARE_(DAYS|WEEKS|MONTHS|YEARS)$/],
  ['RoundMode', /^COSTSHARE_ROUND_([A-Z_]+)$/],
  ['SplitMethod', /^COSTSHARE_SPLIT_([A-Z_]+)$/],
  ['Basis', /^COSTSHARE_BASIS_([A-Z_]+)$/],
  ['RefundPolicy', /^COSTSHARE_REFUND_([A-Z_]+)$/],
  ['VacancyPolicy', /^COSTSHARE_VACANCY_([A-Z_]+)$/],
  ['DayKind', /^COSTSHARE_SE_([A-Z_]+)$/, ['DEADLINE']],
  ['Language', /^COSTSHARE_LANG_([A-Z]+)$/],
  ['AgreementState', /^COSTSHARE_AGREEMENT_([A-Z_]+)$/, ['NO_DATE']],
  ['EventKind', /^COSTSHARE_EVENT_([A-Z_]+)$/, ['SIGNED_BY_BOTH', 'CONSENTED']],
  ['Body', /^COSTSHARE_BODY_([A-Z_]+)$/],
  ['Mark', /^COSTSHARE_MARK_([A-Z_]+)$/],
  ['GroupOutcome', /^COSTSHARE_GROUP_(PENDING|MET|FAILED)$/],
  ['GroupFinding', /^COSTSHARE_GROUP_(GAP|OVERLAP|UNCOVERED)$/],
  ['AmountGroup', /^COSTSHARE_AMOUNT_GROUP_([A-Z_]+)$/],
  ['AmountMark', /^COSTSHARE_AMOUNT_MARK_([A-Z_]+)$/],
  ['AmountFlag', /^COSTSHARE_AMOUNT_(KR|TKR|PERCENT|MINUS_SIGN)$/],
  ['NoticeFlag', /^COSTSHARE_(CALENDAR_PERIODS|CALENDAR_COUNT_CURRENT|SE_DEADLINE)$/],
  ['EventFlag', /^COSTSHARE_EVENT_(SIGNED_BY_BOTH|CONSENTED)$/],
  ['InvoiceRule', /^COSTSHARE_INVOICE_(REDISTRIBUTE|FIXED_SHARES)$/],
];
// Flag groups: every matching constant is a member (their names may end in
// words such as COUNT that are not members elsewhere).
const FLAG_GROUPS = new Set(['NoticeFlag', 'EventFlag', 'AmountFlag']);
// Names that are limits, counts or versions rather than members of a group.
const NOT_A_MEMBER = /(^|_)(VERSION|COUNT|MAX|MIN)$/;

// The C structs this layer mirrors, at the struct version it was written
// for (a library accepts every version up to its own: docs/abi.md). Field
// types: i32, u32 and i64 integers, date (a costshare_date, 'YYYY-MM-DD' or
// null), and i32x4 (reserved, always zero). A third element names the group
// whose display names the field also accepts. `version` and `reserved`
// are not shown to JavaScript: the layer sets them.
const STRUCTS = {
  costshare_split_options: {
    version: 1, init: 'costshare_split_options_init',
    fields: [['version', 'u32'], ['method', 'i32', 'SplitMethod'], ['unit', 'i64'], ['fixed', 'i64']],
  },
  costshare_term: {
    version: 1, init: 'costshare_term_init',
    fields: [['version', 'u32'], ['start', 'date'], ['initial_count', 'i32'],
      ['initial_unit', 'i32', 'Unit'], ['renewal_count', 'i32'], ['renewal_unit', 'i32', 'Unit'],
      ['notice_count', 'i32'], ['notice_unit', 'i32', 'Unit'], ['notice_flags', 'u32']],
  },
  costshare_refund_terms: {
    version: 1, init: 'costshare_refund_terms_init',
    fields: [['version', 'u32'], ['termination', 'i32', 'RefundPolicy'],
      ['termination_basis', 'i32', 'Basis'], ['vacancy', 'i32', 'VacancyPolicy'],
      ['vacancy_min_count', 'i32'], ['vacancy_min_unit', 'i32', 'Unit'],
      ['vacancy_basis', 'i32', 'Basis'], ['mode', 'i32', 'RoundMode']],
  },
  costshare_agreement: {
    version: 2, init: 'costshare_agreement_init',
    fields: [['version', 'u32'], ['state', 'i32', 'AgreementState'],
      ['last_event_kind', 'i32', 'EventKind'], ['last_event', 'date'], ['proposed', 'date'],
      ['response_deadline', 'date'], ['decided', 'date'], ['signed_on', 'date'],
      ['in_force_from', 'date'], ['term_end', 'date'], ['termination_decided', 'date'],
      ['wanted_last_day', 'date'], ['notice_given', 'date'], ['last_day', 'date'],
      ['refund_start', 'date'], ['withdrawn_on', 'date'], ['last_amended', 'date'],
      ['notice_count', 'i32'], ['notice_unit', 'i32', 'Unit'], ['notice_flags', 'u32'],
      ['renewal_count', 'i32'], ['renewal_unit', 'i32', 'Unit'], ['renewals', 'i32'],
      ['amendments', 'i32'], ['reserved', 'i32x4'],
      // version 2
      ['proposals', 'i32'], ['last_proposal', 'date'], ['last_proposal_body', 'i32', 'Body'],
      ['last_proposal_kind', 'i32', 'EventKind'], ['last_decision', 'date'],
      ['last_decision_kind', 'i32', 'EventKind'], ['last_decision_body', 'i32', 'Body'],
      ['announced', 'date'], ['appeal_last_day', 'date'], ['condition_met', 'date'],
      ['notice_sent', 'date'], ['marks', 'u32']],
  },
  costshare_event: {
    version: 2, init: 'costshare_agreement_event_init',
    fields: [['version', 'u32'], ['kind', 'i32', 'EventKind'], ['date', 'date'],
      ['deadline', 'date'], ['from', 'date'], ['term_end', 'date'], ['last_day', 'date'],
      ['notice_count', 'i32'], ['notice_unit', 'i32', 'Unit'], ['notice_flags', 'u32'],
      ['renewal_count', 'i32'], ['renewal_unit', 'i32', 'Unit'], ['flags', 'u32'],
      ['reserved', 'i32x4'],
      // version 2
      ['body', 'i32', 'Body'], ['proposed_kind', 'i32', 'EventKind']],
  },
  costshare_amount_options: {
    version: 1, init: 'costshare_amount_options_init',
    fields: [['version', 'u32'], ['decimals', 'i32'], ['group', 'i32', 'AmountGroup'],
      ['decimal_mark', 'i32', 'AmountMark'], ['flags', 'u32']],
  },
  costshare_post_terms: {
    version: 1, init: 'costshare_post_terms_init',
    fields: [['version', 'u32'], ['mode', 'i32', 'RoundMode'], ['monthly', 'i64'], ['base_year', 'i32'],
      ['base_month', 'i32'], ['revision_month', 'i32'], ['revision_bp', 'i32'], ['oncost_bp', 'i32'],
      ['overhead_bp', 'i32'], ['fte_bp', 'i32']],
  },
  // The period's days are null until set (COSTSHARE_INVOICE_OPEN).
  costshare_invoice_plan: {
    version: 1, init: 'costshare_invoice_plan_init',
    fields: [['version', 'u32'], ['first', 'date'], ['last', 'date'], ['rule', 'i32', 'InvoiceRule'],
      ['basis', 'i32', 'Basis'], ['cost', 'i64']],
  },
  // Written by the library only (costshare_invoice_segments()): no *_init().
  costshare_invoice_segment: {
    version: 1, init: null,
    fields: [['first', 'date'], ['last', 'date'], ['days', 'i32'], ['months', 'i32'], ['members', 'i32'],
      ['reserved', 'i32'], ['cost', 'i64'], ['residual', 'i64']],
  },
  // Written by the library only (costshare_group_coverage()): no *_init().
  costshare_group_finding: {
    version: 1, init: null,
    fields: [['kind', 'i32', 'GroupFinding'], ['index', 'i32'], ['first', 'date'], ['last', 'date']],
  },
};
const HIDDEN_FIELDS = new Set(['version', 'reserved']);
const FIELD_SIZE = { i32: 4, u32: 4, date: 4, i64: 8, i32x4: 16 };
const FIELD_ALIGN = { i32: 4, u32: 4, date: 4, i64: 8, i32x4: 4 };

const camel = (name) => name.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
const alignUp = (n, a) => Math.ceil(n / a) * a;

// The byte layout of each struct on wasm32 (the C rules: each field at a
// multiple of its alignment, the size a multiple of the largest one).
function layouts() {
  const out = {};
  for (const [cName, spec] of Object.entries(STRUCTS)) {
    let offset = 0;
    let maxAlign = 1;
    const fields = spec.fields.map(([name, type, group]) => {
      offset = alignUp(offset, FIELD_ALIGN[type]);
      maxAlign = Math.max(maxAlign, FIELD_ALIGN[type]);
      const f = { name, js: camel(name), type, group, offset };
      offset += FIELD_SIZE[type];
      return f;
    });
    const visible = fields.filter((f) => !HIDDEN_FIELDS.has(f.name));
    out[cName] = {
      name: cName, version: spec.version, init: spec.init, fields, visible,
      byJs: new Map(visible.map((f) => [f.js, f])), size: alignUp(offset, maxAlign),
    };
  }
  return out;
}

/**
 * The JavaScript API over an instantiated costshare.wasm.
 * @param {WebAssembly.Instance | WebAssembly.Exports} instance
 */
function createCostshare(instance) {
  const c = instance && instance.exports ? instance.exports : instance;
  if (!c || !(c.memory instanceof WebAssembly.Memory) || typeof c.costshare_version !== 'function') {
    throw new TypeError('createCostshare: not an instance of costshare.wasm');
  }
  const memory = c.memory;
  const encoder = new TextEncoder();
  const decoder = new TextDecoder('utf-8', { fatal: true });

  // Scratch memory for arguments and results: a bump allocator above the
  // module's static data, reset at the start of every wrapper. The library
  // itself never allocates; nothing here outlives one call.
  const scratchBase = alignUp(Number(c.__heap_base.value), 16);
  let top = scratchBase;
  const reset = () => { top = scratchBase; };
  function alloc(bytes, align = 8) {
    const p = alignUp(top, align);
    top = p + Math.max(bytes, 1);
    if (top > memory.buffer.byteLength) {
      memory.grow(Math.ceil((top - memory.buffer.byteLength) / 65536));
    }
    return p;
  }
  const view = () => new DataView(memory.buffer);

  function cString(ptr) {
    const bytes = new Uint8Array(memory.buffer);
    let end = ptr;
    while (bytes[end] !== 0) end++;
    return decoder.decode(bytes.subarray(ptr, end));
  }
  function stringIn(text, fn, what) {
    if (typeof text !== 'string') throw new TypeError(`${fn}: ${what} must be a string`);
    const bytes = encoder.encode(text);
    const p = alloc(bytes.length + 1, 1);
    new Uint8Array(memory.buffer, p, bytes.length + 1).set(bytes);
    new Uint8Array(memory.buffer)[p + bytes.length] = 0;
    return { ptr: p, length: bytes.length };
  }

  const errorName = (code) => cString(c.costshare_error_name(code));
  const errorMessage = (code) => cString(c.costshare_error_message(code));
  function fail(rc, cName, index = null) {
    throw new CostshareError(rc, errorName(rc), errorMessage(rc), cName, index);
  }
  // A status return: COSTSHARE_OK or a negative code.
  function status(rc, cName) {
    if (rc !== 0) fail(rc, cName);
  }

  // --- JavaScript values to C parameters -------------------------------------

  function i64(v, fn, what) {
    if (typeof v === 'bigint') {
      if (v < INT64_MIN || v > INT64_MAX) throw new RangeError(`${fn}: ${what} does not fit in int64_t`);
      return v;
    }
    if (typeof v === 'number') {
      if (!Number.isSafeInteger(v)) throw new RangeError(`${fn}: ${what} must be a safe integer (or a bigint)`);
      return BigInt(v);
    }
    throw new TypeError(`${fn}: ${what} must be a bigint or an integer number`);
  }
  function int(v, fn, what, min, max, cType) {
    if (typeof v === 'bigint') {
      if (v < BigInt(min) || v > BigInt(max)) throw new RangeError(`${fn}: ${what} does not fit in ${cType}`);
      return Number(v);
    }
    if (typeof v !== 'number') throw new TypeError(`${fn}: ${what} must be an integer number`);
    if (!Number.isInteger(v)) throw new RangeError(`${fn}: ${what} must be an integer`);
    if (v < min || v > max) throw new RangeError(`${fn}: ${what} does not fit in ${cType}`);
    return v;
  }
  const i32 = (v, fn, what) => int(v, fn, what, INT32_MIN, INT32_MAX, 'int32_t');
  const u32 = (v, fn, what) => int(v, fn, what, 0, UINT32_MAX, 'uint32_t') >>> 0;
  function bool(v, fn, what) {
    if (typeof v !== 'boolean') throw new TypeError(`${fn}: ${what} must be true or false`);
    return v;
  }

  // A group member: its number (the library judges unknown numbers) or its
  // display name.
  function member(group, v, fn, what) {
    if (typeof v === 'string') {
      const key = v.toUpperCase();
      const g = groups[group];
      if (Object.prototype.hasOwnProperty.call(g, key)) return g[key];
      const names = Object.keys(g).map((k) => `'${k.toLowerCase()}'`).join(', ');
      throw new RangeError(`${fn}: ${what} '${v}' is not one of ${names}`);
    }
    return i32(v, fn, what);
  }

  // A date: 'YYYY-MM-DD', parsed by costshare_date_parse().
  function dayIn(text, fn, what) {
    if (typeof text !== 'string') throw new TypeError(`${fn}: ${what} must be a 'YYYY-MM-DD' string`);
    const parsed = dayParse(text, fn, what);
    status(parsed.rc, 'costshare_date_parse');
    return parsed.day;
  }
  // costshare_date_parse() of a string: its code, and the day when it is 0.
  function dayParse(text, fn, what) {
    const mark = top;
    const s = stringIn(text, fn, what);
    const out = alloc(4, 4);
    const rc = c.costshare_date_parse(s.ptr, s.length, out);
    const day = view().getInt32(out, true);
    top = mark;
    return { rc, day };
  }
  function dayOut(day) {
    const mark = top;
    const buf = alloc(11, 1);
    status(c.costshare_date_format(day, buf, 11), 'costshare_date_format');
    const text = cString(buf);
    top = mark;
    return text;
  }

  // Weights (or any int64_t array): an array of bigints or safe integers, or
  // a BigInt64Array. The results come back in the same kind: an Array of
  // bigints, or a BigInt64Array (which is much faster for large arrays: no
  // bigint is made per element).
  function i64Array(values, fn, what) {
    if (values instanceof BigInt64Array) {
      const p = alloc(values.length * 8, 8);
      new BigInt64Array(memory.buffer, p, values.length).set(values);
      return { ptr: p, length: values.length, typed: true };
    }
    if (!Array.isArray(values)) throw new TypeError(`${fn}: ${what} must be an array (or a BigInt64Array)`);
    const n = values.length;
    const p = alloc(n * 8, 8);
    const a = new BigInt64Array(memory.buffer, p, n);
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (typeof v === 'bigint' && v >= INT64_MIN && v <= INT64_MAX) a[i] = v;
      else a[i] = i64(v, fn, `${what}[${i}]`);
    }
    return { ptr: p, length: n, typed: false };
  }
  function i64ArrayOut(p, like) {
    const a = new BigInt64Array(memory.buffer, p, like.length);
    return like.typed ? a.slice() : Array.from(a);
  }

  // Group indices (uint32_t): an array of safe integers or bigints.
  function u32Array(values, fn, what) {
    if (!Array.isArray(values)) throw new TypeError(`${fn}: ${what} must be an array`);
    const n = values.length;
    const converted = values.map((v, i) => u32(v, fn, `${what}[${i}]`));
    const p = alloc(n * 4, 4);
    new Uint32Array(memory.buffer, p, n).set(converted);
    return { ptr: p, length: n };
  }

  const FLAG_OPTIONS = {
    calendarPeriods: 'CALENDAR_PERIODS', calendarCountCurrent: 'CALENDAR_COUNT_CURRENT', seDeadline: 'SE_DEADLINE',
  };
  function flagsIn(options, fn, allowed) {
    if (options === undefined) return 0;
    if (options === null || typeof options !== 'object') throw new TypeError(`${fn}: options must be an object`);
    let flags = 0;
    for (const key of Object.keys(options)) {
      if (!allowed.includes(key)) {
        throw new TypeError(`${fn}: unknown option '${key}' (known: ${allowed.join(', ')})`);
      }
      if (options[key] === undefined) continue;
      if (bool(options[key], fn, key)) flags |= groups.NoticeFlag[FLAG_OPTIONS[key]];
    }
    return flags >>> 0;
  }
  function optionsIn(options, fn, defaults) {
    if (options === undefined) return { ...defaults };
    if (options === null || typeof options !== 'object') throw new TypeError(`${fn}: options must be an object`);
    for (const key of Object.keys(options)) {
      if (!(key in defaults)) {
        throw new TypeError(`${fn}: unknown option '${key}' (known: ${Object.keys(defaults).join(', ')})`);
      }
    }
    const out = { ...defaults };
    for (const key of Object.keys(defaults)) if (options[key] !== undefined) out[key] = options[key];
    return out;
  }

  // --- Structs ---------------------------------------------------------------

  const LAYOUT = layouts();
  let noDate = 0; // COSTSHARE_AGREEMENT_NO_DATE, from the constant table below

  // Converted first, then written: converting a date uses scratch memory,
  // which may grow and so replace memory.buffer.
  function writeField(base, f, v, fn, what) {
    const at = base + f.offset;
    switch (f.type) {
      case 'i64': { const x = i64(v, fn, what); view().setBigInt64(at, x, true); break; }
      case 'u32': { const x = u32(v, fn, what); view().setUint32(at, x, true); break; }
      case 'date': { const x = v === null ? noDate : dayIn(v, fn, what); view().setInt32(at, x, true); break; }
      default: {
        const x = f.group ? member(f.group, v, fn, what) : i32(v, fn, what);
        view().setInt32(at, x, true);
      }
    }
  }
  function readField(base, f) {
    const at = base + f.offset;
    switch (f.type) {
      case 'i64': return view().getBigInt64(at, true);
      case 'u32': return view().getUint32(at, true);
      case 'date': {
        const d = view().getInt32(at, true);
        return d === noDate ? null : dayOut(d);
      }
      default: return view().getInt32(at, true);
    }
  }
  // The struct with the library's defaults (its *_init()), then the
  // members the caller gave. Unknown members are refused.
  function structIn(L, obj, fn, what, at) {
    const p = at === undefined ? alloc(L.size, 8) : at;
    status(c[L.init](p, L.version), L.init);
    if (obj === undefined) return p;
    if (obj === null || typeof obj !== 'object') throw new TypeError(`${fn}: ${what} must be an object`);
    for (const key of Object.keys(obj)) {
      if (!L.byJs.has(key)) {
        const known = L.visible.map((f) => f.js).join(', ');
        throw new TypeError(`${fn}: unknown ${what} member '${key}' (known: ${known})`);
      }
    }
    for (const f of L.visible) {
      const v = obj[f.js];
      if (v !== undefined) writeField(p, f, v, fn, `${what}.${f.js}`);
    }
    return p;
  }
  function structOut(L, p) {
    const out = {};
    for (const f of L.visible) out[f.js] = readField(p, f);
    return out;
  }
  // An array of agreement records, one after the other at the struct's size.
  function recordsIn(records, fn) {
    if (!Array.isArray(records)) throw new TypeError(`${fn}: records must be an array of agreement records`);
    const L = LAYOUT.costshare_agreement;
    const p = alloc(L.size * Math.max(records.length, 1), 8);
    records.forEach((rec, i) => structIn(L, rec, fn, `records[${i}]`, p + i * L.size));
    return { ptr: p, length: records.length };
  }
  function structDefaults(L) {
    reset();
    const p = alloc(L.size, 8);
    status(c[L.init](p, L.version), L.init);
    return structOut(L, p);
  }

  // Membership days of the invoice run: 'YYYY-MM-DD', or null for an open
  // end (COSTSHARE_INVOICE_OPEN, which is COSTSHARE_AGREEMENT_NO_DATE).
  function membershipDays(days, count, fn, what) {
    if (!Array.isArray(days)) throw new TypeError(`${fn}: ${what} must be an array of 'YYYY-MM-DD' strings or null`);
    if (days.length !== count) throw new RangeError(`${fn}: ${what} must have ${count} entries, one per party`);
    const converted = days.map((d, i) => (d === null ? noDate : dayIn(d, fn, `${what}[${i}]`)));
    const p = alloc(4 * count, 4);
    new Int32Array(memory.buffer, p, count).set(converted);
    return p;
  }

  // --- Out-parameters ------------------------------------------------------

  const outI32 = () => alloc(4, 4);
  const outI64 = () => alloc(8, 8);
  const getI32 = (p) => view().getInt32(p, true);
  const getI64 = (p) => view().getBigInt64(p, true);
  // A function whose only output is a date.
  function dateResult(cName, ...args) {
    const out = outI32();
    status(c[cName](...args, out), cName);
    return dayOut(getI32(out));
  }

  // A function whose only output is an int32_t.
  function i32Result(cName, ...args) {
    const mark = top;
    const out = outI32();
    status(c[cName](...args, out), cName);
    const v = getI32(out);
    top = mark;
    return v;
  }

  // --- Batches ---------------------------------------------------------------

  // A batch function (costshare_*_batch) over `values`, with `args` the C
  // arguments between the count and the output array, already converted:
  //   - an Int32Array of day numbers is copied into the module once, the
  //     function called once with its input array as its output array (the
  //     library allows that), and the results copied out once into a new
  //     Int32Array; nothing is converted per element;
  //   - an Array of 'YYYY-MM-DD' strings is parsed element by element
  //     (costshare_date_parse()), the function called once, and each result
  //     converted by `fromDay` (a text, or a boolean).
  // A refusal throws CostshareError with `index`, the position of the first
  // element refused, except for COSTSHARE_EINVAL, which the arguments alone
  // decide (index null). A string the library cannot parse is refused at its
  // position, unless the batch refuses an element before it. The caller's
  // array is never written to.
  function batch(cName, values, fn, what, args, fromDay) {
    reset();
    const typed = values instanceof Int32Array;
    if (!typed) {
      if (!Array.isArray(values)) {
        throw new TypeError(`${fn}: ${what} must be an Int32Array of day numbers or an array of 'YYYY-MM-DD' strings`);
      }
      values.forEach((v, i) => {
        if (typeof v !== 'string') throw new TypeError(`${fn}: ${what}[${i}] must be a 'YYYY-MM-DD' string`);
      });
    }
    const n = values.length;
    const days = alloc(4 * n, 4);
    // The elements before the first string that does not parse (all of them
    // for an Int32Array); only these are handed to the batch.
    let valid = n;
    let parseRc = 0;
    if (typed) {
      new Int32Array(memory.buffer, days, n).set(values);
    } else {
      for (let i = 0; i < n; i++) {
        const parsed = dayParse(values[i], fn, `${what}[${i}]`);
        if (parsed.rc !== 0) {
          valid = i;
          parseRc = parsed.rc;
          break;
        }
        view().setInt32(days + 4 * i, parsed.day, true);
      }
    }
    const bad = alloc(4, 4); // size_t, 32 bits on wasm32
    const rc = c[cName](days, valid, ...args, days, bad);
    if (rc !== 0) fail(rc, cName, rc === groups.ErrorCode.EINVAL ? null : view().getUint32(bad, true));
    if (valid < n) fail(parseRc, 'costshare_date_parse', valid);
    const out = new Int32Array(memory.buffer, days, n).slice();
    return typed ? out : Array.from(out, fromDay);
  }
  const isOne = (v) => v === 1;

  // --- Constants -------------------------------------------------------------

  const constants = {};
  {
    reset();
    const n = c.costshare_constant_count();
    const name = alloc(4, 4);
    const val = outI64();
    for (let i = 0; i < n; i++) {
      status(c.costshare_constant_at(i, name, val), 'costshare_constant_at');
      const v = getI64(val);
      constants[cString(view().getUint32(name, true))] =
        v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
    }
  }
  const groups = {};
  for (const [group, re, extraExcluded = []] of GROUPS) {
    const g = {};
    for (const [name, v] of Object.entries(constants)) {
      const m = re.exec(name);
      if (!m) continue;
      const key = m[1];
      if (!FLAG_GROUPS.has(group) && (NOT_A_MEMBER.test(key) || extraExcluded.includes(key))) continue;
      g[key] = v;
    }
    // In the order of their values, as the headers list them.
    groups[group] = Object.freeze(Object.fromEntries(Object.entries(g).sort((x, y) => x[1] - y[1])));
  }
  noDate = constants.COSTSHARE_AGREEMENT_NO_DATE;
  // Each struct this layer mirrors must have, in the module, exactly the
  // size this layer computes for its version (costshare_struct_size()).
  function structSize(name, version, fn = 'structSize') {
    reset();
    const s = stringIn(name, fn, 'name');
    const out = outI64();
    status(c.costshare_struct_size(s.ptr, u32(version, fn, 'version'), out), 'costshare_struct_size');
    return Number(getI64(out));
  }
  for (const L of Object.values(LAYOUT)) {
    const size = structSize(L.name, L.version);
    if (size !== L.size) {
      throw new Error(`costshare: ${L.name} version ${L.version} is ${size} bytes in the module, ${L.size} here`);
    }
  }

  // --- The wrappers --------------------------------------------------------

  const api = {
    // version.h
    version() {
      return cString(c.costshare_version());
    },
    versionNumber() {
      return c.costshare_version_number();
    },

    // error.h
    errorMessage(code) {
      return errorMessage(i32(code, 'errorMessage', 'code'));
    },
    errorName(code) {
      return errorName(i32(code, 'errorName', 'code'));
    },

    // constants.h
    constant(name) {
      reset();
      const s = stringIn(name, 'constant', 'name');
      const out = outI64();
      status(c.costshare_constant(s.ptr, out), 'costshare_constant');
      const v = getI64(out);
      return typeof constants[name] === 'number' ? Number(v) : v;
    },
    constantCount() {
      return c.costshare_constant_count();
    },
    structSize(name, version) {
      return structSize(name, version);
    },
    constantAt(index) {
      reset();
      const i = i32(index, 'constantAt', 'index');
      const name = alloc(4, 4);
      const out = outI64();
      status(c.costshare_constant_at(i, name, out), 'costshare_constant_at');
      const n = cString(view().getUint32(name, true));
      return { name: n, value: constants[n] };
    },

    // round.h
    roundScale(amount, numerator, denominator, mode = 'half_away') {
      const fn = 'roundScale';
      reset();
      const out = outI64();
      status(c.costshare_round_scale(i64(amount, fn, 'amount'), i64(numerator, fn, 'numerator'),
        i64(denominator, fn, 'denominator'), member('RoundMode', mode, fn, 'mode'), out),
      'costshare_round_scale');
      return getI64(out);
    },
    roundModeName(mode) {
      return cString(c.costshare_round_mode_name(i32(mode, 'roundModeName', 'mode')));
    },

    // split.h
    splitOptionsInit() {
      return structDefaults(LAYOUT.costshare_split_options);
    },
    split(total, weights) {
      const fn = 'split';
      reset();
      const t = i64(total, fn, 'total');
      const w = i64Array(weights, fn, 'weights');
      const shares = alloc(w.length * 8, 8);
      status(c.costshare_split(t, w.ptr, w.length, shares), 'costshare_split');
      return i64ArrayOut(shares, w);
    },
    splitEx(total, weights, options) {
      const fn = 'splitEx';
      reset();
      const t = i64(total, fn, 'total');
      const w = i64Array(weights, fn, 'weights');
      const opts = structIn(LAYOUT.costshare_split_options, options, fn, 'options');
      const shares = alloc(w.length * 8, 8);
      const residual = outI64();
      status(c.costshare_split_ex(t, w.ptr, w.length, opts, shares, residual), 'costshare_split_ex');
      return { shares: i64ArrayOut(shares, w), residual: getI64(residual) };
    },
    splitPercentages(weights, decimals = 2) {
      const fn = 'splitPercentages';
      reset();
      const w = i64Array(weights, fn, 'weights');
      const d = i32(decimals, fn, 'decimals');
      const out = alloc(w.length * 8, 8);
      status(c.costshare_split_percentages(w.ptr, w.length, d, out), 'costshare_split_percentages');
      return i64ArrayOut(out, w);
    },
    splitMethodName(method) {
      return cString(c.costshare_split_method_name(i32(method, 'splitMethodName', 'method')));
    },
    splitNested(total, groupWeights, partyGroups, partyWeights) {
      const fn = 'splitNested';
      reset();
      const t = i64(total, fn, 'total');
      const gw = i64Array(groupWeights, fn, 'groupWeights');
      const pg = u32Array(partyGroups, fn, 'partyGroups');
      const pw = i64Array(partyWeights, fn, 'partyWeights');
      if (pg.length !== pw.length) {
        throw new RangeError(`${fn}: partyGroups and partyWeights must have the same length`);
      }
      const groupShares = alloc(gw.length * 8, 8);
      const partyShares = alloc(pw.length * 8, 8);
      status(c.costshare_split_nested(t, gw.ptr, gw.length, pg.ptr, pw.ptr, pw.length, groupShares, partyShares),
        'costshare_split_nested');
      return { groupShares: i64ArrayOut(groupShares, gw), partyShares: i64ArrayOut(partyShares, pw) };
    },

    // post.h
    postCost(monthly, oncostBp, months, mode = 'half_away') {
      const fn = 'postCost';
      reset();
      const out = outI64();
      status(c.costshare_post_cost(i64(monthly, fn, 'monthly'), i64(oncostBp, fn, 'oncostBp'),
        i32(months, fn, 'months'), member('RoundMode', mode, fn, 'mode'), out), 'costshare_post_cost');
      return getI64(out);
    },
    postTermsInit() {
      return structDefaults(LAYOUT.costshare_post_terms);
    },
    postCostEx(terms, year, month, months, index = null) {
      const fn = 'postCostEx';
      reset();
      const t = structIn(LAYOUT.costshare_post_terms, terms, fn, 'terms');
      const ix = index === null ? { ptr: 0, length: 0 } : i64Array(index, fn, 'index');
      const out = outI64();
      status(c.costshare_post_cost_ex(t, i32(year, fn, 'year'), i32(month, fn, 'month'), i32(months, fn, 'months'),
        ix.ptr, ix.length, out), 'costshare_post_cost_ex');
      return getI64(out);
    },

    // date.h
    dateFromYmd(year, month, day) {
      const fn = 'dateFromYmd';
      reset();
      return dateResult('costshare_date_from_ymd', i32(year, fn, 'year'), i32(month, fn, 'month'),
        i32(day, fn, 'day'));
    },
    dateToYmd(date) {
      reset();
      const d = dayIn(date, 'dateToYmd', 'date');
      const y = outI32();
      const m = outI32();
      const dd = outI32();
      status(c.costshare_date_to_ymd(d, y, m, dd), 'costshare_date_to_ymd');
      return { year: getI32(y), month: getI32(m), day: getI32(dd) };
    },
    dateParse(text) {
      reset();
      return dayIn(text, 'dateParse', 'text');
    },
    dateFormat(day) {
      reset();
      return dayOut(i32(day, 'dateFormat', 'day'));
    },
    dateWeekday(date) {
      reset();
      return i32Result('costshare_date_weekday', dayIn(date, 'dateWeekday', 'date'));
    },
    dateAdd(date, count, unit) {
      const fn = 'dateAdd';
      reset();
      return dateResult('costshare_date_add', dayIn(date, fn, 'date'), i32(count, fn, 'count'),
        member('Unit', unit, fn, 'unit'));
    },
    dateAddBatch(dates, count, unit) {
      const fn = 'dateAddBatch';
      return batch('costshare_date_add_batch', dates, fn, 'dates',
        [i32(count, fn, 'count'), member('Unit', unit, fn, 'unit')], dayOut);
    },
    dateIsLeapYear(year) {
      reset();
      return i32Result('costshare_date_is_leap_year', i32(year, 'dateIsLeapYear', 'year')) === 1;
    },
    dateDaysInMonth(year, month) {
      reset();
      const fn = 'dateDaysInMonth';
      return i32Result('costshare_date_days_in_month', i32(year, fn, 'year'), i32(month, fn, 'month'));
    },
    dateMonthFirst(date) {
      reset();
      return dateResult('costshare_date_month_first', dayIn(date, 'dateMonthFirst', 'date'));
    },
    dateMonthLast(date) {
      reset();
      return dateResult('costshare_date_month_last', dayIn(date, 'dateMonthLast', 'date'));
    },
    dateYearFirst(date) {
      reset();
      return dateResult('costshare_date_year_first', dayIn(date, 'dateYearFirst', 'date'));
    },
    dateYearLast(date) {
      reset();
      return dateResult('costshare_date_year_last', dayIn(date, 'dateYearLast', 'date'));
    },
    dateDaysBetween(from, to) {
      const fn = 'dateDaysBetween';
      reset();
      const out = outI32();
      status(c.costshare_date_days_between(dayIn(from, fn, 'from'), dayIn(to, fn, 'to'), out),
        'costshare_date_days_between');
      return getI32(out);
    },

    // calendar_se.h
    seHoliday(date) {
      reset();
      return i32Result('costshare_se_holiday', dayIn(date, 'seHoliday', 'date'));
    },
    seDayKind(date) {
      reset();
      return i32Result('costshare_se_day_kind', dayIn(date, 'seDayKind', 'date'));
    },
    seIsBusinessDay(date) {
      reset();
      return i32Result('costshare_se_is_business_day', dayIn(date, 'seIsBusinessDay', 'date')) === 1;
    },
    seIsBusinessDayBatch(dates) {
      return batch('costshare_se_is_business_day_batch', dates, 'seIsBusinessDayBatch', 'dates', [], isOne);
    },
    seDeadline(date) {
      reset();
      return dateResult('costshare_se_deadline', dayIn(date, 'seDeadline', 'date'));
    },
    seDeadlineBatch(dates) {
      return batch('costshare_se_deadline_batch', dates, 'seDeadlineBatch', 'dates', [], dayOut);
    },
    seAppealDeadline(announced) {
      reset();
      return dateResult('costshare_se_appeal_deadline', dayIn(announced, 'seAppealDeadline', 'announced'));
    },
    seMotionDeadline(raised) {
      reset();
      return dateResult('costshare_se_motion_deadline', dayIn(raised, 'seMotionDeadline', 'raised'));
    },
    seAddBusinessDays(date, count) {
      const fn = 'seAddBusinessDays';
      reset();
      return dateResult('costshare_se_add_business_days', dayIn(date, fn, 'date'), i32(count, fn, 'count'));
    },
    seBusinessDaysBetween(from, to) {
      const fn = 'seBusinessDaysBetween';
      reset();
      const out = outI32();
      status(c.costshare_se_business_days_between(dayIn(from, fn, 'from'), dayIn(to, fn, 'to'), out),
        'costshare_se_business_days_between');
      return getI32(out);
    },
    seEaster(year) {
      reset();
      return dateResult('costshare_se_easter', i32(year, 'seEaster', 'year'));
    },
    seHolidayDate(year, holiday) {
      const fn = 'seHolidayDate';
      reset();
      return dateResult('costshare_se_holiday_date', i32(year, fn, 'year'),
        member('DayKind', holiday, fn, 'holiday'));
    },
    seHolidayName(holiday, language = 'en') {
      const fn = 'seHolidayName';
      return cString(c.costshare_se_holiday_name(member('DayKind', holiday, fn, 'holiday'),
        member('Language', language, fn, 'language')));
    },

    // notice.h
    noticeEnd(given, count, unit, options) {
      const fn = 'noticeEnd';
      reset();
      return dateResult('costshare_notice_end', dayIn(given, fn, 'given'), i32(count, fn, 'count'),
        member('Unit', unit, fn, 'unit'), flagsIn(options, fn, ['calendarPeriods', 'calendarCountCurrent']));
    },
    noticeEndBatch(given, count, unit, options) {
      const fn = 'noticeEndBatch';
      return batch('costshare_notice_end_batch', given, fn, 'given', [i32(count, fn, 'count'),
        member('Unit', unit, fn, 'unit'), flagsIn(options, fn, ['calendarPeriods', 'calendarCountCurrent'])], dayOut);
    },
    noticeLatest(lastDay, count, unit, options) {
      const fn = 'noticeLatest';
      reset();
      return dateResult('costshare_notice_latest', dayIn(lastDay, fn, 'lastDay'), i32(count, fn, 'count'),
        member('Unit', unit, fn, 'unit'), flagsIn(options, fn, ['calendarPeriods', 'calendarCountCurrent', 'seDeadline']));
    },
    noticeLatestBatch(lastDays, count, unit, options) {
      const fn = 'noticeLatestBatch';
      return batch('costshare_notice_latest_batch', lastDays, fn, 'lastDays', [i32(count, fn, 'count'),
        member('Unit', unit, fn, 'unit'), flagsIn(options, fn, ['calendarPeriods', 'calendarCountCurrent', 'seDeadline'])],
      dayOut);
    },

    // term.h
    termInit() {
      return structDefaults(LAYOUT.costshare_term);
    },
    termEnd(term, day) {
      const fn = 'termEnd';
      reset();
      const t = structIn(LAYOUT.costshare_term, term, fn, 'term');
      return dateResult('costshare_term_end', t, dayIn(day, fn, 'day'));
    },
    termNotice(term, day) {
      const fn = 'termNotice';
      reset();
      const t = structIn(LAYOUT.costshare_term, term, fn, 'term');
      const end = outI32();
      const latest = outI32();
      status(c.costshare_term_notice(t, dayIn(day, fn, 'day'), end, latest), 'costshare_term_notice');
      return { termEnd: dayOut(getI32(end)), latest: dayOut(getI32(latest)) };
    },

    // refund.h
    refundStart(lastDay) {
      reset();
      return dateResult('costshare_refund_start', dayIn(lastDay, 'refundStart', 'lastDay'));
    },
    refundStartBatch(lastDays) {
      return batch('costshare_refund_start_batch', lastDays, 'refundStartBatch', 'lastDays', [], dayOut);
    },
    refundProrate(amount, periodFirst, periodLast, from, to, options) {
      const fn = 'refundProrate';
      reset();
      const o = optionsIn(options, fn, { basis: 'days', mode: 'half_away' });
      const out = outI64();
      status(c.costshare_refund_prorate(i64(amount, fn, 'amount'), dayIn(periodFirst, fn, 'periodFirst'),
        dayIn(periodLast, fn, 'periodLast'), dayIn(from, fn, 'from'), dayIn(to, fn, 'to'),
        member('Basis', o.basis, fn, 'basis'), member('RoundMode', o.mode, fn, 'mode'), out),
      'costshare_refund_prorate');
      return getI64(out);
    },
    refundTermsInit() {
      return structDefaults(LAYOUT.costshare_refund_terms);
    },
    refundTermination(terms, invoiced, periodFirst, periodLast, lastDay) {
      const fn = 'refundTermination';
      reset();
      const t = structIn(LAYOUT.costshare_refund_terms, terms, fn, 'terms');
      const out = outI64();
      status(c.costshare_refund_termination(t, i64(invoiced, fn, 'invoiced'),
        dayIn(periodFirst, fn, 'periodFirst'), dayIn(periodLast, fn, 'periodLast'),
        dayIn(lastDay, fn, 'lastDay'), out), 'costshare_refund_termination');
      return getI64(out);
    },
    refundVacancy(terms, invoiced, periodFirst, periodLast, vacancyFirst, vacancyLast) {
      const fn = 'refundVacancy';
      reset();
      const t = structIn(LAYOUT.costshare_refund_terms, terms, fn, 'terms');
      const out = outI64();
      status(c.costshare_refund_vacancy(t, i64(invoiced, fn, 'invoiced'),
        dayIn(periodFirst, fn, 'periodFirst'), dayIn(periodLast, fn, 'periodLast'),
        dayIn(vacancyFirst, fn, 'vacancyFirst'), dayIn(vacancyLast, fn, 'vacancyLast'), out),
      'costshare_refund_vacancy');
      return getI64(out);
    },

    // invoice.h
    invoiceDue(year, month, day, options) {
      const fn = 'invoiceDue';
      reset();
      return dateResult('costshare_invoice_due', i32(year, fn, 'year'), i32(month, fn, 'month'),
        i32(day, fn, 'day'), flagsIn(options, fn, ['seDeadline']));
    },
    invoicePlanInit() {
      return structDefaults(LAYOUT.costshare_invoice_plan);
    },
    invoiceSegments(first, last, from, to) {
      const fn = 'invoiceSegments';
      reset();
      const f = dayIn(first, fn, 'first');
      const l = dayIn(last, fn, 'last');
      if (!Array.isArray(from)) throw new TypeError(`${fn}: from must be an array of 'YYYY-MM-DD' strings or null`);
      const n = from.length;
      const fp = membershipDays(from, n, fn, 'from');
      const tp = membershipDays(to, n, fn, 'to');
      // At most 2 * count + 1 segments.
      const L = LAYOUT.costshare_invoice_segment;
      const capacity = 2 * n + 1;
      const segments = alloc(L.size * capacity, 8);
      const count = alloc(4, 4);
      status(c.costshare_invoice_segments(f, l, fp, tp, n, segments, capacity, count), 'costshare_invoice_segments');
      return Array.from({ length: view().getUint32(count, true) }, (_, i) => structOut(L, segments + i * L.size));
    },
    invoicePeriod(plan, weights, from, to) {
      const fn = 'invoicePeriod';
      reset();
      const p = structIn(LAYOUT.costshare_invoice_plan, plan, fn, 'plan');
      const w = i64Array(weights, fn, 'weights');
      const n = w.length;
      const fp = membershipDays(from, n, fn, 'from');
      const tp = membershipDays(to, n, fn, 'to');
      const L = LAYOUT.costshare_invoice_segment;
      const capacity = 2 * n + 1;
      const amounts = alloc(8 * n, 8);
      const segments = alloc(L.size * capacity, 8);
      const count = alloc(4, 4);
      const segmentAmounts = alloc(8 * n * capacity, 8);
      const residual = outI64();
      status(c.costshare_invoice_period(p, w.ptr, fp, tp, n, amounts, segments, capacity, count, segmentAmounts,
        residual), 'costshare_invoice_period');
      const found = view().getUint32(count, true);
      return {
        amounts: i64ArrayOut(amounts, w),
        segments: Array.from({ length: found }, (_, i) => ({
          ...structOut(L, segments + i * L.size),
          amounts: i64ArrayOut(segmentAmounts + 8 * n * i, w),
        })),
        residual: getI64(residual),
      };
    },
    invoiceAdjust(amounts, invoiced, dueYear, dueMonth, dueDay, options) {
      const fn = 'invoiceAdjust';
      reset();
      const a = i64Array(amounts, fn, 'amounts');
      const inv = i64Array(invoiced, fn, 'invoiced');
      if (a.length !== inv.length) throw new RangeError(`${fn}: amounts and invoiced must have the same length`);
      const adjustments = alloc(8 * a.length, 8);
      const due = outI32();
      status(c.costshare_invoice_adjust(a.ptr, inv.ptr, a.length, i32(dueYear, fn, 'dueYear'),
        i32(dueMonth, fn, 'dueMonth'), i32(dueDay, fn, 'dueDay'), flagsIn(options, fn, ['seDeadline']),
        adjustments, due), 'costshare_invoice_adjust');
      return { adjustments: i64ArrayOut(adjustments, a), due: dayOut(getI32(due)) };
    },

    // agreement.h
    agreementInit() {
      return structDefaults(LAYOUT.costshare_agreement);
    },
    agreementEventInit() {
      return structDefaults(LAYOUT.costshare_event);
    },
    agreementApply(record, event) {
      const fn = 'agreementApply';
      reset();
      const r = structIn(LAYOUT.costshare_agreement, record, fn, 'record');
      const e = structIn(LAYOUT.costshare_event, event, fn, 'event');
      const next = alloc(LAYOUT.costshare_agreement.size, 8);
      status(c.costshare_agreement_apply(r, e, next), 'costshare_agreement_apply');
      return structOut(LAYOUT.costshare_agreement, next);
    },
    agreementStateOn(record, day) {
      const fn = 'agreementStateOn';
      reset();
      const r = structIn(LAYOUT.costshare_agreement, record, fn, 'record');
      const out = outI32();
      status(c.costshare_agreement_state_on(r, dayIn(day, fn, 'day'), out), 'costshare_agreement_state_on');
      return getI32(out);
    },
    agreementMarksOn(record, day) {
      const fn = 'agreementMarksOn';
      reset();
      const r = structIn(LAYOUT.costshare_agreement, record, fn, 'record');
      const out = outI32();
      status(c.costshare_agreement_marks_on(r, dayIn(day, fn, 'day'), out), 'costshare_agreement_marks_on');
      return view().getUint32(out, true);
    },
    agreementTransition(state, event) {
      const fn = 'agreementTransition';
      reset();
      const out = outI32();
      status(c.costshare_agreement_transition(member('AgreementState', state, fn, 'state'),
        member('EventKind', event, fn, 'event'), out), 'costshare_agreement_transition');
      return getI32(out);
    },
    agreementStateCount() {
      return c.costshare_agreement_state_count();
    },
    agreementEventCount() {
      return c.costshare_agreement_event_count();
    },
    agreementStateName(state) {
      return cString(c.costshare_agreement_state_name(i32(state, 'agreementStateName', 'state')));
    },
    agreementEventName(event) {
      return cString(c.costshare_agreement_event_name(i32(event, 'agreementEventName', 'event')));
    },
    agreementBodyName(body) {
      return cString(c.costshare_agreement_body_name(i32(body, 'agreementBodyName', 'body')));
    },

    // group.h
    groupCondition(records, since) {
      const fn = 'groupCondition';
      reset();
      const r = recordsIn(records, fn);
      const outcome = outI32();
      const day = outI32();
      status(c.costshare_group_condition(r.ptr, r.length, dayIn(since, fn, 'since'), outcome, day),
        'costshare_group_condition');
      const d = getI32(day);
      return { outcome: getI32(outcome), day: d === noDate ? null : dayOut(d) };
    },
    groupStateOn(records, day) {
      const fn = 'groupStateOn';
      reset();
      const r = recordsIn(records, fn);
      const out = outI32();
      status(c.costshare_group_state_on(r.ptr, r.length, dayIn(day, fn, 'day'), out), 'costshare_group_state_on');
      return getI32(out);
    },
    groupMembersOn(records, day) {
      const fn = 'groupMembersOn';
      reset();
      const r = recordsIn(records, fn);
      const isMember = alloc(4 * r.length, 4);
      const members = outI32();
      status(c.costshare_group_members_on(r.ptr, r.length, dayIn(day, fn, 'day'), isMember, members),
        'costshare_group_members_on');
      return {
        isMember: Array.from(new Int32Array(memory.buffer, isMember, r.length), (v) => v === 1),
        members: view().getUint32(members, true),
      };
    },
    groupMemberships(records, first, last) {
      const fn = 'groupMemberships';
      reset();
      const r = recordsIn(records, fn);
      const from = alloc(4 * r.length, 4);
      const to = alloc(4 * r.length, 4);
      status(c.costshare_group_memberships(r.ptr, r.length, dayIn(first, fn, 'first'), dayIn(last, fn, 'last'),
        from, to), 'costshare_group_memberships');
      const days = (p) => Array.from(new Int32Array(memory.buffer, p, r.length)).map((d) => (d === noDate ? null : dayOut(d)));
      return { from: days(from), to: days(to) };
    },
    groupCoverage(records, invoiced = []) {
      const fn = 'groupCoverage';
      reset();
      const r = recordsIn(records, fn);
      if (!Array.isArray(invoiced)) throw new TypeError(`${fn}: invoiced must be an array of { first, last }`);
      const n = invoiced.length;
      const firsts = alloc(4 * n, 4);
      const lasts = alloc(4 * n, 4);
      invoiced.forEach((period, i) => {
        if (period === null || typeof period !== 'object') throw new TypeError(`${fn}: invoiced[${i}] must be { first, last }`);
        const f = dayIn(period.first, fn, `invoiced[${i}].first`);
        const l = dayIn(period.last, fn, `invoiced[${i}].last`);
        view().setInt32(firsts + 4 * i, f, true);
        view().setInt32(lasts + 4 * i, l, true);
      });
      // The number of findings first, then the findings.
      const count = outI32();
      status(c.costshare_group_coverage(r.ptr, r.length, firsts, lasts, n, 0, 0, count), 'costshare_group_coverage');
      const found = view().getUint32(count, true);
      const L = LAYOUT.costshare_group_finding;
      const findings = alloc(L.size * Math.max(found, 1), 8);
      status(c.costshare_group_coverage(r.ptr, r.length, firsts, lasts, n, findings, found, count),
        'costshare_group_coverage');
      return Array.from({ length: view().getUint32(count, true) }, (_, i) => structOut(L, findings + i * L.size));
    },
    groupOutcomeName(outcome) {
      return cString(c.costshare_group_outcome_name(i32(outcome, 'groupOutcomeName', 'outcome')));
    },
    groupFindingName(kind) {
      return cString(c.costshare_group_finding_name(i32(kind, 'groupFindingName', 'kind')));
    },

    // amount.h
    amountOptionsInit() {
      return structDefaults(LAYOUT.costshare_amount_options);
    },
    amountParse(text, options) {
      const fn = 'amountParse';
      reset();
      const s = stringIn(text, fn, 'text');
      const o = structIn(LAYOUT.costshare_amount_options, options, fn, 'options');
      const out = outI64();
      status(c.costshare_amount_parse(s.ptr, s.length, o, out), 'costshare_amount_parse');
      return getI64(out);
    },
    amountFormat(amount, options) {
      const fn = 'amountFormat';
      reset();
      const a = i64(amount, fn, 'amount');
      const o = structIn(LAYOUT.costshare_amount_options, options, fn, 'options');
      const size = constants.COSTSHARE_AMOUNT_TEXT_SIZE;
      const buf = alloc(size, 1);
      status(c.costshare_amount_format(a, o, buf, size), 'costshare_amount_format');
      return cString(buf);
    },
  };

  return Object.freeze({
    ...api,
    constants: Object.freeze(constants),
    ...groups,
    CostshareError,
  });
}

// Layout information for tests and tools: the structs this layer mirrors.
const structLayouts = () => layouts();

export { createCostshare, CostshareError, structLayouts };
