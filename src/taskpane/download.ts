import type { PaneFile } from './commandTable';
import { el } from './dom';

/**
 * Saves bytes as a file through a temporary link. Browsers, the standalone page and Excel on the
 * web do this; Excel's desktop webview may refuse downloads (addin-engineering.md §4.6), where
 * the `minutes` command line or the standalone page gives the same Word file.
 */
export function saveFile(name: string, file: Pick<PaneFile, 'bytes' | 'type'>): void {
  const blob = new Blob([file.bytes as BlobPart], { type: file.type });
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
