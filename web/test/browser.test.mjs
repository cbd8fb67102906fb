// The calculator page in a real browser: Debian's chromium, headless, driven
// by playwright-core. The pages are served by a static file server on
// 127.0.0.1 that this test starts itself, plus one check from file://. Every
// request that is not to that server (or file:, data:, blob:) is refused and
// fails the test, so the page provably loads nothing from elsewhere.
//
//   COSTSHARE_WEB_SITE   the assembled page (web/build.sh; default build-web/site)
//   COSTSHARE_WEB_SHOTS  where the screenshots go (default build-web/screenshots)
//   CHROMIUM             the browser (default /usr/bin/chromium)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync, mkdtempSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const site = path.resolve(process.env.COSTSHARE_WEB_SITE || path.join(root, 'build-web', 'site'));
const shots = path.resolve(process.env.COSTSHARE_WEB_SHOTS || path.join(root, 'build-web', 'screenshots'));
const data = (name) => readFileSync(path.join(root, 'examples', 'data', name), 'utf8');

// The expected values of the domain document (763 945 by the 2017 populations).
const SPLIT_2018 = [
  ['Boxholm', '5 453', '1.21', '9 251'], ['Finspång', '21 577', '4.79', '36 605'],
  ['Kinda', '9 882', '2.19', '16 764'], ['Linköping', '158 520', '35.20', '268 922'],
  ['Mjölby', '27 019', '6.00', '45 837'], ['Motala', '43 549', '9.67', '73 879'],
  ['Norrköping', '133 749', '29.70', '226 899'], ['Söderköping', '14 521', '3.23', '24 634'],
  ['Vadstena', '7 421', '1.65', '12 589'], ['Valdemarsvik', '7 920', '1.76', '13 436'],
  ['Ydre', '3 733', '0.83', '6 333'], ['Åtvidaberg', '11 631', '2.58', '19 732'],
  ['Ödeshög', '5 343', '1.19', '9 064'],
];
const plain = (s) => s.replace(/[\s\u00a0\u202f]/g, '');

let server;
let origin;
let context;
let userDataDir;
const foreign = [];

before(async () => {
  assert.ok(existsSync(path.join(site, 'index.html')), `${site}/index.html is missing: run web/build.sh`);
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
  server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.join(site, name.endsWith('/') ? `${name}index.html` : name);
    if (!file.startsWith(site) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  userDataDir = mkdtempSync(path.join(tmpdir(), 'costshare-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1100, height: 900 },
    acceptDownloads: true,
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || /^(file|data|blob):/.test(url)) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  mkdirSync(shots, { recursive: true });
});

after(async () => {
  if (context) await context.close();
  if (server) server.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  assert.deepEqual(foreign, [], 'the page asked for something outside its own folder');
});

// A fresh page, ready (the module instantiated); errors in it fail the test.
async function open(t, url, requests) {
  const page = await context.newPage();
  const problems = [];
  if (requests) page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  t.after(async () => {
    await page.close();
    assert.deepEqual(problems, []);
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}
const en = (hash = '') => `${origin}/index.html?lang=en${hash}`;

// The cells of a table, row by row (header row included), as text.
async function cells(table) {
  return table.locator('tr').evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent.trim())));
}

async function checkSplit2018(page) {
  const split = page.locator('#split');
  const table = split.getByRole('table', { name: 'Split', exact: true });
  const rows = await cells(table);
  assert.deepEqual(rows[0], ['Name', 'Weight', 'Percent', 'Amount']);
  assert.deepEqual(rows.slice(1, -1).map((r) => r.map(plain)), SPLIT_2018.map((r) => r.map(plain)));
  const last = rows[rows.length - 1];
  assert.equal(last[0], 'Total');
  assert.deepEqual(last.slice(1).map(plain), ['450318', '100.00', '763945']);
  const sum = rows.slice(1, -1).reduce((a, r) => a + BigInt(plain(r[3])), 0n);
  assert.equal(sum, 763945n, 'the amounts add up to the total');
  assert.equal(await table.locator('th[scope="col"]').count(), 4);
}

// Pastes text into a field as a user does: through the clipboard and Ctrl+V.
async function paste(page, field, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await field.fill('');
  await field.focus();
  await page.keyboard.press('Control+V');
  assert.equal(await field.inputValue(), text.replace(/\r\n?/g, '\n'));
}

async function fillSplit(page, table, total, { pasted = false } = {}) {
  const split = page.locator('#split');
  const field = split.getByLabel('Table', { exact: true });
  if (pasted) await paste(page, field, table);
  else await field.fill(table);
  await split.getByLabel('Total', { exact: true }).fill(total);
  await split.getByLabel('Rounding unit', { exact: true }).selectOption({ label: '1 krona' });
  await split.getByLabel('Method', { exact: true }).selectOption('largest_remainder');
  await split.getByRole('button', { name: 'Split', exact: true }).click();
}

test('split: the 2018 Östergötland table pasted as CSV gives every amount and the total', async (t) => {
  const page = await open(t, en('#split'));
  await fillSplit(page, data('ostergotland-2018.csv'), '763 945', { pasted: true });
  await checkSplit2018(page);
  await page.locator('#split').screenshot({ path: path.join(shots, 'split-en.png') });
});

test('split: the same table as Swedish Excel pastes it (tabs, spaces, decimal commas)', async (t) => {
  const page = await open(t, en());
  const tsv = data('ostergotland-2018.csv').split('\n').filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(',').map((f) => f.replace(/^(\d+)(\d{3})$/, '$1\u00a0$2').replace('.', ',')).join('\t')).join('\r\n');
  await fillSplit(page, tsv, '763 945,00 kr', { pasted: true });
  await checkSplit2018(page);
});

