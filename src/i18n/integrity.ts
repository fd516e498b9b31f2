import { defineMessages } from './define';

/** Integrity (WORKBOOK.md "Integrity"): cross-check, log, finalisation, test deck, verify. */
export const integrityMessages = defineMessages(
  {
    CROSS_CHECK_DIFFERENCE:
      'Cuộc bầu "{id}": "{item}" theo phần mềm kiểm phiếu chính thức là {official}, nhưng kiểm phiếu ở đây được {counted}. Kết quả bị chặn, chưa lập biên bản, cho đến khi tìm ra chỗ sai (phiếu nhập, hoặc số liệu gõ lại ở ô này).',
    REHEARSAL:
      'Cuộc bầu "{id}" đang dùng phiếu thử (lệnh "testdeck"): mọi trang kết quả và biên bản ghi "PHIẾU THỬ". Trước khi kiểm phiếu thật, hãy xóa các phiếu thử và các dòng của cuộc bầu này trong trang "Đối chiếu".',
    CROSS_CHECK_UNKNOWN_ELECTION: 'Không có cuộc bầu mã "{id}" trong trang "Bầu cử". Các mã hiện có: {ids}.',
    CROSS_CHECK_UNKNOWN_ITEM:
      '"{item}" không có trong danh sách bầu của cuộc bầu "{id}" và không phải một trong các mục "{figures}". Hãy ghi đúng họ và tên như trên phiếu, hoặc đúng tên mục.',
    CROSS_CHECK_DUPLICATE:
      '"{item}" của cuộc bầu "{id}" đã có ở {otherCell}. Mỗi số liệu chỉ ghi một lần: hãy xóa một dòng.',
    LOG_BROKEN:
      'Trang "{sheet}" đã bị sửa hoặc mất dòng: từ dòng {row} (STT {stt}) chuỗi mã kiểm tra không còn khớp. Các dòng từ đây trở đi không còn bảo đảm; hãy đối chiếu với bản in của nhật ký. Các lần chạy sau vẫn ghi tiếp, không sửa dòng cũ.',
    LOG_BROKEN_UNREADABLE:
      'Trang "{sheet}" không còn đọc được như một nhật ký (thiếu dòng tiêu đề). Không thể kiểm tra các dòng đã ghi.',
    FINALISED_UNREADABLE:
      'Một dòng của trang "{sheet}" không đọc được (mã cuộc bầu, dấu vân tay hoặc trạng thái bị sửa). Không thể biết kết quả nào đã chốt, nên không kiểm phiếu; hãy khôi phục trang này từ bản lưu.',
    FINALISED_CHANGED:
      'Cuộc bầu "{id}" đã chốt kết quả lúc {time} ({operator}) với dấu vân tay {old}…, nhưng dữ liệu phiếu nay đã khác (dấu vân tay {new}…). Không kiểm lại trên dữ liệu đã thay đổi. Nếu thật sự phải kiểm lại, hãy mở lại kết quả và ghi rõ lý do (dòng lệnh: --reopen "<lý do>").',
    FINALISED_RESULT_CHANGED:
      'Cuộc bầu "{id}" đã chốt kết quả lúc {time} ({operator}). Dữ liệu phiếu không đổi, nhưng kết quả nay đã khác: danh sách đại biểu, số lượng cần bầu hoặc số phiếu phát ra đã bị sửa. Không kiểm lại; nếu thật sự phải kiểm lại, hãy mở lại kết quả và ghi rõ lý do (dòng lệnh: --reopen "<lý do>").',
    NOT_FINALISABLE:
      'Cuộc bầu "{id}" có trạng thái "{status}": chưa có kết quả để chốt. Chỉ chốt được kết quả đã kiểm xong và không bị chặn.',
    NOT_FINALISABLE_REHEARSAL:
      'Cuộc bầu "{id}" đang dùng phiếu thử: không chốt kết quả của phiếu thử. Hãy xóa phiếu thử và kiểm phiếu thật trước.',
    ALREADY_FINALISED: 'Cuộc bầu "{id}" đã chốt kết quả lúc {time} ({operator}) trên đúng dữ liệu này: không ghi thêm.',
    REOPEN_UNUSED: 'Có lý do mở lại nhưng không cuộc bầu nào đã chốt mà dữ liệu thay đổi: không mở lại gì.',
    ELECTION_NOT_FOUND: 'Không có cuộc bầu mã "{id}" trong trang "Bầu cử".',
    TESTDECK_NOT_EMPTY:
      'Trang "{sheet}" đã có phiếu: phiếu thử chỉ điền vào trang phiếu còn trống (chỉ có dòng tiêu đề). Hãy dùng một bản sao của sổ tính, hoặc xóa các phiếu trước.',
    TESTDECK_CROSS_CHECK_EXISTS:
      'Trang "{sheet}" đã có dòng của cuộc bầu "{id}": hãy xóa các dòng đó trước khi tạo phiếu thử.',
    TESTDECK_KIND:
      'Cuộc bầu "{id}" là "{office}": phiếu thử chỉ làm được cho các cuộc bầu (gạch tên, đồng ý/không đồng ý, xin ý kiến), chưa làm được cho lấy phiếu tín nhiệm và phiếu giới thiệu nhân sự.',
    TESTDECK_TOO_FEW:
      'Cần ít nhất {min} phiếu thử để có đủ mọi loại phiếu của cuộc bầu này ({kinds}), nhưng chỉ có {ballots}.',
    TESTDECK_TOO_MANY:
      '{ballots} phiếu thử vượt "{field}" ({limit}): lần kiểm phiếu sau sẽ bị chặn. Hãy chọn ít phiếu hơn (--ballots) hoặc sửa ô này.',
    TESTDECK_RETURNED:
      '"Phiếu thu vào" ghi {returned}, nhưng yêu cầu {ballots} phiếu thử: lần kiểm phiếu sau sẽ bị chặn. Hãy để trống --ballots, hoặc sửa ô này.',
    VERIFY_MATCH: 'Khớp: dấu vân tay dữ liệu phiếu của cuộc bầu "{id}" đúng là {actual}.',
    VERIFY_MISMATCH:
      'KHÔNG KHỚP: dữ liệu phiếu của cuộc bầu "{id}" nay có dấu vân tay {actual}, không phải {expected}. Dữ liệu phiếu đã khác với lúc in mã này.',
    VERIFY_CANNOT: 'Không tính được dấu vân tay của cuộc bầu "{id}": hãy sửa các lỗi trên trước.',
    TESTDECK_MISMATCH:
      'Cuộc bầu "{id}": phiếu thử cho "{item}" phải được {expected}, nhưng bộ đếm được {counted}. Đây là lỗi của phần mềm: hãy báo cho người phát triển kèm tệp Excel.',
  },
  {
    CROSS_CHECK_DIFFERENCE:
      'Election "{id}": "{item}" is {official} according to the official counting software, but {counted} here. The result is blocked, with no minutes, until the error is found (the ballots keyed, or the figure typed in this cell).',
    REHEARSAL:
      'Election "{id}" holds test ballots ("testdeck"): every results and minutes sheet says "PHIẾU THỬ". Before the real count, delete the test ballots and this election\'s rows in sheet "Đối chiếu".',
    CROSS_CHECK_UNKNOWN_ELECTION: 'There is no election with code "{id}" in sheet "Bầu cử". Codes present: {ids}.',
    CROSS_CHECK_UNKNOWN_ITEM:
      '"{item}" is not on the list of election "{id}" and is none of the items "{figures}". Write the full name exactly as on the ballot, or the item exactly.',
    CROSS_CHECK_DUPLICATE:
      '"{item}" of election "{id}" is already given at {otherCell}. Give each figure once: delete one of the rows.',
    LOG_BROKEN:
      'Sheet "{sheet}" was edited or lost rows: from row {row} (STT {stt}) on, its chain of check codes no longer matches. The rows from there on can no longer be trusted; compare them with the printed log. Later runs still append, never rewriting an earlier row.',
    LOG_BROKEN_UNREADABLE:
      'Sheet "{sheet}" can no longer be read as a log (its header row is missing). The rows written cannot be checked.',
    FINALISED_UNREADABLE:
      'A row of sheet "{sheet}" cannot be read (the election code, fingerprint or status was edited). Which results are finalised cannot be told, so nothing is counted; restore this sheet from a backup.',
    FINALISED_CHANGED:
      'Election "{id}" was finalised at {time} ({operator}) with fingerprint {old}…, but its ballot data have changed since (fingerprint {new}…). It is not counted again on changed data. If it really must be counted again, reopen it and give the reason (command line: --reopen "<reason>").',
    FINALISED_RESULT_CHANGED:
      'Election "{id}" was finalised at {time} ({operator}). Its ballot data are the same, but the result is not: the roll, the seats or the ballots issued were edited. It is not counted again; if it really must be, reopen it and give the reason (command line: --reopen "<reason>").',
    NOT_FINALISABLE:
      'Election "{id}" has status "{status}": there is no result to finalise. Only a completed count that is not blocked can be finalised.',
    NOT_FINALISABLE_REHEARSAL:
      'Election "{id}" holds test ballots: a test deck\'s result is never finalised. Delete the test ballots and count the real ones first.',
    ALREADY_FINALISED: 'Election "{id}" was finalised at {time} ({operator}) on exactly these data: nothing added.',
    REOPEN_UNUSED: 'A reason to reopen was given, but no finalised election has changed data: nothing reopened.',
    ELECTION_NOT_FOUND: 'There is no election with code "{id}" in sheet "Bầu cử".',
    TESTDECK_NOT_EMPTY:
      'Sheet "{sheet}" already holds ballots: a test deck only fills an empty ballot sheet (header row only). Use a copy of the workbook, or delete the ballots first.',
    TESTDECK_CROSS_CHECK_EXISTS:
      'Sheet "{sheet}" already has rows for election "{id}": delete them before making a test deck.',
    TESTDECK_KIND:
      'Election "{id}" is a "{office}": test decks are made for elections (strike-through, agree/disagree, opinion ballots), not yet for trust votes or introduction ballots.',
    TESTDECK_TOO_FEW:
      'A test deck needs at least {min} ballots to hold every kind of ballot of this election ({kinds}), but {ballots} were asked for.',
    TESTDECK_TOO_MANY:
      '{ballots} test ballots exceed "{field}" ({limit}): the next count would be blocked. Ask for fewer (--ballots) or correct this cell.',
    TESTDECK_RETURNED:
      '"Phiếu thu vào" says {returned}, but {ballots} test ballots were asked for: the next count would be blocked. Leave --ballots out, or correct this cell.',
    VERIFY_MATCH: 'Match: the fingerprint of the ballot data of election "{id}" is indeed {actual}.',
    VERIFY_MISMATCH:
      'NO MATCH: the ballot data of election "{id}" now have fingerprint {actual}, not {expected}. The ballot data differ from when this code was printed.',
    VERIFY_CANNOT: 'The fingerprint of election "{id}" cannot be computed: correct the errors above first.',
    TESTDECK_MISMATCH:
      'Election "{id}": the test deck must give {expected} for "{item}", but the count gives {counted}. This is a bug in the software: report it to the developers with the Excel file.',
  },
);
