/**
 * The offline page: one self-contained HTML file that runs from file:// or a USB stick. It opens
 * an .xlsx with the exceljs host, runs any command of the pane's table, and offers the resulting
 * workbook as a download (the chosen file itself is never changed).
 */
import { t, type Lang, langFromLocale } from '../i18n';
import { XlsxHost } from '../hosts/xlsx/xlsxHost';
import type { ExplainedError } from '../taskpane/officeErrors';
import { PANE_COMMANDS } from '../taskpane/commandTable';
import { mountApp } from '../taskpane/app';
import { clear, el } from '../taskpane/dom';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function explain(error: unknown, lang: Lang): ExplainedError {
  const message = error instanceof Error ? error.message : String(error);
  return {
    text: t(lang, 'INTERNAL', { detail: message }),
    code: 'Error',
    detail: error instanceof Error && error.stack ? error.stack : message,
  };
}

/** `dai-hoi.xlsx` → `dai-hoi-ket-qua.xlsx`. */
export function resultFileName(name: string): string {
  return `${name.replace(/\.xlsx$/i, '')}-ket-qua.xlsx`;
}

function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  // Vietnamese by default (the clerks' browsers often say en-US); `?lang=en` for English.
  const asked = new URLSearchParams(location.search).get('lang');
  const lang: Lang = asked ? langFromLocale(asked) : 'vi';
  document.documentElement.lang = lang;
  document.title = t(lang, 'PANE_STANDALONE_TITLE');
  let host: XlsxHost | null = null;
  let fileName = 'dai-hoi.xlsx';
  let dirty = false;
  const input = el('input', { type: 'file', id: 'file', accept: '.xlsx,' + XLSX_TYPE });
  const fileStatus = el('p', { class: 'status', role: 'status' });
  const download = el(
    'button',
    { type: 'button', class: 'primary', id: 'download', disabled: true },
    t(lang, 'PANE_DOWNLOAD'),
  );
  root.append(
    el('header', { class: 'pane-header' }, el('h1', {}, t(lang, 'PANE_STANDALONE_TITLE'))),
    el('p', { class: 'intro' }, t(lang, 'PANE_STANDALONE_INTRO')),
    el('div', { class: 'field' }, el('label', { for: 'file' }, t(lang, 'PANE_FILE_PICK')), input),
    fileStatus,
  );
  const body = el('main', {});
  root.append(
    body,
    el('div', { class: 'download' }, download, el('p', { class: 'hint' }, t(lang, 'PANE_DOWNLOAD_HINT'))),
  );
  const app = mountApp(
    body,
    lang,
    {
      port: () => host,
      explainError: explain,
      afterWrite: () => {
        dirty = true;
        download.disabled = false;
      },
    },
    PANE_COMMANDS,
  );

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void (async () => {
      clear(fileStatus);
      try {
        host = await XlsxHost.fromBuffer(await file.arrayBuffer());
        fileName = file.name;
        dirty = false;
        download.disabled = true;
        const names = await host.sheetNames();
        fileStatus.textContent = t(lang, 'PANE_FILE_LOADED', { file: file.name, count: names.length });
        const { tallyCommand } = await import('../commands/tally');
        const outcome = await tallyCommand({ port: host, lang, now: () => new Date(), write: false });
        app.setElections(outcome.report.elections ?? []);
      } catch {
        host = null;
        fileStatus.textContent = t(lang, 'PANE_FILE_BAD', { file: file.name });
      }
    })();
  });

  download.addEventListener('click', () => {
    if (!host || !dirty) return;
    void host.toBuffer().then((bytes) => {
      const blob = new Blob([bytes as BlobPart], { type: XLSX_TYPE });
      const url = URL.createObjectURL(blob);
      const link = el('a', { href: url, download: resultFileName(fileName) });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
