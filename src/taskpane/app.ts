/**
 * The face shared by the task pane and the standalone page, ordered as the congress is
 * (issue 11): Chuẩn bị → Trước khi bầu → Kiểm phiếu → Sau kiểm phiếu, one step open at a time,
 * each saying in a line what it does and what comes next. A workbook without the input sheets
 * gets one thing to do: create them. After every run the outcome is scrolled into view with a
 * one-sentence status; the workspace says where the workbook is (Excel, or a file) and what the
 * face can do there (select cells, open sheets, project, save a file).
 *
 * The integrity trail (issue 12): every writing run names its operator in `Nhật ký`, asked once
 * per workbook in the pane's own form and kept where the workspace keeps settings; each counted
 * card offers Chốt kết quả and Kiểm tra mã; a count refused on a finalised election whose data
 * changed offers to reopen it with a reason; Phiếu thử fills the chosen election for a rehearsal.
 */
import { t, type Lang, type MessageKey } from '../i18n';
import type { WorkbookPort } from '../workbook/port';
import type { ExplainedError } from './officeErrors';
import type { ElectionResult } from '../engine/model/results';
import { labelKey } from '../engine/text/normalize';
import {
  type CommandId,
  commandById,
  FINALISE,
  PANE_COMMANDS,
  type PaneCommand,
  type PaneFile,
  type PaneOutcome,
  type Selection,
  STEP_IDS,
  type StepId,
  VERIFY,
} from './commandTable';
import { clear, el } from './dom';
import { icon } from './icons';
import { renderOutcome } from './outcome/render';
import { problemLines, type Wording } from './outcome/findings';
import { statusSentence } from './outcome/status';
import type { CardMode } from './outcome/electionCard';
import { type ProjectionData, projectionOf } from './projection/data';
import type { View } from './views';
import type { WorkbookState } from './workbookState';
import { operatorFor, storedOperator, type SettingsStore } from './operator';
import { isFingerprint } from '../engine/integrity/fingerprintText';

export interface Workspace {
  /** The workbook to work on, or null (standalone page before a file is chosen). */
  port: () => WorkbookPort | null;
  /** Selects a cell in Excel; absent on the standalone page. */
  selectCell?: (ref: string) => Promise<void>;
  /** Activates a sheet in Excel; absent on the standalone page. */
  showSheet?: (name: string) => Promise<void>;
  /** Opens the projection dialog (Excel only). */
  openProjection?: (data: ProjectionData) => Promise<void>;
  /** Saves a file the run produced (the Word minutes). */
  download?: (file: PaneFile) => void;
  explainError: (error: unknown, lang: Lang) => ExplainedError;
  /** Called after a run that wrote to the workbook. */
  afterWrite?: (outcome: PaneOutcome) => void;
  /** This face's own wording of some messages (the missing sheet: its own button). */
  wording?: Wording;
  /**
   * Where the operator's name is kept for this workbook (Office: the document's settings; the
   * standalone page: the file open). Given: every writing run names its operator, asked once.
   */
  settings?: () => SettingsStore | null;
}

/**
 * How both faces word the integrity trail's messages: the reopen form below, not the command
 * line's `--reopen`; the "Phiếu thử" button, not the `testdeck` command.
 */
const PANE_WORDING: Wording = {
  FINALISED_CHANGED: 'PANE_MSG_FINALISED_CHANGED',
  FINALISED_RESULT_CHANGED: 'PANE_MSG_FINALISED_RESULT_CHANGED',
  REHEARSAL: 'PANE_MSG_REHEARSAL',
};

/** A bar appears only when a run lasts longer than this (addin-engineering.md §4.3). */
export const PROGRESS_DELAY_MS = 1000;

const STEP_TITLE = {
  prepare: 'PANE_STEP_PREPARE',
  before: 'PANE_STEP_BEFORE',
  count: 'PANE_STEP_COUNT',
  after: 'PANE_STEP_AFTER',
} as const;
const STEP_LEAD = {
  prepare: 'PANE_STEP_PREPARE_LEAD',
  before: 'PANE_STEP_BEFORE_LEAD',
  count: 'PANE_STEP_COUNT_LEAD',
  after: 'PANE_STEP_AFTER_LEAD',
} as const;
/** The step's main action, drawn as the primary button. */
const PRIMARY: Partial<Record<StepId, CommandId>> = { before: 'before', count: 'tally' };

