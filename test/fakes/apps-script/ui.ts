// Fakes of the spreadsheet Ui: menus, alerts and prompts answered from a script, sidebars and dialogs kept.
import type { FakeHtmlOutput } from './html';

export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

export interface MenuRecord {
  title: string;
  items: Array<{ caption: string; functionName: string } | 'separator' | { submenu: MenuRecord }>;
  added: boolean;
}

export class FakeMenu {
  readonly serviceName = 'Menu';
  readonly record: MenuRecord;
  constructor(
    title: string,
    private readonly ui: FakeUi,
  ) {
    this.record = { title, items: [], added: false };
  }
  addItem(caption: string, functionName: string): this {
    this.record.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.record.items.push('separator');
    return this;
  }
  addSubMenu(menu: FakeMenu): this {
    this.record.items.push({ submenu: menu.record });
    return this;
  }
  addToUi(): void {
    this.record.added = true;
    this.ui.menus.push(this.record);
  }
}

export class FakePromptResponse {
  readonly serviceName = 'PromptResponse';
  constructor(
    readonly button: string,
    readonly text: string,
  ) {}
  getSelectedButton(): string {
    return this.button;
  }
  getResponseText(): string {
    return this.text;
  }
}

export interface DialogRecord {
  kind: 'alert' | 'prompt';
  title: string;
  message: string;
  buttons: string;
}

export class FakeUi {
  readonly serviceName = 'Ui';
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  readonly menus: MenuRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly modals: Array<{ output: FakeHtmlOutput; title: string }> = [];
  /** Answers for alert() with YES_NO/OK_CANCEL, in order; default YES (or OK). */
  readonly alertAnswers: string[] = [];
  /** Answers for prompt(), in order: [button, text]. */
  readonly promptAnswers: Array<[string, string]> = [];

  createMenu(title: string): FakeMenu {
    return new FakeMenu(title, this);
  }
  createAddonMenu(): FakeMenu {
    return new FakeMenu('(add-on)', this);
  }
  alert(titleOrPrompt: string, prompt?: string, buttons?: string): string {
    const message = prompt ?? titleOrPrompt;
    const set = buttons ?? ButtonSet.OK;
    this.dialogs.push({
      kind: 'alert',
      title: prompt === undefined ? '' : titleOrPrompt,
      message,
      buttons: set,
    });
    const fallback = set === ButtonSet.YES_NO || set === ButtonSet.YES_NO_CANCEL ? Button.YES : Button.OK;
    return set === ButtonSet.OK ? Button.OK : (this.alertAnswers.shift() ?? fallback);
  }
  prompt(title: string, prompt?: string, buttons?: string): FakePromptResponse {
    this.dialogs.push({ kind: 'prompt', title, message: prompt ?? '', buttons: buttons ?? ButtonSet.OK });
    const [button, text] = this.promptAnswers.shift() ?? [Button.CANCEL, ''];
    return new FakePromptResponse(button, text);
  }
  showSidebar(output: FakeHtmlOutput): void {
    this.sidebars.push(output);
  }
  showModalDialog(output: FakeHtmlOutput, title: string): void {
    this.modals.push({ output, title });
  }
  showModelessDialog(output: FakeHtmlOutput, title: string): void {
    this.modals.push({ output, title });
  }
  /** Test helper: the information alerts (OK button only), as "title: message". */
  _notices(): string[] {
    return this.dialogs
      .filter((d) => d.kind === 'alert' && d.buttons === ButtonSet.OK)
      .map((d) => `${d.title}: ${d.message}`);
  }
  /** Test helper: the alerts shown, as "title: message". */
  _alerts(): string[] {
    return this.dialogs.filter((d) => d.kind === 'alert').map((d) => `${d.title}: ${d.message}`);
  }
}
