/**
 * End to end in Debian's Chromium (playwright-core): the built task pane against a stub
 * office.js wired to the fake Excel loaded with the example congress, at the sizes of a laptop's
 * pane (350 × 520 and 320 × 520). No request may leave 127.0.0.1. These tests write nothing into
 * the repository (the README's screenshots come from `npm run screenshots`) and fail, never
 * skip, when Chromium is missing.
 */
import ExcelJS from 'exceljs';
import { existsSync, readFileSync, statSync, writeFileSync } from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { XMLParser } from 'fast-xml-parser';
import { EXAMPLE, OUT, ROOT, blockOutside, build, launch, serve, type Server } from './harness';
import {
  answeringOperator,
  type Cell,
  copySheets,
  inViewport,
  OPERATOR,
  openPane,
  type PaneOptions,
  paneReady,
  type Sheets,
  snapshot,
  tidy,
  workbookSheets,
} from './pane';

jest.setTimeout(240_000);

let browser: Browser;
let server: Server;
let example: Sheets;

/** The example's elections, in `Bầu cử` order: every one must get its card. */
const EXAMPLE_IDS = ['YK-BCH', 'BCH', 'BCH-2', 'DB', 'BTV', 'BT', 'PBT', 'UBKT', 'CN-UBKT'];

