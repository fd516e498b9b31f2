/**
 * The commands a face (task pane, standalone page) offers, in one table so each command plugs in
 * the same way. Each entry loads its command lazily: the pane's first script stays small and a
 * command's engine is fetched (from the pane's own origin) the first time it runs.
 */
import type { MessageKey } from '../i18n';
import type { CommandContext, CommandOutcome } from '../commands/types';
import type { ElectionResult } from '../engine/model/results';

export interface Selection {
  /** An election `Mã`, or undefined for all. */
  election?: string;
  /** Kiểm tra mã: the fingerprint as the clerk copied it from the minutes. */
  fingerprint?: string;
  /** Mở lại: why a finalised election whose data changed is counted again (logged). */
  reopen?: string;
}

export interface PaneOutcome extends CommandOutcome {
  /** Tally-like results to summarise (elected names, status, open seats). */
  results?: ElectionResult[];
  /** Elections finalised on exactly these data (their cards say so and offer no Chốt kết quả). */
  finalised?: string[];
  /** Kiểm tra mã: the answer, shown on the election's card. */
  verify?: { id: string; expected: string; actual: string | null; match: boolean };
}

export interface PaneCommand {
  id: string;
  label: MessageKey;
  hint?: MessageKey;
  /** `main` buttons are always visible; `more` ones sit in the fold; `card` ones are on an election's card. */
  group: 'main' | 'more' | 'card';
  /** Whether the run writes to the workbook (false: report only); a writing run names its operator. */
  writes: boolean;
  /** Runs on one election: the picker must name one. */
  needsElection?: boolean;
  run: (ctx: CommandContext, selection: Selection) => Promise<PaneOutcome>;
}

const elections = (s: Selection): string[] | undefined => (s.election ? [s.election] : undefined);

export const PANE_COMMANDS: PaneCommand[] = [
  {
    id: 'tally',
    label: 'PANE_CMD_TALLY',
    hint: 'PANE_CMD_TALLY_HINT',
    group: 'main',
    writes: true,
    run: async (ctx, s) => {
      const { tallyCommand } = await import(/* webpackChunkName: "cmd-tally" */ '../commands/tally');
      const outcome = await tallyCommand(ctx, { elections: elections(s), reopen: s.reopen });
      return { ...outcome, results: outcome.report.elections, finalised: outcome.finalised };
    },
  },
  {
    id: 'before',
    label: 'PANE_CMD_BEFORE',
    hint: 'PANE_CMD_BEFORE_HINT',
    group: 'main',
    writes: false,
    run: async (ctx, s) => {
      const { tallyCommand } = await import(/* webpackChunkName: "cmd-tally" */ '../commands/tally');
      const outcome = await tallyCommand({ ...ctx, write: false }, { elections: elections(s) });
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
    id: 'ballots',
    label: 'PANE_CMD_BALLOTS',
    hint: 'PANE_CMD_BALLOTS_HINT',
    group: 'more',
    writes: true,
    run: async (ctx, s) => {
      const { ballotsCommand } = await import(/* webpackChunkName: "cmd-ballots" */ '../commands/ballots');
      return ballotsCommand(ctx, { elections: elections(s) });
    },
  },
  {
    id: 'check',
    label: 'PANE_CMD_CHECK',
    group: 'more',
    writes: true,
    run: async (ctx) => {
      const { checkCommand } = await import(/* webpackChunkName: "cmd-check" */ '../commands/check');
      return checkCommand(ctx);
    },
  },
  {
    id: 'composition',
    label: 'PANE_CMD_COMPOSITION',
    group: 'more',
    writes: true,
    run: async (ctx) => {
      const { compositionCommand } = await import(/* webpackChunkName: "cmd-composition" */ '../commands/composition');
      return compositionCommand(ctx, {});
    },
  },
  {
    id: 'prepare',
    label: 'PANE_CMD_PREPARE',
    hint: 'PANE_CMD_PREPARE_HINT',
    group: 'more',
    writes: true,
    run: async (ctx) => {
      const { prepareCommand } = await import(/* webpackChunkName: "cmd-prepare" */ '../commands/prepare');
      return prepareCommand(ctx);
    },
  },
  {
    id: 'allocate',
    label: 'PANE_CMD_ALLOCATE',
    group: 'more',
    writes: true,
    run: async (ctx) => {
      const { allocateCommand } = await import(/* webpackChunkName: "cmd-allocate" */ '../commands/allocate');
      return allocateCommand(ctx);
    },
  },
  {
    id: 'testdeck',
    label: 'PANE_CMD_TESTDECK',
    hint: 'PANE_CMD_TESTDECK_HINT',
    group: 'more',
    writes: true,
    needsElection: true,
    run: async (ctx, s) => {
      const { testDeckCommand } = await import(/* webpackChunkName: "cmd-integrity" */ '../commands/testdeck');
      const outcome = await testDeckCommand(ctx, { election: s.election ?? '' });
      return { ...outcome, results: outcome.result ? [outcome.result] : [] };
    },
  },
];

/** Kiểm tra mã, on an election's card: the fingerprint of its ballot data against the one printed. */
export const VERIFY: PaneCommand = {
  id: 'verify',
  label: 'PANE_CMD_VERIFY',
  group: 'card',
  writes: false,
  needsElection: true,
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
  group: 'card',
  writes: true,
  needsElection: true,
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

/** Commands offered for one election after a tie or a shortfall. */
export const NEXT_ROUND: PaneCommand = {
  id: 'next-round',
  label: 'PANE_CMD_NEXT_ROUND',
  group: 'more',
  writes: true,
  run: async (ctx, s) => {
    const { nextRoundCommand } = await import(/* webpackChunkName: "cmd-next-round" */ '../commands/nextRound');
    return nextRoundCommand(ctx, { election: s.election ?? '' });
  },
};
