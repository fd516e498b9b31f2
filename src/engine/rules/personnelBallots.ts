/**
 * The rules of the ballots beyond the congress (WORKBOOK.md version 2 "Trust vote", "Introduction
 * ballot") as data: what each rests on and how sure the reference is of it
 * (reference/personnel-and-trust-ballots.md; tags [V] read verbatim, [P] partial or secondary).
 * The integer rules themselves are in tally/trust.ts and tally/introduction.ts.
 */

/** How the minutes of a trust vote cite their legal basis (§1.1, §1.6 [V]). */
export const TRUST_DOCUMENT =
  'Quy định số 96-QĐ/TW ngày 02/02/2023 về lấy phiếu tín nhiệm đối với chức danh, chức vụ lãnh đạo, quản lý trong hệ thống chính trị';

export const TRUST_CITATIONS = {
  /** §1.6 [V]: every % on the ballots returned; a line with no box or several is invalid for that person. */
  base: 'Quy định 96-QĐ/TW Điều 6 khoản 3',
  /** §1.3 [V]: above one half and below two thirds; two thirds and more. */
  bands: 'Quy định 96-QĐ/TW Điều 11 khoản 2, 3',
  /** §1.3 k.4, §1.1 k.3 [V]: rated in two places, judged on each place's result, never added up. */
  twoPlaces: 'Quy định 96-QĐ/TW Điều 1 khoản 3, Điều 11 khoản 4',
  /**
   * §1.2 [P]: the quorum is known only from a press summary; its article is not given. The
   * warning says so in its citation.
   */
  quorum:
    'Quy định 96-QĐ/TW — nguồn thứ cấp (tin tóm tắt trên baotayninh.vn: "chỉ được tiến hành khi có ít nhất 2/3 số người được triệu tập có mặt"), chưa đối chiếu được điều khoản',
} as const;

export const INTRODUCTION_CITATIONS = {
  /**
   * §2.1 [P]: more than 50% of those convened, at each step (Chỉ thị 35-CT/TW 2019, from an English
   * translation of a provincial paper); the 2025–2030 text was not found.
   */
  base: 'quy trình 5 bước của Chỉ thị 35-CT/TW năm 2019, đọc qua nguồn thứ cấp; hướng dẫn nhiệm kỳ 2025 - 2030 chưa đối chiếu',
  /** §2.2 [V as a Party newspaper's Q&A, 2025]: a tie at the end of the list is the committee head's to settle. */
  tie: 'hỏi đáp về Đại hội 2025 trên báo Thái Nguyên',
  /** §5 [P]: at a congress electing its secretary directly the introduction is for reference (QĐ 244 Điều 26 analogue). */
  reference: 'Hướng dẫn 04-HD/TW (2024) mục 8; Quy định 244-QĐ/TW Điều 26 (để tham khảo)',
  /** WORKBOOK.md version 2: a written-in name is matched exactly and checked against the roll and `Nhân sự`. */
  writeIn: 'WORKBOOK.md phiên bản 2, "Giới thiệu nhân sự": tên ghi thêm so khớp chính xác',
} as const;
