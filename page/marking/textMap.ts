/** A piece of a block's text: a text node, or `null` for a line break (`<br>`), which reads as "\n". */
export type TextPiece = Text | null;

export const LINE_BREAK = '\n';

const lengthOf = (piece: TextPiece): number => (piece === null ? LINE_BREAK.length : piece.data.length);

/** The text of a block as the engine reads it. */
export const textOf = (pieces: readonly TextPiece[]): string =>
  pieces.map((piece) => (piece === null ? LINE_BREAK : piece.data)).join('');

/** The part `[start, end)` of one text node. */
export interface Segment {
  node: Text;
  start: number;
  end: number;
}

/**
 * Maps `[start, end)` of the block text back to the text nodes it covers, one segment per node, in
 * order, leaving out empty ones. Returns null when the range crosses a line break.
 */
export function segmentsOf(pieces: readonly TextPiece[], start: number, end: number): Segment[] | null {
  const segments: Segment[] = [];
  let offset = 0;
  for (const piece of pieces) {
    const pieceEnd = offset + lengthOf(piece);
    if (pieceEnd > start && offset < end) {
      if (piece === null) return null;
      const from = Math.max(start, offset) - offset;
      const to = Math.min(end, pieceEnd) - offset;
      if (to > from) segments.push({ node: piece, start: from, end: to });
    }
    if (pieceEnd >= end) break;
    offset = pieceEnd;
  }
  return segments;
}
