import { defineMessages } from './define';

/** Messages of the minutes (`Biên bản <Mã>`, the Word file) and of the ballot papers (`Mẫu phiếu <Mã>`). */
export const minutesMessages = defineMessages(
  {
    MINUTES_NO_COUNTERS:
      'Không có trang "Ban kiểm phiếu": biên bản {id} để trống (dòng chấm) tên Trưởng ban và các thành viên. Hãy thêm trang "Ban kiểm phiếu" (Họ và tên, Nhiệm vụ) rồi chạy lại, hoặc ghi tay trước khi ký.',
    MINUTES_NO_COUNTERS_SESSION:
      'Trang "Ban kiểm phiếu" không có ai cho phiên "{session}": biên bản {id} để trống (dòng chấm) tên người ký. Hãy ghi "{session}" ở cột "Phiên" cho Ban kiểm phiếu của phiên này.',
    MINUTES_NO_HEAD:
      'Trang "Ban kiểm phiếu" không có Trưởng ban cho phiên "{session}": biên bản {id} để trống tên Trưởng ban. Hãy ghi "Trưởng ban" ở cột "Nhiệm vụ" cho đúng một người.',
    MINUTES_NONE: 'Không có biên bản nào để lập: cuộc bầu bị chặn (kiểm tra không đạt) hoặc chưa nhập phiếu ({ids}).',
    MINUTES_SKIPPED: 'Chưa lập biên bản cho {id}: {reason}.',
    BALLOTS_NONE: 'Không có cuộc bầu nào trong trang "Bầu cử" để in mẫu phiếu.',
  },
  {
    MINUTES_NO_COUNTERS:
      'No "Ban kiểm phiếu" sheet: the minutes of {id} leave the names of the head and the members as dotted lines. Add the "Ban kiểm phiếu" sheet (Họ và tên, Nhiệm vụ) and run again, or write the names by hand before signing.',
    MINUTES_NO_COUNTERS_SESSION:
      '"Ban kiểm phiếu" lists nobody for the session "{session}": the minutes of {id} leave the signers as dotted lines. Put "{session}" in the "Phiên" column for that session\'s committee.',
    MINUTES_NO_HEAD:
      '"Ban kiểm phiếu" has no "Trưởng ban" for the session "{session}": the minutes of {id} leave the head\'s name dotted. Mark exactly one person "Trưởng ban" in "Nhiệm vụ".',
    MINUTES_NONE: 'No minutes to write: the elections are blocked (failed checks) or have no ballots yet ({ids}).',
    MINUTES_SKIPPED: 'No minutes for {id}: {reason}.',
    BALLOTS_NONE: 'No election in the "Bầu cử" sheet to print ballot papers for.',
  },
);
