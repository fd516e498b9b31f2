/**
 * What goes in each column of the input sheets (issue 11): the input message Excel shows when
 * the header is selected, and, for a coded column, the drop-down of its values. Vietnamese, as
 * the sheets are. The values are the parsers' own lists, so the two cannot drift.
 */
import { OFFICES } from '../../engine/model/election';
import { GENDERS, MEMBERSHIPS, NOMINEE_SOURCES } from '../../engine/model/person';
import { ROLL_STATUSES, STANDINGS } from '../parse/roll';
import { SESSIONS } from '../parse/counters';
import { COUNTERS_SHEET, ELECTIONS_SHEET, PERSONNEL_SHEET, ROLL_SHEET, UNITS_SHEET } from '../sheetNames';

export interface ColumnGuide {
  /** Header label → what goes in the column (an input message: at most 255 characters). */
  prompts: Readonly<Record<string, string>>;
  /** Header label → the values offered in a drop-down on the column's cells. */
  lists?: Readonly<Record<string, readonly string[]>>;
}

/** The warning for a value outside a list: never a refusal, the parsers match forgivingly. */
export const LIST_ALERT = {
  title: 'Giá trị ngoài danh sách',
  message:
    'Giá trị này không có trong danh sách chọn. Nếu là cách viết khác của một giá trị trong danh sách, có thể giữ nguyên; nếu không, hãy chọn lại.',
} as const;

