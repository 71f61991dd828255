import type { Token } from './tokens';

/** A source named in a sentence, and the tokens whose figures it covers. */
export interface SourceMention {
  name: string;
  /** Figures starting in [coversFrom, coversTo) are attributed to it. */
  coversFrom: number;
  coversTo: number;
  /** Lower ranks win: 0 "claimed by X" right after a figure, 1 "X says ...", 2 "according to X", 3 ", X said". */
  rank: number;
}

const REPORTING = new Set([
  'says',
  'said',
  'say',
  'claims',
  'claimed',
  'claim',
  'estimates',
  'estimated',
  'estimate',
  'reported',
  'reports',
  'report',
  'stated',
  'states',
  'believes',
  'believe',
  'believed',
  'announced',
  'announces',
  'insists',
  'insisted',
  'told',
  'added',
  'adds',
  'confirmed',
  'confirms',
  'alleged',
  'alleges',
  'wrote',
  'writes',
  'suggests',
  'suggested',
  'show',
  'shows',
  'showed',
]);
const STOP = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'that',
  'which',
  'who',
  'while',
  'and',
  'but',
  'as',
  'when',
  'after',
  'before',
  'since',
  'if',
  'because',
  'though',
]);
/** Verbs that end a name after "according to" (nouns such as "estimates" do not). */
const SPEECH = new Set(['said', 'says', 'told', 'added', 'claimed', 'stated']);
/** Adverbs between a subject and its reporting verb: "Moscow later said". */
const SUBJECT_ADVERBS = new Set([
  'later',
  'also',
  'previously',
  'earlier',
  'now',
  'again',
  'recently',
  'repeatedly',
  'then',
  'has',
  'had',
  'have',
]);
const TIME_WORDS = new Set([
  'last',
  'this',
  'next',
  'on',
  'in',
  'earlier',
  'later',
  'yesterday',
  'today',
  'since',
]);
const BY_PHRASES = new Set([
  'claimed',
  'estimated',
  'reported',
  'cited',
  'released',
  'published',
  'given',
  'provided',
]);
const MAX_NAME = 8;

/** Finds who a sentence credits its figures to: "according to X", "X says", "claimed by X", ", X said". */
export function findSources(
  tokens: readonly Token[],
  from: number,
  to: number,
  text: string,
): SourceMention[] {
  const mentions: SourceMention[] = [];
  const span = (a: number, b: number) => cleanName(text.slice(tokens[a]!.start, tokens[b - 1]!.end));
  for (let i = from; i < to; i++) {
    const tok = tokens[i]!;
    if (tok.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const end = nameEnd(tokens, i + 2, to);
      if (end > i + 2) mentions.push({ name: span(i + 2, end), coversFrom: from, coversTo: to, rank: 2 });
    } else if (BY_PHRASES.has(tok.lower) && tokens[i + 1]?.lower === 'by') {
      const end = nameEnd(tokens, i + 2, to);
      if (end > i + 2)
        mentions.push({ name: span(i + 2, end), coversFrom: Math.max(from, i - 12), coversTo: i, rank: 0 });
    } else if (REPORTING.has(tok.lower) && i > from) {
      const subject = subjectBefore(tokens, i, from);
      if (subject === null) continue;
      const afterComma = tokens[subject - 1]?.text === ',';
      let subjectEnd = i;
      while (subjectEnd > subject + 1 && SUBJECT_ADVERBS.has(tokens[subjectEnd - 1]!.lower)) subjectEnd--;
      const name = span(subject, subjectEnd);
      if (afterComma) mentions.push({ name, coversFrom: from, coversTo: to, rank: 3 });
      else mentions.push({ name, coversFrom: i + 1, coversTo: to, rank: 1 });
    }
  }
  return mentions;
}

/** Picks the mention that covers a figure starting at token `at`: the lowest rank, the later of equals. */
export function attributionFor(mentions: readonly SourceMention[], at: number): string | null {
  let best: SourceMention | null = null;
  for (const m of mentions) {
    if (at >= m.coversFrom && at < m.coversTo && (!best || m.rank <= best.rank)) best = m;
  }
  return best?.name ?? null;
}

/** The noun phrase after "according to": up to a comma, a stop word or a number. */
function nameEnd(tokens: readonly Token[], start: number, to: number): number {
  let end = start;
  while (end < to && end - start < MAX_NAME) {
    const tok = tokens[end]!;
    if (
      tok.kind === 'num' ||
      tok.kind === 'break' ||
      (tok.kind === 'sym' && /[,.;:()"“”!?]/.test(tok.text) && !isDotted(tokens, end))
    )
      break;
    if ((STOP.has(tok.lower) && tok.lower !== 'and') || SPEECH.has(tok.lower) || TIME_WORDS.has(tok.lower))
      break;
    end++;
  }
  return end;
}

/** The subject right before a reporting verb, at the start of the sentence or after a comma. */
function subjectBefore(tokens: readonly Token[], verb: number, from: number): number | null {
  let start = verb;
  while (start > from && verb - start < 6) {
    const prev = tokens[start - 1]!;
    if (prev.kind === 'sym' && !isDotted(tokens, start - 1) && prev.text !== "'" && prev.text !== '-') break;
    if (prev.kind !== 'word' && prev.kind !== 'sym') return null;
    if (STOP.has(prev.lower)) return null;
    start--;
  }
  if (start === verb) return null;
  const boundary = tokens[start - 1];
  if (start !== from && boundary?.text !== ',') return null;
  const hasSource = tokens
    .slice(start, verb)
    .some((t) => /^\p{Lu}/u.test(t.text) || SOURCE_NOUNS.has(t.lower));
  return hasSource ? start : null;
}

const SOURCE_NOUNS = new Set([
  'officials',
  'sources',
  'army',
  'military',
  'ministry',
  'intelligence',
  'analysts',
  'experts',
  'maps',
  'data',
  'figures',
  'estimates',
  'bloggers',
  'commanders',
  'observers',
  'monitors',
  'government',
]);

/** A dot inside an abbreviation such as "U.S.". */
function isDotted(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i]!;
  if (tok.text !== '.') return false;
  const prev = tokens[i - 1];
  return !!prev && prev.kind === 'word' && prev.text.length === 1;
}

function cleanName(name: string): string {
  return name
    .replace(/^(the|a|an)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}
