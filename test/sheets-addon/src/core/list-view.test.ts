import { describe, expect, it } from 'vitest';
import type { ListStatus } from '../../../../shared/api/campaign-status';
import { dossierText, listViews } from '../../../../sheets-addon/src/core/list-view';

const list: ListStatus = {
  version: 4,
  submittedAt: '2026-05-02T09:30:00.000Z',
  status: 'with_errors',
  versions: 2,
  rows: 14,
  validRows: 12,
  errorRows: 2,
  errors: 3,
  warnings: 1,
  onTime: false,
};

describe('listViews', () => {
  it('shows both kinds, individual first, a kind not submitted as such', () => {
    expect(listViews({ lists: { collective: list } })).toEqual([
      {
        kind: 'individual',
        label: 'Cá nhân',
        submitted: false,
        version: null,
        submittedAt: '',
        status: 'not_submitted',
        statusLabel: 'Chưa nộp',
        rows: 0,
        validRows: 0,
        errorRows: 0,
        errors: 0,
        warnings: 0,
        onTime: null,
        dossierText: '',
      },
      {
        kind: 'collective',
        label: 'Tập thể',
        submitted: true,
        version: 4,
        submittedAt: '2026-05-02T09:30:00.000Z',
        status: 'with_errors',
        statusLabel: 'Còn lỗi',
        rows: 14,
        validRows: 12,
        errorRows: 2,
        errors: 3,
        warnings: 1,
        onTime: false,
        dossierText: '',
      },
    ]);
  });

  it('labels a clean list and gives null when the server sent no breakdown', () => {
    const views = listViews({ lists: { individual: { ...list, status: 'clean', errors: 0 } } });
    expect(views?.[0]).toMatchObject({ statusLabel: 'Hợp lệ', version: 4, errors: 0 });
    expect(listViews({})).toBeNull();
  });

  it('shows the dossier completeness of a list that tracks it', () => {
    const dossier = { rows: 3, complete: 1, incomplete: 2, missingDocs: 3 };
    const views = listViews({ lists: { individual: { ...list, dossier } } });
    expect(views?.[0]?.dossierText).toBe('hồ sơ đủ 1/3, thiếu 3 tài liệu');
    expect(dossierText({ rows: 2, complete: 2, incomplete: 0, missingDocs: 0 })).toBe('hồ sơ đủ 2/2');
    expect(dossierText({ rows: 0, complete: 0, incomplete: 0, missingDocs: 0 })).toBe('');
    expect(dossierText(undefined)).toBe('');
  });
});
