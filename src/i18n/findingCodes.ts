/**
 * Every finding code as the clerk reads it (issue 11, after the Dutch Electoral Council's
 * Abacus): a title, the code itself, the message as explanation, and what to do. Typed against
 * the engine's list of codes, so a code without a title fails the build.
 */
import type { FindingCode } from '../engine/findings/codes';
import type { Lang } from './define';

/** What kind of mistake a code points at, which decides what the clerk is told to do. */
export type ActionKind =
  | 'entry'
  | 'setup'
  | 'file'
  | 'secondLook'
  | 'list'
  | 'decide'
  | 'minutes'
  | 'trail'
  | 'finalised'
  | 'notFinal'
  | 'rehearsal'
  | 'nothing'
  | 'internal';

export const CODE_ACTION: Record<FindingCode, ActionKind> = {
  MISSING_SHEET: 'setup',
  MISSING_HEADER: 'setup',
  UNKNOWN_LABEL: 'setup',
  BAD_VALUE: 'setup',
  BAD_MARK: 'entry',
  DUPLICATE_BALLOT_NUMBER: 'entry',
  UNKNOWN_CANDIDATE: 'entry',
  LEGACY_ENCODING: 'setup',
  NEAR_DUPLICATE_NAME: 'secondLook',
  ALTERNATE_WITHOUT_ABSENCE: 'setup',
  BAD_SEATS: 'setup',
  BAD_ROUND: 'setup',
  FORMULA_WITHOUT_VALUE: 'file',
  NOT_XLSX: 'file',
  ENCRYPTED: 'file',
  TOO_LARGE: 'file',
  DUPLICATE_LABEL: 'setup',
  NAME_NOT_IN_NHAN_SU: 'secondLook',
  INVALID_SHARE_HIGH: 'secondLook',
  RETURNED_FAR_BELOW_ISSUED: 'secondLook',
  PRESENT_BELOW_TWO_THIRDS: 'secondLook',
  REPEATED_BALLOT_ROWS: 'secondLook',
  ALL_BALLOTS_IDENTICAL: 'secondLook',
  // The conference decides whether a vote with too few present stands (QĐ 96, secondary source).
  TRUST_QUORUM: 'decide',
  // A written-in name is copied from the paper ballot: check the copy first.
  WRITE_IN_UNKNOWN: 'entry',
  SURPLUS_LOW: 'list',
  SURPLUS_HIGH: 'list',
  SURPLUS_PREPARED: 'list',
  NOT_OFFICIAL: 'list',
  COUNTER_ON_LIST: 'list',
  AGE_FIRST_TERM: 'list',
  AGE_REELECTION: 'list',
  CHI_UY_UNDER_9: 'list',
  CHI_UY_OVER_7: 'list',
  BTV_OVER_THIRD: 'list',
  DUPLICATE_NAME: 'list',
  NOT_IN_NHAN_SU: 'list',
  BALLOT_ORDER: 'list',
  FLOOR_NOMINEE_UNAPPROVED: 'list',
  BTV_UNDER_9: 'list',
  NOT_IN_ELECTED_BODY: 'list',
  AGE_UNKNOWN: 'list',
  ALTERNATE_NOT_FROM_LIST: 'list',
  PBT_MORE_THAN_ONE: 'list',
  AGE_REFERENCE: 'list',
  SECRETARY_APPOINTED: 'decide',
  QUOTA_BAND: 'decide',
  NO_SEAT: 'decide',
  OVER_CAP: 'decide',
  TIE_LAST_SEAT: 'decide',
  MINIMUMS_EXCEED_SEATS: 'setup',
  TARGET_MISSED: 'decide',
  COMPOSITION_PENDING: 'decide',
  NO_COUNTERS: 'minutes',
  MINUTES_NONE: 'minutes',
  MINUTES_SKIPPED: 'minutes',
  BALLOTS_NONE: 'minutes',
  // Integrity (issue 12). The log was edited: never repaired by the software, reported.
  LOG_BROKEN: 'trail',
  // Changed after Chốt kết quả: undo the change, or reopen with a reason (logged).
  FINALISED_CHANGED: 'finalised',
  NOT_FINALISABLE: 'notFinal',
  ALREADY_FINALISED: 'nothing',
  // The official software's figure and ours differ: a keying error on one side, as for any entry.
  CROSS_CHECK_DIFFERENCE: 'entry',
  REHEARSAL: 'rehearsal',
  REOPEN_UNUSED: 'nothing',
  INTERNAL: 'internal',
};

