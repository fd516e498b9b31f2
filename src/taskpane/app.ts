/**
 * The face shared by the task pane and the standalone page: command buttons from the command
 * table, an election picker, a progress bar for anything slower than a second, a summary of the
 * results and a list of findings. The workspace says where the workbook is (Excel, or a file).
 */
import { t, type Lang, type MessageKey } from '../i18n';
import type { WorkbookPort } from '../workbook/port';
import type { ExplainedError } from './officeErrors';
import type { ElectionResult } from '../engine/model/results';
import { FINALISE, NEXT_ROUND, VERIFY, type PaneCommand, type PaneOutcome, type Selection } from './commandTable';
import { clear, el } from './dom';
import { electionCard, findingList, problemLines } from './summary';
import { operatorFor, storedOperator, type SettingsStore } from './operator';

export interface Workspace {
  /** The workbook to work on, or null (standalone page before a file is chosen). */
  port(): WorkbookPort | null;
  /** Selects a cell in Excel; absent on the standalone page. */
  selectCell?(ref: string): Promise<void>;
  explainError(error: unknown, lang: Lang): ExplainedError;
  /** Called after a run that wrote to the workbook. */
  afterWrite?(outcome: PaneOutcome): void;
  /**
   * Where the operator's name is kept for this workbook (Office: the document's settings; the
   * standalone page: the file open). Given: every writing run names its operator, asked once.
   */
  settings?(): SettingsStore | null;
}

/** A bar appears only when a run lasts longer than this (addin-engineering.md §4.3). */
export const PROGRESS_DELAY_MS = 1000;

const STEP_KEYS: Record<string, MessageKey> = {
  read: 'PANE_STEP_read',
  tally: 'PANE_STEP_tally',
  render: 'PANE_STEP_render',
  write: 'PANE_STEP_write',
  done: 'PANE_STEP_done',
};

export interface App {
  run(commandId: string, selection?: Selection): Promise<PaneOutcome | null>;
  setElections(results: ElectionResult[]): void;
  busy(): boolean;
  /** Shows the operator kept for the workbook now open (after a file or a workbook is opened). */
  showOperator(): void;
}

