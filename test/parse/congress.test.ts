/**
 * `Đại hội` in version 2 of the contract: the new settings and level, line breaks in
 * `Tên đại hội trên văn bản`, and `Dự khuyết cần quá bán` = `Không` refused under 190-QĐ/TW.
 */
import { parseCongress } from '../../src/workbook/parse/congress';
import { DEFAULT_SETTINGS } from '../../src/engine/model/settings';
import { t } from '../../src/i18n';

const BASE: [string, string][] = [
  ['Tổ chức đảng', 'Đảng bộ phường Phúc Đồng'],
  ['Loại đại hội', 'Đại hội đại biểu'],
];
const parse = (extra: [string, string][]) => parseCongress([...BASE, ...extra]);

describe('Đại hội, version 2', () => {
  test('defaults: no superior line on the minutes, a majority after a tie, the fingerprint printed', () => {
    const { congress, problems } = parse([]);
    expect(problems).toEqual([]);
    expect(congress.settings).toMatchObject({
      printSuperiorOnMinutes: false,
      tieRevote: 'Quá bán',
      printFingerprint: true,
    });
    expect(DEFAULT_SETTINGS).toMatchObject({
      printSuperiorOnMinutes: false,
      tieRevote: 'Quá bán',
      printFingerprint: true,
    });
  });

  test('the new settings, forgivingly matched', () => {
    const { congress, problems } = parse([
      ['In đảng bộ cấp trên trên biên bản', 'có'],
      ['BAU LAI KHI BANG PHIEU', 'nhieu phieu hon'],
      ['In mã kiểm tra', 'Không'],
    ]);
    expect(problems).toEqual([]);
    expect(congress.settings).toMatchObject({
      printSuperiorOnMinutes: true,
      tieRevote: 'Nhiều phiếu hơn',
      printFingerprint: false,
    });
    expect(congress.given.has('tieRevote')).toBe(true);
  });

  test('a bad value of a new setting is BAD_VALUE at its cell', () => {
    const { problems } = parse([['Bầu lại khi bằng phiếu', 'Bốc thăm']]);
    expect(problems.map((p) => [p.code, p.cell])).toEqual([['BAD_VALUE', "'Đại hội'!B3"]]);
  });

  test('Cấp đại hội: Xã, phường, đặc khu; version 1 wrote the same level Xã, phường', () => {
    expect(parse([['Cấp đại hội', 'Xã, phường, đặc khu']]).congress.level).toBe('Xã, phường, đặc khu');
    expect(parse([['Cấp đại hội', 'xa, phuong, dac khu']]).congress.level).toBe('Xã, phường, đặc khu');
    expect(parse([['Cấp đại hội', 'Xã, phường']]).congress.level).toBe('Xã, phường, đặc khu');
    expect(parse([]).congress.level).toBe('Cơ sở');
  });

  test('Tên đại hội trên văn bản keeps the line breaks typed in the cell', () => {
    const { congress } = parse([
      ['Tên đại hội trên văn bản', ' Đại hội đại biểu \r\nĐảng bộ  phường Phúc Đồng\n\nlần thứ I '],
    ]);
    expect(congress.settings.congressLineOverride).toBe('Đại hội đại biểu\nĐảng bộ phường Phúc Đồng\nlần thứ I');
  });

  test('Dự khuyết cần quá bán = Không is refused under 190-QĐ/TW (Điều 18), allowed under 244-QĐ/TW', () => {
    const under190 = parse([['Dự khuyết cần quá bán', 'Không']]);
    expect(under190.problems.map((p) => [p.code, p.cell])).toEqual([['BAD_VALUE', "'Đại hội'!B3"]]);
    expect(t('vi', under190.problems[0].message, under190.problems[0].params)).toContain('Điều 18');
    expect(t('en', under190.problems[0].message, under190.problems[0].params)).toContain('Article 18');
    const explicit = parse([
      ['Quy chế bầu cử', '190-QĐ/TW'],
      ['Dự khuyết cần quá bán', 'Không'],
    ]);
    expect(explicit.problems.map((p) => p.code)).toEqual(['BAD_VALUE']);
    const under244 = parse([
      ['Quy chế bầu cử', '244-QĐ/TW'],
      ['Dự khuyết cần quá bán', 'Không'],
    ]);
    expect(under244.problems).toEqual([]);
    expect(under244.congress.settings.alternatesNeedMajority).toBe(false);
    expect(parse([['Dự khuyết cần quá bán', 'Có']]).problems).toEqual([]);
  });
});
