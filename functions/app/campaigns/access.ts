// Role checks, within the campaign the request names: its board sees and administers everything of it; a unit
// editor acts only for the units they edit; a super-admin without a role in the campaign only administers it.
import { AppError } from '../errors';
import type { Principal } from '../ports';

export function requireBoard(principal: Principal): void {
  if (principal.role === 'admin')
    throw new AppError('FORBIDDEN_CAMPAIGN', 'super-admin without a campaign role');
  if (principal.role !== 'board') throw new AppError('FORBIDDEN_ROLE');
}

/** adminCampaign: the campaign's board, or a province super-admin (who may also create campaigns). */
export function requireAdministrator(principal: Principal): void {
  if (principal.admin === true || principal.role === 'board') return;
  throw new AppError('FORBIDDEN_ROLE');
}

/** Province-wide settings (adminProvince): a province super-admin only. */
export function requireProvinceAdmin(principal: Principal): void {
  if (principal.admin !== true) throw new AppError('FORBIDDEN_ROLE');
}

export function canActFor(principal: Principal, unitId: string): boolean {
  return principal.role === 'board' || principal.unitIds.includes(unitId);
}

export function requireUnit(principal: Principal, unitId: string): void {
  if (canActFor(principal, unitId)) return;
  if (principal.role === 'admin')
    throw new AppError('FORBIDDEN_CAMPAIGN', 'super-admin without a campaign role');
  throw new AppError('FORBIDDEN_UNIT');
}

/** castBallot: an active council member of the campaign (the board and unit editors do not vote). */
export function requireCouncil(principal: Principal): void {
  if (principal.role === 'council') return;
  if (principal.role === 'admin')
    throw new AppError('FORBIDDEN_CAMPAIGN', 'super-admin without a campaign role');
  throw new AppError('FORBIDDEN_COUNCIL');
}
