// The browser tests need a Chromium; they must never be skipped silently. On a fresh Debian machine, as root, this
// installs Debian's package (Playwright's own browser download cannot work offline); otherwise it says how.
import { accessSync, constants } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROME_PATH || '/usr/bin/chromium';
const exists = () => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const canInstall = !process.env.CHROME_PATH && process.getuid?.() === 0 && process.env.WAYMARK_NO_APT !== '1';
if (!exists() && canInstall) {
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    console.log(`No Chromium at ${path}: installing Debian's chromium package (set WAYMARK_NO_APT=1 to stop this).`);
    execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium', { stdio: 'inherit' });
  } catch {
    // Fall through to the message below.
  }
}
if (!exists()) {
  console.error(`\nNo Chromium at ${path}: the browser tests need one.
Install Debian's Chromium:   sudo apt-get update && sudo apt-get install -y chromium
or point CHROME_PATH at a Chromium or Chrome binary:   CHROME_PATH=/path/to/chrome npm test\n`);
  process.exit(1);
}
