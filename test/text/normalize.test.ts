/** WORKBOOK.md "Labels match forgivingly" and "Person names match exactly". */
import fc from 'fast-check';
import {
  cleanText,
  clearTextMemo,
  labelKey,
  looksLegacyEncoded,
  personName,
  sameLabel,
} from '../../src/engine/text/normalize';

test('labels: accents, case, inner spaces, đ and typographic apostrophes are ignored', () => {
  expect(sameLabel('HO VA TEN', 'Họ và tên')).toBe(true);
  expect(sameLabel('  Họ   và\u00a0tên ', 'Họ và tên')).toBe(true);
  expect(sameLabel('Dai hoi', 'Đại hội')).toBe(true);
  expect(sameLabel('D’Hondt', "D'Hondt")).toBe(true);
  expect(sameLabel('Có mặt', 'Vắng')).toBe(false);
  expect(labelKey('Sainte-Laguë')).toBe('sainte-lague');
});

test('names: NFC and spaces only; accents and case matter', () => {
  expect(personName(' Nguyễn  Văn An '.normalize('NFD'))).toBe('Nguyễn Văn An');
  expect(personName('Nguyễn Văn Ân')).not.toBe(personName('Nguyễn Văn An'));
});

test('legacy 8-bit encodings are recognised; minority names are not mistaken for them', () => {
  for (const legacy of ['NguyÔn V¨n An', 'Nguyeãn Vaên An', 'Nguyá»…n VÄƒn An'])
    expect(looksLegacyEncoded(legacy)).toBe(true);
  for (const fine of ["H'Hen Niê", 'Ksor Phước', 'Nguyễn Văn An', 'Lò Văn Giàng', 'Y Ngông Niê Kdăm'])
    expect(looksLegacyEncoded(fine)).toBe(false);
});

describe('the normalisers’ shortcut for clean ASCII is the rule itself', () => {
  // The rule as WORKBOOK.md states it, without the shortcut of normalize.ts.
  const clean = (v: string) =>
    v
      .normalize('NFC')
      .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
      .trim();
  const key = (v: string) =>
    clean(v)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'")
      .toLowerCase();
  const pieces = [
    'A',
    'b',
    '7',
    '`',
    "'",
    '-',
    ' ',
    '  ',
    '\t',
    '\u00a0',
    '\u2007',
    'Đ',
    'ệ',
    'e\u0302\u0323',
    '’',
    '~',
  ];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join(''));

  test('cleanText and labelKey give what the rule gives, on text of those pieces', () => {
    fc.assert(
      fc.property(texts, (text) => {
        clearTextMemo();
        expect(cleanText(text)).toBe(clean(text));
        expect(labelKey(text)).toBe(key(text));
      }),
      { numRuns: 3000 },
    );
  });

  test('ballot numbers and codes come back as they are; a backquote is an apostrophe', () => {
    expect(cleanText('0157')).toBe('0157');
    expect(cleanText(' 0157 ')).toBe('0157');
    expect(labelKey('BCH-2')).toBe('bch-2');
    expect(labelKey('D`Hondt')).toBe("d'hondt");
  });
});
