// HTTP function adminProvince (a province super-admin): POST { provinceId, profile? } → { province, created }.
import { adminProvinceRequestSchema } from '../../shared/api/province';
import { adminProvince } from '../app/campaigns/admin-province';
import { services } from '../composition';
import { endpointDeps } from './endpoint-deps';
import { jsonEndpoint } from './json-endpoint';

export const adminProvinceHandler = jsonEndpoint(
  {
    name: 'adminProvince',
    schema: adminProvinceRequestSchema,
    allowAdmin: true,
    run: (body, principal) => adminProvince(body, principal, services()),
  },
  endpointDeps,
);
