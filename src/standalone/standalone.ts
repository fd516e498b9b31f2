/**
 * The offline page: one self-contained HTML file that runs from file:// or a USB stick. It opens
 * an .xlsx (or .xlsm) with the package host, runs the pane's commands step by step, and offers the
 * resulting workbook (the same package, every part of it kept, with the output sheets added) and
 * the Word minutes from a bar that stays in view once there is a result; the chosen file itself
 * is never changed. Choosing another file clears every earlier message.
 */
import { t, type Lang, langFromLocale } from '../i18n';
import { PackageHost } from '../hosts/package/packageHost';
import { fileErrorProblems } from '../hosts/package/problems';
import { problemLine } from '../commands/report';
import type { ExplainedError } from '../taskpane/officeErrors';
import { mountApp } from '../taskpane/app';
import { clear, el } from '../taskpane/dom';
import { saveFile } from '../taskpane/download';
import { memoryStore, type SettingsStore } from '../taskpane/operator';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSM_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.12';

function explain(error: unknown, lang: Lang, file: string): ExplainedError {
  const message = error instanceof Error ? error.message : String(error);
  // A file that is no readable workbook, or formulas without stored values: input errors, in words.
  const problems = fileErrorProblems(error, file);
  if (problems) {
    const code = problems[0]?.code ?? 'NOT_XLSX';
    return { text: problems.map((p) => problemLine(p, lang)).join('\n'), code, detail: `${code}: ${message}` };
  }
  return {
    text: t(lang, 'INTERNAL', { detail: message }),
    code: 'Error',
    detail: error instanceof Error && error.stack ? error.stack : message,
  };
}

/** `dai-hoi.xlsx` → `dai-hoi`. */
export function fileStem(name: string): string {
  return name.replace(/\.xls[xm]$/i, '');
}

/** `dai-hoi.xlsx` → `dai-hoi-ket-qua.xlsx`; a workbook with macros stays `.xlsm`. */
export function resultFileName(name: string, macros = false): string {
  return `${fileStem(name)}-ket-qua${macros ? '.xlsm' : '.xlsx'}`;
}

function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  // Vietnamese by default (the clerks' browsers often say en-US); `?lang=en` for English.
  const asked = new URLSearchParams(location.search).get('lang');
  const lang: Lang = asked ? langFromLocale(asked) : 'vi';
  document.documentElement.lang = lang;
  document.title = t(lang, 'PANE_STANDALONE_TITLE');
  let host: PackageHost | null = null;
  let fileName = 'dai-hoi.xlsx';
  // The operator is asked once for the file open (the page keeps nothing when it closes).
  let settings: SettingsStore = memoryStore();
  const input = el('input', { type: 'file', id: 'file', accept: `.xlsx,.xlsm,${XLSX_TYPE},${XLSM_TYPE}` });
  const fileStatus = el('p', { class: 'status', role: 'status', id: 'file-status' });
  const download = el('button', { type: 'button', class: 'primary', id: 'download' }, t(lang, 'PANE_DOWNLOAD'));
  const minutes = el(
    'button',
    { type: 'button', class: 'secondary', id: 'download-minutes' },
    t(lang, 'PANE_DOWNLOAD_MINUTES'),
  );
  const bar = el(
    'div',
    { class: 'download-bar', id: 'download-bar', hidden: true, role: 'region', 'aria-label': t(lang, 'PANE_DOWNLOAD') },
    el('div', { class: 'download-buttons' }, download, minutes),
    el('p', { class: 'hint' }, t(lang, 'PANE_DOWNLOAD_HINT')),
  );
  root.append(
    el('header', { class: 'pane-header' }, el('h1', {}, t(lang, 'PANE_STANDALONE_TITLE'))),
    el('p', { class: 'intro' }, t(lang, 'PANE_STANDALONE_INTRO')),
    el('div', { class: 'field' }, el('label', { for: 'file' }, t(lang, 'PANE_FILE_PICK')), input),
    fileStatus,
  );
  const body = el('main', {});
  root.append(body);
  document.body.append(bar);
  const app = mountApp(body, lang, {
    port: () => host,
    explainError: (error, l) => explain(error, l, fileName),
    wording: { MISSING_SHEET: 'PANE_MISSING_SHEET_FILE' },
    download: (file) => saveFile(`${fileStem(fileName)}${file.suffix}.${file.extension}`, file),
    afterWrite: () => {
      bar.hidden = false;
      document.body.classList.add('has-download-bar');
    },
    settings: () => settings,
  });

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    // A new file: nothing said about the previous one may stay on screen.
    clear(fileStatus);
    app.clearOutput();
    bar.hidden = true;
    document.body.classList.remove('has-download-bar');
    host = null;
    // Another file, another workbook: its operator is asked again.
    settings = memoryStore();
    app.showOperator();
    if (!file) {
      void app.refresh();
      return;
    }
    void (async () => {
      try {
        fileName = file.name;
        const loaded = PackageHost.open(new Uint8Array(await file.arrayBuffer()));
        const names = await loaded.sheetNames();
        host = loaded;
        fileStatus.textContent = t(lang, 'PANE_FILE_LOADED', { file: file.name, count: names.length });
      } catch (error) {
        const problems = fileErrorProblems(error, file.name);
        fileStatus.textContent = problems
          ? problems.map((p) => problemLine(p, lang)).join('\n')
          : t(lang, 'PANE_FILE_BAD', { file: file.name });
      }
      await app.refresh();
    })();
  });

  download.addEventListener('click', () => {
    if (!host) return;
    const macros = host.hasMacros;
    saveFile(resultFileName(fileName, macros), {
      bytes: host.toBytes(new Date()),
      type: macros ? XLSM_TYPE : XLSX_TYPE,
    });
  });
  minutes.addEventListener('click', () => {
    void app.run('minutes-docx');
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
