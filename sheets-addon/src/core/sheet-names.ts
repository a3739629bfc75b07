// Tab names the add-on creates and reads (Vietnamese, NFC).
import type { NominationKind } from '../../../shared/grid/types';

export const SHEET_NAMES: Record<NominationKind, string> = { individual: 'Cá nhân', collective: 'Tập thể' };
export const CATALOG_SHEET = 'Danh mục';
export const GUIDE_SHEET = 'Hướng dẫn';
export const HEADER_ROW = 1;

export function kindOfSheet(name: string): NominationKind | null {
  if (name === SHEET_NAMES.individual) return 'individual';
  if (name === SHEET_NAMES.collective) return 'collective';
  return null;
}
