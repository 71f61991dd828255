const QUOTA_ERRORS = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

export const STORAGE_FULL =
  'Storage is full: the browser refused to store more. Delete sources you no longer need (or free disk space) and try again; nothing was changed.';

/** A message for people from anything thrown while handling a request. */
export function describeError(error: unknown): string {
  if (error instanceof DOMException || error instanceof Error) {
    if (QUOTA_ERRORS.has(error.name)) return STORAGE_FULL;
    return error.message || error.name;
  }
  return String(error);
}