const PROGRESS_KEYS: Record<string, MessageKey> = {
  read: 'PANE_PROGRESS_read',
  tally: 'PANE_PROGRESS_tally',
  render: 'PANE_PROGRESS_render',
  write: 'PANE_PROGRESS_write',
  done: 'PANE_PROGRESS_done',
};

export interface App {
  run: (commandId: CommandId, selection?: Selection) => Promise<PaneOutcome | null>;
  /** Reads the workbook's state again: first run, missing sheets, the elections. */
  refresh: () => Promise<void>;
  openStep: (step: StepId, focus?: CommandId) => void;
  /** Empties the status line and the outcome (a new file was chosen). */
  clearOutput: () => void;
  busy: () => boolean;
  /** Shows the operator kept for the workbook now open (after a file or a workbook is opened). */
  showOperator: () => void;
}

export interface AppOptions {
  /** The ribbon's view: the step (and command) to open on. */
  view?: View | null;
}

export function mountApp(root: HTMLElement, lang: Lang, workspace: Workspace, options: AppOptions = {}): App {
  const commands = PANE_COMMANDS.filter((c) => !c.needsDownload || workspace.download);
  let running = false;
  // The step is chosen once, when the workbook is first read (or set up): never under the clerk's hand.
  let stepOpened = false;
  let known: ElectionResult[] = [];
  let sheets = new Set<string>();
  const wording: Wording = { ...PANE_WORDING, ...workspace.wording };
  /** The last outcome shown as cards: Chốt kết quả updates its card there, the others stay. */
  let shown: { command: PaneCommand; outcome: PaneOutcome } | null = null;
  /** The pickers of commands that run on one election of their own choosing (Phiếu thử). */
  const ownPickers = new Map<CommandId, HTMLSelectElement>();

  const picker = el(
    'select',
    { id: 'election', 'aria-label': t(lang, 'PANE_ELECTION') },
    el('option', { value: '' }, t(lang, 'PANE_ALL_ELECTIONS')),
  );

  const commandButton = (command: PaneCommand, primary: boolean, hint: MessageKey = command.hint): HTMLElement => {
    const b = el(
      'button',
      { type: 'button', class: primary ? 'primary' : 'secondary', 'data-command': command.id },
      t(lang, command.label),
    );
    b.addEventListener('click', () => {
      void app.run(command.id);
    });
    const own = command.forElection ? ownPicker(command) : null;
    return el('div', { class: 'command' }, own, b, el('p', { class: 'hint' }, t(lang, hint)));
  };

  /** A command's own election picker, over the elections it accepts (filled by setElections). */
  function ownPicker(command: PaneCommand): HTMLElement {
    const id = `election-${command.id}`;
    const select = el(
      'select',
      { id, 'data-picker': command.id },
      el('option', { value: '' }, t(lang, 'PANE_TESTDECK_NONE')),
    );
    ownPickers.set(command.id, select);
    return el('div', { class: 'field' }, el('label', { for: id }, t(lang, 'PANE_TESTDECK_ELECTION')), select);
  }

  // First run: one thing to do.
  const firstRun = el(
    'section',
    { class: 'first-run', hidden: true, 'aria-labelledby': 'first-run-title' },
    el('h2', { id: 'first-run-title' }, t(lang, 'PANE_FIRST_RUN_TITLE')),
    el('p', {}, t(lang, 'PANE_FIRST_RUN_TEXT')),
    commandButtonFor('prepare', true, 'PANE_FIRST_RUN_KEEP'),
  );
  const notice = el('div', { class: 'message warning notice', role: 'status', hidden: true });

  const stepSections = new Map<StepId, { section: HTMLElement; head: HTMLButtonElement; body: HTMLElement }>();
  const stepsNav = el('nav', { class: 'steps', 'aria-label': t(lang, 'PANE_STEPS'), hidden: true });
  STEP_IDS.forEach((step, index) => {
    const bodyId = `step-${step}`;
    const head = el(
      'button',
      { type: 'button', class: 'step-head', 'aria-expanded': 'false', 'aria-controls': bodyId, 'data-step': step },
      el('span', { class: 'step-no', 'aria-hidden': 'true' }, String(index + 1)),
      el('span', { class: 'step-title' }, t(lang, STEP_TITLE[step])),
    );
    const body = el(
      'div',
      { class: 'step-body', id: bodyId, hidden: true },
      el('p', { class: 'lead' }, t(lang, STEP_LEAD[step])),
    );
    if (step === 'count')
      body.append(el('div', { class: 'field' }, el('label', { for: 'election' }, t(lang, 'PANE_ELECTION')), picker));
    for (const command of commands.filter((c) => c.step === step))
      body.append(commandButton(command, PRIMARY[step] === command.id));
    head.addEventListener('click', () => {
      stepOpened = true;
      app.openStep(step);
    });
    const section = el('section', { class: 'step', 'data-step': step }, el('h2', {}, head), body);
    stepSections.set(step, { section, head, body });
    stepsNav.append(section);
  });

  const operatorLine = el('div', { class: 'operator', hidden: true });
  const operatorAsk = el('div', { class: 'operator-ask', hidden: true });
  const bar = el('progress', { max: '1', value: '0', 'aria-hidden': 'true' });
  const barBox = el('div', { class: 'progress', hidden: true }, bar);
  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const output = el('div', { class: 'output' });
  const runBox = el('div', { class: 'run' }, operatorAsk, barBox, status, output);
  root.append(firstRun, notice, stepsNav, operatorLine, runBox);

  function commandButtonFor(id: CommandId, primary: boolean, hint?: MessageKey): HTMLElement {
    const command = commandById(id);
    return command ? commandButton(command, primary, hint) : el('span', {});
  }

  const setBusy = (value: boolean): void => {
    running = value;
    Array.from(root.querySelectorAll<HTMLButtonElement>('button[data-command]')).forEach((b) => {
      b.disabled = value;
    });
    picker.disabled = value;
    for (const select of ownPickers.values()) select.disabled = value;
  };

  /** The name kept for the workbook, with a button to change it; hidden until there is one. */
  function showOperator(): void {
    clear(operatorLine);
    const name = storedOperator(workspace.settings?.() ?? null);
    operatorLine.hidden = !name;
    if (!name) return;
    const change = el(
      'button',
      { type: 'button', class: 'text-link', 'data-operator': 'change', title: t(lang, 'PANE_OPERATOR_CHANGE_TITLE') },
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
      if (typeof runBox.scrollIntoView === 'function') runBox.scrollIntoView({ block: 'start' });
      input.focus();
    });
  }

  /** Kiểm tra mã on a card: the output stays as it is, the answer goes under the field. */
  async function verifyOnCard(id: string, fingerprint: string): Promise<{ ok: boolean; text: string }> {
    const port = workspace.port();
    if (!port) return { ok: false, text: t(lang, 'PANE_NEED_FILE') };
    if (running) return { ok: false, text: '' };
    if (!isFingerprint(fingerprint)) return { ok: false, text: t(lang, 'PANE_VERIFY_BAD') };
    setBusy(true);
    try {
      const outcome = await VERIFY.run(
        { port, lang, now: () => new Date(), write: false },
        { election: id, fingerprint },
      );
      const answer = outcome.verify;
      if (outcome.errors.length || !answer) {
        const [first] = problemLines(outcome.errors, lang, wording);
        return { ok: false, text: t(lang, 'PANE_VERIFY_ERRORS', { error: first?.text ?? '' }) };
      }
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
      el('h3', {}, icon('lock'), el('span', {}, t(lang, 'PANE_REOPEN_TITLE'))),
      el('p', { class: 'hint' }, t(lang, 'PANE_REOPEN_LEAD')),
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

  const onCell = workspace.selectCell
    ? (ref: string) => {
        workspace.selectCell?.(ref).catch((error: unknown) => showError(error));
      }
    : undefined;
  const onSheet = workspace.showSheet
    ? (name: string) => {
        workspace.showSheet?.(name).catch((error: unknown) => showError(error));
      }
    : undefined;
  const onProject = workspace.openProjection
    ? (result: ElectionResult, mode: CardMode) => {
        workspace.openProjection?.(projectionOf(result, lang, mode)).catch((error: unknown) => showError(error));
      }
    : undefined;

  function showError(error: unknown): void {
    const explained = workspace.explainError(error, lang);
    clear(output);
    shown = null;
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

  function setElections(results: ElectionResult[]): void {
    const current = picker.value;
    while (picker.options.length > 1) picker.remove(1);
    for (const r of results) picker.append(el('option', { value: r.id }, `${r.id} — ${r.title}`));
    if (Array.from(picker.options).some((o) => o.value === current)) picker.value = current;
    for (const [id, select] of ownPickers) {
      const accepts = commandById(id)?.forElection ?? (() => true);
      const chosen = select.value;
      const offered = results.filter(accepts);
      while (select.options.length > 1) select.remove(1);
      select.options[0].textContent = t(lang, offered.length ? 'PANE_TESTDECK_CHOOSE' : 'PANE_TESTDECK_NONE');
      for (const r of offered) select.append(el('option', { value: r.id }, `${r.id} — ${r.title}`));
      if (Array.from(select.options).some((o) => o.value === chosen)) select.value = chosen;
    }
  }

  /** Keeps what the pane knows of every election: a run of one election updates only that one. */
  function remember(results: ElectionResult[]): void {
    if (results.length === 0) return;
    const byId = new Map(known.map((r) => [r.id, r]));
    for (const r of results) byId.set(r.id, r);
    const order = [
      ...known.map((r) => r.id),
      ...results.map((r) => r.id).filter((id) => !known.some((k) => k.id === id)),
    ];
    known = order.map((id) => byId.get(id)).filter((r): r is ElectionResult => r !== undefined);
    setElections(known);
  }

  function applyState(state: WorkbookState): void {
    sheets = new Set(state.sheetNames.map(labelKey));
    known = [];
    remember(state.results);
    firstRun.hidden = !state.fresh;
    stepsNav.hidden = state.fresh;
    clear(notice);
    notice.hidden = state.fresh || state.missing.length === 0;
    if (!notice.hidden)
      notice.append(
        el(
          'p',
          {},
          icon('warning'),
          el('span', {}, t(lang, 'PANE_MISSING_SHEETS', { sheets: state.missing.map((s) => `"${s}"`).join(', ') })),
        ),
        commandButtonFor('prepare', false),
      );
  }

  function render(command: PaneCommand, outcome: PaneOutcome, selection: Selection = {}): void {
    // Chốt kết quả on a card of the outcome shown: that card is drawn again, finalised; the
    // other cards stay as they were, and the status line says what was done.
    const id = outcome.results?.[0]?.id.toUpperCase();
    const card = shown?.outcome.results?.find((r) => r.id.toUpperCase() === id);
    if (command.id === 'finalise' && !outcome.errors.length && outcome.finalised?.length && shown && card) {
      const { command: before, outcome: was } = shown;
      const result = outcome.results?.[0] ?? card;
      draw(before, {
        ...was,
        results: (was.results ?? []).map((r) => (r.id.toUpperCase() === id ? result : r)),
        finalised: [...(was.finalised ?? []), result.id],
      });
      status.textContent = statusSentence(lang, command, outcome);
      const drawn = output.querySelector<HTMLElement>(`.card[data-election="${result.id}"]`);
      if (drawn && typeof drawn.scrollIntoView === 'function') drawn.scrollIntoView({ block: 'nearest' });
      return;
    }
    draw(command, outcome);
    if (command.id === 'tally' && outcome.errors.some((e) => e.code === 'FINALISED_CHANGED'))
      output.append(reopenForm(selection));
    // The outcome in view: a laptop pane is about 520 px high and the steps fill most of it.
    if (typeof runBox.scrollIntoView === 'function') runBox.scrollIntoView({ block: 'start' });
  }

  function draw(command: PaneCommand, outcome: PaneOutcome): void {
    clear(output);
    status.textContent = statusSentence(lang, command, outcome);
    const titles = new Map(known.map((r) => [r.id, r.title]));
    const nodes = renderOutcome(command, outcome, {
      lang,
      actions: {
        selectCell: onCell,
        showSheet: onSheet,
        project: onProject,
        nextRound: (id) => {
          void app.run('next-round', { election: id });
        },
        verify: verifyOnCard,
        finalise: (id) => {
          void app.run(FINALISE.id, { election: id });
        },
      },
      sheetExists: (name) => sheets.has(labelKey(name)),
      nextRoundOf: (id) =>
        known.find((r) => r.previousRound !== null && r.previousRound.toUpperCase() === id.toUpperCase())?.id ?? null,
      titles,
      wording,
    });
    output.append(...nodes);
    // Counted cards, which Chốt kết quả can then update in place (not the figures before the vote).
    const counted = ['tally', 'testdeck', 'finalise'].includes(command.id);
    shown = counted && !outcome.errors.length && (outcome.results?.length ?? 0) > 0 ? { command, outcome } : null;
  }

  const app: App = {
    busy: () => running,
    showOperator,
    clearOutput() {
      clear(output);
      status.textContent = '';
      shown = null;
    },
    openStep(step, focus) {
      for (const [id, parts] of stepSections) {
        const open = id === step;
        parts.head.setAttribute('aria-expanded', String(open));
        parts.body.hidden = !open;
        parts.section.classList.toggle('open', open);
      }
      if (focus) {
        const button = stepSections.get(step)?.body.querySelector<HTMLButtonElement>(`button[data-command="${focus}"]`);
        if (button) {
          button.classList.add('focus');
          button.focus();
        }
      }
    },
    async refresh() {
      const port = workspace.port();
      if (!port) {
        firstRun.hidden = true;
        stepsNav.hidden = true;
        notice.hidden = true;
        return;
      }
      const wasFresh = !firstRun.hidden;
      try {
        const { readWorkbookState, defaultStep } = await import(/* webpackChunkName: "cmd-tally" */ './workbookState');
        const state = await readWorkbookState(port);
        applyState(state);
        if (!state.fresh && (!stepOpened || wasFresh)) {
          const view = !wasFresh ? options.view : null;
          app.openStep(view ? view.step : defaultStep(state), view?.command);
          stepOpened = true;
        }
      } catch (error) {
        // The workbook could not be read (Excel busy, a cell being edited): the steps still work.
        firstRun.hidden = true;
        stepsNav.hidden = false;
        if (!stepOpened) app.openStep(options.view?.step ?? 'prepare', options.view?.command);
        stepOpened = true;
        showError(error);
      }
    },
    async run(commandId, selection) {
      const command = commandById(commandId);
      const port = workspace.port();
      if (!command || running) return null;
      if (!port) {
        clear(output);
        status.textContent = t(lang, 'PANE_NEED_FILE');
        return null;
      }
      const own = ownPickers.get(command.id);
      const chosen = selection ?? {
        election: command.perElection ? picker.value || undefined : own ? own.value || undefined : undefined,
      };
      if (command.forElection && !chosen.election) {
        clear(output);
        shown = null;
        status.textContent = t(lang, 'PANE_NEED_ELECTION');
        // The status line may be below the fold: the picker to fill is where the clerk looks.
        own?.focus();
        return null;
      }
      setBusy(true);
      // Every writing run names its operator in Nhật ký: asked once per workbook, then kept.
      let operator: string | undefined;
      if (command.writes && command.logged !== false && workspace.settings) {
        const name = await operatorFor(workspace.settings(), askOperator).catch(() => null);
        showOperator();
        if (!name) {
          setBusy(false);
          clear(output);
          shown = null;
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
              status.textContent = t(lang, PROGRESS_KEYS[label] ?? 'PANE_PROGRESS_other');
            },
          },
          chosen,
        );
        if (outcome.written) for (const plan of outcome.plans) sheets.add(labelKey(plan.name));
        if (outcome.written && command.changesInputs) await app.refresh();
        else remember(outcome.results ?? []);
        render(command, outcome, chosen);
        if (outcome.file) workspace.download?.(outcome.file);
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
