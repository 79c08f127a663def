/**
 * The CDN entry a page includes (`dist/cdn/civic-widgets.js`): a few kilobytes that define each
 * widget only when the page has it. The build writes the chunk graph in place of
 * `__CIVIC_CHUNK_GRAPH__`.
 */
import { startAutoloader } from './autoloader.js';
import type { ChunkGraph } from './chunk-graph.js';

declare const __CIVIC_CHUNK_GRAPH__: ChunkGraph;

startAutoloader({ graph: __CIVIC_CHUNK_GRAPH__, url: import.meta.url });