export function mountApp(root: HTMLElement, lang: Lang, workspace: Workspace, commands: PaneCommand[]): App {
  const picker = el(
    'select',
    { id: 'election', 'aria-label': t(lang, 'PANE_ELECTION') },
    el('option', { value: '' }, t(lang, 'PANE_ALL_ELECTIONS')),
  );
  const buttons = new Map<string, HTMLButtonElement>();
  const button = (command: PaneCommand, primary: boolean): HTMLElement => {
    const b = el(
      'button',
      {
        type: 'button',
        class: primary ? 'primary' : 'secondary',
        'data-command': command.id,
        title: command.hint ? t(lang, command.hint) : undefined,
      },
      t(lang, command.label),
    );
    b.addEventListener('click', () => {
      void app.run(command.id);
    });
    buttons.set(command.id, b);
    return command.hint && primary
      ? el('div', { class: 'command' }, b, el('p', { class: 'hint' }, t(lang, command.hint)))
      : b;
  };
  const main = commands.filter((c) => c.group === 'main');
  const more = commands.filter((c) => c.group === 'more');
  const operatorLine = el('div', { class: 'operator', hidden: true });
  const operatorAsk = el('div', { class: 'operator-ask', hidden: true });
  const bar = el('progress', { max: '1', value: '0', 'aria-hidden': 'true' });
  const barBox = el('div', { class: 'progress', hidden: true }, bar);
  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const output = el('div', { class: 'output' });
  root.append(
    el('div', { class: 'field' }, el('label', { for: 'election' }, t(lang, 'PANE_ELECTION')), picker),
    el('div', { class: 'commands' }, ...main.map((c, i) => button(c, i === 0))),
    more.length
      ? el(
          'details',
          { class: 'more' },
          el('summary', {}, t(lang, 'PANE_MORE')),
          el('div', { class: 'commands' }, ...more.map((c) => button(c, false))),
        )
      : '',
    operatorLine,
    operatorAsk,
    barBox,
    status,
    output,
  );

  let running = false;
  const allCommands = [...commands, NEXT_ROUND, VERIFY, FINALISE];

  /** The name kept for the workbook, with a button to change it; hidden until there is one. */
  function showOperator(): void {
    clear(operatorLine);
    const name = storedOperator(workspace.settings?.() ?? null);
    operatorLine.hidden = !name;
    if (!name) return;
    const change = el(
      'button',
      { type: 'button', class: 'link', 'data-operator': 'change' },
      t(lang, 'PANE_OPERATOR_CHANGE'),
    );
    change.addEventListener('click', () => {
      if (running) return;
      void operatorFor(workspace.settings?.() ?? null, askOperator, true).then(showOperator);
    });
    operatorLine.append(el('span', {}, t(lang, 'PANE_OPERATOR_CURRENT', { name })), ' ', change);
  }

  /** Asks for the operator's name in the pane (Office add-ins have no window.prompt). */
  function askOperator(current: string | null): Promise<string | null> {
    return new Promise((resolve) => {
      clear(operatorAsk);
      const input = el('input', {
        type: 'text',
        id: 'operator-name',
        autocomplete: 'name',
        value: current ?? undefined,
      });
      const cancel = el('button', { type: 'button', class: 'secondary' }, t(lang, 'PANE_OPERATOR_CANCEL'));
      const form = el(
        'form',
        { class: 'operator-form' },
        el('label', { for: 'operator-name' }, t(lang, 'PANE_OPERATOR')),
        el('p', { class: 'hint' }, t(lang, 'PANE_OPERATOR_ASK')),
        input,
        el(
          'div',
          { class: 'buttons' },
          el('button', { type: 'submit', class: 'primary' }, t(lang, 'PANE_OPERATOR_OK')),
          cancel,
        ),
      );
      const done = (value: string | null) => {
        operatorAsk.hidden = true;
        clear(operatorAsk);
        resolve(value);
      };
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        done(input.value);
      });
      cancel.addEventListener('click', () => done(null));
      operatorAsk.append(form);
      operatorAsk.hidden = false;
      input.focus();
    });
  }

  const setBusy = (value: boolean): void => {
    running = value;
    Array.from(root.querySelectorAll<HTMLButtonElement>('button[data-command]')).forEach((b) => {
      b.disabled = value;
    });
    picker.disabled = value;
  };

  const onCell = workspace.selectCell
    ? (ref: string) => {
        workspace.selectCell?.(ref).catch((error: unknown) => showError(error));
      }
    : undefined;

  function showError(error: unknown): void {
    const explained = workspace.explainError(error, lang);
    clear(output);
    status.textContent = '';
    output.append(
      el(
        'div',
        { class: 'message error', role: 'alert' },
        el('p', {}, explained.text),
        el('details', {}, el('summary', {}, t(lang, 'PANE_TECH_DETAILS')), el('code', {}, explained.detail)),
      ),
    );
  }

  /** Kiểm tra mã on a card: the output stays as it is, the answer goes under the field. */
  async function verifyOnCard(id: string, fingerprint: string): Promise<{ ok: boolean; text: string }> {
    const port = workspace.port();
    if (!port) return { ok: false, text: t(lang, 'PANE_NEED_FILE') };
    if (running) return { ok: false, text: '' };
    setBusy(true);
    try {
      const outcome = await VERIFY.run(
        { port, lang, now: () => new Date(), write: false },
        { election: id, fingerprint },
      );
      const answer = outcome.verify;
      if (outcome.errors.length || !answer) {
        const [first] = problemLines(outcome.errors, lang);
        return { ok: false, text: t(lang, 'PANE_VERIFY_ERRORS', { error: first?.text ?? '' }) };
      }
      if (!/^[0-9a-f]{64}$/.test(answer.expected)) return { ok: false, text: t(lang, 'PANE_VERIFY_BAD') };
      return answer.match
        ? { ok: true, text: t(lang, 'PANE_VERIFY_MATCH') }
        : { ok: false, text: t(lang, 'PANE_VERIFY_MISMATCH', { actual: (answer.actual ?? '').slice(0, 16) }) };
    } catch (error) {
      return { ok: false, text: workspace.explainError(error, lang).text };
    } finally {
      setBusy(false);
    }
  }

  /** A count refused on a finalised election whose data changed: reopen it, with a reason. */
  function reopenForm(selection: Selection): HTMLElement {
    const input = el('input', { type: 'text', id: 'reopen-reason', required: true, autocomplete: 'off' });
    const form = el(
      'form',
      { class: 'reopen-form' },
      el('h3', {}, t(lang, 'PANE_REOPEN_TITLE')),
      el('label', { for: 'reopen-reason' }, t(lang, 'PANE_REOPEN_LABEL')),
      input,
      el('button', { type: 'submit', class: 'primary', 'data-command': 'reopen' }, t(lang, 'PANE_REOPEN_RUN')),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const reason = input.value.trim();
      if (reason) void app.run('tally', { ...selection, reopen: reason });
    });
    return form;
  }

  function render(command: PaneCommand, outcome: PaneOutcome, selection: Selection): void {
    clear(output);
    // The last progress step ("Đang đọc sổ tính…") must not linger once the run is over.
    status.textContent = '';
    const results = outcome.results ?? [];
    if (results.length) app.setElections(results);
    if (outcome.errors.length) {
      output.append(
        el(
          'div',
          { class: 'message error', role: 'alert' },
          el('p', {}, t(lang, 'PANE_INPUT_ERRORS', { count: outcome.errors.length })),
        ),
      );
      output.append(findingList(lang, 'PANE_ERRORS', problemLines(outcome.errors, lang), onCell));
      if (command.id === 'tally' && outcome.errors.some((e) => e.code === 'FINALISED_CHANGED'))
        output.append(reopenForm(selection));
    } else if (command.writes) {
      const names = outcome.written ? outcome.plans.map((p) => p.name) : [];
      status.textContent = names.length
        ? t(lang, 'PANE_DONE_WRITTEN', { count: names.length, sheets: names.join(', ') })
        : t(lang, 'PANE_DONE_NOTHING');
    }
    if (results.length) {
      output.append(el('h3', {}, t(lang, 'PANE_SUMMARY')));
      const finalised = new Set((outcome.finalised ?? []).map((id) => id.toUpperCase()));
      for (const r of results)
        output.append(
          electionCard(lang, r, {
            onNextRound: (id) => {
              void app.run(NEXT_ROUND.id, { election: id });
            },
            onVerify: verifyOnCard,
            onFinalise: (id) => {
              void app.run(FINALISE.id, { election: id });
            },
            finalised: finalised.has(r.id.toUpperCase()),
          }),
        );
    }
    const findings = outcome.report.findings ?? [];
    if (findings.length) {
      output.append(
        findingList(
          lang,
          'PANE_FINDINGS',
          findings.map((f) => ({ severity: f.severity, text: f.message, cell: f.cell })),
          onCell,
        ),
      );
    }
    if (outcome.warnings.length)
      output.append(findingList(lang, 'PANE_WARNINGS', problemLines(outcome.warnings, lang), onCell));
  }

  const app: App = {
    busy: () => running,
    showOperator,
    setElections(results) {
      const current = picker.value;
      while (picker.options.length > 1) picker.remove(1);
      for (const r of results) picker.append(el('option', { value: r.id }, `${r.id} — ${r.title}`));
      if (Array.from(picker.options).some((o) => o.value === current)) picker.value = current;
    },
    async run(commandId, selection) {
      const command = allCommands.find((c) => c.id === commandId);
      const port = workspace.port();
      if (!command || running) return null;
      if (!port) {
        clear(output);
        status.textContent = t(lang, 'PANE_NEED_FILE');
        return null;
      }
      const chosen = selection ?? { election: picker.value || undefined };
      if (command.needsElection && !chosen.election) {
        clear(output);
        status.textContent = t(lang, 'PANE_NEED_ELECTION');
        return null;
      }
      setBusy(true);
      // Every writing run names its operator in Nhật ký: asked once per workbook, then kept.
      let operator: string | undefined;
      if (command.writes && workspace.settings) {
        const name = await operatorFor(workspace.settings(), askOperator).catch(() => null);
        showOperator();
        if (!name) {
          setBusy(false);
          clear(output);
          status.textContent = t(lang, 'PANE_OPERATOR_NONE');
          return null;
        }
        operator = name;
      }
      clear(output);
      status.textContent = t(lang, 'PANE_RUNNING', { command: t(lang, command.label) });
      bar.value = 0;
      const timer = setTimeout(() => {
        barBox.hidden = false;
      }, PROGRESS_DELAY_MS);
      try {
        const outcome = await command.run(
          {
            port,
            lang,
            now: () => new Date(),
            write: command.writes,
            operator,
            progress: (fraction, label) => {
              bar.value = fraction;
              status.textContent = t(lang, STEP_KEYS[label] ?? 'PANE_STEP_other');
            },
          },
          chosen,
        );
        render(command, outcome, chosen);
        if (outcome.written) workspace.afterWrite?.(outcome);
        return outcome;
      } catch (error) {
        showError(error);
        return null;
      } finally {
        clearTimeout(timer);
        barBox.hidden = true;
        setBusy(false);
      }
    },
  };
  return app;
}
