/**
 * Where a value came from, quoted as the clerk sees it (`'Phiếu BCH'!D17`). The engine never reads
 * or builds one: it only carries the references the workbook layer gave it, so that a finding can
 * point at its cell.
 */
export type CellRef = string;
