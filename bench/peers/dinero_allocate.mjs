// The JavaScript peers of scripts/bench-peers.sh (docs/performance.md):
// dinero.js 2.x allocate() against costshare_split(), date-fns 4.x
// addMonths() against costshare_date_add(..., COSTSHARE_MONTHS).
//
//   TZ=UTC node dinero_allocate.mjs DIR [max_exponent [rounds]]
//
// DIR holds the inputs bench_peers wrote (weights.bin, dates.bin) and its
// results (shares_N.bin, add_months.bin) to compare with. Each measurement
// is the best of many short rounds (at least 2 ms each, `rounds` of them and
// 0.5 s in all), after a warm-up call (so the JIT has compiled the code); results are printed like bench_peers's:
//
//   R <group> <name> <n> <ns per op> [<results differing from costshare>]
//
// dinero.js's allocate() is not the same method: it gives each party
// floor(T * r / sum r) and hands the units left over to the parties with the
// largest *ratios* (a sort by ratio), not the largest remainders, so its
// shares can differ from a largest-remainder split; the last column counts
// those. The number calculator is exact here: T * w < 2^53 for every input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allocate, dinero, toSnapshot } from 'dinero.js';
import { SEK } from 'dinero.js/currencies';
import { addMonths } from 'date-fns';

const TOTAL = 1234567891;
// Short rounds, best of many (see bench_peers.c): at least 2 ms each, at
// least `rounds` of them and 0.5 s in all.
const MIN_ROUND_NS = 2e6;
const MIN_TOTAL_NS = 5e8;

const dir = process.argv[2];
const maxExp = Number(process.argv[3] ?? 6);
const rounds = Number(process.argv[4] ?? 5);
if (!dir || !(maxExp >= 2 && maxExp <= 8) || !(rounds >= 1)) {
  console.error('usage: node dinero_allocate.mjs DIR [max_exponent [rounds]]');
  process.exit(1);
}
if (new Date(2024, 0, 1).getTimezoneOffset() !== 0) {
  console.error('dinero_allocate.mjs: run with TZ=UTC (dates are compared as UTC day numbers)');
  process.exit(1);
}

function readInt64(name) {
  const buf = readFileSync(join(dir, name));
  const big = new BigInt64Array(buf.buffer, buf.byteOffset, buf.length / 8);
  return Array.from(big, (v) => Number(v));
}

function readInt32(name) {
  const buf = readFileSync(join(dir, name));
  return new Int32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length));
}

let sink = 0;

// Best of the rounds, ns per unit of `per`.
function bestOf(fn, per) {
  let t0 = process.hrtime.bigint();
  fn();
  const once = Number(process.hrtime.bigint() - t0);
  const reps = once >= MIN_ROUND_NS ? 1 : Math.floor(MIN_ROUND_NS / (once + 1)) + 1;
  let best = Infinity;
  let total = 0;
  for (let r = 0; r < rounds || total < MIN_TOTAL_NS; r++) {
    t0 = process.hrtime.bigint();
    for (let i = 0; i < reps; i++) fn();
    const ns = Number(process.hrtime.bigint() - t0);
    total += ns;
    const t = ns / reps / per;
    if (t < best) best = t;
  }
  return best;
}

// Splits.
const weightsAll = readInt64('weights.bin');
for (let n = 100, e = 2; e <= Math.min(maxExp, 6); e++, n *= 10) {
  const ratios = weightsAll.slice(0, n);
  const money = dinero({ amount: TOTAL, currency: SEK });
  const shares = allocate(money, ratios).map((d) => toSnapshot(d).amount);
  const ref = readInt64(`shares_${n}.bin`);
  let diff = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    if (shares[i] !== ref[i]) diff++;
    sum += shares[i];
  }
  if (sum !== TOTAL) {
    console.error(`dinero_allocate.mjs: dinero.js shares add up to ${sum}, not ${TOTAL}`);
    process.exit(1);
  }
  const ns = bestOf(() => {
    const out = allocate(money, ratios);
    sink += out.length;
  }, n);
  console.log(`R split dinero_allocate ${n} ${ns.toFixed(4)} ${diff}`);
}

// addMonths on the same 4096 (date, count) records as costshare_date_add.
const rec = readInt32('dates.bin');
const expected = readInt32('add_months.bin');
const TABLE = expected.length;
const dates = [];
const counts = [];
for (let i = 0; i < TABLE; i++) {
  dates.push(new Date(rec[5 * i + 1], rec[5 * i + 2] - 1, rec[5 * i + 3]));
  counts.push(rec[5 * i + 4]);
}
let diffDates = 0;
for (let i = 0; i < TABLE; i++) {
  const day = Math.round(addMonths(dates[i], counts[i]).getTime() / 86400000);
  if (day !== expected[i]) diffDates++;
}
const CALLS = 10000; // about 3 ms
const nsAdd = bestOf(() => {
  let acc = 0;
  for (let i = 0; i < CALLS; i++) {
    const k = i & (TABLE - 1);
    acc += addMonths(dates[k], counts[k]).getTime();
  }
  sink += acc;
}, CALLS);
console.log(`R date date_fns_addMonths 0 ${nsAdd.toFixed(4)} ${diffDates}`);
if (sink === 42) console.log('');
