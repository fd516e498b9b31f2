/**
 * Stands in for office.js in the headless pane tests: `Office` with onReady, displayLanguage and
 * requirement sets, and `Excel.run` wired to the fake Excel object model, loaded with the sheets
 * the test injected as `window.__FAKE_SHEETS__` (addin-engineering.md §3.4).
 */
import { FakeExcel } from '../office/fakeExcelModel';

interface StubConfig {
  __FAKE_SHEETS__?: [string, unknown[][]][];
  __DISPLAY_LANGUAGE__?: string;
  __EXCEL_API_19__?: boolean;
  __fake?: FakeExcel;
  __SETTINGS__?: Map<string, unknown>;
  __SETTINGS_SAVES__?: number;
  /** The operator already kept in the document's settings (absent: the pane asks). */
  __OPERATOR__?: string | null;
  __dialogs?: string[];
  Office?: unknown;
  Excel?: unknown;
}

const w = window as unknown as StubConfig;
const fake = FakeExcel.fromValues(w.__FAKE_SHEETS__ ?? []);
w.__fake = fake;
/** The document's settings (kept in memory; `saveAsync` counted, as Office saves them with the file). */
const settings = new Map<string, unknown>();
const officeDocument = {
  settings: {
    get: (name: string) => settings.get(name) ?? null,
    set: (name: string, value: unknown) => void settings.set(name, value),
    saveAsync: (callback?: (result: { status: string }) => void) => {
      w.__SETTINGS_SAVES__ = (w.__SETTINGS_SAVES__ ?? 0) + 1;
      setTimeout(() => callback?.({ status: 'succeeded' }), 0);
    },
  },
};
if (w.__OPERATOR__) settings.set('dai-hoi.operator', w.__OPERATOR__);
w.__SETTINGS__ = settings;
/** Dialogs open as pop-up windows, as Excel on the web opens them; the test sees each as a page. */
const ui = {
  displayDialogAsync: (
    url: string,
    _options: unknown,
    callback?: (result: { status: string; value?: unknown; error?: { code: number; message: string } }) => void,
  ) => {
    const opened = window.open(url, '_blank');
    if (!opened) {
      callback?.({ status: 'failed', error: { code: 12009, message: 'pop-up blocked' } });
      return;
    }
    w.__dialogs = [...(w.__dialogs ?? []), url];
    callback?.({ status: 'succeeded', value: { close: () => opened.close(), addEventHandler: () => undefined } });
  },
};
const context = {
  document: officeDocument,
  displayLanguage: w.__DISPLAY_LANGUAGE__ ?? 'vi-VN',
  ui,
  requirements: {
    // The fake's own requirement sets (ExcelApi 1.13 unless told), or nothing at all when the
    // test plays an Excel older than the pane's 1.9. Versions compare part by part (1.9 < 1.13).
    isSetSupported: (name: string, version: string) =>
      (w.__EXCEL_API_19__ ?? true) && fake.isSetSupported(name, version),
  },
};
w.Office = {
  HostType: { Excel: 'Excel', Word: 'Word' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  context,
  onReady: (callback?: (info: { host: string; platform: string }) => void) => {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    setTimeout(() => callback?.(info), 0);
    return Promise.resolve(info);
  },
};
w.Excel = { run: fake.run };
