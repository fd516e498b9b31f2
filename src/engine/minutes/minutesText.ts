/**
 * The vote-count minutes (biên bản kiểm phiếu) of one tallied election, as a document model
 * (regulations §6.2 for the content, §9 and addendum §1, §4 for the form; addendum §5 for the
 * percentages). Pure: built from the congress, the election, its result and the counting
 * committee; the renderers lay it out as a sheet or a Word file.
 */
import type { Congress } from '../model/congress';
import type { ElectionDef, Office } from '../model/election';
import type { ElectionResult } from '../model/results';
import { PARTY_STATUTE, RULE_SETS } from '../rules/ruleSets';
import { type CalendarDate, formatDateWordsVi, formatNumberVi, pad2 } from '../text/format';
import { cleanText } from '../text/normalize';
import { warning, type Problem } from '../findings/finding';
import {
  type Block,
  type MinutesContext,
  DOTS,
  type MinutesDocument,
  type ParagraphBlock,
  type Signer,
  type TableBlock,
  type TableColumn,
  type TextRun,
} from './document';
import { congressBodyName } from './congressNames';
import { committeeHeader } from './committeeHeader';
import { percentText } from '../text/percent';
import { alternatesFromOfficialList } from '../rules/alternates';
import { secretaryAppointed, QD_294 } from '../rules/chiBo';
import { decidingSettings } from './settingsUsed';
import type { SettingId } from '../model/settings';

/** Who votes, in the running text: the base of D. */
function votersNoun(ctx: MinutesContext): string {
  if (ctx.election.voters !== null) return 'ủy viên';
  return ctx.congress.kind === 'Đại hội đại biểu' ? 'đại biểu chính thức' : 'đảng viên chính thức';
}

/** The body that votes: the congress, or the new committee's first meeting. */
function assemblyWord(election: ElectionDef): string {
  return election.session === 'Hội nghị lần thứ nhất' ? 'Hội nghị' : 'Đại hội';
}

/** The member noun of each office, for "trúng cử …". */
const OFFICE_MEMBER: Record<Office, string> = {
  'Ban Chấp hành': 'ủy viên Ban Chấp hành',
  'Chi ủy': 'chi ủy viên',
  'Ban Thường vụ': 'ủy viên Ban Thường vụ',
  'Bí thư': 'Bí thư',
  'Phó Bí thư': 'Phó Bí thư',
  'Ủy ban Kiểm tra': 'ủy viên Ủy ban Kiểm tra',
  'Chủ nhiệm Ủy ban Kiểm tra': 'Chủ nhiệm Ủy ban Kiểm tra',
  'Đại biểu chính thức': 'đại biểu chính thức đi dự Đại hội đảng bộ cấp trên',
  'Đại biểu dự khuyết': 'đại biểu dự khuyết đi dự Đại hội đảng bộ cấp trên',
  'Xin ý kiến': 'danh sách bầu cử',
  'Lấy phiếu tín nhiệm': 'người được lấy phiếu tín nhiệm',
  'Giới thiệu nhân sự': 'người được giới thiệu',
};

/**
 * The summary line under the title: the election's own title, starting with "Bầu" (regulations
 * §6.2 item 2); a trust vote's and an introduction's title as written (version 2).
 */
export function summaryLines(election: ElectionDef, congress: Congress): string[] {
  let title = cleanText(election.title) || `${election.office}`;
  const trust = election.office === 'Lấy phiếu tín nhiệm';
  const introduction = election.office === 'Giới thiệu nhân sự';
  if (election.office === 'Xin ý kiến') {
    if (!/^xin\b/i.test(title)) title = `Xin ý kiến: ${title}`;
  } else if (trust) {
    if (!/^lấy phiếu tín nhiệm\b/i.test(title)) title = `Lấy phiếu tín nhiệm: ${title}`;
  } else if (introduction) {
    if (!/^giới thiệu\b/i.test(title)) title = `Giới thiệu nhân sự: ${title}`;
  } else if (!/^bầu\b/i.test(title)) {
    title = `Bầu ${title}`;
  }
  // A later round's title often ends "(lần 2)" (next-round writes it so): the minutes say the
  // round in words of their own, once.
  if (election.round > 1) title = title.replace(/\s*\((?:lần|vòng)(?: bầu)?(?: thứ)? \d+\)\s*$/iu, '');
  if (congress.term && !trust && !/nhiệm kỳ/i.test(title)) title = `${title}, nhiệm kỳ ${cleanText(congress.term)}`;
  const lines = [title];
  if (election.round > 1)
    lines.push(introduction ? `(Lần giới thiệu thứ ${election.round})` : `(Lần bầu thứ ${election.round})`);
  return lines;
}

