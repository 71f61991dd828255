import type { StoreDB } from './schema';

/** `make`'s one object per open store, made on first use: what the background keeps of a store. */
export function onePerStore<T extends object>(make: (db: StoreDB) => T): (db: StoreDB) => T {
  const made = new WeakMap<StoreDB, T>();
  return (db) => {
    let kept = made.get(db);
    if (!kept) {
      kept = make(db);
      made.set(db, kept);
    }
    return kept;
  };
}
