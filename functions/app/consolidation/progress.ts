// Progress of a consolidation run in its status document. Writes are few and independent of the campaign's size:
// start, half of the units read, matching, writing (start and end), done — so a run with nothing new to store
// costs a constant number of writes. A dry run has no status document.
import type { RunStage } from '../../../shared/api/consolidation';
import type { Clock, RunRecord, RunRepository } from '../ports';

const STAGE_SPAN: Record<RunStage, [number, number]> = {
  reading: [0, 0.5],
  matching: [0.5, 0.6],
  writing: [0.6, 0.95],
  done: [1, 1],
  failed: [0, 0],
};

export const STAGE_MESSAGES: Record<RunStage, string> = {
  reading: 'Đang đọc danh sách của các đơn vị',
  matching: 'Đang đối chiếu trùng lặp và lập danh sách tổng hợp',
  writing: 'Đang lưu phiên bản danh sách tổng hợp',
  done: 'Đã tổng hợp xong',
  failed: 'Lượt tổng hợp bị lỗi; danh sách tổng hợp trước đó vẫn giữ nguyên. Hãy chạy lại.',
};

/** A running run refreshes `updatedAt` (its heartbeat) this often, also inside a long stage. */
export const HEARTBEAT_MS = 5_000;

export class RunTracker {
  private halfReported = false;
  private heartbeat: NodeJS.Timeout | undefined;
  /** Saves are chained, so a heartbeat never lands after the final state. */
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly runs: RunRepository | null,
    private record: RunRecord,
    private readonly clock: Clock,
    private readonly heartbeatMs = HEARTBEAT_MS,
  ) {}

  get current(): RunRecord {
    return this.record;
  }

  async start(): Promise<void> {
    await this.save({});
    if (!this.runs) return;
    this.heartbeat = setInterval(() => void this.save({}).catch(() => undefined), this.heartbeatMs);
    this.heartbeat.unref();
  }

  /** Called after each unit is read; reports once, at half. */
  async unitRead(done: number, total: number): Promise<void> {
    if (this.halfReported || total < 4 || done * 2 < total) return;
    this.halfReported = true;
    await this.stage('reading', done, total);
  }

  async stage(stage: RunStage, done = 0, total = 0): Promise<void> {
    const [from, to] = STAGE_SPAN[stage];
    const progress = total > 0 ? from + ((to - from) * done) / total : from;
    await this.save({ stage, done, total, progress, message: STAGE_MESSAGES[stage] });
  }

  async finish(masterVersion: number, reused: boolean, message: string): Promise<void> {
    this.stopHeartbeat();
    await this.save({ state: 'done', stage: 'done', progress: 1, masterVersion, reused, message });
  }

  async fail(): Promise<void> {
    this.stopHeartbeat();
    await this.save({ state: 'failed', stage: 'failed', message: STAGE_MESSAGES.failed });
  }

  private stopHeartbeat(): void {
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }

  private save(patch: Partial<RunRecord>): Promise<void> {
    this.record = { ...this.record, ...patch, updatedAt: this.clock.now().toISOString() };
    const record = this.record;
    const runs = this.runs;
    if (!runs) return Promise.resolve();
    const saved = this.saving.catch(() => undefined).then(() => runs.saveRun(record));
    this.saving = saved;
    return saved;
  }
}

export function newRunRecord(campaignId: string, runId: string, startedBy: string, now: Date): RunRecord {
  const at = now.toISOString();
  return {
    campaignId,
    runId,
    state: 'running',
    stage: 'reading',
    done: 0,
    total: 0,
    progress: 0,
    message: STAGE_MESSAGES.reading,
    startedBy,
    startedAt: at,
    updatedAt: at,
    masterVersion: null,
    reused: false,
  };
}
