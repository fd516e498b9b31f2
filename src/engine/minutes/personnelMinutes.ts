/**
 * The vote-count minutes of a trust vote ("biên bản kiểm phiếu lấy phiếu tín nhiệm") and of an
 * introduction ballot, as the same document model as an election's: the header, the counting
 * committee and the closing are the election minutes' own sections (minutesText.ts); the sections
 * here say what these ballots count (WORKBOOK.md version 2; reference/personnel-and-trust-ballots.md).
 * Nothing in them decides: a band is the clause of Điều 11 a figure falls under, a tie at the last
 * place is the committee head's to settle.
 */
import type { MinutesContext, MinutesDocument, TableColumn } from './document';
import { DOTS } from './document';
import {
  b,
  Draft,
  joinNames,
  lowerFirst,
  n,
  p,
  people,
  summaryLines,
  table,
  type Voice,
  writeClosing,
  writeCommittee,
  votesTable,
  writeRehearsalMark,
} from './minutesText';
import { congressBodyName } from './congressNames';
import { committeeHeader } from './committeeHeader';
import { decidingSettings } from './settingsUsed';
import { PARTY_STATUTE, RULE_SETS } from '../rules/ruleSets';
import { INTRODUCTION_CITATIONS, TRUST_CITATIONS, TRUST_DOCUMENT } from '../rules/personnelBallots';
import { introductionForReference } from '../tally/introduction';
import { trustQuorumMet, twoThirdsBandFrom, halfBandFrom } from '../tally/trust';
import { formatDateWordsVi } from '../text/format';
import { cleanText } from '../text/normalize';
import { percentText } from '../text/percent';
import type { TrustBand, TrustRow } from '../model/results';

/** The body in session: a conference speaks of itself as `Hội nghị`, a congress as `Đại hội`. */
function voiceOf(ctx: MinutesContext, ballotWord: string, reportTo: string): Voice {
  const { congress, election } = ctx;
  const conference = congress.kind === 'Hội nghị' || election.session === 'Hội nghị lần thứ nhất';
  return {
    assembly: conference ? 'Hội nghị' : 'Đại hội',
    voters: 'người',
    opinion: false,
    endDate: election.countEnded?.date ?? congress.date,
    settings: decidingSettings(ctx),
    ballotWord,
    reportTo,
  };
}

/** The counting committee's header (the election minutes' own, `committeeHeader`), title and summary. */
function header(ctx: MinutesContext, voice: Voice, draft: Draft): void {
  draft.push(committeeHeader(ctx.congress, { number: ctx.election.minutesNumber, date: voice.endDate }));
  draft.push({ kind: 'title', title: 'BIÊN BẢN KIỂM PHIẾU', summary: summaryLines(ctx.election, ctx.congress) });
  writeRehearsalMark(ctx.result, draft);
}

/** `Hôm nay, ngày …, tại …, <body> tiến hành <what>. Ban kiểm phiếu lập biên bản kiểm phiếu như sau:` */
function opening(ctx: MinutesContext, what: string): string {
  const { congress, election } = ctx;
  const where = cleanText(congress.place);
  // A round of its own day (`Kết thúc kiểm phiếu`) is dated by it, as its date line is.
  const date = election.countEnded?.date ?? congress.date;
  const when = date ? formatDateWordsVi(date) : `ngày ${DOTS} tháng ${DOTS} năm ${DOTS}`;
  const body = congressBodyName(congress);
  const who =
    election.session === 'Hội nghị lần thứ nhất' ? `Hội nghị lần thứ nhất của cấp ủy khóa mới (${body})` : body;
  return `Hôm nay, ${when}${where ? `, tại ${where}` : ''}, ${who} tiến hành ${what}. Ban kiểm phiếu lập biên bản kiểm phiếu như sau:`;
}

/** Ballots issued, returned, valid and invalid with each reason. */
function ballotsSection(ctx: MinutesContext, heading: string, returnedWord: string, draft: Draft): void {
  const ballots = ctx.result.ballots;
  draft.heading(heading);
  const issued = ballots.issued === null ? DOTS : n(ballots.issued);
  draft.push(p(`- Số phiếu phát ra: ${issued} phiếu; số phiếu ${returnedWord}: ${n(ballots.returned)} phiếu;`, 1));
  draft.push(p(`- Số phiếu hợp lệ: ${n(ballots.valid)} phiếu;`, 1));
  const reasons = Object.entries(ballots.invalidReasons).filter(([, count]) => count > 0);
  draft.push(p(`- Số phiếu không hợp lệ: ${n(ballots.invalid)} phiếu${reasons.length ? ', trong đó:' : '.'}`, 1));
  reasons.forEach(([reason, count], i) =>
    draft.push(p(`+ ${reason}: ${n(count)} phiếu${i === reasons.length - 1 ? '.' : ';'}`, 2)),
  );
}

