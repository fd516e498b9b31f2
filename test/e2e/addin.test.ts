/**
 * End to end in Debian's Chromium (playwright-core): the built task pane against a stub office.js
 * wired to the fake Excel loaded with the example congress, and the standalone page opened from
 * disk. No request may leave 127.0.0.1 (or file://). Screenshots at 350 px go to docs/.
 * These tests fail, never skip, when Chromium is missing.
 */
import ExcelJS from 'exceljs';
import { existsSync, mkdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadHost } from '../helpers/workbook';

import { XMLParser } from 'fast-xml-parser';
import { EXAMPLE, OUT, ROOT, blockOutside, build, launch, serve, type Server } from './harness';

jest.setTimeout(240_000);

const DOCS = path.join(ROOT, 'docs');
const STANDALONE = path.join(OUT, 'dai-hoi-ngoai-tuyen.html');
type Sheets = [string, unknown[][]][];
type Cell = string | number | boolean | null;
interface FakeSnapshot {
  names: string[];
  sheets: Record<string, Cell[][]>;
  formulas: string[];
  selection: { sheet: string; address: string } | null;
  syncs: number;
  protected: string[];
}

let browser: Browser;
let server: Server;
let example: Sheets;

async function exampleSheets(): Promise<Sheets> {
  const host = loadHost(EXAMPLE);
  const names = await host.sheetNames();
  const values = await host.readSheets(names);
  // Excel hands dates to add-ins as serial numbers.
  return names.map((n) => [
    n,
    (values.get(n) ?? []).map((row) => row.map((v) => (v instanceof Date ? v.getTime() / 86400000 + 25569 : v))),
  ]);
}

async function openPane(
  context: BrowserContext,
  sheets: Sheets,
  opts: { lang?: string; api19?: boolean } = {},
): Promise<{ page: Page; blocked: string[] }> {
  const blocked = await blockOutside(context, server.origin);
  const stub = readFileSync(path.join(OUT, 'office-stub.js'), 'utf8');
  // office.js is served by the add-in's own origin; the test answers it with the stub.
  await context.route(`${server.origin}/office.js`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: stub }),
  );
  const page = await context.newPage();
  await page.addInitScript(
    (config) => {
      const w = window as unknown as Record<string, unknown>;
      w.__FAKE_SHEETS__ = config.sheets;
      w.__DISPLAY_LANGUAGE__ = config.lang;
      w.__EXCEL_API_19__ = config.api19;
    },
    {
      sheets: sheets as unknown as [string, (string | number | boolean | null)[][]][],
      lang: opts.lang ?? 'vi-VN',
      api19: opts.api19 ?? true,
    },
  );
  await page.goto(`${server.origin}/taskpane.html`);
  return { page, blocked };
}

async function snapshot(page: Page): Promise<FakeSnapshot> {
  return page.evaluate(() => {
    const fake = (
      window as unknown as {
        __fake: {
          sheets: {
            name: string;
            protected: boolean;
            values(): Cell[][];
            cells: Map<string, { formula?: string }>;
          }[];
          selection: { sheet: string; address: string } | null;
          syncs: unknown[];
        };
      }
    ).__fake;
    const sheets: Record<string, Cell[][]> = {};
    const formulas: string[] = [];
    for (const s of fake.sheets) {
      sheets[s.name] = s.values();
      for (const [key, cell] of s.cells) if (cell.formula) formulas.push(`${s.name}!${key}`);
    }
    return {
      names: fake.sheets.map((s) => s.name),
      sheets,
      formulas,
      selection: fake.selection,
      syncs: fake.syncs.length,
      protected: fake.sheets.filter((s) => s.protected).map((s) => s.name),
    };
  });
}

const OPERATOR = 'Nguyễn Thị Thư Ký';

/** The first writing run asks who is working (once per workbook): the pane's own form. */
async function answerOperator(page: Page, name = OPERATOR): Promise<void> {
  await page.waitForSelector('.operator-form #operator-name');
  await page.fill('#operator-name', name);
  await page.click('.operator-form button[type="submit"]');
}

function column(values: Cell[][], col: number): Cell[] {
  return values.map((row) => row[col] ?? null);
}

