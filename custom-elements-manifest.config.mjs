// `cem analyze` → custom-elements.json, read by Storybook autodocs, IDEs and the README tables.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
