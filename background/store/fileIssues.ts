import { lengthMessage, MAX_LENGTH, type LimitedField } from '../../data/limits';
import type { z } from 'zod';

/** How many problems an import error lists before "and N more problems". */
export const SHOWN_PROBLEMS = 3;

/** Said after every refused import: the store is as it was. */
export const NOTHING_IMPORTED = 'Nothing was imported.';

/** The longest title quoted in a problem, in characters. */
const TITLE_CHARS = 60;

/** What each field of a source is called in a sentence. */
const FIELD_NAMES: Record<string, string> = {
  id: 'the id',
  file: 'the file name',
  outlet: 'the outlet',
  title: 'the title',
  byline: 'the byline',
  published: 'the published date',
  publishedNote: 'the note on the published date',
  url: 'the address',
  text: 'the text',
  enabled: 'the “enabled” field',
};

/** What a field of a source must hold, said after "must be". */
const FIELD_KINDS: Record<string, string> = {
  id: 'text',
  file: 'text or null',
  outlet: 'text',
  title: 'text',
  byline: 'text or null',
  published: 'a date written YYYY-MM-DD',
  publishedNote: 'text or null',
  url: 'an address or null',
  text: 'text',
  enabled: 'true or false',
};

/** The kind of a JSON value, in words: "a number", "a list". */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return 'nothing';
  }
}

/** A value quoted for a sentence, shortened when long. */
function quoted(value: unknown): string {
  if (typeof value === 'number') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const short = text.length > TITLE_CHARS ? `${text.slice(0, TITLE_CHARS - 1)}…` : text;
  return `“${short}”`;
}

function at(value: unknown, key: PropertyKey): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
}

function has(value: unknown, key: PropertyKey): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key);
}

/** "Source 3" or "Source 1 (‘Kyiv claims 1,000 km²’)", numbered from 1 as a reader counts. */
export function sourceLabel(index: number, record: unknown): string {
  const title = at(record, 'title');
  if (typeof title !== 'string' || !/\S/.test(title)) return `Source ${index + 1}`;
  const clean = title.replace(/\s+/g, ' ').trim();
  const short = clean.length > TITLE_CHARS ? `${clean.slice(0, TITLE_CHARS - 1)}…` : clean;
  return `Source ${index + 1} (‘${short}’)`;
}

function fieldList(keys: readonly string[]): string {
  const names = keys.map((key) => `“${key}”`);
  return names.length === 1
    ? `a field this extension does not know: ${names[0]}`
    : `fields this extension does not know: ${names.join(', ')}`;
}

/** What is wrong with one field of a source, as the end of a sentence about it. */
function fieldProblem(issue: z.core.$ZodIssue, field: string, record: unknown): string {
  const name = FIELD_NAMES[field] ?? `the field “${field}”`;
  const present = has(record, field);
  const value = at(record, field);
  if (issue.code === 'invalid_type') {
    if (!present) return `${name} is missing.`;
    return `${name} must be ${FIELD_KINDS[field] ?? issue.expected}, not ${kindOf(value)}.`;
  }
  if (issue.code === 'too_big' && typeof value === 'string' && field in MAX_LENGTH)
    return lengthMessage(field as LimitedField, value.length, name);
  if (field === 'url') return `the address must start with http:// or https:// (it is ${quoted(value)}).`;
  if (field === 'published') {
    if (issue.code === 'invalid_format')
      return `the published date must be written YYYY-MM-DD, like 2025-03-16 (it is ${quoted(value)}).`;
    if (issue.message.startsWith('is in the future'))
      return `the published date ${quoted(value)} is in the future; it may be at most a day after today.`;
    return `the published date ${quoted(value)} is not a real calendar date.`;
  }
  if (issue.code === 'too_small') return `${name} is empty.`;
  if (issue.code === 'too_big') return `${name} is too long: ${issue.message.replace(/^is /, '')}.`;
  if (issue.code === 'invalid_format') return `${name} is empty or only spaces.`;
  return `${name}: ${issue.message}.`;
}

/** One problem of a source file, as a sentence. */
function problem(issue: z.core.$ZodIssue, file: unknown): string {
  const [top, index, field] = issue.path;
  if (top === undefined) {
    if (issue.code === 'unrecognized_keys') return `The file has ${fieldList(issue.keys)}.`;
    return `The file is not a source file: it holds ${kindOf(file)}, not an object with “format”, “version” and “sources”.`;
  }
  if (top === 'format') {
    const format = at(file, 'format');
    return format === undefined
      ? 'The file is not a Kursk cross-check source file: it names no “format”.'
      : `The file is not a Kursk cross-check source file: its format is ${quoted(format)}.`;
  }
  if (top === 'version') {
    const version = at(file, 'version');
    return version === undefined
      ? 'The file names no “version” of the source-file format.'
      : `The file is version ${quoted(version)} of the source-file format; this extension reads version 1.`;
  }
  if (top === 'sources' && index === undefined) {
    return has(file, 'sources')
      ? `The file’s “sources” must be a list, not ${kindOf(at(file, 'sources'))}.`
      : 'The file has no “sources” list.';
  }
  if (top === 'sources' && typeof index === 'number') {
    const record = at(at(file, 'sources'), index);
    const label = sourceLabel(index, record);
    if (field === undefined) {
      if (issue.code === 'unrecognized_keys') return `${label} has ${fieldList(issue.keys)}.`;
      return `${label} must be an object of fields, not ${kindOf(record)}.`;
    }
    return `${label}: ${fieldProblem(issue, String(field), record)}`;
  }
  return `The file: ${issue.message}.`;
}

/** Issues with at most one per place: a date in the wrong format is not also "not a real date". */
function onePerPlace(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = JSON.stringify(issue.path.map(String));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Why a source file was refused, in plain sentences that name the source (by number and title) and
 * the field: at most {@link SHOWN_PROBLEMS}, then "and N more problems". Starts by saying nothing was
 * imported; one problem a line.
 */
export function describeFileIssues(error: z.ZodError, file: unknown): string {
  const problems = onePerPlace(error.issues).map((issue) => problem(issue, file));
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  const more = problems.length - shown.length;
  if (problems.length === 1) return `${problems[0]} ${NOTHING_IMPORTED}`;
  const heading = `The file has ${problems.length.toLocaleString('en-US')} problems; nothing was imported.`;
  const tail =
    more > 0 ? [`…and ${more.toLocaleString('en-US')} more ${more === 1 ? 'problem' : 'problems'}.`] : [];
  return [heading, ...shown, ...tail].join('\n');
}
