// libcostshare from Node.js through koffi: the 2018 cost split by the 2017
// populations, and the 2024 notice dates of Linköping.
//
//   npm ci && node split_and_notice.js [path/to/libcostshare.so.1]
//
// The library is the argument, else $COSTSHARE_LIBRARY, else libcostshare.so.1
// from the system's library path. The output is examples/node/expected.txt.
'use strict';
const koffi = require('koffi');

if (process.argv[2] === '--help' || process.argv[2] === '-h') {
  process.stdout.write(`Usage: node split_and_notice.js [LIBRARY]

Prints the 2018 cost of the Östergötland integration coordinator (763945 SEK)
split by the 2017 populations with libcostshare's largest-remainder method,
and Linköping's 2024 notice dates: the latest day to give two months' notice
to be out by 2024-09-30, the last day in force and the refund start.

LIBRARY is the path of libcostshare.so.1; without it $COSTSHARE_LIBRARY,
else libcostshare.so.1 from the system's library path. Needs koffi (npm ci).
Exit status 0, or 1 with a one-line message on stderr when the library
cannot be loaded or refuses a call.
`);
  process.exit(0);
}

const path = process.argv[2] || process.env.COSTSHARE_LIBRARY || 'libcostshare.so.1';
let lib;
try {
  lib = koffi.load(path);
} catch (err) {
  process.stderr.write(`split_and_notice: cannot load ${path}: ${err.message}\n`);
  process.exit(1);
}

// The declarations this program uses, from include/costshare/*.h. A date is
// an int32_t day number; an output date is a one-element array.
koffi.alias('costshare_date', 'int32_t');
const cs = {
  strerror: lib.func('const char *costshare_error_message(int code)'),
  split: lib.func('int costshare_split(int64_t total, const int64_t *weights, size_t count, ' +
                  '_Out_ int64_t *shares)'),
  dateFromYmd: lib.func('int costshare_date_from_ymd(int32_t year, int32_t month, ' +
                        'int32_t day, _Out_ costshare_date *out)'),
  dateFormat: lib.func('int costshare_date_format(costshare_date date, _Out_ char *buffer, ' +
                       'size_t capacity)'),
  noticeLatest: lib.func('int costshare_notice_latest(costshare_date last_day, int32_t count, ' +
                         'int32_t unit, uint32_t flags, _Out_ costshare_date *latest)'),
  noticeEnd: lib.func('int costshare_notice_end(costshare_date given, int32_t count, ' +
                      'int32_t unit, uint32_t flags, _Out_ costshare_date *last_day)'),
  refundStart: lib.func('int costshare_refund_start(costshare_date last_day, ' +
                        '_Out_ costshare_date *first_day)'),
  constant: lib.func('int costshare_constant(const char *name, _Out_ int64_t *value)'),
};

const OK = 0; // COSTSHARE_OK: success is zero, every error negative

// Every call returns COSTSHARE_OK or a negative code; stop with its message.
function check(rc, what) {
  if (rc !== OK) {
    process.stderr.write(`split_and_notice: ${what}: ${cs.strerror(rc)}\n`);
    process.exit(1);
  }
}

// The other constants by name from the library (costshare/constants.h), so
// no number is copied from the headers by hand.
function constant(name) {
  const value = [0];
  check(cs.constant(name, value), name);
  return Number(value[0]);
}
const MONTHS = constant('COSTSHARE_MONTHS');

function dateOut(fn, what, ...args) {
  const out = [0];
  check(fn(...args, out), what);
  return out[0];
}

function text(date) {
  const buf = Buffer.alloc(11);
  check(cs.dateFormat(date, buf, buf.length), 'format');
  return buf.toString('ascii', 0, 10);
}

const municipalities = [
  ['Boxholm', 5453], ['Finspång', 21577], ['Kinda', 9882], ['Linköping', 158520],
  ['Mjölby', 27019], ['Motala', 43549], ['Norrköping', 133749], ['Söderköping', 14521],
  ['Vadstena', 7421], ['Valdemarsvik', 7920], ['Ydre', 3733], ['Åtvidaberg', 11631],
  ['Ödeshög', 5343],
];
const weights = BigInt64Array.from(municipalities, ([, population]) => BigInt(population));
const shares = new BigInt64Array(municipalities.length);

const total = 763945n;
check(cs.split(total, weights, weights.length, shares), 'split');
console.log(`2018 cost ${total} SEK split by the 2017 populations (largest remainder):`);
municipalities.forEach(([name], i) => console.log(`${name}: ${shares[i]}`));
console.log(`total: ${shares.reduce((a, b) => a + b, 0n)}`);

const wanted = dateOut(cs.dateFromYmd, 'date', 2024, 9, 30);
const latest = dateOut(cs.noticeLatest, 'notice_latest', wanted, 2, MONTHS, 0);
const lastDay = dateOut(cs.noticeEnd, 'notice_end', latest, 2, MONTHS, 0);
const refund = dateOut(cs.refundStart, 'refund_start', lastDay);
console.log(`2024 notice, two months, wanted last day ${text(wanted)}:`);
console.log(`latest notice day: ${text(latest)}`);
console.log(`last day in force: ${text(lastDay)}`);
console.log(`refund start: ${text(refund)}`);
