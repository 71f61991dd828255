import type { z } from 'zod';

const SHOWN_ISSUES = 3;

/** `["sources", 3, "published"]` → `sources[3].published`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** A readable account of what failed validation: `sources[3].published: expected YYYY-MM-DD`. */
export function describeIssues(error: z.ZodError): string {
  const lines = error.issues.slice(0, SHOWN_ISSUES).map((issue) => {
    const where = issuePath(issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length - SHOWN_ISSUES;
  return more > 0 ? `${lines.join('; ')}; and ${more} more` : lines.join('; ');
}

/** Parses `input` with `schema`, or throws an Error whose message says what is wrong, after `context`. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, context: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(`${context}: ${describeIssues(result.error)}`);
  return result.data;
}
