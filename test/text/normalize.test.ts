/** WORKBOOK.md "Labels match forgivingly" and "Person names match exactly". */
import { labelKey, looksLegacyEncoded, personName, sameLabel } from '../../src/engine/text/normalize';

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
