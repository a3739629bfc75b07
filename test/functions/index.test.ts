// functions/index.ts registers every function (lazily; see handlers/lazy.ts), and the deploy deploys exactly those.
import { getFunction } from '@google-cloud/functions-framework/testing';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FUNCTIONS } from '../../scripts/deploy';
import { HTTP_FUNCTIONS } from '../../shared/api/index';

const EVENT_FUNCTIONS = ['weeklyDigest', 'deadlineReminders'];

describe('functions/index.ts', () => {
  it('registers every HTTP function and both scheduled CloudEvent functions, and the deploy deploys each one', async () => {
    await import('../../functions/index');
    const names = [...HTTP_FUNCTIONS, ...EVENT_FUNCTIONS];
    expect(names.filter((name) => typeof getFunction(name) !== 'function')).toEqual([]);
    expect(DEFAULT_FUNCTIONS.map((f) => f.name).sort()).toEqual([...names].sort());
    const events = DEFAULT_FUNCTIONS.filter((f) => f.trigger !== 'http').map((f) => f.name);
    expect(events).toEqual(EVENT_FUNCTIONS);
  });
});
