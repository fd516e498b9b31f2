/**
 * The minutes of a trust vote and of an introduction ballot: the same document model as an
 * election's (header, committee, closing shared), with the sections of their own kind.
 */
import { minutesOf } from '../../src/engine/minutes/buildMinutes';
import { tallyElections } from '../../src/engine/tally/tally';
import type { Block, MinutesDocument } from '../../src/engine/minutes/document';
import type { ElectionDef } from '../../src/engine/model/election';
import type { Congress } from '../../src/engine/model/congress';
import { ballots, congress, election, people } from '../engine/fixtures';
import { COUNTERS } from './scenarios';

const conference = (over: Partial<Congress> = {}): Congress => ({
  ...congress('Hội nghị'),
  superior: 'Đảng bộ thành phố Hà Nội',
  organisation: 'Ban Chấp hành Đảng bộ phường Ngọc Lâm',
  settings: { ...congress().settings, congressLineOverride: 'Hội nghị Ban Chấp hành Đảng bộ phường Ngọc Lâm' },
  ...over,
});

function minutes(def: ElectionDef, c: Congress = conference(), convened = 33): MinutesDocument {
  const { results } = tallyElections({ congress: c, roll: people(convened, 'Chính thức'), elections: [def] });
  return minutesOf({ congress: c, election: def, result: results[0], counters: COUNTERS });
}

const text = (blocks: Block[]): string =>
  blocks
    .map((b) => {
      switch (b.kind) {
        case 'header':
          return [...b.left, ...b.right, b.number, b.date].map((l) => l.text).join('\n');
        case 'title':
          return [b.title, ...b.summary].join('\n');
        case 'heading':
          return b.text;
        case 'paragraph':
          return b.runs.map((r) => r.text).join('');
        case 'table':
          return [b.columns.map((c) => c.header).join(' | '), ...b.rows.map((r) => r.join(' | '))].join('\n');
        case 'signature':
          return [b.authority, b.position, b.head.name ?? '', ...b.members.map((m) => m.name ?? '')].join('\n');
        case 'footer':
          return b.lines.join('\n');
      }
    })
    .join('\n');

describe('biên bản kiểm phiếu lấy phiếu tín nhiệm', () => {
  // R = 30: A 15 low (exactly one half), B 20 low (exactly two thirds), C 16 low (lower band).
  const marks = Array.from(
    { length: 30 },
    (_, i) => (i < 15 ? '3' : '1') + (i < 20 ? '3' : '2') + (i < 16 ? '3' : '2'),
  );
  const def = election({
    id: 'TN',
    title: 'Lấy phiếu tín nhiệm đối với các đồng chí do Ban Chấp hành bầu, năm 2027',
    office: 'Lấy phiếu tín nhiệm',
    ballotType: 'Lấy phiếu tín nhiệm',
    seats: 0,
    candidates: ['Nguyễn Văn An', 'Lê Thị Bình', 'Trần Văn Cường'],
    issued: 30,
    returned: 30,
    presentAtVote: 30,
    minutesNumber: '01',
    ballots: ballots(marks),
  });
  const doc = minutes(def);
  const all = text(doc.blocks);

  test("the conference's header, the title, the basis in Quy định 96-QĐ/TW", () => {
    const header = doc.blocks[0];
    if (header.kind !== 'header') throw new Error('no header');
    // HD 36 §1.2.1a: the conference is the body above its counting committee.
    expect(header.left.map((l) => l.text)).toEqual([
      'HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG NGỌC LÂM',
      'BAN KIỂM PHIẾU',
      '*',
    ]);
    expect(header.number.text).toBe('Số 01-BB/ĐH');
    expect(header.date.text).toBe('Long Biên, ngày 19 tháng 5 năm 2025');
    // `Đảng bộ cấp trên` only with `In đảng bộ cấp trên trên biên bản` = `Có`.
    const withSuperior = minutes(
      def,
      conference({ settings: { ...conference().settings, printSuperiorOnMinutes: true } }),
    );
    const top = withSuperior.blocks[0];
    expect(top.kind === 'header' ? top.left[0].text : '').toBe('ĐẢNG BỘ THÀNH PHỐ HÀ NỘI');
    expect(all).toContain(
      'BIÊN BẢN KIỂM PHIẾU\nLấy phiếu tín nhiệm đối với các đồng chí do Ban Chấp hành bầu, năm 2027',
    );
    expect(all).toContain('Căn cứ Quy định số 96-QĐ/TW ngày 02/02/2023 về lấy phiếu tín nhiệm');
    expect(all).toContain('Hội nghị Ban Chấp hành Đảng bộ phường Ngọc Lâm');
    expect(all).not.toMatch(/Quy chế bầu cử/);
  });

  test('participants, ballots and R, each level as count and % of R', () => {
    expect(all).toContain('- Tổng số người được triệu tập: 33 đồng chí;');
    expect(all).toContain('- Số người có mặt: 30 đồng chí; vắng mặt: 3 đồng chí;');
    expect(all).toContain('- Số người có mặt đạt từ 2/3 số người được triệu tập trở lên.');
    expect(all).toContain('số phiếu thu về: 30 phiếu');
    expect(all).toContain('R = 30 phiếu');
    expect(all).toContain('1 | Nguyễn Văn An | 15 (50,00%) | 0 (0,00%) | 15 (50,00%) | 0');
    expect(all).toContain('2 | Lê Thị Bình | 0 (0,00%) | 10 (33,33%) | 20 (66,67%) | 0');
  });

  test('the bands of Điều 11 in words; exactly one half in none; nothing decided', () => {
    expect(all).toContain('trên 1/2 là từ 16 phiếu tín nhiệm thấp, từ 2/3 là từ 20 phiếu tín nhiệm thấp trở lên');
    expect(all).toContain('đúng một nửa (15 phiếu) không thuộc mức nào');
    expect(all).toContain('- Có từ 2/3 số phiếu tín nhiệm thấp trở lên: 1 đồng chí:');
    expect(all).toContain('+ Đồng chí Lê Thị Bình: 20 phiếu (66,67%);');
    expect(all).toContain('- Có trên 1/2 đến dưới 2/3 số phiếu tín nhiệm thấp: 1 đồng chí:');
    expect(all).toContain('+ Đồng chí Trần Văn Cường: 16 phiếu (53,33%);');
    expect(all).not.toContain('Đồng chí Nguyễn Văn An:');
    expect(all).toContain('việc sử dụng kết quả do cấp có thẩm quyền xem xét, quyết định');
    expect(all).not.toMatch(/trúng cử|Phiếu không bầu ai/);
  });

  test('the shared closing: committee, report to the chair, signatures, fingerprint', () => {
    expect(all).toContain('Hội nghị đã cử Ban kiểm phiếu gồm các đồng chí:');
    expect(all).toContain('Toàn bộ phiếu tín nhiệm đã được Ban kiểm phiếu niêm phong và chuyển cho chủ tọa Hội nghị');
    expect(all).toContain('để báo cáo chủ tọa Hội nghị và công bố tại Hội nghị.');
    expect(all).toContain('T/M BAN KIỂM PHIẾU');
    expect(all).toContain('Đảng viên 20');
    expect(all).toMatch(/Mã kiểm tra: [0-9a-f]{64}/);
  });

  test('below the quorum, a note in the minutes says so and where the rule is from', () => {
    const few = minutes({ ...def, presentAtVote: 21, issued: 21, returned: 21, ballots: ballots(marks.slice(0, 21)) });
    expect(text(few.blocks)).toMatch(
      /Lưu ý: số người có mặt \(21\) chưa đạt 2\/3 số người được triệu tập \(33\).*nguồn thứ cấp/,
    );
  });
});

