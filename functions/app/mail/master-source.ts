// The MasterSource the mail reads, over the consolidation's MasterRepository: the latest manifest and its chunks,
// read back as one MasterVersion (functions/app/consolidation/master-store.ts).
import { loadVersion } from '../consolidation/master-store';
import type { MasterRepository } from '../ports';
import type { MasterSource } from './ports';

export function masterSourceOf(masters: MasterRepository): MasterSource {
  return {
    latest: async (campaignId) => {
      const manifest = await masters.latestManifest(campaignId);
      return manifest ? loadVersion(masters, manifest) : null;
    },
  };
}
