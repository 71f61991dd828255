/**
 * A table by word that answers only for its own words. A plain object also answers for the names every
 * object has: "Constructor 12" was read as a date in a month named after a function.
 */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
