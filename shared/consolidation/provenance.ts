// Provenance of a row sent up a campaign chain (sendUp) or carried forward to the next phase (carryForward):
// which campaign, which of its master versions and nominee, and which unit rows that nominee came from. It travels
// as the text of the `sourceRef` column (one short ASCII string, so the parent validates and stores it like any
// cell), is parsed back by consolidation into EntrySource.provenance, and so a national entry leads to the
// provincial entry and on to the unit rows.
import type { NominationKind } from '../grid/types';

export interface ProvenanceRow {
  unitId: string;
  kind: NominationKind;
  sheetRow: number;
}

export interface Provenance {
  /** The campaign the row was taken from (the child campaign, or the earlier phase). */
  campaignId: string;
  masterVersion: number;
  nomineeId: string;
  /** The rows of that campaign's units the nominee was built from (at most MAX_PROVENANCE_ROWS). */
  rows: ProvenanceRow[];
}

const PREFIX = 'tv1';
export const MAX_PROVENANCE_ROWS = 40;
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const NOMINEE = /^[A-Za-z0-9_-]{1,80}$/;

/** `tv1|<campaignId>|<masterVersion>|<nomineeId>|<unitId>:<i|c>:<row>;…` */
export function formatProvenance(p: Provenance): string {
  const rows = p.rows
    .slice(0, MAX_PROVENANCE_ROWS)
    .map((r) => `${r.unitId}:${r.kind === 'individual' ? 'i' : 'c'}:${r.sheetRow}`)
    .join(';');
  return [PREFIX, p.campaignId, String(p.masterVersion), p.nomineeId, rows].join('|');
}

/** The provenance of a `sourceRef` text, or undefined when it is not one we wrote. */
export function parseProvenance(text: unknown): Provenance | undefined {
  if (typeof text !== 'string') return undefined;
  const [prefix, campaignId, version, nomineeId, rowText, ...rest] = text.trim().split('|');
  if (prefix !== PREFIX || rest.length > 0 || rowText === undefined) return undefined;
  const masterVersion = Number(version);
  if (!ID.test(campaignId ?? '') || !NOMINEE.test(nomineeId ?? '')) return undefined;
  if (!Number.isInteger(masterVersion) || masterVersion < 1) return undefined;
  const rows = rowText === '' ? [] : rowText.split(';').map(parseRow);
  if (rows.some((r) => r === undefined)) return undefined;
  return {
    campaignId: campaignId ?? '',
    masterVersion,
    nomineeId: nomineeId ?? '',
    rows: rows as ProvenanceRow[],
  };
}

function parseRow(text: string): ProvenanceRow | undefined {
  const [unitId, kind, row] = text.split(':');
  const sheetRow = Number(row);
  if (!ID.test(unitId ?? '') || (kind !== 'i' && kind !== 'c') || !Number.isInteger(sheetRow) || sheetRow < 1)
    return undefined;
  return { unitId: unitId ?? '', kind: kind === 'i' ? 'individual' : 'collective', sheetRow };
}
