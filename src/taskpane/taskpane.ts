/// <reference types="office-js" />
/**
 * The task pane inside Excel. Vietnamese unless Excel's display language is not Vietnamese;
 * Offices without ExcelApi 1.9 (Office 2016/2019 perpetual) are sent to the standalone page or
 * the command line.
 */
import { t, type Lang, langFromLocale } from '../i18n';
import { OfficeHost } from '../hosts/office/officeHost';
import { explainOfficeError } from './officeErrors';
import { officeRunner } from './officeRunner';
import { PANE_COMMANDS } from './commandTable';
import { mountApp } from './app';
import { el } from './dom';
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
      explainError: explainOfficeError,
      settings: () => settings,
    },
    PANE_COMMANDS,
  );
  app.showOperator();
  // Fill the election picker quietly (a read only: two syncs, nothing written).
  void (async () => {
    try {
      const { tallyCommand } = await import(/* webpackChunkName: "cmd-tally" */ '../commands/tally');
      const outcome = await tallyCommand({ port: host, lang, now: () => new Date(), write: false });
      if (!app.busy()) app.setElections(outcome.report.elections ?? []);
    } catch {
      // An empty or foreign workbook: the picker keeps "all elections".
    }
  })();
}

void Office.onReady(start);
