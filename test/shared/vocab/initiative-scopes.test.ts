import { describe, expect, it } from 'vitest';
import { initiativeScopeRank } from '../../../shared/vocab/initiative-scopes';

describe('initiative scopes', () => {
  it('ranks national > provincial > grassroots', () => {
    expect(initiativeScopeRank('national')).toBeGreaterThan(initiativeScopeRank('provincial'));
    expect(initiativeScopeRank('provincial')).toBeGreaterThan(initiativeScopeRank('grassroots'));
  });
});
