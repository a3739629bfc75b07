// The row values eligibility reads. A stored nomination (individual or collective) satisfies it, and so does
// validateGrid's fixed-shape row facts (shared/grid/row-state.ts), which keeps the hot path monomorphic.
import type { InitiativeScope } from '../vocab/initiative-scopes';
import type { TaskRating } from '../vocab/task-ratings';

export interface NomineeFacts {
  fullName?: string | undefined;
  collectiveName?: string | undefined;
  cccd?: string | undefined;
  birthYear?: number | undefined;
  priorAwards?: string | undefined;
  taskRating?: TaskRating | undefined;
  initiatives?: number | undefined;
  initiativeScope?: InitiativeScope | undefined;
  consecutiveYears?: number | undefined;
  memberCount?: number | undefined;
  advancedMembers?: number | undefined;
  emulationFighters?: number | undefined;
  disciplinedMembers?: number | undefined;
}
