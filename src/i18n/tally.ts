import { defineMessages } from './define';

/** Messages of the tally engine (rounds and the roll's alternates). */
export const tallyMessages = defineMessages(
  {
    ALTERNATE_WITHOUT_ABSENCE:
      'Đại biểu dự khuyết "{name}" được gọi thay thế nhưng chi bộ "{unit}" chỉ có {absent} đại biểu chính thức vắng mà đã có {alternates} người thay thế. Hãy sửa "Tình trạng" của người này hoặc của đại biểu vắng.',
    BAD_SEATS_ROUND:
      'Lần bầu "{id}" phải bầu đúng số ghế còn thiếu của lần bầu trước "{previous}" ({open}), nhưng ghi {seats}. Hãy sửa "Số lượng cần bầu".',
    BAD_ROUND_WINNER_ON_LIST:
      '"{name}" đã trúng cử ở lần bầu trước ({previous}) nên không được có tên trong danh sách lần bầu này. Hãy bỏ cột này khỏi trang phiếu.',
    NEXT_ROUND_NOT_NEEDED:
      'Cuộc bầu "{id}" có trạng thái "{status}": không cần bầu lần tiếp theo (chỉ khi bằng phiếu hoặc bầu chưa đủ).',
    NEXT_ROUND_UNKNOWN: 'Không có cuộc bầu mã "{id}" trong trang "Bầu cử".',
    SECRETARY_APPOINTED:
      'Cuộc bầu "{id}" là lần bầu thứ {round} bí thư chi bộ mà không có đồng chí nào trúng cử: theo Quy định 294-QĐ/TW, cấp ủy cấp trên chỉ định một đồng chí làm bí thư chi bộ; không bầu lần tiếp theo.',
    NEXT_ROUND_SECRETARY_APPOINTED:
      'Cuộc bầu "{id}" đã là lần bầu thứ {round} bí thư chi bộ: theo Quy định 294-QĐ/TW, cấp ủy cấp trên chỉ định bí thư, không chuẩn bị lần bầu tiếp theo.',
    NEXT_ROUND_EXISTS:
      'Cuộc bầu "{id}" đã có lần bầu tiếp theo "{next}" trên trang "Bầu cử" (ô này). Không thêm lần bầu nữa: hãy nhập phiếu vào trang phiếu của "{next}", hoặc sửa dòng đó.',
    NAME_NOT_IN_NHAN_SU:
      '"{name}" ở dòng tiêu đề trang phiếu của cuộc bầu {id} không có trên trang "Nhân sự" (gần nhất: "{near}", ô {otherCell}). Dòng tiêu đề là danh sách bầu: một tên gõ sai vẫn được đếm phiếu, trúng cử và in vào biên bản đúng như đã gõ. Hãy sửa ô này cho giống hệt tên in trên phiếu, hoặc thêm người này vào trang "Nhân sự".',
    INVALID_SHARE_HIGH:
      'Cuộc bầu {id}: {invalid} phiếu không hợp lệ trên {returned} phiếu thu vào ({percent}%), quá 3%. Tỷ lệ này ít khi cao như vậy; hãy đối chiếu các lá phiếu không hợp lệ, và xem một cột có bị nhập sai dấu làm nhiều phiếu thành bầu quá số lượng không.',
    RETURNED_FAR_BELOW_ISSUED:
      'Cuộc bầu {id}: phát ra {issued} phiếu nhưng thu vào {returned} (thiếu {missing}). Hãy kiểm lại số phiếu phát ra, số phiếu trong hòm và số phiếu đã nhập; nếu đúng là thiếu, Ban kiểm phiếu ghi rõ trong biên bản.',
    PRESENT_BELOW_TWO_THIRDS:
      'Cuộc bầu {id}: có mặt lúc bầu {present} trên {convened} người được triệu tập, chưa đủ hai phần ba. Đại hội, hội nghị thường chỉ được tiến hành khi có mặt từ hai phần ba số được triệu tập trở lên; hãy kiểm lại "Có mặt lúc bầu" trên trang "Bầu cử" và "Tình trạng" trên trang "Đại biểu".',
    REPEATED_BALLOT_ROWS:
      'Trang "{sheet}" (cuộc bầu {id}): {count} dòng liền nhau giống hệt nhau (phiếu {first} đến {last}), điều hiếm khi xảy ra tình cờ với các lá phiếu của cuộc bầu này. Có thể một dòng đã bị sao chép xuống (kéo chuột, Ctrl+D). Hãy đối chiếu các dòng này với từng lá phiếu.',
    ALL_BALLOTS_IDENTICAL:
      'Trang "{sheet}" (cuộc bầu {id}): cả {count} lá phiếu được nhập giống hệt nhau. Có thể mới nhập một phiếu rồi sao chép cho cả trang. Hãy đối chiếu với các lá phiếu giấy.',
  },
  {
    ALTERNATE_WITHOUT_ABSENCE:
      'Alternate "{name}" is called in, but unit "{unit}" has only {absent} absent official delegate(s) and already {alternates} replacement(s). Correct the "Tình trạng" of this person or of the absent delegate.',
    BAD_SEATS_ROUND:
      'Round "{id}" must fill exactly the open seats of the previous round "{previous}" ({open}), but says {seats}. Correct "Số lượng cần bầu".',
    BAD_ROUND_WINNER_ON_LIST:
      '"{name}" was already elected in the previous round ({previous}) and cannot be on this round\'s list. Remove this column from the ballot sheet.',
    NEXT_ROUND_NOT_NEEDED:
      'Election "{id}" has status "{status}": no further round is needed (only after a tie or a shortfall).',
    NEXT_ROUND_UNKNOWN: 'There is no election with code "{id}" in the "Bầu cử" sheet.',
    SECRETARY_APPOINTED:
      'Election "{id}" is round {round} of the chi bộ secretary and elected nobody: under Regulation 294-QĐ/TW the superior committee appoints the secretary; no further round is held.',
    NEXT_ROUND_SECRETARY_APPOINTED:
      'Election "{id}" is already round {round} of the chi bộ secretary: under Regulation 294-QĐ/TW the superior committee appoints the secretary, so no further round is prepared.',
    NEXT_ROUND_EXISTS:
      'Election "{id}" already has its next round "{next}" in the "Bầu cử" sheet (this cell). No further round is added: key the ballots into the ballot sheet of "{next}", or correct that row.',
    NAME_NOT_IN_NHAN_SU:
      '"{name}" in the header of the ballot sheet of election {id} is not on the "Nhân sự" sheet (nearest: "{near}", cell {otherCell}). The header is the election list: a misspelt name is still counted, elected and printed in the minutes as typed. Correct this cell to the name printed on the ballot, or add the person to "Nhân sự".',
    INVALID_SHARE_HIGH:
      'Election {id}: {invalid} invalid ballots of {returned} returned ({percent}%), above 3%. It is seldom this high; check the invalid ballots, and whether a column keyed wrongly turned many ballots into over-votes.',
    RETURNED_FAR_BELOW_ISSUED:
      'Election {id}: {issued} ballots issued but {returned} returned ({missing} missing). Check the ballots issued, those in the box and those keyed; if some really are missing, the committee records it in the minutes.',
    PRESENT_BELOW_TWO_THIRDS:
      'Election {id}: {present} present at the vote of {convened} convened, fewer than two thirds. A congress or meeting is normally held only with at least two thirds of those convened present; check "Có mặt lúc bầu" in "Bầu cử" and "Tình trạng" in "Đại biểu".',
    REPEATED_BALLOT_ROWS:
      'Sheet "{sheet}" (election {id}): {count} consecutive identical rows (ballots {first} to {last}), which this election\'s ballots would seldom give by chance. A row may have been copied down (fill handle, Ctrl+D). Check these rows against the ballots.',
    ALL_BALLOTS_IDENTICAL:
      'Sheet "{sheet}" (election {id}): all {count} ballots are keyed identically. One ballot may have been keyed and copied over the sheet. Check against the paper ballots.',
  },
);
