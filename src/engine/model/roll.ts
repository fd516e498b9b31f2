/** The convened roll and the counting committee as plain data (WORKBOOK.md `Đại biểu`, `Ban kiểm phiếu`). */
import type { CellRef } from './cellRef';
import type { Session } from './election';

export type Standing = 'Chính thức' | 'Dự bị' | 'Đương nhiên' | 'Dự khuyết';
export type RollStatus =
  'Có mặt' | 'Vắng có lý do' | 'Vắng' | 'Sinh hoạt tạm thời' | 'Miễn sinh hoạt' | 'Đình chỉ' | 'Tạm giam' | 'Thay thế';

/** One row of `Đại biểu`. */
export interface RollEntry {
  name: string;
  unit: string;
  standing: Standing;
  status: RollStatus;
  /** Cell of the row's `Tư cách` (errors about the row point here). */
  cell: CellRef;
}

/** One member of `Ban kiểm phiếu`. */
export interface CounterEntry {
  name: string;
  role: 'Trưởng ban' | 'Ủy viên';
  session: Session;
  cell: CellRef;
}
