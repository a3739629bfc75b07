// Pure: the delegate structure chart of the board's overview sidebar (campaignStatus.structure): one scope for the
// whole list, then one per unit; one bar per group with its share, the target band and the verdict.
import type { StructureScopeStatus, StructureStatus } from '../../../shared/api/campaign-status';
import { statusText, targetText } from '../../../shared/consolidation/structure';

export interface StructureBarView {
  key: string;
  label: string;
  count: number;
  /** Share in percent, one decimal. */
  pct: number;
  /** Target bounds in percent (absent when none). */
  minPct?: number;
  maxPct?: number;
  /** met, short, over, noTarget, empty. */
  status: string;
  /** "≥ 30%", "30%–40%" or "". */
  target: string;
  /** "Đạt", "Thiếu 1 người"… */
  verdict: string;
}

export interface StructureScopeView {
  /** '' for the whole list. */
  id: string;
  name: string;
  persons: number;
  /** "5/4 ghế đại biểu" or "5 đại biểu". */
  seatsText: string;
  seatsOver: boolean;
  /** Groups short of or over their target. */
  missed: number;
  bars: StructureBarView[];
}

export interface StructurePayload {
  masterVersion: number;
  /** What was counted and how youth is defined. */
  basisText: string;
  scopes: StructureScopeView[];
}

const pct = (share: number) => Math.round(share * 1000) / 10;

function barView(line: StructureScopeStatus['lines'][number]): StructureBarView {
  return {
    key: line.key,
    label: line.label,
    count: line.count,
    pct: pct(line.share),
    ...(line.min === undefined ? {} : { minPct: pct(line.min) }),
    ...(line.max === undefined ? {} : { maxPct: pct(line.max) }),
    status: line.status,
    target: targetText(line),
    verdict: line.status === 'noTarget' ? '' : statusText(line),
  };
}

function scopeView(scope: StructureScopeStatus, id: string, name: string): StructureScopeView {
  const { seats } = scope;
  return {
    id,
    name,
    persons: scope.persons,
    seatsText:
      seats.limit === undefined ? `${seats.used} đại biểu` : `${seats.used}/${seats.limit} ghế đại biểu`,
    seatsOver: seats.over,
    missed: scope.missed,
    bars: scope.lines.map(barView),
  };
}

/** Null when the server sent no structure (no master version yet, or an older server). */
export function structureView(structure: StructureStatus | undefined): StructurePayload | null {
  if (structure === undefined) return null;
  const counted = structure.basis === 'delegates' ? 'đại biểu cá nhân' : 'cá nhân (chưa có ai là đại biểu)';
  const basisText = `Bản tổng hợp số ${structure.masterVersion}; tỷ lệ trên số ${counted}; thanh niên: không quá ${structure.youthMaxAge} tuổi trong năm ${structure.referenceYear}.`;
  return {
    masterVersion: structure.masterVersion,
    basisText,
    scopes: [
      scopeView(structure.whole, '', 'Toàn danh sách'),
      ...structure.units.map((u) => scopeView(u, u.unitId ?? '', u.unitName ?? u.unitId ?? '')),
    ],
  };
}
