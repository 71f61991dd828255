import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDirectory } from './build';
import type { ConsoleProblem, RecordedRequest } from './harness';

/** The files the built extension lets pages load, as paths ("/popover-frame.html"). */
function webAccessiblePaths(): Set<string> {
  const manifest = JSON.parse(readFileSync(join(buildDirectory('chrome-mv3'), 'manifest.json'), 'utf8')) as {
    web_accessible_resources?: Array<{ resources: string[] }>;
  };
  return new Set(
    (manifest.web_accessible_resources ?? []).flatMap(({ resources }) => resources.map((r) => `/${r}`)),
  );
}

/**
 * True for a request for one of the extension's own files. Its web-accessible files are served at an
 * address of their own that changes every session (`use_dynamic_url`) as well as at the extension's.
 */
export function isExtensionFile(url: string, extensionId: string): boolean {
  const { protocol, host, pathname } = new URL(url);
  return protocol === 'chrome-extension:' && (host === extensionId || webAccessiblePaths().has(pathname));
}

/** Requests to anything but the extension itself, data: and blob: URLs and the local article server. */
export function requestsElsewhere(
  requests: readonly RecordedRequest[],
  articleOrigin: string,
  extensionId: string,
): RecordedRequest[] {
  return requests.filter(({ url }) => {
    const { protocol, origin } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:' || isExtensionFile(url, extensionId)) return false;
    return protocol === 'chrome-extension:' || origin !== articleOrigin;
  });
}

export const problemsOn = (problems: readonly ConsoleProblem[], urlPrefix: string): ConsoleProblem[] =>
  problems.filter(({ reportedBy }) => reportedBy.startsWith(urlPrefix));
