// What every JSON endpoint needs from the composition root.
import { authDeps, services } from '../composition';
import type { EndpointDeps } from './json-endpoint';

export function endpointDeps(): EndpointDeps {
  const s = services();
  return { auth: authDeps(s), logger: s.logger, maxBodyBytes: s.config.maxBodyBytes };
}
