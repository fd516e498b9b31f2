/**
 * What every reader checks of a person's name at its cell: a legacy 8-bit encoding
 * (LEGACY_ENCODING) and invisible characters (BAD_VALUE, issue 13), so that two names that look
 * alike are never silently two people.
 */
import { invisibleCharacters, looksLegacyEncoded } from '../../engine/text/normalize';
import { inputError, type Problem } from '../problems';
import type { CellRef } from '../../engine/model/cellRef';

export function nameProblems(name: string, cell: CellRef | undefined): Problem[] {
  const problems: Problem[] = [];
  if (looksLegacyEncoded(name)) problems.push(inputError('LEGACY_ENCODING', 'LEGACY_ENCODING', cell, { value: name }));
  const hidden = invisibleCharacters(name);
  if (hidden.length)
    problems.push(
      inputError('BAD_VALUE', 'INVISIBLE_CHARACTER', cell, {
        value: name.replace(/[^\p{L}\p{N}\s.'()-]/gu, '·'),
        chars: hidden.join(', '),
      }),
    );
  return problems;
}
