import { describe, expect, it } from 'vitest';
import * as core from '../../shared/index';

describe('shared barrel', () => {
  it('exports the cross-team contract', () => {
    expect(typeof core.validateGrid).toBe('function');
    expect(typeof core.templateColumns).toBe('function');
    expect(typeof core.matchKey).toBe('function');
    expect(Object.keys(core.ISSUE_CODES).length).toBeGreaterThan(40);
    expect(core.AWARDS.length).toBeGreaterThan(40);
    expect(core.ETHNIC_GROUPS).toHaveLength(56);
    expect(core.campaignRulesSchema.safeParse({}).success).toBe(true);
  });
});
