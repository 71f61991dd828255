import * as chrono from 'chrono-node';
import { DateTimeRecognizer } from '@microsoft/recognizers-text-date-time';
import { NumberWithUnitRecognizer } from '@microsoft/recognizers-text-number-with-unit';
import type { Unit } from '../engine/types';
import type { ScoredFigure } from '../tests/score';

/** A reader of figures in a paragraph: returns spans with value and unit in the CLI's vocabulary. */
export type Reader = (text: string, published: string) => ScoredFigure[];

const RECOGNIZER_UNITS: Record<string, Unit> = {
  'Square kilometer': 'km2',
  'Square mile': 'mi2',
  Kilometer: 'km',
  Mile: 'mi',
  Dollar: 'usd',
  'United States dollar': 'usd',
};

const numberWithUnit = new NumberWithUnitRecognizer('en-us');
const dimension = numberWithUnit.getDimensionModel();
const currency = numberWithUnit.getCurrencyModel();
const dateTime = new DateTimeRecognizer('en-us').getDateTimeModel();

interface RecognizerResult {
  start: number;
  end: number;
  resolution?: { value?: string | null; unit?: string; values?: Array<{ timex?: string; value?: string }> };
}

/** Recognizers-Text number-with-unit models (dimension and currency), built once. */
export const recognizersNumberWithUnit: Reader = (text) =>
  [...dimension.parse(text), ...currency.parse(text)].flatMap((r: RecognizerResult) => {
    const unit = RECOGNIZER_UNITS[r.resolution?.unit ?? ''];
    const value = Number(r.resolution?.value);
    return unit && Number.isFinite(value) ? [{ start: r.start, end: r.end + 1, value, unit }] : [];
  });

/** Recognizers-Text date-time model, built once. Dates resolve to the first candidate, like "5 March" → this year's. */
export const recognizersDateTime: Reader = (text, published) =>
  dateTime.parse(text, new Date(`${published}T12:00:00Z`)).flatMap((r: RecognizerResult) => {
    const first = r.resolution?.values?.[0];
    const timex = first?.timex ?? '';
    const value = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(timex) ? timex : (first?.value?.slice(0, 10) ?? null);
    return value ? [{ start: r.start, end: r.end + 1, value, unit: 'date' as const }] : [];
  });

/** chrono-node: dates only, at the precision the text gives. */
export const chronoDates: Reader = (text, published) =>
  chrono.parse(text, new Date(`${published}T12:00:00Z`)).map((r) => {
    const known = (c: 'year' | 'month' | 'day') => r.start.isCertain(c);
    const y = String(r.start.get('year'));
    const m = String(r.start.get('month')).padStart(2, '0');
    const d = String(r.start.get('day')).padStart(2, '0');
    const value = known('day') ? `${y}-${m}-${d}` : known('month') ? `${y}-${m}` : y;
    return { start: r.index, end: r.index + r.text.length, value, unit: 'date' as const };
  });
