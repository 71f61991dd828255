/** Random lowercase letters, from the browser's cryptographic generator. */
export function randomLetters(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => String.fromCharCode(97 + (byte % 26))).join('');
}

/**
 * A valid custom element name that no page can know in advance, so that none can define it first or
 * write style rules for it. Made anew by each content script in each page.
 */
export const randomElementName = (): string => `${randomLetters(6)}-${randomLetters(8)}`;

/**
 * An attribute name no page can know in advance: `data-` and twelve random letters (26^12 names), so
 * that no page can select, style or pre-empt it.
 */
export const randomAttributeName = (): string => `data-${randomLetters(12)}`;
