/** The composition of a body (WORKBOOK.md "Composition"), as the JSON report prints it. */
export type DimensionName =
  'Giới tính' | 'Độ tuổi' | 'Tái cử' | 'Trình độ chuyên môn' | 'Dân tộc' | 'Lý luận chính trị';

export interface CompositionRow {
  label: string;
  count: number;
  /** Two decimals; the rows of a dimension sum to exactly 100 (0 when the body is empty). */
  percent: number;
}

export interface Dimension {
  dimension: DimensionName;
  rows: CompositionRow[];
}

export const UNKNOWN = 'Không rõ';
