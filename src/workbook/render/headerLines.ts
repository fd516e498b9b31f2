/**
 * Breaking a header line into the lines of its block, for both layouts of the minutes (sheet and
 * Word): the congress line breaks between words at sensible places only (WORKBOOK.md "Version 2":
 * "broken between words"; `ĐẢNG BỘ PHƯỜNG PHÚC ĐỒNG` never splits inside the name while it fits).
 */
import type { HeaderLine } from '../../engine/minutes/document';
import { BODY_SIZE } from './pageGrid';
import { metricWidth } from './textWidth';

/**
 * The printed lines of `line` in a block `width` points wide (inside the cell's padding, measured
 * by the font's metrics: each line is printed on one line). Phrases stay whole on a line when
 * they fit (joined to the line before when both fit); a phrase too wide alone breaks between its
 * parts, a part too wide alone between its words. A line without phrases is kept as it is.
 */
export function breakHeaderLine(line: HeaderLine, width: number): string[] {
  if (!line.phrases) return [line.text];
  const size = line.size ?? BODY_SIZE;
  const fits = (text: string) => metricWidth(text, size, Boolean(line.bold)) <= width;
  const lines: string[] = [];
  let current = '';
  const add = (piece: string) => {
    const joined = current ? `${current} ${piece}` : piece;
    if (!current || fits(joined)) current = joined;
    else {
      lines.push(current);
      current = piece;
    }
  };
  // After a phrase that had to be broken, the next starts a line of its own (`LẦN THỨ I` never
  // trails the end of a name).
  let broken = false;
  for (const parts of line.phrases) {
    const phrase = parts.join(' ');
    if (current && !broken && fits(`${current} ${phrase}`)) {
      current = `${current} ${phrase}`;
      continue;
    }
    if (current) lines.push(current);
    current = '';
    broken = !fits(phrase);
    if (!broken) {
      current = phrase;
      continue;
    }
    // Too wide alone: part by part (a part too wide alone, word by word).
    for (const part of parts) {
      if (fits(part)) add(part);
      else for (const word of part.split(' ')) add(word);
    }
  }
  if (current) lines.push(current);
  return lines;
}