export const p = (runs: TextRun[] | string, level = 0, extra: Partial<ParagraphBlock> = {}): ParagraphBlock => ({
  kind: 'paragraph',
  runs: typeof runs === 'string' ? [{ text: runs }] : runs,
  level,
  ...extra,
});
export const b = (text: string): TextRun => ({ text, bold: true });
export const n = (value: number) => formatNumberVi(value);
export const people = (count: number) => `${n(count)} đồng chí`;

/** The minutes being written: the blocks so far, the warnings, and the section numbering. */
export class Draft {
  readonly blocks: Block[] = [];
  readonly warnings: Problem[] = [];
  private section = 0;

  push(...blocks: Block[]): void {
    this.blocks.push(...blocks);
  }

  /** A numbered section heading of the body (`1. Số lượng cần bầu`). */
  heading(text: string): void {
    this.blocks.push({ kind: 'heading', text: `${++this.section}. ${text}` });
  }
}

/** The body that votes and the minutes' own words for it, shared by the sections. */
export interface Voice {
  assembly: string;
  voters: string;
  opinion: boolean;
  endDate: CalendarDate | null;
  /** Settings that decided something here: each is one sentence where it belongs. */
  settings: Set<SettingId>;
  /** The ballots sealed at the end (`phiếu tín nhiệm`, …); by default `phiếu bầu` or `phiếu xin ý kiến`. */
  ballotWord?: string;
  /** What the closing sentence says the minutes are for; by default the report to the presidium or chair. */
  reportTo?: string;
}

/** The minutes of one election that is neither blocked nor still at the zero report. */
export function buildMinutes(ctx: MinutesContext): MinutesDocument {
  const { congress, election, result } = ctx;
  const draft = new Draft();
  const voice: Voice = {
    // A conference (`Hội nghị`, version 2) speaks of itself as one.
    assembly: congress.kind === 'Hội nghị' ? 'Hội nghị' : assemblyWord(election),
    voters: votersNoun(ctx),
    opinion: result.office === 'Xin ý kiến',
    endDate: election.countEnded?.date ?? congress.date,
    settings: decidingSettings(ctx),
  };
  writeHeader(ctx, voice, draft);
  writeOpening(ctx, voice, draft);
  // Seats (§6.2 item 4): voted by the congress, or allocated from above for delegates (§2.2).
  if (!voice.opinion) {
    draft.heading('Số lượng cần bầu');
    draft.push(p(seatsSentence(election, result, voice.assembly)));
    // QC190 Điều 18: the congress decided to take alternates from this ballot (`Số dự khuyết`).
    if (election.alternateSeats !== null && result.alternates !== undefined) {
      draft.push(
        p(
          `${voice.assembly} quyết định lấy ${n(election.alternateSeats)} đại biểu dự khuyết từ kết quả lần bầu này${alternatesBasis(congress)}.`,
        ),
      );
    }
  }
  writeList(ctx, voice, draft);
  const committee = writeCommittee(ctx, voice, draft);
  writeBase(ctx, voice, draft);
  writeBallots(ctx, voice, draft);
  writeResults(ctx, voice, draft);
  writeAlternates(ctx, voice, draft);
  writeCrossCheck(ctx, draft);
  writeClosing(ctx, voice, committee, draft);
  return {
    electionId: result.id,
    blocks: draft.blocks,
    margins: congress.settings.margins,
    warnings: draft.warnings,
  };
}

/** Header (the counting committee's, `committeeHeader`), title and summary. */
function writeHeader({ congress, election, result }: MinutesContext, voice: Voice, draft: Draft): void {
  draft.push(committeeHeader(congress, { number: election.minutesNumber, date: voice.endDate }));
  draft.push({ kind: 'title', title: 'BIÊN BẢN KIỂM PHIẾU', summary: summaryLines(election, congress) });
  writeRehearsalMark(result, draft);
}

