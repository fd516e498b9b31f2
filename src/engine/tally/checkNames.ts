/**
 * The blocking checks' names, as printed on `Kết quả <Mã>` and in the JSON (a module of its own
 * so the pane can tell the figures of each check apart without loading the tally).
 */
/** Check names, as printed on `Kết quả <Mã>` and in the JSON. */
export const CHECK = {
  keyedEqualsReturned: 'Số phiếu đã nhập bằng số phiếu thu vào',
  returnedWithinIssued: 'Số phiếu thu vào không vượt số phiếu phát ra',
  issuedWithinPresent: 'Số phiếu phát ra không vượt số người có mặt lúc bầu',
  doubleEntryEqual: 'Hai lần nhập phiếu trùng khớp (số chênh lệch)',
  teamInvalidWithinReturned: 'Phiếu không hợp lệ của tổ không vượt phiếu thu vào',
  teamVotesWithinValid: 'Số phiếu bầu mỗi người của tổ không vượt số phiếu hợp lệ',
  teamVotesWithinSeats: 'Tổng số phiếu bầu của tổ không vượt số lượng cần bầu × phiếu hợp lệ',
  totalRowEqualsTeams: 'Dòng Tổng cộng bằng tổng các tổ',
  previousRoundNotBlocked: 'Vòng bầu trước đã có kết quả',
  denominatorPositive: 'Cơ sở tính (D) lớn hơn 0',
  alternatesFromOfficialList:
    'Danh sách bầu đại biểu dự khuyết lấy từ danh sách bầu đại biểu chính thức, trừ người đã trúng cử (số tên sai)',
} as const;
