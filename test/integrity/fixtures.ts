/**
 * Small congresses for the integrity tests: 21 official members all present (D = 21), a counting
 * committee, and elections of every ballot type, with their ballot sheets as given.
 */
import type { Cell } from '../helpers/workbook';

export const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em'];
export const NOW = (): Date => new Date(Date.UTC(2025, 9, 15, 9, 30));
export const LATER = (): Date => new Date(Date.UTC(2025, 9, 15, 11, 0));
export const MEMBERS = 21;

export interface ElectionSpec {
  id: string;
  title?: string;
  office: string;
  seats: number | null;
  candidates: string[];
  ballotType?: string;
  entryMode?: 'Từng phiếu' | 'Tổng hợp';
  issued?: number | null;
  /** Ballot sheet rows under the header; empty for an empty sheet. */
  ballots?: Cell[][];
  /** A `Tổ` column after `Số phiếu`. */
  teams?: boolean;
  /** A `Không hợp lệ` column (default true). */
  rulings?: boolean;
  /** `Tổng hợp`: reason columns `Không hợp lệ: <lý do>`. */
  reasonColumns?: string[];
  feeds?: string;
  round?: number;
  previous?: string;
}

export function congress(elections: ElectionSpec[], extra: Record<string, Cell[][]> = {}): Record<string, Cell[][]> {
  const roll: Cell[][] = [['STT', 'Họ và tên', 'Chi bộ', 'Tư cách', 'Tình trạng']];
  for (let i = 0; i < MEMBERS; i++)
    roll.push([i + 1, i < NAMES.length ? NAMES[i] : `Đảng viên ${i + 1}`, 'Chi bộ 1', 'Chính thức', 'Có mặt']);
  const sheets: Record<string, Cell[][]> = {
    'Đại hội': [
      ['Tổ chức đảng', 'Chi bộ Khu dân cư số 3'],
      ['Loại đại hội', 'Đại hội đảng viên'],
      ['Nhiệm kỳ', '2025 - 2030'],
      ['Địa danh', 'Long Biên'],
      ['Ngày', '15/10/2025'],
    ],
    'Đại biểu': roll,
    'Ban kiểm phiếu': [
      ['Họ và tên', 'Nhiệm vụ'],
      ['Đảng viên 20', 'Trưởng ban'],
      ['Đảng viên 21', 'Ủy viên'],
    ],
    'Bầu cử': [
      [
        'Mã',
        'Cuộc bầu cử',
        'Chức danh',
        'Số lượng cần bầu',
        'Phiếu phát ra',
        'Trang phiếu',
        'Hình thức nhập',
        'Loại phiếu',
        'Cho cuộc bầu',
        'Lần bầu',
        'Vòng trước',
      ],
      ...elections.map((e) => [
        e.id,
        e.title ?? `Bầu ${e.office}`,
        e.office,
        e.seats,
        e.issued === undefined ? MEMBERS : e.issued,
        `Phiếu ${e.id}`,
        e.entryMode ?? 'Từng phiếu',
        e.ballotType ?? null,
        e.feeds ?? null,
        e.round ?? null,
        e.previous ?? null,
      ]),
    ],
  };
  for (const e of elections) {
    const header: Cell[] =
      e.entryMode === 'Tổng hợp'
        ? [
            'Tổ kiểm phiếu',
            'Phiếu thu vào',
            'Phiếu không hợp lệ',
            ...(e.reasonColumns ?? []).map((r) => `Không hợp lệ: ${r}`),
            ...e.candidates,
          ]
        : ['Số phiếu', ...(e.teams ? ['Tổ'] : []), ...e.candidates, ...(e.rulings === false ? [] : ['Không hợp lệ'])];
    sheets[`Phiếu ${e.id}`] = [header, ...(e.ballots ?? [])];
  }
  return { ...sheets, ...extra };
}

/** The strike-through election most tests use: 3 seats from 5, 21 ballots, each striking two names. */
export function strikeBallots(count = MEMBERS): Cell[][] {
  return Array.from({ length: count }, (_, b) => [
    String(b + 1),
    ...NAMES.map((_, i) => ((b + i) % 5 === 0 || (b + i) % 5 === 1 ? 'x' : null)),
    null,
  ]);
}

export const STRIKE: ElectionSpec = {
  id: 'CU',
  title: 'Bầu Chi ủy',
  office: 'Chi ủy',
  seats: 3,
  candidates: NAMES,
  ballots: strikeBallots(),
};
