import { defineMessages } from './define';

/** Messages shared by every command: input errors of the workbook contract. */
export const commonMessages = defineMessages(
  {
    MISSING_SHEET: 'Thiếu trang tính "{sheet}". Hãy thêm trang này (lệnh "template" tạo sẵn mẫu).',
    MISSING_HEADER:
      'Trang "{sheet}" không có dòng tiêu đề chứa đủ các cột {headers} trong 10 dòng đầu. Hãy thêm các cột còn thiếu: {missing}.',
    UNKNOWN_LABEL:
      'Không hiểu mục "{label}". Hãy sửa lại cho đúng một trong các mục của mẫu (ví dụ "{suggestion}") hoặc xóa dòng này.',
    BAD_VALUE: 'Giá trị "{value}" không hợp lệ cho "{field}": {expected}. Hãy sửa lại ô này.',
    BAD_VALUE_REQUIRED: 'Thiếu giá trị cho "{field}": {expected}. Hãy nhập vào ô này.',
    BAD_DATE: 'Ngày "{value}" không đọc được. Hãy nhập ngày dạng dd/mm/yyyy (ví dụ 19/05/2020) hoặc chỉ ghi năm.',
    LEGACY_ENCODING:
      'Tên "{value}" có vẻ được gõ bằng bảng mã cũ (TCVN3/VNI). Hãy chuyển sang Unicode (Unikey: Công cụ chuyển mã) rồi nhập lại.',
    NEAR_DUPLICATE_NAME:
      'Tên "{value}" chỉ khác "{other}" ({otherCell}) ở dấu hoặc chữ hoa. Hãy kiểm tra đây có phải cùng một người không.',
    INTERNAL: 'Lỗi nội bộ: {detail}. Hãy báo cho người phát triển kèm tệp Excel.',
    INVISIBLE_CHARACTER:
      'Tên "{value}" có ký tự ẩn ({chars}; chỗ "·"), thường do chép từ trang web hoặc tin nhắn: hai tên trông giống nhau mà máy coi là khác nhau. Hãy xóa ô này và gõ lại tên.',
  },
  {
    MISSING_SHEET: 'Sheet "{sheet}" is missing. Add it (the "template" command creates a blank one).',
    MISSING_HEADER:
      'Sheet "{sheet}" has no header row with all of {headers} in its first 10 rows. Add the missing columns: {missing}.',
    UNKNOWN_LABEL:
      'Unknown item "{label}". Correct it to one of the template\'s items (for example "{suggestion}") or delete the row.',
    BAD_VALUE: 'Value "{value}" is not valid for "{field}": {expected}. Correct this cell.',
    BAD_VALUE_REQUIRED: 'A value for "{field}" is missing: {expected}. Fill in this cell.',
    BAD_DATE: 'Date "{value}" cannot be read. Enter it as dd/mm/yyyy (for example 19/05/2020) or a year alone.',
    LEGACY_ENCODING:
      'Name "{value}" looks typed in a legacy encoding (TCVN3/VNI). Convert it to Unicode (Unikey: conversion tool) and enter it again.',
    NEAR_DUPLICATE_NAME:
      'Name "{value}" differs from "{other}" ({otherCell}) only in accents or case. Check whether they are the same person.',
    INTERNAL: 'Internal error: {detail}. Report it to the developers with the Excel file.',
    INVISIBLE_CHARACTER:
      'Name "{value}" holds invisible characters ({chars}; at "·"), usually pasted from a web page or a message: two names that look alike would count as different people. Clear this cell and type the name again.',
  },
);
