// Shared by the tests: the repository's paths and its seed tables.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const jsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const root = path.resolve(jsDir, '..');

// A table of examples/data: { columns, rows: [{ municipality, population, ... }] },
// numbers as BigInt.
export function seedTable(name) {
  const text = readFileSync(path.join(root, 'examples', 'data', name), 'utf8');
  const lines = text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  const columns = lines[0].split(',');
  const rows = lines.slice(1).map((line) => {
    const fields = line.split(',');
    const row = {};
    columns.forEach((c, i) => {
      row[c] = i === 0 ? fields[i] : fields[i].includes('.') ? fields[i] : BigInt(fields[i]);
    });
    return row;
  });
  return { columns, rows };
}

// A deterministic generator (xorshift64*, as bench/bench_common.h), as BigInt.
export function rng(seed = 0x9e3779b97f4a7c15n) {
  let s = seed;
  const mask = (1n << 64n) - 1n;
  return () => {
    s ^= s >> 12n;
    s = (s ^ (s << 25n)) & mask;
    s ^= s >> 27n;
    return (s * 0x2545f4914f6cdd1dn) & mask;
  };
}
