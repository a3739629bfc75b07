import { describe, expect, it } from 'vitest';
import { planHeader } from '../../../../sheets-addon/src/core/header-plan';
import { tabSpec } from '../../../../sheets-addon/src/core/template-spec';

const columns = tabSpec('individual').columns;

describe('planHeader', () => {
  it('writes the template labels in order on an empty sheet', () => {
    const plan = planHeader([], columns);
    expect(plan.header).toEqual(columns.map((c) => c.label));
    expect(plan.positions).toEqual(columns.map((_, i) => i + 1));
  });

  it('keeps existing columns where they are (matched by alias, any case or accents) and appends the rest', () => {
    const plan = planHeader(['Ghi chú riêng', 'HO TEN', 'cccd', ''], columns);
    expect(plan.header.slice(0, 3)).toEqual(['Ghi chú riêng', 'Họ và tên', 'Số CCCD']);
    const name = columns.findIndex((c) => c.key === 'fullName');
    expect(plan.positions[name]).toBe(2);
    expect(plan.appended).toBe(columns.length - 2);
    expect(plan.header).toHaveLength(3 + columns.length - 2);
  });

  it('is stable when run again', () => {
    const once = planHeader(['Họ tên', 'X'], columns);
    expect(planHeader(once.header, columns).header).toEqual(once.header);
  });
});
