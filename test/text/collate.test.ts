import {
  ballotOrder,
  compareBallotOrder,
  compareVi,
  fallbackCompare,
  intlVietnameseCompare,
  sortVi,
  splitName,
  stripYearSuffix,
} from '../../src/engine/text/collate';

const NAMES = [
  'Thanh',
  'Thành',
  'Thảnh',
  'Thãnh',
  'Thánh',
  'Thạnh',
  'An',
  'Ánh',
  'Ăn',
  'Âu',
  'Ấu',
  'Ầu',
  'Ậu',
  'Đức',
  'Dũng',
  'Dung',
  'Em',
  'Ê',
  'Ơn',
  'Ô',
  'O',
  'Ư',
  'U',
  'Y',
  'Yến',
  "H'Hen",
  'Ksor',
  'Hen',
  'Hà',
  'Hạ',
  'HA',
  'ha',
  'Ha',
  'Nguyễn Văn An',
  'Nguyễn Văn Ân',
  'Nguyễn Văn  An',
  'Lê An',
  'Lea',
  'ŭ',
  'u',
  'ĕ',
  'e',
  'č',
  'c',
  'Kdăm',
  'Niê',
  'Phương',
  'Phuong',
  'Phượng',
  'Phường',
  '1An',
  'Z',
  'w',
  'x',
  'f',
  'j',
  'Hoa',
  'Hòa',
  'Hoà',
  'Hóa',
  'Hoá',
  'Hỏa',
  'Trần Thị Thu Hương',
  'Trần Thị Hương',
  'Lò Văn Ún',
  'Y Bih Niê Kdăm',
  "H'Maryam Niê",
  'Đặng',
  'Đăng',
  'Dạng',
  'Nguyễn Văn An (1975)',
  'Nguyễn Văn An (1968)',
  'Ưng',
  'Ứng',
  'Ừng',
  'Vũ',
  'Võ',
  'Vỏ',
  'Bình',
  'Bính',
  'Chi',
  'Cường',
  'Gia',
  'Giang',
  'Kiên',
  'Kiến',
  'Khánh',
  'Khanh',
  'Lợi',
  'Lơi',
  'Ngọc',
  'Ngoc',
  'Quế',
  'Quý',
  'Quí',
];

function sign(n: number): number {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

describe('Vietnamese collation', () => {
  const intl = intlVietnameseCompare();

  test('this Node has the Vietnamese tailoring, so both paths are exercised', () => {
    expect(intl).not.toBeNull();
  });

  test('the pure-JS fallback agrees with Intl.Collator("vi") on every pair of a list of names', () => {
    if (!intl) throw new Error('Intl vi missing');
    const disagreements: string[] = [];
    for (const a of NAMES) {
      for (const b of NAMES) {
        if (sign(intl(a, b)) !== sign(fallbackCompare(a, b)))
          disagreements.push(`${a} ? ${b}: intl ${intl(a, b)} fallback ${fallbackCompare(a, b)}`);
      }
    }
    expect(disagreements).toEqual([]);
    expect(sortVi(NAMES, (n) => n, fallbackCompare)).toEqual(sortVi(NAMES, (n) => n, intl));
  });

  test.each([
    ['Intl', () => compareVi],
    ['fallback', () => fallbackCompare],
  ] as const)('%s: alphabet and tone order (anchors §5.1)', (_label, get) => {
    const compare = get();
    const sorted = sortVi(
      ['Đức', 'Dũng', 'Ăn', 'Âu', 'An', 'Ánh', 'Ê', 'Em', 'Ư', 'U', 'Ơn', 'Ô', 'O'],
      (n) => n,
      compare,
    );
    expect(sorted).toEqual(['An', 'Ánh', 'Ăn', 'Âu', 'Dũng', 'Đức', 'Em', 'Ê', 'O', 'Ô', 'Ơn', 'U', 'Ư']);
    const tones = sortVi(['Thạnh', 'Thánh', 'Thãnh', 'Thảnh', 'Thành', 'Thanh'], (n) => n, compare);
    expect(tones).toEqual(['Thanh', 'Thành', 'Thảnh', 'Thãnh', 'Thánh', 'Thạnh']);
  });

  test('a name typed in NFD compares equal to its NFC twin, in both paths', () => {
    const nfc = 'Nguyễn Thị Phượng';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(compareVi(nfc, nfd)).toBe(0);
    expect(fallbackCompare(nfc, nfd)).toBe(0);
  });
});

describe('ballot order of names (regulations §3.6, anchors §5.2)', () => {
  test('splits family, middle and given names; Tên gọi overrides the given name', () => {
    expect(splitName('Nguyễn Thị Thu Hương')).toEqual({ family: 'Nguyễn', middle: ['Thị', 'Thu'], given: 'Hương' });
    expect(splitName("H'Maryam Niê", "H'Maryam")).toEqual({ family: 'Niê', middle: [], given: "H'Maryam" });
    expect(splitName('Nguyễn Văn An (1975)')).toEqual({ family: 'Nguyễn', middle: ['Văn'], given: 'An' });
    expect(stripYearSuffix('Nguyễn Văn An (1975)')).toEqual({ base: 'Nguyễn Văn An', year: 1975 });
  });

  test('given name first, then family name, then middle names, then earlier birth date', () => {
    const list = [
      { name: 'Trần Văn Bình' },
      { name: 'Lê Thị An' },
      { name: 'Nguyễn Văn An (1975)', birthDay: 2000 },
      { name: 'Nguyễn Văn An (1968)', birthDay: -500 },
      { name: 'Nguyễn Thị An' },
      { name: 'Đỗ Minh Đức' },
      { name: 'Đinh Dũng' },
    ];
    expect(ballotOrder(list).map((p) => p.name)).toEqual([
      'Lê Thị An',
      'Nguyễn Thị An',
      'Nguyễn Văn An (1968)',
      'Nguyễn Văn An (1975)',
      'Trần Văn Bình',
      'Đinh Dũng',
      'Đỗ Minh Đức',
    ]);
  });

  test('decision: a tone in the given name decides before the family name (Anh before Ánh)', () => {
    expect(compareBallotOrder({ name: 'Vũ Anh' }, { name: 'An Ánh' })).toBeLessThan(0);
  });

  test('Tên gọi puts an Ê Đê name under its given name', () => {
    const list = [{ name: "H'Maryam Niê", givenName: "H'Maryam" }, { name: 'Nguyễn Văn Lợi' }];
    expect(ballotOrder(list).map((p) => p.name)).toEqual(["H'Maryam Niê", 'Nguyễn Văn Lợi']);
    expect(ballotOrder([{ name: "H'Maryam Niê" }, { name: 'Nguyễn Văn Lợi' }]).map((p) => p.name)).toEqual([
      'Nguyễn Văn Lợi',
      "H'Maryam Niê",
    ]);
  });
});
