// The master sheet writer's concurrency rules: writes of one spreadsheet run one after another through the port's
// queue, and a write that another writer changed under it (the API's 400) is done again from the listing.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../functions/app/errors';
import type { ExistingTab } from '../../../../functions/app/outputs/master-sheet-plan';
import { type SpreadsheetPort, writeMasterSheet } from '../../../../functions/app/outputs/sheet-writer';
import { keyedQueue } from '../../../../functions/once';
import { sampleMaster } from '../../../fixtures/xlsx/sample-master';

/** A port over no real spreadsheet: records the calls; `failWrites` values writes answer 400 first. */
function recordingPort(failWrites: number, withQueue = false): SpreadsheetPort & { calls: string[] } {
  const calls: string[] = [];
  let failures = failWrites;
  const tabs: ExistingTab[] = [];
  const queue = keyedQueue();
  return {
    calls,
    listTabs: async () => {
      calls.push('list');
      return tabs;
    },
    batchUpdate: async () => void calls.push('structure'),
    clearValues: async () => void calls.push('clear'),
    writeValues: async () => {
      calls.push('values');
      if (failures-- > 0) throw new AppError('SHEET_REQUEST_INVALID', 'Range exceeds grid limits');
    },
    ...(withQueue ? { exclusive: <T>(id: string, write: () => Promise<T>) => queue(id, write) } : {}),
  };
}

const input = { spreadsheetId: 's1', master: sampleMaster() };

describe('writeMasterSheet', () => {
  it('writes again from the listing when a concurrent write changed the tabs under it', async () => {
    const port = recordingPort(1);
    const result = await writeMasterSheet(port, input);
    expect(result.version).toBe(input.master.version);
    expect(port.calls).toEqual([
      'list',
      'structure',
      'clear',
      'values',
      'list',
      'structure',
      'clear',
      'values',
    ]);
  });

  it('gives up with the coded error after three conflicting attempts', async () => {
    const port = recordingPort(3);
    await expect(writeMasterSheet(port, input)).rejects.toMatchObject({ code: 'SHEET_REQUEST_INVALID' });
    expect(port.calls.filter((c) => c === 'values')).toHaveLength(3);
  });

  it('runs two writes of one spreadsheet one after another when the port queues them', async () => {
    const port = recordingPort(0, true);
    await Promise.all([writeMasterSheet(port, input), writeMasterSheet(port, input)]);
    const once = ['list', 'structure', 'clear', 'values'];
    expect(port.calls).toEqual([...once, ...once]);
  });
});
