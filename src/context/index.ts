export { clientContext } from './client-context.js';
export { localeContext } from './locale-context.js';
export { CivicProvider } from './civic-provider.js';
