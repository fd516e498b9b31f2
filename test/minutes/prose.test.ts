/**
 * The minutes read as a Party document (issue 10 §7; WORKBOOK.md "Version 2"): no software
 * wording, a setting that decided something is one sentence in plain words, the fingerprint one
 * small line at the end (or none), the ballots sealed and handed over (QC190 Điều 35).
 */
import { buildMinutes } from '../../src/engine/minutes/minutesText';
import type { MinutesDocument } from '../../src/engine/minutes/document';
import type { Congress } from '../../src/engine/model/congress';
import { election, ballots } from '../engine/fixtures';
import {
  delegateElections,
  minutesCongress,
  shortfallElection,
  singleElection,
  strikeElection,
  tallied,
  tieElection,
} from './scenarios';

/** Every text of the document, block by block. */
function texts(doc: MinutesDocument): string[] {
  return doc.blocks.flatMap((b) => {
    switch (b.kind) {
      case 'header':
        return [...b.left, ...b.right, b.number, b.date].map((l) => l.text);
      case 'title':
        return [b.title, ...b.summary];
      case 'heading':
        return [b.text];
      case 'paragraph':
        return [b.runs.map((r) => r.text).join('')];
      case 'table':
        return [...b.columns.map((c) => c.header), ...b.rows.flat().map(String)];
      case 'signature':
        return [b.authority, b.position, b.instruction, b.head.name ?? '', b.membersTitle ?? ''];
      case 'footer':
        return b.lines;
    }
  });
}

const withSettings = (over: Partial<Congress['settings']>): Congress => {
  const c = minutesCongress();
  return { ...c, settings: { ...c.settings, ...over } };
};

const opinion = () =>
  election({
    id: 'YK',
    title: 'Xin ý kiến đưa vào danh sách bầu Chi ủy',
    office: 'Xin ý kiến',
    seats: 0,
    ballotType: 'Xin ý kiến',
    issued: 29,
    candidates: ['Ngô Quang Nam'],
    ballots: ballots([...Array.from({ length: 20 }, () => '.'), ...Array.from({ length: 9 }, () => 'x')], 'Phiếu YK'),
  });

describe('the minutes as a Party document', () => {
  const all = tallied([
    strikeElection(),
    singleElection(),
    ...delegateElections(),
    tieElection(),
    shortfallElection(),
    opinion(),
  ]);

  test('no software wording: no defaults, no list of settings', () => {
    for (const ctx of all) {
      const text = texts(buildMinutes(ctx)).join('\n');
      for (const word of ['mặc định', 'thiết lập', 'Các điểm áp dụng', 'SHA-256', 'Ký biên bản:', '"Có"', '"Không"'])
        expect(text).not.toContain(word);
    }
  });

  test('the fingerprint is one short line at the end; none with In mã kiểm tra = Không', () => {
    const [ctx] = all;
    const doc = buildMinutes(ctx);
    const last = doc.blocks[doc.blocks.length - 1];
    expect(last).toEqual({ kind: 'footer', lines: [`Mã kiểm tra: ${ctx.result.fingerprint}`] });
    const [quiet] = tallied([strikeElection()], withSettings({ printFingerprint: false }));
    const quietDoc = buildMinutes(quiet);
    expect(quietDoc.blocks.some((b) => b.kind === 'footer')).toBe(false);
    expect(texts(quietDoc).join('\n')).not.toContain(quiet.result.fingerprint);
    expect(quietDoc.blocks[quietDoc.blocks.length - 1].kind).toBe('signature');
  });

  test('the closing lines: ballots sealed and handed to the presidium (QC190 Điều 35), then the time', () => {
    const doc = buildMinutes(all[0]);
    const i = doc.blocks.findIndex((b) => b.kind === 'signature');
    const before = texts({ ...doc, blocks: doc.blocks.slice(i - 2, i) });
    expect(before[0]).toBe(
      'Toàn bộ phiếu bầu đã được Ban kiểm phiếu niêm phong và chuyển cho Đoàn Chủ tịch Đại hội để bàn giao cho cấp ủy lưu trữ theo quy định.',
    );
    expect(before[1]).toMatch(/^Biên bản kiểm phiếu lập xong hồi 10 giờ 45 phút, ngày 08 tháng 02 năm 2025/);
    const meeting = tallied([{ ...strikeElection(), session: 'Hội nghị lần thứ nhất', voters: 7 }])[0];
    expect(texts(buildMinutes(meeting)).join('\n')).toContain('chuyển cho chủ tọa Hội nghị để bàn giao');
  });

  test('Phiếu không bầu ai decided: one sentence under the invalid ballots, in the congress’s words', () => {
    const [cu] = all;
    const text = texts(buildMinutes(cu));
    const i = text.indexOf('+ Không do Ban kiểm phiếu phát ra: 1 phiếu.');
    expect(text[i + 1]).toBe(
      'Theo quyết định của Đại hội, phiếu bầu không bầu cho đồng chí nào trong danh sách là phiếu không hợp lệ.',
    );
    const [valid] = tallied([strikeElection()], withSettings({ emptyBallotValid: true }));
    expect(texts(buildMinutes(valid))).toContain(
      'Theo quyết định của Đại hội, phiếu bầu không bầu cho đồng chí nào trong danh sách vẫn được tính là phiếu hợp lệ.',
    );
    // It decided nothing where no ballot voted for nobody.
    for (const ctx of all.slice(1))
      expect(texts(buildMinutes(ctx)).join('\n')).not.toContain('không bầu cho đồng chí nào');
  });

  test('Cơ sở xin ý kiến decided an opinion ballot: one sentence in the base section', () => {
    const yk = all[all.length - 1];
    expect(texts(buildMinutes(yk))).toContain(
      '- Theo quyết định của Đại hội, tỷ lệ xin ý kiến được tính trên số đảng viên chính thức có mặt;',
    );
    const [convened] = tallied([opinion()], withSettings({ opinionBase: 'Triệu tập' }));
    expect(texts(buildMinutes(convened))).toContain(
      '- Theo quyết định của Đại hội, tỷ lệ xin ý kiến được tính trên tổng số đảng viên chính thức được triệu tập;',
    );
  });

  test('alternates under 190-QĐ/TW: the majority is the rule, not a decision', () => {
    const dbdk = all[3];
    const text = texts(buildMinutes(dbdk));
    expect(text).toContain('- Người trúng cử phải được quá một nửa số phiếu bầu so với D, tức từ 15 phiếu trở lên;');
    expect(text.join('\n')).not.toContain('Theo quyết định');
  });
});
