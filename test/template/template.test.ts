/**
 * The blank template through a real .xlsx: every input sheet and header of the contract, text
 * formats where `-` and `dd/mm/yyyy` are typed, and what the parser says of it when still empty.
 */
import ExcelJS from 'exceljs';
import { TEST_CLOCK } from '../helpers/workbook';
import { PackageHost } from '../../src/hosts/package/packageHost';
import {
  COUNTER_HEADERS,
  ELECTION_HEADERS,
  PERSONNEL_HEADERS,
  ROLL_HEADERS,
  TEMPLATE_SHEETS,
  templateSheetPlans,
  UNIT_HEADERS,
} from '../../src/workbook/render/template';
import { COUNTER_COLUMNS, ELECTION_COLUMNS, readTallyInput, ROLL_COLUMNS } from '../../src/workbook/tallyInput';
import { readPersonnel } from '../../src/workbook/parse/personnel';
import { CONGRESS_CHOICES, CONGRESS_LABELS } from '../../src/workbook/parse/congress';
import { EXAMPLE_ROWS } from '../../src/workbook/exampleRows';
import { COLUMN_GUIDES } from '../../src/workbook/render/columnGuides';
import { parseRoll, ROLL_STATUSES, STANDINGS } from '../../src/workbook/parse/roll';
import { parseElections } from '../../src/workbook/parse/elections';
import { parseCounters } from '../../src/workbook/parse/counters';
import { parseUnits } from '../../src/workbook/parse/units';
import { OFFICES } from '../../src/engine/model/election';
import type { SheetValues } from '../../src/workbook/port';

async function templateWorkbook(): Promise<ExcelJS.Workbook> {
  const host = PackageHost.blank();
  await host.writeOutputs(templateSheetPlans(), []);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(host.toBytes(TEST_CLOCK) as unknown as ArrayBuffer);
  return wb;
}

const headerOf = (ws: ExcelJS.Worksheet, row = 1): string[] => {
  const out: string[] = [];
  ws.getRow(row).eachCell((cell, col) => {
    out[col - 1] = String(cell.value);
  });
  return out;
};

