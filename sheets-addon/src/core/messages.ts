// Every Vietnamese message the add-on itself produces (server messages arrive already in Vietnamese).
// Codes are stable; tests assert on them.

export const MESSAGES = {
  NOT_CONNECTED:
    'Bảng tính chưa được kết nối với chiến dịch. Hãy chọn menu “Thi đua – Khen thưởng” › “Kết nối chiến dịch…”.',
  INVALID_CAMPAIGN_ID:
    'Mã chiến dịch không hợp lệ: bắt đầu bằng chữ hoặc số, chỉ gồm chữ không dấu, số, gạch ngang, gạch dưới (tối đa 64 ký tự).',
  INVALID_UNIT_ID:
    'Mã đơn vị không hợp lệ: bắt đầu bằng chữ hoặc số, chỉ gồm chữ không dấu, số, gạch ngang, gạch dưới (tối đa 64 ký tự).',
  INVALID_FUNCTIONS_URL:
    'Địa chỉ máy chủ không hợp lệ: phải bắt đầu bằng https:// (ví dụ https://…cloudfunctions.net).',
  NETWORK:
    'Không kết nối được máy chủ. Kiểm tra mạng và địa chỉ máy chủ rồi thử lại; dữ liệu trên trang chưa bị thay đổi.',
  UNAUTHENTICATED:
    'Máy chủ không xác nhận được tài khoản của bạn (phiên đăng nhập hết hạn hoặc chưa cấp quyền). Hãy tải lại bảng tính và thử lại.',
  FORBIDDEN: 'Tài khoản của bạn không có quyền thực hiện thao tác này cho chiến dịch hoặc đơn vị đã kết nối.',
  NOT_FOUND: 'Máy chủ không có chức năng này. Kiểm tra lại địa chỉ máy chủ trong “Kết nối chiến dịch…”.',
  SERVER: 'Máy chủ đang gặp sự cố, vui lòng thử lại sau ít phút. Dữ liệu đã nộp trước đó không bị ảnh hưởng.',
  BAD_RESPONSE: 'Máy chủ trả về dữ liệu không đọc được. Vui lòng báo cho Ban Thi đua – Khen thưởng.',
  HTTP: 'Máy chủ từ chối yêu cầu',
  NOT_A_NOMINATION_SHEET:
    'Không tìm thấy trang “Cá nhân” hoặc “Tập thể”. Hãy chạy “Tạo/cập nhật mẫu danh sách” trước.',
  EMPTY_SHEET: 'Trang danh sách chưa có dòng dữ liệu nào dưới dòng tiêu đề.',
  BUSY: 'Một thao tác nộp khác đang chạy trên bảng tính này. Vui lòng đợi vài giây rồi thử lại.',
  DEADLINE_PASSED:
    'Đã quá hạn nộp danh sách của chiến dịch. Vui lòng liên hệ Ban Thi đua – Khen thưởng nếu cần nộp bổ sung.',
  CELL_OUT_OF_RANGE: 'Ô được chọn không còn nằm trong trang tính.',
  UNKNOWN_SHEET: 'Không tìm thấy trang tính',
  INVALID_DECISION: 'Lựa chọn rà soát không hợp lệ.',
  DOCUMENT_BUSY:
    'Bảng tính đang bận với một thao tác khác. Vui lòng đợi vài giây rồi bấm “Bắt đầu tổng hợp” lại.',
  INVALID_RUN_ID: 'Mã lượt tổng hợp không hợp lệ. Hãy đóng thanh bên rồi chọn lại “Tổng hợp toàn tỉnh”.',
  CONSOLIDATION_RUNNING_HERE:
    'Một lượt tổng hợp khác đã được bắt đầu từ bảng tính này và đang chạy. Thanh bên theo dõi tiến độ của lượt đó; không bắt đầu lượt mới.',
  PROVISION_BUSY:
    'Một lượt “Tạo bảng cho các đơn vị” khác đang chạy trên bảng tính này. Vui lòng đợi vài giây rồi thử lại.',
} as const;

export type MessageCode = keyof typeof MESSAGES;
