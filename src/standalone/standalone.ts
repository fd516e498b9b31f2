/**
 * The offline page: one self-contained HTML file that runs from file:// or a USB stick. It opens
 * an .xlsx (or .xlsm) with the package host, runs any command of the pane's table, and offers the
 * resulting workbook as a download (the chosen file itself is never changed): the same package,
 * every part of it kept, with the output sheets added.
 */
import { t, type Lang, langFromLocale } from '../i18n';
import { PackageHost } from '../hosts/package/packageHost';
import { fileErrorProblems } from '../hosts/package/problems';
import { problemLine } from '../commands/report';
import type { ExplainedError } from '../taskpane/officeErrors';
import { PANE_COMMANDS } from '../taskpane/commandTable';
import { mountApp } from '../taskpane/app';
import { clear, el } from '../taskpane/dom';
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

/** `dai-hoi.xlsx` → `dai-hoi-ket-qua.xlsx`; a workbook with macros stays `.xlsm`. */
export function resultFileName(name: string, macros = false): string {
  const ext = macros ? '.xlsm' : '.xlsx';
  return `${name.replace(/\.xls[xm]$/i, '')}-ket-qua${ext}`;
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
  let dirty = false;
  // The operator is asked once for the file open (the page keeps nothing when it closes).
  let settings: SettingsStore = memoryStore();
  const input = el('input', { type: 'file', id: 'file', accept: `.xlsx,.xlsm,${XLSX_TYPE},${XLSM_TYPE}` });
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
      explainError: (error, l) => explain(error, l, fileName),
      afterWrite: () => {
        dirty = true;
        download.disabled = false;
      },
      settings: () => settings,
    },
    PANE_COMMANDS,
  );

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void (async () => {
      clear(fileStatus);
      try {
        fileName = file.name;
        host = PackageHost.open(new Uint8Array(await file.arrayBuffer()));
        settings = memoryStore();
        app.showOperator();
        dirty = false;
        download.disabled = true;
        const names = await host.sheetNames();
        fileStatus.textContent = t(lang, 'PANE_FILE_LOADED', { file: file.name, count: names.length });
        const { tallyCommand } = await import('../commands/tally');
        const outcome = await tallyCommand({ port: host, lang, now: () => new Date(), write: false });
        app.setElections(outcome.report.elections ?? []);
      } catch (error) {
        host = null;
        const problems = fileErrorProblems(error, file.name);
        fileStatus.textContent = problems
          ? problems.map((p) => problemLine(p, lang)).join('\n')
          : t(lang, 'PANE_FILE_BAD', { file: file.name });
      }
    })();
  });

  download.addEventListener('click', () => {
    if (!host || !dirty) return;
    const macros = host.hasMacros;
    const bytes = host.toBytes(new Date());
    {
      const blob = new Blob([bytes as BlobPart], { type: macros ? XLSM_TYPE : XLSX_TYPE });
      const url = URL.createObjectURL(blob);
      const link = el('a', { href: url, download: resultFileName(fileName, macros) });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
