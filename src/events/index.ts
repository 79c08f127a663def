export * from './civic-auth-required.js';
export * from './civic-load-error.js';
export * from './civic-signature-confirmed.js';
export * from './civic-signed.js';
