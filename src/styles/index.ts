export { hostStyles } from './host.styles.js';
export { loadStateStyles } from './load-state.styles.js';
export { skeletonStyles } from './skeleton.styles.js';
export { tokenStyles } from './tokens.styles.js';
