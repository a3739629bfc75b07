// "Trạng thái": the unit's status, deadline countdown and nominees returned by the board.
import { campaignStatus } from '../api/unit-api';
import { type StatusPayload, statusPayload } from '../core/status-view';
import { readSettings, requireConnection } from '../settings/document-settings';
import { showSidebar } from '../ui/sidebar';

export function unitStatus(): StatusPayload {
  const connection = requireConnection(readSettings());
  const { status, raw } = campaignStatus(connection, connection.unitId);
  return statusPayload(status, connection.unitId, raw);
}

export function showStatus(): StatusPayload {
  const payload = unitStatus();
  showSidebar('SidebarStatus', 'Trạng thái nộp danh sách', payload);
  return payload;
}
