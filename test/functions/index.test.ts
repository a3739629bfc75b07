// functions/index.ts registers every function of the one list (shared/api/functions.ts), each from the handler
// module the list names, and the deploy deploys exactly those.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getFunction } from '@google-cloud/functions-framework/testing';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FUNCTIONS } from '../../scripts/deploy';
import { EVENT_FUNCTIONS, FUNCTIONS, HTTP_FUNCTIONS } from '../../shared/api/functions';

const handlers = join(import.meta.dirname, '../../functions/handlers');

describe('the function list', () => {
  it('registers every function of the list, and the deploy deploys each one by its kind', async () => {
    await import('../../functions/index');
    const names = FUNCTIONS.map((f) => f.name);
    // One function per handler module: every file of functions/handlers/ but the shared endpoint helpers.
    const helpers = new Set(['endpoint-deps', 'json-endpoint', 'lazy', 'prefetch', 'request-body']);
    const modules = readdirSync(handlers)
      .map((file) => file.replace(/\.ts$/, ''))
      .filter((name) => !helpers.has(name));
    expect(FUNCTIONS.map((f) => f.handler).sort()).toEqual(modules.sort());
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((name) => typeof getFunction(name) !== 'function')).toEqual([]);
    expect(DEFAULT_FUNCTIONS.map((f) => f.name)).toEqual(names);
    const events = DEFAULT_FUNCTIONS.filter((f) => f.trigger !== 'http').map((f) => f.name);
    expect(events).toEqual([...EVENT_FUNCTIONS]);
    expect(EVENT_FUNCTIONS).toEqual(['weeklyDigest', 'deadlineReminders']);
    expect([...HTTP_FUNCTIONS, ...EVENT_FUNCTIONS].sort()).toEqual([...names].sort());
  });

  it('names, for each function, a handler module that exists and exports its handler', async () => {
    for (const f of FUNCTIONS) {
      expect(existsSync(join(handlers, `${f.handler}.ts`)), f.handler).toBe(true);
      const module = (await import(`../../functions/handlers/${f.handler}.ts`)) as Record<string, unknown>;
      expect(typeof module[f.handlerExport], `${f.handler}#${f.handlerExport}`).toBe('function');
      expect(f.description.length, f.name).toBeGreaterThan(10);
      expect(f.role === 'scheduler', f.name).toBe(f.kind === 'cloudEvent');
    }
  });
});
