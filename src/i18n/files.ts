import { defineMessages } from './define';

/**
 * Files (WORKBOOK.md "Files (version 2)"): a file that is not a workbook we can read (input
 * errors, exit 1) and a file system that refused (exit 3). Each says what the file is and what
 * to do; `{file}` is the path as the clerk typed it.
 */
export const fileMessages = defineMessages(
  {
    FILE_EMPTY: 'Tệp {file} trống (0 byte). Hãy chọn đúng tệp Excel (.xlsx) của đại hội.',
    FILE_XLS:
      'Tệp {file} là tệp Excel cũ (.xls). Hãy mở tệp bằng Excel và chọn Lưu thành (Save As) → "Sổ làm việc Excel (.xlsx)", rồi dùng tệp .xlsx đó.',
    FILE_TEXT:
      'Tệp {file} là tệp văn bản (ví dụ CSV) chứ không phải sổ Excel. Hãy mở bằng Excel và lưu thành "Sổ làm việc Excel (.xlsx)".',
    FILE_NOT_ZIP:
      'Tệp {file} không phải sổ Excel (.xlsx). Hãy chọn đúng tệp, hoặc mở bằng Excel và lưu lại thành .xlsx.',
    FILE_DAMAGED:
      'Tệp {file} bị hỏng hoặc chưa chép hết{part}. Hãy chép lại tệp từ bản gốc, hoặc mở bằng Excel (Excel có thể sửa tệp) và lưu lại.',
    FILE_BAD_CRC:
      'Tệp {file} bị hỏng: dữ liệu phần {part} không khớp mã kiểm tra. Hãy chép lại tệp từ bản gốc, hoặc mở bằng Excel và lưu lại.',
    FILE_NOT_WORKBOOK:
      'Tệp {file} là một tệp Office nhưng không phải sổ Excel (có thể là tệp Word hoặc PowerPoint đổi tên). Hãy chọn đúng tệp .xlsx.',
    FILE_BAD_XML:
      'Tệp {file} có nội dung hỏng{part}. Hãy mở tệp bằng Excel (Excel có thể sửa tệp) và lưu lại, hoặc chép lại từ bản gốc.',
    FILE_DUPLICATE_PART:
      'Tệp {file} chứa phần {part} hai lần (chương trình tạo ra tệp đã ghi sai), nên không biết bản nào là đúng. Hãy mở tệp bằng Excel (Excel có thể sửa tệp) và lưu lại.',
    FILE_METHOD:
      'Tệp {file} được nén theo kiểu {method} mà Excel không dùng (phần {part}). Hãy dùng chương trình đã tạo ra tệp để lưu lại thành "Sổ làm việc Excel (.xlsx)", rồi dùng tệp đó.',
    FILE_ENCRYPTED:
      'Tệp {file} được bảo vệ bằng mật khẩu nên không đọc được. Hãy mở tệp bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu: xóa mật khẩu) rồi lưu lại.',
    FILE_TOO_LARGE:
      'Tệp {file} quá lớn khi giải nén{part} (giới hạn {limit} MB; sổ của một đại hội toàn quốc chỉ khoảng 12 MB). Tệp này có thể không phải sổ của đại hội hoặc đã bị làm hỏng; hãy kiểm tra lại tệp.',
    FILE_TOO_LARGE_FILE:
      'Tệp {file} quá lớn ({size} MB; giới hạn {limit} MB). Hãy kiểm tra đây có đúng là sổ Excel của đại hội không.',
    FORMULA_WITHOUT_VALUE:
      'Ô này có công thức nhưng tệp không lưu giá trị của nó (tệp do một chương trình khác tạo ra). Hãy mở tệp bằng Excel rồi lưu lại, hoặc gõ thẳng giá trị vào ô này.',
    FS_READ: 'Không đọc được tệp {file}: {why}.',
    FS_WRITE: 'Không ghi được tệp {file}: {why}. Tệp đầu vào không bị thay đổi.',
    FS_WHY_ACCESS: 'không có quyền (hãy chọn thư mục khác, hoặc xin quyền ghi)',
    FS_WHY_READONLY: 'ổ đĩa chỉ cho đọc (hãy ghi ra ổ đĩa khác)',
    FS_WHY_FULL: 'ổ đĩa đã đầy (hãy giải phóng chỗ trống hoặc ghi ra ổ đĩa khác)',
    FS_WHY_MISSING: 'thư mục không tồn tại (hãy tạo thư mục trước, hoặc kiểm tra lại đường dẫn)',
    FS_WHY_DIRECTORY: 'đây là một thư mục, không phải tệp (hãy ghi kèm tên tệp, ví dụ ket-qua.xlsx)',
    FS_WHY_NOT_DIRECTORY: 'một phần của đường dẫn không phải thư mục (hãy kiểm tra lại đường dẫn)',
    FS_WHY_BUSY: 'tệp đang được chương trình khác mở (hãy đóng Excel hoặc chương trình đó rồi chạy lại)',
    FS_WHY_OTHER: 'hệ thống báo lỗi {code}',
  },
  {
    FILE_EMPTY: "File {file} is empty (0 bytes). Choose the congress's Excel workbook (.xlsx).",
    FILE_XLS:
      'File {file} is an old Excel file (.xls). Open it in Excel and choose Save As → "Excel Workbook (.xlsx)", then use that .xlsx file.',
    FILE_TEXT:
      'File {file} is a text file (a CSV, for example), not an Excel workbook. Open it in Excel and save it as "Excel Workbook (.xlsx)".',
    FILE_NOT_ZIP:
      'File {file} is not an Excel workbook (.xlsx). Choose the right file, or open it in Excel and save it as .xlsx.',
    FILE_DAMAGED:
      'File {file} is damaged or was not copied whole{part}. Copy it again from the original, or open it in Excel (which can repair it) and save it.',
    FILE_BAD_CRC:
      'File {file} is damaged: the data of part {part} fails its checksum. Copy it again from the original, or open it in Excel and save it.',
    FILE_NOT_WORKBOOK:
      'File {file} is an Office file but not an Excel workbook (perhaps a Word or PowerPoint file renamed). Choose the .xlsx file.',
    FILE_BAD_XML:
      'File {file} has damaged content{part}. Open it in Excel (which can repair it) and save it, or copy it again from the original.',
    FILE_DUPLICATE_PART:
      'File {file} holds part {part} twice (the program that made it wrote it wrongly), so which copy is meant is unclear. Open it in Excel (which can repair it) and save it.',
    FILE_METHOD:
      'File {file} is compressed with {method}, which Excel does not use (part {part}). Save it again as "Excel Workbook (.xlsx)" from the program that made it, and use that file.',
    FILE_ENCRYPTED:
      'File {file} is protected by a password and cannot be read. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password: clear it) and save it.',
    FILE_TOO_LARGE:
      "File {file} is too large when unpacked{part} (limit {limit} MB; a national congress's workbook is about 12 MB). It may not be a congress workbook, or it is damaged; check the file.",
    FILE_TOO_LARGE_FILE:
      "File {file} is too large ({size} MB; the limit is {limit} MB). Check that it is the congress's Excel workbook.",
    FORMULA_WITHOUT_VALUE:
      'This cell holds a formula but the file has no stored value for it (the file was made by another program). Open the file in Excel and save it, or type the value into this cell.',
    FS_READ: 'Cannot read {file}: {why}.',
    FS_WRITE: 'Cannot write {file}: {why}. The input file is unchanged.',
    FS_WHY_ACCESS: 'permission denied (choose another folder, or ask for write access)',
    FS_WHY_READONLY: 'the disk is read-only (write to another disk)',
    FS_WHY_FULL: 'the disk is full (free some space or write to another disk)',
    FS_WHY_MISSING: 'the folder does not exist (create it first, or check the path)',
    FS_WHY_DIRECTORY: 'this is a folder, not a file (add a file name, e.g. results.xlsx)',
    FS_WHY_NOT_DIRECTORY: 'part of the path is not a folder (check the path)',
    FS_WHY_BUSY: 'the file is open in another program (close Excel or that program and run again)',
    FS_WHY_OTHER: 'the system reported {code}',
  },
);
