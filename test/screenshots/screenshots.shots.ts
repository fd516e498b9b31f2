/**
 * `npm run screenshots`: the README's pictures, from the production build in Debian's Chromium
 * with the office.js stub over the fake Excel (the e2e tests' set-up). Writes docs/*.png; set
 * SHOTS_DIR to write elsewhere (e.g. to look at a change before keeping it). Look at every
 * picture after running it: it is there to be seen by a person.
 */
import { mkdirSync } from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { EXAMPLE, OUT, ROOT, build, launch, serve, type Server, blockOutside } from '../e2e/harness';
import {
  answeringOperator,
  copySheets,
  openPane,
  type PaneOptions,
  paneReady,
  type Sheets,
  snapshot,
  workbookSheets,
} from '../e2e/pane';

const DIR = process.env.SHOTS_DIR ? path.resolve(process.env.SHOTS_DIR) : path.join(ROOT, 'docs');
const WIDTH = Number(process.env.SHOTS_WIDTH ?? 350);
const HEIGHT = 520;

let browser: Browser;
let server: Server;
let example: Sheets;

beforeAll(async () => {
  build();
  browser = await launch();
  server = await serve(OUT);
  example = await workbookSheets();
  mkdirSync(DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function pane(sheets: Sheets, search = '', height = HEIGHT, more: PaneOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: WIDTH, height } });
  const { page } = await openPane(context, server.origin, sheets, { search, ...more });
  await paneReady(page);
  return page;
}

const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(DIR, `${name}.png`), fullPage });

test('the pane as it opens on the example congress', async () => {
  const page = await pane(example);
  await shot(page, 'pane');
});

test('after Kiểm phiếu: the status and the first card in view', async () => {
  const page = await pane(example);
  await page.click('.step-body button[data-command="tally"]');
  await page.waitForSelector('.card');
  await shot(page, 'pane-tally');
  // Looking closer (SHOTS_DIR only): every card on its own, to read at full size.
  if (process.env.SHOTS_DIR)
    for (const card of await page.$$('.card'))
      await card.screenshot({ path: path.join(DIR, `card-${await card.getAttribute('data-election')}.png`) });
});

test('a blocked election names its check', async () => {
  const sheets = copySheets(example);
  const elections = sheets.find(([n]) => n === 'Bầu cử')?.[1] ?? [];
  const header = elections[0] as string[];
  const bch = elections.findIndex((r) => r[0] === 'BCH');
  elections[bch][header.indexOf('Phiếu thu vào')] = 150;
  const page = await pane(sheets);
  await page.selectOption('#election', 'BCH');
  await page.click('.step-body button[data-command="tally"]');
  await page.waitForSelector('.card.status-blocked');
  await shot(page, 'pane-blocked');
});

test('the first run on an empty workbook, and what to fill next', async () => {
  // A workbook nobody has worked on: no operator kept yet (creating the sheets asks nobody).
  const page = await pane([['Sheet1', []]], '', HEIGHT, { operator: null });
  await shot(page, 'pane-first-run');
  await page.click('.first-run button[data-command="prepare"]');
  await page.waitForSelector('.guide');
  await shot(page, 'pane-first-run-done');
});

test('the list check, findings grouped by code', async () => {
  // Two nominees left out of `Nhân sự`: one finding per list they are on, grouped under one code.
  const sheets = copySheets(example);
  const personnel = sheets.find(([n]) => n === 'Nhân sự')?.[1] ?? [];
  personnel.splice(2, 2);
  const page = await pane(sheets, '?view=check');
  await page.click('.step-body button[data-command="check"]');
  await page.waitForSelector('.findings');
  await shot(page, 'pane-check');
});

test('the allocation summary', async () => {
  const page = await pane(example, '?view=allocate');
  await page.click('.step-body button[data-command="allocate"]');
  await page.waitForSelector('.summary.allocation');
  await shot(page, 'pane-allocate');
});

