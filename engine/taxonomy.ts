import claimsJson from '../data/claims.json';
import type { Claim } from './types';

/** The claim taxonomy bundled with the product (data/claims.json). */
export const CLAIMS: readonly Claim[] = claimsJson as Claim[];

export function claimByKey(key: string | null): Claim | undefined {
  return key === null ? undefined : CLAIMS.find((t) => t.key === key);
}
