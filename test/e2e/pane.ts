/**
 * Driving the built task pane in Chromium: the example congress as the fake Excel's sheets, the
 * pane opened with the office.js stub (and a chosen view), and a snapshot of the fake workbook
 * read back from the page. Shared by the e2e tests and `npm run screenshots`.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { loadHost } from '../helpers/workbook';
import { EXAMPLE, OUT, blockOutside } from './harness';

export type Sheets = [string, unknown[][]][];
export type Cell = string | number | boolean | null;

export interface FakeSnapshot {
  names: string[];
  sheets: Record<string, Cell[][]>;
  formulas: string[];
  selection: { sheet: string; address: string } | null;
  activeSheet: string | null;
  syncs: number;
  dialogs: string[];
  /** Sheets protected (issue 12: a finalised election's output sheets, Nhật ký, Chốt kết quả). */
  protected: string[];
}

/** Who the tests say is working (issue 12: every Nhật ký row names the operator). */
export const OPERATOR = 'Nguyễn Thị Thư Ký';

/** A workbook's sheets as Excel hands them to add-ins (dates as serial numbers). */
export async function workbookSheets(file: string = EXAMPLE): Promise<Sheets> {
  const host = loadHost(file);
  const names = await host.sheetNames();
  const values = await host.readSheets(names);
  return names.map((n) => [
    n,
    (values.get(n) ?? []).map((row) => row.map((v) => (v instanceof Date ? v.getTime() / 86400000 + 25569 : v))),
  ]);
}

/** A deep copy, to change a cell without touching the shared example. */
export function copySheets(sheets: Sheets): Sheets {
  return sheets.map(([name, rows]) => [name, rows.map((r) => [...r])]);
}

export interface PaneOptions {
  lang?: string;
  api19?: boolean;
  /** The query of the pane's URL, e.g. `?view=allocate` (a ribbon button). */
  search?: string;
  /**
   * The operator already kept in the workbook's settings (default OPERATOR); null: none yet,
   * the first writing run asks.
   */
  operator?: string | null;
}

export async function openPane(
  context: BrowserContext,
  origin: string,
  sheets: Sheets,
  opts: PaneOptions = {},
): Promise<{ page: Page; blocked: string[] }> {
  const blocked = await blockOutside(context, origin);
  const stub = readFileSync(path.join(OUT, 'office-stub.js'), 'utf8');
  // office.js is served by the add-in's own origin; the test answers it with the stub.
  await context.route(`${origin}/office.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: stub }));
  const page = await context.newPage();
  await page.addInitScript(
    (config) => {
      const w = window as unknown as Record<string, unknown>;
      w.__FAKE_SHEETS__ = config.sheets;
      w.__DISPLAY_LANGUAGE__ = config.lang;
      w.__EXCEL_API_19__ = config.api19;
      w.__OPERATOR__ = config.operator;
    },
    {
      sheets: sheets as unknown as [string, Cell[][]][],
      lang: opts.lang ?? 'vi-VN',
      api19: opts.api19 ?? true,
      operator: opts.operator === undefined ? OPERATOR : opts.operator,
    },
  );
  await page.goto(`${origin}/taskpane.html${opts.search ?? ''}`);
  return { page, blocked };
}

/** Waits until the pane has read the workbook (the steps or the first-run box are shown). */
export async function paneReady(page: Page): Promise<void> {
  await page.waitForSelector('nav.steps:not([hidden]), section.first-run:not([hidden])');
}

export async function snapshot(page: Page): Promise<FakeSnapshot> {
  return page.evaluate(() => {
    const w = window as unknown as {
      __fake: {
        sheets: {
          name: string;
          protected: boolean;
          values(): Cell[][];
          cells: Map<string, { formula?: string }>;
        }[];
        selection: { sheet: string; address: string } | null;
        activeSheet: string | null;
        syncs: unknown[];
      };
      __dialogs?: string[];
    };
    const fake = w.__fake;
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
      activeSheet: fake.activeSheet,
      syncs: fake.syncs.length,
      dialogs: w.__dialogs ?? [],
      protected: fake.sheets.filter((s) => s.protected).map((s) => s.name),
    };
  });
}

/**
 * Waits for `selector` after a writing run was started, answering the operator's question first
 * when the pane asks it (the first writing run in a workbook, or a file, without one).
 */
export async function answeringOperator(page: Page, selector: string, name = OPERATOR): Promise<void> {
  const first = await page.waitForSelector(`${selector}, .operator-form`, { timeout: 60_000 });
  if (await first.evaluate((node) => node.matches('.operator-form'))) {
    await page.fill('.operator-form #operator-name', name);
    await page.click('.operator-form button[type="submit"]');
    await page.waitForSelector(selector, { timeout: 60_000 });
  }
}

/** True when the element's box lies inside the viewport (at least its top `minHeight` px). */
export async function inViewport(page: Page, selector: string, minHeight = 40): Promise<boolean> {
  return page.$eval(
    selector,
    (node, min) => {
      const box = node.getBoundingClientRect();
      return box.top >= 0 && box.top + Math.min(min, box.height) <= window.innerHeight && box.left >= 0;
    },
    minHeight,
  );
}

/** Rows without trailing blanks, '' as null, no trailing empty rows. */
export function tidy(rows: unknown[][]): unknown[][] {
  const out = rows.map((row) => {
    const r = row.map((v) => (v === '' || v === undefined ? null : v));
    while (r.length && r[r.length - 1] === null) r.pop();
    return r;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}
