// The only code touching DriveApp: the campaign's Drive folder (exports, the unit sheets' template and copies),
// whose id is kept in the document property `tonvinh.driveFolderId` (the first action that needs it creates it).
import { boardSetting, saveBoardSetting } from '../settings/board-settings';

function folderById(id: string): GoogleAppsScript.Drive.Folder | null {
  try {
    return DriveApp.getFolderById(id);
  } catch {
    return null;
  }
}

export function campaignFolder(campaignId: string): GoogleAppsScript.Drive.Folder {
  const known = boardSetting('folderId');
  const existing = known ? folderById(known) : null;
  if (existing) return existing;
  const folder = DriveApp.createFolder(`Thi đua – Khen thưởng – ${campaignId}`);
  saveBoardSetting('folderId', folder.getId());
  return folder;
}

/** The files of that name in the folder, trashed ones left out (Drive still lists them). */
function filesNamed(folder: GoogleAppsScript.Drive.Folder, name: string): GoogleAppsScript.Drive.File[] {
  const found: GoogleAppsScript.Drive.File[] = [];
  const files = folder.getFilesByName(name);
  while (files.hasNext()) {
    const file = files.next();
    if (!file.isTrashed()) found.push(file);
  }
  return found;
}

/** The file of that name in the folder, if any (exports are named by version: same name, same content). */
export function fileNamed(
  folder: GoogleAppsScript.Drive.Folder,
  name: string,
): GoogleAppsScript.Drive.File | null {
  return filesNamed(folder, name)[0] ?? null;
}

export interface SavedFile {
  name: string;
  title: string;
  url: string;
  reused: boolean;
}

/** Saves base64 content as a file in the folder, unless a file of that name is already there. */
export function saveBase64File(
  folder: GoogleAppsScript.Drive.Folder,
  file: { name: string; title: string; mimeType: string; contentBase64: string },
): SavedFile {
  const existing = fileNamed(folder, file.name);
  if (existing) return { name: file.name, title: file.title, url: existing.getUrl(), reused: true };
  const blob = Utilities.newBlob(Utilities.base64Decode(file.contentBase64), file.mimeType, file.name);
  const created = folder.createFile(blob);
  return { name: file.name, title: file.title, url: created.getUrl(), reused: false };
}

export function fileById(id: string): GoogleAppsScript.Drive.File {
  return DriveApp.getFileById(id);
}

/** Moves a file (e.g. a spreadsheet just created) into the folder. */
export function moveIntoFolder(
  fileId: string,
  folder: GoogleAppsScript.Drive.Folder,
): GoogleAppsScript.Drive.File {
  const file = DriveApp.getFileById(fileId);
  file.moveTo(folder);
  return file;
}

/**
 * Saves base64 content as a file in the folder, moving any file of that name to the trash first: for documents whose
 * content can change under the same name (decision drafts of a master version while reviews go on, the
 * certificates of a decision recorded again on more entries).
 */
export function replaceBase64File(
  folder: GoogleAppsScript.Drive.Folder,
  file: { name: string; title: string; mimeType: string; contentBase64: string },
): SavedFile {
  for (const old of filesNamed(folder, file.name)) old.setTrashed(true);
  return saveBase64File(folder, file);
}
