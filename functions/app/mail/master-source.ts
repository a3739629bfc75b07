// The MasterSource the mail reads, over the consolidation's MasterRepository: the latest version, entries included.
import { masterVersionOf } from '../consolidation/master-store';
import type { MasterRepository } from '../ports';
import type { MasterSource } from './ports';

export function masterSourceOf(masters: MasterRepository): MasterSource {
  return {
    latest: async (campaignId) => {
      const head = await masters.latest(campaignId);
      const master = head ? await masters.read(campaignId, head.version) : null;
      return master ? masterVersionOf(master) : null;
    },
  };
}
