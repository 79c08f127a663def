import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import { initialize, mswLoader } from 'msw-storybook-addon';
import manifest from '../custom-elements.json';
import { MOCK_API_BASE } from '../test/mocks/handlers.js';
import { storybookManifest } from './storybook-manifest.js';
import { GLOBAL_TYPES, INITIAL_GLOBALS, withStoryFrame } from './story-frame.js';

// Autodocs tables (properties, slots, parts, events) come from `cem analyze`: the public API only.
setCustomElementsManifest(storybookManifest(manifest));

initialize({
  quiet: true,
  serviceWorker: { url: './mockServiceWorker.js' },
  // A story that calls the mocked API without a scenario is a bug in the story: say so loudly.
  onUnhandledRequest(request, print) {
    if (new URL(request.url).pathname.startsWith(`${MOCK_API_BASE}/`)) print.error();
  },
});

const preview: Preview = {
  loaders: [mswLoader],
  decorators: [withStoryFrame],
  globalTypes: GLOBAL_TYPES,
  initialGlobals: INITIAL_GLOBALS,
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // Axe runs on every story in the a11y panel; violations are errors, not to-dos.
    a11y: { test: 'error' },
  },
};

export default preview;
