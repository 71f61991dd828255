/**
 * The longest each field of a source may be, in characters (as JavaScript counts them). Enforced on
 * add, edit and import by the source schema (data/schema.ts) and shown by the forms before saving.
 * Far above any real article (the bundled ones: titles under 130 characters, texts under 6,000).
 */
export const MAX_LENGTH = {
  outlet: 200,
  title: 500,
  byline: 500,
  url: 2_000,
  text: 500_000,
} as const;

export type LimitedField = keyof typeof MAX_LENGTH;

const FIELD_NAME: Record<LimitedField, string> = {
  outlet: 'Outlet',
  title: 'Title',
  byline: 'Byline',
  url: 'Address',
  text: 'Text',
};

/** 100000 → "100,000", without Intl. */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "Title is 100,000 characters; the limit is 500." (`name` in place of "Title": "the title is …"). */
export function lengthMessage(field: LimitedField, length: number, name: string = FIELD_NAME[field]): string {
  return `${name} is ${grouped(length)} characters; the limit is ${grouped(MAX_LENGTH[field])}.`;
}

/** Why the value is too long for the field, or null when it fits. */
export function lengthProblem(field: LimitedField, value: string | null | undefined): string | null {
  return value != null && value.length > MAX_LENGTH[field] ? lengthMessage(field, value.length) : null;
}
