import relationsJson from '../data/relations.json';
import { formatNormalized } from './format';
import { daysApart, isoSpan } from './intervals';
import type { ComparableFigure, Normalized, Qualifier } from './types';

/** One side of a relation: figures of a claim in one unit, at a known time or at any. */
export interface Operand {
  claim: string;
  unit: Normalized['unit'];
  /** The time the operand must describe ("2024-08", the height); without it, each figure gives a result. */
  at?: string;
  /** What the figure is, in words: "retaken", "held at the height". */
  label: string;
}

/** A claim that is arithmetic of two others: share × whole, whole − part, part + part. */
export interface Relation {
  claim: string;
  op: 'times' | 'minus' | 'plus';
  from: [Operand, Operand];
  label: string;
}

/** The relations bundled with the product (data/relations.json). */
export const RELATIONS = relationsJson as Relation[];

/**
 * The claims whose figures the relations need to work out figures of `claim`, at any depth (land still
 * held needs land retaken, which a share retaken gives): none when no relation works it out.
 */
export function operandClaims(claim: string | null, relations: readonly Relation[] = RELATIONS): string[] {
  const needed = new Set<string>();
  const visit = (target: string) => {
    for (const relation of relations) {
      if (relation.claim !== target) continue;
      for (const { claim: operand } of relation.from) {
        if (needed.has(operand)) continue;
        needed.add(operand);
        visit(operand);
      }
    }
  };
  if (claim !== null) visit(claim);
  return [...needed];
}

/** A figure worked out from two others, with the arithmetic in words. */
export interface DerivedFigure<T extends ComparableFigure> extends ComparableFigure {
  derived: true;
  /** The figures it was worked out from (stated or themselves derived). */
  basis: [Basis<T>, Basis<T>];
  /** "64% retaken of 1,268 km² held at the height ≈ 812 km² retaken". */
  words: string;
}

export type Basis<T extends ComparableFigure> = T | DerivedFigure<T>;

/** A figure and the source it comes from: two parts are added only when one source gives both. */
export type SourcedComparable = ComparableFigure & { source: string };

const POINTS: ReadonlySet<Qualifier> = new Set([
  'exact',
  'about',
  'more than',
  'at least',
  'up to',
  'less than',
]);
const FLIP: Partial<Record<Qualifier, Qualifier>> = {
  'more than': 'less than',
  'less than': 'more than',
  'at least': 'up to',
  'up to': 'at least',
};

const numeric = (f: ComparableFigure): number | null =>
  typeof f.normalized.value === 'number' && POINTS.has(f.qualifier) ? f.normalized.value : null;

function describes(f: ComparableFigure, at: string): boolean {
  const a = f.asOf ? isoSpan(f.asOf) : null;
  const b = isoSpan(at);
  return !!a && !!b && daysApart(a, b) === 0;
}

function operandFigures<T extends SourcedComparable>(
  pool: readonly Basis<T>[],
  operand: Operand,
): Basis<T>[] {
  return pool.filter(
    (f) =>
      f.claim === operand.claim &&
      f.normalized.unit === operand.unit &&
      numeric(f) !== null &&
      (!operand.at || describes(f, operand.at)),
  );
}

/** The stated figure nearest the middle of those given: the one a derivation quotes for a fixed time. */
function typical<T extends SourcedComparable>(figures: readonly Basis<T>[]): Basis<T> | null {
  if (figures.length === 0) return null;
  const values = figures.map((f) => numeric(f)!).sort((a, b) => a - b);
  const middle = values[Math.floor((values.length - 1) / 2)]!;
  return figures.reduce((best, f) =>
    Math.abs(numeric(f)! - middle) < Math.abs(numeric(best)! - middle) ? f : best,
  );
}

const written = (f: ComparableFigure) => formatNormalized(f.normalized, f.qualifier);
const phrase = (f: SourcedComparable | DerivedFigure<SourcedComparable>, label: string) =>
  'derived' in f ? `(${f.words})` : `${written(f)} ${label} [${f.source}]`;

function result<T extends SourcedComparable>(
  relation: Relation,
  a: Basis<T>,
  b: Basis<T>,
  varying: Basis<T>,
): DerivedFigure<T> | null {
  const x = numeric(a)!;
  const y = numeric(b)!;
  const raw = relation.op === 'times' ? (x / 100) * y : relation.op === 'minus' ? x - y : x + y;
  if (!(raw > 0)) return null;
  const value = Math.round(raw);
  const unit = relation.op === 'times' ? relation.from[1].unit : relation.from[0].unit;
  const hedge = varying.qualifier === 'exact' || varying.qualifier === 'about' ? null : varying.qualifier;
  const qualifier: Qualifier =
    hedge === null ? 'about' : relation.op === 'minus' && varying === b ? (FLIP[hedge] ?? 'about') : hedge;
  const normalized: Normalized = { value, unit };
  const sign = relation.op === 'times' ? 'of' : relation.op === 'minus' ? '−' : '+';
  let words: string | undefined;
  return {
    derived: true,
    claim: relation.claim,
    value,
    unit: unit === 'km2' ? 'km2' : unit === 'persons' ? 'persons' : 'other',
    qualifier,
    normalized,
    asOf: varying.asOf,
    basis: [a, b],
    // written when first read: a claim of thousands of figures derives thousands, and a popover lists three
    get words() {
      return (words ??= `${phrase(a, relation.from[0].label)} ${sign} ${phrase(b, relation.from[1].label)} ≈ ${formatNormalized(normalized, qualifier)} ${relation.label}`);
    },
  };
}

/**
 * Every figure the relations work out from a pool of stated figures, in the relations' order (a later
 * relation may use an earlier one's results: share retaken → land retaken → land still held). An operand
 * with a time (`at`) takes the stated figure nearest the middle of those at that time; the other operand
 * gives one result per figure; two operands without a time are paired within a source at one as-of date.
 */
export function derive<T extends SourcedComparable>(
  pool: readonly T[],
  relations: readonly Relation[] = RELATIONS,
): DerivedFigure<T>[] {
  const all: Basis<T>[] = [...pool];
  const found: DerivedFigure<T>[] = [];
  for (const relation of relations) {
    const [first, second] = relation.from;
    const firsts = operandFigures(all, first);
    const seconds = operandFigures(all, second);
    const made: DerivedFigure<T>[] = [];
    if (first.at || second.at) {
      const fixed = typical((first.at ? firsts : seconds).filter((f) => !('derived' in f)));
      if (!fixed) continue;
      for (const varying of first.at ? seconds : firsts) {
        const [a, b] = first.at ? [fixed, varying] : [varying, fixed];
        const figure = result(relation, a, b, varying);
        if (figure) made.push(figure);
      }
    } else {
      for (const a of firsts) {
        for (const b of seconds) {
          if (sourceOf(a) !== sourceOf(b) || a.asOf !== b.asOf) continue;
          const figure = result(relation, a, b, a);
          if (figure) made.push(figure);
        }
      }
    }
    all.push(...made);
    found.push(...made);
  }
  return found;
}

function sourceOf<T extends SourcedComparable>(f: Basis<T>): string | null {
  return 'derived' in f ? null : (f as T).source;
}

/** Whether a derived figure rests, at any depth, on `figure`. */
export function restsOn<T extends SourcedComparable>(
  derived: DerivedFigure<T>,
  figure: ComparableFigure,
): boolean {
  return derived.basis.some(
    (b) => b === figure || ('derived' in b && restsOn(b as DerivedFigure<T>, figure)),
  );
}
