import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Finds the browsers the real-browser tests, the demo and the bench drive: Chromium (playwright-core)
 * and Firefox ESR (puppeteer-core). Neither is downloaded: they come from the system.
 */

/** A browser found, or one line saying how to get it. */
export type Found = { path: string } | { missing: string };

const runs = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

function onPath(names: readonly string[], searchPath: string): string | null {
  for (const name of names)
    for (const dir of searchPath.split(delimiter).filter(Boolean)) {
      const path = join(dir, name);
      if (runs(path)) return path;
    }
  return null;
}

interface Wanted {
  /** The environment variable that names it. */
  variable: string;
  /** Commands looked for on PATH, in order. */
  commands: readonly string[];
  /** Where it is usually installed, when not on PATH. */
  usual: readonly string[];
  /** How to get it, in a few words. */
  hint: string;
}

const CHROMIUM: Wanted = {
  variable: 'CHROMIUM_PATH',
  commands: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
  usual: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/lib/chromium/chromium',
    '/opt/google/chrome/chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  hint: 'install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to its executable',
};

const FIREFOX: Wanted = {
  variable: 'FIREFOX_PATH',
  commands: ['firefox-esr', 'firefox'],
  usual: ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'],
  hint: 'install it (Debian/Ubuntu: sudo apt-get install firefox-esr) or set FIREFOX_PATH to its executable',
};

function find(wanted: Wanted, env: NodeJS.ProcessEnv, usual = wanted.usual): Found {
  const named = env[wanted.variable];
  if (named) {
    return runs(named)
      ? { path: named }
      : {
          missing: `${wanted.variable}=${named} names no executable file; ${wanted.hint.replace(/ or set .*/, '')} or correct it`,
        };
  }
  const path = onPath(wanted.commands, env.PATH ?? '') ?? usual.find(runs) ?? null;
  if (path) return { path };
  const name = wanted === CHROMIUM ? 'Chromium' : 'Firefox';
  return {
    missing: `${name} was not found (${wanted.commands.join(', ')} on PATH, or the usual places); ${wanted.hint}`,
  };
}

/** Chromium: CHROMIUM_PATH when set, else on PATH, else where it is usually installed. */
export const findChromium = (env: NodeJS.ProcessEnv = process.env, usual = CHROMIUM.usual): Found =>
  find(CHROMIUM, env, usual);
/** Firefox ESR: FIREFOX_PATH when set, else on PATH, else where it is usually installed. */
export const findFirefox = (env: NodeJS.ProcessEnv = process.env, usual = FIREFOX.usual): Found =>
  find(FIREFOX, env, usual);

/** Chromium's executable; throws the one-line hint when there is none (callers print it and stop). */
export function chromiumPath(): string {
  const found = findChromium();
  if ('missing' in found) throw new BrowserMissing(found.missing);
  return found.path;
}

/** No browser to drive: its message is the one line to print, with no stack trace. */
export class BrowserMissing extends Error {
  override name = 'BrowserMissing';
}
