// Pure: validation of the link between a spreadsheet and a campaign/unit/functions URL.
import { campaignIdSchema, unitIdSchema } from '../../../shared/api/ids';
import { cleanText } from '../../../shared/text/normalize';
import { AddonError } from './errors';
import { MESSAGES } from './messages';

export interface Connection {
  campaignId: string;
  unitId: string;
  /** Base URL of the HTTP functions, without trailing slash; `${functionsUrl}/<functionName>`. */
  functionsUrl: string;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

function parseId(value: unknown, code: 'INVALID_CAMPAIGN_ID' | 'INVALID_UNIT_ID'): string {
  const schema = code === 'INVALID_CAMPAIGN_ID' ? campaignIdSchema : unitIdSchema;
  const parsed = schema.safeParse(cleanText(String(value ?? '')));
  if (!parsed.success) throw new AddonError(code, MESSAGES[code]);
  return parsed.data;
}

export function parseFunctionsUrl(value: unknown): string {
  const text = cleanText(String(value ?? '')).replace(/\/+$/, '');
  const match = /^(https?):\/\/([^/:?#]+)(:\d+)?(\/[^?#]*)?$/.exec(text);
  const secure = match?.[1] === 'https' || LOCAL_HOSTS.has(match?.[2] ?? '');
  if (!match || !secure) throw new AddonError('INVALID_FUNCTIONS_URL', MESSAGES.INVALID_FUNCTIONS_URL);
  return text;
}

export function isLocalUrl(url: string): boolean {
  const host = /^https?:\/\/([^/:?#]+)/.exec(url)?.[1] ?? '';
  return LOCAL_HOSTS.has(host);
}

export function parseConnection(input: {
  campaignId: unknown;
  unitId: unknown;
  functionsUrl: unknown;
}): Connection {
  return {
    campaignId: parseId(input.campaignId, 'INVALID_CAMPAIGN_ID'),
    unitId: parseId(input.unitId, 'INVALID_UNIT_ID'),
    functionsUrl: parseFunctionsUrl(input.functionsUrl),
  };
}