beforeAll(async () => {
  build();
  browser = await launch();
  server = await serve(OUT);
  example = await workbookSheets();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function column(values: Cell[][], col: number): Cell[] {
  return values.map((row) => row[col] ?? null);
}

/** Every name in the table of a `Kết quả` sheet. */
function candidatesIn(values: Cell[][]): string[] {
  const header = values.findIndex((row) => row.includes('Họ và tên') && row.includes('Trúng cử'));
  const nameCol = header < 0 ? -1 : values[header].indexOf('Họ và tên');
  const out: string[] = [];
  for (let r = header + 1; header >= 0 && r < values.length && values[r][nameCol]; r++)
    out.push(String(values[r][nameCol]));
  return out;
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

async function pane(sheets: Sheets, width = 350, search = '', lang?: string, more: PaneOptions = {}) {
  const context = await browser.newContext({ viewport: { width, height: more.operator === null ? 700 : 520 } });
  const opened = await openPane(context, server.origin, sheets, { search, lang, ...more });
  await paneReady(opened.page);
  return { context, ...opened };
}

/** Kiểm phiếu, answering who is working when the pane asks (the offline page, a new workbook). */
async function tally(page: Page): Promise<void> {
  await page.click('.step-body button[data-command="tally"]');
  await answeringOperator(page, '.card');
}

const texts = (page: Page, selector: string) => page.$$eval(selector, (nodes) => nodes.map((n) => n.textContent ?? ''));

describe('the build', () => {
  test('pane, projection dialog, office.js from its own origin, manifest and standalone page are in the output', () => {
    for (const file of [
      'taskpane.html',
      'taskpane.js',
      'taskpane.css',
      'projection.html',
      'projection.js',
      'projection.css',
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
    // The offline page carries the package host, not exceljs: under the 1,137 KB it was. About
    // 300 KB without the Word minutes; their library (docx, 357 KB minified with its own zip) is in
    // the page since issue 11 asked for the Word download there too: 753 K characters. Issue 12's
    // commands (test deck, finalise, verify, the log's chain and the cross-check) add 61 K: 814 K.
    const offline = readFileSync(path.join(OUT, 'dai-hoi-ngoai-tuyen.html'), 'utf8');
    expect(offline.length).toBeLessThan(880 * 1024);
    expect(offline).not.toContain('ExcelJS');
    for (const page of ['taskpane.html', 'projection.html']) {
      const html = readFileSync(path.join(OUT, page), 'utf8');
      expect(html).toMatch(/script-src 'self'/);
      expect(html).toMatch(/connect-src 'self'/);
      expect(html).not.toMatch(/https?:\/\//);
    }
    expect(readFileSync(path.join(OUT, 'taskpane.html'), 'utf8')).toMatch(/<script src="?office\.js"?><\/script>/);
    // Every manifest URL is a file of this build (a view's query names the pane's file).
    const manifest = readFileSync(path.join(OUT, 'manifest.xml'), 'utf8');
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https:\/\/localhost:3000\/[^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls)
      expect(existsSync(path.join(OUT, url.replace('https://localhost:3000/', '').replace(/\?.*$/, '')))).toBe(true);
    expect(new XMLParser().parse(manifest)).toHaveProperty('OfficeApp');
    // The pane carries no exceljs: its initial script stays small. 159 KiB with issue 11; issue 12
    // adds 34 KiB, two thirds of it words in both languages (the trail's messages, their titles
    // and the pane's), the rest the card's trail and the operator's form: 193 KiB.
    const initial = statSync(path.join(OUT, 'taskpane.js')).size;
    expect(initial).toBeLessThan(200 * 1024);
    expect(readFileSync(path.join(OUT, 'taskpane.js'), 'utf8')).not.toMatch(/exceljs|JSZip/i);
  });
});

describe.each([350, 320])('task pane at %i × 520', (width) => {
  test('after Kiểm phiếu the first card is in view: status in words and an icon, one sentence above', async () => {
    const { context, page, blocked } = await pane(example, width);
    // A workbook with ballots keyed opens on the count.
    expect(await page.getAttribute('.step-head[data-step="count"]', 'aria-expanded')).toBe('true');
    await tally(page);
    expect(await inViewport(page, '.card')).toBe(true);
    expect(await page.$eval('.card', (c) => c.getAttribute('data-election'))).toBe(EXAMPLE_IDS[0]);
    // Nothing wider than the pane.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const status = (await page.textContent('p.status')) ?? '';
    expect(status).toBe('Đã kiểm phiếu 9 cuộc bầu: 7 bầu đủ, 1 xin ý kiến, 1 bằng phiếu.');
    const badges = await page.$$eval('.card .badge', (nodes) =>
      nodes.map((b) => ({ icon: b.querySelector('svg.icon') !== null, text: b.textContent ?? '' })),
    );
    expect(badges).toHaveLength(EXAMPLE_IDS.length);
    for (const b of badges) {
      expect(b.icon).toBe(true);
      expect(b.text).toMatch(/^(Bầu đủ|Bằng phiếu|Đã xin ý kiến)$/);
    }
    expect(blocked).toEqual([]);
    await context.close();
  });
});

describe('task pane in Chromium against the fake Excel', () => {
  test('Kiểm phiếu: a card per election, elected with votes, the tie with its votes, links to the sheets', async () => {
    const { context, page, blocked } = await pane(example);
    await tally(page);
    const fake = await snapshot(page);
    const electionRows = (fake.sheets['Bầu cử'] ?? []).slice(1).map((r) => r[0]);
    expect(electionRows).toEqual(EXAMPLE_IDS);
    const ids = await page.$$eval('.card', (cards) => cards.map((c) => c.getAttribute('data-election') ?? ''));
    expect(ids).toEqual(EXAMPLE_IDS);
    for (const id of ids) {
      const results = fake.sheets[`Kết quả ${id}`];
      expect(results).toBeDefined();
      const labels = column(results, 0);
      for (const label of ['Số phiếu phát ra', 'Số phiếu hợp lệ', 'Cơ sở tính (D)', 'Số phiếu cần đạt', 'Trạng thái'])
        expect(labels).toContain(label);
      expect(fake.names).toContain(`Biên bản ${id}`);
      const minutes = fake.sheets[`Biên bản ${id}`]
        .flat()
        .filter((v): v is string => typeof v === 'string')
        .join('\n');
      expect(minutes).toMatch(/BIÊN BẢN/);
      const elected = electedIn(results);
      for (const name of elected) expect(minutes).toContain(name);
      // The card lists exactly those the sheet marks elected (an opinion ballot marks none: it elects nobody).
      const cardNames = await texts(page, `.card[data-election="${id}"] ol.names .name`);
      if (id !== 'YK-BCH') expect([...cardNames].sort()).toEqual([...elected].sort());
    }
    // Each name with its votes and share of D, as the minutes print them.
    const bch = await texts(page, '.card[data-election="BCH"] ol.names li');
    expect(bch).toHaveLength(26);
    for (const line of bch) expect(line).toMatch(/\d+ phiếu · \d+,\d\d%$/);
    // The opinion ballot says who may enter the list; the tie gives the equal votes, and its next
    // round exists already in the example (BCH-2): the card points at it instead of offering one.
    expect(await page.textContent('.card[data-election="YK-BCH"] h4')).toMatch(/^Được đưa vào danh sách bầu cử \(1\)/);
    expect(await page.textContent('.card[data-election="BCH"] h4.tied')).toBe(
      'Bằng phiếu: 2 người, mỗi người 106 phiếu',
    );
    expect(await texts(page, '.card[data-election="BCH"] ul.names.tied li')).toEqual([
      'Vương Đình Hiển',
      'Cao Văn Sơn',
    ]);
    expect(await page.textContent('.card[data-election="BCH"] .open-seats')).toBe('Còn thiếu 1 người');
    expect(await page.$('.card[data-election="BCH"] button[data-command="next-round"]')).toBeNull();
    expect(await page.textContent('.card[data-election="BCH"] .next')).toMatch(/Đã có lần bầu tiếp theo: BCH-2/);
    expect(await page.$('.card[data-election="DB"] button[data-command="next-round"]')).toBeNull();
    // Outputs after the inputs, inputs untouched, text stayed text.
    const inputNames = example.map(([n]) => n);
    expect(fake.names.slice(0, inputNames.length)).toEqual(inputNames);
    for (const [name, values] of example) expect(tidy(fake.sheets[name])).toEqual(tidy(values));
    expect(fake.formulas).toEqual([]);
    // Names, used-range sizes, values (one sync while they fit in 4 MB) and two writes: at most 5
    // syncs for the tally, plus the 3 of the quiet read at start.
    expect(fake.syncs).toBeLessThanOrEqual(8);
    // The links activate the sheets.
    await page.click('.card[data-election="BCH"] button[data-sheet="Kết quả BCH"]');
    await page.waitForFunction(
      () => (window as unknown as { __fake: { activeSheet: string } }).__fake.activeSheet === 'Kết quả BCH',
    );
    await page.click('.card[data-election="BCH"] button[data-sheet="Biên bản BCH"]');
    await page.waitForFunction(
      () => (window as unknown as { __fake: { activeSheet: string } }).__fake.activeSheet === 'Biên bản BCH',
    );
    expect(blocked).toEqual([]);
    await context.close();
  });

  test('a blocked election names its failing check with its figures; the check selects its cell; no minutes', async () => {
    const sheets = copySheets(example);
    const elections = sheets.find(([n]) => n === 'Bầu cử')?.[1] ?? [];
    const header = elections[0] as string[];
    const row = elections.findIndex((r) => r[0] === 'BCH');
    elections[row][header.indexOf('Phiếu thu vào')] = 150; // 202 ballots are keyed
    const { context, page, blocked } = await pane(sheets);
    await page.selectOption('#election', 'BCH');
    await tally(page);
    const card = '.card[data-election="BCH"]';
    expect(await page.getAttribute(card, 'data-status')).toBe('blocked');
    expect(await page.textContent(`${card} .badge`)).toBe('Chưa công bố');
    expect(await texts(page, `${card} .check-name`)).toEqual(['Số phiếu đã nhập bằng số phiếu thu vào']);
    expect(await texts(page, `${card} .check-figures`)).toEqual([
      'Phiếu thu vào (trang Bầu cử): 150',
      'Phiếu đã nhập: 202',
    ]);
    expect(await page.textContent(`${card} .next`)).toMatch(/đừng công bố/);
    // Nobody is shown elected, and there is no minutes link (a blocked count gets none).
    expect(await page.$(`${card} ol.names`)).toBeNull();
    expect(await page.$(`${card} button[data-sheet="Biên bản BCH"]`)).toBeNull();
    await page.click(`${card} .check .cell-link`);
    await page.waitForFunction(
      () => (window as unknown as { __fake: { selection: unknown } }).__fake.selection !== null,
    );
    const fake = await snapshot(page);
    const col = String.fromCharCode(65 + header.indexOf('Phiếu thu vào'));
    expect(fake.selection).toEqual({ sheet: 'Bầu cử', address: `${col}${row + 1}` });
    expect(blocked).toEqual([]);
    await context.close();
  });

  test('the ribbon buttons open the pane on their views', async () => {
    const manifest = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    const urlOf = (id: string) =>
      new RegExp(`<bt:Url id="${id.replace(/\./g, '\\.')}" DefaultValue="([^"]+)"`).exec(manifest)?.[1] ?? '';
    const controls = [
      ...manifest.matchAll(/<Control xsi:type="Button" id="([^"]+)">[\s\S]*?<SourceLocation resid="([^"]+)"\/>/g),
    ].map((m) => ({ id: m[1], search: new URL(urlOf(m[2])).search }));
    expect(controls.map((c) => c.id)).toEqual(['DaiHoi.OpenPane', 'DaiHoi.Tally', 'DaiHoi.Allocate', 'DaiHoi.Check']);
    const expected: Record<string, { step: string; focus: string | null }> = {
      'DaiHoi.OpenPane': { step: 'count', focus: null },
      'DaiHoi.Tally': { step: 'count', focus: 'tally' },
      'DaiHoi.Allocate': { step: 'prepare', focus: 'allocate' },
      'DaiHoi.Check': { step: 'prepare', focus: 'check' },
    };
    for (const control of controls) {
      const { context, page } = await pane(example, 350, control.search);
      const open = await page.$$eval('.step-head[aria-expanded="true"]', (heads) =>
        heads.map((h) => h.getAttribute('data-step')),
      );
      expect({ id: control.id, open }).toEqual({ id: control.id, open: [expected[control.id].step] });
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-command') ?? null);
      expect({ id: control.id, focused }).toEqual({ id: control.id, focused: expected[control.id].focus });
      if (expected[control.id].focus)
        expect(await inViewport(page, `.step-body button[data-command="${expected[control.id].focus}"]`)).toBe(true);
      await context.close();
    }
  });

  test('first run: an empty workbook offers only to create the input sheets, then says what to fill, then makes the ballot sheets', async () => {
    const { context, page, blocked } = await pane([['Sheet1', []]]);
    expect(await page.isVisible('section.first-run')).toBe(true);
    expect(await page.isVisible('nav.steps')).toBe(false);
    expect(
      await page.$$eval('button[data-command]:visible', (b) => b.map((x) => x.getAttribute('data-command'))),
    ).toEqual(['prepare']);
    await page.click('.first-run button[data-command="prepare"]');
    await page.waitForSelector('.guide');
    let fake = await snapshot(page);
    expect(fake.names).toEqual(['Sheet1', 'Đại hội', 'Đại biểu', 'Ban kiểm phiếu', 'Nhân sự', 'Bầu cử', 'Chi bộ']);
    expect(await page.textContent('p.status')).toBe('Đã tạo 6 trang nhập liệu.');
    expect(await texts(page, '.guide button[data-sheet]')).toEqual([
      'Đại hội',
      'Đại biểu',
      'Nhân sự',
      'Bầu cử',
      'Ban kiểm phiếu',
      'Chi bộ',
    ]);
    expect(await page.isVisible('section.first-run')).toBe(false);
    expect(await page.getAttribute('.step-head[data-step="prepare"]', 'aria-expanded')).toBe('true');
    await page.click('.guide button[data-sheet="Đại hội"]');
    await page.waitForFunction(
      () => (window as unknown as { __fake: { activeSheet: string } }).__fake.activeSheet === 'Đại hội',
    );
    // Each table came with its example row, and the Office host wrote the drop-downs and input messages.
    expect(fake.sheets['Bầu cử'][1][0]).toBe('VD');
    const validations = await page.evaluate(
      () =>
        (
          window as unknown as { __fake: { sheet(n: string): { validations: { listSource?: string }[] } } }
        ).__fake.sheet('Đại biểu').validations,
    );
    expect(validations.map((v) => v.listSource).filter(Boolean)).toEqual([
      'Chính thức,Dự bị,Đương nhiên,Dự khuyết',
      'Có mặt,Vắng có lý do,Vắng,Sinh hoạt tạm thời,Miễn sinh hoạt,Đình chỉ,Tạm giam,Thay thế',
    ]);
    // The clerk fills the sheets under the example rows (here straight into the fake Excel), then
    // asks for the ballot sheets: the untouched examples are no election and nobody on a list.
    await page.evaluate(() => {
      type Sheet = { cell(r: number, c: number): { value: unknown } };
      const fakeExcel = (window as unknown as { __fake: { sheet(n: string): Sheet } }).__fake;
      const put = (sheet: string, rows: unknown[][], from = 2) =>
        rows.forEach((row, r) => row.forEach((v, c) => (fakeExcel.sheet(sheet).cell(from + r, c).value = v)));
      put('Bầu cử', [['CU', 'Bầu Chi ủy', 'Chi ủy', 3, null, null, 5]]);
      put('Nhân sự', [
        ['Trần Thị Bình', '1972', null, null, null, null, null, null, null, null, 'CU'],
        ['Nguyễn Văn An', '1970', null, null, null, null, null, null, null, null, 'CU'],
      ]);
    });
    await page.click('.step-body button[data-command="ballot-sheets"]');
    await page.waitForSelector('.summary.created');
    fake = await snapshot(page);
    expect(fake.sheets['Phiếu CU']?.[0]).toEqual(['Số phiếu', 'Tổ', 'Nguyễn Văn An', 'Trần Thị Bình', 'Không hợp lệ']);
    expect(fake.names).not.toContain('Phiếu VD');
    expect(await texts(page, '.summary.created button[data-sheet]')).toEqual(['Phiếu CU']);
    expect(await page.textContent('p.status')).toBe('Đã tạo 1 trang phiếu.');
    expect(blocked).toEqual([]);
    await context.close();
  });

  test('next round: offered on the tie, made once, then no longer offered (a second is refused)', async () => {
    // The example without its second round of BCH: the tie of BCH is then still open.
    const sheets = copySheets(example).filter(([n]) => n !== 'Phiếu BCH-2');
    const electionRows = sheets.find(([n]) => n === 'Bầu cử')?.[1] ?? [];
    electionRows.splice(
      electionRows.findIndex((r) => r[0] === 'BCH-2'),
      1,
    );
    const { context, page, blocked } = await pane(sheets);
    await tally(page);
    await page.click('.card[data-election="BCH"] button[data-command="next-round"]');
    await page.waitForSelector('.summary.created');
    expect(await page.textContent('p.status')).toBe('Đã thêm lần bầu BCH-2 (1 người cần bầu) và trang phiếu của nó.');
    let fake = await snapshot(page);
    const rounds = () => (fake.sheets['Bầu cử'] ?? []).map((r) => r[0]).filter((id) => /^BCH-/.test(String(id)));
    expect(rounds()).toEqual(['BCH-2']);
    expect(fake.names).toContain('Phiếu BCH-2');
    // Tallied again, BCH is still a tie, but its card points at BCH-2 instead of offering another round.
    await tally(page);
    const bch = '.card[data-election="BCH"]';
    expect(await page.$(`${bch} button[data-command="next-round"]`)).toBeNull();
    expect(await page.textContent(`${bch} .next`)).toMatch(/Đã có lần bầu tiếp theo: BCH-2/);
    expect(await page.getAttribute('.card[data-election="BCH-2"]', 'data-status')).toBe('zero');
    fake = await snapshot(page);
    expect(rounds()).toEqual(['BCH-2']);
    expect(blocked).toEqual([]);
    await context.close();
  });

  test('Trình chiếu opens a dialog of the add-in’s own origin with one election in large type', async () => {
    const { context, page, blocked } = await pane(example);
    await tally(page);
    const [dialog] = await Promise.all([
      context.waitForEvent('page'),
      page.click('.card[data-election="BCH"] button[data-project]'),
    ]);
    await dialog.setViewportSize({ width: 1280, height: 720 });
    // Laid out again for the projector's size: a long list goes in two columns.
    await dialog.waitForSelector('#projection[data-height="720"] .tables.columns-2');
    expect(dialog.url().startsWith(`${server.origin}/projection.html#`)).toBe(true);
    expect(await dialog.textContent('h1')).toBe('Bầu Ban Chấp hành Đảng bộ phường khóa I, nhiệm kỳ 2025 - 2030');
    expect(await dialog.textContent('.status > span')).toBe('Bằng phiếu');
    expect(await dialog.textContent('.status .note')).toBe('· Còn thiếu 1 người');
    const fake = await snapshot(page);
    const results = fake.sheets['Kết quả BCH'];
    const rows = await dialog.$$eval('tbody tr', (trs) => trs.map((tr) => [tr.children[1].textContent, tr.className]));
    expect(rows).toHaveLength(candidatesIn(results).length);
    expect(
      rows
        .filter(([, mark]) => mark === 'elected')
        .map(([name]) => name)
        .sort(),
    ).toEqual(electedIn(results).sort());
    const size = () => dialog.$eval('tbody td', (td) => parseFloat(getComputedStyle(td).fontSize));
    const height = () => dialog.evaluate(() => document.documentElement.scrollHeight);
    // The whole list of 31 fits a 720p screen, in type still readable (projection.css).
    expect(await size()).toBeGreaterThanOrEqual(14);
    expect(await height()).toBeLessThanOrEqual(720);
    // On a 1080p hall screen it grows to large type, still without scrolling.
    await dialog.setViewportSize({ width: 1920, height: 1080 });
    // Laid out again a moment after the resize (not measured while the old layout is replaced).
    await dialog.waitForSelector('#projection[data-height="1080"] .tables.columns-2');
    expect(await size()).toBeGreaterThanOrEqual(20);
    expect(await height()).toBeLessThanOrEqual(1080);
    expect(blocked).toEqual([]);
    await context.close();
  });

  test('input errors write nothing; one group per code, each cell a link that selects it', async () => {
    const broken = copySheets(example);
    const ballots = broken.find(([name]) => name === 'Phiếu BCH')?.[1] ?? [];
    for (let r = 1; r <= 3; r++) ballots[r][2] = 'k'; // not a mark
    const { context, page, blocked } = await pane(broken);
    await page.click('.step-body button[data-command="tally"]');
    await page.waitForSelector('.group.error');
    const before = await snapshot(page);
    expect(before.names).toEqual(broken.map(([n]) => n));
    expect(await page.textContent('p.status')).toBe('Có 3 lỗi trong dữ liệu; chưa ghi gì vào sổ.');
    expect(await page.$$eval('.group', (g) => g.map((x) => x.getAttribute('data-code')))).toEqual(['BAD_MARK']);
    expect(await texts(page, '.group.error .cell-link')).toEqual([
      "'Phiếu BCH'!C2",
      "'Phiếu BCH'!C3",
      "'Phiếu BCH'!C4",
    ]);
    // What to do is said once for the group, not three times.
    expect(await page.$$('.group.error .advice')).toHaveLength(1);
    await page.click('.group.error .cell-link >> nth=1');
    await page.waitForFunction(
      () => (window as unknown as { __fake: { selection: unknown } }).__fake.selection !== null,
    );
    expect((await snapshot(page)).selection).toEqual({ sheet: 'Phiếu BCH', address: 'C3' });
    expect(blocked).toEqual([]);
    await context.close();
  });

  test('messages as Abacus writes them: title, code, explanation, what to do; the missing sheet names the pane’s button', async () => {
    const sheets = copySheets(example).filter(([n]) => n !== 'Bầu cử');
    const { context, page, blocked } = await pane(sheets);
    // The pane knows the sheet is missing before any run, and offers its own button.
    expect(await page.textContent('.notice')).toMatch(/"Bầu cử"/);
    expect(await page.$('.notice button[data-command="prepare"]')).not.toBeNull();
    await page.click('.step-head[data-step="count"]');
    await page.click('.step-body button[data-command="tally"]');
    await page.waitForSelector('.group[data-code="MISSING_SHEET"]');
    const group = '.group[data-code="MISSING_SHEET"]';
    expect(await page.textContent(`${group} .title`)).toBe('Thiếu trang tính');
    expect(await page.textContent(`${group} .group-meta`)).toBe('Lỗi · MISSING_SHEET');
    const text = (await page.textContent(`${group} .text`)) ?? '';
    expect(text).toContain('Bấm "Tạo các trang nhập liệu" ở bước 1');
    expect(text).not.toContain('template');
    expect(await page.textContent(`${group} .action`)).toMatch(/^Việc cần làm: /);
    expect(blocked).toEqual([]);
    await context.close();
  });

  test('a second look, never a block: a header unknown to Nhân sự is on its card, the count goes on', async () => {
    const sheets = copySheets(example);
    const ballots = sheets.find(([n]) => n === 'Phiếu BCH')?.[1] ?? [];
    const column = ballots[0].indexOf('Tổ') + 1; // the first name on the list
    const typo = String(ballots[0][column]).slice(0, -1); // its last letter dropped
    ballots[0][column] = typo;
    const { context, page, blocked } = await pane(sheets);
    await page.selectOption('#election', 'BCH');
    await tally(page);
    const card = '.card[data-election="BCH"]';
    expect(await page.getAttribute(card, 'data-status')).not.toBe('blocked');
    const warning = `${card} .card-warnings li[data-code="NAME_NOT_IN_NHAN_SU"]`;
    expect(await page.textContent(`${warning} strong`)).toBe('Tên trên trang phiếu không có trong Nhân sự');
    expect(await page.textContent(warning)).toContain(`"${typo}"`);
    await page.click(`${warning} .cell-link`);
    await page.waitForFunction(
      () => (window as unknown as { __fake: { selection: unknown } }).__fake.selection !== null,
    );
    expect((await snapshot(page)).selection).toEqual({
      sheet: 'Phiếu BCH',
      address: `${String.fromCharCode(65 + column)}1`,
    });
    expect(blocked).toEqual([]);
    await context.close();
  });

  test('list check: counts per severity, one group per code with its cells; allocation: method, seats, units', async () => {
    const sheets = copySheets(example);
    const personnel = sheets.find(([n]) => n === 'Nhân sự')?.[1] ?? [];
    const removed = personnel.splice(2, 2).map((r) => String(r[0]));
    const { context, page, blocked } = await pane(sheets, 350, '?view=check');
    await page.click('.step-body button[data-command="check"]');
    await page.waitForSelector('.findings');
    const group = '.group[data-code="NOT_IN_NHAN_SU"]';
    const items = await texts(page, `${group} .items li`);
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const name of removed) expect(items.some((i) => i.includes(name))).toBe(true);
    expect(await page.$$eval(`${group} .cell-link`, (b) => b.length)).toBe(items.length);
    expect(await page.textContent('.findings .counts')).toMatch(/cảnh báo/);
    await context.close();

    const clean = await pane(example, 350, '?view=check');
    await clean.page.click('.step-body button[data-command="check"]');
    await clean.page.waitForSelector('.findings.empty');
    expect(await clean.page.textContent('.all-clear')).toBe('Không phát hiện sai sót trong danh sách.');
    // A note (which day ages are counted to) is no mistake: shown under the all-clear.
    expect(await clean.page.$('.findings.empty .group[data-code="AGE_REFERENCE"]')).not.toBeNull();
    await clean.page.click('.step-head[data-step="prepare"]');
    await clean.page.click('.step-body button[data-command="allocate"]');
    await clean.page.waitForSelector('.summary.allocation');
    expect(await texts(clean.page, '.summary.allocation .figure dt')).toEqual(
      expect.arrayContaining(['Phương pháp', 'Số đại biểu phân bổ', 'Đã chia']),
    );
    expect(await clean.page.$$eval('table.units tbody tr', (r) => r.length)).toBeGreaterThan(0);
    expect(blocked).toEqual([]);
    expect(clean.blocked).toEqual([]);
    await clean.context.close();
  });

  test('the operator asked once and kept in the document; Kiểm tra mã and Chốt kết quả on a card', async () => {
    const { context, page, blocked } = await pane(example, 350, '', undefined, { operator: null });
    await page.click('.step-body button[data-command="tally"]');
    await page.waitForSelector('.operator-form #operator-name');
    // The question is in view, under the steps, where the outcome will be.
    expect(await inViewport(page, '.operator-form')).toBe(true);
    await page.screenshot({ path: path.join(OUT, 'pane-operator.png') });
    await answeringOperator(page, '.card');
    const kept = await page.evaluate(() => {
      const w = window as unknown as { __SETTINGS__: Map<string, unknown>; __SETTINGS_SAVES__: number };
      return { name: w.__SETTINGS__.get('dai-hoi.operator'), saves: w.__SETTINGS_SAVES__ };
    });
    expect(kept).toEqual({ name: OPERATOR, saves: 1 });
    expect(await page.textContent('.operator')).toContain(OPERATOR);
    // Asked once: the next run goes ahead.
    await tally(page);
    expect(await page.$('.operator-form')).toBeNull();

    // Kiểm tra mã: the code printed at the end of the minutes, pasted into the card.
    const id = 'BTV';
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
    // Its own card is drawn again; the other cards stay.
    expect(await page.$$eval('.card', (cards) => cards.map((c) => c.getAttribute('data-election')))).toEqual(
      EXAMPLE_IDS,
    );
    expect(await page.textContent('p.status')).toBe(
      `Đã chốt kết quả cuộc bầu ${id}; trang Kết quả và Biên bản của nó đã được khóa.`,
    );
    expect(await inViewport(page, `${card} .finalised`, 16)).toBe(true);
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
    await page.locator(card).screenshot({ path: path.join(OUT, 'pane-finalised.png') });
    expect(blocked).toEqual([]);
    await context.close();
  });

  test('Phiếu thử in step 2 on an election not counted yet; its count is marked and cross-checked', async () => {
    // The example with BCH-2's ballot sheet empty (its round is still to come): a rehearsal for it.
    const sheets = copySheets(example).map(([n, rows]): [string, unknown[][]] => [
      n,
      n === 'Phiếu BCH-2' ? rows.slice(0, 1) : rows,
    ]);
    const { context, page, blocked } = await pane(sheets, 350, '?view=before');
    const options = await page.$$eval('#election-testdeck option', (o) => o.map((x) => (x as HTMLOptionElement).value));
    expect(options).toEqual(['', 'BCH-2']);
    await page.selectOption('#election-testdeck', 'BCH-2');
    await page.click('.step-body button[data-command="testdeck"]');
    await page.waitForSelector('.card.rehearsal[data-election="BCH-2"]', { timeout: 60_000 });
    expect(await page.textContent('p.status')).toMatch(/^Đã điền \d+ phiếu thử vào trang Phiếu BCH-2/);
    expect(await page.textContent('.card[data-election="BCH-2"] .badge-rehearsal')).toBe('PHIẾU THỬ');
    const fake = await snapshot(page);
    expect(fake.sheets['Đối chiếu']?.[1]).toEqual(['BCH-2', 'Phiếu thử', 1]);
    await page.click('.step-head[data-step="count"]');
    await page.selectOption('#election', 'BCH-2');
    await tally(page);
    const card = '.card[data-election="BCH-2"]';
    expect(await page.textContent(`${card} .badge-rehearsal`)).toBe('PHIẾU THỬ');
    expect(await page.textContent(`${card} .cross-check-ok`)).toMatch(/^Khớp với số liệu phải ra của phiếu thử/);
    expect(await page.$(`${card} .card-warnings`)).toBeNull();
    expect(await page.$(`${card} button[data-command="finalise"]`)).toBeNull();
    expect((await snapshot(page)).sheets['Kết quả BCH-2'][0][0]).toMatch(/^PHIẾU THỬ/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    await page.locator(card).screenshot({ path: path.join(OUT, 'pane-rehearsal.png') });
    // The hall screen says it too, above the title.
    const [dialog] = await Promise.all([context.waitForEvent('page'), page.click(`${card} button[data-project]`)]);
    await dialog.waitForSelector('h1');
    expect(await dialog.textContent('.rehearsal')).toBe('PHIẾU THỬ — KHÔNG PHẢI KẾT QUẢ KIỂM PHIẾU THẬT');
    expect(blocked).toEqual([]);
    await context.close();
  });

  test('English when Excel is not Vietnamese; Office 2016/2019 get the way out', async () => {
    const { context, page } = await pane(example, 350, '', 'en-US');
    expect(await page.textContent('.step-body button[data-command="tally"]')).toBe('Count the votes');
    expect(await page.textContent('.step-head[data-step="prepare"]')).toMatch(/Prepare/);
    await context.close();
    const old = await browser.newContext({ viewport: { width: 350, height: 400 } });
    const { page: page2, blocked } = await openPane(old, server.origin, example, { api19: false });
    await page2.waitForSelector('#unsupported');
    expect(await page2.textContent('#unsupported')).toMatch(/dai-hoi-ngoai-tuyen\.html/);
    expect(await page2.$('button[data-command="tally"]')).toBeNull();
    expect(blocked).toEqual([]);
    await old.close();
  });
});

describe('standalone page from disk', () => {
  const STANDALONE = path.join(OUT, 'dai-hoi-ngoai-tuyen.html');

  async function standalone(width = 350) {
    const context = await browser.newContext({ viewport: { width, height: 640 }, acceptDownloads: true });
    const blocked = await blockOutside(context, 'file://');
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`file://${STANDALONE}`);
    return { context, page, blocked, errors };
  }

  async function choose(page: Page, file: string): Promise<void> {
    await page.setInputFiles('#file', file);
    await page.waitForFunction(() => /:|\./.test(document.querySelector('#file-status')?.textContent ?? ''));
  }

  test('runs the tally; the download bar stays in view wherever the page is scrolled; xlsx and Word both download', async () => {
    const { context, page, blocked, errors } = await standalone();
    expect(await page.isVisible('#download-bar')).toBe(false);
    await choose(page, EXAMPLE);
    await page.waitForSelector('nav.steps:not([hidden])');
    // The offline page asks who is working once for the file it has open.
    await page.click('.step-body button[data-command="tally"]');
    await page.waitForSelector('.operator-form');
    await answeringOperator(page, '.card');
    expect(await page.textContent('.operator')).toContain(OPERATOR);
    await page.waitForSelector('#download-bar:not([hidden])');
    for (const y of [0, 100_000]) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      expect(await inViewport(page, '#download-bar', 30)).toBe(true);
    }
    // No sheet can be opened and no cell selected from a file: no such links are offered.
    expect(await page.$$('.card button[data-sheet], .card button[data-project], button.cell-link')).toHaveLength(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('dai-hoi-phuong-ket-qua.xlsx');
    const file = path.join(OUT, 'download.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const names = wb.worksheets.map((ws) => ws.name);
    const ids = await page.$$eval('.card', (cards) => cards.map((c) => c.getAttribute('data-election') ?? ''));
    expect(ids).toEqual(EXAMPLE_IDS);
    for (const id of ids) expect(names).toContain(`Kết quả ${id}`);
    const log = wb.getWorksheet('Nhật ký');
    expect(log?.getCell('C2').value).toBe(OPERATOR);
    expect(names.slice(0, example.length)).toEqual(example.map(([n]) => n));
    const [word] = await Promise.all([page.waitForEvent('download'), page.click('#download-minutes')]);
    expect(word.suggestedFilename()).toBe('dai-hoi-phuong-bien-ban.docx');
    const docx = path.join(OUT, 'download.docx');
    await word.saveAs(docx);
    const bytes = readFileSync(docx);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  });

  test('findings are plain text there; choosing another file clears every earlier message', async () => {
    // The example with two nominees left out of `Nhân sự`.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE);
    wb.getWorksheet('Nhân sự')?.spliceRows(3, 2);
    const changed = path.join(OUT, 'thieu-nhan-su.xlsx');
    await wb.xlsx.writeFile(changed);
    const bad = path.join(OUT, 'khong-phai-excel.xlsx');
    writeFileSync(bad, 'not a workbook');

    const { context, page, blocked, errors } = await standalone();
    await choose(page, changed);
    await page.waitForSelector('nav.steps:not([hidden])');
    await page.click('.step-head[data-step="prepare"]');
    await page.click('.step-body button[data-command="check"]');
    await answeringOperator(page, '.group[data-code="NOT_IN_NHAN_SU"]');
    expect(await page.$$('.findings .cell-ref')).not.toHaveLength(0);
    expect(await page.$$('.findings button')).toHaveLength(0);

    await choose(page, bad);
    expect(await page.textContent('#file-status')).toMatch(/khong-phai-excel\.xlsx/);
    expect(await page.textContent('.run p.status')).toBe('');
    expect(await page.$$('.findings, .card, .summary')).toHaveLength(0);
    expect(await page.isVisible('nav.steps')).toBe(false);
    expect(await page.isVisible('#download-bar')).toBe(false);
    // Another file: whoever worked on the last one is not assumed.
    expect(await page.isVisible('.operator')).toBe(false);
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  });
});
