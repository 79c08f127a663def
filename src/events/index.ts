export * from './civic-auth-required.js';
export * from './civic-load-error.js';
export * from './civic-signature-confirmed.js';
export * from './civic-signed.js';
export * from './civic-idea-submitted.js';
export * from './civic-vote-changed.js';
