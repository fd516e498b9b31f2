/// <reference types="office-js" />
/**
 * The task pane inside Excel. Vietnamese unless Excel's display language is not Vietnamese;
 * Offices without ExcelApi 1.9 (Office 2016/2019 perpetual) are sent to the standalone page or
 * the command line. The ribbon's buttons open it on their view (`?view=`, views.ts).
 */
import { t, type Lang, langFromLocale } from '../i18n';
import { OfficeHost } from '../hosts/office/officeHost';
import { explainOfficeError } from './officeErrors';
import { officeRunner } from './officeRunner';
import { mountApp } from './app';
import { el } from './dom';
import { saveFile } from './download';
import { viewFromSearch } from './views';
import { type ProjectionData, projectionUrl } from './projection/data';
import { officeSettingsStore, type SettingsStore } from './operator';

/** No display language (a plain browser, tests): Vietnamese, the users' language. */
export function paneLang(displayLanguage: string | undefined): Lang {
  return displayLanguage ? langFromLocale(displayLanguage) : 'vi';
}

function header(lang: Lang): HTMLElement {
  return el(
    'header',
    { class: 'pane-header' },
    el('h1', {}, t(lang, 'PANE_TITLE')),
    el('p', {}, t(lang, 'PANE_SUBTITLE')),
  );
}

/** An error shaped like Office's, so the pane explains it by its code. */
function officeError(code: string, detail: string): Error {
  return Object.assign(new Error(detail), { code });
}

/** 12007: a dialog is already open (Office's dialog error codes). */
const DIALOG_ALREADY_OPEN = 12007;

let dialog: Office.Dialog | null = null;

/** The projection dialog: a page of the add-in's own origin, the results in its URL's fragment. */
function openProjection(data: ProjectionData): Promise<void> {
  dialog?.close();
  dialog = null;
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(
      projectionUrl(location.href, data),
      { height: 90, width: 90, promptBeforeOpen: false },
      (result) => {
        if (result.status === Office.AsyncResultStatus.Failed) {
          const code = result.error.code === DIALOG_ALREADY_OPEN ? 'DialogAlreadyOpen' : 'DialogFailed';
          reject(officeError(code, `${result.error.code} ${result.error.message}`));
          return;
        }
        dialog = result.value;
        resolve();
      },
    );
  });
}

function start(info: { host: Office.HostType | null }): void {
  const root = document.getElementById('app');
  if (!root) return;
  const lang = paneLang(typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined);
  document.documentElement.lang = lang;
  document.title = t(lang, 'PANE_TITLE');
  root.append(header(lang));
  if (info.host !== Office.HostType.Excel) {
    root.append(el('div', { class: 'message warning', role: 'alert' }, el('p', {}, t(lang, 'PANE_NOT_EXCEL'))));
    return;
  }
  if (!Office.context.requirements.isSetSupported('ExcelApi', '1.9')) {
    root.append(
      el(
        'div',
        { class: 'message warning', role: 'alert', id: 'unsupported' },
        el('p', {}, t(lang, 'PANE_UNSUPPORTED')),
      ),
    );
    return;
  }
  const host = new OfficeHost(officeRunner);
  // The operator's name is kept in the workbook's own settings, so it travels with the file.
  const documentSettings = Office.context.document?.settings;
  const settings: SettingsStore | null = documentSettings ? officeSettingsStore(documentSettings) : null;
  const body = el('main', {});
  root.append(body);
  const app = mountApp(
    body,
    lang,
    {
      port: () => host,
      selectCell: async (ref) => {
        await host.selectCell(ref);
      },
      showSheet: async (name) => {
        await host.activateSheet(name);
      },
      openProjection,
      download: (file) => saveFile(`dai-hoi${file.suffix}.${file.extension}`, file),
      explainError: explainOfficeError,
      // A missing sheet is added by the pane's own button, not by the command line's `template`.
      wording: { MISSING_SHEET: 'PANE_MISSING_SHEET' },
      settings: () => settings,
    },
    { view: viewFromSearch(location.search) },
  );
  app.showOperator();
  // Reads the workbook quietly (two syncs, nothing written): first run, the elections, the step.
  void app.refresh();
}

void Office.onReady(start);