const BAND_WORDS: Record<TrustBand, string> = {
  half: 'Có trên 1/2 đến dưới 2/3 số phiếu tín nhiệm thấp',
  twoThirds: 'Có từ 2/3 số phiếu tín nhiệm thấp trở lên',
};

/** Biên bản kiểm phiếu lấy phiếu tín nhiệm (Quy định 96-QĐ/TW Điều 6 k.3: what the count records per person). */
export function buildTrustMinutes(ctx: MinutesContext): MinutesDocument {
  const { congress, election, result } = ctx;
  const draft = new Draft();
  // QĐ 96: the result is announced at the conference that rated (reference §1.4 [P]).
  const where = congress.kind === 'Hội nghị' ? 'Hội nghị' : 'Đại hội';
  const voice = voiceOf(ctx, 'phiếu tín nhiệm', `báo cáo chủ tọa ${where} và công bố tại ${where}`);
  const rows = result.trust ?? [];
  const R = result.denominator;
  header(ctx, voice, draft);
  draft.push(p([{ text: `Căn cứ ${PARTY_STATUTE};`, italic: true }]));
  draft.push(p([{ text: `Căn cứ ${TRUST_DOCUMENT};`, italic: true }]));
  draft.push(p(opening(ctx, lowerFirst(summaryLines(election, congress)[0]))));

  const committee = writeCommittee(ctx, voice, draft);

  draft.heading('Thành phần tham gia ghi phiếu');
  draft.push(p(`- Tổng số người được triệu tập: ${people(result.convened)};`, 1));
  draft.push(p(`- Số người có mặt: ${people(result.present)}; vắng mặt: ${people(result.absentAtVote)};`, 1));
  if (trustQuorumMet(result.present, result.convened)) {
    draft.push(p('- Số người có mặt đạt từ 2/3 số người được triệu tập trở lên.', 1));
  } else {
    draft.push(
      p(
        [
          b('Lưu ý: '),
          {
            text: `số người có mặt (${n(result.present)}) chưa đạt 2/3 số người được triệu tập (${n(result.convened)}); hội nghị lấy phiếu tín nhiệm chỉ được tiến hành khi có ít nhất 2/3 số người được triệu tập có mặt (${TRUST_CITATIONS.quorum}).`,
          },
        ],
        1,
      ),
    );
  }

  draft.heading('Danh sách người được lấy phiếu tín nhiệm');
  draft.push(p(`Phiếu tín nhiệm ghi họ tên, chức vụ của ${people(rows.length)}, xếp theo thứ tự trên phiếu:`));
  draft.push(
    table(
      [
        { header: 'STT', weight: 1, align: 'center' },
        { header: 'Họ và tên', weight: 4.2, align: 'left' },
        { header: 'Chức vụ', weight: 8.8, align: 'left' },
      ],
      rows.map((t, i) => [i + 1, t.name, t.position]),
    ),
  );

  ballotsSection(ctx, 'Phiếu tín nhiệm', 'thu về', draft);
  draft.push(
    p([
      { text: 'Tỷ lệ phần trăm của từng mức tín nhiệm tính trên tổng số phiếu thu về: ' },
      b(`R = ${n(R)} phiếu`),
      { text: ` (${TRUST_CITATIONS.base}).` },
    ]),
  );

  draft.heading('Kết quả kiểm phiếu (xếp theo thứ tự trên phiếu)');
  draft.push(trustTable(rows, R));
  if (rows.some((t) => t.invalid > result.ballots.invalid)) {
    draft.push(
      p(
        'Ở tên một người, phiếu không đánh dấu ô nào hoặc đánh dấu hai, ba ô không tính cho người đó (vẫn tính cho những người khác trên phiếu); cột "Không hợp lệ" gồm cả các phiếu không hợp lệ.',
      ),
    );
  }

  draft.heading('Kết quả theo Điều 11 Quy định 96-QĐ/TW');
  draft.push(...bandBlocks(rows, R));
  draft.push(
    p(
      `Kết quả lấy phiếu tín nhiệm được báo cáo cấp có thẩm quyền quản lý cán bộ; việc sử dụng kết quả do cấp có thẩm quyền xem xét, quyết định. Người được lấy phiếu tín nhiệm ở hai nơi thì kết quả mỗi nơi được tổng hợp riêng, không cộng gộp (${TRUST_CITATIONS.twoPlaces}).`,
    ),
  );

  writeClosing(ctx, voice, committee, draft);
  return { electionId: result.id, blocks: draft.blocks, margins: congress.settings.margins, warnings: draft.warnings };
}

