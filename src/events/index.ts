export * from './civic-auth-required.js';
export * from './civic-load-error.js';
