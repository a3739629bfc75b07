// Benchmark of consolidation writes (npm run bench consolidation-writes): a 20-unit × 30-row campaign on the local
// stack (embedded emulator, real firebase-admin). Firestore document writes (chunks, manifests, run status: counted on
// the client's DocumentReference writes, test/integration/support/consolidation-world.ts) and time of a full consolidation (the
// baseline), of an incremental re-run after 3 rows of one unit changed, and of a re-run with no change; ratios
// against the full run measured in the same process.
import { startStack } from '../../functions/local/stack';
import type { ConsolidateResponse } from '../../shared/api/consolidation';
import {
  BOARD,
  countWrites,
  setUpCampaign,
  submitAll,
  submitUnit,
} from '../../test/integration/support/consolidation-world';
import { post } from '../../test/support/http';

const CAMPAIGN = 'bench-consolidation';

interface Figure {
  label: string;
  writes: number;
  ms: number;
  version: number;
}

export async function run(units = 20, rows = 30): Promise<void> {
  const stack = await startStack({ port: 0, env: { LOG_LEVEL: 'error' } });
  try {
    await setUpCampaign(stack, CAMPAIGN, units);
    await submitAll(stack, CAMPAIGN, units, rows);
    const counter = countWrites(stack, CAMPAIGN);
    const measure = async (label: string): Promise<Figure> => {
      counter.reset();
      const started = performance.now();
      const response = await post<ConsolidateResponse>(
        stack.url,
        'consolidate',
        { campaignId: CAMPAIGN },
        { user: BOARD },
      );
      if (response.status !== 200) throw new Error(`consolidate ${response.status}`);
      return {
        label,
        writes: counter.writes(),
        ms: performance.now() - started,
        version: response.body.masterVersion,
      };
    };
    const full = await measure('full consolidation (baseline)');
    await submitUnit(stack, CAMPAIGN, 7, rows, (row, i) =>
      i < 3 ? [row[0], row[1], row[2], row[3], row[4], row[5], 'Chiến sĩ thi đua cơ sở'] : row,
    );
    const incremental = await measure('re-run, 3 rows of 1 unit changed');
    const unchanged = await measure('re-run, no change');
    counter.restore();
    console.log(`campaign: ${units} units × ${rows} rows on the embedded emulator`);
    for (const f of [full, incremental, unchanged]) {
      const ratio = `writes ×${(f.writes / full.writes).toFixed(3)}, time ×${(f.ms / full.ms).toFixed(2)}`;
      console.log(
        `${f.label.padEnd(34)} v${f.version}  ${String(f.writes).padStart(3)} writes  ${f.ms.toFixed(0).padStart(5)} ms  (${ratio})`,
      );
    }
  } finally {
    await stack.close();
  }
}
