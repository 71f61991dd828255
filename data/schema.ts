import { z } from 'zod';
import { lengthMessage, MAX_LENGTH, type LimitedField } from './limits';

/**
 * The largest source file imported, in bytes; larger files are refused before they are read. Room for
 * 10,000 articles of 3 KB, and well under the 64 MiB one browser message may carry to the background.
 */
export const MAX_FILE_BYTES = 40_000_000;

/** The most sources one file may list. */
export const MAX_FILE_SOURCES = 20_000;

/** The longest source id, in characters. */
export const MAX_ID_LENGTH = 200;

/** How far ahead of today (UTC) a publication date may be: the reader's day can be ahead of UTC. */
const FUTURE_ALLOWANCE_MS = 24 * 60 * 60 * 1000;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'not a real calendar date')
  .refine((value) => {
    const latest = new Date(Date.now() + FUTURE_ALLOWANCE_MS).toISOString().slice(0, 10);
    return !(value > latest);
  }, 'is in the future: a publication date may be at most a day after today');

const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// address' });

/** A string with something other than white space in it. */
const nonBlank = z.string().regex(/\S/, 'is empty or only spaces');

/** The limit of a field's length (data/limits.ts), with a message naming the field and the limit. */
const limitOf = (field: LimitedField) =>
  [
    MAX_LENGTH[field],
    { error: (issue: { input?: unknown }) => lengthMessage(field, String(issue.input ?? '').length) },
  ] as const;

export const sourceSchema = z.object({
  id: z.string().min(1, 'is empty').max(MAX_ID_LENGTH, `is longer than ${MAX_ID_LENGTH} characters`),
  file: z.string().min(1).nullable(),
  outlet: nonBlank.max(...limitOf('outlet')),
  title: nonBlank.max(...limitOf('title')),
  byline: z
    .string()
    .max(...limitOf('byline'))
    .nullable(),
  published: isoDate,
  publishedNote: z.string().nullable(),
  url: httpUrl.max(...limitOf('url')).nullable(),
  text: nonBlank.max(...limitOf('text')),
  /** Whether comparisons use the source; absent means enabled. Written by exports. */
  enabled: z.boolean().optional(),
});

export type Source = z.infer<typeof sourceSchema>;

/** A source file: strict, so a field the extension does not know is refused rather than dropped. */
export const sourceFileSchema = z.strictObject({
  format: z.literal('kursk-cross-check/sources'),
  version: z.literal(1),
  sources: z.array(z.strictObject(sourceSchema.shape)),
});

export type SourceFile = z.infer<typeof sourceFileSchema>;

/** Why a file of `bytes` bytes is refused, or null when it is small enough to import. */
export function fileSizeProblem(bytes: number): string | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  const megabytes = (n: number) => (Math.ceil(n / 100_000) / 10).toLocaleString('en-US');
  return `The file is too large: ${megabytes(bytes)} MB. Files of up to ${megabytes(MAX_FILE_BYTES)} MB can be imported; split it into smaller files.`;
}
