// The only place that calls UrlFetchApp: POST JSON to `${functionsUrl}/${name}` with the user's identity token.
import { type Connection, isLocalUrl } from '../core/connection';
import { AddonError } from '../core/errors';
import { MESSAGES } from '../core/messages';
import { type HttpAnswer, readAnswer } from './errors';

function headers(connection: Connection): Record<string, string> {
  const result: Record<string, string> = { Authorization: `Bearer ${ScriptApp.getIdentityToken()}` };
  // The local stack (AUTH_MODE=dev) signs in by header; never sent to a deployed (https) host.
  if (isLocalUrl(connection.functionsUrl)) result['X-Dev-User'] = Session.getActiveUser().getEmail();
  return result;
}

function fetchAnswer(url: string, params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions): HttpAnswer {
  try {
    const response = UrlFetchApp.fetch(url, params);
    return { status: response.getResponseCode(), text: response.getContentText('UTF-8') };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AddonError('NETWORK', `${MESSAGES.NETWORK} (${detail})`, undefined, true);
  }
}

export function postJson(connection: Connection, name: string, body: unknown): unknown {
  const url = `${connection.functionsUrl}/${name}`;
  const answer = fetchAnswer(url, {
    method: 'post',
    contentType: 'application/json; charset=utf-8',
    payload: JSON.stringify(body),
    headers: headers(connection),
    muteHttpExceptions: true,
    followRedirects: false,
  });
  return readAnswer(answer);
}
