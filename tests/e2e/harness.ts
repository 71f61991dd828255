import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import type { BackgroundRequest, Result } from '../../protocol/messages';
import { chromiumPath } from './browsers';
import { buildDirectory } from './build';

/** Generous: the machine is small and shared with concurrent builds. */
export const ACTION_TIMEOUT = 30_000;

export interface RecordedRequest {
  url: string;
  /** The page or service worker that made it. */
  madeBy: string;
}

export interface ConsoleProblem {
  text: string;
  /** The page or service worker that reported it. */
  reportedBy: string;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Every request any page or service worker of the browser made, in order. */
  requests: RecordedRequest[];
  /** Every console error and uncaught exception of any page or service worker. */
  problems: ConsoleProblem[];
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

function chromiumArguments(extensionDirectory: string): string[] {
  return [
    `--disable-extensions-except=${extensionDirectory}`,
    `--load-extension=${extensionDirectory}`,
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

async function extensionServiceWorker(context: BrowserContext): Promise<Worker> {
  const isExtension = (worker: Worker): boolean => worker.url().startsWith('chrome-extension://');
  return (
    context.serviceWorkers().find(isExtension) ??
    (await context.waitForEvent('serviceworker', { predicate: isExtension, timeout: ACTION_TIMEOUT }))
  );
}

/** Who made a request: a service worker, a tab's navigation, or a frame (one not yet created, for a tab the extension opens). */
function requester(request: Request): string {
  const worker = request.serviceWorker()?.url();
  if (worker) return worker;
  if (request.isNavigationRequest()) return 'tab navigation';
  try {
    return request.frame().url();
  } catch {
    return 'a frame not yet created';
  }
}

function record(context: BrowserContext, requests: RecordedRequest[], problems: ConsoleProblem[]): void {
  context.on('request', (request) => {
    requests.push({ url: request.url(), madeBy: requester(request) });
  });
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const reportedBy = message.page()?.url() ?? message.worker()?.url() ?? message.location().url;
    problems.push({ text: message.text(), reportedBy });
  });
  context.on('weberror', (webError) => {
    const reportedBy = webError.page()?.url() ?? webError.location().url;
    problems.push({ text: String(webError.error()), reportedBy });
  });
}

export interface LaunchOptions {
  headless?: boolean;
  /**
   * Hosts the extension may script, as a click on its toolbar button grants for the active tab
   * (`activeTab`): automation cannot click that button, so the copy's manifest asks for them.
   */
  hostAccess?: string[];
  /** The unpacked extension to load, when not the built extension for Chrome. */
  extensionDirectory?: string;
  /** Leaves open the welcome page the extension opens on install; by default it is closed. */
  keepWelcome?: boolean;
}

/**
 * Launches Chromium with a copy of the extension's Chrome build in a fresh profile, recording every
 * request and console error. The copy keeps the running browser apart from later rebuilds.
 */
export async function launchExtensionBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const workDirectory = mkdtempSync(join(tmpdir(), 'kcc-browser-'));
  const extensionDirectory = join(workDirectory, 'extension');
  cpSync(options.extensionDirectory ?? buildDirectory('chrome-mv3'), extensionDirectory, { recursive: true });
  if (options.hostAccess) grantHosts(extensionDirectory, options.hostAccess);
  const context = await chromium
    .launchPersistentContext(join(workDirectory, 'profile'), {
      executablePath: chromiumPath(),
      headless: options.headless ?? true,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: chromiumArguments(extensionDirectory),
      viewport: { width: 1280, height: 900 },
    })
    .catch((error: unknown) => {
      rmSync(workDirectory, { recursive: true, force: true });
      throw error;
    });
  context.setDefaultTimeout(ACTION_TIMEOUT);
  const requests: RecordedRequest[] = [];
  const problems: ConsoleProblem[] = [];
  record(context, requests, problems);
  const worker = await extensionServiceWorker(context);
  const extensionId = new URL(worker.url()).host;
  if (!options.keepWelcome) await (await welcomePage(context, extensionId))?.close();
  return {
    context,
    extensionId,
    requests,
    problems,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    close: async () => {
      await context.close();
      rmSync(workDirectory, { recursive: true, force: true });
    },
  };
}

/**
 * The tab with the welcome page the extension opens when it is installed, once it is there; null when
 * none opens within `timeoutMs`.
 */
export async function welcomePage(
  context: BrowserContext,
  extensionId: string,
  timeoutMs = 10_000,
): Promise<Page | null> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = context.pages().find((candidate) => candidate.url().startsWith(url));
    if (page) return page;
    if (Date.now() > deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Stops the extension's service worker at once, as the browser does to an idle or misbehaving one;
 * `page` is any page of the browser, through which it is asked.
 */
export async function stopServiceWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((version) => version.runningStatus === 'stopped')) resolve();
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const gaveUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('The service worker did not stop.')), ACTION_TIMEOUT);
  });
  await Promise.race([stopped, gaveUp]).finally(() => clearTimeout(timer));
  await cdp.detach();
}

function grantHosts(extensionDirectory: string, hosts: string[]): void {
  const path = join(extensionDirectory, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...hosts];
  writeFileSync(path, JSON.stringify(manifest));
}

/**
 * Sends a request to the extension's background from one of its pages, as the options page does;
 * throws when the background refuses it.
 */
export async function askBackground(extensionPage: Page, request: BackgroundRequest): Promise<unknown> {
  const reply = (await extensionPage.evaluate(
    (message) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(message),
    request,
  )) as Result<unknown>;
  if (!reply.ok) throw new Error(`${request.type} failed: ${reply.error}`);
  return reply.value;
}
