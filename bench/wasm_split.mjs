// ns per party of a split through the npm package (libcostshare compiled to
// WebAssembly) in Node.js: the inputs of bench_split.c (weights 1..10^6 from
// the xorshift64* generator and seed of bench/bench_common.h, total
// 123 456 789 012 345), 10^2 to 10^MAX parties, the best of 7 rounds of at
// least 0.1 s each, taking turns. The ways in:
//   raw      the module's exported costshare_split on weights already in its
//            memory: the WebAssembly code alone, no conversion;
//   int128   the same for the module built with __int128 and compiler-rt
//            (COSTSHARE_WASM_INT128=1 js/build.sh), when its path is given;
//   package  split(total, BigInt64Array): the package's wrapper, copying the
//            weights in and the shares out as a BigInt64Array;
//   numbers  split(total, number[]): from plain numbers to an Array of bigints.
// Run by bench/bench-wasm.sh next to bench_split (the native library).
//
//   node bench/wasm_split.mjs [MAX [INT128_WASM]]      (MAX default 6)
import { readFileSync } from 'node:fs';
import { split } from '../js/index.js';

const maxExp = Number(process.argv[2] || 6);
const int128Path = process.argv[3];
if (!(maxExp >= 2 && maxExp <= 7)) {
  console.error('wasm_split: MAX must be 2..7');
  process.exit(1);
}
const total = 123456789012345n;
const nMax = 10 ** maxExp;
let state = 0x9e3779b97f4a7c15n;
const mask = (1n << 64n) - 1n;
function rng() {
  state ^= state >> 12n;
  state = (state ^ (state << 25n)) & mask;
  state ^= state >> 27n;
  return (state * 0x2545f4914f6cdd1dn) & mask;
}
const weights = new BigInt64Array(nMax);
for (let i = 0; i < nMax; i++) weights[i] = 1n + (rng() % 1000000n);

// A module, instantiated once, with room for the largest split.
async function load(file) {
  const { instance } = await WebAssembly.instantiate(readFileSync(file), {});
  const e = instance.exports;
  const base = Math.ceil(Number(e.__heap_base.value) / 16) * 16;
  const need = base + 16 * nMax + 64;
  if (need > e.memory.buffer.byteLength) e.memory.grow(Math.ceil((need - e.memory.buffer.byteLength) / 65536));
  // costshare_split on the first n weights, placed in the module's memory once.
  return (n) => {
    new BigInt64Array(e.memory.buffer, base, n).set(weights.subarray(0, n));
    const at = base + 8 * n;
    return {
      call() {
        if (e.costshare_split(total, base, n, at) !== 0) throw new Error('split refused');
      },
      shares: () => Array.from(new BigInt64Array(e.memory.buffer, at, n)),
    };
  };
}
const portable = await load(new URL('../js/costshare.wasm', import.meta.url));
const wide = int128Path ? await load(int128Path) : null;

// Best ns per call of each function: calls for at least 0.3 s first (so that
// V8 has tiered the module up from its baseline compiler), then 7 rounds of
// at least 0.1 s each, the functions taking turns so that a busy moment of
// the machine hits them alike.
function best(fns) {
  const reps = fns.map((fn) => {
    let r = 1;
    const warm = process.hrtime.bigint();
    while (Number(process.hrtime.bigint() - warm) < 3e8) fn();
    for (;;) {
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < r; i++) fn();
      if (Number(process.hrtime.bigint() - t0) >= 1e8) return r;
      r *= 2;
    }
  });
  const out = fns.map(() => Infinity);
  for (let round = 0; round < 7; round++) {
    fns.forEach((fn, k) => {
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < reps[k]; i++) fn();
      out[k] = Math.min(out[k], Number(process.hrtime.bigint() - t0) / reps[k]);
    });
  }
  return out;
}

const col = (s) => String(s).padStart(13);
console.log(['parties', 'raw ns/p', 'int128 ns/p', 'package ns/p', 'numbers ns/p'].map(col).join(' '));
for (let e = 2; e <= maxExp; e++) {
  const n = 10 ** e;
  const w = weights.subarray(0, n);
  const numbers = Array.from(w, Number);
  const raw = portable(n);
  raw.call();
  const expected = raw.shares();
  const fns = [raw.call, () => split(total, w), () => split(total, numbers)];
  let int128 = null;
  if (wide) {
    int128 = wide(n);
    int128.call();
    if (int128.shares().some((x, i) => x !== expected[i])) throw new Error('the two modules differ');
    fns.push(int128.call);
  }
  if (split(total, w).some((x, i) => x !== expected[i])) throw new Error('the package and the raw call differ');
  const [rawNs, pkgNs, numNs, int128Ns = NaN] = best(fns);
  console.log([n, ...[rawNs, int128Ns, pkgNs, numNs].map((x) => (Number.isNaN(x) ? '-' : (x / n).toFixed(3)))].map(col).join(' '));
}
