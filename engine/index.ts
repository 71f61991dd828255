import { extract as extractWith } from './extract';
export { distinctFigures } from './extract';
import { CLAIMS } from './taxonomy';
import type { ExtractOptions, Figure } from './types';

export type * from './types';
export {
  compare,
  direction,
  judgeAgainst,
  judgeAll,
  overall,
  pullerAmong,
  reasonOf,
  whyOf,
  type Judged,
  type Judgement,
  type Puller,
  type Tally,
} from './compare';
export { normalize, KM2_PER_MI2, DIMENSION_OF } from './normalize';
export { derive, operandClaims, restsOn, RELATIONS, type DerivedFigure, type Relation } from './derive';
export { claimSide, type Side } from './sides';
export { CLAIMS, claimByKey } from './taxonomy';

/** Extracts the figures of an article with the bundled claim taxonomy. */
export function extract(
  text: string,
  options: Omit<ExtractOptions, 'claims'> & Pick<ExtractOptions, 'claims'> = {},
): Figure[] {
  return extractWith(text, { claims: CLAIMS, ...options });
}