test('split: the legacy method reproduces the 2016 year column and states its residual +1', async (t) => {
  const page = await open(t, en());
  const rows = data('ostergotland-2016.csv').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(','));
  const split = page.locator('#split');
  await split.getByLabel('Table', { exact: true }).fill(rows.map((r) => `${r[0]};${r[1]}`).join('\n'));
  await split.getByLabel('Total', { exact: true }).fill('701 520');
  await split.getByLabel('Method', { exact: true }).selectOption('round_each');
  await split.getByRole('button', { name: 'Split', exact: true }).click();
  const got = await cells(split.getByRole('table', { name: 'Split', exact: true }));
  assert.deepEqual(got.slice(1, -1).map((r) => plain(r[3])), rows.slice(1).map((r) => r[4]));
  assert.equal(plain(got[got.length - 1][3]), '701521');
  assert.match(await page.locator('#split-residual').textContent(), /Residual: \+1\.00/);
});

test('split: copy for Excel and download as CSV', async (t) => {
  const page = await open(t, `${origin}/index.html#split`);
  await page.locator('#split-example').click();
  await page.getByRole('button', { name: 'Fördela', exact: true }).click();
  await page.getByRole('button', { name: 'Kopiera för Excel' }).click();
  await page.waitForFunction(() => document.getElementById('split-copy-status').textContent !== '');
  assert.match(await page.locator('#split-copy-status').textContent(), /kopierad/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith('Namn\tVikt\tProcent\tBelopp\r\nBoxholm\t5453\t1,21\t9251\r\n'), copied.slice(0, 80));
  assert.ok(copied.endsWith('Summa\t450318\t100,00\t763945\r\n'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner CSV' }).click()]);
  const csv = readFileSync(await download.path(), 'utf8');
  assert.equal(download.suggestedFilename(), 'fordelning.csv');
  assert.ok(csv.startsWith('\ufeffNamn;Vikt;Procent;Belopp\r\nBoxholm;5453;1,21;9251\r\n'), csv.slice(0, 80));
  assert.ok(csv.endsWith('Summa;450318;100,00;763945\r\n'));
});

test('audit: the published 2018 column, none reproduces it, -33.25 at Söderköping', async (t) => {
  const page = await open(t, en('#audit'));
  const audit = page.locator('#audit');
  await audit.getByLabel('Published table', { exact: true }).fill(data('ostergotland-2018.csv'));
  await audit.getByLabel('Stated total (optional)', { exact: true }).fill('763945');
  await audit.getByRole('button', { name: 'Audit', exact: true }).click();
  assert.equal(await page.getByLabel('Largest deviation').textContent(), '-33.25 at Söderköping');
  assert.equal(await page.getByLabel('Method that reproduces the column').textContent(), 'none');
  assert.equal(await page.getByLabel('Sum of the published percentages').textContent(), '99.99');
  assert.equal(await page.getByLabel('Sum of the exact percentages').textContent(), '100.00');
  const rows = await cells(audit.getByRole('table', { name: 'Audit row by row' }));
  const soderkoping = rows.find((r) => r[0] === 'Söderköping');
  assert.deepEqual(soderkoping.slice(2, 5).map(plain), ['24601.00', '24634.25', '-33.25']);
  await audit.screenshot({ path: path.join(shots, 'audit-en.png') });
});

test('audit: the 2016 year column is each share rounded half up', async (t) => {
  const page = await open(t, en());
  const rows = data('ostergotland-2016.csv').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(','));
  const audit = page.locator('#audit');
  await audit.getByLabel('Published table', { exact: true }).fill(rows.map((r) => [r[0], r[1], r[4]].join('\t')).join('\n'));
  await audit.getByLabel('Stated total (optional)', { exact: true }).fill('701 520');
  await audit.getByRole('button', { name: 'Audit', exact: true }).click();
  assert.equal(await page.getByLabel('Method that reproduces the column').textContent(), 'each share rounded half up');
  assert.equal(plain(await page.getByLabel('Column sum').textContent()), '701521.00');
});

test('audit: a column published in thousands (tkr), each share rounded half up to 1 000 kr', async (t) => {
  const page = await open(t, en());
  const rows = data('ostergotland-2018.csv').split('\n').filter((l) => l && !l.startsWith('#')).slice(1).map((l) => l.split(','));
  const W = rows.reduce((a, r) => a + BigInt(r[1]), 0n);
  // 763 945 * w / W kronor in thousands, half up: floor((2 T w + 1000 W) / (2000 W)).
  const tkr = rows.map((r) => (2n * 763945n * BigInt(r[1]) + 1000n * W) / (2000n * W));
  const table = ['Kommun;Befolkning;Kostnad (tkr)', ...rows.map((r, i) => `${r[0]};${r[1]};${tkr[i]}`)].join('\n');
  const audit = page.locator('#audit');
  await audit.getByLabel('Published table', { exact: true }).fill(table);
  await audit.getByLabel('Stated total (optional)', { exact: true }).fill('763 945');
  await audit.getByRole('button', { name: 'Audit', exact: true }).click();
  assert.equal(await page.getByLabel('Method that reproduces the column').textContent(), 'each share rounded half up');
  assert.match(await audit.locator('.note').textContent(), /thousands \(tkr\)/);
  const got = await cells(audit.getByRole('table', { name: 'Audit row by row' }));
  assert.equal(plain(got.find((r) => r[0] === 'Linköping')[2]), '269000.00');
});

test('notice: two months for 2024-09-30 gives 2024-07-31 and 2024-10-01, and the refunds', async (t) => {
  const page = await open(t, en('#notice'));
  const notice = page.locator('#notice');
  await notice.getByLabel('Wanted last day', { exact: true }).fill('2024-09-30');
  await notice.getByLabel('Notice period', { exact: true }).fill('2');
  await notice.getByLabel('Unit', { exact: true }).selectOption('months');
  await notice.getByLabel('Invoiced for the year (optional)').fill('64 000');
  await notice.getByRole('button', { name: 'Compute', exact: true }).click();
  assert.equal(await page.getByLabel('Latest notice day', { exact: true }).textContent(), '2024-07-31');
  assert.equal(await page.getByLabel('Last day', { exact: true }).textContent(), '2024-09-30');
  assert.equal(await page.getByLabel('Refund start', { exact: true }).textContent(), '2024-10-01');
  assert.equal(plain(await page.getByLabel('Refund by whole months').textContent()), '16000.00');
  assert.equal(plain(await page.getByLabel('Refund by days').textContent()), '16087.43');
  await notice.screenshot({ path: path.join(shots, 'notice-en.png') });
  // The Sunday rule: two months for 2024-08-31 is due Sunday 2024-06-30, so Monday 2024-07-01.
  await notice.getByLabel('Wanted last day', { exact: true }).fill('2024-08-31');
  await notice.getByLabel('Sunday rule', { exact: false }).check();
  await notice.getByRole('button', { name: 'Compute', exact: true }).click();
  assert.match(await page.getByLabel('Latest notice day', { exact: true }).textContent(), /^2024-07-01 .*2024-06-30/);
});

test('calendar: the holidays and business days of 2024', async (t) => {
  const page = await open(t, en('#calendar'));
  const calendar = page.locator('#calendar');
  await calendar.getByLabel('Year', { exact: true }).fill('2024');
  await calendar.getByRole('button', { name: 'Show', exact: true }).click();
  const holidays = await cells(calendar.getByRole('table', { name: 'Holidays and eves 2024' }));
  const byDate = Object.fromEntries(holidays.slice(1).map((r) => [r[0], r[2]]));
  assert.equal(byDate['2024-03-29'], 'Good Friday');
  assert.equal(byDate['2024-05-09'], 'Ascension Day');
  assert.equal(byDate['2024-06-06'], 'National Day');
  assert.equal(byDate['2024-06-21'], 'Midsummer Eve');
  assert.equal(byDate['2024-06-22'], 'Midsummer Day');
  assert.equal(byDate['2024-11-02'], "All Saints' Day");
  assert.equal(byDate['2024-12-31'], "New Year's Eve");
  const months = await cells(calendar.getByRole('table', { name: 'Business days 2024' }));
  const last = months[months.length - 1];
  assert.equal(last[0], 'Total');
  assert.equal(Number(last[2]), 366);
  assert.equal(months.slice(1, -1).reduce((a, r) => a + Number(r[1]), 0), Number(last[1]));
  assert.equal(months.find((r) => r[0] === 'June')[1], '18'); // 30 days, 10 weekend days, 6 and 21 June
  await calendar.screenshot({ path: path.join(shots, 'calendar-en.png') });
});

test('errors are shown next to their field, in words, and no stale result stays', async (t) => {
  const page = await open(t, en());
  const split = page.locator('#split');
  await fillSplit(page, data('ostergotland-2018.csv'), '763 945');
  await checkSplit2018(page);
  // A malformed table: the old result goes, the error is next to the table.
  await split.getByLabel('Table', { exact: true }).fill('Name;Population\nBoxholm;5453\nKinda;nine thousand\n');
  await split.getByRole('button', { name: 'Split', exact: true }).click();
  const tableError = page.locator('#split-table-error');
  assert.equal(await tableError.isVisible(), true);
  assert.equal(await tableError.textContent(), 'Row 3: the population "nine thousand" is not a whole number.');
  assert.equal(await split.getByLabel('Table', { exact: true }).getAttribute('aria-invalid'), 'true');
  assert.match(await split.getByLabel('Table', { exact: true }).getAttribute('aria-describedby'), /split-table-error/);
  assert.equal(await page.locator('#split-result table').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'split-table');
  // A total with three decimals, and a table with no weight (the library's refusal).
  await split.getByLabel('Table', { exact: true }).fill('Boxholm\t5453\nKinda\t9882');
  await split.getByLabel('Total', { exact: true }).fill('12,345');
  await split.getByRole('button', { name: 'Split', exact: true }).click();
  assert.equal(await tableError.isVisible(), false);
  assert.match(await page.locator('#split-total-error').textContent(), /^"12,345" is not an amount in kronor with at most two decimals .*: malformed text \(COSTSHARE_EPARSE\)$/);
  await split.getByLabel('Table', { exact: true }).fill('Boxholm\t0\nKinda\t0');
  await split.getByLabel('Total', { exact: true }).fill('100');
  await split.getByRole('button', { name: 'Split', exact: true }).click();
  assert.equal(await tableError.textContent(), 'The library refused: no positive weight to split by (COSTSHARE_ENOWEIGHT)');
  // A fixed part larger than the total.
  await split.getByLabel('Table', { exact: true }).fill('Boxholm\t5453\nKinda\t9882');
  await split.getByLabel('Fixed part (optional)').fill('200');
  await split.getByRole('button', { name: 'Split', exact: true }).click();
  assert.match(await page.locator('#split-fixed-error').textContent(), /value out of range/);
  // A date that is not YYYY-MM-DD: the library's parser says so.
  const notice = page.locator('#notice');
  await notice.getByLabel('Wanted last day', { exact: true }).fill('2024-9-30');
  await notice.getByRole('button', { name: 'Compute', exact: true }).click();
  assert.equal(await page.locator('#notice-wanted-error').textContent(), 'The library refused: malformed text (COSTSHARE_EPARSE)');
  assert.equal(await page.locator('#notice-result table').count(), 0);
  await notice.getByLabel('Wanted last day', { exact: true }).fill('2024-02-30');
  await notice.getByRole('button', { name: 'Compute', exact: true }).click();
  assert.match(await page.locator('#notice-wanted-error').textContent(), /value out of range/);
  await page.locator('#calendar').getByLabel('Year', { exact: true }).fill('1989');
  await page.locator('#calendar').getByRole('button', { name: 'Show', exact: true }).click();
  assert.match(await page.locator('#calendar-year-error').textContent(), /COSTSHARE_ERANGE/);
  // An audit table without an amount column.
  const audit = page.locator('#audit');
  await audit.getByLabel('Published table', { exact: true }).fill('Boxholm;5453\nKinda;9882');
  await audit.getByRole('button', { name: 'Audit', exact: true }).click();
  assert.match(await page.locator('#audit-table-error').textContent(), /no amount column/);
});

test('keyboard alone: reach the fields with Tab, submit with Enter and Ctrl+Enter', async (t) => {
  const page = await open(t, en());
  const focused = () => page.evaluate(() => document.activeElement && document.activeElement.id);
  async function tabTo(id) {
    for (let i = 0; i < 80; i++) {
      if (await focused() === id) return;
      await page.keyboard.press('Tab');
    }
    assert.fail(`Tab never reached #${id}`);
  }
  await tabTo('split-example');
  await page.keyboard.press('Enter'); // fills the example, focus on the table
  assert.equal(await focused(), 'split-table');
  await page.keyboard.press('Control+Enter');
  await page.waitForSelector('#split-result table');
  await checkSplit2018(page);
  await tabTo('notice-wanted');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2024-09-30');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#notice-result table');
  assert.equal(await page.getByLabel('Latest notice day', { exact: true }).textContent(), '2024-07-31');
});

