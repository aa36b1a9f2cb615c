// Browser tests drive the system Chromium through playwright-core; nothing downloads a browser.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium executable: `$CHROMIUM_PATH`, else the usual system locations. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, ...CANDIDATES].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests: install it with `sudo apt-get install -y chromium` (or set CHROMIUM_PATH).',
    );
  }
  return found;
}

/** Launch the system Chromium headless. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}
