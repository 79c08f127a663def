import { defineConfig } from 'vite';

/**
 * The CDN bundle: one self-contained, minified ES module for a `<script type="module">` on a CMS page.
 * The npm build is plain `tsc` (scripts/build.mjs); Storybook strips `build` from this config.
 */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'civic-widgets.js',
    },
    rolldownOptions: {
      output: {
        codeSplitting: false,
        // V8's explicit compile hint: compile every function while the script streams in, off the
        // main thread, instead of lazily on the first render (about 30 ms on a mid-range phone).
        banner: '//# allFunctionsCalledOnLoad',
      },
    },
  },
});
