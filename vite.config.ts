import { defineConfig } from 'vite';

/**
 * What Storybook's Vite builder takes from the project. The CDN files are built by
 * `scripts/cdn-build.mjs` (three passes with their own configuration), the npm package by `tsc`
 * (`scripts/build.mjs`).
 */
export default defineConfig({
  publicDir: false,
});
