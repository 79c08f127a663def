import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The msw service worker (public/mockServiceWorker.js) is served from the Storybook root.
  staticDirs: ['../public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal(config) {
    // Quiet builds: no per-chunk listing; Storybook's own chunks are large by nature.
    return {
      ...config,
      logLevel: 'warn',
      build: {
        ...config.build,
        reportCompressedSize: false,
        chunkSizeWarningLimit: 4096,
        rolldownOptions: { ...config.build?.rolldownOptions, checks: { pluginTimings: false } },
      },
    };
  },
};

export default config;