/** A test deck's minutes say so under the title and at the end, in capitals (WORKBOOK.md "Integrity"). */
export const REHEARSAL_LINE = 'PHIẾU THỬ — KHÔNG PHẢI KẾT QUẢ KIỂM PHIẾU THẬT';
export function writeRehearsalMark(result: ElectionResult, draft: Draft): void {
  if (result.rehearsal) draft.push(p([b(REHEARSAL_LINE)], 0, { align: 'center' }));
}

/** One sentence when the count was cross-checked with the official software's figures (all equal: else no minutes). */
function writeCrossCheck({ result }: MinutesContext, draft: Draft): void {
  if (!result.crossCheck?.length) return;
  draft.push(
    p(
      `Kết quả kiểm phiếu trên đã được đối chiếu với ${n(result.crossCheck.length)} số liệu in từ phần mềm kiểm phiếu chính thức; tất cả đều khớp.`,
    ),
  );
}

/** Legal basis (regulations §6.2 item 3): the Statute and the rule set by number and date; then the opening. */
function writeOpening({ congress, election }: MinutesContext, voice: Voice, draft: Draft): void {
  const rules = RULE_SETS[congress.ruleSet];
  draft.push(p([{ text: `Căn cứ ${PARTY_STATUTE};`, italic: true }]));
  draft.push(p([{ text: `Căn cứ ${rules.title};`, italic: true }]));
  const where = cleanText(congress.place);
  const when = congress.date ? formatDateWordsVi(congress.date) : `ngày ${DOTS} tháng ${DOTS} năm ${DOTS}`;
  const body = congressBodyName(congress);
  const who =
    election.session === 'Hội nghị lần thứ nhất' ? `Hội nghị lần thứ nhất của cấp ủy khóa mới (${body})` : body;
  draft.push(
    p(
      `Hôm nay, ${when}${where ? `, tại ${where}` : ''}, ${who} tiến hành ${lowerFirst(summaryLines(election, congress)[0])}${election.round > 1 ? ` (lần bầu thứ ${election.round})` : ''}. Ban kiểm phiếu lập biên bản kiểm phiếu như sau:`,
    ),
  );
}

