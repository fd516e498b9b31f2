/**
 * The commands a face (task pane, standalone page) offers, in one table so each command plugs in
 * the same way, grouped by the step of the congress they belong to. Each entry loads its command
 * lazily: the pane's first script stays small and a command's engine is fetched (from the pane's
 * own origin) the first time it runs.
 */
import type { MessageKey } from '../i18n';
import type { CommandContext, CommandOutcome } from '../commands/types';
import type { ElectionResult } from '../engine/model/results';
import type { NextRoundOutcome } from '../commands/nextRound';
import type { BallotSheetsOutcome } from '../commands/ballotSheets';

/** The congress's order (issue 11): prepare → before the vote → count → after the count. */
export type StepId = 'prepare' | 'before' | 'count' | 'after';
export const STEP_IDS: StepId[] = ['prepare', 'before', 'count', 'after'];

export type CommandId =
  | 'prepare'
  | 'ballot-sheets'
  | 'allocate'
  | 'check'
  | 'ballots'
  | 'before'
  | 'tally'
  | 'next-round'
  | 'minutes-docx'
  | 'composition'
  | 'testdeck'
  | 'verify'
  | 'finalise';

export interface Selection {
  /** An election `Mã`, or undefined for all. */
  election?: string;
  /** Kiểm tra mã: the fingerprint as the clerk copied it from the minutes. */
  fingerprint?: string;
  /** Mở lại: why a finalised election whose data changed is counted again (logged). */
  reopen?: string;
}

/** A file the run produced for the clerk to save (the Word minutes). */
export interface PaneFile {
  /** Added to the workbook's name: `dai-hoi` + `-bien-ban` + `.docx`. */
  suffix: string;
  extension: string;
  type: string;
  bytes: Uint8Array;
}

export interface PaneOutcome extends CommandOutcome {
  /** Tally-like results to show as cards. */
  results?: ElectionResult[];
  nextRound?: NextRoundOutcome['created'];
  ballotSheets?: Pick<BallotSheetsOutcome, 'created' | 'kept'>;
  file?: PaneFile;
  /** Elections finalised on exactly these data (their cards say so and offer no Chốt kết quả). */
  finalised?: string[];
  /** Kiểm tra mã: the answer, shown on the election's card. */
  verify?: { id: string; expected: string; actual: string | null; match: boolean };
  /** Phiếu thử: the election, its ballot sheet and how many test ballots went into it. */
  testDeck?: { id: string; sheet: string; ballots: number };
}

export interface PaneCommand {
  id: CommandId;
  label: MessageKey;
  /** One line under the button: what it does. */
  hint: MessageKey;
  step: StepId;
  /** Whether the run writes to the workbook (false: report only); a writing run names its operator. */
  writes: boolean;
  /** The run adds input sheets or rows, so the pane reads the workbook again after it. */
  changesInputs?: boolean;
  /**
   * False: the run writes no `Nhật ký` row (it only lays out empty input sheets, as `template`
   * does), so nobody is asked who is working (issue 12).
   */
  logged?: boolean;
  /** The run takes the election chosen in the picker (all when none is chosen). */
  perElection?: boolean;
  /**
   * The run is for one election, chosen in the command's own picker among those this accepts
   * (Phiếu thử: an election not counted yet); the command does not run without one.
   */
  forElection?: (r: ElectionResult) => boolean;
  /** Offered on the face only when it can save a file. */
  needsDownload?: boolean;
  run: (ctx: CommandContext, selection: Selection) => Promise<PaneOutcome>;
}