/** Per person: each level as `count (percent of R)`, then the lines not counted. */
function trustTable(rows: TrustRow[], R: number) {
  const cell = (count: number) => `${n(count)} (${percentText(count, R)})`;
  // The positions are in the list (section 1): here the room goes to the figures.
  const columns: TableColumn[] = [
    { header: 'STT', weight: 1, align: 'center' },
    { header: 'Họ và tên', weight: 4.4, align: 'left' },
    { header: 'Tín nhiệm cao', weight: 2.6, align: 'center' },
    { header: 'Tín nhiệm', weight: 2.6, align: 'center' },
    { header: 'Tín nhiệm thấp', weight: 2.6, align: 'center' },
    { header: 'Không hợp lệ', weight: 2, align: 'center' },
  ];
  return table(
    columns,
    rows.map((t, i) => [i + 1, t.name, cell(t.high), cell(t.trust), cell(t.low), t.invalid]),
  );
}

/** Who falls in each band of Điều 11, in ballot order; or that nobody does. */
function bandBlocks(rows: TrustRow[], R: number) {
  const half = R % 2 === 0 ? `; đúng một nửa (${n(R / 2)} phiếu) không thuộc mức nào` : '';
  const limits = `trên 1/2 là từ ${n(halfBandFrom(R))} phiếu tín nhiệm thấp, từ 2/3 là từ ${n(twoThirdsBandFrom(R))} phiếu tín nhiệm thấp trở lên${half}`;
  const blocks = [p(`Với R = ${n(R)} phiếu thu về: ${limits} (${TRUST_CITATIONS.bands}).`)];
  if (!rows.some((t) => t.band !== null)) {
    blocks.push(p('- Không đồng chí nào có trên một nửa số phiếu tín nhiệm thấp.', 1));
    return blocks;
  }
  for (const band of ['twoThirds', 'half'] as const) {
    const inBand = rows.filter((t) => t.band === band);
    blocks.push(p(`- ${BAND_WORDS[band]}: ${inBand.length ? `${people(inBand.length)}:` : 'không có;'}`, 1));
    for (const t of inBand)
      blocks.push(
        p(
          `+ Đồng chí ${t.name}${t.position ? `, ${t.position}` : ''}: ${n(t.low)} phiếu (${percentText(t.low, R)});`,
          2,
        ),
      );
  }
  return blocks;
}