test('input errors, grouped, each cell a link', async () => {
  const sheets = copySheets(example);
  const ballots = sheets.find(([n]) => n === 'Phiếu BCH')?.[1] ?? [];
  for (let r = 1; r <= 3; r++) ballots[r][2] = 'k';
  const page = await pane(sheets);
  await page.click('.step-body button[data-command="tally"]');
  await page.waitForSelector('.findings .group');
  await shot(page, 'pane-errors');
});

test('the projection dialog', async () => {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT } });
  const { page } = await openPane(context, server.origin, example);
  await paneReady(page);
  await page.click('.step-body button[data-command="tally"]');
  await page.waitForSelector('.card[data-election="BCH"] button[data-project]');
  const [dialog] = await Promise.all([
    context.waitForEvent('page'),
    page.click('.card[data-election="BCH"] button[data-project]'),
  ]);
  await dialog.setViewportSize({ width: 1280, height: 720 });
  await dialog.waitForSelector('#projection[data-height="720"] .tables.columns-2');
  await dialog.screenshot({ path: path.join(DIR, 'projection.png') });
});

test('the standalone page with its download bar', async () => {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 640 }, acceptDownloads: true });
  await blockOutside(context, 'file://');
  const page = await context.newPage();
  await page.goto(`file://${path.join(OUT, 'dai-hoi-ngoai-tuyen.html')}`);
  await page.setInputFiles('#file', EXAMPLE);
  await page.waitForSelector('nav.steps:not([hidden])');
  await page.click('.step-body button[data-command="tally"]');
  // The offline page asks who is working once for the file (issue 12).
  await answeringOperator(page, '.card');
  await page.waitForSelector('#download-bar:not([hidden])');
  await shot(page, 'standalone');
});

test('the operator asked once per workbook, before the first run that writes', async () => {
  const page = await pane(example, '', HEIGHT, { operator: null });
  await page.click('.step-body button[data-command="tally"]');
  await page.waitForSelector('.operator-form #operator-name');
  await page.fill('#operator-name', 'Nguyễn Thị Thư Ký');
  await shot(page, 'pane-operator');
});

test('a card after Chốt kết quả and Kiểm tra mã', async () => {
  const page = await pane(example, '', 800);
  await page.click('.step-body button[data-command="tally"]');
  const card = '.card[data-election="BTV"]';
  await page.waitForSelector(`${card} button[data-command="finalise"]`);
  await page.click(`${card} button[data-command="finalise"]`);
  await page.waitForSelector(`${card} .finalised`);
  const minutes = (await snapshot(page)).sheets['Biên bản BTV'].flat();
  const printed = minutes.find((v): v is string => typeof v === 'string' && /^Mã kiểm tra/.test(v));
  await page.click(`${card} details.verify > summary`);
  await page.fill(`${card} .verify-code`, String(printed));
  await page.click(`${card} .verify-form button[type="submit"]`);
  await page.waitForSelector(`${card} .verify-result.ok`);
  await page.locator(card).screenshot({ path: path.join(DIR, 'pane-finalised.png') });
});

test('Phiếu thử: the rehearsal’s card, marked and cross-checked', async () => {
  // BCH-2's round still to come: its ballot sheet is empty, so it can be rehearsed.
  const sheets = copySheets(example).map(([n, rows]): [string, unknown[][]] => [
    n,
    n === 'Phiếu BCH-2' ? rows.slice(0, 1) : rows,
  ]);
  const page = await pane(sheets, '?view=before', 800);
  await page.selectOption('#election-testdeck', 'BCH-2');
  await page.click('.step-body button[data-command="testdeck"]');
  await page.waitForSelector('.card.rehearsal');
  await page.click('.step-head[data-step="count"]');
  await page.selectOption('#election', 'BCH-2');
  await page.click('.step-body button[data-command="tally"]');
  await page.waitForFunction(() => /^Đã kiểm phiếu/.test(document.querySelector('p.status')?.textContent ?? ''));
  await page.waitForSelector('.card.rehearsal .cross-check-ok');
  await page.locator('.card.rehearsal').screenshot({ path: path.join(DIR, 'pane-rehearsal.png') });
});

test('Office 2016/2019: the way out', async () => {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 360 } });
  const { page } = await openPane(context, server.origin, example, { api19: false });
  await page.waitForSelector('#unsupported');
  await shot(page, 'pane-unsupported');
});

