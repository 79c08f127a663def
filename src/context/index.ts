export { clientContext } from './client-context.js';
export { localeContext } from './locale-context.js';
