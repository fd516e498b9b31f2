import { labelKey } from '../engine/text/normalize';

/**
 * WORKBOOK.md "Output sheets": written after the input sheets, in this order: `Kết quả <Mã>` and
 * `Biên bản <Mã>` per election (in `Bầu cử` order), `Mẫu phiếu <Mã>`, `Phân bổ đại biểu`,
 * `Kiểm tra danh sách`, `Cơ cấu <Mã>`, `Nhật ký`.
 */
export const OUTPUT_PREFIXES = ['Kết quả ', 'Biên bản ', 'Mẫu phiếu ', 'Cơ cấu '] as const;
export const OUTPUT_SINGLES = ['Phân bổ đại biểu', 'Kiểm tra danh sách', 'Nhật ký'] as const;

/** The rank of an output sheet (null for an input sheet). Per-election sheets keep their relative order. */
export function outputRank(name: string): number | null {
  const key = labelKey(name);
  if (key.startsWith(labelKey('Kết quả '))) return 1;
  if (key.startsWith(labelKey('Biên bản '))) return 1;
  if (key.startsWith(labelKey('Mẫu phiếu '))) return 2;
  if (key === labelKey('Phân bổ đại biểu')) return 3;
  if (key === labelKey('Kiểm tra danh sách')) return 4;
  if (key.startsWith(labelKey('Cơ cấu '))) return 5;
  if (key === labelKey('Nhật ký')) return 6;
  return null;
}

export function isOutputSheet(name: string): boolean {
  return outputRank(name) !== null;
}

/**
 * Input sheets first in their order, then outputs by rank; within a rank the order given is kept
 * (the commands emit per-election sheets in `Bầu cử` order).
 */
export function orderOutputSheets(names: string[]): string[] {
  const inputs = names.filter((n) => outputRank(n) === null);
  const outputs = names
    .map((name, index) => ({ name, index, rank: outputRank(name) ?? 0 }))
    .filter((x) => outputRank(x.name) !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
  return [...inputs, ...outputs.map((o) => o.name)];
}
