/** Debian's Chromium unless CHROME_PATH names another; Playwright's own browser download cannot work offline. */
export function chromiumPath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

/** Flags for headless Chromium as root on a machine with no network but loopback. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Chromium 156's headless browser loads its omnibox popup (a WebUI page) in a renderer of its own beside every new
  // window, busy for over a second in a traced load while the page under test loaded, on the same two cores. Build
  // 156.0.8078.114 adds a second such page, the "AIM" popup, which the first feature name does not cover.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,PreloadTopChromeWebUI',
];
