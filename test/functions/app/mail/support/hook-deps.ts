// In-memory deps of the receipt and summary hooks: the mail fakes of memory-mail.ts, a directory, unit and row
// look-ups, and a logger that keeps what it was told.
import type { MailDeps } from '../../../../../functions/app/mail/deliver';
import type { CampaignMailInfo, MailAddress, MailDirectory } from '../../../../../functions/app/mail/ports';
import type { Logger, StoredRow, UnitRecord } from '../../../../../functions/app/ports';
import { MemoryDeliveryLog, RecordingSender, TestClock } from './memory-mail';

export const CAMPAIGN: CampaignMailInfo = {
  campaignId: 'ls-2026',
  campaignName: 'Hội nghị điển hình tiên tiến tỉnh Lạng Sơn năm 2026',
  deadline: '2026-12-15',
  deadlineAt: '2026-12-15T10:00:00.000Z',
  board: [{ address: 'bantdkt@langson.example' }],
};

export class LogBook implements Logger {
  readonly lines: { level: string; message: string; fields: Record<string, unknown> }[] = [];
  debug = (message: string, fields = {}) => void this.lines.push({ level: 'debug', message, fields });
  info = (message: string, fields = {}) => void this.lines.push({ level: 'info', message, fields });
  warn = (message: string, fields = {}) => void this.lines.push({ level: 'warn', message, fields });
  error = (message: string, fields = {}) => void this.lines.push({ level: 'error', message, fields });
}

export function memoryMail(): MailDeps & { log: MemoryDeliveryLog; sender: RecordingSender } {
  return {
    log: new MemoryDeliveryLog(),
    sender: new RecordingSender(),
    clock: new TestClock(new Date('2026-11-20T03:00:00.000Z')),
    settings: {
      dailyCap: 100,
      maxRecipients: 100,
      maxAttempts: 3,
      claimLeaseMinutes: 15,
      timeZone: 'Asia/Ho_Chi_Minh',
    },
  };
}

export class MemoryDirectory implements MailDirectory {
  contacts = new Map<string, MailAddress[]>();
  failWith: Error | null = null;
  async campaign(campaignId: string): Promise<CampaignMailInfo | null> {
    if (this.failWith) throw this.failWith;
    return campaignId === CAMPAIGN.campaignId ? CAMPAIGN : null;
  }
  async unitContacts(_campaignId: string, unitId: string): Promise<MailAddress[]> {
    return this.contacts.get(unitId) ?? [];
  }
}

export const unitRecord = (id: string, name: string): UnitRecord => ({
  id,
  name,
  kind: 'commune',
  status: 'current',
  legacyIds: [],
});

export function storedRow(sheetRow: number, data: Record<string, unknown>, valid = true): StoredRow {
  return { sheetRow, cells: [], valid, data, issues: [] };
}
