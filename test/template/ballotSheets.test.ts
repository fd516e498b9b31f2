/**
 * Tạo trang phiếu (issue 11): each `Bầu cử` row gets its ballot sheet, headed with the people
 * `Nhân sự` lists for it (column `Danh sách bầu`) in ballot order; existing sheets with names or
 * ballots are never touched; a bare one is replaced; a list nobody is on is said so, at the cell.
 */
import { ballotSheetsCommand, isBareBallotSheet } from '../../src/commands/ballotSheets';
import { listCodes } from '../../src/workbook/parse/candidateLists';
import type { CommandContext } from '../../src/commands/types';
import { PackageHost } from '../../src/hosts/package/packageHost';
import { tallyCommand } from '../../src/commands/tally';
import { allValues, type Cell, TEST_CLOCK, workbookFrom } from '../helpers/workbook';

const ctxOf = (host: PackageHost, write = true): CommandContext => ({
  port: host,
  lang: 'vi',
  now: () => new Date(0),
  write,
});

function congress(extra: Record<string, Cell[][]> = {}): Record<string, Cell[][]> {
  return {
    'Đại hội': [
      ['Tổ chức đảng', 'Chi bộ khu dân cư số 5'],
      ['Loại đại hội', 'Đại hội đảng viên'],
      ['Ngày', '12/05/2025'],
    ],
    'Đại biểu': [
      ['Họ và tên', 'Tư cách'],
      ...['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em'].map((n) => [
        n,
        'Chính thức',
      ]),
    ],
    'Bầu cử': [
      ['Mã', 'Cuộc bầu cử', 'Chức danh', 'Số lượng cần bầu', 'Phiếu phát ra', 'Hình thức nhập'],
      ['CU', 'Bầu Chi ủy', 'Chi ủy', 3, 5, null],
      ['BT', 'Bầu Bí thư', 'Bí thư', 1, 5, 'Tổng hợp'],
    ],
    'Nhân sự': [
      ['Họ và tên', 'Ngày sinh', 'Danh sách bầu'],
      // Out of order on purpose: the sheet is headed in ballot order (given name A, B, C…).
      ['Phạm Thị Dung', '1980', 'CU'],
      ['Nguyễn Văn An', '1970', 'CU, BT'],
      ['Lê Văn Cường', '1975', 'cu'],
      ['Trần Thị Bình', '1972', 'CU; XY'],
    ],
    ...extra,
  };
}

describe('ballot sheets from Bầu cử and Nhân sự', () => {
  test('one sheet per row, names in ballot order, keyed sheets as text, subtotals for Tổng hợp', async () => {
    const host = await workbookFrom(congress());
    const outcome = await ballotSheetsCommand(ctxOf(host));
    expect(outcome.errors).toEqual([]);
    expect(outcome.created).toEqual([
      { id: 'CU', sheet: 'Phiếu CU', names: 4 },
      { id: 'BT', sheet: 'Phiếu BT', names: 1 },
    ]);
    const values = await allValues(PackageHost.open(host.toBytes(TEST_CLOCK)));
    expect(values.get('Phiếu CU')?.[0]).toEqual([
      'Số phiếu',
      'Tổ',
      'Nguyễn Văn An',
      'Trần Thị Bình',
      'Lê Văn Cường',
      'Phạm Thị Dung',
      'Không hợp lệ',
    ]);
    expect(values.get('Phiếu BT')?.[0]).toEqual([
      'Tổ kiểm phiếu',
      'Phiếu thu vào',
      'Phiếu không hợp lệ',
      'Nguyễn Văn An',
    ]);
    // `XY` is no election's code: said at its cell, not silently dropped.
    expect(outcome.warnings).toEqual([
      expect.objectContaining({ code: 'BAD_VALUE', message: 'LISTS_UNKNOWN_CODE', cell: "'Nhân sự'!C5" }),
    ]);
    // The new workbook tallies: both elections at the zero report.
    const tally = await tallyCommand(ctxOf(host, false));
    expect(tally.errors).toEqual([]);
    expect(tally.results.map((r) => [r.id, r.status, r.candidates.length])).toEqual([
      ['CU', 'zero', 4],
      ['BT', 'zero', 1],
    ]);
  });

  test('a sheet with names or ballots is kept; a bare one is replaced once the list is known', async () => {
    const host = await workbookFrom(
      congress({
        'Phiếu CU': [
          ['Số phiếu', 'Nguyễn Văn An', 'Không hợp lệ'],
          [1, 'x'],
        ],
        'Phiếu BT': [['Tổ kiểm phiếu', 'Phiếu thu vào', 'Phiếu không hợp lệ']],
      }),
    );
    const before = (await allValues(host)).get('Phiếu CU');
    const outcome = await ballotSheetsCommand(ctxOf(host));
    expect(outcome.kept).toEqual(['Phiếu CU']);
    expect(outcome.created).toEqual([{ id: 'BT', sheet: 'Phiếu BT', names: 1 }]);
    const after = await allValues(PackageHost.open(host.toBytes(TEST_CLOCK)));
    expect(after.get('Phiếu CU')).toEqual(before);
    expect(after.get('Phiếu BT')?.[0]).toEqual([
      'Tổ kiểm phiếu',
      'Phiếu thu vào',
      'Phiếu không hợp lệ',
      'Nguyễn Văn An',
    ]);
    // Run again: nothing left to create, nothing written.
    const again = await ballotSheetsCommand(ctxOf(host));
    expect(again).toMatchObject({ created: [], written: false, kept: ['Phiếu CU', 'Phiếu BT'] });
  });

  test('without a Danh sách bầu column the sheet comes without names, and the warning says where they go', async () => {
    const sheets = congress();
    sheets['Nhân sự'] = [['Họ và tên'], ['Nguyễn Văn An']];
    const host = await workbookFrom(sheets);
    const outcome = await ballotSheetsCommand(ctxOf(host));
    expect(outcome.created.map((c) => c.names)).toEqual([0, 0]);
    expect(outcome.warnings.map((w) => [w.message, w.cell])).toEqual([
      ['BALLOT_SHEET_NO_COLUMN', "'Phiếu CU'!C1"],
      ['BALLOT_SHEET_NO_COLUMN', "'Phiếu BT'!D1"],
    ]);
    const values = await allValues(PackageHost.open(host.toBytes(TEST_CLOCK)));
    expect(values.get('Phiếu CU')?.[0]).toEqual(['Số phiếu', 'Tổ', 'Không hợp lệ']);
    // Once the column is filled, the bare sheet is made again with the names.
    expect(isBareBallotSheet(values.get('Phiếu CU') ?? [])).toBe(true);
  });

  test('errors of Bầu cử stop it, and without Bầu cử it says which sheet is missing', async () => {
    const sheets = congress();
    sheets['Bầu cử'][1][2] = 'Chi uy vien';
    const bad = await ballotSheetsCommand(ctxOf(await workbookFrom(sheets)));
    expect(bad.errors.map((e) => e.cell)).toEqual(["'Bầu cử'!C2"]);
    expect(bad.written).toBe(false);
    const none = await ballotSheetsCommand(ctxOf(await workbookFrom({ 'Đại hội': [['Tổ chức đảng', 'X']] })));
    expect(none.errors).toEqual([expect.objectContaining({ code: 'MISSING_SHEET', params: { sheet: 'Bầu cử' } })]);
  });

  test('codes in one cell: commas, semicolons or spaces', () => {
    expect(listCodes('BCH, DB;DBDK  YK-BCH')).toEqual(['BCH', 'DB', 'DBDK', 'YK-BCH']);
    expect(listCodes('  ')).toEqual([]);
  });
});
