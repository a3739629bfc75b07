// Every issue code the validation core can emit, with its severity, the Vietnamese message shown to the unit
// (a template: {name} is filled from the issue's parameters) and an English description for API docs.
// Codes are stable: clients, stored submissions and mails refer to them.
import type { Issue, Severity } from './grid/types';

export interface IssueDefinition {
  readonly severity: Severity;
  /** Vietnamese, NFC, tells the unit what to fix; {param} placeholders. */
  readonly message: string;
  /** English meaning, for API documentation. */
  readonly description: string;
}

function def(severity: Severity, message: string, description: string): IssueDefinition {
  return { severity, message, description };
}

export const ISSUE_CODES = {
  'grid.malformed': def(
    'error',
    'Dữ liệu gửi lên không đúng cấu trúc bảng (thiếu dòng tiêu đề hoặc dòng dữ liệu). Hãy chọn lại vùng danh sách rồi gửi lại.',
    'The grid is not shaped as { header, rows, firstRow }.',
  ),
  'row.unreadable': def(
    'error',
    'Không đọc được dòng này (dữ liệu bị hỏng). Hãy xóa định dạng đặc biệt của dòng, nhập lại rồi gửi lại.',
    'Reading the row failed (e.g. a cell getter threw); the rest of the sheet is still checked.',
  ),
  'grid.noRows': def(
    'warning',
    'Danh sách chưa có dòng dữ liệu nào dưới dòng tiêu đề.',
    'The grid has no non-empty data row.',
  ),
  'header.missingRequired': def(
    'error',
    'Thiếu cột "{label}". Hãy thêm cột này vào dòng tiêu đề (có thể tạo lại từ mẫu của Ban Thi đua – Khen thưởng).',
    'A required column was not found in the header; reported once for the sheet.',
  ),
  'header.duplicateColumn': def(
    'warning',
    'Cột "{header}" trùng nội dung với cột "{other}"; hệ thống chỉ đọc cột đứng trước. Hãy xóa hoặc đổi tên cột trùng.',
    'Two header columns map to the same field; only the first is read.',
  ),
  'required.missing': def(
    'error',
    'Chưa nhập "{label}". Đây là thông tin bắt buộc.',
    'A required field is empty.',
  ),
  'row.noProposal': def(
    'error',
    'Dòng này chưa ghi đề nghị gì. Hãy đánh dấu "Đại biểu" hoặc "Biểu dương", hoặc ghi "Hình thức đề nghị".',
    'The row proposes nothing: no delegate or honoured mark and no award.',
  ),
  'row.duplicateInSheet': def(
    'warning',
    'Dòng này trùng với dòng {otherRow} ({reason}). Mỗi cá nhân, tập thể chỉ ghi một dòng; hãy kiểm tra lại.',
    'Another row of the same sheet names the same nominee (same CCCD, or same name and birth year).',
  ),
  'cell.unreadable': def(
    'error',
    'Không đọc được giá trị ở cột "{label}". Hãy nhập lại dưới dạng chữ hoặc số.',
    'The cell holds a value of an unsupported type (object, NaN…).',
  ),
  'text.tooLong': def(
    'error',
    'Nội dung cột "{label}" dài {length} ký tự, vượt quá {max} ký tự cho phép. Hãy rút gọn.',
    'A text field exceeds its maximum length.',
  ),
  'text.legacyEncoding': def(
    'warning',
    'Ô "{label}" có chữ gõ bằng bảng mã cũ {encoding}: "{value}". Hệ thống đã chuyển sang Unicode thành "{converted}" và tạm dùng giá trị này. Hãy kiểm tra lại dấu và chuyển danh sách sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey).',
    'The cell text decodes as a legacy Vietnamese encoding (TCVN3, VNI, or UTF-8 read as Latin-1); the converted text is used and shown.',
  ),
  'text.controlChars': def(
    'warning',
    'Ô "{label}" có ký tự điều khiển hoặc ký tự hỏng không hiển thị được (thường do dán từ phần mềm khác); hệ thống đã bỏ hoặc thay bằng "�". Hãy kiểm tra lại nội dung ô.',
    'Lone surrogates (replaced by U+FFFD), NUL and other control characters (removed) were found in the cell; done once, at grid normalisation, by sanitizeText.',
  ),
  'name.invalid': def(
    'error',
    'Tên "{value}" có chữ số hoặc ký tự không hợp lệ. Hãy ghi đúng họ và tên bằng chữ.',
    'A personal name contains digits or symbols.',
  ),
  'name.incomplete': def(
    'warning',
    'Họ và tên "{value}" chỉ có một từ. Hãy ghi đầy đủ họ, tên đệm và tên.',
    'A personal name has a single word.',
  ),
  'date.invalid': def(
    'error',
    'Ngày "{value}" ở cột "{label}" không hợp lệ. Hãy ghi theo dạng ngày/tháng/năm, ví dụ 05/09/1985.',
    'A date cell cannot be read or names a day that does not exist.',
  ),
  'date.phantom': def(
    'error',
    'Ô "{label}" chứa ngày 29/02/1900, là ngày không có thật (lỗi đánh số ngày của bảng tính). Hãy nhập lại theo dạng ngày/tháng/năm.',
    'Spreadsheet serial 60, the phantom 29 February 1900 of the 1900 date system.',
  ),
  'year.invalid': def(
    'error',
    '"{value}" ở cột "{label}" không phải là năm. Hãy ghi năm gồm 4 chữ số, ví dụ 1985.',
    'A year cell is not a four-digit year.',
  ),
  'year.outOfRange': def(
    'error',
    'Năm {value} ở cột "{label}" nằm ngoài khoảng cho phép ({min}–{max}). Hãy kiểm tra lại.',
    'A year (or the year of a date) is outside the allowed range.',
  ),
  'birth.mismatch': def(
    'error',
    'Ngày sinh ({date}) và năm sinh ({year}) không khớp nhau. Hãy sửa cho thống nhất.',
    'The birth date and the birth year columns disagree.',
  ),
  'gender.invalid': def(
    'error',
    'Giới tính "{value}" không hợp lệ. Hãy ghi "Nam" hoặc "Nữ".',
    'The gender cell is neither male nor female.',
  ),
  'gender.bothColumns': def(
    'error',
    'Năm sinh được ghi ở cả cột Nam và cột Nữ. Chỉ ghi năm sinh vào cột đúng giới tính của người được đề nghị.',
    'Split birth-year layout: both the male and the female column are filled.',
  ),
  'number.invalid': def(
    'error',
    '"{value}" ở cột "{label}" không phải là số nguyên không âm. Hãy ghi một số, ví dụ 3.',
    'A count cell is not a non-negative whole number.',
  ),
  'boolean.invalid': def(
    'warning',
    'Không hiểu giá trị "{value}" ở cột "{label}". Hãy đánh "x" nếu có, để trống nếu không.',
    'A yes/no cell holds an unrecognised value; it is read as not stated.',
  ),
  'cccd.format': def(
    'error',
    'Số CCCD "{value}" không hợp lệ: cần đúng 12 chữ số (hiện có {digits} chữ số). Hãy định dạng cột là văn bản (Text) và nhập đủ 12 số.',
    'The citizen ID is not 12 digits.',
  ),
  'cccd.leadingZeroLost': def(
    'warning',
    'Số CCCD "{value}" bị mất số 0 ở đầu (ô đang định dạng kiểu số). Số đúng có lẽ là {suggestion}; hệ thống tạm dùng số này. Hãy định dạng cột là văn bản (Text) và nhập lại.',
    'An 11-digit citizen ID lost its leading zero to numeric formatting; the corrected value is suggested and used.',
  ),
  'cccd.leadingZerosLost': def(
    'warning',
    'Số CCCD "{value}" bị mất hai số 0 ở đầu (ô đang định dạng kiểu số; mã tỉnh 001–009 như Hà Nội, Hà Giang, Cao Bằng). Số đúng có lẽ là {suggestion}; hệ thống tạm dùng số này. Hãy định dạng cột là văn bản (Text) và nhập lại.',
    'A 10-digit citizen ID of a province coded 001–009 lost both leading zeros to numeric formatting; the restored value (a valid CCCD) is suggested and used.',
  ),
  'cccd.province': def(
    'error',
    'Số CCCD "{value}" có mã nơi đăng ký khai sinh "{province}" không tồn tại. Hãy kiểm tra lại 3 số đầu.',
    'Digits 1–3 of the citizen ID are not a province code.',
  ),
  'cccd.genderMismatch': def(
    'error',
    'Số CCCD "{value}" là của người giới tính {cccdGender}, nhưng dòng này ghi giới tính {gender}. Hãy kiểm tra lại số CCCD hoặc giới tính.',
    'The century/sex digit of the citizen ID contradicts the stated gender.',
  ),
  'cccd.birthYearMismatch': def(
    'error',
    'Số CCCD "{value}" ứng với năm sinh {cccdYear}, nhưng dòng này ghi năm sinh {year}. Hãy kiểm tra lại số CCCD hoặc năm sinh.',
    'Digits 4–6 of the citizen ID give a birth year other than the stated one.',
  ),
  'phone.invalid': def(
    'error',
    'Số điện thoại "{value}" không hợp lệ. Số di động gồm 10 chữ số (ví dụ 0912345678), số cố định gồm 11 chữ số bắt đầu bằng 02.',
    'The phone number is neither a 10-digit mobile nor an 11-digit landline number.',
  ),
  'phone.unknownPrefix': def(
    'warning',
    'Số di động "{value}" có đầu số {prefix} chưa được cấp cho nhà mạng nào. Hãy kiểm tra lại.',
    'A 10-digit mobile number with a prefix not assigned to any network.',
  ),
  'email.invalid': def(
    'error',
    'Địa chỉ thư điện tử "{value}" không hợp lệ. Ví dụ đúng: nguyenvanan@langson.gov.vn.',
    'The e-mail address is malformed.',
  ),
  'ethnicity.unknown': def(
    'error',
    'Không tìm thấy dân tộc "{value}" trong danh mục 54 dân tộc. Hãy ghi đúng tên dân tộc, ví dụ "Kinh", "Tày", "Nùng".',
    'The ethnicity matches no group name, alias or code.',
  ),
  'ethnicity.ambiguous': def(
    'warning',
    'Tên gọi "{value}" dùng cho nhiều dân tộc ({candidates}). Hãy ghi rõ tên dân tộc theo danh mục.',
    'The ethnicity is an alias shared by several groups; no group is chosen.',
  ),
  'award.unknown': def(
    'error',
    'Không nhận ra hình thức khen thưởng "{value}". Hãy ghi đúng tên danh hiệu hoặc hình thức theo danh mục, ví dụ "Bằng khen của Chủ tịch UBND tỉnh".',
    'The proposed award matches no award code, label or alias.',
  ),
  'award.wrongKind': def(
    'error',
    '"{award}" dành cho {awardKinds}, không đề nghị cho {rowKind}. Hãy chọn hình thức phù hợp.',
    'The award is not given to this kind of nominee (individual vs collective vs household).',
  ),
  'award.notAllowed': def(
    'error',
    'Đợt thi đua này không xét "{award}". Các hình thức được đề nghị: {allowed}.',
    'The campaign restricts proposals to a subset of awards and this one is outside it.',
  ),
  'movement.unknown': def(
    'warning',
    'Phong trào "{value}" không có trong danh mục của đợt này; hệ thống ghi nguyên văn. Nếu là phong trào đã có, hãy chọn đúng tên.',
    'The movement is not in the vocabulary; the text is kept as written.',
  ),
  'vocab.unknown': def(
    'error',
    'Giá trị "{value}" ở cột "{label}" không có trong danh mục. Hãy chọn một trong: {choices}.',
    'A coded field (education, political theory, composition, sector, task rating, initiative scope) has an unknown value.',
  ),
  'level.unrecognised': def(
    'warning',
    'Không xác định được bậc trình độ từ "{value}" ở cột "{label}"; hệ thống giữ nguyên văn. Nếu được, hãy ghi rõ bậc: {choices}.',
    'An education or political-theory level was not recognised; the text is kept and no level code is set.',
  ),
  'achievements.missing': def(
    'error',
    'Chưa có "Tóm tắt thành tích". Đề nghị khen thưởng hoặc biểu dương phải nêu tóm tắt thành tích thì mới được xem xét; hãy ghi vào cột "Tóm tắt thành tích" (thêm cột nếu danh sách chưa có).',
    'A row proposing an award or an honour has no achievement summary (empty cell or no such column); campaigns may relax it with rules.achievementsRequired = false.',
  ),
  'achievements.tooShort': def(
    'warning',
    'Tóm tắt thành tích quá ngắn ({length} ký tự, tối thiểu {min}). Hãy nêu rõ thành tích nổi bật và kết quả cụ thể.',
    'The achievement summary is shorter than the campaign minimum.',
  ),
  'achievements.tooLong': def(
    'error',
    'Tóm tắt thành tích quá dài ({length} ký tự, tối đa {max}). Hãy rút gọn, giữ những thành tích tiêu biểu nhất.',
    'The achievement summary is longer than the campaign maximum.',
  ),
  'collective.memberCounts': def(
    'error',
    '"{label}" ({value}) không được lớn hơn tổng số thành viên ({total}). Hãy kiểm tra lại số liệu.',
    'A member count of a collective exceeds its total membership.',
  ),
  'eligibility.taskRating': def(
    'error',
    '"{award}" yêu cầu mức "{required}" trở lên ({source}); dòng này ghi "{actual}".',
    'The stated task rating is below the award criterion.',
  ),
  'eligibility.consecutiveYears': def(
    'error',
    '"{award}" yêu cầu {required} năm liên tục đạt "{title}" ({source}); hiện có {actual} năm.',
    'Fewer consecutive years of the prerequisite title than the award criterion requires.',
  ),
  'eligibility.titleThisYear': def(
    'error',
    '"{award}" yêu cầu đạt "{title}" năm {year} ({source}), nhưng số liệu của dòng này không đáp ứng điều kiện của "{title}". Hãy kiểm tra lại xếp loại hoặc hình thức đề nghị.',
    "The award requires holding another title in the evaluation year and the row's own values contradict that title's criteria (a title merely not found in the history or the campaign is eligibility.unverifiable).",
  ),
  'eligibility.initiatives': def(
    'error',
    '"{award}" yêu cầu ít nhất {required} sáng kiến, đề tài có phạm vi ảnh hưởng {scope} ({source}); dòng này ghi {actual}.',
    'Too few initiatives, or initiatives of too narrow a scope, for the award criterion.',
  ),
  'eligibility.memberShare': def(
    'error',
    '"{award}" yêu cầu {comparison} {required}% thành viên đạt "Lao động tiên tiến" ({source}); hiện đạt {actual}%.',
    'The share of members holding Lao động tiên tiến is below the criterion.',
  ),
  'eligibility.emulationFighters': def(
    'error',
    '"{award}" yêu cầu ít nhất {required} thành viên đạt "Chiến sĩ thi đua cơ sở" ({source}); dòng này ghi {actual}.',
    'Too few members holding Chiến sĩ thi đua cơ sở.',
  ),
  'eligibility.discipline': def(
    'error',
    '"{award}" yêu cầu không có thành viên bị kỷ luật ({source}); dòng này ghi {actual} người bị kỷ luật.',
    'A collective with disciplined members is proposed for an award that excludes them.',
  ),
  'eligibility.noneMet': def(
    'error',
    '"{award}" yêu cầu đáp ứng một trong các điều kiện: {options} ({source}). Dòng này chưa đáp ứng điều kiện nào.',
    'None of the alternative criteria of the award is met.',
  ),
  'eligibility.unverifiable': def(
    'warning',
    'Chưa đủ thông tin để kiểm tra điều kiện của "{award}": {criterion} ({source}). Hãy bổ sung "{missing}".',
    'A criterion cannot be checked because the row (and the history) lacks the input.',
  ),
  'eligibility.held': def(
    'warning',
    'Đề nghị tạm hoãn xét vì {reason} (Luật Thi đua, khen thưởng 2022, Điều 5). Ban Thi đua – Khen thưởng sẽ xem xét khi có kết luận.',
    'The nominee is disciplined or under review; the nomination is held, not rejected.',
  ),
  'eligibility.delegateNoAward': def(
    'error',
    'Theo kế hoạch của đợt này, đại biểu phải có ít nhất một hình thức khen thưởng đã đạt. Hãy ghi vào cột "Khen thưởng đã đạt".',
    'The campaign requires each delegate to hold at least one award and the row names none.',
  ),
  'dossier.badLink': def(
    'warning',
    '"{value}" ở cột "Hồ sơ" không phải đường dẫn Google Drive hoặc Google Tài liệu nên chưa được tính vào hồ sơ. Hãy dán đường dẫn chia sẻ của tệp (ví dụ https://drive.google.com/file/d/…/view), mỗi tài liệu một dòng.',
    'A line of the dossier cell is not a Google Drive file, Docs editor file or Drive folder link. A warning: the nomination itself is valid (the row stays in the master list); the line counts as no document, so the dossier shows as incomplete.',
  ),
  'dossier.unknownType': def(
    'warning',
    'Không nhận ra loại tài liệu "{value}" ở cột "Hồ sơ"; đường dẫn vẫn được ghi nhận nhưng chưa tính vào loại nào. Hãy ghi một trong: {choices}.',
    'The text before a dossier link names no document type; the link is kept untyped.',
  ),
  'dossier.missing': def(
    'warning',
    'Hồ sơ đề nghị {proposal} còn thiếu: {missing}. Hãy dán đường dẫn Google Drive của từng tài liệu vào cột "Hồ sơ", mỗi tài liệu một dòng, ví dụ "Báo cáo thành tích: https://drive.google.com/file/d/…".',
    "The row's dossier lacks document types its proposal requires (the campaign's dossier checklist); a warning, so the list still goes through. Checked on lists that have a dossier column.",
  ),
} as const satisfies Record<string, IssueDefinition>;

