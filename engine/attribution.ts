import { wordClass, words } from './words';
import { remembered } from './remembered';
import type { Token } from './tokens';

/** A source named in a sentence, and the tokens whose figures it covers. */
export interface SourceMention {
  /** The words that name the source, cleaned: "Russian Defense Ministry", "Tykhyi", "the statement", "it". */
  name: string;
  /** A title or description written with a person's name: "Ukraine's Foreign Ministry spokesperson". */
  role?: string;
  /** The token where the name starts, and the reporting word ("said"), or the name for "according to X". */
  at: number;
  verb: number;
  /** Figures starting in [coversFrom, coversTo) are attributed to it. */
  coversFrom: number;
  coversTo: number;
  /** Lower ranks win: 0 "claimed by X" right after a figure, 1 "X says ...", 2 "according to X", 3 ", X said". */
  rank: number;
  /** A speaker that says what follows ("X said", "X told"), not a document or a sentence-final "according to". */
  speaker: boolean;
  /** The mention credits what came before: "X said this", "This was reported by X". */
  back?: boolean;
  /** Written as "the …" or "this …": it may point back to a source named earlier ("the ministry"). */
  definite?: boolean;
}

const REPORTING = words(
  'says said say claims claimed claim estimates estimated estimate reported reports report stated states believes believe believed announced announces insists insisted told tells added adds confirmed confirms alleged alleges wrote writes suggests suggested show shows showed explained explains noted notes acknowledged acknowledges predicted warned emphasized emphasised stressed revealed indicated assessed counted conceded admitted posted tweeted argued asserted',
);
/** Verbs that name a quotation's speaker only right after the quotation: '"…," he continued'. */
const QUOTE_VERBS = words('continued concluded reads read asked replied');
/** Words before a reporting word that make it a noun: "a report", "in its statement". */
const NOUN_BEFORE = words(
  'a an the this that its his her their our your in of to by with per for from on whose about over against into under at as',
);
const STOP = words(
  'has have had is are was were will would could can may might that which who while and but as when after before since if because though where what than',
);
/** Verbs that end a name after "according to" (nouns such as "estimates" do not). */
const SPEECH = words('said says told added claimed stated');
/** Adverbs and auxiliaries between a subject and its reporting verb: "Moscow later said", "X has announced". */
const SUBJECT_ADVERBS = words(
  'later also previously earlier now again recently repeatedly then has had have initially officially first separately further publicly',
);
const TIME_WORDS = words('last this next on in earlier later yesterday today since');
const BY_PHRASES = words(
  'claimed estimated reported cited released published given provided stated announced confirmed quoted',
);
/** Documents that stand for whoever issued them: "the statement said", "the figures show". */
export const DOCUMENTS = words(
  'statement report post data figures estimate estimates message update briefing bulletin communique summary tally assessment video footage release',
);
/** The words that may name a source after or before them: each word of a sentence is looked up once. */
const TRIGGER = wordClass(['according', 'per', ...BY_PHRASES, ...REPORTING, ...QUOTE_VERBS]);
/** Words after which a new clause, with a subject of its own, begins: "…, while the Kremlin claimed …". */
const CLAUSE = words('that which while whereas but and');
/** "rejected", "denied": a verb before a reporting word makes it a noun ("rejected reports"). */
const PAST_PARTICIPLE = /^\p{Ll}+ed$/u;
/** Two or three capitalised words: "Oleksandr Syrskyi". */
const PERSON_NAME = /^\p{Lu}\p{Ll}+( \p{Lu}[\p{Ll}'’-]+){1,2}$/u;
const MAX_NAME = 8;
/** "the ministry", "this report": a name that may point back to one named before. */
const DEFINITE = words('the this these');
/** Words before a name that are not part of it. */
const DETERMINERS = words('the a an this these its their');
const MAX_SUBJECT = 14;
/** A word with a capital first letter (its lower-case form differs there). */
const isCap = (t: Token | undefined) =>
  !!t && t.kind === 'word' && t.text.charCodeAt(0) !== t.lower.charCodeAt(0);
const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’']);
/** A symbol is one character (or an emoji's two): its text is looked up, not searched. */
const isQuote = (t: Token | undefined) => !!t && t.kind === 'sym' && QUOTE_MARKS.has(t.text);
/** Symbols that end a name after "according to". */
const NAME_ENDS = new Set([',', '.', ';', ':', '(', ')', '"', '“', '”', '!', '?']);

/** Finds who a sentence credits its figures to: "according to X", "X says", "claimed by X", ", X said". */
export function findSources(
  tokens: readonly Token[],
  from: number,
  to: number,
  text: string,
): SourceMention[] {
  const mentions: SourceMention[] = [];
  const add = (
    a: number,
    b: number,
    coversFrom: number,
    coversTo: number,
    rank: number,
    speaker: boolean,
  ) => {
    // nameOf gives a new object: it becomes the mention
    const mention = nameOf(tokens, a, b, text) as SourceMention | null;
    if (mention) {
      mention.at = a;
      mention.verb = verb;
      mention.coversFrom = coversFrom;
      mention.coversTo = coversTo;
      mention.rank = rank;
      mention.speaker = speaker;
      mentions.push(mention);
    }
    return mention;
  };
  let verb = from;
  for (let i = from; i < to; i++) {
    const tok = tokens[i]!;
    if (tok.kind !== 'word') continue;
    verb = i;
    if (!(tok.word.classes & TRIGGER)) continue;
    const next = tokens[i + 1];
    if (tok.lower === 'according' && next?.lower === 'to') {
      add(i + 2, nameEnd(tokens, i + 2, to), from, to, 2, false);
    } else if (tok.lower === 'per' && (isCap(next) || (next?.lower === 'the' && isCap(tokens[i + 2])))) {
      add(i + 1, nameEnd(tokens, i + 1, to), from, to, 2, false);
    } else if (BY_PHRASES.has(tok.lower) && next?.lower === 'by') {
      const end = nameEnd(tokens, i + 2, to);
      // "This was reported by X": the sentence only credits the one before it
      const back = tokens[from]?.lower === 'this' && i - from < 4;
      const m = add(i + 2, end, back ? from : Math.max(from, i - 12), back ? to : i, 0, back);
      if (m && back) mentions[mentions.length - 1]!.back = true;
    } else if (
      (REPORTING.has(tok.lower) || QUOTE_VERBS.has(tok.lower)) &&
      i > from &&
      !NOUN_BEFORE.has(tokens[i - 1]!.lower) &&
      tokens[i - 1]!.base === tokens[i - 1]!.lower &&
      // "rejected reports", "denied claims": after a verb it is a noun
      !PAST_PARTICIPLE.test(tokens[i - 1]!.text)
    ) {
      let verbAt = i;
      while (verbAt > from + 1 && SUBJECT_ADVERBS.has(tokens[verbAt - 1]!.lower)) verbAt--;
      let subject = subjectBefore(tokens, verbAt, from);
      // '"…," he continued': these verbs name a speaker only right after a quotation
      if (
        subject &&
        !REPORTING.has(tok.lower) &&
        !isQuote(tokens[subject[0] - 1]) &&
        !isQuote(tokens[subject[0] - 2])
      )
        subject = null;
      if (subject !== null) {
        const [start, end, afterComma] = subject;
        const m = afterComma
          ? add(start, end, from, to, 3, true)
          : add(start, end, i + 1, to, 1, !DOCUMENTS.has(tokens[end - 1]!.base));
        if (m && !afterComma && isBackReference(tokens, i + 1, to)) {
          const last = mentions[mentions.length - 1]!;
          last.back = true;
          last.coversFrom = from;
        }
      } else if (
        REPORTING.has(tok.lower) &&
        (tokens[i - 1]!.text === ',' || isQuote(tokens[i - 1])) &&
        isCap(next)
      ) {
        // inverted: '…," said Syrskyi' and ', said Oleksandr Syrskyi, …'
        add(i + 1, nameEnd(tokens, i + 1, to), from, to, 3, true);
      }
    }
  }
  return mentions;
}

/** "X said this", "X reported so", "X said in a statement." with nothing said: X stands for what came before. */
function isBackReference(tokens: readonly Token[], after: number, to: number): boolean {
  const first = tokens[after];
  if (!first) return false;
  if (first.lower === 'this' || first.lower === 'so') return true;
  if (first.kind === 'sym' && '.!?'.includes(first.text)) return true;
  if (first.lower !== 'in' && first.lower !== 'on') return false;
  // only adjuncts to the end: "said in a post on Facebook."
  for (let i = after; i < to; i++) if (tokens[i]!.lower === 'that' || tokens[i]!.kind === 'num') return false;
  return tokens[to - 1]!.kind === 'sym';
}

/** Picks the mention that covers a figure starting at token `at`: the lowest rank, the later of equals. */
export function attributionFor(mentions: readonly SourceMention[], at: number): SourceMention | null {
  let best: SourceMention | null = null;
  for (const m of mentions) {
    if (at >= m.coversFrom && at < m.coversTo && (!best || m.rank <= best.rank)) best = m;
  }
  return best;
}

/** The noun phrase after "according to": up to a comma, a stop word or a number. */
function nameEnd(tokens: readonly Token[], start: number, to: number): number {
  let end = start;
  while (end < to && end - start < MAX_NAME) {
    const tok = tokens[end]!;
    if (
      tok.kind === 'num' ||
      tok.kind === 'break' ||
      (tok.kind === 'sym' && NAME_ENDS.has(tok.text) && !isDotted(tokens, end))
    )
      break;
    if ((STOP.has(tok.lower) && tok.lower !== 'and') || SPEECH.has(tok.lower) || TIME_WORDS.has(tok.lower))
      break;
    end++;
  }
  return end;
}

/**
 * The subject right before a reporting verb, at the start of a sentence, after a comma or after a closing
 * quotation mark, as [start, end, afterComma]. "Maj. Gen. X, commander of Y, said" and "Ukraine's top
 * commander, X, said" give the whole phrase; the name and its role are told apart later.
 */
function subjectBefore(
  tokens: readonly Token[],
  verb: number,
  from: number,
): [number, number, boolean] | null {
  // "A, B, said": the apposition's closing comma
  const end = tokens[verb - 1]?.text === ',' && verb - 1 > from ? verb - 1 : verb;
  let start = end;
  let commas = 0;
  while (start > from && verb - start < MAX_SUBJECT) {
    const prev = tokens[start - 1]!;
    if (prev.text === ',' && commas === 0 && start < end && appositive(tokens, start, end, from)) {
      commas++;
      start--;
      continue;
    }
    if (prev.kind === 'sym' && !isDotted(tokens, start - 1) && prev.text !== "'" && prev.text !== '-') break;
    if (prev.kind !== 'word' && prev.kind !== 'sym') return null;
    if (
      STOP.has(prev.lower) &&
      !(prev.lower === 'and' && isCap(tokens[start]) && tokens[start - 2]?.text !== ',')
    ) {
      // "… a slice of land that its officials said was 500 sq miles": a subject after "that" of up to three words
      if (CLAUSE.has(prev.lower) && start < end && end - start <= 3) break;
      return null;
    }
    start--;
  }
  if (start === end || (end < verb && commas === 0)) return null;
  const boundary = tokens[start - 1];
  const afterComma = boundary?.text === ',' || isQuote(boundary);
  if (start !== from && !afterComma && !CLAUSE.has(boundary!.lower)) return null;
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (isCap(t) || SOURCE_NOUNS.has(t.base) || SOURCE_NOUNS.has(t.lower)) return [start, end, afterComma];
  }
  return null;
}

/** Whether the words between a comma and a verb, with what stands before the comma, read as "A, B, said". */
function appositive(tokens: readonly Token[], comma: number, verb: number, from: number): boolean {
  // the phrase before the comma must reach back to the start of the sentence or to a quotation mark
  let k = comma - 1;
  while (k > from && comma - k < MAX_SUBJECT) {
    const t = tokens[k - 1]!;
    if (STOP.has(t.lower)) return false;
    if (
      (t.kind === 'sym' && !isDotted(tokens, k - 1) && t.text !== "'" && t.text !== '-') ||
      t.kind === 'num'
    )
      break;
    k--;
  }
  if (k !== from && !isQuote(tokens[k - 1])) return false;
  const a = tokens.slice(k, comma - 1);
  const b = tokens.slice(comma, verb);
  if (OPENERS.has(a[0]?.lower ?? '') || OPENERS.has(b[0]?.lower ?? '')) return false;
  // one side a proper name, the other a description with a lower-case word in it
  const lower = (ts: Token[]) => ts.some((t) => t.kind === 'word' && !isCap(t));
  return a.length > 0 && b.length > 0 && (isCap(a[0]) || isCap(b[0])) && lower(a) !== lower(b);
}

/** Words that open an adverbial phrase, not a description: "So far, Ukraine claims". */
const OPENERS = words(
  'so in on at by for after before since during later meanwhile however earlier also then now today yesterday last this separately but and while still yet as from with without under over according until',
);

/** A dot inside an abbreviation such as "U.S." or "Maj.". */
function isDotted(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i]!;
  if (tok.text !== '.') return false;
  const prev = tokens[i - 1];
  return !!prev && prev.kind === 'word' && (prev.text.length === 1 || TITLES.has(prev.lower));
}

