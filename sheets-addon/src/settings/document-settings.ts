// Everything the add-on remembers about a spreadsheet, in its document properties (one read per action).
import type { NominationKind } from '../../../shared/grid/types';
import { DEFAULT_TIME_ZONE } from '../core/cell-values';
import { type Connection, parseConnection } from '../core/connection';
import { AddonError } from '../core/errors';
import { type PendingSubmission, parsePending } from '../core/idempotency';
import { MESSAGES } from '../core/messages';
import { readBinding } from '../sheet/unit-binding';

const KEY = {
  campaignId: 'tonvinh.campaignId',
  unitId: 'tonvinh.unitId',
  functionsUrl: 'tonvinh.functionsUrl',
  timeZone: 'tonvinh.timeZone',
  marks: (sheetName: string) => `tonvinh.marks.${sheetName}`,
  pending: (kind: NominationKind) => `tonvinh.pending.${kind}`,
} as const;

export interface MarkedExtent {
  rows: number;
  columns: number;
}

export interface DocumentSettings {
  connection: Connection | null;
  timeZone: string;
  marks(sheetName: string): MarkedExtent | null;
  pending(kind: NominationKind): PendingSubmission | null;
}

function store(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

function connectionOf(props: Record<string, string>): Connection | null {
  const campaignId = props[KEY.campaignId];
  const unitId = props[KEY.unitId];
  const functionsUrl = props[KEY.functionsUrl];
  if (!campaignId || !functionsUrl) return null;
  // The board's spreadsheet (saved by "Lưu thiết lập") has a campaign and a server but no unit of its own.
  if (!unitId) return { ...parseConnection({ campaignId, unitId: 'ban', functionsUrl }), unitId: '' };
  return parseConnection({ campaignId, unitId, functionsUrl });
}

function extentOf(text: string | undefined): MarkedExtent | null {
  const match = /^(\d+)x(\d+)$/.exec(text ?? '');
  return match ? { rows: Number(match[1]), columns: Number(match[2]) } : null;
}

/** A sheet made for a unit carries its connection in a hidden tab; it is copied to the properties on first use. */
function boundConnection(): Connection | null {
  const bound = readBinding();
  if (bound) saveConnection(bound);
  return bound;
}

export function readSettings(): DocumentSettings {
  const props = store().getProperties();
  return {
    connection: connectionOf(props) ?? boundConnection(),
    timeZone: props[KEY.timeZone] || DEFAULT_TIME_ZONE,
    marks: (sheetName) => extentOf(props[KEY.marks(sheetName)]),
    pending: (kind) => parsePending(props[KEY.pending(kind)]),
  };
}

export function requireConnection(settings: DocumentSettings): Connection {
  if (!settings.connection) throw new AddonError('NOT_CONNECTED', MESSAGES.NOT_CONNECTED);
  return settings.connection;
}

export function saveConnection(connection: Connection): void {
  store().setProperties({
    [KEY.campaignId]: connection.campaignId,
    [KEY.unitId]: connection.unitId,
    [KEY.functionsUrl]: connection.functionsUrl,
  });
}

export function saveTimeZone(timeZone: string): void {
  store().setProperty(KEY.timeZone, timeZone);
}

export function saveMarks(sheetName: string, extent: MarkedExtent): void {
  store().setProperty(KEY.marks(sheetName), `${extent.rows}x${extent.columns}`);
}

export function savePending(kind: NominationKind, pending: PendingSubmission): void {
  store().setProperty(KEY.pending(kind), JSON.stringify(pending));
}