export type IssueCode = keyof typeof ISSUE_CODES;

export type IssueParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;
const MAX_PARAM_LENGTH = 80;

function shortParam(value: string | number | undefined): string {
  if (value === undefined) return '…';
  const text = String(value);
  return text.length <= MAX_PARAM_LENGTH
    ? text
    : `${Array.from(text.slice(0, MAX_PARAM_LENGTH * 2))
        .slice(0, MAX_PARAM_LENGTH - 1)
        .join('')}…`;
}

export function isIssueCode(code: string): code is IssueCode {
  return Object.getOwnPropertyDescriptor(ISSUE_CODES, code) !== undefined;
}

/** The Vietnamese message of a code with its placeholders filled (long values cut, a missing one shows "…"). */
export function issueMessage(code: IssueCode, params: IssueParams = {}): string {
  return ISSUE_CODES[code].message
    .replace(PLACEHOLDER, (_, name: string) => shortParam(params[name]))
    .normalize('NFC');
}

export interface IssueAt {
  row: number;
  column: number;
  field: string;
}

export function makeIssue(code: IssueCode, at: IssueAt, params?: IssueParams): Issue {
  const { severity } = ISSUE_CODES[code];
  return {
    row: at.row,
    column: at.column,
    field: at.field,
    code,
    severity,
    message: issueMessage(code, params),
  };
}
