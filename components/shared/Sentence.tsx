interface SentenceProps {
  sentence: string;
  /** Offsets of the figure in the sentence, to emphasise it. */
  start: number;
  end: number;
}

/** A source's sentence, verbatim and as text, with its figure emphasised. */
export function Sentence({ sentence, start, end }: SentenceProps) {
  const valid = start >= 0 && end > start && end <= sentence.length;
  if (!valid) return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, start)}
      <mark>{sentence.slice(start, end)}</mark>
      {sentence.slice(end)}
    </>
  );
}
