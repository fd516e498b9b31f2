/**
 * All string tables. A domain adds its table here (one import, one spread in each language).
 */
import type { EngineMessageId } from '../engine/findings/messages';
import { interpolate, type Lang, type Params } from './define';
import { commonMessages } from './common';
import { paneMessages } from './pane';
import { tallyMessages } from './tally';
import { nomineeMessages } from './nominees';
import { minutesMessages } from './minutes';
import { parseMessages } from './parse';
import { allocationMessages } from './allocation';
import { fileMessages } from './files';
import { prepareMessages } from './prepare';
import { workflowMessages } from './workflow';
import { cliMessages } from './cli';
import { personnelBallotMessages } from './personnelBallots';
import { integrityMessages } from './integrity';

const tables = [
  commonMessages,
  tallyMessages,
  paneMessages,
  nomineeMessages,
  minutesMessages,
  parseMessages,
  allocationMessages,
  fileMessages,
  prepareMessages,
  workflowMessages,
  cliMessages,
  personnelBallotMessages,
  integrityMessages,
] as const;

type KeysOf<T> = T extends { vi: Record<infer K, string> } ? K : never;
export type MessageKey = KeysOf<(typeof tables)[number]>;

/**
 * Every message the engine can give has its text here (engine/findings/messages.ts): a message
 * without one fails the build, naming it. The parameters are checked by test/i18n/engine.test.ts.
 */
type EngineMessagesWithoutText = Exclude<EngineMessageId, MessageKey>;
export const EVERY_ENGINE_MESSAGE_HAS_TEXT: [EngineMessagesWithoutText] extends [never]
  ? true
  : EngineMessagesWithoutText = true;

const merged: Record<Lang, Record<string, string>> = { vi: {}, en: {} };
for (const table of tables) {
  for (const lang of ['vi', 'en'] as const) {
    for (const [key, text] of Object.entries(table[lang] as Record<string, string>)) {
      if (merged[lang][key] !== undefined) throw new Error(`duplicate message key ${key}`);
      merged[lang][key] = text;
    }
  }
}

export function t(lang: Lang, key: MessageKey, params?: Params): string {
  return interpolate(merged[lang][key] ?? merged.vi[key] ?? key, params);
}

/** The text of a message as written, placeholders unfilled (for tests of the tables). */
export function template(lang: Lang, key: MessageKey): string {
  return merged[lang][key];
}

export { langFromLocale } from './define';
export type { Lang, Params } from './define';
