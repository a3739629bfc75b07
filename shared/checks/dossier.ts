// The "Hồ sơ" cell: one or more Google Drive / Docs links, one per line (or separated by ";"), each optionally
// preceded by its document type ("Báo cáo thành tích: https://drive.google.com/file/d/…"). Links are checked for
// shape only (a Drive file, a Docs editor file, a Drive folder); whether the board may open them is the add-on's
// check (it runs as the unit's user, with Drive access). The value stored is the canonical text: one line per
// link, "<type label>: <link>" or the link alone, which parses back to the same documents.
import {
  DOSSIER_DOC_TYPES,
  type DossierDocType,
  dossierDocLabel,
  dossierDocType,
} from '../vocab/dossier-documents';
import type { Checked, Problem } from './problem';

export type DriveLinkKind = 'file' | 'document' | 'spreadsheet' | 'presentation' | 'form' | 'folder';

export interface DriveLink {
  kind: DriveLinkKind;
  /** The Drive file or folder ID. */
  id: string;
  /** The link as written (scheme added when missing). */
  url: string;
}

export interface DossierDoc {
  /** Undefined when the line names no type, or one not in the vocabulary (a warning). */
  type?: DossierDocType;
  link: DriveLink;
}

const ID = '([A-Za-z0-9_-]{10,})';
const USER = '(?:u/\\d+/)?';
const SHAPES: readonly (readonly [RegExp, DriveLinkKind | 'docs'])[] = [
  [new RegExp(`^drive\\.google\\.com/${USER}file/${USER}d/${ID}(?:[/?#]|$)`), 'file'],
  [new RegExp(`^drive\\.google\\.com/${USER}(?:open|uc)\\?(?:[^#]*&)?id=${ID}(?:[&#]|$)`), 'file'],
  [new RegExp(`^drive\\.google\\.com/${USER}drive/${USER}folders/${ID}(?:[/?#]|$)`), 'folder'],
  [
    new RegExp(
      `^docs\\.google\\.com/(document|spreadsheets|presentation|forms)/${USER}d/(?:e/)?${ID}(?:[/?#]|$)`,
    ),
    'docs',
  ],
];

const DOCS_KIND: Readonly<Record<string, DriveLinkKind>> = {
  document: 'document',
  spreadsheets: 'spreadsheet',
  presentation: 'presentation',
  forms: 'form',
};

/** The Drive file or folder a link points at; undefined when it is not a Google Drive / Docs link. */
export function parseDriveLink(text: string): DriveLink | undefined {
  const url = /^https?:\/\//i.test(text) ? text : `https://${text}`;
  const rest = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
  for (const [pattern, kind] of SHAPES) {
    const m = pattern.exec(rest);
    if (m === null) continue;
    if (kind !== 'docs') return { kind, id: m[1] as string, url };
    return { kind: DOCS_KIND[m[1] as string] as DriveLinkKind, id: m[2] as string, url };
  }
  return undefined;
}

const LINKS = /(?:https?:\/\/|(?:www\.)?(?:drive|docs)\.google\.com\/)\S+/gi;
const LEAD = /[\s:;,.\-–—=>()[\]]+$/;
/** A list number or bullet before the type: "1. ", "a) ", "- ", "• ". */
const BULLET = /^(?:\d{1,3}|[a-zđ])[.)]\s+|^[-–•*+]\s*/i;
const TRAIL = /[.,;)\]>]+$/;

export interface ParsedDossier {
  docs: DossierDoc[];
  problems: Problem[];
}

/** One line: links, each after its optional type ("Báo cáo: <link> Biên bản: <link>" reads as two). */
function parseLine(line: string, docs: DossierDoc[], problems: Problem[]): void {
  let from = 0;
  for (const m of line.matchAll(LINKS)) {
    const prefix = line.slice(from, m.index).replace(LEAD, '').trim().replace(BULLET, '');
    readLink(prefix, m[0].replace(TRAIL, ''), docs, problems);
    from = (m.index ?? 0) + m[0].length;
  }
  if (from === 0) problems.push({ code: 'dossier.badLink', params: { value: line } });
}

function readLink(prefix: string, written: string, docs: DossierDoc[], problems: Problem[]): void {
  const link = parseDriveLink(written);
  if (link === undefined) return void problems.push({ code: 'dossier.badLink', params: { value: written } });
  const type = prefix === '' ? undefined : dossierDocType(prefix);
  if (prefix !== '' && type === undefined)
    problems.push({ code: 'dossier.unknownType', params: { value: prefix, choices: typeChoices() } });
  docs.push(type === undefined ? { link } : { type, link });
}

function typeChoices(): string {
  return DOSSIER_DOC_TYPES.map((d) => d.label).join('; ');
}

/** The documents of a "Hồ sơ" cell, with a problem per line that is not a Drive link or names an unknown type. */
export function parseDossier(text: string): ParsedDossier {
  const docs: DossierDoc[] = [];
  const problems: Problem[] = [];
  for (const raw of text.split(/\r?\n|;(?=\s*\S)/)) {
    const line = raw.trim();
    if (line !== '') parseLine(line, docs, problems);
  }
  return { docs, problems };
}

export function dossierText(docs: readonly DossierDoc[]): string {
  return docs
    .map((d) => (d.type === undefined ? d.link.url : `${dossierDocLabel(d.type)}: ${d.link.url}`))
    .join('\n');
}

/** Cell check: the canonical text of the links read (even when some lines are bad), and the problems. */
export function checkDossier(text: string): Checked<string> {
  const { docs, problems } = parseDossier(text);
  return docs.length === 0 ? { problems } : { value: dossierText(docs), problems };
}