const ACTIONS: Record<Lang, Record<ActionKind, string>> = {
  vi: {
    entry:
      'Nhập sai so với lá phiếu hoặc giấy tờ? Sửa ô đó rồi bấm lại. Đã đối chiếu mà vẫn đúng như giấy? Dừng lại, báo Trưởng ban kiểm phiếu.',
    setup: 'Sửa ô được chỉ theo đúng văn bản của đại hội (chọn ô tiêu đề để xem điều cần ghi), rồi bấm lại.',
    file: 'Mở tệp trong Excel, làm như thông báo nói (lưu thành .xlsx, bỏ mật khẩu, tính lại công thức), lưu rồi chọn lại tệp.',
    secondLook:
      'Không chặn việc kiểm phiếu. Nhập sai? Sửa rồi bấm lại. Đúng như giấy? Cứ tiếp tục; khi cần, Ban kiểm phiếu ghi lý do vào biên bản.',
    list: 'Đối chiếu với hồ sơ nhân sự và quy định được dẫn; sửa danh sách hoặc trang Nhân sự nếu sai, rồi kiểm tra lại.',
    decide: 'Cấp ủy hoặc đại hội quyết định việc này; phần mềm chỉ báo, không tự phân định.',
    minutes: 'Bổ sung theo thông báo nếu cần, rồi bấm lại.',
    trail:
      'Không sửa, không xóa dòng nào của Nhật ký. Đối chiếu với bản in của nhật ký, báo Trưởng ban kiểm phiếu và ghi sự việc vào biên bản; các lần chạy sau vẫn ghi tiếp.',
    finalised:
      'Lỡ tay sửa sau khi chốt? Trả ô về như cũ rồi bấm lại. Phải sửa thật? Trưởng ban kiểm phiếu quyết định; mở lại kết quả và ghi rõ lý do, lý do được ghi vào Nhật ký.',
    notFinal: 'Chỉ chốt kết quả đã kiểm phiếu xong trên phiếu thật và không bị chặn: làm theo thông báo, rồi bấm lại.',
    rehearsal:
      'Chỉ để tập dượt, không công bố. Trước khi nhập phiếu thật, xóa phiếu thử trên trang phiếu và các dòng của cuộc bầu này trong Đối chiếu (hoặc dùng lại bản sổ tính chưa có phiếu thử).',
    nothing: 'Không cần làm gì thêm.',
    internal: 'Hãy báo cho người phát triển, kèm tệp Excel.',
  },
  en: {
    entry:
      'Keyed differently from the ballot or the paper? Correct the cell and run again. Checked and it matches the paper? Stop, and tell the head of the counting committee.',
    setup:
      "Correct the cell shown to match the congress's documents (select the header to see what goes there), then run again.",
    file: 'Open the file in Excel, do what the message says (save as .xlsx, remove the password, recalculate), save it and choose it again.',
    secondLook:
      'This does not stop the count. Keyed wrongly? Correct it and run again. Matches the paper? Go on; where needed, the committee records why in the minutes.',
    list: 'Compare with the personnel files and the rule cited; correct the list or Nhân sự if wrong, then check again.',
    decide: 'The committee or the congress decides this; the software only reports it, never decides.',
    minutes: 'Add what the message asks for if needed, then run again.',
    trail:
      'Do not edit or delete any row of Nhật ký. Compare it with the printed log, tell the head of the counting committee and record it in the minutes; later runs still append.',
    finalised:
      'Changed by mistake after finalising? Put the cell back and run again. Must it really change? The head of the counting committee decides; reopen the result and give the reason, which goes into Nhật ký.',
    notFinal:
      'Only a count finished on real ballots and not blocked can be finalised: do what the message says, then run again.',
    rehearsal:
      "For the rehearsal only, never announced. Before keying the real ballots, delete the test ballots from the ballot sheet and this election's rows from Đối chiếu (or go back to the workbook as it was before the test deck).",
    nothing: 'Nothing more to do.',
    internal: 'Report it to the developers, with the Excel file.',
  },
};