/** Biên bản kiểm phiếu giới thiệu nhân sự: count, % of convened, present and valid, who is introduced. */
export function buildIntroductionMinutes(ctx: MinutesContext): MinutesDocument {
  const { congress, election, result } = ctx;
  const draft = new Draft();
  const reference = introductionForReference(congress, election);
  const voice = voiceOf(
    ctx,
    'phiếu giới thiệu',
    reference
      ? 'báo cáo Đoàn Chủ tịch Đại hội'
      : `báo cáo chủ tọa ${congress.kind === 'Hội nghị' ? 'Hội nghị' : 'Đại hội'}`,
  );
  header(ctx, voice, draft);
  draft.push(p([{ text: `Căn cứ ${PARTY_STATUTE};`, italic: true }]));
  if (reference) draft.push(p([{ text: `Căn cứ ${RULE_SETS[congress.ruleSet].title};`, italic: true }]));
  const round = election.round > 1 ? ` (lần giới thiệu thứ ${election.round})` : '';
  draft.push(p(opening(ctx, `${lowerFirst(summaryLines(election, congress)[0])}${round}`)));

  draft.heading('Số lượng cần giới thiệu');
  draft.push(
    p(
      result.seats > 0
        ? `Số lượng cần giới thiệu: ${people(result.seats)}.`
        : 'Không giới hạn số lượng người được giới thiệu.',
    ),
  );

  draft.heading('Danh sách giới thiệu');
  draft.push(
    p(
      `Phiếu giới thiệu gồm danh sách ${people(election.candidates.length)}, xếp theo thứ tự trên phiếu${election.ballots.some((x) => x.writeIns !== undefined) ? ', và dòng trống để ghi thêm người được giới thiệu' : ''}:`,
    ),
  );
  draft.push(
    table(
      [
        { header: 'STT', weight: 1, align: 'center' },
        { header: 'Họ và tên', weight: 7, align: 'left' },
        { header: 'Ghi chú', weight: 4, align: 'left' },
      ],
      election.candidates.map((name, i) => [i + 1, name, '']),
    ),
  );

  const committee = writeCommittee(ctx, voice, draft);

  draft.heading('Số người được triệu tập và cơ sở tính kết quả');
  draft.push(p(`- Tổng số người được triệu tập (cơ sở tính, không trừ): ${people(result.convened)};`, 1));
  draft.push(p(`- Số người có mặt: ${people(result.present)}; vắng mặt: ${people(result.absentAtVote)};`, 1));
  draft.push(
    p(
      `- Người được giới thiệu phải được quá một nửa số phiếu so với tổng số người được triệu tập, tức từ ${n(result.threshold)} phiếu trở lên (mức này theo ${INTRODUCTION_CITATIONS.base}).`,
      1,
    ),
  );

  ballotsSection(ctx, 'Phiếu giới thiệu', 'thu vào', draft);

  draft.heading('Kết quả kiểm phiếu (theo thứ tự trên phiếu, tiếp theo là người được ghi thêm)');
  draft.push(
    table(
      [
        { header: 'STT', weight: 1, align: 'center' },
        { header: 'Họ và tên', weight: 4.2, align: 'left' },
        { header: 'Số phiếu', weight: 1.5, align: 'center' },
        { header: 'Tỷ lệ so với số triệu tập', weight: 2, align: 'center' },
        { header: 'Tỷ lệ so với số có mặt', weight: 2, align: 'center' },
        { header: 'Tỷ lệ so với phiếu hợp lệ', weight: 2, align: 'center' },
        { header: 'Ghi chú', weight: 1.6, align: 'center' },
      ],
      result.candidates.map((c, i) => [
        i + 1,
        c.name,
        c.votes,
        percentText(c.votes, result.convened),
        percentText(c.votes, result.present),
        result.ballots.valid > 0 ? percentText(c.votes, result.ballots.valid) : '',
        c.writeIn ? 'Ghi thêm' : '',
      ]),
    ),
  );

  draft.heading('Kết quả giới thiệu');
  draft.push(...introducedBlocks(ctx, reference));

  writeClosing(ctx, voice, committee, draft);
  return { electionId: result.id, blocks: draft.blocks, margins: congress.settings.margins, warnings: draft.warnings };
}

function introducedBlocks(ctx: MinutesContext, reference: boolean) {
  const { result } = ctx;
  const byName = new Map(result.candidates.map((c) => [c.name, c]));
  const introduced = result.introduced ?? [];
  const blocks = [];
  if (introduced.length) {
    blocks.push(
      p(
        `${people(introduced.length)} sau đây được giới thiệu (xếp theo số phiếu từ cao đến thấp, mỗi đồng chí được quá một nửa so với tổng số người được triệu tập):`,
      ),
    );
    blocks.push(votesTable(result, introduced, result.convened, 'số triệu tập'));
  } else {
    blocks.push(p('Không đồng chí nào được quá một nửa số phiếu so với tổng số người được triệu tập.'));
  }
  if (result.status === 'tie') {
    const votes = byName.get(result.tied[0])?.votes ?? 0;
    blocks.push(
      p([
        b('Bằng phiếu: '),
        {
          text: `các đồng chí ${joinNames(result.tied)} cùng được ${n(votes)} phiếu (${percentText(votes, result.convened)} so với số triệu tập) ở vị trí cuối, trong khi chỉ còn ${people(result.seatsOpen)} trong số lượng cần giới thiệu. Người đứng đầu cấp ủy lựa chọn nhân sự trong số các đồng chí này; biên bản không phân định.`,
        },
      ]),
    );
  } else if (result.status === 'shortfall') {
    blocks.push(
      p([
        b('Chưa đủ số lượng: '),
        {
          text: `số người được giới thiệu (${people(introduced.length)}) chưa đủ số lượng cần giới thiệu (${people(result.seats)}); cấp ủy tiếp tục quy trình giới thiệu cho đến khi đủ.`,
        },
      ]),
    );
  }
  if (reference) {
    blocks.push(
      p([
        b('Để tham khảo: '),
        {
          text: `kết quả giới thiệu được báo cáo để Đại hội tham khảo${result.feeds ? ` khi bầu cử (${result.feeds})` : ''}; việc bầu cử tiến hành theo Quy chế bầu cử (${INTRODUCTION_CITATIONS.reference}).`,
        },
      ]),
    );
  }
  return blocks;
}
