import { defineMessages } from './define';

/** Messages of the preparation commands: the ballot sheets made from `Bầu cử` and `Nhân sự`. */
export const prepareMessages = defineMessages(
  {
    LISTS_UNKNOWN_CODE:
      'Cột "Danh sách bầu" ghi mã "{value}" nhưng trang "Bầu cử" không có cuộc bầu mã này (các mã hiện có: {codes}). Hãy sửa ô này, nếu không người này sẽ thiếu trên trang phiếu.',
    BALLOT_SHEET_NO_LIST:
      'Trang "{sheet}" đã được tạo nhưng chưa có tên ai: không người nào trên trang "{personnel}" ghi mã "{id}" ở cột "{column}". Hãy ghi mã "{id}" cho những người trong danh sách bầu rồi bấm Tạo trang phiếu lần nữa, hoặc gõ họ tên vào dòng tiêu đề của trang phiếu, từ ô này, theo thứ tự trên phiếu.',
    BALLOT_SHEET_NO_COLUMN:
      'Trang "{sheet}" đã được tạo nhưng chưa có tên ai: trang "{personnel}" chưa có cột "{column}". Hãy thêm cột này và ghi mã cuộc bầu ("{id}") cho từng người trong danh sách, rồi bấm Tạo trang phiếu lần nữa; hoặc gõ họ tên vào dòng tiêu đề của trang phiếu, từ ô này.',
  },
  {
    LISTS_UNKNOWN_CODE:
      'Column "Danh sách bầu" names code "{value}" but the "Bầu cử" sheet has no election with that code (codes present: {codes}). Correct this cell, or this person will be missing from the ballot sheet.',
    BALLOT_SHEET_NO_LIST:
      'Sheet "{sheet}" was created without names: nobody on the "{personnel}" sheet has code "{id}" in column "{column}". Write "{id}" for the people on the list and click Create ballot sheets again, or type the names into the ballot sheet\'s header row, from this cell, in ballot order.',
    BALLOT_SHEET_NO_COLUMN:
      'Sheet "{sheet}" was created without names: the "{personnel}" sheet has no "{column}" column. Add it and write the election\'s code ("{id}") for each person on the list, then click Create ballot sheets again; or type the names into the ballot sheet\'s header row, from this cell.',
  },
);
