import { type CellStyle, emptyPlan, type PlanValue, type Rect, setValue, type SheetPlan } from '../sheetPlan';

/** Row-by-row construction of a SheetPlan, for renderers that lay out a report top to bottom. */
export class PlanBuilder {
  readonly plan: SheetPlan;
  row = 0;

  constructor(name: string, columnWidths: number[], defaultStyle?: CellStyle) {
    this.plan = emptyPlan(name);
    this.plan.columnWidths = columnWidths;
    if (defaultStyle) this.plan.defaultStyle = defaultStyle;
  }

  /** Writes a row of values starting at column 0 and moves down; returns the row written. */
  line(values: PlanValue[], style?: CellStyle): number {
    const r = this.row;
    values.forEach((v, c) => setValue(this.plan, r, c, v));
    if (values.length === 0) setValue(this.plan, r, 0, null);
    if (style) this.style({ row: r, col: 0, cols: Math.max(1, values.length) }, style);
    this.row++;
    return r;
  }

  /** A value merged across `cols` columns. */
  merged(value: PlanValue, cols: number, style?: CellStyle): number {
    const r = this.row;
    setValue(this.plan, r, 0, value);
    if (cols > 1) this.plan.merges.push({ row: r, col: 0, cols });
    if (style) this.style({ row: r, col: 0, cols }, style);
    this.row++;
    return r;
  }

  blank(count = 1): void {
    for (let i = 0; i < count; i++) this.line([]);
  }

  style(range: Rect, style: CellStyle): void {
    this.plan.styles.push({ range, style });
  }

  height(row: number, points: number): void {
    this.plan.rowHeights = { ...(this.plan.rowHeights ?? {}), [row]: points };
  }
}
