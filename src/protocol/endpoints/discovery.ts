import { DiscoverySchema } from '../discovery.js';
import { defineEndpoint } from '../endpoint.js';

/* Discovery's endpoint. Paths are relative to the API base (servers mount it at /api/v1). */

export const getDiscovery = defineEndpoint({
  id: 'getDiscovery',
  method: 'GET',
  path: '/',
  summary: 'What the backend supports: protocol version, locales, features, poll interval',
  tag: 'discovery',
  status: 200,
  auth: 'none',
  pathParams: undefined,
  query: undefined,
  body: undefined,
  response: DiscoverySchema,
});
