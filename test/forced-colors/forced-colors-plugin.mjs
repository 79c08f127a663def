// @web/test-runner plugin: `emulate-forced-colors` turns Chromium's forced-colors mode on or off for
// the test page. The stock emulateMedia command passes forcedColors on to Playwright only; with the
// Puppeteer launcher this config uses, it is set here through the DevTools protocol.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function forcedColorsPlugin() {
  /** One DevTools session per page: emulation set through a session lasts as long as it does. */
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`emulate-forced-colors needs Puppeteer, not ${session.browser.type}`);
      }
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      const value = payload && payload.active ? 'active' : 'none';
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}
