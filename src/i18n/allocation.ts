import { defineMessages } from './define';

/**
 * Messages of the delegate allocation (`allocate`, `Phân bổ đại biểu`). Sheet and setting names
 * stay Vietnamese in both languages (WORKBOOK.md). `{quota}` is Vietnamese-formatted (3,4286),
 * `{quotaEn}` English-formatted (3.4286).
 */
export const allocationMessages = defineMessages(
  {
    ALLOC_NO_UNITS:
      'Trang "{sheet}" chưa có chi bộ nào dưới dòng tiêu đề. Hãy nhập mỗi chi bộ một dòng: tên và số đảng viên.',
    ALLOC_UNIT_NAME_REQUIRED: 'Dòng này có số liệu nhưng thiếu tên chi bộ. Hãy nhập tên vào ô này hoặc xóa dòng.',
    ALLOC_BAD_COUNT: 'Giá trị "{value}" ở cột "{field}" không phải một số nguyên không âm. Hãy nhập một số (ví dụ 25).',
    ALLOC_COUNT_REQUIRED: 'Thiếu "{field}" của chi bộ "{unit}". Hãy nhập số vào ô này (0 nếu không có).',
    ALLOC_DUPLICATE_UNIT:
      'Chi bộ "{unit}" có hai dòng (dòng kia ở {otherCell}). Hãy gộp thành một dòng hoặc sửa tên cho khác nhau.',
    ALLOC_TOTAL_ROW_MISMATCH:
      'Dòng "Tổng cộng" ghi {value} ở cột "{field}" nhưng cộng các chi bộ được {sum}. Hãy sửa lại số liệu.',
    ALLOC_PROBATIONARY_COLUMN:
      '"Tính theo" là "Tổng số đảng viên" nhưng trang "{sheet}" không có cột "Đảng viên dự bị". Hãy thêm cột này (0 nếu không có).',
    ALLOC_SEATS_REQUIRED:
      'Phương pháp "{method}" cần biết số đại biểu cần phân bổ. Hãy ghi mục "Số đại biểu phân bổ" và số đại biểu (không kể đại biểu đương nhiên) vào trang Đại hội.',
    ALLOC_SEATS_IGNORED:
      'Phương pháp "Cơ sở và định mức" tự tính tổng số đại biểu ({computed}); số "{seats}" ở "Số đại biểu phân bổ" không được dùng. Hãy để trống ô này.',
    ALLOC_MEMBERS_PER_SEAT_REQUIRED:
      'Phương pháp "Cơ sở và định mức" cần "Định mức" (số đảng viên cho mỗi đại biểu thêm, ví dụ 12000). Hãy ghi mục này vào trang Đại hội.',
    ALLOC_BAD_THRESHOLD:
      '"Ngưỡng số dư" là {threshold} nhưng phải từ 1 đến {membersPerSeat} − 1 (nhỏ hơn "Định mức"). Hãy sửa lại, hoặc để trống nếu số dư không được thêm đại biểu.',
    ALLOC_NO_MEMBERS:
      'Các chi bộ đều có 0 đảng viên: phương pháp "{method}" không có gì để chia theo tỷ lệ. Hãy nhập số đảng viên.',
    ALLOC_MINIMUMS_EXCEED_SEATS:
      'Cộng số đại biểu tối thiểu của các chi bộ được {minimums}, nhiều hơn số đại biểu phân bổ ({seats}). Hãy giảm "Tối thiểu" trong trang Chi bộ hoặc tăng "Số đại biểu phân bổ".',
    ALLOC_HH_TOO_FEW_SEATS:
      'Phương pháp Huntington-Hill cho mỗi chi bộ có đảng viên ít nhất một đại biểu (và không ít hơn "Tối thiểu"): cần ít nhất {needed} đại biểu cho {units} chi bộ, nhưng "Số đại biểu phân bổ" là {seats}. Hãy tăng số đại biểu hoặc chọn phương pháp khác.',
    ALLOC_TIE_LAST_SEAT:
      '"{unit}" bằng nhau với các chi bộ {units} ở suất cuối ({method}): còn {count} trong {seats} suất chưa phân bổ (đã phân bổ {allocated}). Phần mềm không chọn thay; cấp ủy triệu tập đại hội quyết định.',
    ALLOC_QUOTA_BAND:
      '"{unit}" được {seats} đại biểu theo công thức ({method}), ngoài khoảng định suất {quota} (từ {floor} đến {ceil}). Cấp ủy xem xét.',
    ALLOC_QUOTA_BAND_MINIMUM:
      '"{unit}" được {seats} đại biểu do "Tối thiểu", nhiều hơn định suất {quota} (từ {floor} đến {ceil}).',
    ALLOC_NO_SEAT:
      '"{unit}" ({members} đảng viên) không được phân bổ đại biểu nào (đương nhiên: {exOfficio}). Cấp ủy có thể đặt "Tối thiểu" hoặc "Cộng thêm" cho chi bộ này.',
    ALLOC_NO_SEAT_TIED:
      '"{unit}" ({members} đảng viên) chưa có đại biểu nào vì bằng nhau ở suất cuối (đương nhiên: {exOfficio}). Cấp ủy triệu tập đại hội quyết định.',
    ALLOC_OVER_CAP_SETTING:
      'Tổng số đại biểu {total} (theo công thức {allocated}, cộng thêm {added}, đương nhiên {exOfficio}) vượt "Số đại biểu tối đa" {cap}. Hãy giảm số đại biểu phân bổ hoặc số cộng thêm.',
    ALLOC_OVER_CAP_DIRECTIVE:
      'Tổng số đại biểu {total} (theo công thức {allocated}, cộng thêm {added}, đương nhiên {exOfficio}) vượt mức tối đa {cap} của đại hội cấp "{level}" theo chỉ thị. Hãy giảm số đại biểu phân bổ hoặc số cộng thêm.',
  },
  {
    ALLOC_NO_UNITS:
      'Sheet "{sheet}" has no unit below its header row. Enter one unit per row: its name and number of members.',
    ALLOC_UNIT_NAME_REQUIRED: 'This row has figures but no unit name. Enter the name in this cell or delete the row.',
    ALLOC_BAD_COUNT:
      'Value "{value}" in column "{field}" is not a whole number of zero or more. Enter a number (for example 25).',
    ALLOC_COUNT_REQUIRED: '"{field}" of unit "{unit}" is missing. Enter a number in this cell (0 if none).',
    ALLOC_DUPLICATE_UNIT:
      'Unit "{unit}" has two rows (the other at {otherCell}). Merge them into one row or make the names differ.',
    ALLOC_TOTAL_ROW_MISMATCH:
      'The "Tổng cộng" row says {value} in column "{field}" but the units add up to {sum}. Correct the figures.',
    ALLOC_PROBATIONARY_COLUMN:
      '"Tính theo" is "Tổng số đảng viên" but sheet "{sheet}" has no "Đảng viên dự bị" column. Add it (0 if none).',
    ALLOC_SEATS_REQUIRED:
      'Method "{method}" needs the number of seats to allocate. Add the item "Số đại biểu phân bổ" with the number of delegates (ex officio not included) to the Đại hội sheet.',
    ALLOC_SEATS_IGNORED:
      'Method "Cơ sở và định mức" computes the total itself ({computed}); "{seats}" in "Số đại biểu phân bổ" is not used. Leave that cell blank.',
    ALLOC_MEMBERS_PER_SEAT_REQUIRED:
      'Method "Cơ sở và định mức" needs "Định mức" (members per additional delegate, for example 12000). Add this item to the Đại hội sheet.',
    ALLOC_BAD_THRESHOLD:
      '"Ngưỡng số dư" is {threshold} but must be from 1 to {membersPerSeat} − 1 (below "Định mức"). Correct it, or leave it blank if remainders earn no delegate.',
    ALLOC_NO_MEMBERS:
      'Every unit has 0 members: method "{method}" has nothing to divide in proportion. Enter the numbers of members.',
    ALLOC_MINIMUMS_EXCEED_SEATS:
      'The units\' minimum seats add up to {minimums}, more than the seats to allocate ({seats}). Lower "Tối thiểu" in the Chi bộ sheet or raise "Số đại biểu phân bổ".',
    ALLOC_HH_TOO_FEW_SEATS:
      'Huntington-Hill gives every unit with members at least one delegate (and no fewer than "Tối thiểu"): {units} units need at least {needed} seats, but "Số đại biểu phân bổ" is {seats}. Raise the number of seats or choose another method.',
    ALLOC_TIE_LAST_SEAT:
      '"{unit}" is tied with units {units} for the last seat(s) ({method}): {count} of {seats} seats stay unallocated ({allocated} allocated). The software does not choose; the convening committee decides.',
    ALLOC_QUOTA_BAND:
      '"{unit}" gets {seats} delegates by the formula ({method}), outside its quota {quotaEn} (from {floor} to {ceil}). For the committee to review.',
    ALLOC_QUOTA_BAND_MINIMUM:
      '"{unit}" gets {seats} delegates because of "Tối thiểu", more than its quota {quotaEn} (from {floor} to {ceil}).',
    ALLOC_NO_SEAT:
      '"{unit}" ({members} members) is allocated no delegate (ex officio: {exOfficio}). The committee may set "Tối thiểu" or "Cộng thêm" for this unit.',
    ALLOC_NO_SEAT_TIED:
      '"{unit}" ({members} members) has no delegate yet because of a tie for the last seat(s) (ex officio: {exOfficio}). The convening committee decides.',
    ALLOC_OVER_CAP_SETTING:
      'The total of {total} delegates (formula {allocated}, added {added}, ex officio {exOfficio}) exceeds "Số đại biểu tối đa" {cap}. Lower the seats allocated or added.',
    ALLOC_OVER_CAP_DIRECTIVE:
      'The total of {total} delegates (formula {allocated}, added {added}, ex officio {exOfficio}) exceeds the directive\'s cap of {cap} for a "{level}" congress. Lower the seats allocated or added.',
  },
);