/** The list in ballot order (§6.2 item 5). */
function writeList({ election }: MinutesContext, voice: Voice, draft: Draft): void {
  draft.heading('Danh sách bầu cử');
  draft.push(
    p(
      `${voice.assembly} đã thông qua danh sách ${voice.opinion ? 'xin ý kiến' : 'bầu cử'} gồm ${people(election.candidates.length)}, xếp theo thứ tự trên phiếu:`,
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
}

/** The counting committee (§6.2 item 6). */
export function writeCommittee(ctx: MinutesContext, voice: Voice, draft: Draft): Committee {
  draft.heading('Ban kiểm phiếu');
  const committee = committeeOf(ctx, draft.warnings);
  draft.push(p(`${voice.assembly} đã cử Ban kiểm phiếu gồm các đồng chí:`));
  const committeeLines =
    committee.head || committee.members.length
      ? [
          committee.head ? `${committee.head}, Trưởng ban` : `${NAME_LINE}, Trưởng ban`,
          ...committee.members.map((m) => `${m}, Ủy viên`),
        ]
      : [`${NAME_LINE}, Trưởng ban`, `${NAME_LINE}, Ủy viên`, `${NAME_LINE}, Ủy viên`];
  committeeLines.forEach((line, i) => draft.push(p(`${i + 1}) Đồng chí ${line};`, 1)));
  return committee;
}

/** Convened, each exclusion, D, present, absent (§6.2 items 7–8; WORKBOOK.md majority base). */
function writeBase(ctx: MinutesContext, voice: Voice, draft: Draft): void {
  const { result } = ctx;
  draft.heading(voice.opinion ? 'Cơ sở tính tỷ lệ xin ý kiến' : 'Số người bầu và cơ sở tính kết quả');
  const [first, ...exclusions] = result.denominatorSteps;
  if (first) draft.push(p(`- ${first.label}: ${people(first.count)};`, 1));
  for (const step of exclusions) draft.push(p(`- ${step.label}: ${people(step.count)};`, 1));
  if (voice.opinion) {
    // regulations §3.3: present or convened is the congress's to decide (`Cơ sở xin ý kiến`).
    if (voice.settings.has('opinionBase')) {
      const base =
        ctx.congress.settings.opinionBase === 'Có mặt'
          ? `số ${voice.voters} có mặt`
          : `tổng số ${voice.voters} được triệu tập`;
      draft.push(p(`- Theo quyết định của ${voice.assembly}, tỷ lệ xin ý kiến được tính trên ${base};`, 1));
    }
    draft.push(
      p(
        [
          { text: `- Cơ sở tính tỷ lệ (A): ` },
          b(people(result.denominator)),
          {
            text: `; người được giới thiệu cần trên 30% số phiếu đồng ý so với A, tức từ ${n(result.threshold)} phiếu trở lên;`,
          },
        ],
        1,
      ),
    );
  } else {
    draft.push(p([{ text: `- Cơ sở tính tỷ lệ trúng cử (D): ` }, b(people(result.denominator)), { text: ';' }], 1));
    draft.push(p(thresholdSentence(ctx, voice), 1));
  }
  draft.push(
    p(
      `- Số ${voice.voters} có mặt lúc bầu cử: ${people(result.present)}; vắng mặt: ${people(result.absentAtVote)}.`,
      1,
    ),
  );
}

/** Ballots issued, returned, valid and invalid with each reason (§6.2 items 9–10). */
function writeBallots(ctx: MinutesContext, voice: Voice, draft: Draft): void {
  const { result } = ctx;
  draft.heading(voice.opinion ? 'Phiếu xin ý kiến' : 'Phiếu bầu');
  const ballots = result.ballots;
  const issued = ballots.issued === null ? DOTS : n(ballots.issued);
  draft.push(p(`- Số phiếu phát ra: ${issued} phiếu; số phiếu thu vào: ${n(ballots.returned)} phiếu;`, 1));
  draft.push(p(`- Số phiếu hợp lệ: ${n(ballots.valid)} phiếu;`, 1));
  const reasons = Object.entries(ballots.invalidReasons).filter(([, count]) => count > 0);
  draft.push(p(`- Số phiếu không hợp lệ: ${n(ballots.invalid)} phiếu${reasons.length ? ', trong đó:' : '.'}`, 1));
  reasons.forEach(([reason, count], i) =>
    draft.push(p(`+ ${reason}: ${n(count)} phiếu${i === reasons.length - 1 ? '.' : ';'}`, 2)),
  );
  // regulations-addendum §2: a ballot of several names that votes for nobody (`Phiếu không bầu ai`).
  if (voice.settings.has('emptyBallotValid')) {
    const verdict = ctx.congress.settings.emptyBallotValid ? 'vẫn được tính là phiếu hợp lệ' : 'là phiếu không hợp lệ';
    draft.push(
      p(`Theo quyết định của ${voice.assembly}, phiếu bầu không bầu cho đồng chí nào trong danh sách ${verdict}.`),
    );
  }
}

/**
 * Per candidate in ballot order (§6.2 item 11): votes and % of D (+ % of valid per the setting);
 * then the elected, by votes descending (§6.2 item 12), and what the congress must still decide.
 */
function writeResults(ctx: MinutesContext, voice: Voice, draft: Draft): void {
  const { result } = ctx;
  draft.heading(
    voice.opinion
      ? 'Kết quả kiểm phiếu xin ý kiến (xếp theo thứ tự trên phiếu)'
      : 'Kết quả kiểm phiếu (xếp theo thứ tự trên phiếu bầu)',
  );
  draft.push(resultsTable(ctx));
  const noCount = result.candidates.filter((c) => c.noCount > 0);
  if (noCount.length) {
    draft.push(
      p(
        `Phiếu hợp lệ đánh dấu cả hai ô hoặc không đánh dấu ô nào ở tên một người (không tính cho người đó): ${noCount.map((c) => `${c.name} ${n(c.noCount)} phiếu`).join('; ')}.`,
      ),
    );
  }
  draft.heading(voice.opinion ? 'Kết quả xin ý kiến' : 'Kết quả bầu cử');
  draft.push(...outcomeBlocks(ctx));
}

/** `, theo Điều 18 Quy chế bầu cử trong Đảng` under QC190, which provides for it; else nothing. */
function alternatesBasis(congress: Congress): string {
  return alternatesFromOfficialList(congress.ruleSet)
    ? `, theo ${RULE_SETS[congress.ruleSet].delegatesArticle} Quy chế bầu cử trong Đảng`
    : '';
}

/**
 * Alternates taken from the official delegates' ballot (`Số dự khuyết`; QC190 Điều 18): those not
 * elected with more than half of D, by votes, in their own table; a tie at the last place, or
 * fewer than the places, said plainly and never decided here.
 */
function writeAlternates(ctx: MinutesContext, voice: Voice, draft: Draft): void {
  const { congress, election, result } = ctx;
  const places = election.alternateSeats;
  if (places === null || result.alternates === undefined) return;
  draft.heading('Đại biểu dự khuyết lấy từ kết quả bầu đại biểu chính thức');
  if (result.status === 'tie') {
    draft.push(
      p(
        `Còn các đồng chí bằng phiếu ở vị trí đại biểu chính thức cuối cùng, nên chưa lấy đại biểu dự khuyết từ kết quả lần bầu này; ${voice.assembly} quyết định sau khi bầu đủ đại biểu chính thức.`,
      ),
    );
    return;
  }
  const byName = new Map(result.candidates.map((c) => [c.name, c]));
  const alternates = result.alternates;
  if (alternates.length) {
    draft.push(
      p(
        `Thực hiện quyết định của ${voice.assembly}${alternatesBasis(congress)}, ${people(alternates.length)} sau đây không trúng cử đại biểu chính thức, được quá một nửa số phiếu bầu so với D, là đại biểu dự khuyết đi dự Đại hội đảng bộ cấp trên (xếp theo số phiếu từ cao đến thấp, cũng là thứ tự thay thế):`,
      ),
    );
    draft.push(votesTable(result, alternates, result.denominator, 'D'));
  } else if (!result.alternateTies?.length) {
    draft.push(
      p(
        'Không có đồng chí nào không trúng cử đại biểu chính thức mà được quá một nửa số phiếu bầu so với D; chưa lấy được đại biểu dự khuyết.',
      ),
    );
  }
  for (const group of result.orderTies) {
    const votes = byName.get(group[0])?.votes ?? 0;
    draft.push(
      p([
        b('Lưu ý: '),
        {
          text: `các đồng chí ${joinNames(group)} bằng số phiếu (${n(votes)} phiếu). Thứ tự thay thế giữa các đồng chí này do ${voice.assembly} quyết định.`,
        },
      ]),
    );
  }
  const tied = result.alternateTies ?? [];
  if (tied.length) {
    const votes = byName.get(tied[0])?.votes ?? 0;
    draft.push(
      p([
        b('Bằng phiếu: '),
        {
          text: `các đồng chí ${joinNames(tied)} cùng được ${n(votes)} phiếu (${percentText(votes, result.denominator)} so với D) ở vị trí đại biểu dự khuyết cuối cùng, nhưng chỉ còn ${people(places - alternates.length)}. Chưa đồng chí nào trong số này là đại biểu dự khuyết; ${voice.assembly} quyết định.`,
        },
      ]),
    );
  } else if (alternates.length > 0 && alternates.length < places) {
    draft.push(
      p(
        `Số đại biểu dự khuyết lấy được (${people(alternates.length)}) chưa đủ số ${voice.assembly} quyết định (${people(places)}).`,
      ),
    );
  }
}

/**
 * The ballots sealed and handed over (QC190 Điều 35), the time and date of the count's end (dotted
 * when unknown) and the report to the presidium, the signatures, and the fingerprint line.
 */
export function writeClosing(
  { congress, election, result }: MinutesContext,
  voice: Voice,
  committee: Committee,
  draft: Draft,
): void {
  const time = election.countEnded?.time;
  const at = time ? `${pad2(time.hour)} giờ ${pad2(time.minute)} phút` : `${DOTS} giờ ${DOTS} phút`;
  const day = voice.endDate ? formatDateWordsVi(voice.endDate) : `ngày ${DOTS} tháng ${DOTS} năm ${DOTS}`;
  const meeting = voice.assembly === 'Hội nghị';
  // QC190 Điều 35: sealed by the counting committee, handed to the presidium for the committee's archive.
  draft.push(
    p(
      `Toàn bộ ${voice.ballotWord ?? (voice.opinion ? 'phiếu xin ý kiến' : 'phiếu bầu')} đã được Ban kiểm phiếu niêm phong và chuyển cho ${meeting ? 'chủ tọa Hội nghị' : 'Đoàn Chủ tịch Đại hội'} để bàn giao cho cấp ủy lưu trữ theo quy định.`,
    ),
  );
  const reportTo =
    voice.reportTo ??
    (meeting ? 'báo cáo chủ tọa Hội nghị và công bố trước Hội nghị' : 'báo cáo Đoàn Chủ tịch và công bố trước Đại hội');
  draft.push(p(`Biên bản kiểm phiếu lập xong hồi ${at}, ${day}, để ${reportTo}.`));

  // Signatures (HD 36 point 1.7.1: T/M; addendum §1.3: members sign per `Ký biên bản`).
  const everyone = congress.settings.signers === 'Tất cả';
  const memberSigners: Signer[] = committee.known
    ? committee.members.map((name) => ({ name }))
    : [{ name: null }, { name: null }];
  draft.push({
    kind: 'signature',
    authority: 'T/M BAN KIỂM PHIẾU',
    position: 'TRƯỞNG BAN',
    instruction: '(Ký, ghi rõ họ tên)',
    head: { name: committee.head },
    membersTitle: everyone ? 'CÁC THÀNH VIÊN BAN KIỂM PHIẾU' : null,
    members: everyone ? memberSigners : [],
  });

  // The fingerprint of the ballot data, so a recount can be checked against this paper (`In mã kiểm tra`);
  // a test deck's minutes say so again at the end, whatever the setting.
  const lines = congress.settings.printFingerprint ? [`Mã kiểm tra: ${result.fingerprint}`] : [];
  if (result.rehearsal) lines.push(REHEARSAL_LINE);
  if (lines.length) draft.push({ kind: 'footer', lines });
}

const NAME_LINE = '………………………………';

export function lowerFirst(text: string): string {
  return text ? text[0].toLocaleLowerCase('vi-VN') + text.slice(1) : text;
}

/**
 * Names in the order given, each with its votes and its share of `base` (labelled `baseLabel`):
 * the elected, the alternates, the introduced.
 */
export function votesTable(result: ElectionResult, names: string[], base: number, baseLabel: string): TableBlock {
  const byName = new Map(result.candidates.map((c) => [c.name, c]));
  return table(
    [
      { header: 'STT', weight: 1, align: 'center' },
      { header: 'Họ và tên', weight: 6, align: 'left' },
      { header: 'Số phiếu', weight: 2, align: 'center' },
      { header: `Tỷ lệ so với ${baseLabel}`, weight: 3, align: 'center' },
    ],
    names.map((name, i) => {
      const c = byName.get(name);
      return [i + 1, name, c ? c.votes : '', c ? percentText(c.votes, base) : ''];
    }),
  );
}

export function table(columns: TableColumn[], rows: TableBlock['rows']): TableBlock {
  return { kind: 'table', columns, rows };
}

function seatsSentence(election: ElectionDef, result: ElectionResult, assembly: string): string {
  const seats = people(result.seats);
  if (election.round > 1) {
    return `Số lượng cần bầu ở lần bầu này (số còn thiếu sau lần bầu thứ ${n(election.round - 1)}): ${seats}.`;
  }
  switch (election.office) {
    case 'Đại biểu chính thức':
      // The number of delegates is allocated from above, never voted (regulations §2.2).
      return `Số lượng đại biểu chính thức đi dự Đại hội đảng bộ cấp trên được phân bổ: ${seats}.`;
    case 'Đại biểu dự khuyết':
      return `Số lượng đại biểu dự khuyết đi dự Đại hội đảng bộ cấp trên ${assembly} quyết định bầu: ${seats}.`;
    case 'Ban Chấp hành':
    case 'Chi ủy':
    case 'Ban Thường vụ':
    case 'Ủy ban Kiểm tra':
      return `${assembly} đã biểu quyết số lượng ${OFFICE_MEMBER[election.office]} cần bầu: ${seats}.`;
    default:
      return `Số lượng ${OFFICE_MEMBER[election.office]} cần bầu: ${seats}.`;
  }
}

/** Who is elected at this round, in one sentence: the majority, or the rule a setting gives. */
function thresholdSentence({ congress, result }: MinutesContext, voice: Voice): string {
  const decision = `theo quyết định của ${voice.assembly}`;
  const majority = `phải được quá một nửa số phiếu bầu so với D, tức từ ${n(result.threshold)} phiếu trở lên`;
  // The round after a tie (`Bầu lại khi bằng phiếu`; regulations-2025 §1.4, unverified).
  if (voice.settings.has('tieRevote')) {
    const again = '- Lần bầu này bầu lại giữa các đồng chí bằng phiếu nhau ở lần bầu trước';
    return result.tieRevote === 'Nhiều phiếu hơn'
      ? `${again}; ${decision}, các đồng chí được nhiều phiếu hơn trúng cử cho đủ số lượng cần bầu, không cần đạt quá một nửa so với D; nếu có các đồng chí bằng phiếu nhau ở vị trí cuối cùng thì chưa đồng chí nào trong số đó trúng cử;`
      : `${again}; ${decision}, người trúng cử vẫn ${majority};`;
  }
  // QC244: whether alternates need a majority is the congress's to decide (QC190 Điều 18 requires it).
  if (voice.settings.has('alternatesNeedMajority')) {
    return congress.settings.alternatesNeedMajority
      ? `- Theo quyết định của ${voice.assembly}, người trúng cử đại biểu dự khuyết ${majority};`
      : `- Theo quyết định của ${voice.assembly}, đại biểu dự khuyết không cần đạt quá một nửa so với D; các đồng chí được phiếu trúng cử theo số phiếu từ cao đến thấp cho đủ số lượng cần bầu;`;
  }
  return `- Người trúng cử ${majority};`;
}

export interface Committee {
  head: string | null;
  members: string[];
  /** False when the names are unknown (no sheet, or nobody for this session). */
  known: boolean;
}

function committeeOf(ctx: MinutesContext, warnings: Problem[]): Committee {
  const { counters, election, result } = ctx;
  if (counters === null) {
    warnings.push(warning('NO_COUNTERS', 'MINUTES_NO_COUNTERS', undefined, { id: result.id }));
    return { head: null, members: [], known: false };
  }
  const ofSession = counters.filter((c) => c.session === election.session);
  if (ofSession.length === 0) {
    warnings.push(
      warning('NO_COUNTERS', 'MINUTES_NO_COUNTERS_SESSION', undefined, { id: result.id, session: election.session }),
    );
    return { head: null, members: [], known: false };
  }
  const heads = ofSession.filter((c) => c.role === 'Trưởng ban');
  if (heads.length !== 1) {
    warnings.push(
      warning('NO_COUNTERS', 'MINUTES_NO_HEAD', heads[0]?.cell ?? ofSession[0].cell, {
        id: result.id,
        session: election.session,
      }),
    );
  }
  return {
    head: heads.length === 1 ? heads[0].name : null,
    members: ofSession.filter((c) => c.role !== 'Trưởng ban' || heads.length !== 1).map((c) => c.name),
    known: true,
  };
}

function resultsTable(ctx: MinutesContext): TableBlock {
  const { result, congress } = ctx;
  const agree = result.ballotType !== 'Gạch tên';
  const withValid = congress.settings.printPercentOfValid;
  const base = result.office === 'Xin ý kiến' ? 'A' : 'D';
  const columns: TableColumn[] = [
    { header: 'STT', weight: 1, align: 'center' },
    { header: 'Họ và tên', weight: agree ? 3.5 : 5, align: 'left' },
    { header: agree ? 'Đồng ý' : 'Số phiếu bầu', weight: agree ? 1.5 : 2, align: 'center' },
  ];
  if (agree) columns.push({ header: 'Không đồng ý', weight: 2, align: 'center' });
  columns.push({ header: `Tỷ lệ so với ${base}`, weight: 2, align: 'center' });
  if (withValid) columns.push({ header: 'Tỷ lệ so với phiếu hợp lệ', weight: 2, align: 'center' });
  const rows = result.candidates.map((c, i) => {
    const row: (string | number)[] = [i + 1, c.name, c.votes];
    if (agree) row.push(c.against);
    row.push(percentText(c.votes, result.denominator));
    if (withValid) row.push(result.ballots.valid > 0 ? percentText(c.votes, result.ballots.valid) : '');
    return row;
  });
  return table(columns, rows);
}

function outcomeBlocks(ctx: MinutesContext): Block[] {
  const { result, election } = ctx;
  const out: Block[] = [];
  const byName = new Map(result.candidates.map((c) => [c.name, c]));
  const base = result.office === 'Xin ý kiến' ? 'A' : 'D';
  const electedTable = votesTable(result, result.elected, result.denominator, base);

  if (result.office === 'Xin ý kiến') {
    if (result.elected.length) {
      out.push(
        p(
          `Những đồng chí sau đây được trên 30% số phiếu đồng ý so với A${result.feeds ? ', đủ điều kiện đưa vào danh sách bầu cử' : ''} (xếp theo số phiếu từ cao đến thấp):`,
        ),
      );
      out.push(electedTable);
    } else {
      out.push(p('Không đồng chí nào được trên 30% số phiếu đồng ý so với A.'));
    }
    return out;
  }

  const member = OFFICE_MEMBER[result.office];
  const alternates = result.office === 'Đại biểu dự khuyết';
  if (result.elected.length) {
    const order = alternates
      ? 'xếp theo số phiếu từ cao đến thấp, cũng là thứ tự thay thế'
      : 'xếp theo số phiếu từ cao đến thấp';
    const withoutMajority =
      (alternates && !ctx.congress.settings.alternatesNeedMajority) || result.tieRevote === 'Nhiều phiếu hơn';
    const majority = withoutMajority ? '' : ', mỗi đồng chí đạt quá một nửa so với D';
    out.push(
      p(
        `Căn cứ kết quả kiểm phiếu, ${people(result.elected.length)} sau đây trúng cử ${member} (${order}${majority}):`,
      ),
    );
    out.push(electedTable);
  }
  // Alternates equal in votes: the order of substitution is the congress's to decide (those taken
  // from an official delegates' ballot are in writeAlternates).
  for (const group of alternates ? result.orderTies : []) {
    const votes = byName.get(group[0])?.votes ?? 0;
    out.push(
      p([
        b('Lưu ý: '),
        {
          text: `các đồng chí ${joinNames(group)} bằng số phiếu (${n(votes)} phiếu). Thứ tự thay thế giữa các đồng chí này do ${assemblyWord(election)} quyết định.`,
        },
      ]),
    );
  }

  // QĐ 294: a chi bộ's third secretary round without a winner ends the election.
  const appointed = secretaryAppointed(ctx.congress, result);
  const appointedText = `Chi bộ đã bầu đến lần thứ ${n(result.round)} mà không có đồng chí nào trúng cử bí thư chi bộ; theo ${QD_294}, cấp ủy cấp trên chỉ định một đồng chí làm bí thư chi bộ.`;
  if (result.status === 'tie') {
    const votes = byName.get(result.tied[0])?.votes ?? 0;
    out.push(
      p([
        b('Bằng phiếu: '),
        {
          text: `các đồng chí ${joinNames(result.tied)} cùng được ${n(votes)} phiếu (${percentText(votes, result.denominator)} so với D)${2 * votes > result.denominator ? ', đều quá một nửa' : ''}, nhưng chỉ còn ${people(result.seatsOpen)} được trúng cử. Chưa đồng chí nào trong số này trúng cử. `,
        },
        {
          text: appointed
            ? appointedText
            : `${assemblyWord(election)} cần quyết định bầu lại giữa các đồng chí bằng phiếu để chọn ${people(result.seatsOpen)}, hoặc không bầu thêm.`,
        },
      ]),
    );
  } else if (result.status === 'shortfall') {
    const none = result.elected.length === 0;
    out.push(
      p([
        b('Bầu chưa đủ: '),
        {
          text: none
            ? `không đồng chí nào đạt quá một nửa so với D; chưa có ${member} nào trúng cử (cần ${people(result.seats)}). `
            : `số trúng cử (${people(result.elected.length)}) chưa đủ số lượng cần bầu (${people(result.seats)}), còn thiếu ${people(result.seatsOpen)}. `,
        },
        {
          text: appointed
            ? appointedText
            : `${assemblyWord(election)} cần quyết định có bầu tiếp lần sau cho số còn thiếu hay không, và danh sách bầu lần sau.`,
        },
      ]),
    );
  } else if (result.elected.length === result.seats) {
    out.push(p(`Đã bầu đủ số lượng ${member} cần bầu (${people(result.seats)}).`));
  }
  return out;
}

export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}`;
}
