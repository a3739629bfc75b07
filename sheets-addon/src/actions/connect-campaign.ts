// "Kết nối chiến dịch…": the explicit first-run action (authorisation happens here, never in onOpen). Asks the
// campaign id, unit id and functions URL, stores them in the document properties, then checks them with the server.
import { campaignStatus } from '../api/unit-api';
import { type Connection, parseConnection } from '../core/connection';
import { userMessage } from '../core/errors';
import { deadlineText } from '../core/summary-text';
import { readSettings, saveConnection, saveTimeZone } from '../settings/document-settings';
import { spreadsheetTimeZone } from '../sheet/spreadsheet';
import { alertUser, promptUser } from '../ui/dialogs';

const TITLE = 'Kết nối chiến dịch';

function ask(current: Connection | null): Connection | null {
  const campaignId = promptUser(
    `${TITLE} (1/3)`,
    'Mã chiến dịch (do Ban Thi đua – Khen thưởng cung cấp):',
    current?.campaignId ?? '',
  );
  if (campaignId === null) return null;
  const unitId = promptUser(`${TITLE} (2/3)`, 'Mã đơn vị của bạn:', current?.unitId ?? '');
  if (unitId === null) return null;
  const functionsUrl = promptUser(
    `${TITLE} (3/3)`,
    'Địa chỉ máy chủ (https://…):',
    current?.functionsUrl ?? '',
  );
  if (functionsUrl === null) return null;
  return parseConnection({ campaignId, unitId, functionsUrl });
}

function verify(connection: Connection): string {
  try {
    const { status } = campaignStatus(connection, connection.unitId);
    const unit = status.units.find((u) => u.unitId === connection.unitId);
    const unitLine = unit ? `Đơn vị: ${unit.name}` : `Đơn vị: ${connection.unitId}`;
    return `Đã kết nối.\nChiến dịch: ${status.title}\n${unitLine}\n${deadlineText(status.daysToDeadline)}`;
  } catch (error) {
    return `Đã lưu thông tin kết nối, nhưng máy chủ chưa xác nhận được:\n${userMessage(error)}`;
  }
}

export function connectCampaign(): Connection | null {
  const connection = ask(readSettings().connection);
  if (!connection) return null;
  saveConnection(connection);
  saveTimeZone(spreadsheetTimeZone());
  alertUser(TITLE, verify(connection));
  return connection;
}