export const COLUMN_GUIDES: Readonly<Record<string, ColumnGuide>> = {
  [ROLL_SHEET]: {
    prompts: {
      STT: 'Số thứ tự; không bắt buộc, không được kiểm tra.',
      'Họ và tên':
        'Họ và tên đầy đủ của người được triệu tập, mỗi người một dòng. Hai người trùng họ tên: ghi thêm năm sinh trong ngoặc, ví dụ Nguyễn Văn An (1975).',
      'Chi bộ': 'Chi bộ của người này (đại hội đại biểu: để tính người vắng và người thay thế theo chi bộ).',
      'Tư cách':
        'Chính thức, Dự bị, Đương nhiên (cấp ủy viên khóa trước) hoặc Dự khuyết (dự khuyết được gọi thay thế). Chọn trong danh sách.',
      'Tình trạng':
        'Để trống là Có mặt. Hoặc: Vắng có lý do, Vắng, Sinh hoạt tạm thời, Miễn sinh hoạt, Đình chỉ, Tạm giam, Thay thế.',
    },
    lists: { 'Tư cách': STANDINGS, 'Tình trạng': ROLL_STATUSES },
  },
  [COUNTERS_SHEET]: {
    prompts: {
      STT: 'Số thứ tự; không bắt buộc.',
      'Họ và tên':
        'Thành viên Ban kiểm phiếu: đảng viên (đại biểu) chính thức có tên trong danh sách triệu tập, không có tên trong danh sách bầu cử.',
      'Nhiệm vụ': 'Trưởng ban (đúng một người mỗi phiên) hoặc Ủy viên.',
      Phiên: 'Để trống là Đại hội; Hội nghị lần thứ nhất cho các cuộc bầu tại hội nghị đầu tiên của cấp ủy.',
    },
    lists: { 'Nhiệm vụ': ['Trưởng ban', 'Ủy viên'], Phiên: SESSIONS },
  },
  [PERSONNEL_SHEET]: {
    prompts: {
      'Họ và tên': 'Họ và tên đầy đủ, giống hệt như trên phiếu bầu.',
      'Ngày sinh': 'Ngày/tháng/năm, ví dụ 15/06/1975; hoặc chỉ ghi năm.',
      'Giới tính': 'Nam hoặc Nữ.',
      'Dân tộc': 'Ví dụ: Kinh, Tày, Mường.',
      'Trình độ chuyên môn': 'Như báo cáo nhân sự, ví dụ: Trên đại học; Cao đẳng, đại học.',
      'Lý luận chính trị': 'Cao cấp, Trung cấp, Sơ cấp; để trống nếu chưa qua đào tạo.',
      'Cấp ủy khóa trước': 'Ghi x nếu là cấp ủy viên khóa trước (tái cử); để trống nếu ứng cử lần đầu.',
      'Đảng viên': 'Chính thức hoặc Dự bị.',
      Nguồn: 'Cấp ủy giới thiệu, Đại hội đề cử hoặc Ứng cử.',
      'Tên gọi': 'Chỉ khi tên gọi không phải chữ cuối của họ tên (để xếp thứ tự A, B, C trên phiếu).',
      'Danh sách bầu':
        'Mã các cuộc bầu có tên người này, cách nhau bằng dấu phẩy, ví dụ: BCH, DB. Ngăn Đại hội dùng cột này để tạo trang phiếu.',
    },
    lists: {
      'Giới tính': GENDERS,
      'Lý luận chính trị': ['Cao cấp', 'Trung cấp', 'Sơ cấp'],
      'Cấp ủy khóa trước': ['x'],
      'Đảng viên': MEMBERSHIPS,
      Nguồn: NOMINEE_SOURCES,
    },
  },
  [ELECTIONS_SHEET]: {
    prompts: {
      Mã: 'Mã ngắn của cuộc bầu: chữ không dấu, số, "-" hoặc "_", ví dụ BCH, DB, BCH-2. Mỗi cuộc bầu một mã.',
      'Cuộc bầu cử': 'Tên cuộc bầu in trong biên bản, ví dụ: Bầu Ban Chấp hành Đảng bộ phường khóa XXIV.',
      'Chức danh': 'Chọn trong danh sách: Ban Chấp hành, Chi ủy, Ban Thường vụ, Bí thư, … hoặc Xin ý kiến.',
      'Số lượng cần bầu': 'Số người cần bầu ở lần bầu này; để trống với Xin ý kiến.',
      'Lần bầu': 'Để trống là lần 1; ghi 2, 3… khi bầu tiếp vì bằng phiếu hoặc bầu chưa đủ.',
      'Vòng trước': 'Mã của lần bầu trước (không bắt buộc khi Lần bầu đã rõ).',
      'Phiếu phát ra': 'Số phiếu Ban kiểm phiếu phát ra.',
      'Phiếu thu vào': 'Số phiếu thu vào từ hòm phiếu (không bắt buộc; khi có, phải bằng số phiếu đã nhập).',
      'Có mặt lúc bầu': 'Số đại biểu (đảng viên) chính thức có mặt lúc bầu; để trống là theo danh sách triệu tập.',
      'Trang phiếu': 'Tên trang nhập phiếu; để trống là "Phiếu <Mã>".',
      'Hình thức nhập': 'Từng phiếu (mỗi lá phiếu một dòng) hoặc Tổng hợp (số liệu của từng tổ kiểm phiếu).',
      'Loại phiếu': 'Để trống là tự chọn: Gạch tên khi số người nhiều hơn số cần bầu, ngược lại Đồng ý/Không đồng ý.',
      'Số người bầu': 'Chỉ khi bầu tại hội nghị cấp ủy: số cấp ủy viên được triệu tập (cơ sở tính D).',
      Phiên: 'Để trống là Đại hội; hoặc Hội nghị lần thứ nhất.',
      'Cho cuộc bầu': 'Chỉ với Xin ý kiến: mã cuộc bầu có danh sách được bổ sung.',
      'Số biên bản': 'Số của biên bản kiểm phiếu; để trống thì in dòng chấm.',
      'Kết thúc kiểm phiếu': 'Ngày giờ kết thúc kiểm phiếu, ví dụ 20/05/2025 11:25.',
    },
    lists: {
      'Chức danh': OFFICES,
      'Hình thức nhập': ['Từng phiếu', 'Tổng hợp'],
      'Loại phiếu': ['Gạch tên', 'Đồng ý/Không đồng ý'],
      Phiên: SESSIONS,
    },
  },
  [UNITS_SHEET]: {
    prompts: {
      'Chi bộ': 'Tên chi bộ (đơn vị được phân bổ đại biểu).',
      'Đảng viên chính thức': 'Số đảng viên chính thức của chi bộ.',
      'Đảng viên dự bị': 'Số đảng viên dự bị (cần khi Tính theo là Tổng số đảng viên).',
      'Tối thiểu': 'Số đại biểu tối thiểu của chi bộ; để trống là 0.',
      'Cộng thêm': 'Số đại biểu cộng thêm theo quyết định, ngoài công thức.',
      'Cấp ủy viên đương nhiệm': 'Số đại biểu đương nhiên của chi bộ (chỉ hiển thị, không phân bổ).',
    },
  },
};

/** The columns of a ballot sheet (the names in between are the list). */
export const BALLOT_PROMPTS: Readonly<Record<string, string>> = {
  'Số phiếu':
    'Số thứ tự của lá phiếu trong tập đã kiểm (không ghi trên phiếu): 1, 2, 3… hoặc <tổ>-<số>. Mỗi lá phiếu một dòng.',
  Tổ: 'Tổ kiểm phiếu (không bắt buộc).',
  'Không hợp lệ': 'Để trống nếu phiếu hợp lệ; ghi lý do nếu Ban kiểm phiếu xác định phiếu không hợp lệ.',
};

/** Shown on a name's header: how the marks are typed. */
export const MARK_PROMPT =
  'Gạch tên: để trống là giữ tên, x là tên bị gạch. Đồng ý/Không đồng ý: để trống là đồng ý, x là không đồng ý, - là đánh cả hai ô hoặc không ô nào.';