const TITLES: Record<Lang, Record<FindingCode, string>> = {
  vi: {
    MISSING_SHEET: 'Thiếu trang tính',
    MISSING_HEADER: 'Thiếu cột tiêu đề',
    UNKNOWN_LABEL: 'Mục không có trong mẫu',
    BAD_VALUE: 'Giá trị không hợp lệ',
    BAD_MARK: 'Dấu không hợp lệ trên phiếu',
    DUPLICATE_BALLOT_NUMBER: 'Số phiếu nhập hai lần',
    UNKNOWN_CANDIDATE: 'Tên không có trong lần nhập thứ nhất',
    LEGACY_ENCODING: 'Tên gõ bằng bảng mã cũ',
    NEAR_DUPLICATE_NAME: 'Hai tên chỉ khác dấu',
    ALTERNATE_WITHOUT_ABSENCE: 'Dự khuyết thay thế không có người vắng',
    BAD_SEATS: 'Số lượng cần bầu không đúng',
    BAD_ROUND: 'Lần bầu không đúng',
    FORMULA_WITHOUT_VALUE: 'Công thức chưa có giá trị',
    NOT_XLSX: 'Không phải tệp .xlsx',
    ENCRYPTED: 'Tệp có mật khẩu',
    TOO_LARGE: 'Tệp quá lớn',
    DUPLICATE_LABEL: 'Mục ghi hai lần',
    NAME_NOT_IN_NHAN_SU: 'Tên trên trang phiếu không có trong Nhân sự',
    INVALID_SHARE_HIGH: 'Nhiều phiếu không hợp lệ',
    RETURNED_FAR_BELOW_ISSUED: 'Thu vào ít hơn nhiều so với phát ra',
    PRESENT_BELOW_TWO_THIRDS: 'Có mặt chưa đủ hai phần ba',
    TRUST_QUORUM: 'Lấy phiếu tín nhiệm khi có mặt chưa đủ hai phần ba',
    WRITE_IN_UNKNOWN: 'Tên ghi thêm không có trong danh sách',
    REPEATED_BALLOT_ROWS: 'Nhiều dòng phiếu liền nhau giống hệt nhau',
    ALL_BALLOTS_IDENTICAL: 'Mọi phiếu giống hệt nhau',
    SURPLUS_LOW: 'Số dư quá ít',
    SURPLUS_HIGH: 'Số dư quá nhiều',
    SURPLUS_PREPARED: 'Số dư chuẩn bị ngoài 10–15%',
    NOT_OFFICIAL: 'Không phải đảng viên chính thức',
    COUNTER_ON_LIST: 'Thành viên Ban kiểm phiếu có tên trong danh sách bầu',
    AGE_FIRST_TERM: 'Không đủ tuổi cho nhiệm kỳ đầu',
    AGE_REELECTION: 'Không đủ tuổi để tái cử',
    CHI_UY_UNDER_9: 'Chi bộ dưới 9 đảng viên bầu chi ủy',
    CHI_UY_OVER_7: 'Chi ủy quá 7 người',
    BTV_OVER_THIRD: 'Ban Thường vụ quá một phần ba',
    DUPLICATE_NAME: 'Tên có hai lần trong danh sách',
    NOT_IN_NHAN_SU: 'Không có trong Nhân sự',
    BALLOT_ORDER: 'Thứ tự tên chưa theo A, B, C',
    FLOOR_NOMINEE_UNAPPROVED: 'Người được đề cử chưa qua xin ý kiến',
    BTV_UNDER_9: 'Cấp ủy dưới 9 người bầu Ban Thường vụ',
    NOT_IN_ELECTED_BODY: 'Không phải thành viên cơ quan bầu ra',
    AGE_UNKNOWN: 'Thiếu ngày sinh hoặc giới tính',
    ALTERNATE_NOT_FROM_LIST: 'Dự khuyết không lấy từ danh sách chính thức',
    PBT_MORE_THAN_ONE: 'Chi bộ bầu quá một phó bí thư',
    AGE_REFERENCE: 'Mốc tính tuổi',
    SECRETARY_APPOINTED: 'Cấp trên chỉ định bí thư',
    QUOTA_BAND: 'Số đại biểu ngoài khoảng định suất',
    NO_SEAT: 'Chi bộ không có đại biểu',
    OVER_CAP: 'Vượt số đại biểu tối đa',
    TIE_LAST_SEAT: 'Bằng nhau ở suất cuối',
    MINIMUMS_EXCEED_SEATS: 'Tổng số tối thiểu vượt số đại biểu',
    TARGET_MISSED: 'Chưa đạt chỉ tiêu cơ cấu',
    COMPOSITION_PENDING: 'Chưa bầu xong để thống kê',
    NO_COUNTERS: 'Thiếu Ban kiểm phiếu',
    MINUTES_NONE: 'Chưa có biên bản nào',
    MINUTES_SKIPPED: 'Không lập biên bản',
    BALLOTS_NONE: 'Không có mẫu phiếu nào',
    LOG_BROKEN: 'Nhật ký đã bị sửa hoặc mất dòng',
    FINALISED_CHANGED: 'Kết quả đã chốt mà dữ liệu đã đổi',
    NOT_FINALISABLE: 'Chưa chốt được kết quả',
    ALREADY_FINALISED: 'Kết quả đã chốt từ trước',
    CROSS_CHECK_DIFFERENCE: 'Khác số liệu của phần mềm chính thức',
    REHEARSAL: 'Phiếu thử, không phải phiếu thật',
    REOPEN_UNUSED: 'Không có gì để mở lại',
    INTERNAL: 'Lỗi nội bộ',
  },
  en: {
    MISSING_SHEET: 'Sheet missing',
    MISSING_HEADER: 'Header column missing',
    UNKNOWN_LABEL: 'Item not in the template',
    BAD_VALUE: 'Value not valid',
    BAD_MARK: 'Mark not valid on a ballot',
    DUPLICATE_BALLOT_NUMBER: 'Ballot number keyed twice',
    UNKNOWN_CANDIDATE: 'Name not in the first entry',
    LEGACY_ENCODING: 'Name in a legacy encoding',
    NEAR_DUPLICATE_NAME: 'Two names differing only in accents',
    ALTERNATE_WITHOUT_ABSENCE: 'Alternate called in without an absence',
    BAD_SEATS: 'Seats not right',
    BAD_ROUND: 'Round not right',
    FORMULA_WITHOUT_VALUE: 'Formula without a value',
    NOT_XLSX: 'Not an .xlsx file',
    ENCRYPTED: 'Password-protected file',
    TOO_LARGE: 'File too large',
    DUPLICATE_LABEL: 'Item given twice',
    NAME_NOT_IN_NHAN_SU: 'Ballot header not in Nhân sự',
    INVALID_SHARE_HIGH: 'Many invalid ballots',
    RETURNED_FAR_BELOW_ISSUED: 'Far fewer returned than issued',
    PRESENT_BELOW_TWO_THIRDS: 'Fewer than two thirds present',
    TRUST_QUORUM: 'Trust vote with fewer than two thirds present',
    WRITE_IN_UNKNOWN: 'Written-in name on no list',
    REPEATED_BALLOT_ROWS: 'Many identical consecutive ballot rows',
    ALL_BALLOTS_IDENTICAL: 'Every ballot identical',
    SURPLUS_LOW: 'Too few extra candidates',
    SURPLUS_HIGH: 'Too many extra candidates',
    SURPLUS_PREPARED: 'Prepared surplus outside 10–15%',
    NOT_OFFICIAL: 'Not an official member',
    COUNTER_ON_LIST: 'A counter on the election list',
    AGE_FIRST_TERM: 'Too old for a first term',
    AGE_REELECTION: 'Too old for re-election',
    CHI_UY_UNDER_9: 'Chi bộ under 9 members electing a committee',
    CHI_UY_OVER_7: 'Chi bộ committee over 7',
    BTV_OVER_THIRD: 'Standing committee over a third',
    DUPLICATE_NAME: 'Name twice on the list',
    NOT_IN_NHAN_SU: 'Not in Nhân sự',
    BALLOT_ORDER: 'Names not in A-B-C order',
    FLOOR_NOMINEE_UNAPPROVED: 'Floor nominee without the opinion ballot',
    BTV_UNDER_9: 'Committee under 9 electing a standing committee',
    NOT_IN_ELECTED_BODY: 'Not a member of the body elected',
    AGE_UNKNOWN: 'Birth date or gender missing',
    ALTERNATE_NOT_FROM_LIST: 'Alternate not from the official list',
    PBT_MORE_THAN_ONE: 'More than one chi bộ deputy secretary',
    AGE_REFERENCE: 'Date ages are counted at',
    SECRETARY_APPOINTED: 'The superior committee appoints the secretary',
    QUOTA_BAND: 'Seats outside the quota band',
    NO_SEAT: 'Unit without a delegate',
    OVER_CAP: 'Over the cap on delegates',
    TIE_LAST_SEAT: 'Tie for the last seat',
    MINIMUMS_EXCEED_SEATS: 'Minimums exceed the seats',
    TARGET_MISSED: 'Composition target missed',
    COMPOSITION_PENDING: 'Not yet elected',
    NO_COUNTERS: 'No counting committee',
    MINUTES_NONE: 'No minutes yet',
    MINUTES_SKIPPED: 'Minutes not written',
    BALLOTS_NONE: 'No ballot papers',
    LOG_BROKEN: 'Log edited or rows lost',
    FINALISED_CHANGED: 'Finalised result on changed data',
    NOT_FINALISABLE: 'Result cannot be finalised yet',
    ALREADY_FINALISED: 'Result already finalised',
    CROSS_CHECK_DIFFERENCE: 'Differs from the official software',
    REHEARSAL: 'Test ballots, not real ones',
    REOPEN_UNUSED: 'Nothing to reopen',
    INTERNAL: 'Internal error',
  },
};

export function codeTitle(lang: Lang, code: FindingCode): string {
  return TITLES[lang][code];
}

export function codeAction(lang: Lang, code: FindingCode): string {
  return ACTIONS[lang][CODE_ACTION[code]];
}