const elections = (s: Selection): string[] | undefined => (s.election ? [s.election] : undefined);

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const PANE_COMMANDS: PaneCommand[] = [
  {
    id: 'prepare',
    label: 'PANE_CMD_PREPARE',
    hint: 'PANE_CMD_PREPARE_HINT',
    step: 'prepare',
    writes: true,
    changesInputs: true,
    logged: false,
    run: async (ctx) => {
      const { prepareCommand } = await import(/* webpackChunkName: "cmd-prepare" */ '../commands/prepare');
      // The pane makes the ballot sheets from `Bầu cử` (next command): no example `Phiếu BCH`.
      return prepareCommand(ctx, { exampleBallotSheet: false });
    },
  },
  {
    id: 'ballot-sheets',
    label: 'PANE_CMD_BALLOT_SHEETS',
    hint: 'PANE_CMD_BALLOT_SHEETS_HINT',
    step: 'prepare',
    writes: true,
    changesInputs: true,
    logged: false,
    run: async (ctx) => {
      const { ballotSheetsCommand } = await import(
        /* webpackChunkName: "cmd-ballot-sheets" */ '../commands/ballotSheets'
      );
      const outcome = await ballotSheetsCommand(ctx);
      return { ...outcome, ballotSheets: { created: outcome.created, kept: outcome.kept } };
    },
  },
  {
    id: 'allocate',
    label: 'PANE_CMD_ALLOCATE',
    hint: 'PANE_CMD_ALLOCATE_HINT',
    step: 'prepare',
    writes: true,
    run: async (ctx) => {
      const { allocateCommand } = await import(/* webpackChunkName: "cmd-allocate" */ '../commands/allocate');
      return allocateCommand(ctx);
    },
  },
  {
    id: 'check',
    label: 'PANE_CMD_CHECK',
    hint: 'PANE_CMD_CHECK_HINT',
    step: 'prepare',
    writes: true,
    run: async (ctx) => {
      const { checkCommand } = await import(/* webpackChunkName: "cmd-check" */ '../commands/check');
      return checkCommand(ctx);
    },
  },
  {
    id: 'ballots',
    label: 'PANE_CMD_BALLOTS',
    hint: 'PANE_CMD_BALLOTS_HINT',
    step: 'prepare',
    writes: true,
    perElection: false,
    run: async (ctx) => {
      const { ballotsCommand } = await import(/* webpackChunkName: "cmd-ballots" */ '../commands/ballots');
      return ballotsCommand(ctx, {});
    },
  },
  {
    id: 'before',
    label: 'PANE_CMD_BEFORE',
    hint: 'PANE_CMD_BEFORE_HINT',
    step: 'before',
    writes: false,
    run: async (ctx) => {
      const { tallyCommand } = await import(/* webpackChunkName: "cmd-tally" */ '../commands/tally');
      const outcome = await tallyCommand({ ...ctx, write: false });
      return {
        ...outcome,
        plans: [],
        written: false,
        results: outcome.report.elections,
        finalised: outcome.finalised,
      };
    },
  },
  {
    // The rehearsal before the congress (issue 12), on a copy of the workbook: an election whose
    // ballot sheet is still empty gets generated ballots and the figures they must give.
    id: 'testdeck',
    label: 'PANE_CMD_TESTDECK',
    hint: 'PANE_CMD_TESTDECK_HINT',
    step: 'before',
    writes: true,
    changesInputs: true,
    forElection: (r) => r.status === 'zero' && r.trust === undefined && r.introduced === undefined,
    run: async (ctx, s) => {
      const { testDeckCommand } = await import(/* webpackChunkName: "cmd-integrity" */ '../commands/testdeck');
      const outcome = await testDeckCommand(ctx, { election: s.election ?? '' });
      const { result, deck, sheet } = outcome;
      return {
        ...outcome,
        results: result ? [result] : [],
        testDeck: result && deck && sheet ? { id: result.id, sheet, ballots: deck.ballots.length } : undefined,
      };
    },
  },
  {
    id: 'tally',
    label: 'PANE_CMD_TALLY',
    hint: 'PANE_CMD_TALLY_HINT',
    step: 'count',
    writes: true,
    perElection: true,
    run: async (ctx, s) => {
      const { tallyCommand } = await import(/* webpackChunkName: "cmd-tally" */ '../commands/tally');
      const outcome = await tallyCommand(ctx, { elections: elections(s), reopen: s.reopen });
      return { ...outcome, results: outcome.report.elections, finalised: outcome.finalised };
    },
  },
  {
    id: 'minutes-docx',
    label: 'PANE_CMD_MINUTES_DOCX',
    hint: 'PANE_CMD_MINUTES_DOCX_HINT',
    step: 'after',
    writes: false,
    needsDownload: true,
    run: async (ctx) => {
      const { minutesDocxCommand } = await import(/* webpackChunkName: "cmd-minutes-docx" */ '../commands/minutesDocx');
      const { docx, ...outcome } = await minutesDocxCommand({ ...ctx, write: false }, {});
      return docx ? { ...outcome, file: { suffix: '-bien-ban', extension: 'docx', type: DOCX, bytes: docx } } : outcome;
    },
  },
  {
    id: 'composition',
    label: 'PANE_CMD_COMPOSITION',
    hint: 'PANE_CMD_COMPOSITION_HINT',
    step: 'after',
    writes: true,
    run: async (ctx) => {
      const { compositionCommand } = await import(/* webpackChunkName: "cmd-composition" */ '../commands/composition');
      return compositionCommand(ctx, {});
    },
  },
];

/** After a tie or a shortfall, from the election's card (it needs the election). */
export const NEXT_ROUND: PaneCommand = {
  id: 'next-round',
  label: 'PANE_CMD_NEXT_ROUND',
  hint: 'PANE_CMD_NEXT_ROUND_HINT',
  step: 'after',
  writes: true,
  changesInputs: true,
  run: async (ctx, s) => {
    const { nextRoundCommand } = await import(/* webpackChunkName: "cmd-next-round" */ '../commands/nextRound');
    const outcome = await nextRoundCommand(ctx, { election: s.election ?? '' });
    return { ...outcome, results: outcome.report.elections, nextRound: outcome.created };
  },
};

/** Kiểm tra mã, on an election's card: the fingerprint of its ballot data against the one printed. */
export const VERIFY: PaneCommand = {
  id: 'verify',
  label: 'PANE_CMD_VERIFY',
  hint: 'PANE_CMD_VERIFY_HINT',
  step: 'after',
  writes: false,
  run: async (ctx, s) => {
    const { verifyCommand } = await import(/* webpackChunkName: "cmd-integrity" */ '../commands/verify');
    const outcome = await verifyCommand(ctx, { election: s.election ?? '', fingerprint: s.fingerprint ?? '' });
    const { expected, actual, match } = outcome;
    return { ...outcome, verify: { id: s.election ?? '', expected, actual, match } };
  },
};

/** Chốt kết quả, on a counted election's card. */
export const FINALISE: PaneCommand = {
  id: 'finalise',
  label: 'PANE_CMD_FINALISE',
  hint: 'PANE_CMD_FINALISE_HINT',
  step: 'after',
  writes: true,
  run: async (ctx, s) => {
    const { finaliseCommand } = await import(/* webpackChunkName: "cmd-integrity" */ '../commands/finalise');
    const outcome = await finaliseCommand(ctx, { election: s.election ?? '' });
    const done = outcome.finalised !== null || outcome.warnings.some((w) => w.code === 'ALREADY_FINALISED');
    return {
      ...outcome,
      results: outcome.result ? [outcome.result] : [],
      finalised: done && outcome.result ? [outcome.result.id] : [],
    };
  },
};

export const ALL_COMMANDS: PaneCommand[] = [...PANE_COMMANDS, NEXT_ROUND, VERIFY, FINALISE];

export function commandById(id: string): PaneCommand | undefined {
  return ALL_COMMANDS.find((c) => c.id === id);
}
