// `npm pack` gives a tarball that installs into an empty folder, offline,
// and works there: the ESM entry loads its WebAssembly module from next to
// itself, and the TypeScript declarations resolve through the exports map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { jsDir } from './helpers.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

test('npm pack, install offline into an empty folder, use it from JavaScript and TypeScript', (t) => {
  const work = mkdtempSync(path.join(tmpdir(), 'costshare-pack-'));
  t.after(() => rmSync(work, { recursive: true, force: true }));
  const [packed] = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', work], jsDir));
  const files = packed.files.map((f) => f.path).sort();
  assert.deepEqual(files, ['LICENSE', 'README.md', 'core.d.ts', 'core.js', 'costshare.wasm', 'index.d.ts',
    'index.js', 'package.json']);
  const tarball = path.join(work, packed.filename);

  const consumer = path.join(work, 'consumer');
  run('mkdir', ['-p', consumer]);
  writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // Offline, with an empty cache and a registry that does not exist: only the tarball can be used.
  run(npm, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--cache', path.join(work, 'cache'),
    '--registry', 'http://127.0.0.1:9/', tarball], consumer);
  assert.ok(existsSync(path.join(consumer, 'node_modules', 'costshare', 'costshare.wasm')));

  writeFileSync(path.join(consumer, 'check.mjs'), `
import { split, noticeLatest, refundStart, version, CostshareError } from 'costshare';
import { createCostshare } from 'costshare/core';
let refused = '';
try { split(1n, []); } catch (e) { refused = e instanceof CostshareError ? e.name : 'other'; }
console.log(JSON.stringify({
  version: version(),
  shares: split(763945n, [5453, 21577, 9882, 158520, 27019, 43549, 133749, 14521, 7421, 7920, 3733, 11631, 5343]).map(String),
  latest: noticeLatest('2024-09-30', 2, 'months'),
  refundStart: refundStart('2024-09-30'),
  refused,
  core: typeof createCostshare,
}));
`);
  const out = JSON.parse(run(process.execPath, ['check.mjs'], consumer));
  assert.deepEqual(out, {
    version: '1.0.0',
    shares: ['9251', '36605', '16764', '268922', '45837', '73879', '226899', '24634', '12589', '13436', '6333', '19732', '9064'],
    latest: '2024-07-31',
    refundStart: '2024-10-01',
    refused: 'COSTSHARE_ERANGE',
    core: 'function',
  });

  writeFileSync(path.join(consumer, 'check.ts'), `
import { split, splitEx, noticeLatest, Unit } from 'costshare';
const shares: bigint[] = split(100n, [1n, 2n]);
const r = splitEx(100n, [1n, 2n], { unit: 10 });
const d: string = noticeLatest('2024-09-30', 2, Unit.MONTHS);
// @ts-expect-error amounts are bigint or number
split('100', [1n]);
void [shares, r.residual, d];
`);
  writeFileSync(path.join(consumer, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'node16', moduleResolution: 'node16', lib: ['es2022'], types: [] },
    files: ['check.ts'],
  }));
  run(process.execPath, [path.join(jsDir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], consumer);
});
