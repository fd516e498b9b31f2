import { readPersonnel } from '../../src/workbook/parse/personnel';
import { workbookFrom } from '../helpers/workbook';

const HEAD = [
  'STT',
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
];

describe('Nhân sự sheet (real .xlsx through exceljs)', () => {
  test('reads every column, dates as text, Excel dates and years alone; forgiving labels', async () => {
    const host = await workbookFrom({
      'NHAN SU': [
        ['DANH SÁCH TRÍCH NGANG'],
        HEAD.map((h) => h.toUpperCase()),
        [
          1,
          'Nguyễn Thị Hoa',
          '05/03/1975',
          'nữ',
          'Kinh',
          'Trên đại học',
          'Cao cấp',
          'x',
          'Chính thức',
          'Cấp ủy giới thiệu',
          null,
        ],
        [2, "H'Maryam Niê", 1980, 'Nữ', 'Ê Đê', 'Cao đẳng, đại học', null, null, 'chinh thuc', 'Ứng cử', "H'Maryam"],
        [
          3,
          'Trần Văn Nam'.normalize('NFD'),
          new Date(Date.UTC(1968, 11, 31)),
          'Nam',
          'Kinh',
          null,
          'Trung cấp',
          null,
          'Dự bị',
          'Đại hội đề cử',
          null,
        ],
      ],
    });
    const { people, problems } = await readPersonnel(host);
    expect(problems).toEqual([]);
    expect(people).not.toBeNull();
    const [a, b, c] = people ?? [];
    expect(a).toMatchObject({
      name: 'Nguyễn Thị Hoa',
      gender: 'Nữ',
      incumbent: true,
      theory: 'Cao cấp',
      membership: 'Chính thức',
      source: 'Cấp ủy giới thiệu',
      birth: { date: { year: 1975, month: 3, day: 5 }, yearOnly: false },
    });
    expect(a.cells.name).toBe("'NHAN SU'!B3");
    expect(b).toMatchObject({
      birth: { date: { year: 1980, month: 1, day: 1 }, yearOnly: true },
      givenName: "H'Maryam",
      theory: '',
      membership: 'Chính thức',
      source: 'Ứng cử',
    });
    expect(c).toMatchObject({
      name: 'Trần Văn Nam',
      membership: 'Dự bị',
      birth: { date: { year: 1968, month: 12, day: 31 } },
    });
  });

  test('bad values are input errors naming their cells; a repeated name is DUPLICATE_NAME', async () => {
    const host = await workbookFrom({
      'Nhân sự': [
        HEAD,
        [1, 'Lê Văn An', '31/02/1970', 'Male', 'Kinh', null, 'Cử nhân', 'có', 'Chính thức', 'Tự ứng cử', null],
        [2, 'Lê Văn An', null, 'Nam', null, null, null, null, null, null, null],
        [3, 'Lê văn an', null, 'Nam', null, null, null, null, null, null, null],
        [4, 'NguyÔn V¨n B×nh', null, null, null, null, null, null, null, null, null],
      ],
    });
    const { people, problems } = await readPersonnel(host);
    expect(problems.map((p) => [p.severity, p.code, p.cell])).toEqual([
      ['error', 'BAD_VALUE', "'Nhân sự'!C2"],
      ['error', 'BAD_VALUE', "'Nhân sự'!D2"],
      ['error', 'BAD_VALUE', "'Nhân sự'!G2"],
      ['error', 'BAD_VALUE', "'Nhân sự'!J2"],
      ['error', 'DUPLICATE_NAME', "'Nhân sự'!B3"],
      ['warning', 'NEAR_DUPLICATE_NAME', "'Nhân sự'!B4"],
      ['error', 'LEGACY_ENCODING', "'Nhân sự'!B5"],
    ]);
    expect(people?.[0].incumbent).toBe(true);
  });

  test('no sheet: people null, no problem', async () => {
    const host = await workbookFrom({ 'Đại hội': [['Tổ chức đảng', 'X']] });
    expect(await readPersonnel(host)).toEqual({ people: null, problems: [] });
  });
});
