// Pure: the Drive links of a nomination tab's "Hồ sơ" column, and the warnings of the board-access check
// ("Kiểm tra quyền xem hồ sơ"): the add-on runs as the unit's user, opens each linked file and reads its sharing;
// a file the board cannot open (not shared by link, or not openable at all) is listed as a warning at its cell.
import type { GridInput } from '../../../shared/api/grid';
import { type DriveLink, parseDossier } from '../../../shared/checks/dossier';
import { mapHeader } from '../../../shared/grid/header-map';
import type { Issue, NominationKind } from '../../../shared/grid/types';

export interface DossierLinkRef {
  row: number;
  column: number;
  link: DriveLink;
}

/** What the Drive probe found for one link. */
export type AccessState = { state: 'board' } | { state: 'private'; name: string } | { state: 'unreachable' };

export const ACCESS_MESSAGES = {
  private:
    'Ban TĐKT chưa có quyền xem tệp “{name}”: tệp chưa được chia sẻ ở chế độ “Bất kỳ ai có đường liên kết”. Hãy mở tệp › Chia sẻ › chọn “Bất kỳ ai có đường liên kết” (Người xem), hoặc chia sẻ tệp cho địa chỉ thư của Ban Thi đua – Khen thưởng.',
  unreachable:
    'Ban TĐKT chưa có quyền xem tệp ở đường dẫn {url}: không mở được tệp (đã bị xóa, đường dẫn sai hoặc chính bạn chưa có quyền xem). Hãy kiểm tra lại đường dẫn.',
} as const;

/** At most this many links are probed in one run (Apps Script's execution time); the rest are counted. */
export const MAX_PROBES = 300;

/** The 0-based index of the "Hồ sơ" column in the header, -1 when the tab has none. */
export function dossierColumn(kind: NominationKind, header: GridInput['header']): number {
  const column = mapHeader(header, kind).columns.find(
    (c) => c.role.role === 'field' && c.role.field.key === 'dossier',
  );
  return column === undefined ? -1 : column.index;
}

/** Every Drive link of the "Hồ sơ" column, in sheet order (none when the tab has no such column). */
export function dossierLinks(kind: NominationKind, grid: GridInput): DossierLinkRef[] {
  const index = dossierColumn(kind, grid.header);
  if (index < 0) return [];
  const column = (grid.firstColumn ?? 1) + index;
  return grid.rows.flatMap((cells, i) => {
    const cell = cells[index];
    if (typeof cell !== 'string' || cell.trim() === '') return [];
    return parseDossier(cell).docs.map((doc) => ({ row: grid.firstRow + i, column, link: doc.link }));
  });
}

function issueAt(ref: DossierLinkRef, code: string, message: string): Issue {
  return { row: ref.row, column: ref.column, field: 'dossier', code, severity: 'warning', message };
}

/** A warning per link the board cannot open. */
export function accessIssues(refs: readonly DossierLinkRef[], states: readonly AccessState[]): Issue[] {
  return refs.flatMap((ref, i) => {
    const found = states[i];
    if (found === undefined || found.state === 'board') return [];
    if (found.state === 'private')
      return [issueAt(ref, 'dossier.boardNoAccess', ACCESS_MESSAGES.private.replace('{name}', found.name))];
    return [issueAt(ref, 'dossier.unreachable', ACCESS_MESSAGES.unreachable.replace('{url}', ref.link.url))];
  });
}
