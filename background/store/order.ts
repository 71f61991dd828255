/** Orders strings by their UTF-16 code units, as IndexedDB orders string keys (not by locale). */
export const codeUnitOrder = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