/** Words of a title before a person's name. */
const TITLES = words(
  'president minister commander chief general gen maj col lt colonel major lieutenant captain sgt adm admiral brig mr mrs ms dr spokesperson spokesman spokeswoman governor head deputy secretary officer director ambassador prime foreign defense defence analyst expert blogger correspondent researcher adviser advisor aide leader envoy official mayor chairman',
);
/** Words that make a capitalised phrase an organisation rather than a person. */
const BODIES = words(
  'ministry staff service forces army armed institute agency office command committee council administration kremlin government department pentagon bureau guard directorate police navy corps group command house assembly parliament duma authorities tass ria reuters',
);

/** Splits a subject into a name and a role: "senior Russian General Staff officer Sergei Rudsky" → name and role. */
export function nameOf(
  tokens: readonly Token[],
  a: number,
  b: number,
  text: string,
): { name: string; role?: string; definite?: boolean } | null {
  while (a < b && tokens[a]!.kind === 'sym') a++;
  const definite = DEFINITE.has(tokens[a]?.lower ?? '');
  while (a < b && DETERMINERS.has(tokens[a]!.lower)) a++;
  while (b > a && tokens[b - 1]!.kind === 'sym' && !isDotted(tokens, b - 1)) b--;
  if (a >= b) return null;
  const slice = (x: number, y: number) =>
    x < y ? clean(text.slice(tokens[x]!.start, tokens[y - 1]!.end)) : '';
  // "DeepState's data show": the owner of the document
  if (b - a > 1 && DOCUMENTS.has(tokens[b - 1]!.lower) && tokens[b - 2]!.base !== tokens[b - 2]!.lower)
    return { name: slice(a, b - 1).replace(/['’]s?$/, '') };
  // "A, B": a name and its apposition, either way round
  for (let k = a; k < b; k++) {
    if (tokens[k]!.text !== ',') continue;
    const first = nameOf(tokens, a, k, text);
    const second = nameOf(tokens, k + 1, b, text);
    if (!first || !second) break;
    const person = (m: { name: string; role?: string }) => m.role !== undefined || isPersonName(m.name);
    return person(second) && !person(first)
      ? { name: second.name, role: [second.role, first.name].filter(Boolean).join(', ') }
      : { name: first.name, role: [first.role, second.name].filter(Boolean).join(', ') };
  }
  // a person's name: the capitalised words at the end, after a title or a description
  let n = b;
  while (
    n > a &&
    isCap(tokens[n - 1]) &&
    !TITLES.has(tokens[n - 1]!.lower) &&
    !BODIES.has(tokens[n - 1]!.lower)
  )
    n--;
  const nameWords = b - n;
  const before = tokens[n - 1];
  if (
    nameWords >= 1 &&
    nameWords <= 3 &&
    n > a &&
    before?.text !== "'" &&
    !tokens[n - 1]!.lower.endsWith("'s") &&
    (TITLES.has(before!.lower) ||
      isDotted(tokens, n - 1) ||
      (before!.kind === 'word' &&
        !OPENERS.has(before!.lower) &&
        !STOP.has(before!.lower) &&
        before!.lower !== 'of' &&
        isPersonName(slice(n, b))))
  ) {
    const role = slice(a, n).replace(/^(the|a|an)\s+/i, '');
    if (role && !/^(of|in|from)\b/i.test(role))
      return /^(mr|mrs|ms|dr)\.?$/i.test(role) ? { name: slice(n, b) } : { name: slice(n, b), role };
  }
  return definite ? { name: slice(a, b), definite } : { name: slice(a, b) };
}

/** Nouns of sources without a capital letter: "Ukrainian officials said", "the ministry said". */
const SOURCE_NOUNS = new Set([
  ...TITLES,
  ...BODIES,
  ...DOCUMENTS,
  ...words(
    'officials sources source military intelligence analysts experts maps bloggers commanders observers monitors he she it they',
  ),
]);

/** "Oleksandr Syrskyi", not "General Staff". */
export const isPersonName = remembered(
  (name: string) => PERSON_NAME.test(name) && !name.split(' ').some((w) => BODIES.has(w.toLowerCase())),
);

/** A name as written, without a leading article and with its spaces made single; the same names come back. */
const clean = remembered((name: string): string =>
  name
    .replace(/^(according to )?(the|a|an)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim(),
);
