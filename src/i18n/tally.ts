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
  },
);
