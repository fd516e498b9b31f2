/**
 * The ribbon's buttons open the pane on their view (manifest.xml: `taskpane.html?view=tally`,
 * `?view=allocate`, `?view=check`): the step that holds the command is opened and the command's
 * button gets the focus. A step's id opens the step alone.
 */
import { type CommandId, commandById, STEP_IDS, type StepId } from './commandTable';

export interface View {
  step: StepId;
  command?: CommandId;
}

export function viewFromSearch(search: string): View | null {
  const value = new URLSearchParams(search).get('view');
  if (!value) return null;
  // A step's id first: `prepare` and `before` name a step and a command in it.
  const step = STEP_IDS.find((s) => s === value);
  if (step) return { step };
  const command = commandById(value);
  return command ? { step: command.step, command: command.id } : null;
}
