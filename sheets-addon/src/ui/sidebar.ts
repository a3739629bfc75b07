// Sidebars from the HTML files in src/ui/html (written next to Code.js). Each page receives its data as one JSON
// value through the `payload` template variable, printed escaped into an attribute:
// `<div id="data" hidden data-payload="<?= payload ?>">`, read with JSON.parse(dataset.payload).
import { ui } from '../sheet/spreadsheet';

export type PageName =
  | 'SidebarIssues'
  | 'SidebarStatus'
  | 'SidebarConsolidate'
  | 'SidebarDuplicates'
  | 'SidebarOverview'
  | 'SidebarLinks'
  | 'SidebarProvision'
  | 'SidebarVote';

/** JSON with <, >, U+2028 and U+2029 escaped (safe wherever the page may put it). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function page(name: PageName, title: string, payload: unknown): GoogleAppsScript.HTML.HtmlOutput {
  const template = HtmlService.createTemplateFromFile(name);
  template.payload = scriptJson(payload);
  return template.evaluate().setTitle(title);
}

export function showSidebar(name: PageName, title: string, payload: unknown): void {
  ui().showSidebar(page(name, title, payload));
}

/** A modal dialog from the same pages (e.g. SidebarLinks for the public notice's address). */
export function showDialog(name: PageName, title: string, payload: unknown): void {
  ui().showModalDialog(page(name, title, payload).setWidth(520).setHeight(260), title);
}
