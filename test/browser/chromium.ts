// The Chromium the browser tests run, headless: the one CHROMIUM_PATH names, or else the first
// found where systems install it. Never a downloaded browser, nothing that phones home.
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian, Ubuntu, Fedora, Arch, Homebrew and the macOS installers put it. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The browser to run: CHROMIUM_PATH when set, else the first candidate that can run. */
export function findChromium(
  env: Record<string, string | undefined> = process.env,
  candidates: readonly string[] = CHROMIUM_CANDIDATES,
): string {
  const named = env.CHROMIUM_PATH;
  if (named) {
    if (!runnable(named)) {
      throw new Error(
        `CHROMIUM_PATH is ${named}, which is not a program that can run. Point it at Chromium or Chrome.`,
      );
    }
    return named;
  }
  const found = candidates.find(runnable);
  if (found) return found;
  throw new Error(
    `No Chromium or Chrome found for the browser tests (looked in ${candidates.join(', ')}). Install one, or set CHROMIUM_PATH to its program, e.g. CHROMIUM_PATH=/path/to/chromium npm test.`,
  );
}

function runnable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
