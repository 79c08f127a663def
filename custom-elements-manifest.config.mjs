// `cem analyze` → custom-elements.json, read by Storybook autodocs, IDEs and the README tables; its
// plugins clean the manifest for the published package and generate the JSX types and editor data
// from it (scripts/package/).
import { cleanManifestPlugin } from './scripts/package/clean-manifest.mjs';
import { integrationsPlugin } from './scripts/package/integrations.mjs';
import { resolveElementTypes } from './scripts/package/resolve-types.mjs';

/**
 * Elements register through the kit's `define('civic-x', CivicX)` (src/internal/define.ts), which
 * the analyzer does not know; record those calls like `customElements.define`, so every element
 * gets its tag name without a hand-written `@tagname`.
 */
function civicDefineCalls() {
  return {
    name: 'civic-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        !ts.isCallExpression(node) ||
        !ts.isIdentifier(node.expression) ||
        node.expression.text !== 'define'
      ) {
        return;
      }
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !tag.text.startsWith('civic-')) return;
      if (!element || !ts.isIdentifier(element)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: element.text, module: moduleDoc.path },
        },
      ];
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    civicDefineCalls(),
    {
      name: 'civic-resolve-types',
      packageLinkPhase({ customElementsManifest }) {
        resolveElementTypes(customElementsManifest);
      },
    },
    cleanManifestPlugin(),
    integrationsPlugin(),
  ],
};