describe('template workbook', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await templateWorkbook();
  });
  const sheet = (name: string): ExcelJS.Worksheet => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`missing ${name}`);
    return ws;
  };

  test('holds every input sheet in order', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(TEMPLATE_SHEETS);
    expect(TEMPLATE_SHEETS).toEqual([
      'Đại hội',
      'Đại biểu',
      'Ban kiểm phiếu',
      'Nhân sự',
      'Bầu cử',
      'Phiếu BCH',
      'Chi bộ',
    ]);
  });

  test("uses the parser's own header lists", () => {
    expect(ROLL_HEADERS).toEqual(ROLL_COLUMNS);
    expect(COUNTER_HEADERS).toEqual(COUNTER_COLUMNS);
    expect(ELECTION_HEADERS).toEqual(ELECTION_COLUMNS);
  });

  test('every table has its headers, bold, in contract order', () => {
    const expected: [string, readonly string[]][] = [
      ['Đại biểu', ['STT', 'Họ và tên', 'Chi bộ', 'Tư cách', 'Tình trạng']],
      ['Ban kiểm phiếu', COUNTER_COLUMNS],
      ['Nhân sự', PERSONNEL_HEADERS],
      ['Bầu cử', ELECTION_COLUMNS],
      ['Phiếu BCH', ['Số phiếu', 'Tổ', 'Không hợp lệ']],
      ['Chi bộ', UNIT_HEADERS],
    ];
    for (const [name, header] of expected) {
      const ws = sheet(name);
      expect(headerOf(ws)).toEqual([...header]);
      header.forEach((_, c) => expect(ws.getCell(1, c + 1).font?.bold).toBe(true));
    }
    expect(PERSONNEL_HEADERS).toEqual([
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Dân tộc',
      'Trình độ chuyên môn',
      'Lý luận chính trị',
      'Cấp ủy khóa trước',
      'Đảng viên',
      'Nguồn',
      'Tên gọi',
      // Extension (docs/CONTRACT-EXTENSIONS.md): the elections whose list the person is on.
      'Danh sách bầu',
    ]);
    expect(UNIT_HEADERS).toEqual([
      'Chi bộ',
      'Đảng viên chính thức',
      'Đảng viên dự bị',
      'Tối thiểu',
      'Cộng thêm',
      'Cấp ủy viên đương nhiệm',
    ]);
  });

  test('Đại hội lists every label in column A with a hint in column C, values as text', () => {
    const ws = sheet('Đại hội');
    expect(headerOf(ws)).toEqual(['Thông tin', 'Giá trị', 'Ghi chú']);
    const labels: string[] = [];
    for (let r = 2; r <= ws.rowCount; r++) {
      labels.push(String(ws.getCell(r, 1).value));
      expect(String(ws.getCell(r, 3).value ?? '')).not.toBe('');
      expect(ws.getCell(r, 2).numFmt).toBe('@');
      expect(ws.getCell(r, 2).value ?? null).toBeNull();
    }
    expect(labels).toEqual([...CONGRESS_LABELS]);
  });

  test('marks and dates are typed as text', () => {
    const ballots = sheet('Phiếu BCH');
    for (const [r, c] of [
      [2, 1],
      [2, 3],
      [2, 4],
      [200, 10],
      [501, 60],
    ])
      expect(ballots.getCell(r, c).numFmt).toBe('@');
    const people = sheet('Nhân sự');
    expect(people.getCell(2, 2).numFmt).toBe('@'); // Ngày sinh
    expect(people.getCell(300, 2).numFmt).toBe('@');
    const elections = sheet('Bầu cử');
    expect(elections.getCell(2, ELECTION_COLUMNS.indexOf('Kết thúc kiểm phiếu') + 1).numFmt).toBe('@');
    expect(elections.getCell(2, ELECTION_COLUMNS.indexOf('Số biên bản') + 1).numFmt).toBe('@'); // `01`
  });

  test('each table starts with an example row in grey italics; the parsers skip it until it is edited', async () => {
    const host = PackageHost.open(new Uint8Array(await wb.xlsx.writeBuffer()));
    const names = Object.keys(EXAMPLE_ROWS);
    expect(names).toEqual(['Đại biểu', 'Ban kiểm phiếu', 'Nhân sự', 'Bầu cử', 'Chi bộ']);
    const values = await host.readSheets(names);
    for (const name of names) {
      const ws = sheet(name);
      const header = headerOf(ws);
      for (const [label, value] of Object.entries(EXAMPLE_ROWS[name])) {
        const cell = ws.getCell(2, header.indexOf(label) + 1);
        expect({ name, label, value: String(cell.value) }).toEqual({ name, label, value });
        expect(cell.font?.italic).toBe(true);
      }
    }
    const edited = (name: string, label: string, value: string): SheetValues => {
      const rows = (values.get(name) ?? []).map((r) => [...r]);
      rows[1][(rows[0] as string[]).indexOf(label)] = value;
      return rows;
    };
    expect(parseRoll('Đại biểu', values.get('Đại biểu') ?? [], 'Đại hội đảng viên').roll).toEqual([]);
    expect(parseRoll('Đại biểu', edited('Đại biểu', 'Họ và tên', 'Lê Văn C'), 'Đại hội đảng viên').roll).toHaveLength(
      1,
    );
    expect(parseCounters('Ban kiểm phiếu', values.get('Ban kiểm phiếu') ?? []).counters).toEqual([]);
    expect(parseElections('Bầu cử', values.get('Bầu cử') ?? []).elections).toEqual([]);
    const election = parseElections('Bầu cử', edited('Bầu cử', 'Số lượng cần bầu', '9')).elections;
    expect(election.map((e) => [e.id, e.seats])).toEqual([['VD', 9]]);
    expect(parseUnits('Chi bộ', values.get('Chi bộ') ?? []).units).toEqual([]);
    expect(parseUnits('Chi bộ', edited('Chi bộ', 'Đảng viên chính thức', '31')).units).toHaveLength(1);
  });

  test('every header says what goes in its column; every coded column offers the parser’s values', () => {
    type Dv = { type?: string; formulae?: string[]; promptTitle?: string; prompt?: string; errorStyle?: string };
    const model = (ws: ExcelJS.Worksheet) =>
      (ws as unknown as { dataValidations: { model: Record<string, Dv | undefined> } }).dataValidations.model;
    for (const [name, guide] of Object.entries(COLUMN_GUIDES)) {
      const ws = sheet(name);
      const dv = model(ws);
      headerOf(ws).forEach((label, c) => {
        const col = String.fromCharCode(65 + c);
        const prompt = dv[`${col}1`];
        expect({ name, label, prompt: prompt?.prompt }).toEqual({ name, label, prompt: guide.prompts[label] });
        expect((prompt?.promptTitle ?? '').length).toBeLessThanOrEqual(32);
        expect((prompt?.prompt ?? '').length).toBeLessThanOrEqual(255);
        const list = guide.lists?.[label];
        if (!list) return;
        for (const row of [2, 300]) {
          const cell = dv[`${col}${row}`];
          expect({ name, label, type: cell?.type, style: cell?.errorStyle }).toEqual({
            name,
            label,
            type: 'list',
            style: 'warning',
          });
          expect(cell?.formulae?.[0]).toBe(`"${list.join(',')}"`);
        }
        expect(list.join(',').length).toBeLessThanOrEqual(255);
        expect(list.some((v) => v.includes(','))).toBe(false);
      });
    }
    // The lists are the parsers' own.
    expect(COLUMN_GUIDES['Đại biểu'].lists?.['Tư cách']).toEqual(STANDINGS);
    expect(COLUMN_GUIDES['Đại biểu'].lists?.['Tình trạng']).toEqual(ROLL_STATUSES);
    expect(COLUMN_GUIDES['Bầu cử'].lists?.['Chức danh']).toEqual(OFFICES);
    // Đại hội: a drop-down on each coded label's value, except where a value holds a comma.
    const congress = sheet('Đại hội');
    const dv = model(congress);
    for (let r = 2; r <= congress.rowCount; r++) {
      const label = String(congress.getCell(r, 1).value) as keyof typeof CONGRESS_CHOICES;
      const choices: readonly string[] | undefined = CONGRESS_CHOICES[label];
      const expected = choices && !choices.some((v) => v.includes(',')) ? `"${choices.join(',')}"` : undefined;
      expect({ label, list: dv[`B${r}`]?.formulae?.[0] }).toEqual({ label, list: expected });
    }
    expect(dv.B4?.formulae?.[0]).toBe('"Đại hội đảng viên,Đại hội đại biểu,Hội nghị"');
  });

  test('through the parser: only clear errors that say what to type first', async () => {
    const host = PackageHost.open(new Uint8Array(await wb.xlsx.writeBuffer()));
    const { problems } = await readTallyInput(host);
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((e) => e.cell)).toEqual(["'Đại hội'!B3", "'Đại hội'!B4", "'Bầu cử'!A2"]);
    expect(errors.every((e) => e.code === 'BAD_VALUE')).toBe(true);
    const personnel = await readPersonnel(host, await host.sheetNames());
    expect(personnel.problems).toEqual([]);
    expect(personnel.people).toEqual([]);
  });
});
