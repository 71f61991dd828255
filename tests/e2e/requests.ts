import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDirectory } from './build';
import type { ConsoleProblem, RecordedRequest } from './harness';

/** The files the built extension lets its content script load from pages, as paths ("/popover-view.js"). */
function webAccessiblePaths(): Set<string> {
  const manifest = JSON.parse(readFileSync(join(buildDirectory('chrome-mv3'), 'manifest.json'), 'utf8')) as {
    web_accessible_resources?: Array<{ resources: string[] }>;
  };
  return new Set(
    (manifest.web_accessible_resources ?? []).flatMap(({ resources }) => resources.map((r) => `/${r}`)),
  );
}

/**
 * Requests to anything but the extension itself, data: and blob: URLs and the local article server. The
 * extension's web-accessible files are served at an address of their own that changes every session
 * (`use_dynamic_url`), so a request for one of them counts as the extension's.
 */
export function requestsElsewhere(
  requests: readonly RecordedRequest[],
  articleOrigin: string,
  extensionId: string,
): RecordedRequest[] {
  const ownFiles = webAccessiblePaths();
  return requests.filter(({ url }) => {
    const { protocol, host, origin, pathname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:') return false;
    if (protocol === 'chrome-extension:') return host !== extensionId && !ownFiles.has(pathname);
    return origin !== articleOrigin;
  });
}

export const problemsOn = (problems: readonly ConsoleProblem[], urlPrefix: string): ConsoleProblem[] =>
  problems.filter(({ reportedBy }) => reportedBy.startsWith(urlPrefix));
