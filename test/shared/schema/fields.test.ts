import { describe, expect, it } from 'vitest';
import {
  COMBINED_COLUMNS,
  FIELDS,
  fieldsOf,
  SEQ_COLUMN,
  templateColumns,
} from '../../../shared/schema/fields';
import { lookupKey } from '../../../shared/text/normalize';

const ARCHITECTURE_KEYS = [
  'sourceRef',
  'fullName',
  'collectiveName',
  'gender',
  'birthDate',
  'birthYear',
  'ethnicity',
  'cccd',
  'phone',
  'email',
  'position',
  'workplace',
  'education',
  'politicalTheory',
  'partyMember',
  'unionMember',
  'directLabourer',
  'socialComposition',
  'sector',
  'delegate',
  'honoured',
  'award',
  'movement',
  'achievements',
  'taskRating',
  'initiatives',
  'initiativeScope',
  'consecutiveYears',
  'memberCount',
  'advancedMembers',
  'emulationFighters',
  'disciplinedMembers',
  'priorAwards',
  'priorAwardDecision',
  'priorAwardYear',
  'disciplined',
  'underReview',
  'dossier',
  'notes',
];

describe('field table', () => {
  it('defines every key of docs/architecture.md exactly once', () => {
    const keys = FIELDS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...ARCHITECTURE_KEYS].sort());
  });

  it.each(['individual', 'collective'] as const)('header keys are unambiguous in %s lists', (kind) => {
    const owners = new Map<string, string>();
    const names: [string, string][] = [
      ...fieldsOf(kind).flatMap((f) => [f.label, ...f.aliases].map((n) => [n, f.key] as [string, string])),
      ...COMBINED_COLUMNS.filter((c) => (c.kinds as readonly string[]).includes(kind)).flatMap((c) =>
        [c.label, ...c.aliases].map((n) => [n, c.id] as [string, string]),
      ),
      ...[SEQ_COLUMN.label, ...SEQ_COLUMN.aliases].map((n) => [n, 'seq'] as [string, string]),
    ];
    for (const [name, owner] of names) {
      const key = lookupKey(name);
      const other = owners.get(key);
      expect(other === undefined || other === owner, `${name}: ${other} vs ${owner}`).toBe(true);
      owners.set(key, owner);
    }
  });

  it('labels are NFC Vietnamese', () => {
    for (const f of FIELDS) for (const n of [f.label, ...f.aliases]) expect(n).toBe(n.normalize('NFC'));
  });

  it('builds the template columns in sheet order', () => {
    const cols = templateColumns('individual');
    expect(cols.slice(0, 4)).toEqual([
      { key: 'seq', label: 'STT' },
      { key: 'fullName', label: 'Họ và tên' },
      { key: 'gender', label: 'Giới tính' },
      { key: 'birthDate', label: 'Ngày sinh' },
    ]);
    expect(templateColumns('collective').map((c) => c.key)).toContain('memberCount');
    expect(templateColumns('collective').map((c) => c.key)).not.toContain('fullName');
  });
});
