import { defineMessages } from './define';

/**
 * Messages of the nominee-list check (`Kiểm tra danh sách`) and of the composition (`Cơ cấu <Mã>`).
 * `{list}` is `"<Cuộc bầu cử>" (<Mã>)`; dates are dd/mm/yyyy; percentages are printed exactly.
 */
export const nomineeMessages = defineMessages(
  {
    LIST_SURPLUS_LOW:
      'Danh sách {list} có {candidates} người cho {seats} chỗ: danh sách bầu cấp ủy, ban thường vụ phải có số dư (nhiều người hơn số cần bầu). Hãy bổ sung người vào danh sách hoặc sửa "Số lượng cần bầu".',
    LIST_SURPLUS_HIGH:
      'Danh sách {list} có {candidates} người cho {seats} chỗ: số dư {surplus} người ({percent}) vượt mức tối đa 30% ({max} người; Làm tròn số dư: {rounding}). Hãy bớt người khỏi danh sách.',
    LIST_SURPLUS_HIGH_FLOOR:
      'Danh sách {list} có {candidates} người cho {seats} chỗ: số dư {surplus} người ({percent}) vượt mức tối đa 30% ({max} người; Làm tròn số dư: {rounding}). Danh sách có người được đề cử, ứng cử tại đại hội: đại hội xin ý kiến và quyết định những ai được đưa vào danh sách.',
    LIST_SURPLUS_SMALL_LOW:
      'Danh sách {list} có {candidates} người cho {seats} chỗ: nơi bầu từ 3 đến 5 ủy viên, danh sách phải dư đúng 1 người ({expected} người). Hãy bổ sung một người.',
    LIST_SURPLUS_SMALL_HIGH:
      'Danh sách {list} có {candidates} người cho {seats} chỗ: nơi bầu từ 3 đến 5 ủy viên, số dư tối đa 1 người ({expected} người), hiện dư {surplus} người ({percent}). Hãy bớt người khỏi danh sách.',
    LIST_SURPLUS_PREPARED:
      'Danh sách {list}: cấp ủy giới thiệu {prepared} người cho {seats} chỗ, số dư {surplus} người ({percent}); số dư chuẩn bị phải từ 10% đến 15% ({min} đến {max} người; Làm tròn số dư: {rounding}). Hãy xem lại nguồn giới thiệu ("Nguồn" trong trang Nhân sự).',
    FLOOR_NOMINEE_UNAPPROVED:
      '"{name}" ({source}) có trong danh sách {list} nhưng chỉ được {approvals}/{base} ý kiến đồng ý ở cuộc xin ý kiến {opinion}, không quá 30%. Hãy đưa người này ra khỏi danh sách.',
    FLOOR_NOMINEE_NOT_ASKED:
      '"{name}" ({source}) có trong danh sách {list} nhưng không có trong phiếu xin ý kiến {opinion}. Người được đề cử, ứng cử tại đại hội phải được quá 30% đồng ý mới vào danh sách: hãy lấy ý kiến hoặc đưa ra khỏi danh sách.',
    FLOOR_NOMINEE_NO_OPINION:
      '"{name}" ({source}) có trong danh sách {list} nhưng không có cuộc "Xin ý kiến" nào cho danh sách này (cột "Cho cuộc bầu" trong trang Bầu cử). Người được đề cử, ứng cử tại đại hội phải được quá 30% đồng ý mới vào danh sách.',
    NOT_OFFICIAL_PERSONNEL:
      '"{name}" là đảng viên dự bị (trang Nhân sự, {otherCell}) nên không được ứng cử, đề cử. Hãy đưa ra khỏi danh sách {list}.',
    NOT_OFFICIAL_ROLL:
      '"{name}" là đảng viên dự bị theo trang Đại biểu ({otherCell}) nên không được ứng cử, đề cử. Hãy đưa ra khỏi danh sách {list}.',
    NOT_OFFICIAL_MISMATCH:
      '"{name}": trang Nhân sự ghi "{personnel}" nhưng trang Đại biểu ({otherCell}) ghi "{roll}". Hãy sửa cho thống nhất.',
    NOT_OFFICIAL_COUNTER:
      'Thành viên Ban kiểm phiếu "{name}" là đảng viên dự bị ({otherCell}); Ban kiểm phiếu chỉ gồm đảng viên, đại biểu chính thức. Hãy thay người.',
    COUNTER_ON_LIST:
      'Thành viên Ban kiểm phiếu "{name}" có tên trong danh sách {list} ({otherCell}). Người có tên trong danh sách bầu cử không được làm kiểm phiếu: hãy thay người.',
    AGE_FIRST_TERM:
      '"{name}" (sinh {birth}) tham gia cấp ủy lần đầu nhưng đến tuổi nghỉ hưu ngày {retirement}, chỉ còn {remaining} tháng kể từ ngày tính tuổi {reference}; cần đủ {months} tháng (nghỉ hưu từ ngày {required} trở đi). Hãy xem lại.',
    AGE_FIRST_TERM_YEAR_ONLY:
      '"{name}" (chỉ có năm sinh {birth}, tính từ 01/01) tham gia cấp ủy lần đầu nhưng đến tuổi nghỉ hưu ngày {retirement}, chỉ còn {remaining} tháng kể từ ngày tính tuổi {reference}; cần đủ {months} tháng (nghỉ hưu từ ngày {required} trở đi). Hãy ghi đủ ngày sinh để kiểm tra chính xác.',
    AGE_REELECTION:
      '"{name}" (sinh {birth}) tái cử nhưng đến tuổi nghỉ hưu ngày {retirement}, chỉ còn {remaining} tháng kể từ ngày tính tuổi {reference}; cần còn ít nhất {months} tháng (nghỉ hưu từ ngày {required} trở đi). Hãy xem lại.',
    AGE_REELECTION_YEAR_ONLY:
      '"{name}" (chỉ có năm sinh {birth}, tính từ 01/01) tái cử nhưng đến tuổi nghỉ hưu ngày {retirement}, chỉ còn {remaining} tháng kể từ ngày tính tuổi {reference}; cần còn ít nhất {months} tháng (nghỉ hưu từ ngày {required} trở đi). Hãy ghi đủ ngày sinh để kiểm tra chính xác.',
    AGE_UNKNOWN:
      'Chưa kiểm tra được tuổi của "{name}" trong danh sách {list}: trang Nhân sự thiếu {missing}. Hãy bổ sung.',
    AGE_NO_REFERENCE: 'Chưa kiểm tra được tuổi: trang Đại hội không có "Ngày tính tuổi" hay "Ngày". Hãy nhập ngày.',
    CHI_UY_UNDER_9:
      'Chi bộ chỉ có {members} đảng viên chính thức (dưới 9) nên không bầu chi ủy, chỉ bầu bí thư và nếu cần một phó bí thư. Hãy bỏ cuộc bầu {list}.',
    CHI_UY_OVER_7: 'Chi ủy có tối đa 7 ủy viên; cuộc bầu {list} ghi {seats}. Hãy sửa "Số lượng cần bầu".',
    BTV_OVER_THIRD:
      'Ban Thường vụ {seats} người vượt một phần ba Ban Chấp hành ({committee} người, tối đa {max}). Hãy sửa "Số lượng cần bầu" của cuộc bầu {list}.',
    BTV_OVER_THIRD_ELECTED:
      'Ban Chấp hành chỉ bầu được {committee} người nên Ban Thường vụ tối đa {max} người; cuộc bầu {list} ghi {seats}. Hãy báo cấp trên và sửa "Số lượng cần bầu".',
    BTV_UNDER_9:
      'Ban Chấp hành có {committee} ủy viên (dưới 9) thì không bầu Ban Thường vụ, chỉ bầu bí thư, phó bí thư. Hãy bỏ cuộc bầu {list}.',
    BTV_UNDER_9_ELECTED:
      'Ban Chấp hành chỉ bầu được {committee} ủy viên (dưới 9) nên không bầu Ban Thường vụ ({list}); chỉ bầu bí thư, phó bí thư, cấp trên xem xét chỉ định bổ sung. Hãy báo cấp trên.',
    NOT_IN_ELECTED_BODY:
      '"{name}" trong danh sách {list} không trúng cử {body}; {office} phải được bầu trong số ủy viên {body}. Hãy đưa ra khỏi danh sách.',
    NOT_ON_BODY_LIST:
      '"{name}" trong danh sách {list} không có trong danh sách bầu {body} ({bodyList}); {office} phải được bầu trong số ủy viên {body}. Hãy kiểm tra lại.',
    DUPLICATE_NAME:
      '"{name}" có hai lần trong danh sách {list} (lần đầu ở {otherCell}). Nếu là hai người trùng họ tên, hãy ghi thêm năm sinh, ví dụ "{name} (1975)", ở đây và trong trang Nhân sự.',
    DUPLICATE_NAME_PERSONNEL:
      'Trang Nhân sự có hai dòng "{name}" (dòng kia ở {otherCell}). Nếu là hai người trùng họ tên, hãy ghi thêm năm sinh, ví dụ "{name} (1975)"; nếu không, hãy xóa một dòng.',
    NOT_IN_NHAN_SU:
      '"{name}" trong danh sách {list} không có trong trang Nhân sự. Hãy thêm một dòng cho người này, họ tên ghi giống hệt trên phiếu.',
    NOT_IN_NHAN_SU_NEAR:
      '"{name}" trong danh sách {list} không có trong trang Nhân sự, nhưng ở đó có "{near}" ({otherCell}), chỉ khác ở dấu hoặc chữ hoa. Nếu là cùng một người, hãy sửa cho giống hệt.',
    COMPOSITION_NO_NHAN_SU:
      'Chưa có trang "{sheet}" nên không tính được cơ cấu (mọi tiêu chí sẽ là "Không rõ"). Hãy thêm trang "{sheet}" với ngày sinh, giới tính, dân tộc, trình độ của từng người rồi chạy lại.',
    NO_NHAN_SU:
      'Không có trang "Nhân sự": chưa kiểm tra được tư cách đảng viên, tuổi, nguồn giới thiệu và thứ tự theo ngày sinh. Hãy thêm trang này (lệnh "template" tạo sẵn mẫu).',
    BALLOT_ORDER:
      'Danh sách {list} chưa xếp theo vần A, B, C của tên (tên, rồi họ, rồi tên đệm, rồi ngày sinh). Thứ tự đúng: {expected}.',
    TARGET_MISSED_WOMEN: '{body}: nữ {count}/{total} người ({percent}), chưa đạt tỷ lệ tối thiểu {target}%.',
    TARGET_MISSED_YOUNG:
      '{body}: dưới {age} tuổi {count}/{total} người ({percent}), chưa đạt tỷ lệ tối thiểu {target}%.',
    TARGET_MISSED_BTV_WOMAN: '{body}: chưa có ủy viên nữ (phấn đấu có ít nhất một nữ trong ban thường vụ).',
    COMPOSITION_NOTHING_ELECTED:
      'Cuộc bầu {list} chưa có người trúng cử (chưa nhập phiếu hoặc chưa công bố): chưa tính cơ cấu.',
    ALTERNATE_NOT_ON_OFFICIAL_LIST:
      '"{name}" trong danh sách {list} không có trong danh sách bầu đại biểu chính thức ({official}). Danh sách bầu đại biểu dự khuyết lấy từ danh sách bầu đại biểu chính thức, số còn lại sau khi bầu đại biểu chính thức. Hãy bỏ tên này hoặc sửa cho giống hệt danh sách chính thức.',
    ALTERNATE_ELECTED_OFFICIAL:
      '"{name}" đã trúng cử đại biểu chính thức ({official}) nên không có tên trong danh sách {list}: đại biểu dự khuyết bầu trong số còn lại. Hãy bỏ tên này khỏi danh sách.',
    PBT_MORE_THAN_ONE:
      'Danh sách {list} bầu {seats} phó bí thư; chi bộ chỉ bầu một phó bí thư (trong số chi ủy viên). Hãy sửa "Số lượng cần bầu".',
    AGE_REFERENCE_GIVEN: 'Tuổi được tính đến ngày {reference} (ô "Ngày tính tuổi").',
    AGE_REFERENCE_DIRECTIVE:
      'Tuổi được tính đến ngày {reference}: ô "Ngày tính tuổi" để trống, nhiệm kỳ {term}, cấp đại hội "{level}" — Chỉ thị 45-CT/TW lấy ngày đầu tháng này làm mốc tính tuổi cho cấp đó.',
    AGE_REFERENCE_CONGRESS:
      'Tuổi được tính đến ngày đại hội {reference}: ô "Ngày tính tuổi" để trống và nhiệm kỳ {term} không phải 2025 - 2030 (mốc của Chỉ thị 45-CT/TW chỉ cho nhiệm kỳ đó).',
    LIST_CHECK_CLEAN: 'Không phát hiện vấn đề nào trong các danh sách bầu cử.',
  },
  {
    LIST_SURPLUS_LOW:
      'List {list} has {candidates} people for {seats} seats: committee and standing-committee lists need a surplus (more candidates than seats). Add people to the list or correct "Số lượng cần bầu".',
    LIST_SURPLUS_HIGH:
      'List {list} has {candidates} people for {seats} seats: a surplus of {surplus} ({percent}) exceeds the 30% maximum ({max} people; Làm tròn số dư: {rounding}). Remove people from the list.',
    LIST_SURPLUS_HIGH_FLOOR:
      'List {list} has {candidates} people for {seats} seats: a surplus of {surplus} ({percent}) exceeds the 30% maximum ({max} people; Làm tròn số dư: {rounding}). The list holds nominees from the floor: the congress is consulted and decides who goes on the list.',
    LIST_SURPLUS_SMALL_LOW:
      'List {list} has {candidates} people for {seats} seats: a body of 3 to 5 members needs exactly one more ({expected} people). Add one person.',
    LIST_SURPLUS_SMALL_HIGH:
      'List {list} has {candidates} people for {seats} seats: a body of 3 to 5 members allows at most one more ({expected} people), here {surplus} more ({percent}). Remove people from the list.',
    LIST_SURPLUS_PREPARED:
      'List {list}: the committee nominates {prepared} people for {seats} seats, a surplus of {surplus} ({percent}); the prepared surplus must be 10% to 15% ({min} to {max} people; Làm tròn số dư: {rounding}). Check the sources ("Nguồn" in the Nhân sự sheet).',
    FLOOR_NOMINEE_UNAPPROVED:
      '"{name}" ({source}) is on list {list} but got only {approvals}/{base} approvals in the opinion ballot {opinion}, not more than 30%. Take this person off the list.',
    FLOOR_NOMINEE_NOT_ASKED:
      '"{name}" ({source}) is on list {list} but not on the opinion ballot {opinion}. A nominee from the floor needs more than 30% approval to enter the list: consult the congress or take the person off the list.',
    FLOOR_NOMINEE_NO_OPINION:
      '"{name}" ({source}) is on list {list} but no "Xin ý kiến" row feeds this list ("Cho cuộc bầu" in the Bầu cử sheet). A nominee from the floor needs more than 30% approval to enter the list.',
    NOT_OFFICIAL_PERSONNEL:
      '"{name}" is a probationary member (Nhân sự, {otherCell}) and cannot stand. Take the person off list {list}.',
    NOT_OFFICIAL_ROLL:
      '"{name}" is a probationary member per the roll ({otherCell}) and cannot stand. Take the person off list {list}.',
    NOT_OFFICIAL_MISMATCH:
      '"{name}": the Nhân sự sheet says "{personnel}" but the roll ({otherCell}) says "{roll}". Make them agree.',
    NOT_OFFICIAL_COUNTER:
      'Vote-counting committee member "{name}" is a probationary member ({otherCell}); the committee consists of official members or delegates only. Replace this person.',
    COUNTER_ON_LIST:
      'Vote-counting committee member "{name}" is on list {list} ({otherCell}). A person on an election list cannot count votes: replace this person.',
    AGE_FIRST_TERM:
      '"{name}" (born {birth}) would join the committee for the first time but reaches retirement age on {retirement}, only {remaining} months after the reference date {reference}; {months} months are needed (retirement on or after {required}). Review.',
    AGE_FIRST_TERM_YEAR_ONLY:
      '"{name}" (birth year {birth} only, read as 1 January) would join the committee for the first time but reaches retirement age on {retirement}, only {remaining} months after the reference date {reference}; {months} months are needed (retirement on or after {required}). Enter the full birth date for an exact check.',
    AGE_REELECTION:
      '"{name}" (born {birth}) stands for re-election but reaches retirement age on {retirement}, only {remaining} months after the reference date {reference}; at least {months} months are needed (retirement on or after {required}). Review.',
    AGE_REELECTION_YEAR_ONLY:
      '"{name}" (birth year {birth} only, read as 1 January) stands for re-election but reaches retirement age on {retirement}, only {remaining} months after the reference date {reference}; at least {months} months are needed (retirement on or after {required}). Enter the full birth date for an exact check.',
    AGE_UNKNOWN: 'The age of "{name}" on list {list} cannot be checked: the Nhân sự sheet lacks {missing}. Fill it in.',
    AGE_NO_REFERENCE:
      'Ages cannot be checked: the Đại hội sheet has neither "Ngày tính tuổi" nor "Ngày". Enter the date.',
    CHI_UY_UNDER_9:
      'The chi bộ has only {members} official members (fewer than 9): it elects no chi ủy, only a secretary and, if needed, one deputy. Remove election {list}.',
    CHI_UY_OVER_7: 'A chi ủy has at most 7 members; election {list} says {seats}. Correct "Số lượng cần bầu".',
    BTV_OVER_THIRD:
      'A standing committee of {seats} exceeds a third of the committee ({committee} members, at most {max}). Correct "Số lượng cần bầu" of election {list}.',
    BTV_OVER_THIRD_ELECTED:
      'The committee elected only {committee} members, so the standing committee may have at most {max}; election {list} says {seats}. Report to the higher committee and correct "Số lượng cần bầu".',
    BTV_UNDER_9:
      'A committee of {committee} members (fewer than 9) elects no standing committee, only a secretary and deputies. Remove election {list}.',
    BTV_UNDER_9_ELECTED:
      'The committee elected only {committee} members (fewer than 9), so no standing committee is elected ({list}); only a secretary and deputies, and the higher committee may appoint more members. Report to the higher committee.',
    NOT_IN_ELECTED_BODY:
      '"{name}" on list {list} was not elected to {body}; the {office} is elected from the members of {body}. Take the person off the list.',
    NOT_ON_BODY_LIST:
      '"{name}" on list {list} is not on the list for {body} ({bodyList}); the {office} is elected from the members of {body}. Check the list.',
    DUPLICATE_NAME:
      '"{name}" appears twice on list {list} (first at {otherCell}). If these are two people with the same name, add the birth year, e.g. "{name} (1975)", here and in the Nhân sự sheet.',
    DUPLICATE_NAME_PERSONNEL:
      'The Nhân sự sheet has two rows "{name}" (the other at {otherCell}). If these are two people with the same name, add the birth year, e.g. "{name} (1975)"; otherwise delete one row.',
    NOT_IN_NHAN_SU:
      '"{name}" on list {list} is not in the Nhân sự sheet. Add a row for this person with the name exactly as on the ballot.',
    NOT_IN_NHAN_SU_NEAR:
      '"{name}" on list {list} is not in the Nhân sự sheet, which has "{near}" ({otherCell}), differing only in accents or case. If it is the same person, make them identical.',
    COMPOSITION_NO_NHAN_SU:
      'Sheet "{sheet}" is missing, so no composition can be computed (every dimension would be "Không rõ"). Add sheet "{sheet}" with each person\'s birth date, sex, ethnicity and education, and run again.',
    NO_NHAN_SU:
      'There is no "Nhân sự" sheet: membership, ages, sources and birth-date order cannot be checked. Add the sheet (the "template" command creates a blank one).',
    BALLOT_ORDER:
      'List {list} is not in A-B-C order of given names (given name, then family name, then middle names, then birth date). Expected order: {expected}.',
    TARGET_MISSED_WOMEN: '{body}: women {count}/{total} ({percent}), below the minimum share of {target}%.',
    TARGET_MISSED_YOUNG: '{body}: under {age} years {count}/{total} ({percent}), below the minimum share of {target}%.',
    TARGET_MISSED_BTV_WOMAN: '{body}: no woman member (the aim is at least one woman on the standing committee).',
    COMPOSITION_NOTHING_ELECTED:
      'Election {list} has no winners yet (ballots not keyed or not announced): no composition.',
    ALTERNATE_NOT_ON_OFFICIAL_LIST:
      "\"{name}\" on list {list} is not on the official delegates' list ({official}). The alternates' list is drawn from the official delegates' list, from those left after the official delegates are elected. Remove this name or spell it exactly as on the official list.",
    ALTERNATE_ELECTED_OFFICIAL:
      '"{name}" was elected an official delegate ({official}) and cannot be on list {list}: alternates are elected from those left. Remove this name from the list.',
    PBT_MORE_THAN_ONE:
      'List {list} elects {seats} deputy secretaries; a chi bộ elects one deputy secretary (from its committee). Correct "Số lượng cần bầu".',
    AGE_REFERENCE_GIVEN: 'Ages are counted at {reference} (cell "Ngày tính tuổi").',
    AGE_REFERENCE_DIRECTIVE:
      'Ages are counted at {reference}: "Ngày tính tuổi" is blank, the term is {term} and the level "{level}" — Directive 45-CT/TW takes the first day of this month as the reference for that level.',
    AGE_REFERENCE_CONGRESS:
      'Ages are counted at the congress date {reference}: "Ngày tính tuổi" is blank and the term {term} is not 2025 - 2030 (the reference months of Directive 45-CT/TW are for that term only).',
    LIST_CHECK_CLEAN: 'No problem found in the election lists.',
  },
);
