// What the board's spreadsheet remembers beside the connection (document properties): the functions URL and
// campaign id of its setup, the campaign's Drive folder and the unit sheets' template file.
const KEY = {
  functionsUrl: 'tonvinh.functionsUrl',
  campaignId: 'tonvinh.campaignId',
  folderId: 'tonvinh.driveFolderId',
  templateId: 'tonvinh.templateFileId',
  /** The decision number last recorded (the default of "In giấy khen"). */
  decisionNumber: 'tonvinh.decisionNumber',
} as const;

export type BoardKey = keyof typeof KEY;

export function boardSetting(key: BoardKey): string {
  return PropertiesService.getDocumentProperties().getProperty(KEY[key]) ?? '';
}

export function saveBoardSetting(key: BoardKey, value: string): void {
  PropertiesService.getDocumentProperties().setProperty(KEY[key], value);
}