// Looking closer before keeping a change (SHOTS_DIR only; docs/ keeps the small set above).
const extra = process.env.SHOTS_DIR ? test : test.skip;

extra('extra: the figures before the vote', async () => {
  const page = await pane(example, '?view=before');
  await page.click('.step-body button[data-command="before"]');
  await page.waitForSelector('.card');
  await shot(page, 'extra-before');
});

extra('extra: composition after the count', async () => {
  const page = await pane(example, '?view=after');
  await page.click('.step-body button[data-command="composition"]');
  await page.waitForSelector('.summary.composition');
  await shot(page, 'extra-composition');
  await shot(page, 'extra-composition-full', true);
});

extra('extra: the next round made from the tie', async () => {
  const page = await pane(example);
  await page.click('.step-body button[data-command="tally"]');
  await page.click('.card[data-election="DB"] button[data-command="next-round"]');
  await page.waitForSelector('.summary.created');
  await shot(page, 'extra-next-round');
});

extra('extra: English, the after step', async () => {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT } });
  const { page } = await openPane(context, server.origin, example, { lang: 'en-US', search: '?view=after' });
  await paneReady(page);
  await shot(page, 'extra-english');
});

extra('extra: the prepare step open', async () => {
  const page = await pane(example, '?view=prepare', 800);
  await shot(page, 'extra-prepare');
});

extra('extra: a second look on a card', async () => {
  const sheets = copySheets(example);
  const ballots = sheets.find(([n]) => n === 'Phiếu BCH')?.[1] ?? [];
  const column = ballots[0].indexOf('Tổ') + 1;
  ballots[0][column] = String(ballots[0][column]).slice(0, -1);
  const page = await pane(sheets);
  await page.selectOption('#election', 'BCH');
  await page.click('.step-body button[data-command="tally"]');
  await page.waitForSelector('.card-warnings');
  await (await page.$('.card-warnings'))?.scrollIntoViewIfNeeded();
  await shot(page, 'extra-second-look');
});

extra('extra: step 2 with Phiếu thử and its picker', async () => {
  const sheets = copySheets(example).map(([n, rows]): [string, unknown[][]] => [
    n,
    n === 'Phiếu BCH-2' ? rows.slice(0, 1) : rows,
  ]);
  const page = await pane(sheets, '?view=before', 700);
  await shot(page, 'extra-rehearsal-step');
  await page.click('.step-body button[data-command="testdeck"]');
  await page.waitForSelector('p.status:has-text("Hãy chọn")');
  await shot(page, 'extra-rehearsal-none-chosen');
});

extra('extra: English, a finalised card and the reopen form', async () => {
  const page = await pane(example, '', 800, { lang: 'en-US' });
  await page.click('.step-body button[data-command="tally"]');
  const card = '.card[data-election="BTV"]';
  await page.click(`${card} button[data-command="finalise"]`);
  await page.waitForSelector(`${card} .finalised`);
  await page.locator(card).screenshot({ path: path.join(DIR, 'extra-english-finalised.png') });
  // A mark changed after finalising (straight into the fake Excel): refused, the form to reopen.
  await page.evaluate(() => {
    type Sheet = { cell(r: number, c: number): { value: unknown } };
    const fake = (window as unknown as { __fake: { sheet(n: string): Sheet } }).__fake;
    const cell = fake.sheet('Phiếu BTV').cell(1, 2);
    cell.value = cell.value === 'x' ? null : 'x';
  });
  await page.click('.step-body button[data-command="tally"]');
  await page.waitForSelector('form.reopen-form');
  await shot(page, 'extra-english-reopen', true);
});

test('an introduction ballot: the names introduced and the tied, each with its count', async () => {
  const sheets = await workbookSheets(path.join(ROOT, 'examples', 'gioi-thieu.xlsx'));
  const page = await pane(sheets, '', 900);
  await page.click('.step-body button[data-command="tally"]');
  await page.waitForSelector('.card');
  await page
    .locator('.card')
    .first()
    .screenshot({ path: path.join(DIR, 'pane-introduction.png') });
});
