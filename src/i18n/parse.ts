import { defineMessages } from './define';

/** Input errors of the tally's sheets: `Đại biểu`, `Ban kiểm phiếu`, `Bầu cử` and the ballot sheets. */
export const parseMessages = defineMessages(
  {
    BAD_MARK:
      'Dấu "{value}" không hợp lệ ở phiếu số {ballot}. Phiếu đồng ý/không đồng ý và phiếu xin ý kiến chỉ nhận: để trống (đồng ý), "x" (không đồng ý), "-" (đánh cả hai ô hoặc không đánh ô nào). Hãy sửa ô này theo đúng lá phiếu.',
    BAD_MARK_STRIKE:
      'Dấu "{value}" không hợp lệ ở phiếu số {ballot}. Phiếu gạch tên chỉ nhận: để trống (giữ tên) hoặc "x" (tên bị gạch). Hãy sửa ô này theo đúng lá phiếu.',
    BAD_MARK_STRIKE_DASH:
      'Phiếu gạch tên không dùng dấu "-" (phiếu số {ballot}): để trống nếu tên được giữ lại, "x" nếu tên bị gạch. Hãy sửa ô này theo đúng lá phiếu.',
    BALLOT_NUMBER_BAD:
      'Số phiếu "{value}" không hợp lệ: cần một số nguyên dương (ví dụ 107) hoặc "<tổ>-<số>" (ví dụ 2-15). Hãy sửa ô này.',
    BALLOT_NUMBER_MISSING:
      'Dòng {row} có đánh dấu nhưng không có "Số phiếu". Hãy ghi số thứ tự của lá phiếu trong tập phiếu đã kiểm, hoặc xóa dòng này.',
    DUPLICATE_BALLOT_NUMBER:
      'Số phiếu {value} đã có ở ô {otherCell}. Mỗi lá phiếu chỉ nhập một lần; hãy sửa số phiếu hoặc xóa dòng nhập trùng.',
    CELL_WITHOUT_HEADER:
      'Ô này có giá trị "{value}" nhưng cột không có tên ứng cử viên ở dòng tiêu đề. Hãy ghi họ tên vào dòng tiêu đề hoặc xóa giá trị.',
    BALLOT_COLUMN_BEFORE_NUMBER:
      'Cột "{value}" đứng trước "Số phiếu". Trang phiếu cần các cột theo thứ tự: "Số phiếu", (tùy chọn) "Tổ", họ tên từng người theo thứ tự trên phiếu, (tùy chọn) "Không hợp lệ".',
    RULING_NOT_LAST:
      'Cột "Không hợp lệ" phải là cột cuối cùng, sau tên những người trong danh sách. Hãy chuyển cột này ra sau cùng.',
    NO_CANDIDATES:
      'Trang "{sheet}" chưa có tên người nào trong danh sách bầu: sau cột "Số phiếu" (và "Tổ") hãy ghi họ tên từng người, mỗi người một cột, theo thứ tự trên phiếu.',
    DUPLICATE_CANDIDATE:
      '"{name}" có hai lần trong danh sách bầu (cùng ô {otherCell}). Nếu là hai người trùng họ tên, hãy ghi thêm năm sinh trong ngoặc, ví dụ "{name} (1975)".',
    DUPLICATE_ROLL_NAME:
      '"{name}" có hai lần trong danh sách triệu tập (cùng ô {otherCell}). Nếu là hai người trùng họ tên, hãy ghi thêm năm sinh trong ngoặc; nếu nhập trùng, hãy xóa một dòng.',
    UNKNOWN_CANDIDATE:
      '"{name}" ở trang nhập lần hai "{sheet}" không có trong danh sách của trang "{first}". Hãy ghi đúng họ tên như trang nhập lần một (dòng tiêu đề của hai lần nhập phải giống hệt nhau).',
    SECOND_ENTRY_HEADER:
      'Dòng tiêu đề của trang nhập lần hai "{sheet}" phải giống hệt trang "{first}" (cùng danh sách, cùng thứ tự). Hãy sao chép dòng tiêu đề của trang nhập lần một.',
    STANDING_IN_MEMBER_CONGRESS:
      '"Tư cách" "{value}" chỉ dùng trong đại hội đại biểu; đây là đại hội đảng viên. Hãy ghi "Chính thức" hoặc "Dự bị", hoặc sửa "Loại đại hội" ở trang "Đại hội".',
    STANDING_IN_DELEGATE_CONGRESS:
      'Đảng viên dự bị không phải đại biểu chính thức của đại hội đại biểu. Hãy bỏ dòng này hoặc sửa "Tư cách" ("Chính thức", "Đương nhiên", "Dự khuyết").',
    STATUS_REPLACEMENT_ONLY_ALTERNATE:
      'Chỉ đại biểu dự khuyết mới có "Tình trạng" "Thay thế". Hãy sửa "Tư cách" hoặc "Tình trạng" của dòng này.',
    ALTERNATE_NOT_CALLED:
      'Đại biểu dự khuyết "{name}" không được gọi thay thế thì không ghi vào danh sách triệu tập; nếu đã được gọi thay thế, ghi "Tình trạng" là "Thay thế".',
    COUNTER_HEAD_COUNT:
      'Ban kiểm phiếu của phiên "{session}" phải có đúng một "Trưởng ban" (hiện có {count}). Hãy sửa cột "Nhiệm vụ".',
    ELECTION_CODE_BAD:
      'Mã "{value}" không hợp lệ: 1–20 ký tự gồm chữ A–Z không dấu, chữ số, "-" hoặc "_" (ví dụ BCH, BCH-2, DBDK). Hãy sửa ô này.',
    ELECTION_CODE_DUPLICATE:
      'Mã "{value}" đã dùng ở ô {otherCell} (không phân biệt chữ hoa, chữ thường). Mỗi cuộc bầu cần một mã riêng.',
    ELECTION_PREVIOUS_MISSING:
      'Lần bầu {round} của "{office}" ("{id}") không tìm thấy lần bầu trước: cần đúng một dòng cùng "Chức danh" với "Lần bầu" {previousRound}, hoặc ghi mã của lần trước vào cột "Vòng trước".',
    ELECTION_PREVIOUS_UNKNOWN: 'Cột "Vòng trước" ghi "{value}" nhưng không có cuộc bầu nào mang mã này. Hãy sửa ô này.',
    ELECTION_PREVIOUS_MISMATCH:
      'Cột "Vòng trước" ghi "{value}" nhưng lần bầu đó là "{office}" lần {previousRound}, không phải lần trước của "{ownOffice}" lần {round}. Hãy sửa ô này hoặc cột "Lần bầu".',
    ELECTION_FEEDS_UNKNOWN: 'Cột "Cho cuộc bầu" ghi "{value}" nhưng không có cuộc bầu nào mang mã này. Hãy sửa ô này.',
    ELECTION_FEEDS_NOT_OPINION:
      'Cột "Cho cuộc bầu" chỉ dùng cho dòng "Xin ý kiến" hoặc "Giới thiệu nhân sự". Hãy xóa ô này hoặc sửa "Chức danh".',
    SHEET_NAME_TOO_LONG: 'Tên trang phiếu "{value}" dài quá 31 ký tự (giới hạn của Excel). Hãy đặt tên ngắn hơn.',
    ROLL_REQUIRED:
      'Thiếu trang "Đại biểu" (danh sách triệu tập): cần trang này để tính số được triệu tập và cơ sở tính tỷ lệ, trừ khi mọi cuộc bầu đều ghi "Số người bầu".',
    ELECTION_UNKNOWN: 'Không có cuộc bầu mã "{id}" trong trang "Bầu cử". Các mã hiện có: {ids}.',
    NO_ELECTIONS: 'Trang "Bầu cử" chưa có cuộc bầu nào. Hãy thêm mỗi cuộc bầu (mỗi lần bầu) một dòng.',
    ALTERNATE_SEATS_NOT_OFFICIAL:
      '"Số dự khuyết" ({value}) chỉ ghi ở dòng "Đại biểu chính thức": số đại biểu dự khuyết Đại hội quyết định lấy từ kết quả bầu đại biểu chính thức. Hãy xóa ô này hoặc sửa "Chức danh".',
    BAD_SEATS_VALUE:
      '"Số lượng cần bầu" ghi "{value}": cần số người cần bầu ở lần bầu này, một số nguyên từ 1 trở lên (để trống chỉ với dòng "Xin ý kiến"). Hãy sửa ô này.',
    ALTERNATES_MAJORITY_190:
      '"{field}" ghi "{value}" nhưng theo Quy chế bầu cử 190-QĐ/TW (Điều 18) đại biểu dự khuyết phải được quá một nửa số phiếu so với số được triệu tập, như đại biểu chính thức. Hãy để trống ô này hoặc ghi "Có"; chỉ Quy chế 244-QĐ/TW để Đại hội quyết định điều này.',
    SUBTOTAL_REASONS_EXCEED:
      'Tổ "{team}": tổng các cột lý do ({reasons}) lớn hơn "Phiếu không hợp lệ" ({invalid}). Hãy kiểm tra lại các số này.',
    SEATS_TOO_MANY:
      '"Số lượng cần bầu" là {value}: nhiều hơn {max}, chắc là gõ nhầm. Hãy ghi đúng số người cần bầu của lần bầu này.',
    SEATS_MORE_THAN_LIST:
      '"Số lượng cần bầu" ({seats}) nhiều hơn số người trong danh sách bầu ở trang "{sheet}" ({list}): không thể bầu đủ. Hãy sửa số lượng cần bầu hoặc bổ sung danh sách.',
    MERGED_BALLOT_CELLS:
      'Các ô này đang được gộp (Merge) trên một dòng phiếu: một ô gộp được đọc như một dấu và các ô trống còn lại, sai lá phiếu. Hãy bỏ gộp ô (Home → Merge & Center → Unmerge) và nhập từng ô theo lá phiếu.',
    BALLOT_SHEET_IS_OUTPUT:
      '"Trang phiếu" của cuộc bầu "{id}" là "{value}": tên này là tên một trang kết quả mà công cụ ghi lại mỗi lần chạy, nên không thể chứa phiếu. Hãy đặt cho trang phiếu một tên khác (mặc định "Phiếu {id}").',
    DUPLICATE_LABEL:
      'Mục "{label}" đã có ở ô {otherCell}. Mỗi mục chỉ ghi một lần; hãy xóa một trong hai dòng, giữ lại dòng có giá trị đúng.',
  },
  {
    BAD_MARK:
      'Mark "{value}" is not valid on ballot {ballot}. An agree/disagree or opinion ballot takes only: blank (agree), "x" (disagree), "-" (both boxes or neither). Correct this cell to match the paper ballot.',
    BAD_MARK_STRIKE:
      'Mark "{value}" is not valid on ballot {ballot}. A strike-through ballot takes only: blank (name kept) or "x" (name struck). Correct this cell to match the paper ballot.',
    BAD_MARK_STRIKE_DASH:
      'A strike-through ballot has no "-" mark (ballot {ballot}): leave blank for a name kept, "x" for a name struck. Correct this cell to match the paper ballot.',
    BALLOT_NUMBER_BAD:
      'Ballot number "{value}" is not valid: use a positive whole number (e.g. 107) or "<team>-<n>" (e.g. 2-15). Correct this cell.',
    BALLOT_NUMBER_MISSING:
      'Row {row} has marks but no "Số phiếu". Enter the ballot\'s position in the counted pile, or delete the row.',
    DUPLICATE_BALLOT_NUMBER:
      'Ballot number {value} already appears at {otherCell}. Each ballot is keyed once; correct the number or delete the duplicate row.',
    CELL_WITHOUT_HEADER:
      'This cell holds "{value}" but its column has no candidate name in the header row. Add the name to the header or clear the cell.',
    BALLOT_COLUMN_BEFORE_NUMBER:
      'Column "{value}" comes before "Số phiếu". A ballot sheet has, in order: "Số phiếu", optional "Tổ", each name in ballot order, optional "Không hợp lệ".',
    RULING_NOT_LAST: 'Column "Không hợp lệ" must be the last one, after the names on the list. Move it to the end.',
    NO_CANDIDATES:
      'Sheet "{sheet}" has no names on the election list yet: after "Số phiếu" (and "Tổ") write each full name in its own column, in ballot order.',
    DUPLICATE_CANDIDATE:
      '"{name}" is on the list twice (also {otherCell}). If these are two people with the same name, add the birth year in parentheses, e.g. "{name} (1975)".',
    DUPLICATE_ROLL_NAME:
      '"{name}" is on the roll twice (also {otherCell}). If these are two people with the same name, add the birth year in parentheses; if it was keyed twice, delete one row.',
    UNKNOWN_CANDIDATE:
      '"{name}" in the second entry "{sheet}" is not on the list of "{first}". Write the name exactly as in the first entry (both entries must have identical header rows).',
    SECOND_ENTRY_HEADER:
      'The header row of the second entry "{sheet}" must be identical to that of "{first}" (same list, same order). Copy the first entry\'s header row.',
    STANDING_IN_MEMBER_CONGRESS:
      '"Tư cách" "{value}" is used only in a delegate congress; this is a members\' congress. Use "Chính thức" or "Dự bị", or correct "Loại đại hội" in sheet "Đại hội".',
    STANDING_IN_DELEGATE_CONGRESS:
      'A probationary member is not a delegate of a delegate congress. Remove this row or correct "Tư cách" ("Chính thức", "Đương nhiên", "Dự khuyết").',
    STATUS_REPLACEMENT_ONLY_ALTERNATE:
      'Only an alternate delegate can have "Tình trạng" "Thay thế". Correct "Tư cách" or "Tình trạng" on this row.',
    ALTERNATE_NOT_CALLED:
      'Alternate "{name}" is not called in, so is not on the convened roll; if called in to replace an absent delegate, set "Tình trạng" to "Thay thế".',
    COUNTER_HEAD_COUNT:
      'The counting committee of session "{session}" needs exactly one "Trưởng ban" (it has {count}). Correct the "Nhiệm vụ" column.',
    ELECTION_CODE_BAD:
      'Code "{value}" is not valid: 1–20 characters from A–Z, digits, "-" or "_" (e.g. BCH, BCH-2, DBDK). Correct this cell.',
    ELECTION_CODE_DUPLICATE:
      'Code "{value}" is already used at {otherCell} (ignoring case). Each election needs its own code.',
    ELECTION_PREVIOUS_MISSING:
      'Round {round} of "{office}" ("{id}") has no previous round: there must be exactly one row with the same "Chức danh" and "Lần bầu" {previousRound}, or put the previous round\'s code in "Vòng trước".',
    ELECTION_PREVIOUS_UNKNOWN: '"Vòng trước" says "{value}" but no election has this code. Correct this cell.',
    ELECTION_PREVIOUS_MISMATCH:
      '"Vòng trước" says "{value}" but that is "{office}" round {previousRound}, not the previous round of "{ownOffice}" round {round}. Correct this cell or "Lần bầu".',
    ELECTION_FEEDS_UNKNOWN: '"Cho cuộc bầu" says "{value}" but no election has this code. Correct this cell.',
    ELECTION_FEEDS_NOT_OPINION:
      '"Cho cuộc bầu" is only for a "Xin ý kiến" or "Giới thiệu nhân sự" row. Clear this cell or correct "Chức danh".',
    SHEET_NAME_TOO_LONG:
      'Ballot sheet name "{value}" is longer than 31 characters (Excel\'s limit). Choose a shorter name.',
    ROLL_REQUIRED:
      'Sheet "Đại biểu" (the convened roll) is missing: it is needed for the number convened and the majority base, unless every election gives "Số người bầu".',
    ELECTION_UNKNOWN: 'There is no election with code "{id}" in sheet "Bầu cử". Codes present: {ids}.',
    NO_ELECTIONS: 'Sheet "Bầu cử" has no elections yet. Add one row per election (per round).',
    ALTERNATE_SEATS_NOT_OFFICIAL:
      '"Số dự khuyết" ({value}) belongs on a "Đại biểu chính thức" row only: the number of alternates the congress takes from the official delegates\' ballot. Clear this cell or correct "Chức danh".',
    BAD_SEATS_VALUE:
      '"Số lượng cần bầu" says "{value}": it must be the number of people to elect in this round, a whole number of 1 or more (blank only on a "Xin ý kiến" row). Correct this cell.',
    ALTERNATES_MAJORITY_190:
      '"{field}" says "{value}", but under election rules 190-QĐ/TW (Article 18) alternates need more than half of the votes of those convened, as official delegates do. Leave this cell blank or write "Có"; only the 244-QĐ/TW rules leave this to the congress.',
    SUBTOTAL_REASONS_EXCEED:
      'Team "{team}": the reason columns add up to {reasons}, more than "Phiếu không hợp lệ" ({invalid}). Check these figures.',
    SEATS_TOO_MANY:
      '"Số lượng cần bầu" is {value}: more than {max}, surely a slip. Enter the number of seats of this round.',
    SEATS_MORE_THAN_LIST:
      '"Số lượng cần bầu" ({seats}) is more than the names on the list in sheet "{sheet}" ({list}): the seats cannot be filled. Correct the seats or complete the list.',
    MERGED_BALLOT_CELLS:
      'These cells are merged on a ballot row: a merged range reads as one mark and blanks, which is not the paper ballot. Unmerge them (Home → Merge & Center → Unmerge) and key each cell as on the ballot.',
    BALLOT_SHEET_IS_OUTPUT:
      '"Trang phiếu" of election "{id}" is "{value}": that is the name of an output sheet, which the tool rewrites on every run, so it cannot hold ballots. Give the ballot sheet another name (by default "Phiếu {id}").',
    DUPLICATE_LABEL:
      'Item "{label}" is already at {otherCell}. Each item is given once; delete one of the two rows, keeping the one with the right value.',
  },
);
