import { defineMessages } from './define';

/** The task pane, the standalone page and the Office host's error messages. */
export const paneMessages = defineMessages(
  {
    PANE_TITLE: 'Đại hội',
    PANE_SUBTITLE: 'Kiểm phiếu và biên bản',
    PANE_ELECTION: 'Cuộc bầu',
    PANE_ALL_ELECTIONS: 'Tất cả các cuộc bầu',
    PANE_CMD_TALLY: 'Kiểm phiếu',
    PANE_CMD_TALLY_HINT: 'Đếm phiếu, ghi trang Kết quả và Biên bản cho từng cuộc bầu.',
    PANE_CMD_BEFORE: 'Số liệu trước khi bầu',
    PANE_CMD_BEFORE_HINT:
      'Cho từng cuộc bầu: cơ sở tính (D), số phiếu cần đạt, số có mặt và phiếu phát ra. Không ghi gì vào sổ.',
    PANE_CMD_NEXT_ROUND: 'Chuẩn bị vòng sau',
    PANE_CMD_BALLOTS: 'Mẫu phiếu bầu',
    PANE_CMD_BALLOTS_HINT:
      'Trang Mẫu phiếu cho từng cuộc bầu: danh sách theo thứ tự trên phiếu, sẵn để in trên giấy A4.',
    PANE_CMD_PREPARE: 'Tạo các trang nhập liệu',
    PANE_CMD_PREPARE_HINT:
      'Thêm các trang nhập liệu còn thiếu (Đại hội, Đại biểu, Bầu cử…) với dòng tiêu đề. Các trang đã có giữ nguyên.',
    PANE_CMD_ALLOCATE: 'Phân bổ đại biểu',
    PANE_CMD_CHECK: 'Kiểm tra danh sách',
    PANE_CMD_COMPOSITION: 'Cơ cấu',
    PANE_RUNNING: 'Đang chạy: {command}…',
    PANE_DONE_NOTHING: 'Không ghi trang nào.',
    PANE_INPUT_ERRORS: 'Bấm vào ô của từng lỗi để đến chỗ cần sửa. Sửa xong, bấm lại nút vừa bấm.',
    PANE_WARNINGS: 'Lưu ý',
    PANE_ERRORS: 'Lỗi cần sửa',
    PANE_FINDINGS: 'Kết quả kiểm tra',
    PANE_GO_TO_CELL: 'Đến ô {cell}',
    PANE_SEATS_LABEL: 'Số lượng cần bầu',
    PANE_D: 'Cơ sở tính (D)',
    PANE_THRESHOLD: 'Số phiếu cần đạt',
    PANE_PRESENT: 'Có mặt',
    PANE_ISSUED: 'Phiếu phát ra',
    PANE_VALID: 'Phiếu hợp lệ',
    PANE_ELECTED: 'Trúng cử',
    PANE_APPROVED: 'Được đưa vào danh sách bầu cử',
    PANE_NONE_APPROVED: 'Không ai đạt trên 30% để đưa vào danh sách.',
    PANE_OPINION_BASE: 'Cơ sở xin ý kiến (A)',
    PANE_STATUS_opinion: 'Đã xin ý kiến',
    PANE_TIED: 'Bằng phiếu',
    PANE_OPEN_SEATS: 'Còn thiếu {count} người',
    PANE_NONE_ELECTED: 'Chưa ai trúng cử.',
    PANE_STATUS_complete: 'Bầu đủ',
    PANE_STATUS_shortfall: 'Bầu chưa đủ',
    PANE_STATUS_tie: 'Bằng phiếu',
    PANE_STATUS_blocked: 'Chưa công bố',
    PANE_STATUS_zero: 'Chưa nhập phiếu',
    PANE_NOT_SET: 'chưa nhập',
    PANE_UNSUPPORTED:
      'Excel này chưa hỗ trợ ExcelApi 1.9 (Office 2016/2019 mua đứt). Hãy dùng trang Kiểm phiếu ngoại tuyến (tệp dai-hoi-ngoai-tuyen.html, mở bằng trình duyệt) hoặc dòng lệnh "npm run cli -- tally". Microsoft 365, Office 2021 trở lên và Excel trên web đều chạy được.',
    PANE_NOT_EXCEL: 'Trang này chạy trong Excel. Hãy mở nó từ nút "Đại hội" trên thanh công cụ của Excel.',
    PANE_TECH_DETAILS: 'Chi tiết kỹ thuật',
    PANE_FILE_PICK: 'Chọn tệp Excel (.xlsx)',
    PANE_FILE_LOADED: 'Đã mở {file}: {count} trang.',
    PANE_FILE_BAD:
      'Không đọc được tệp {file}. Hãy chọn một tệp .xlsx (Excel 2007 trở lên); tệp .xls cũ cần lưu lại thành .xlsx.',
    PANE_DOWNLOAD: 'Tải sổ kết quả',
    PANE_DOWNLOAD_HINT: 'Tệp gốc không bị sửa; kết quả được lưu thành tệp mới.',
    PANE_STANDALONE_TITLE: 'Đại hội — Kiểm phiếu ngoại tuyến',
    PANE_STANDALONE_INTRO: 'Dùng khi Excel không chạy được phần bổ trợ. Không cần mạng: mọi việc diễn ra trên máy này.',
    PANE_NEED_FILE: 'Hãy chọn tệp Excel trước.',
    // Integrity (issue 12): the operator, Phiếu thử, Kiểm tra mã, Chốt kết quả, reopening, Đối chiếu.
    PANE_NEED_ELECTION: 'Hãy chọn cuộc bầu trước, trong ô ngay trên nút.',
    PANE_CMD_TESTDECK: 'Phiếu thử',
    PANE_CMD_TESTDECK_HINT:
      'Tập dượt trước đại hội, trên một bản sao của sổ tính: điền phiếu thử đủ mọi loại vào trang phiếu còn trống của cuộc bầu chọn ở trên, và số liệu phải ra vào trang Đối chiếu. Mọi kết quả của phiếu thử đều ghi "PHIẾU THỬ".',
    PANE_TESTDECK_ELECTION: 'Cuộc bầu để tập dượt',
    PANE_TESTDECK_CHOOSE: 'Chọn cuộc bầu có trang phiếu còn trống',
    PANE_TESTDECK_NONE: 'Không cuộc bầu nào còn trang phiếu trống',
    PANE_REHEARSAL: 'PHIẾU THỬ',
    PANE_PROJECT_REHEARSAL: 'PHIẾU THỬ — KHÔNG PHẢI KẾT QUẢ KIỂM PHIẾU THẬT',
    PANE_REHEARSAL_NOTE:
      'Phiếu thử để tập dượt: không công bố, không chốt. Trước khi nhập phiếu thật, xóa phiếu thử trên trang phiếu và các dòng của cuộc bầu này trong trang Đối chiếu.',
    PANE_CMD_VERIFY: 'Kiểm tra mã',
    PANE_CMD_VERIFY_HINT: 'So mã kiểm tra in trên biên bản với dữ liệu phiếu đang có trong sổ. Không ghi gì vào sổ.',
    PANE_VERIFY_LABEL: 'Mã kiểm tra in trên biên bản của cuộc bầu {id}',
    PANE_VERIFY_RUN: 'Kiểm tra',
    PANE_VERIFY_MATCH: 'Khớp: dữ liệu phiếu đúng như khi in mã này.',
    PANE_VERIFY_MISMATCH:
      'Không khớp: dữ liệu phiếu nay đã khác với khi in mã này (mã hiện nay bắt đầu bằng {actual}).',
    PANE_VERIFY_MISMATCH_SHORT: 'Không khớp: dữ liệu phiếu nay đã khác với khi in mã này.',
    PANE_VERIFY_BAD: 'Mã kiểm tra gồm 64 chữ số và chữ cái a–f. Hãy chép lại nguyên dòng "Mã kiểm tra" trên biên bản.',
    PANE_VERIFY_ERRORS: 'Chưa tính được mã: sổ tính có lỗi cần sửa trước. {error}',
    PANE_CMD_FINALISE: 'Chốt kết quả',
    PANE_CMD_FINALISE_HINT:
      'Ghi vào trang Chốt kết quả và khóa các trang kết quả của cuộc bầu này. Sau đó, kiểm phiếu trên dữ liệu phiếu đã sửa bị từ chối cho đến khi mở lại và ghi rõ lý do.',
    PANE_FINALISED: 'Đã chốt kết quả: các trang kết quả của cuộc bầu này được khóa.',
    PANE_SENTENCE_FINALISED: 'Đã chốt kết quả cuộc bầu {id}; trang Kết quả và Biên bản của nó đã được khóa.',
    PANE_SENTENCE_ALREADY_FINALISED: 'Cuộc bầu {id} đã chốt kết quả trên đúng dữ liệu này từ trước; không ghi thêm gì.',
    PANE_SENTENCE_FINALISED_CHANGED:
      'Cuộc bầu {ids} đã chốt kết quả mà dữ liệu phiếu nay đã khác: không kiểm lại, chưa ghi gì vào sổ.',
    PANE_SENTENCE_TALLY_REHEARSAL:
      'Đã kiểm phiếu {count} cuộc bầu: {statuses}; {rehearsals} là phiếu thử, không công bố.',
    PANE_SENTENCE_TESTDECK:
      'Đã điền {count} phiếu thử vào trang {sheet} và số liệu phải ra vào trang Đối chiếu; bấm Kiểm phiếu ở bước 3 để tập dượt.',
    PANE_REOPEN_TITLE: 'Mở lại kết quả đã chốt',
    PANE_REOPEN_LEAD: 'Chỉ khi Trưởng ban kiểm phiếu quyết định phải kiểm lại trên dữ liệu phiếu đã sửa.',
    PANE_REOPEN_LABEL: 'Lý do mở lại (ghi vào Nhật ký và trang Chốt kết quả)',
    PANE_REOPEN_RUN: 'Mở lại và kiểm phiếu',
    PANE_MSG_FINALISED_CHANGED:
      'Cuộc bầu "{id}" đã chốt kết quả lúc {time} ({operator}) với dấu vân tay {old}…, nhưng dữ liệu phiếu nay đã khác (dấu vân tay {new}…). Không kiểm lại trên dữ liệu đã thay đổi. Nếu thật sự phải kiểm lại, hãy ghi lý do vào ô "Mở lại kết quả đã chốt" bên dưới.',
    PANE_MSG_FINALISED_RESULT_CHANGED:
      'Cuộc bầu "{id}" đã chốt kết quả lúc {time} ({operator}). Dữ liệu phiếu không đổi, nhưng kết quả nay đã khác: danh sách đại biểu, số lượng cần bầu hoặc số phiếu phát ra đã bị sửa. Không kiểm lại; nếu thật sự phải kiểm lại, hãy ghi lý do vào ô "Mở lại kết quả đã chốt" bên dưới.',
    PANE_MSG_REHEARSAL:
      'Cuộc bầu "{id}" đang dùng phiếu thử (nút "Phiếu thử"): mọi trang kết quả và biên bản ghi "PHIẾU THỬ". Trước khi kiểm phiếu thật, hãy xóa các phiếu thử và các dòng của cuộc bầu này trong trang "Đối chiếu".',
    PANE_FIG_CROSS_ALLOWED: 'Số liệu được phép chênh',
    PANE_FIG_CROSS_DIFFERENT: 'Số liệu chênh lệch',
    PANE_CROSS_DIFFERENCES: 'Khác với phần mềm kiểm phiếu chính thức ở {count} số liệu:',
    PANE_CROSS_DIFFERENCES_DECK: 'Khác với số liệu phải ra của phiếu thử ở {count} số liệu:',
    PANE_CROSS_DIFFERENCE: '{item}: phần mềm chính thức {official}, ở đây {counted}',
    PANE_CROSS_DIFFERENCE_DECK: '{item}: phải ra {official}, đếm được {counted}',
    PANE_CROSS_OK: 'Khớp với phần mềm kiểm phiếu chính thức: cả {count} số liệu.',
    PANE_CROSS_OK_DECK: 'Khớp với số liệu phải ra của phiếu thử: cả {count} số liệu.',
    PANE_OPERATOR: 'Người thực hiện',
    PANE_OPERATOR_ASK:
      'Ai đang thực hiện? Họ và tên này được ghi vào từng dòng Nhật ký của sổ tính này; chỉ hỏi một lần cho mỗi sổ tính.',
    PANE_OPERATOR_OK: 'Tiếp tục',
    PANE_OPERATOR_CANCEL: 'Hủy',
    PANE_OPERATOR_CHANGE: 'Đổi người thực hiện',
    PANE_OPERATOR_CURRENT: 'Người thực hiện: {name}',
    PANE_OPERATOR_NONE: 'Chưa có tên người thực hiện: chưa chạy gì.',
    OFFICE_InvalidOperationInCellEditMode:
      'Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để kết thúc việc sửa ô, rồi bấm lại.',
    OFFICE_RequestPayloadSizeLimitExceeded:
      'Dữ liệu gửi sang Excel quá lớn (giới hạn 5 MB của Excel trên web). Hãy chạy từng cuộc bầu một, hoặc dùng Excel trên máy tính.',
    OFFICE_ResponsePayloadSizeLimitExceeded:
      'Dữ liệu đọc từ Excel quá lớn (giới hạn 5 MB của Excel trên web). Hãy xóa các trang không dùng, hoặc dùng Excel trên máy tính.',
    OFFICE_ItemNotFound: 'Không tìm thấy một trang tính cần dùng; có thể nó vừa bị đổi tên hoặc xóa. Hãy bấm lại.',
    OFFICE_ItemAlreadyExists: 'Đã có một trang tính trùng tên. Hãy đổi tên trang đó rồi bấm lại.',
    OFFICE_AccessDenied: 'Sổ tính hoặc trang tính đang được bảo vệ. Hãy bỏ bảo vệ (Xem lại > Bỏ bảo vệ) rồi bấm lại.',
    OFFICE_InvalidOperation:
      'Excel không cho thực hiện thao tác này lúc này (có thể sổ tính đang được bảo vệ hoặc đang dùng chung). Hãy kiểm tra rồi bấm lại.',
    OFFICE_InvalidArgument: 'Excel từ chối dữ liệu ghi vào. Hãy báo cho người phát triển kèm tệp Excel.',
    OFFICE_CellNotEmpty: 'Ô cần ghi trên trang Bầu cử đã có dữ liệu; không ghi đè. Hãy kiểm tra dòng vòng bầu mới.',
    OFFICE_GeneralException: 'Excel gặp lỗi khi ghi. Các trang kết quả cũ vẫn giữ nguyên. Hãy lưu sổ tính rồi bấm lại.',
    OFFICE_DialogAlreadyOpen: 'Đang có một cửa sổ trình chiếu mở. Hãy đóng cửa sổ đó rồi bấm Trình chiếu lần nữa.',
    OFFICE_DialogFailed:
      'Excel không mở được cửa sổ trình chiếu. Trình duyệt có thể đang chặn cửa sổ bật lên; hãy cho phép rồi bấm lại.',
    OFFICE_Unknown:
      'Có lỗi khi làm việc với Excel ({code}). Các trang kết quả cũ vẫn giữ nguyên. Hãy bấm lại; nếu vẫn lỗi, hãy dùng dòng lệnh.',
  },
  {
    PANE_TITLE: 'Congress',
    PANE_SUBTITLE: 'Vote tally and minutes',
    PANE_ELECTION: 'Election',
    PANE_ALL_ELECTIONS: 'All elections',
    PANE_CMD_TALLY: 'Count the votes',
    PANE_CMD_TALLY_HINT: 'Count the ballots and write the results and minutes sheets of each election.',
    PANE_CMD_BEFORE: 'Figures before the vote',
    PANE_CMD_BEFORE_HINT:
      'For each election: the base (D), the votes needed, those present and the ballots issued. Writes nothing.',
    PANE_CMD_NEXT_ROUND: 'Prepare the next round',
    PANE_CMD_BALLOTS: 'Ballot papers',
    PANE_CMD_BALLOTS_HINT: 'A Mẫu phiếu sheet per election: the list in ballot order, ready to print on A4.',
    PANE_CMD_PREPARE: 'Add the input sheets',
    PANE_CMD_PREPARE_HINT:
      'Adds the input sheets this workbook lacks (Đại hội, Đại biểu, Bầu cử…) with their header rows. Existing sheets are kept.',
    PANE_CMD_ALLOCATE: 'Allocate delegates',
    PANE_CMD_CHECK: 'Check the lists',
    PANE_CMD_COMPOSITION: 'Composition',
    PANE_RUNNING: 'Running: {command}…',
    PANE_DONE_NOTHING: 'No sheet written.',
    PANE_INPUT_ERRORS:
      'Click the cell of each error to go where it must be corrected. Then click the same button again.',
    PANE_WARNINGS: 'Warnings',
    PANE_ERRORS: 'Errors to correct',
    PANE_FINDINGS: 'Findings',
    PANE_GO_TO_CELL: 'Go to cell {cell}',
    PANE_SEATS_LABEL: 'Seats',
    PANE_D: 'Base (D)',
    PANE_THRESHOLD: 'Votes needed',
    PANE_PRESENT: 'Present',
    PANE_ISSUED: 'Ballots issued',
    PANE_VALID: 'Valid ballots',
    PANE_ELECTED: 'Elected',
    PANE_APPROVED: 'May enter the election list',
    PANE_NONE_APPROVED: 'Nobody passed 30% to enter the list.',
    PANE_OPINION_BASE: 'Opinion base (A)',
    PANE_STATUS_opinion: 'Opinion taken',
    PANE_TIED: 'Tied',
    PANE_OPEN_SEATS: '{count} seats still open',
    PANE_NONE_ELECTED: 'Nobody elected yet.',
    PANE_STATUS_complete: 'All seats filled',
    PANE_STATUS_shortfall: 'Seats left open',
    PANE_STATUS_tie: 'Tie',
    PANE_STATUS_blocked: 'Not announced',
    PANE_STATUS_zero: 'No ballots keyed',
    PANE_NOT_SET: 'not entered',
    PANE_UNSUPPORTED:
      'This Excel does not support ExcelApi 1.9 (Office 2016/2019 perpetual). Use the offline tally page (dai-hoi-ngoai-tuyen.html, opened in a browser) or the command line "npm run cli -- tally". Microsoft 365, Office 2021 or later and Excel on the web all work.',
    PANE_NOT_EXCEL: 'This page runs inside Excel. Open it from the "Congress" button on Excel\'s ribbon.',
    PANE_TECH_DETAILS: 'Technical details',
    PANE_FILE_PICK: 'Choose an Excel file (.xlsx)',
    PANE_FILE_LOADED: 'Opened {file}: {count} sheets.',
    PANE_FILE_BAD:
      'Cannot read {file}. Choose an .xlsx file (Excel 2007 or later); save an old .xls file as .xlsx first.',
    PANE_DOWNLOAD: 'Download results',
    PANE_DOWNLOAD_HINT: 'The original file is not changed; the results are saved as a new file.',
    PANE_STANDALONE_TITLE: 'Congress — offline tally',
    PANE_STANDALONE_INTRO:
      'For when Excel cannot run the add-in. No network needed: everything happens on this computer.',
    PANE_NEED_FILE: 'Choose an Excel file first.',
    // Integrity (issue 12).
    PANE_NEED_ELECTION: 'Choose the election first, in the box just above the button.',
    PANE_CMD_TESTDECK: 'Test ballots',
    PANE_CMD_TESTDECK_HINT:
      'The rehearsal before the congress, on a copy of the workbook: fills the empty ballot sheet of the election chosen above with test ballots of every kind, and Đối chiếu with the figures they must give. Every output of test ballots says "PHIẾU THỬ".',
    PANE_TESTDECK_ELECTION: 'Election to rehearse',
    PANE_TESTDECK_CHOOSE: 'Choose an election whose ballot sheet is empty',
    PANE_TESTDECK_NONE: 'No election has an empty ballot sheet',
    PANE_REHEARSAL: 'TEST BALLOTS',
    PANE_PROJECT_REHEARSAL: 'TEST BALLOTS — NOT A REAL COUNT',
    PANE_REHEARSAL_NOTE:
      "Test ballots for the rehearsal: never announced, never finalised. Before keying the real ballots, delete the test ballots from the ballot sheet and this election's rows from sheet Đối chiếu.",
    PANE_CMD_VERIFY: 'Check the code',
    PANE_CMD_VERIFY_HINT:
      'Compares the check code printed on the minutes with the ballot data now in the workbook. Writes nothing.',
    PANE_VERIFY_LABEL: 'The check code printed on the minutes of election {id}',
    PANE_VERIFY_RUN: 'Check',
    PANE_VERIFY_MATCH: 'It matches: the ballot data are as they were when this code was printed.',
    PANE_VERIFY_MISMATCH:
      'It does not match: the ballot data have changed since this code was printed (the code now begins {actual}).',
    PANE_VERIFY_MISMATCH_SHORT: 'It does not match: the ballot data have changed since this code was printed.',
    PANE_VERIFY_BAD: 'A check code is 64 digits and letters a–f. Copy the whole "Mã kiểm tra" line of the minutes.',
    PANE_VERIFY_ERRORS: 'No code computed: the workbook has errors to correct first. {error}',
    PANE_CMD_FINALISE: 'Finalise the result',
    PANE_CMD_FINALISE_HINT:
      "Writes the Chốt kết quả sheet and protects this election's result sheets. A later count on changed ballot data is then refused until it is reopened with a reason.",
    PANE_FINALISED: "Result finalised: this election's result sheets are protected.",
    PANE_SENTENCE_FINALISED: 'Result of election {id} finalised; its results and minutes sheets are protected.',
    PANE_SENTENCE_ALREADY_FINALISED: 'Election {id} was already finalised on exactly these data; nothing added.',
    PANE_SENTENCE_FINALISED_CHANGED:
      'Election {ids} is finalised but its ballot data have changed: not counted again, nothing written.',
    PANE_SENTENCE_TALLY_REHEARSAL:
      'Elections counted: {count} ({statuses}); {rehearsals} on test ballots, never to be announced.',
    PANE_SENTENCE_TESTDECK:
      'Filled {sheet} with {count} test ballots and Đối chiếu with the figures they must give; click Count the votes in step 3 to rehearse.',
    PANE_REOPEN_TITLE: 'Reopen a finalised result',
    PANE_REOPEN_LEAD: 'Only when the head of the counting committee decides the changed ballot data must be counted.',
    PANE_REOPEN_LABEL: 'Why it is reopened (written in Nhật ký and Chốt kết quả)',
    PANE_REOPEN_RUN: 'Reopen and count',
    PANE_MSG_FINALISED_CHANGED:
      'Election "{id}" was finalised at {time} ({operator}) with fingerprint {old}…, but its ballot data have changed since (fingerprint {new}…). It is not counted again on changed data. If it really must be counted again, give the reason in "Reopen a finalised result" below.',
    PANE_MSG_FINALISED_RESULT_CHANGED:
      'Election "{id}" was finalised at {time} ({operator}). Its ballot data are the same, but the result is not: the roll, the seats or the ballots issued were edited. It is not counted again; if it really must be, give the reason in "Reopen a finalised result" below.',
    PANE_MSG_REHEARSAL:
      'Election "{id}" holds test ballots (the "Test ballots" button): every results and minutes sheet says "PHIẾU THỬ". Before the real count, delete the test ballots and this election\'s rows in sheet "Đối chiếu".',
    PANE_FIG_CROSS_ALLOWED: 'Figures allowed to differ',
    PANE_FIG_CROSS_DIFFERENT: 'Figures that differ',
    PANE_CROSS_DIFFERENCES: 'Differs from the official counting software in {count} figures:',
    PANE_CROSS_DIFFERENCES_DECK: 'Differs from the figures the test ballots must give in {count} figures:',
    PANE_CROSS_DIFFERENCE: '{item}: official software {official}, here {counted}',
    PANE_CROSS_DIFFERENCE_DECK: '{item}: must give {official}, counted {counted}',
    PANE_CROSS_OK: 'Matches the official counting software: all {count} figures.',
    PANE_CROSS_OK_DECK: 'Matches the figures the test ballots must give: all {count} figures.',
    PANE_OPERATOR: 'Operator',
    PANE_OPERATOR_ASK:
      'Who is working? This name goes into every Nhật ký row of this workbook; you are asked once per workbook.',
    PANE_OPERATOR_OK: 'Continue',
    PANE_OPERATOR_CANCEL: 'Cancel',
    PANE_OPERATOR_CHANGE: 'Change operator',
    PANE_OPERATOR_CURRENT: 'Operator: {name}',
    PANE_OPERATOR_NONE: 'No operator named: nothing was run.',
    OFFICE_InvalidOperationInCellEditMode:
      'Excel is editing a cell. Press Enter or Esc to finish editing the cell, then try again.',
    OFFICE_RequestPayloadSizeLimitExceeded:
      "The data sent to Excel is too large (Excel on the web's 5 MB limit). Run one election at a time, or use Excel on the desktop.",
    OFFICE_ResponsePayloadSizeLimitExceeded:
      "The data read from Excel is too large (Excel on the web's 5 MB limit). Delete unused sheets, or use Excel on the desktop.",
    OFFICE_ItemNotFound: 'A sheet that is needed cannot be found; it may just have been renamed or deleted. Try again.',
    OFFICE_ItemAlreadyExists: 'A sheet with the same name already exists. Rename it and try again.',
    OFFICE_AccessDenied: 'The workbook or sheet is protected. Unprotect it (Review > Unprotect) and try again.',
    OFFICE_InvalidOperation:
      'Excel does not allow this right now (the workbook may be protected or shared). Check and try again.',
    OFFICE_InvalidArgument: 'Excel refused the data written. Report it to the developers with the Excel file.',
    OFFICE_CellNotEmpty:
      "A cell to fill on the elections sheet already holds data; nothing was overwritten. Check the new round's row.",
    OFFICE_GeneralException:
      'Excel failed while writing. The previous result sheets are intact. Save the workbook and try again.',
    OFFICE_DialogAlreadyOpen: 'A projection window is already open. Close it, then click Project again.',
    OFFICE_DialogFailed:
      'Excel could not open the projection window. The browser may be blocking pop-ups; allow them and try again.',
    OFFICE_Unknown:
      'Excel reported an error ({code}). The previous result sheets are intact. Try again; if it persists, use the command line.',
  },
);
