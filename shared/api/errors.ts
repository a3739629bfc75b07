// Error codes of the HTTP API: every rejection is `{ error: { code, message } }` with the HTTP status below and
// the Vietnamese message (NFC). English descriptions are for docs/api.md and developers.

export interface ApiErrorSpec {
  status: number;
  message: string;
  description: string;
}

export const API_ERRORS = {
  BODY_TOO_LARGE: {
    status: 413,
    message:
      'Dữ liệu gửi lên quá lớn. Hãy chia danh sách thành nhiều lần gửi (tệp Excel: chia thành nhiều tệp nhỏ hơn).',
    description:
      'The request body exceeds the configured size limit (MAX_BODY_BYTES); refused before parsing. For importWorkbook the base64 file is 4/3 of the file size.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    message: 'Dữ liệu phải được gửi ở dạng JSON (Content-Type: application/json; charset=utf-8).',
    description: 'Content-Type is not application/json, or its charset is not UTF-8.',
  },
  MALFORMED_JSON: {
    status: 400,
    message: 'Dữ liệu gửi lên không phải JSON hợp lệ hoặc không phải UTF-8.',
    description: 'The body is not valid UTF-8 or not valid JSON.',
  },
  INVALID_REQUEST: {
    status: 400,
    message: 'Yêu cầu thiếu thông tin hoặc có trường sai kiểu dữ liệu.',
    description: 'The JSON body does not match the request schema of the function.',
  },
  GRID_TOO_LARGE: {
    status: 413,
    message: 'Bảng dữ liệu có quá nhiều dòng, cột hoặc ô quá dài.',
    description: 'The grid exceeds the row, column or cell-size limits.',
  },
  METHOD_NOT_ALLOWED: {
    status: 405,
    message: 'Chỉ chấp nhận phương thức POST.',
    description: 'Only POST is accepted.',
  },
  NOT_FOUND: {
    status: 404,
    message: 'Không tìm thấy chức năng được yêu cầu.',
    description: 'No function is registered under this path (local dispatcher).',
  },
  UNAUTHENTICATED: {
    status: 401,
    message:
      'Chưa đăng nhập hoặc phiên đăng nhập không hợp lệ. Hãy mở lại tiện ích và đăng nhập bằng tài khoản Google.',
    description: 'Missing, malformed, expired or unverifiable credentials.',
  },
  EMAIL_NOT_VERIFIED: {
    status: 401,
    message: 'Địa chỉ email của tài khoản Google chưa được xác minh.',
    description: 'The ID token is valid but its email_verified claim is not true.',
  },
  NOT_A_MEMBER: {
    status: 403,
    message: 'Tài khoản này chưa được Ban Thi đua – Khen thưởng cấp quyền sử dụng hệ thống.',
    description: 'The signed-in email is not in the members collection.',
  },
  FORBIDDEN_ROLE: {
    status: 403,
    message: 'Chức năng này chỉ dành cho Ban Thi đua – Khen thưởng.',
    description: 'The caller does not hold the board role required by this function.',
  },
  FORBIDDEN_UNIT: {
    status: 403,
    message: 'Tài khoản này không được cấp quyền cho đơn vị được yêu cầu.',
    description: 'A unit user asked about a unit they are not an editor of.',
  },
  CAMPAIGN_NOT_FOUND: {
    status: 404,
    message: 'Không tìm thấy đợt thi đua, khen thưởng này.',
    description: 'No campaign with this id.',
  },
  UNIT_NOT_IN_CAMPAIGN: {
    status: 404,
    message: 'Đơn vị không có trong danh sách đơn vị tham gia đợt này.',
    description: 'The unit id is not in the campaign unit registry.',
  },
  UNIT_LEGACY: {
    status: 409,
    message: 'Mã đơn vị này là mã cũ (trước sắp xếp, sáp nhập); hãy gửi theo mã đơn vị hiện hành.',
    description: 'The unit id is a legacy (pre-merger) id; only current units can submit.',
  },
  CAMPAIGN_CLOSED: {
    status: 409,
    message: 'Đợt thi đua, khen thưởng đã khóa, không nhận thêm danh sách.',
    description: 'The campaign is closed; no new submission versions are accepted.',
  },
  DEADLINE_PASSED: {
    status: 409,
    message: 'Đã quá hạn gửi danh sách của đợt này.',
    description: 'The campaign deadline (plus grace period) has passed.',
  },
  SUBMISSION_KEY_REUSED: {
    status: 409,
    message:
      'Mã lần gửi (submissionKey) đã dùng cho một nội dung khác. Hãy gửi lại bằng tiện ích để tạo mã mới.',
    description: 'The submissionKey was already used with different content.',
  },
  SUBMISSION_IN_PROGRESS: {
    status: 409,
    message: 'Một lần gửi giống hệt đang được lưu. Hãy thử lại sau ít giây.',
    description: 'An identical submission is being stored by another request; retry with the same key.',
  },
  STORE_UNAVAILABLE: {
    status: 503,
    message: 'Hệ thống lưu trữ tạm thời không phản hồi. Hãy thử lại sau ít phút; dữ liệu chưa bị mất.',
    description: 'Firestore was unavailable or timed out; nothing was committed; retry with the same key.',
  },
  CONSOLIDATION_IN_PROGRESS: {
    status: 409,
    message: 'Một lượt tổng hợp khác vừa ghi phiên bản mới. Hãy chạy tổng hợp lại sau ít giây.',
    description: 'Another consolidation committed the same master version number first; retry.',
  },
  RUN_NOT_FOUND: {
    status: 404,
    message: 'Không tìm thấy lượt tổng hợp này.',
    description: 'No consolidation run with this runId in the campaign (dry runs are not recorded).',
  },
  MASTER_NOT_FOUND: {
    status: 404,
    message: 'Chưa có danh sách tổng hợp (hoặc không có phiên bản được yêu cầu). Hãy chạy tổng hợp trước.',
    description: 'The campaign has no committed master version, or not the requested one.',
  },
  MASTER_SHEET_NOT_CONFIGURED: {
    status: 409,
    message:
      'Đợt thi đua, khen thưởng này chưa được gắn bảng tính tổng hợp. Hãy nhập mã bảng tính tổng hợp trong cấu hình đợt rồi thử lại.',
    description: 'The campaign has no masterSpreadsheetId (set it with adminCampaign).',
  },
  INVALID_PAGE_TOKEN: {
    status: 400,
    message: 'Mã trang không hợp lệ. Hãy tải lại danh sách từ trang đầu.',
    description: 'pageToken is not one issued by masterList for this campaign.',
  },
  DUPLICATE_GROUP_NOT_FOUND: {
    status: 404,
    message:
      'Các dòng được chọn không cùng một nhóm nghi trùng trong danh sách tổng hợp hiện hành. Hãy tải lại danh sách.',
    description: 'The memberKeys are not all members of one duplicate group of the current master version.',
  },
  NOMINEE_NOT_FOUND: {
    status: 404,
    message: 'Không tìm thấy trường hợp này trong danh sách tổng hợp hiện hành. Hãy tải lại danh sách.',
    description: 'No entry with this nomineeId in the current master version.',
  },
  REVIEW_NOTE_REQUIRED: {
    status: 400,
    message: 'Khi trả lại để bổ sung, hãy ghi rõ nội dung đơn vị cần bổ sung.',
    description: 'state needsInfo requires a non-empty note for the unit.',
  },
  AWARD_DECISION_REQUIRED: {
    status: 400,
    message: 'Khi ghi nhận đã khen thưởng, hãy nhập số quyết định và ngày quyết định.',
    description:
      'state awarded requires decisionNumber and decisionDate (and an award code when none is known).',
  },
  PARENT_CAMPAIGN_INVALID: {
    status: 422,
    message:
      'Đợt cấp trên không hợp lệ: không tìm thấy đợt hoặc đơn vị được chỉ định trong đợt cấp trên, hoặc các đợt tạo thành vòng lặp.',
    description:
      'adminCampaign: parent.campaignId does not exist, parent.unitId is not a current unit of it, or the chain loops.',
  },
  CAMPAIGN_NO_PARENT: {
    status: 409,
    message: 'Đợt thi đua, khen thưởng này chưa được gắn với đợt cấp trên nên chưa thể gửi lên cấp trên.',
    description:
      'sendUp / sendUpStatus: the campaign has no parent (set campaign.parent with adminCampaign).',
  },
  SEND_UP_EMPTY: {
    status: 422,
    message: 'Không có trường hợp nào ở trạng thái đã chọn để gửi lên cấp trên. Hãy duyệt danh sách trước.',
    description:
      'sendUp: no entry of the current master version is in the requested review states and kinds.',
  },
  CARRY_FORWARD_SOURCE_OPEN: {
    status: 409,
    message: 'Đợt nguồn (hội nghị) chưa khóa. Hãy khóa đợt nguồn trước khi chuyển danh sách sang đại hội.',
    description:
      'carryForward: the source campaign is still open; close it first (adminCampaign open: false).',
  },
  CARRY_FORWARD_EMPTY: {
    status: 422,
    message: 'Đợt nguồn không có trường hợp nào ở trạng thái đã chọn của các đơn vị thuộc đợt này.',
    description:
      'carryForward: no entry in the requested states belongs to a current unit of the target campaign.',
  },
  CARRY_FORWARD_SAME_CAMPAIGN: {
    status: 400,
    message: 'Đợt nguồn và đợt nhận phải là hai đợt khác nhau.',
    description: 'carryForward: fromCampaignId equals campaignId.',
  },
  INTERNAL: {
    status: 500,
    message: 'Có lỗi bất ngờ trong hệ thống. Hãy thử lại; nếu vẫn lỗi, báo cho Ban Thi đua – Khen thưởng.',
    description: 'An unexpected error; details are only in the server log (by requestId).',
  },
} as const satisfies Record<string, ApiErrorSpec>;

export type ApiErrorCode = keyof typeof API_ERRORS;
