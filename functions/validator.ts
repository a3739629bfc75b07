// The grid validator the functions use: shared/grid/validate-grid.ts (validateGrid) behind the GridValidator port.
import { validateGrid } from '../shared/grid/validate-grid';
import type { GridValidator } from './app/ports';

export const gridValidator: GridValidator = (grid, context) =>
  validateGrid(grid, {
    kind: context.kind,
    today: context.today,
    ...(context.rules === undefined ? {} : { rules: context.rules }),
    ...(context.awardHistory === undefined ? {} : { awardHistory: context.awardHistory }),
    ...(context.evaluationYear === undefined ? {} : { evaluationYear: context.evaluationYear }),
    ...(context.campaignProposals === undefined ? {} : { campaignProposals: context.campaignProposals }),
  });
