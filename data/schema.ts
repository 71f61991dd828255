import { z } from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'not a real calendar date');

const httpUrl = z.url({ protocol: /^https?$/ });

export const sourceSchema = z.object({
  id: z.string().min(1),
  file: z.string().min(1).nullable(),
  outlet: z.string().min(1),
  title: z.string().min(1),
  byline: z.string().nullable(),
  published: isoDate,
  publishedNote: z.string().nullable(),
  url: httpUrl.nullable(),
  text: z.string().min(1),
  /** Whether comparisons use the source; absent means enabled. Written by exports. */
  enabled: z.boolean().optional(),
});

export type Source = z.infer<typeof sourceSchema>;

export const sourceFileSchema = z.object({
  format: z.literal('kursk-cross-check/sources'),
  version: z.literal(1),
  sources: z.array(sourceSchema),
});

export type SourceFile = z.infer<typeof sourceFileSchema>;
