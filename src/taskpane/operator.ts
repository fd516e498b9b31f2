/**
 * Who runs the pane's writing commands (WORKBOOK.md "Integrity": every `Nhật ký` row names the
 * operator). The pane asks once per workbook and keeps the answer in the document's settings
 * (`Office.context.document.settings`, saved with the workbook); the standalone page keeps it
 * for the file it has open. The name can be changed at any time; an empty answer runs nothing.
 */

/** The part of a settings store the pane uses (Office's document settings, or a plain map). */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: string): void;
  /** Persists the settings (Office: `saveAsync`, kept with the document). */
  save(): Promise<void>;
}

export const OPERATOR_SETTING = 'dai-hoi.operator';

/** The name as the log writes it: NFC, trimmed, inner spaces collapsed; null when blank. */
export function cleanOperator(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  return name ? name.slice(0, 100) : null;
}

/** The name kept for this workbook, if any. */
export function storedOperator(store: SettingsStore | null): string | null {
  return store ? cleanOperator(store.get(OPERATOR_SETTING)) : null;
}

/**
 * The operator for a writing run: the name kept for the workbook, else the answer to `ask`
 * (kept for next time). `change` asks even when a name is kept. Null: nobody given, do not run.
 */
export async function operatorFor(
  store: SettingsStore | null,
  ask: (current: string | null) => Promise<string | null>,
  change = false,
): Promise<string | null> {
  const kept = storedOperator(store);
  if (kept && !change) return kept;
  const answer = cleanOperator(await ask(kept));
  if (!answer) return change ? kept : null;
  if (store && answer !== kept) {
    store.set(OPERATOR_SETTING, answer);
    // Kept for this session even when saving fails (a read-only copy): the run goes on.
    await store.save().catch(() => undefined);
  }
  return answer;
}

/** Office's document settings (saved with the workbook by `saveAsync`). */
export function officeSettingsStore(settings: Office.Settings): SettingsStore {
  return {
    get: (name) => settings.get(name) as unknown,
    set: (name, value) => settings.set(name, value),
    save: () =>
      new Promise((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Failed) reject(new Error(result.error.message));
          else resolve();
        });
      }),
  };
}

/** A store in memory: the standalone page's, for the file it has open. */
export function memoryStore(): SettingsStore {
  const values = new Map<string, string>();
  return {
    get: (name) => values.get(name),
    set: (name, value) => {
      values.set(name, value);
    },
    save: () => Promise.resolve(),
  };
}
