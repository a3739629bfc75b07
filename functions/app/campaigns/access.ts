// Role checks: the board sees and administers everything; a unit user acts only for the units they edit.
import { AppError } from '../errors';
import type { Principal } from '../ports';

export function requireBoard(principal: Principal): void {
  if (principal.role !== 'board') throw new AppError('FORBIDDEN_ROLE');
}

export function canActFor(principal: Principal, unitId: string): boolean {
  return principal.role === 'board' || principal.unitIds.includes(unitId);
}

export function requireUnit(principal: Principal, unitId: string): void {
  if (!canActFor(principal, unitId)) throw new AppError('FORBIDDEN_UNIT');
}