test('accessible: every control has a visible label; result tables have captions and th', async (t) => {
  const page = await open(t, en());
  for (const id of ['split-example', 'audit-example']) await page.locator(`#${id}`).click();
  for (const b of ['Split', 'Audit', 'Compute', 'Show']) await page.getByRole('button', { name: b, exact: true }).click();
  const report = await page.evaluate(() => {
    const problems = [];
    for (const c of document.querySelectorAll('input, select, textarea')) {
      if (c.closest('.visually-hidden') || c.classList.contains('visually-hidden')) continue;
      const label = document.querySelector(`label[for="${c.id}"]`);
      if (!label || label.textContent.trim() === '' || label.offsetParent === null) problems.push(`no visible label: #${c.id}`);
    }
    for (const table of document.querySelectorAll('table')) {
      if (!table.caption || table.caption.textContent.trim() === '') problems.push('table without caption');
      if (table.querySelectorAll('th').length === 0) problems.push('table without th');
    }
    return { problems, tables: document.querySelectorAll('main table').length };
  });
  assert.deepEqual(report.problems, []);
  assert.ok(report.tables >= 6, `${report.tables} result tables`);
});

test('Swedish by default, English with ?lang=en, and the link between them', async (t) => {
  const page = await open(t, `${origin}/index.html`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'sv');
  await page.locator('#split').getByLabel('Tabell', { exact: true }).fill(data('ostergotland-2018.csv'));
  await page.locator('#split').getByLabel('Belopp', { exact: true }).fill('763 945');
  await page.getByRole('button', { name: 'Fördela', exact: true }).click();
  const rows = await cells(page.getByRole('table', { name: 'Fördelning', exact: true }));
  assert.deepEqual(rows[0], ['Namn', 'Vikt', 'Procent', 'Belopp']);
  assert.deepEqual(rows[8].map(plain), ['Söderköping', '14521', '3,23', '24634']);
  assert.equal(rows[rows.length - 1][0], 'Summa');
  await page.locator('#split').screenshot({ path: path.join(shots, 'split-sv.png') });
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForSelector('body[data-ready="true"]');
  assert.match(page.url(), /\?lang=en/);
  assert.equal(await page.locator('label[for="split-table"]').textContent(), 'Table');
  await page.getByRole('link', { name: 'Svenska' }).click();
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.locator('label[for="split-table"]').textContent(), 'Tabell');
});

test('from file://: paste the 2018 table, every amount and the total', async (t) => {
  const url = `${pathToFileURL(path.join(site, 'index.html')).href}?lang=en`;
  const requests = [];
  const page = await open(t, url, requests);
  await fillSplit(page, data('ostergotland-2018.csv'), '763 945', { pasted: true });
  await checkSplit2018(page);
  assert.ok(requests.some((u) => u.endsWith('/costshare.js')), 'costshare.js was loaded from the folder');
  assert.deepEqual(requests.filter((u) => !/^(file|data|blob):/.test(u)), []);
});
