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

export class RunTracker {
  private halfReported = false;

  constructor(
    private readonly runs: RunRepository | null,
    private record: RunRecord,
    private readonly clock: Clock,
  ) {}

  get current(): RunRecord {
    return this.record;
  }

  async start(): Promise<void> {
    await this.save({});
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
    await this.save({ state: 'done', stage: 'done', progress: 1, masterVersion, reused, message });
  }

  async fail(): Promise<void> {
    await this.save({ state: 'failed', stage: 'failed', message: STAGE_MESSAGES.failed });
  }

  private async save(patch: Partial<RunRecord>): Promise<void> {
    this.record = { ...this.record, ...patch, updatedAt: this.clock.now().toISOString() };
    if (this.runs) await this.runs.saveRun(this.record);
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