/** Names marked `Trúng cử` in the table of a `Kết quả` sheet. */
function electedIn(values: Cell[][]): string[] {
  const header = values.findIndex((row) => row.includes('Họ và tên') && row.includes('Trúng cử'));
  if (header < 0) return [];
  const nameCol = values[header].indexOf('Họ và tên');
  const markCol = values[header].indexOf('Trúng cử');
  const out: string[] = [];
  for (let r = header + 1; r < values.length && values[r][nameCol]; r++)
    if (values[r][markCol] === 'Trúng cử') out.push(String(values[r][nameCol]));
  return out;
}

beforeAll(async () => {
  build();
  browser = await launch();
  server = await serve(OUT);
  example = await exampleSheets();
  mkdirSync(DOCS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the build', () => {
  test('pane, office.js from its own origin, manifest and standalone page are in the output', () => {
    for (const file of [
      'taskpane.html',
      'taskpane.js',
      'taskpane.css',
      'office.js',
      'en-us/office_strings.js',
      'vi-vn/office_strings.js',
      'telemetry/oteljs_agave.js',
      'excel-web-16.00.js',
      'excel-win32-16.01.js',
      'manifest.xml',
      'dai-hoi-ngoai-tuyen.html',
    ]) {
      expect(existsSync(path.join(OUT, file))).toBe(true);
    }
    // The offline page carries the package host, not exceljs: well under the 1,137 KB it was.
    const offline = readFileSync(path.join(OUT, 'dai-hoi-ngoai-tuyen.html'), 'utf8');
    expect(offline.length).toBeLessThan(400 * 1024);
    expect(offline).not.toContain('ExcelJS');
    const html = readFileSync(path.join(OUT, 'taskpane.html'), 'utf8');
    expect(html).toMatch(/<script src="?office\.js"?><\/script>/);
    expect(html).toMatch(/script-src 'self'/);
    expect(html).toMatch(/connect-src 'self'/);
    expect(html).not.toMatch(/https?:\/\//);
    // Every manifest URL is a file of this build.
    const manifest = readFileSync(path.join(OUT, 'manifest.xml'), 'utf8');
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https:\/\/localhost:3000\/[^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(existsSync(path.join(OUT, url.replace('https://localhost:3000/', '')))).toBe(true);
    expect(new XMLParser().parse(manifest)).toHaveProperty('OfficeApp');
    // The pane carries no exceljs: its initial script stays small.
    const initial = statSync(path.join(OUT, 'taskpane.js')).size;
    expect(initial).toBeLessThan(150 * 1024);
    expect(readFileSync(path.join(OUT, 'taskpane.js'), 'utf8')).not.toMatch(/exceljs|JSZip/i);
  });
});

describe('task pane in Chromium against the fake Excel', () => {
  test('Kiểm phiếu writes the result and minutes sheets of the example congress', async () => {
    const context = await browser.newContext({ viewport: { width: 350, height: 900 } });
    const { page, blocked } = await openPane(context, example);
    await page.waitForSelector('button[data-command="tally"]');
    expect(await page.textContent('button[data-command="tally"]')).toBe('Kiểm phiếu');
    await page.screenshot({ path: path.join(DOCS, 'pane.png') });
    await page.click('button[data-command="tally"]');
    await answerOperator(page);
    await page.waitForSelector('.card', { timeout: 60_000 });
    const fake = await snapshot(page);
    const ids = await page.$$eval('.card', (cards) => cards.map((c) => c.getAttribute('data-election') ?? ''));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const results = fake.sheets[`Kết quả ${id}`];
      expect(results).toBeDefined();
      const labels = column(results, 0);
      for (const label of ['Số phiếu phát ra', 'Số phiếu hợp lệ', 'Cơ sở tính (D)', 'Số phiếu cần đạt', 'Trạng thái'])
        expect(labels).toContain(label);
      const cardNames = await page.$$eval(`.card[data-election="${id}"] .names li`, (items) =>
        items.map((li) => li.textContent ?? ''),
      );
      const status = await page.getAttribute(`.card[data-election="${id}"]`, 'class');
      if (!/status-(blocked|zero)/.test(status ?? '')) {
        expect(fake.names).toContain(`Biên bản ${id}`);
        const minutes = fake.sheets[`Biên bản ${id}`]
          .flat()
          .filter((v): v is string => typeof v === 'string')
          .join('\n');
        expect(minutes).toMatch(/BIÊN BẢN/);
        for (const name of electedIn(results)) expect(minutes).toContain(name);
        expect(cardNames.slice(0, electedIn(results).length).sort()).toEqual(electedIn(results).sort());
      }
    }
    // The opinion ballot says who may enter the list, not who was elected; the tie offers the next round.
    expect(await page.textContent('.card[data-election="YK-BCH"] h4')).toMatch(/^Được đưa vào danh sách bầu cử \(1\)/);
    expect(await page.textContent('.card[data-election="BCH"] .open-seats')).toBe('Còn thiếu 1 người');
    expect(await page.$('.card[data-election="BCH"] button[data-command="next-round"]')).not.toBeNull();
    // Outputs after the inputs, inputs untouched, text stayed text.
    const inputNames = example.map(([n]) => n);
    expect(fake.names.slice(0, inputNames.length)).toEqual(inputNames);
    for (const [name, values] of example) expect(tidy(fake.sheets[name])).toEqual(tidy(values));
    expect(fake.formulas).toEqual([]);
    // Names, used-range sizes, values (one sync while they fit in 4 MB) and two writes: at most 5
    // syncs for the tally, plus the 3 of the quiet election-picker read at start.
    expect(fake.syncs).toBeLessThanOrEqual(8);
    await page.screenshot({ path: path.join(DOCS, 'pane-tally.png'), fullPage: true });
    expect(blocked).toEqual([]);
    await context.close();
  });

  test('input errors write nothing and a finding selects its cell', async () => {
    const broken: Sheets = example.map(([name, rows]) => [name, rows.map((r) => [...r])]);
    const ballotSheet = broken.find(([name]) => /^Phiếu /.test(name) && !/\(2\)$/.test(name));
    expect(ballotSheet).toBeDefined();
    const rows = (ballotSheet as [string, unknown[][]])[1];
    const header = rows.findIndex((r) => r.includes('Số phiếu'));
    rows[header + 1][rows[header].indexOf('Số phiếu') + 1] = 'k'; // not a mark
    const context = await browser.newContext({ viewport: { width: 350, height: 700 } });
    const { page, blocked } = await openPane(context, broken);
    await page.waitForSelector('button[data-command="tally"]');
    await page.click('button[data-command="tally"]');
    await answerOperator(page);
    await page.waitForSelector('button.finding.error', { timeout: 60_000 });
    const before = await snapshot(page);
    expect(before.names).toEqual(broken.map(([n]) => n));
    const ref = await page.getAttribute('button.finding.error', 'data-cell');
    expect(ref).toMatch(/^'Phiếu /);
    await page.click('button.finding.error');
    await page.waitForFunction(
      () => (window as unknown as { __fake: { selection: unknown } }).__fake.selection !== null,
    );
    const after = await snapshot(page);
    expect(after.selection?.sheet).toBe((ballotSheet as [string, unknown[][]])[0]);
    expect(await page.textContent('p.status')).toBe('');
    await page.screenshot({ path: path.join(DOCS, 'pane-errors.png'), fullPage: true });
    expect(blocked).toEqual([]);
    await context.close();
  });

  test('the operator asked once and kept in the document; Kiểm tra mã and Chốt kết quả on a card', async () => {
    const context = await browser.newContext({ viewport: { width: 350, height: 700 } });
    const { page, blocked } = await openPane(context, example);
    await page.waitForSelector('button[data-command="tally"]');
    await page.click('button[data-command="tally"]');
    await page.waitForSelector('.operator-form #operator-name');
    await page.screenshot({ path: path.join(OUT, 'pane-operator.png') });
    await answerOperator(page);
    await page.waitForSelector('.card', { timeout: 60_000 });
    const kept = await page.evaluate(() => {
      const w = window as unknown as { __SETTINGS__: Map<string, unknown>; __SETTINGS_SAVES__: number };
      return { name: w.__SETTINGS__.get('dai-hoi.operator'), saves: w.__SETTINGS_SAVES__ };
    });
    expect(kept).toEqual({ name: OPERATOR, saves: 1 });
    expect(await page.textContent('.operator')).toContain(OPERATOR);

    // Kiểm tra mã: the code printed at the end of the minutes, pasted into the card.
    const id = await page.getAttribute('.card.status-complete', 'data-election');
    expect(id).toBeTruthy();
    const card = `.card[data-election="${id}"]`;
    const minutes = (await snapshot(page)).sheets[`Biên bản ${id}`].flat();
    const printed = minutes.find((v): v is string => typeof v === 'string' && /^Mã kiểm tra/.test(v));
    expect(printed).toMatch(/[0-9a-f]{64}/);
    await page.click(`${card} details.verify > summary`);
    await page.fill(`${card} .verify-code`, String(printed));
    await page.click(`${card} .verify-form button[type="submit"]`);
    await page.waitForSelector(`${card} .verify-result.ok`);
    expect(await page.textContent(`${card} .verify-result`)).toBe('Khớp: dữ liệu phiếu đúng như khi in mã này.');
    await page.locator(card).screenshot({ path: path.join(OUT, 'pane-verify.png') });

    // Chốt kết quả: no second question; the election's sheets protected through worksheet.protection.
    const before = await snapshot(page);
    await page.click(`${card} button[data-command="finalise"]`);
    await page.waitForSelector(`${card} .finalised`, { timeout: 60_000 });
    expect(await page.$('.operator-form')).toBeNull();
    const after = await snapshot(page);
    for (const sheet of [`Kết quả ${id}`, `Biên bản ${id}`, 'Chốt kết quả', 'Nhật ký'])
      expect(after.protected).toContain(sheet);
    expect(after.protected.filter((s) => /^(Kết quả|Biên bản) /.test(s))).toEqual([`Kết quả ${id}`, `Biên bản ${id}`]);
    expect(after.sheets['Chốt kết quả'][1].slice(0, 5)).toEqual([
      id,
      expect.stringMatching(/^[0-9a-f]{64}$/),
      expect.any(String),
      OPERATOR,
      'Đã chốt',
    ]);
    expect(new Set(column(after.sheets['Nhật ký'].slice(1), 2))).toEqual(new Set([OPERATOR]));
    // Names, sizes, values and two writes: protection costs no sync of its own.
    expect(after.syncs - before.syncs).toBeLessThanOrEqual(5);
    expect(await page.$(`${card} button[data-command="finalise"]`)).toBeNull();
    await page.screenshot({ path: path.join(OUT, 'pane-finalised.png'), fullPage: true });
    expect(blocked).toEqual([]);
    await context.close();
  });

  test('English when Excel is not Vietnamese; Office 2016/2019 get the way out', async () => {
    const context = await browser.newContext({ viewport: { width: 350, height: 500 } });
    const { page } = await openPane(context, example, { lang: 'en-US' });
    await page.waitForSelector('button[data-command="tally"]');
    expect(await page.textContent('button[data-command="tally"]')).toBe('Count the votes');
    await context.close();
    const old = await browser.newContext({ viewport: { width: 350, height: 400 } });
    const { page: page2, blocked } = await openPane(old, example, { api19: false });
    await page2.waitForSelector('#unsupported');
    expect(await page2.textContent('#unsupported')).toMatch(/dai-hoi-ngoai-tuyen\.html/);
    expect(await page2.$('button[data-command="tally"]')).toBeNull();
    await page2.screenshot({ path: path.join(DOCS, 'pane-unsupported.png') });
    expect(blocked).toEqual([]);
    await old.close();
  });
});

describe('standalone page from disk', () => {
  test('opens the example, runs the tally, downloads a workbook with the results', async () => {
    const context = await browser.newContext({ viewport: { width: 350, height: 900 }, acceptDownloads: true });
    const blocked = await blockOutside(context, 'file://');
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`file://${STANDALONE}`);
    await page.setInputFiles('#file', EXAMPLE);
    await page.waitForFunction(() => /:/.test(document.querySelector('.status')?.textContent ?? ''));
    await page.click('button[data-command="tally"]');
    await answerOperator(page);
    await page.waitForSelector('.card', { timeout: 60_000 });
    await page.waitForSelector('#download:not([disabled])');
    await page.screenshot({ path: path.join(DOCS, 'standalone.png'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('dai-hoi-phuong-ket-qua.xlsx');
    const file = path.join(OUT, 'download.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const names = wb.worksheets.map((ws) => ws.name);
    const ids = await page.$$eval('.card', (cards) => cards.map((c) => c.getAttribute('data-election') ?? ''));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(names).toContain(`Kết quả ${id}`);
    expect(names.slice(0, example.length)).toEqual(example.map(([n]) => n));
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  });
});

/** Rows without trailing blanks, '' as null, no trailing empty rows. */
function tidy(rows: unknown[][]): unknown[][] {
  const out = rows.map((row) => {
    const r = row.map((v) => (v === '' || v === undefined ? null : v));
    while (r.length && r[r.length - 1] === null) r.pop();
    return r;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}
