/**
 * textWidth measures a text as the sum of its characters' widths after NFC, one code point at a
 * time (a character outside the Basic Multilingual Plane is one character, not two halves).
 */
import fc from 'fast-check';
import { metricWidth } from '../../src/workbook/render/textWidth';

// At 1000 points a width is the text's units exactly (thousandths of an em, integers).
const units = (text: string, bold = false) => Math.round(metricWidth(text, 1000, bold));

test('a text is as wide as its code points, each measured alone', () => {
  const pieces = ['a', 'W', ' ', 'ệ', 'Đ', '1', '—', '𝐀', '😀', '\ud800', '\udfff', 'ư', '“'];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((p) => p.join('').normalize('NFC'));
  fc.assert(
    fc.property(texts, fc.boolean(), (text, bold) => {
      let sum = 0;
      for (const ch of text) sum += units(ch, bold);
      expect(units(text, bold)).toBe(sum);
    }),
    { numRuns: 2000 },
  );
});

test('an astral character is measured once, as one unknown character', () => {
  expect(units('𝐀')).toBe(600);
  expect(units('a😀b')).toBe(units('a') + 600 + units('b'));
});