describe('biên bản kiểm phiếu giới thiệu nhân sự', () => {
  // 30 convened (no exclusions); 3 places: A 26, B 19, C 18, D 18 — C and D tie at the cut.
  const def = election({
    id: 'GT',
    title: 'Giới thiệu nhân sự Ban Thường vụ khóa mới',
    office: 'Giới thiệu nhân sự',
    ballotType: 'Giới thiệu nhân sự',
    seats: 3,
    candidates: ['A', 'B', 'C', 'D'],
    presentAtVote: 27,
    ballots: ballots([
      ...Array<string>(9).fill('...x'),
      ...Array<string>(9).fill('..x.'),
      ...Array<string>(8).fill('.x..'),
      'x...',
    ]),
  });

  test('base, pass mark, each name with % of convened, present and valid; the tie left to the committee head', () => {
    const all = text(minutes(def, conference(), 30).blocks);
    expect(all).toContain('Số lượng cần giới thiệu: 3 đồng chí.');
    expect(all).toContain('- Tổng số người được triệu tập (cơ sở tính, không trừ): 30 đồng chí;');

    expect(all).toContain('1 | A | 26 | 86,67% | 96,30% | 96,30% | ');
    expect(all).toContain('2 đồng chí sau đây được giới thiệu');
    expect(all).toContain(
      'Bằng phiếu: các đồng chí C và D cùng được 18 phiếu (60,00% so với số triệu tập) ở vị trí cuối, trong khi chỉ còn 1 đồng chí',
    );
    expect(all).toContain('Người đứng đầu cấp ủy lựa chọn nhân sự trong số các đồng chí này');
    expect(all).toContain('tức từ 16 phiếu trở lên (mức này theo quy trình 5 bước của Chỉ thị 35-CT/TW năm 2019');
    expect(all).not.toContain('tham khảo');
  });

  test('at a congress that elects its secretary directly: printed for reference, for the election it names', () => {
    const atCongress = congress('Đại hội đại biểu');
    const forBT = { ...def, feeds: 'BT' };
    const all = text(minutes(forBT, atCongress, 30).blocks);
    expect(all).toContain('Để tham khảo: kết quả giới thiệu được báo cáo để Đại hội tham khảo khi bầu cử (BT)');
    expect(all).toContain('Căn cứ Quy chế bầu cử trong Đảng');
    expect(all).toContain('để báo cáo Đoàn Chủ tịch Đại hội.');
  });
});
