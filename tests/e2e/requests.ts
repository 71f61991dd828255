import type { ConsoleProblem, RecordedRequest } from './harness';

/** Requests to anything but the extension itself, data: and blob: URLs and the local article server. */
export function requestsElsewhere(
  requests: readonly RecordedRequest[],
  articleOrigin: string,
  extensionId: string,
): RecordedRequest[] {
  return requests.filter(({ url }) => {
    const { protocol, host, origin } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:') return false;
    if (protocol === 'chrome-extension:') return host !== extensionId;
    return origin !== articleOrigin;
  });
}

export const problemsOn = (problems: readonly ConsoleProblem[], urlPrefix: string): ConsoleProblem[] =>
  problems.filter(({ reportedBy }) => reportedBy.startsWith(urlPrefix));
