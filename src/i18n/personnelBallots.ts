import { defineMessages } from './define';

/** Messages of trust votes and introduction ballots (WORKBOOK.md version 2). */
export const personnelBallotMessages = defineMessages(
  {
    PANE_BAND_half: 'Trên 1/2 đến dưới 2/3 phiếu tín nhiệm thấp',
    PANE_BAND_twoThirds: 'Từ 2/3 trở lên phiếu tín nhiệm thấp',
    PANE_TRUST_LOW: 'phiếu tín nhiệm thấp',
    PANE_TRUST_NO_BAND: 'Không ai có trên một nửa số phiếu tín nhiệm thấp.',
    PANE_TRUST_BASE: 'Tổng số phiếu thu về (R)',
    PANE_STATUS_trust: 'Đã kiểm phiếu',
    PANE_INTRODUCED: 'Được giới thiệu',
    PANE_NONE_INTRODUCED: 'Không ai được quá một nửa số người được triệu tập.',
    PANE_PLACES: 'Số lượng cần giới thiệu',
    PANE_INTRODUCTION_TIE:
      'Bằng phiếu ở vị trí cuối, còn {count} chỗ: người đứng đầu cấp ủy lựa chọn; phần mềm không phân định.',
    PANE_INTRODUCTION_SHORT: 'Còn thiếu {count} người: cấp ủy tiếp tục quy trình giới thiệu.',
    TRUST_QUORUM:
      'Lấy phiếu tín nhiệm "{id}": có mặt {present} trong số {convened} người được triệu tập, chưa đủ 2/3 (cần ít nhất {needed} người). Hội nghị lấy phiếu tín nhiệm chỉ được tiến hành khi có ít nhất 2/3 số người được triệu tập có mặt — quy định này mới đọc được qua nguồn thứ cấp, chưa đối chiếu được điều khoản. Hãy kiểm tra ô này hoặc báo chủ trì hội nghị.',
    WRITE_IN_UNKNOWN:
      'Tên ghi thêm "{name}" (phiếu số {ballot}, "{id}") không có trong danh sách triệu tập hay trang "Nhân sự". Hãy kiểm tra họ tên (tên ghi thêm được so khớp chính xác, phân biệt dấu và chữ hoa) và bổ sung người này vào trang "Nhân sự".',
    WRITE_IN_UNKNOWN_NEAR:
      'Tên ghi thêm "{name}" (phiếu số {ballot}, "{id}") không có trong danh sách triệu tập hay trang "Nhân sự"; tên gần nhất là "{near}". Nếu là cùng một người, hãy sửa ô này cho đúng họ tên (tên ghi thêm được so khớp chính xác, phân biệt dấu và chữ hoa); nếu là người khác, hãy bổ sung vào trang "Nhân sự".',
    TRUST_SEATS_GIVEN:
      'Lấy phiếu tín nhiệm không có "Số lượng cần bầu" (không bầu ai). Hãy để trống ô này; danh sách người được lấy phiếu là dòng tiêu đề của trang phiếu.',
    PERSONNEL_BALLOT_SUBTOTALS:
      '"{office}" chỉ nhập từng phiếu ("Từng phiếu"): cần từng lá phiếu để tính {what}. Hãy sửa "Hình thức nhập".',
    PERSONNEL_BALLOT_ROUND:
      'Lấy phiếu tín nhiệm không có lần bầu: mỗi nơi lấy phiếu là một dòng riêng với "Lần bầu" để trống. Hãy xóa ô này.',
    BAD_MARK_TRUST:
      'Dấu "{value}" không hợp lệ ở phiếu số {ballot}. Phiếu tín nhiệm nhận: "1" (tín nhiệm cao), "2" (tín nhiệm), "3" (tín nhiệm thấp); để trống hoặc "-" khi không đánh dấu ô nào hoặc đánh dấu nhiều ô (dòng đó không hợp lệ cho người này). Hãy sửa ô này theo đúng lá phiếu.',
    WRITE_IN_COLUMN_NOT_INTRODUCTION:
      'Cột "Giới thiệu thêm" chỉ dùng cho phiếu giới thiệu nhân sự ("Chức danh" là "Giới thiệu nhân sự"). Hãy xóa cột này hoặc sửa "Chức danh" của cuộc bầu.',
    WRITE_IN_COLUMN_PLACE:
      'Cột "Giới thiệu thêm" phải đứng sau tên những người trong danh sách, trước "Không hợp lệ". Hãy chuyển cột này.',
    WRITE_IN_NOT_A_NAME:
      'Ô "Giới thiệu thêm" của phiếu số {ballot} ghi "{value}", không phải họ tên. Ở cột này ghi họ và tên người được giới thiệu thêm (như ghi trên phiếu), hoặc để trống.',
    NEXT_ROUND_PERSONNEL:
      '"{id}" là phiếu tín nhiệm hoặc phiếu giới thiệu nhân sự: không bầu lần tiếp theo. Bằng phiếu ở vị trí cuối do người đứng đầu cấp ủy lựa chọn; bước tiếp theo của quy trình là một dòng mới trong "Bầu cử" (ghi "Lần bầu" và "Vòng trước") với danh sách của bước đó.',
    STANDING_IN_CONFERENCE:
      '"Tư cách" "{value}" chỉ dùng trong đại hội đại biểu; đây là hội nghị. Người được triệu tập dự hội nghị ghi "Chính thức" (người dự không có quyền biểu quyết thì không ghi vào danh sách).',
  },
  {
    PANE_BAND_half: 'Above one half, below two thirds low trust',
    PANE_BAND_twoThirds: 'Two thirds or more low trust',
    PANE_TRUST_LOW: 'low trust',
    PANE_TRUST_NO_BAND: 'Nobody has more than one half low trust.',
    PANE_TRUST_BASE: 'Ballots returned (R)',
    PANE_STATUS_trust: 'Counted',
    PANE_INTRODUCED: 'Introduced',
    PANE_NONE_INTRODUCED: 'Nobody has more than one half of those convened.',
    PANE_PLACES: 'Places to introduce',
    PANE_INTRODUCTION_TIE:
      "Tie at the last place, {count} place(s) left: the committee's head chooses; the tool does not decide.",
    PANE_INTRODUCTION_SHORT: '{count} place(s) left: the committee goes on with the process.',
    TRUST_QUORUM:
      'Trust vote "{id}": {present} of the {convened} convened are present, fewer than two thirds (at least {needed} needed). A trust-vote conference may proceed only with at least two thirds of those convened present — a rule known from a secondary source only, its article not yet checked. Check this cell or tell the chair of the conference.',
    WRITE_IN_UNKNOWN:
      'Written-in name "{name}" (ballot {ballot}, "{id}") is neither on the convened roll nor in "Nhân sự". Check the name (written-in names match exactly, accents and case included) and add the person to "Nhân sự".',
    WRITE_IN_UNKNOWN_NEAR:
      'Written-in name "{name}" (ballot {ballot}, "{id}") is neither on the convened roll nor in "Nhân sự"; the nearest name is "{near}". If it is the same person, correct this cell to the exact name (written-in names match exactly, accents and case included); if it is someone else, add them to "Nhân sự".',
    TRUST_SEATS_GIVEN:
      'A trust vote has no "Số lượng cần bầu" (it elects nobody). Leave this cell blank; the people rated are the header row of the ballot sheet.',
    PERSONNEL_BALLOT_SUBTOTALS:
      '"{office}" is keyed ballot by ballot ("Từng phiếu"): each ballot is needed to count {what}. Correct "Hình thức nhập".',
    PERSONNEL_BALLOT_ROUND:
      'A trust vote has no rounds: each place that rates is a row of its own with "Lần bầu" blank. Clear this cell.',
    BAD_MARK_TRUST:
      'Mark "{value}" is not valid on ballot {ballot}. A trust ballot takes "1" (high trust), "2" (trust), "3" (low trust); blank or "-" when no box or several boxes are marked (that line is invalid for this person). Correct this cell to match the paper ballot.',
    WRITE_IN_COLUMN_NOT_INTRODUCTION:
      'A "Giới thiệu thêm" column belongs to an introduction ballot only ("Chức danh" "Giới thiệu nhân sự"). Remove the column or correct the election\'s "Chức danh".',
    WRITE_IN_COLUMN_PLACE:
      'A "Giới thiệu thêm" column goes after the names on the list and before "Không hợp lệ". Move this column.',
    WRITE_IN_NOT_A_NAME:
      'The "Giới thiệu thêm" cell of ballot {ballot} holds "{value}", which is not a name. Write the full name of the person introduced (as written on the ballot), or leave it blank.',
    NEXT_ROUND_PERSONNEL:
      '"{id}" is a trust vote or an introduction ballot: there is no further round to vote. A tie at the last place is the committee head\'s to settle; the next step of the process is a new row in "Bầu cử" (with "Lần bầu" and "Vòng trước") holding that step\'s list.',
    STANDING_IN_CONFERENCE:
      '"Tư cách" "{value}" is used only in a delegate congress; this is a conference. Those convened to the conference are "Chính thức" (those attending without a vote are not on the roll).',
  },
);
