import { describe, expect, it } from 'vitest';
import { extract } from '../../../engine/index';

/** The names every plain object answers to: "constructor", "toString", "__proto__"… */
const OBJECT_NAMES = Object.getOwnPropertyNames(Object.prototype);
const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

describe("words named like an object's own properties", () => {
  it.each(OBJECT_NAMES)('"%s" is no month: the figure keeps the article\'s date', (name) => {
    for (const text of [
      `Ukrainian forces held 500 square kilometres of Kursk by ${capitalised(name)} 12, officials said.`,
      `By early ${capitalised(name)}, Ukraine held 500 square kilometres of the Kursk region.`,
      `Ukraine held 500 square kilometres in Kursk last ${capitalised(name)}, the general said.`,
    ]) {
      const figures = extract(text, { published: '2025-02-15' });
      expect(figures.map((f) => f.text)).toEqual(['500 square kilometres']);
      expect(figures[0]!.asOf, text).toBe('2025-02-15');
    }
  });

  it.each(OBJECT_NAMES)('"%s" is no number, multiplier or unit', (name) => {
    for (const text of [
      `Some ${name} thousand troops entered Kursk, Kyiv said.`,
      `Ukraine took 40 ${name} of land in Kursk, Kyiv said.`,
      `Kyiv sent 3 ${name} ${name} of aid to Kursk.`,
    ]) {
      for (const figure of extract(text, { published: '2025-02-15' })) {
        expect(typeof figure.value === 'number' || DATE.test(String(figure.value)), text).toBe(true);
        expect(figure.asOf === null || DATE.test(figure.asOf), text).toBe(true);
        expect(String(figure.unit), text).not.toMatch(/function|native/);
      }
    }
  });
});
