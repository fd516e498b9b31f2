/** The Word file of the minutes, checked by its structure: text, A4 page size and margins in twips. */
import JSZip from 'jszip';
import { buildMinutes } from '../../src/engine/minutes/minutesText';
import { A4_TWIPS, minutesDocxBytes, mmToTwips } from '../../src/workbook/render/minutesDocx';
import { minutesCongress, shortfallElection, strikeElection, tallied, tieElection } from './scenarios';

async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('no word/document.xml');
  return file.async('string');
}

/** The text of each paragraph, runs joined. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

describe('Biên bản (Word)', () => {
  test('one section per election, A4 portrait, margins from Lề trang, page numbers from page 2', async () => {
    const ctxs = tallied([strikeElection(), tieElection(), shortfallElection()]);
    const xml = await documentXml(await minutesDocxBytes(ctxs.map((c) => buildMinutes(c))));
    const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(3);
    for (const s of sections) {
      expect(s).toMatch(new RegExp(`<w:pgSz w:w="${A4_TWIPS.width}" w:h="${A4_TWIPS.height}"[^>]*w:orient="portrait"`));
      expect(s).toContain(`w:top="${mmToTwips(25)}"`);
      expect(s).toContain(`w:bottom="${mmToTwips(25)}"`);
      expect(s).toContain(`w:left="${mmToTwips(35)}"`);
      expect(s).toContain(`w:right="${mmToTwips(15)}"`);
      expect(s).toContain('<w:titlePg/>');
      expect(s).toContain('w:start="1"');
    }
    expect([mmToTwips(25), mmToTwips(35), mmToTwips(15)]).toEqual([1417, 1984, 850]);
  });

  test('the same text as the sheet: header, title, figures, elected, signatures, fingerprint', async () => {
    const [ctx] = tallied([strikeElection()]);
    const xml = await documentXml(await minutesDocxBytes([buildMinutes(ctx)]));
    const text = paragraphs(xml);
    for (const line of [
      'ĐẠI HỘI',
      'CHI BỘ TỔ DÂN PHỐ SỐ 5',
      'LẦN THỨ XII',
      'BAN KIỂM PHIẾU',
      '*',
      'Số 03-BB/ĐH',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Long Biên, ngày 08 tháng 02 năm 2025',
      'BIÊN BẢN KIỂM PHIẾU',
      'Bầu Chi ủy Chi bộ Tổ dân phố số 5, nhiệm kỳ 2025 - 2027',
      'T/M BAN KIỂM PHIẾU',
      'TRƯỞNG BAN',
      'Đảng viên 20',
      'CÁC THÀNH VIÊN BAN KIỂM PHIẾU',
      '72,41%',
      'Nguyễn Thị Ánh',
    ]) {
      expect(text).toContain(line);
    }
    expect(text.join('\n')).toContain('Số phiếu không hợp lệ: 4 phiếu, trong đó:');
    expect(text).toContain(`Mã kiểm tra: ${ctx.result.fingerprint}`);
    expect(text).not.toContain('ĐẢNG BỘ PHƯỜNG NGỌC LÂM');
    // Times New Roman 14 by default; the Party title bold 15, the document type bold 16.
    expect(xml).toMatch(/<w:b\/>[\s\S]{0,200}<w:sz w:val="30"\/>[\s\S]{0,200}ĐẢNG CỘNG SẢN VIỆT NAM/);
    expect(xml).toMatch(/<w:sz w:val="32"\/>[\s\S]{0,200}BIÊN BẢN KIỂM PHIẾU/);
  });

  test('other margins carry through', async () => {
    const c = minutesCongress();
    const [ctx] = tallied([strikeElection()], {
      ...c,
      settings: { ...c.settings, margins: { top: 20, bottom: 15, left: 30, right: 20 } },
    });
    const xml = await documentXml(await minutesDocxBytes([buildMinutes(ctx)]));
    expect(xml).toContain(
      `w:top="${mmToTwips(20)}" w:right="${mmToTwips(20)}" w:bottom="${mmToTwips(15)}" w:left="${mmToTwips(30)}"`,
    );
  });
});
