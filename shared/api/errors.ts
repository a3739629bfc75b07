// Every code a function can answer or record, in one table: request and sign-in refusals, submissions,
// consolidation and review, the master sheet and xlsx outputs, the Excel import, mail delivery, storage.
// An HTTP refusal is `{ error: { code, message } }` with `status` and the Vietnamese `message` (NFC); a mail failure
// is recorded on its delivery record as `{ code, message }`. `retryable`: the same request (same key) may succeed
// later. `description` is English, for docs/api.md (generated, shared/docs/api-tables.ts) and developers.

export interface ErrorSpec {
  status: number;
  retryable: boolean;
  /** Vietnamese (NFC), shown to users. */
  message: string;
  /** English, for docs and developers. */
  description: string;
}

export const API_ERRORS = {
  BODY_TOO_LARGE: {
    status: 413,
    retryable: false,
    message:
      'Dữ liệu gửi lên quá lớn. Hãy chia danh sách thành nhiều lần gửi (tệp Excel: chia thành nhiều tệp nhỏ hơn).',
    description:
      'The request body exceeds the configured size limit (MAX_BODY_BYTES); refused before parsing. For importWorkbook the base64 file is 4/3 of the file size.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    retryable: false,
    message: 'Dữ liệu phải được gửi ở dạng JSON (Content-Type: application/json; charset=utf-8).',
    description: 'Content-Type is not application/json, or its charset is not UTF-8.',
  },
  MALFORMED_JSON: {
    status: 400,
    retryable: false,
    message: 'Dữ liệu gửi lên không phải JSON hợp lệ hoặc không phải UTF-8.',
    description: 'The body is not valid UTF-8 or not valid JSON.',
  },
  INVALID_REQUEST: {
    status: 400,
    retryable: false,
    message: 'Yêu cầu thiếu thông tin hoặc có trường sai kiểu dữ liệu.',
    description: 'The JSON body does not match the request schema of the function.',
  },
  GRID_TOO_LARGE: {
    status: 413,
    retryable: false,
    message: 'Bảng dữ liệu có quá nhiều dòng, cột hoặc ô quá dài.',
    description:
      'The grid exceeds the limits: more than 5,000 rows, 80 columns or 3 header rows, or a cell over 5,000 characters.',
  },
  METHOD_NOT_ALLOWED: {
    status: 405,
    retryable: false,
    message: 'Chỉ chấp nhận phương thức POST.',
    description: 'Only POST is accepted.',
  },
  NOT_FOUND: {
    status: 404,
    retryable: false,
    message: 'Không tìm thấy chức năng được yêu cầu.',
    description: 'No function is registered under this path (local dispatcher).',
  },
  UNAUTHENTICATED: {
    status: 401,
    retryable: false,
    message:
      'Chưa đăng nhập hoặc phiên đăng nhập không hợp lệ. Hãy mở lại tiện ích và đăng nhập bằng tài khoản Google.',
    description: 'Missing, malformed, expired or unverifiable credentials.',
  },
  AUTH_UNAVAILABLE: {
    status: 503,
    retryable: true,
    message:
      'Tạm thời không kiểm tra được đăng nhập vì không tải được chứng chỉ xác thực của Google. Hãy thử lại sau ít phút.',
    description:
      'The certificates that verify ID tokens could not be fetched (network or issuer down); the token was not judged; retry later.',
  },
  EMAIL_NOT_VERIFIED: {
    status: 401,
    retryable: false,
    message: 'Địa chỉ email của tài khoản Google chưa được xác minh.',
    description: 'The ID token is valid but its email_verified claim is not true.',
  },
  NOT_A_MEMBER: {
    status: 403,
    retryable: false,
    message: 'Tài khoản này chưa được Ban Thi đua – Khen thưởng cấp quyền sử dụng hệ thống.',
    description: 'The signed-in email is not in the members collection.',
  },
  FORBIDDEN_ROLE: {
    status: 403,
    retryable: false,
    message: 'Chức năng này chỉ dành cho Ban Thi đua – Khen thưởng.',
    description: 'The caller does not hold the board role required by this function.',
  },
  FORBIDDEN_UNIT: {
    status: 403,
    retryable: false,
    message: 'Tài khoản này không được cấp quyền cho đơn vị được yêu cầu.',
    description: 'A unit user asked about a unit they are not an editor of.',
  },
  CAMPAIGN_NOT_FOUND: {
    status: 404,
    retryable: false,
    message: 'Không tìm thấy đợt thi đua, khen thưởng này.',
    description: 'No campaign with this id.',
  },
  UNIT_NOT_IN_CAMPAIGN: {
    status: 404,
    retryable: false,
    message: 'Đơn vị không có trong danh sách đơn vị tham gia đợt này.',
    description: 'The unit id is not in the campaign unit registry.',
  },
  UNIT_LEGACY: {
    status: 409,
    retryable: false,
    message: 'Mã đơn vị này là mã cũ (trước sắp xếp, sáp nhập); hãy gửi theo mã đơn vị hiện hành.',
    description: 'The unit id is a legacy (pre-merger) id; only current units can submit.',
  },
  CAMPAIGN_CLOSED: {
    status: 409,
    retryable: false,
    message: 'Đợt thi đua, khen thưởng đã khóa, không nhận thêm danh sách.',
    description: 'The campaign is closed; no new submission versions are accepted.',
  },
  DEADLINE_PASSED: {
    status: 409,
    retryable: false,
    message: 'Đã quá hạn gửi danh sách của đợt này.',
    description: 'The campaign deadline (plus grace period) has passed.',
  },
  SUBMISSION_KEY_REUSED: {
    status: 409,
    retryable: false,
    message:
      'Mã lần gửi (submissionKey) đã dùng cho một nội dung khác. Hãy gửi lại bằng tiện ích để tạo mã mới.',
    description: 'The submissionKey was already used with different content.',
  },
  SUBMISSION_IN_PROGRESS: {
    status: 409,
    retryable: true,
    message: 'Một lần gửi giống hệt đang được lưu. Hãy thử lại sau ít giây.',
    description: 'An identical submission is being stored by another request; retry with the same key.',
  },
  STORE_UNAVAILABLE: {
    status: 503,
    retryable: true,
    message: 'Hệ thống lưu trữ tạm thời không phản hồi. Hãy thử lại sau ít phút; dữ liệu chưa bị mất.',
    description: 'Firestore was unavailable or timed out; nothing was committed; retry with the same key.',
  },
  CONSOLIDATION_IN_PROGRESS: {
    status: 409,
    retryable: true,
    message: 'Một lượt tổng hợp khác vừa ghi phiên bản mới. Hãy chạy tổng hợp lại sau ít giây.',
    description: 'Another consolidation committed the same master version number first; retry.',
  },
  RUN_INTERRUPTED: {
    status: 503,
    retryable: false,
    message:
      'Lượt tổng hợp bị gián đoạn giữa chừng (máy chủ đã dừng hoặc khởi động lại); danh sách tổng hợp trước đó vẫn giữ nguyên. Hãy chạy tổng hợp lại.',
    description:
      'Not an HTTP answer: the `error` of a failed run in consolidationStatus. The run stopped without finishing (its heartbeat went stale, or the local stack restarted while it ran); the previous master version is untouched; run consolidate again.',
  },
  RUN_NOT_FOUND: {
    status: 404,
    retryable: false,
    message: 'Không tìm thấy lượt tổng hợp này.',
    description: 'No consolidation run with this runId in the campaign (dry runs are not recorded).',
  },
  MASTER_NOT_FOUND: {
    status: 404,
    retryable: false,
    message: 'Chưa có danh sách tổng hợp (hoặc không có phiên bản được yêu cầu). Hãy chạy tổng hợp trước.',
    description: 'The campaign has no committed master version, or not the requested one.',
  },
  MASTER_SHEET_NOT_CONFIGURED: {
    status: 409,
    retryable: false,
    message:
      'Đợt thi đua, khen thưởng này chưa được gắn bảng tính tổng hợp. Hãy nhập mã bảng tính tổng hợp trong cấu hình đợt rồi thử lại.',
    description: 'The campaign has no masterSpreadsheetId (set it with adminCampaign).',
  },
  INVALID_PAGE_TOKEN: {
    status: 400,
    retryable: false,
    message: 'Mã trang không hợp lệ. Hãy tải lại danh sách từ trang đầu.',
    description: 'pageToken is not one issued by masterList for this campaign.',
  },
  DUPLICATE_GROUP_NOT_FOUND: {
    status: 404,
    retryable: false,
    message:
      'Các dòng được chọn không cùng một nhóm nghi trùng trong danh sách tổng hợp hiện hành. Hãy tải lại danh sách.',
    description: 'The memberKeys are not all members of one duplicate group of the current master version.',
  },
  NOMINEE_NOT_FOUND: {
    status: 404,
    retryable: false,
    message: 'Không tìm thấy trường hợp này trong danh sách tổng hợp hiện hành. Hãy tải lại danh sách.',
    description: 'No entry with this nomineeId in the current master version.',
  },
  REVIEW_NOTE_REQUIRED: {
    status: 400,
    retryable: false,
    message: 'Khi trả lại để bổ sung, hãy ghi rõ nội dung đơn vị cần bổ sung.',
    description: 'state needsInfo requires a non-empty note for the unit.',
  },
  AWARD_DECISION_REQUIRED: {
    status: 400,
    retryable: false,
    message: 'Khi ghi nhận đã khen thưởng, hãy nhập số quyết định và ngày quyết định.',
    description:
      'state awarded requires decisionNumber and decisionDate (and an award code when none is known).',
  },
  // Campaign chains and phases (sendUp, carryForward).
  PARENT_CAMPAIGN_INVALID: {
    status: 422,
    retryable: false,
    message:
      'Đợt cấp trên không hợp lệ: không tìm thấy đợt hoặc đơn vị được chỉ định trong đợt cấp trên, hoặc các đợt tạo thành vòng lặp.',
    description:
      'adminCampaign: parent.campaignId does not exist, parent.unitId is not a current unit of it, or the chain loops.',
  },
  CAMPAIGN_NO_PARENT: {
    status: 409,
    retryable: false,
    message: 'Đợt thi đua, khen thưởng này chưa được gắn với đợt cấp trên nên chưa thể gửi lên cấp trên.',
    description:
      'sendUp / sendUpStatus: the campaign has no parent (set campaign.parent with adminCampaign).',
  },
  SEND_UP_EMPTY: {
    status: 422,
    retryable: false,
    message: 'Không có trường hợp nào ở trạng thái đã chọn để gửi lên cấp trên. Hãy duyệt danh sách trước.',
    description:
      'sendUp: no entry of the current master version is in the requested review states and kinds.',
  },
  CARRY_FORWARD_SOURCE_OPEN: {
    status: 409,
    retryable: false,
    message: 'Đợt nguồn (hội nghị) chưa khóa. Hãy khóa đợt nguồn trước khi chuyển danh sách sang đại hội.',
    description:
      'carryForward: the source campaign is still open; close it first (adminCampaign open: false).',
  },
  CARRY_FORWARD_EMPTY: {
    status: 422,
    retryable: false,
    message: 'Đợt nguồn không có trường hợp nào ở trạng thái đã chọn của các đơn vị thuộc đợt này.',
    description:
      'carryForward: no entry in the requested states belongs to a current unit of the target campaign.',
  },
  CARRY_FORWARD_SAME_CAMPAIGN: {
    status: 400,
    retryable: false,
    message: 'Đợt nguồn và đợt nhận phải là hai đợt khác nhau.',
    description: 'carryForward: fromCampaignId equals campaignId.',
  },
  // Submissions read back, province profiles, award history import.
  SUBMISSION_VERSION_NOT_FOUND: {
    status: 404,
    retryable: false,
    message: 'Đơn vị không có phiên bản danh sách được yêu cầu. Hãy tải lại danh sách các lần gửi.',
    description: 'unitSubmissions: the unit has no committed version with this number.',
  },
  PROVINCE_NOT_FOUND: {
    status: 404,
    retryable: false,
    message: 'Chưa có bộ quy định chung của tỉnh này. Hãy tạo bộ quy định trước khi gắn đợt thi đua vào.',
    description: 'adminCampaign: the campaign names a province profile that does not exist.',
  },
  AWARD_IMPORT_NO_LIST: {
    status: 422,
    retryable: false,
    message:
      'Không tìm thấy danh sách khen thưởng trong tệp: cần một dòng tiêu đề có cột họ tên (hoặc tên tập thể), hình thức khen thưởng và năm hoặc số quyết định.',
    description:
      'importAwardHistory: no sheet has a header row with a name column, an award column and a year or decision column.',
  },
  // Review, locks and roles per campaign.
  MASTER_VERSION_CHANGED: {
    status: 409,
    retryable: false,
    message:
      'Danh sách tổng hợp đã có phiên bản mới sau khi Ban tải về. Hãy tải lại danh sách tổng hợp rồi ghi kết quả duyệt.',
    description:
      'reviewNominees: the request names a master version that is no longer the latest; nothing was stored.',
  },
  UNIT_LOCKED: {
    status: 409,
    retryable: false,
    message:
      'Danh sách của đơn vị đã được Ban Thi đua – Khen thưởng khóa sau khi xét duyệt, không nhận thêm lần gửi. Nếu cần sửa, hãy đề nghị Ban mở lại.',
    description: "submitNominations: the board locked this unit's accepted list (lockUnit); reopen lifts it.",
  },
  FORBIDDEN_CAMPAIGN: {
    status: 403,
    retryable: false,
    message: 'Tài khoản này không được cấp quyền cho đợt thi đua, khen thưởng này.',
    description:
      'The signed-in member holds roles in other campaigns only, not in the campaign the request names.',
  },
  // Master sheet (Sheets API) and xlsx outputs.
  SHEET_NOT_FOUND: {
    status: 404,
    retryable: false,
    message: 'Không tìm thấy bảng tính tổng hợp. Hãy kiểm tra mã bảng tính trong cấu hình đợt thi đua.',
    description: 'The master spreadsheet id does not exist (Sheets API 404).',
  },
  SHEET_FORBIDDEN: {
    status: 403,
    retryable: false,
    message:
      'Tài khoản dịch vụ của hệ thống chưa được chia sẻ quyền chỉnh sửa bảng tính tổng hợp. Hãy chia sẻ bảng tính cho tài khoản dịch vụ.',
    description: "The functions' service account lacks edit access to the spreadsheet (Sheets API 401/403).",
  },
  SHEET_RATE_LIMITED: {
    status: 503,
    retryable: true,
    message:
      'Google Sheets đang giới hạn số lần ghi. Hệ thống đã thử lại nhiều lần; hãy thử lại sau một phút.',
    description: 'Sheets API kept answering 429 after the bounded exponential backoff.',
  },
  SHEET_UNAVAILABLE: {
    status: 503,
    retryable: true,
    message:
      'Google Sheets tạm thời không phản hồi. Hãy thử lại sau ít phút; danh sách tổng hợp không bị ảnh hưởng.',
    description: 'Sheets API 5xx or a network error after retries.',
  },
  SHEET_REQUEST_INVALID: {
    status: 500,
    retryable: false,
    message: 'Yêu cầu ghi bảng tính tổng hợp không hợp lệ. Hãy báo cho quản trị hệ thống.',
    description: 'Sheets API answered 400: a bug in the generated requests.',
  },
  SHEET_TOO_LARGE: {
    status: 413,
    retryable: false,
    message: 'Danh sách tổng hợp vượt quá giới hạn 10 triệu ô của Google Sheets.',
    description: 'The master version would exceed the Sheets cell limit.',
  },
  // Excel import (importWorkbook).
  IMPORT_NOT_XLSX: {
    status: 400,
    retryable: false,
    message: 'Tệp gửi lên không phải tệp Excel .xlsx hợp lệ.',
    description: 'The uploaded bytes are not a readable xlsx (zip/OOXML) workbook.',
  },
  IMPORT_XLS_UNSUPPORTED: {
    status: 415,
    retryable: false,
    message:
      'Tệp .xls (Excel 97–2003) chưa đọc được. Hãy mở tệp bằng Excel và chọn Lưu thành (Save As) định dạng .xlsx rồi gửi lại.',
    description: 'Legacy BIFF .xls files are not supported; ask for .xlsx.',
  },
  IMPORT_TOO_LARGE: {
    status: 413,
    retryable: false,
    message: 'Tệp Excel quá lớn. Hãy chia danh sách thành nhiều tệp nhỏ hơn.',
    description: 'The file exceeds the configured byte size limit.',
  },
  IMPORT_SHEET_TOO_LARGE: {
    status: 413,
    retryable: false,
    message: 'Một trang tính có quá nhiều dòng hoặc cột. Hãy chia danh sách thành nhiều tệp.',
    description: 'A recognised sheet exceeds the grid limits of the API (rows or columns).',
  },
  IMPORT_NO_LIST_FOUND: {
    status: 422,
    retryable: false,
    message:
      'Không tìm thấy danh sách cá nhân hoặc tập thể trong tệp: không có trang tính nào có dòng tiêu đề như "Họ và tên", "Năm sinh", "Hình thức khen thưởng". Hãy dùng mẫu danh sách của Ban Thi đua – Khen thưởng.',
    description: 'No sheet has a recognisable header row.',
  },
  IMPORT_SEVERAL_LISTS: {
    status: 422,
    retryable: false,
    message:
      'Tệp có nhiều trang tính cùng là danh sách cá nhân (hoặc cùng là danh sách tập thể). Hãy gộp thành một trang tính cho mỗi loại rồi gửi lại.',
    description: 'Two recognised sheets hold the same kind of list; one submission per kind is allowed.',
  },
  // Mail delivery (recorded on delivery records; never an HTTP answer).
  MAIL_UNAVAILABLE: {
    status: 503,
    retryable: true,
    message: 'Máy chủ thư tạm thời không phản hồi; thư sẽ được gửi lại ở lần chạy sau.',
    description:
      'The mail server or API was unreachable (SMTP 4xx or 503, Gmail 5xx or no answer); the message is retried on the next run.',
  },
  MAIL_RATE_LIMITED: {
    status: 429,
    retryable: true,
    message: 'Đã chạm giới hạn gửi thư của nhà cung cấp; thư sẽ được gửi lại sau.',
    description: 'The mail provider answered 429 or a rate-limit error; retried later.',
  },
  MAIL_AUTH_FAILED: {
    status: 503,
    retryable: true,
    message: 'Tài khoản gửi thư không đăng nhập được; cần kiểm tra cấu hình gửi thư.',
    description:
      'SMTP or Gmail API authentication failed (credentials, delegation); retried after the configuration is fixed.',
  },
  MAIL_REJECTED: {
    status: 422,
    retryable: false,
    message: 'Máy chủ thư từ chối thư hoặc địa chỉ người nhận.',
    description:
      'The mail server refused the message (SMTP 5xx other than 503, Gmail 4xx other than 401/403/429, or every recipient refused).',
  },
  MAIL_INVALID_ADDRESS: {
    status: 400,
    retryable: false,
    message: 'Địa chỉ thư điện tử không hợp lệ.',
    description: 'A recipient or sender address is not a valid e-mail address.',
  },
  MAIL_TOO_MANY_RECIPIENTS: {
    status: 400,
    retryable: false,
    message: 'Một thư không được gửi cho quá 100 người nhận.',
    description: 'A message has more than 100 recipients.',
  },
  MAIL_OUTBOX_WRITE_FAILED: {
    status: 503,
    retryable: true,
    message: 'Không ghi được thư vào thư mục hộp thư đi.',
    description: 'The local outbox directory could not be written (outbox sender).',
  },
  MAIL_DAILY_CAP_REACHED: {
    status: 429,
    retryable: true,
    message: 'Đã đạt số thư tối đa trong ngày; thư chờ đến lần chạy sau.',
    description: "The day's sending cap (MAIL_DAILY_CAP) is reached; the message waits for the next run.",
  },
  MAIL_CLAIM_EXPIRED: {
    status: 409,
    retryable: true,
    message: 'Lần gửi trước bị gián đoạn; thư sẽ được gửi lại.',
    description:
      'A previous run claimed the message and did not finish (crash or timeout); it is sent again.',
  },
  MAIL_CONFIG_INVALID: {
    status: 500,
    retryable: false,
    message: 'Cấu hình gửi thư không hợp lệ.',
    description: 'The mail configuration (MAIL_* environment) is invalid.',
  },
  MAIL_EVENT_INVALID: {
    status: 400,
    retryable: false,
    message: 'Sự kiện lịch chạy không đúng định dạng Pub/Sub.',
    description: 'The scheduled CloudEvent is not a Pub/Sub message of the expected shape.',
  },
  MAIL_LOG_UNAVAILABLE: {
    status: 503,
    retryable: true,
    message: 'Không ghi được nhật ký gửi thư; lần chạy sau sẽ thử lại.',
    description:
      'The delivery log (Firestore) could not be read or written, or a stored message body is missing.',
  },
  MAIL_UNKNOWN: {
    status: 500,
    retryable: true,
    message: 'Gửi thư thất bại vì một lỗi không xác định.',
    description: 'A sender threw an error that is not one of ours; treated as retryable.',
  },
  INTERNAL: {
    status: 500,
    retryable: false,
    message: 'Có lỗi bất ngờ trong hệ thống. Hãy thử lại; nếu vẫn lỗi, báo cho Ban Thi đua – Khen thưởng.',
    description: 'An unexpected error; details are only in the server log (by requestId).',
  },
  DECISION_NUMBER_INVALID: {
    status: 400,
    retryable: false,
    message: 'Số quyết định không đúng dạng "số/QĐ-ký hiệu cơ quan", ví dụ 1234/QĐ-UBND.',
    description:
      'recordDecision: decisionNumber does not match DECISION_NUMBER_PATTERN (digits, a slash, the decision kind QD and the issuer abbreviation).',
  },
  DECISION_DATE_INVALID: {
    status: 400,
    retryable: false,
    message: 'Ngày quyết định không hợp lệ (định dạng YYYY-MM-DD, không được sau ngày hôm nay).',
    description: 'recordDecision: decisionDate is not a real YYYY-MM-DD date, is after today or before 2000.',
  },
  DECISION_ENTRY_NOT_APPROVED: {
    status: 409,
    retryable: false,
    message:
      'Có trường hợp chưa ở trạng thái "Đã duyệt" nên không thể ghi nhận khen thưởng theo quyết định này. Không có gì được ghi.',
    description:
      'recordDecision: a named entry is neither approved nor already awarded by this decision (or its review is stale); detail.fields names them. Nothing is written.',
  },
  DECISION_NO_APPROVED_ENTRIES: {
    status: 409,
    retryable: false,
    message: 'Danh sách tổng hợp hiện hành chưa có trường hợp nào ở trạng thái "Đã duyệt".',
    description:
      'decisionDrafts / recordDecision without nomineeIds: the latest master version has no approved entry (with a current review).',
  },
  DECISION_NOT_FOUND: {
    status: 404,
    retryable: false,
    message:
      'Chưa ghi nhận quyết định khen thưởng có số này trong đợt. Hãy ghi nhận quyết định trước khi in giấy khen.',
    description: 'certificates: no entry of the latest master version is awarded by this decision number.',
  },
  FORBIDDEN_COUNCIL: {
    status: 403,
    retryable: false,
    message: 'Chức năng này chỉ dành cho thành viên Hội đồng Thi đua – Khen thưởng.',
    description: 'castBallot: the caller is not an active council member of the campaign.',
  },
  VOTE_ROUND_NOT_FOUND: {
    status: 404,
    retryable: false,
    message: 'Không tìm thấy vòng biểu quyết này.',
    description: 'No voting round with this number in the campaign.',
  },
  VOTE_ROUND_CLOSED: {
    status: 409,
    retryable: false,
    message: 'Vòng biểu quyết đã kết thúc; không thể gửi hoặc sửa phiếu.',
    description: 'The round is closed (or its closing time has passed): ballots are refused.',
  },
  VOTE_ROUND_ALREADY_OPEN: {
    status: 409,
    retryable: false,
    message: 'Đang có một vòng biểu quyết chưa đóng. Hãy đóng vòng đó trước khi mở vòng mới.',
    description: 'voteRound open: another round of the campaign is still open (one open round at a time).',
  },
  VOTE_ROUND_OPEN: {
    status: 409,
    retryable: false,
    message: 'Vòng biểu quyết chưa đóng; biên bản kiểm phiếu chỉ lập sau khi đóng vòng.',
    description: 'voteRound minutes: the round is still open.',
  },
  VOTE_NO_COUNCIL: {
    status: 409,
    retryable: false,
    message:
      'Đợt này chưa có thành viên Hội đồng Thi đua – Khen thưởng nào. Hãy thêm thành viên Hội đồng trước.',
    description: 'voteRound open: the campaign has no active member with the council role.',
  },
  VOTE_NO_NOMINEES: {
    status: 409,
    retryable: false,
    message: 'Không có trường hợp nào để biểu quyết (chưa có trường hợp nào được duyệt).',
    description: 'voteRound open without nomineeIds: no entry of the latest master version is approved.',
  },
  VOTE_ROUND_TOO_LARGE: {
    status: 400,
    retryable: false,
    message:
      'Một vòng biểu quyết có tối đa 300 trường hợp. Hãy chọn các dòng cần biểu quyết và chia thành nhiều vòng.',
    description: 'voteRound open without nomineeIds: more approved entries than MAX_ROUND_NOMINEES (300).',
  },
  VOTE_BALLOT_INVALID: {
    status: 400,
    retryable: false,
    message:
      'Phiếu phải có đúng một lựa chọn (đồng ý hoặc không đồng ý) cho mỗi trường hợp của vòng biểu quyết.',
    description:
      'castBallot: the votes do not name every nominee of the round exactly once (or name others).',
  },
  NOTICE_NOT_PUBLISHED: {
    status: 404,
    retryable: false,
    message: 'Danh sách chưa trong thời gian công khai.',
    description:
      'publicNotice: the campaign does not exist, has no public notice, or its notice period has not begun.',
  },
  NOTICE_ENDED: {
    status: 410,
    retryable: false,
    message: 'Danh sách không còn trong thời gian công khai.',
    description: 'publicNotice: the notice period of the campaign has ended.',
  },
  NOTICE_COMMENT_INVALID: {
    status: 400,
    retryable: false,
    message: 'Ý kiến chưa gửi được: cần nhập nội dung ý kiến, và mỗi ô không quá độ dài cho phép.',
    description:
      'publicNotice POST: the comment form is missing its text, a field is too long, or the nominee is not listed.',
  },
  RATE_LIMITED: {
    status: 429,
    retryable: true,
    message: 'Có quá nhiều yêu cầu từ địa chỉ của bạn. Vui lòng thử lại sau ít phút.',
    description:
      'publicNotice: too many requests from one client address (per-instance token bucket) or too many comments from it today (daily cap); Retry-After says when to retry.',
  },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof API_ERRORS;
/** The same as ErrorCode (older name). */
export type ApiErrorCode = ErrorCode;

/** Every code of the table, as a Set (works on the add-on's Apps Script runtime too). */
const ERROR_CODES: ReadonlySet<string> = new Set(Object.keys(API_ERRORS));

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && ERROR_CODES.has(value);
}

/** The codes of mail delivery (the mail port's failures). */
export type MailErrorCode = Extract<ErrorCode, `MAIL_${string}`>;
