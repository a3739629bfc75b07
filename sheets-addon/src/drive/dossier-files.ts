// Opens a dossier link's file or folder as the unit's user (DriveApp, read only) and tells whether the board can
// view it: shared with anyone who has the link (or with anyone). A file the user cannot open is unreachable.
import type { DriveLink } from '../../../shared/checks/dossier';
import type { AccessState } from '../core/dossier-access';

function itemOf(link: DriveLink): GoogleAppsScript.Drive.File | GoogleAppsScript.Drive.Folder {
  return link.kind === 'folder' ? DriveApp.getFolderById(link.id) : DriveApp.getFileById(link.id);
}

export function probeAccess(link: DriveLink): AccessState {
  try {
    const item = itemOf(link);
    const access = item.getSharingAccess();
    const open = access === DriveApp.Access.ANYONE || access === DriveApp.Access.ANYONE_WITH_LINK;
    return open ? { state: 'board' } : { state: 'private', name: item.getName() };
  } catch {
    return { state: 'unreachable' };
  }
}
