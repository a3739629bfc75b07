// Alerts, confirmations and prompts (modal, through the spreadsheet's Ui).
import { ui } from '../sheet/spreadsheet';

export function alertUser(title: string, message: string): void {
  const host = ui();
  host.alert(title, message, host.ButtonSet.OK);
}

export function confirmUser(title: string, message: string): boolean {
  const host = ui();
  return host.alert(title, message, host.ButtonSet.YES_NO) === host.Button.YES;
}

/** The text typed, or null when the user cancelled. An empty answer keeps `current`. */
export function promptUser(title: string, message: string, current: string): string | null {
  const host = ui();
  const hint = current ? `${message}\n(Đang dùng: ${current}. Để trống để giữ nguyên.)` : message;
  const response = host.prompt(title, hint, host.ButtonSet.OK_CANCEL);
  if (response.getSelectedButton() !== host.Button.OK) return null;
  const text = response.getResponseText().trim();
  return text === '' ? current : text;
}
