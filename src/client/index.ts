export { createClient } from './create-client.js';
export type { CivicClient, ClientOptions, DiscoverOptions, TokenGetter } from './create-client.js';
export type { RequestOptions } from './request.js';
export {
  CivicApiError,
  CivicError,
  CivicNetworkError,
  CivicOriginNotAllowedError,
  CivicResponseError,
  CivicTimeoutError,
  isAbortError,
  isAuthRequired,
  isOriginNotAllowed,
} from './errors.js';
export type { OriginRefusalEvidence, ResponseErrorReason, ResponseIssue } from './errors.js';
export { createIdempotencyKey } from './idempotency.js';
export { DEFAULT_BACKOFF } from './retry.js';
export type { BackoffOptions } from './retry.js';
export { LIVE_STREAMS } from './live.js';
export type { LiveHandle, WatchEndpointOptions, WatchOptions } from './live.js';
export { documentVisibility } from './visibility.js';
export type { VisibilitySource } from './visibility.js';
