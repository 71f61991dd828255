import { wordClass, words } from './words';
import { firstReached } from './bisect';
import {
  attributionFor,
  DOCUMENTS,
  findSources,
  isPersonName,
  nameOf,
  type SourceMention,
} from './attribution';
import { MONTHS } from './lexicon';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { hasUpper, startsUpper } from './letterCase';
import { remembered } from './remembered';

/** One source of an article: every mention that names it ("Oleksandr Syrskyi", "Syrskyi", "he") is one Source. */
interface Source {
  name: string;
  role?: string;
  person: boolean;
  /** Lower-case words of the name and role, for "the ministry" and "the Russian general". */
  words: ReadonlySet<string>;
  /** Initials of the name's capitalised words: "NIS" for "National Intelligence Service". */
  acronym: string;
  /** The name in lower case, and its last word. */
  key: string;
  surname: string;
}

export interface Reports {
  /** Who the article credits the figure starting at token `at` of sentence `n` to, or null. */
  at(n: number, at: number): string | null;
  /** Sentences that are headings or captions: a line without closing punctuation. */
  headings: boolean[];
}

/** Sentence openings that carry on what was being reported: "Another 909 were captured." */
const GOES_ON = words(
  'another also additionally moreover furthermore besides including of among he she they these those',
);
/** Openings that turn away from the report. */
const TURNS = words('meanwhile separately elsewhere however nevertheless');
/** "has not commented", "could not be verified", "declined to comment": the article speaks for itself. */
const COMMENT = wordClass(
  words('comment commented comments confirm confirmed verify verified respond responded'),
);
const NEGATION = wordClass(
  words("not no yet never declined refused unable cannot can't couldn't hasn't haven't didn't won't"),
);
/** Verbs of history and of standing facts: "Russia invaded in 2022", "the region covers 30,000 square km". */
const BACKGROUND = wordClass(words('launched began begun invaded covers borders spans stretches lies'));
const PRONOUNS = words('he she it they him');
/** "In 2022, …", "Since August …": openings of background told as history. */
const DATED = words('in on since by');
/** Words after "said" that do not open what was said: "said the ministry", "said on Monday". */
const NOT_SAID = words('the a an its his her their on in');
/** "of them": a share of what was just reported. */
const REPORTED = words('them those these whom');
/** Closing quotation marks and brackets: a sentence ending in one ends in the token before it. */
const CLOSING = new Set(['"', '”', '’', ')', ']']);
/** Whether a token's text holds a full stop, ! ? or a colon: a line that holds none is a heading. */
const terminal = (text: string) => {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 58) return true;
  }
  return false;
};
/** "NIS", "ISW": a name that may be another's initials. */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** "Syrskyi": one capitalised word that may be a surname written out before. */
const ONE_NAME = /^\p{Lu}\p{Ll}{3,}$/u;
/** How many sentences apart two mentions of one source may be for what stands between to be theirs. */
const SANDWICH = 4;
/** How many of the latest sources a later mention ("Syrskyi", "the ministry") is looked up among. */
const RECALL = 64;
/** How many sentences "X said this" reaches back. */
const BACK = 3;

const JOINER = wordClass(words('of the for and'));
const NONE: Array<Source | null> = [];
const ARTICLE = wordClass(words('the a an'));
const QUOTE = wordClass(['"', '“', '”', '‘', '’']);
/** Words that stop the walk back from a name to its title. */
const STOPS = words(
  'the a an of in on at by and or but that said says told to from with for as after before',
);
const isCap = (t: Token | undefined) =>
  !!t && t.kind === 'word' && t.text.charCodeAt(0) !== t.lower.charCodeAt(0);
const display = (s: Source) => (s.role ? `${s.name} (${s.role})` : s.name);
const initials = remembered((name: string) =>
  name
    .split(/[\s-]+/)
    .filter((w) => startsUpper(w) && !/^(Of|The|For|And)$/.test(w))
    .map((w) => w[0])
    .join(''),
);

/** The words after the last space ("syrskyi" of "oleksandr syrskyi"), or the whole. */
const lastWord = (s: string) => s.slice(s.lastIndexOf(' ') + 1);
/** A source's name and role as a set of lower-case words; read only, so one set serves every text. */
const wordsOf = remembered(
  (nameAndRole: string): ReadonlySet<string> => new Set(nameAndRole.toLowerCase().split(/[\s,.'’-]+/)),
);

/**
 * Reads who an article credits each of its sentences to. A source named in a sentence covers that sentence; a
 * speaker ("X said …") also covers the sentences after it in the same paragraph until another source, a heading, a
 * sentence in the article's own voice or a turn ("Meanwhile, …") ends the report. Sentences between two mentions of
 * one source are theirs; "X said this" credits the sentences before it; a quotation is its speaker's.
 * Linear in the number of tokens.
 */
export function readReports(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Reports {
  const known: Source[] = [];
  const resolved = new Map<SourceMention, Source | null>();
  const count = sentences.length;
  const mentions: SourceMention[][] = [];
  const paragraph: boolean[] = [];
  const headings: boolean[] = [];
  const carried: Array<Source | null> = new Array<Source | null>(count).fill(null);
  let current: Source | null = null;

  /** The latest of the last few sources that fits; bounded, so that a text naming thousands stays linear. */
  const latest = (fits: (s: Source) => boolean): Source | null => {
    for (let k = known.length - 1; k >= Math.max(0, known.length - RECALL); k--)
      if (fits(known[k]!)) return known[k]!;
    return null;
  };
  const resolve = (m: SourceMention): Source | null => {
    const name = m.name;
    const lower = name.toLowerCase();
    const head = lastWord(lower);
    if (PRONOUNS.has(lower)) {
      if (lower === 'he' || lower === 'she' || lower === 'him')
        return current?.person ? current : latest((s) => s.person);
      return current;
    }
    if (DOCUMENTS.has(head) && (m.definite || !hasUpper(name))) return current;
    if (m.definite && !m.role && spaces(lower) <= 2) {
      const match = current?.words.has(head) ? current : latest((s) => s.words.has(head));
      if (match) return match;
    }
    const acronym = ACRONYM.test(name);
    if (acronym) {
      const match = latest((s) => s.acronym === name);
      if (match) return match;
    }
    const surname = !name.includes(' ') && ONE_NAME.test(name);
    const same = latest((s) => s.key === lower || (surname && sameSurname(s, name)));
    if (same) {
      if (m.role && !same.role) same.role = m.role;
      return same;
    }
    const full = written.get(acronym ? name : lower);
    if (full && full.at < m.at && full.name !== name && (acronym || !name.includes(' ')))
      return resolve({ ...m, name: full.name, role: m.role ?? full.role });
    const source: Source = {
      name,
      role: m.role,
      person: m.role !== undefined || isPersonName(name),
      words: wordsOf(`${name} ${m.role ?? ''}`),
      acronym: initials(name),
      key: lower,
      surname: lastWord(name),
    };
    known.push(source);
    return source;
  };

  sentences.forEach((s, n) => {
    mentions.push(findSources(tokens, s.from, s.to, text));
    paragraph.push(n > 0 && hasNewline(text, sentences[n - 1]!.end, s.start));
  });
  sentences.forEach((s, n) => {
    const last = tokens[s.to - 1]!;
    const closing = last.kind === 'sym' && CLOSING.has(last.text) ? tokens[s.to - 2] : last;
    headings.push(!terminal(closing?.text ?? '.') && !!paragraph[n + 1]);
  });

  // quotations: where they open and close, and the sentences they span
  const quotes: Array<{ from: number; to: number; first: number; last: number; source?: Source | null }> = [];
  const quoted: boolean[] = [];
  let sentenceOf = 0;
  let open = -1;
  let openSentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (sentenceOf < count - 1 && sentences[sentenceOf]!.to <= i) sentenceOf++;
    if (t.kind === 'break' || (open >= 0 && i > 0 && hasNewline(text, tokens[i - 1]!.end, t.start)))
      open = -1;
    if (t.kind !== 'sym' || !(t.word.classes & QUOTE)) continue;
    const opens = t.text === '“' || t.text === '‘' || (t.text === '"' && open < 0);
    if (opens && open < 0) {
      open = i;
      openSentence = sentenceOf;
    } else if (!opens && open >= 0) {
      quotes.push({ from: open, to: i, first: openSentence, last: sentenceOf });
      for (let k = openSentence; k <= sentenceOf; k++) quoted[k] = true;
      open = -1;
    }
  }
  /** The quotation around token `at`, if any. */
  const quoteAt = (at: number) => {
    const quote = quotes[firstReached(quotes.length, (i) => quotes[i]!.to >= at)];
    return quote && quote.from < at ? quote : undefined;
  };

  // names written out anywhere before: "Oleg Marchenko" for a later "Marchenko", "Defence Intelligence Agency" for "DIA"
  const written = new Map<string, { at: number; name: string; role?: string }>();
  for (let i = 0; i < tokens.length; i++) {
    if (!isCap(tokens[i]) || tokens[i]!.word.classes & ARTICLE) continue;
    if (isCap(tokens[i - 1]) && !(tokens[i - 1]!.word.classes & ARTICLE)) continue;
    let end = i + 1;
    while (
      isCap(tokens[end]) ||
      (tokens[end] !== undefined && tokens[end]!.word.classes & JOINER && isCap(tokens[end + 1]))
    )
      end++;
    if (end - i < 2) continue;
    const name = text.slice(tokens[i]!.start, tokens[end - 1]!.end);
    const acronym = initials(name);
    if (acronym.length > 1 && !written.has(acronym)) written.set(acronym, { at: i, name });
    if (end - i > 1 && end - i < 4 && isPersonName(name)) {
      const key = tokens[end - 1]!.lower;
      let from = i;
      while (from > i - 5 && tokens[from - 1]?.kind === 'word' && !STOPS.has(tokens[from - 1]!.lower)) from--;
      if (!written.has(key)) written.set(key, { at: i, ...nameOf(tokens, from, end, text)!, name });
    }
    i = end - 1;
  }

  // mentions are resolved in order: "it" and "the ministry" are whoever was named before; names in a quotation
  // are the speaker's words, not a source of the article's
  const speakers = new Set<Source>();
  sentences.forEach((_, n) => {
    for (const m of mentions[n]!) {
      const source = resolve(m);
      resolved.set(m, source);
      if (!source || quoteAt(m.at)) continue;
      // a relaying outlet ("…, according to Ukrinform") does not become who "the statement" is
      if (m.speaker || !current || !speakers.has(current)) current = source;
      if (m.speaker) speakers.add(source);
    }
  });
  for (const q of quotes) {
    // '"…," X said' or '"…," said X'; else 'X said: "…"', 'X told reporters that "…"'
    const after = mentions[q.last]!.find((m) => m.at > q.to && m.at <= q.to + 3 && m.speaker);
    const before = mentions[q.first]!.find((m) => m.speaker && m.verb < q.from && m.verb >= q.from - 4);
    // a speaker named but not known ("it said" with nobody before) leaves the quotation unattributed
    const speaker = after ?? before;
    if (speaker) q.source = resolved.get(speaker) ?? null;
  }

  const voices: Array<boolean | undefined> = [];
  /** Whether sentence `n` is in the article's own voice, looked at once. */
  const ownVoiceOf = (n: number) => (voices[n] ??= ownVoice(tokens, sentences[n]!.from, sentences[n]!.to));

  // reports carried from sentence to sentence
  let report: Source | null = null;
  let speaking = false;
  /** Sentences that name sources, the first and last named, and whether the first closes it (", X said."). */
  const named: Array<{ n: number; first: Source; last: Source; closes: boolean }> = [];
  for (let n = 0; n < count; n++) {
    const s = sentences[n]!;
    const first = tokens[s.from]!;
    const second = tokens[s.from + 1]?.lower;
    // "Another …", "In addition, …", "The numbers …", "(During) the same period, …"
    const goesOn =
      GOES_ON.has(first.lower) ||
      (first.lower === 'in' && second === 'addition') ||
      (first.lower === 'the' && (second === 'numbers' || second === 'same')) ||
      (second === 'the' && tokens[s.from + 2]?.lower === 'same') ||
      ofThem(tokens, s.from, Math.min(s.to, s.from + 6));
    if (headings[n] || ownVoiceOf(n)) report = null;
    else if ((paragraph[n] || !speaking) && !goesOn) report = null;
    carried[n] = report;
    const own = mentions[n]!.length ? mentions[n]!.map((m) => resolved.get(m) ?? null) : NONE;
    const sources = own.filter((x): x is Source => x !== null);
    if (sources.length > 0) {
      const closes = mentions[n]!.some((m, j) => m.rank === 3 && own[j] === sources[0]);
      named.push({ n, first: sources[0]!, last: sources[sources.length - 1]!, closes });
      // the report goes on with the sentence's speaker, if it says something ("X said that …", "…, X said")
      const k = own.findLastIndex((x, j) => x !== null && mentions[n]![j]!.speaker);
      report = k >= 0 ? own[k]! : sources[sources.length - 1]!;
      speaking = k >= 0 && says(tokens, mentions[n]![k]!, s.to);
      const back = mentions[n]!.findIndex((m) => m.back);
      if (back >= 0 && own[back]) {
        for (let k = n - 1; k >= Math.max(0, n - BACK); k--) {
          if (headings[k] || mentions[k]!.length > 0) break;
          carried[k] = own[back];
          if (paragraph[k]) break;
        }
      }
    } else if (!hasDigits(tokens, s.from, s.to) && !goesOn && !quoted[n]) report = null;
  }
  // "X said A. B. C, X said.": what stands between two mentions of one source is theirs
  for (let k = 1; k < named.length; k++) {
    const a = named[k - 1]!;
    const b = named[k]!;
    // "Russia said …" then "Russia's defence ministry said": the country spoke through the ministry
    const bare = a.last;
    if (
      b.n - a.n <= 2 &&
      !bare.role &&
      !bare.person &&
      !bare.name.includes(' ') &&
      b.first !== bare &&
      b.first.name.toLowerCase().startsWith(bare.name.toLowerCase().replace(/e$/, ''))
    ) {
      for (const m of mentions[a.n]!) if (resolved.get(m) === bare) resolved.set(m, b.first);
      for (let m = a.n + 1; m < b.n; m++) if (carried[m] === bare) carried[m] = b.first;
      a.last = b.first;
    }
    if (a.last !== b.first || b.n - a.n - 1 > SANDWICH) continue;
    // across paragraphs only when the second mention closes what it says: "…, X said."
    let clear = true;
    for (let m = a.n + 1; m < b.n; m++) if (headings[m] || ownVoiceOf(m)) clear = false;
    for (let m = a.n + 1; m <= b.n; m++) if (paragraph[m] && !b.closes) clear = false;
    if (clear) for (let m = a.n + 1; m < b.n; m++) carried[m] ??= a.last;
  }

  return {
    headings,
    at(n, at) {
      const quote = quoteAt(at);
      if (quote && quote.source !== undefined) return quote.source && display(quote.source);
      const mention = attributionFor(mentions[n] ?? [], at);
      if (mention) {
        const source = resolved.get(mention);
        // "it said", "the statement said" with nobody named before: no source
        return source ? display(source) : null;
      }
      const source = carried[n];
      return source ? display(source) : null;
    },
  };
}

/** "Syrsky" for "Oleksandr Syrskyi": one written name's surname, give or take a letter or two of spelling. */
function sameSurname(s: Source, name: string): boolean {
  if (!s.person) return false;
  const surname = s.surname;
  const common = Math.min(surname.length, name.length);
  return (
    common >= 5 &&
    surname.slice(0, common - 1) === name.slice(0, common - 1) &&
    Math.abs(surname.length - name.length) <= 2
  );
}

/**
 * A sentence in the article's own voice, which no report reaches: a turn ("Meanwhile, …"), a denial of comment
 * ("Kyiv has not commented", "could not be verified"), background told as history ("In 2022, …", "Kyiv launched the
 * incursion …") or a standing fact ("The region covers …").
 */
function ownVoice(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from]!;
  const second = tokens[from + 1];
  if (TURNS.has(first.lower)) return true;
  if (DATED.has(first.lower) && second && (second.kind === 'num' || MONTHS[second.lower] !== undefined))
    return true;
  for (let i = from; i < to; i++) {
    const classes = tokens[i]!.word.classes;
    if (classes & BACKGROUND) return true;
    if (!(classes & COMMENT)) continue;
    for (let k = Math.max(from, i - 4); k < i; k++) if (tokens[k]!.word.classes & NEGATION) return true;
  }
  return false;
}

/** "X said that …", "…, X said", "X said 10 …": the speaker states something, not "X confirmed the operation". */
function says(tokens: readonly Token[], m: SourceMention, to: number): boolean {
  if (m.rank === 3) return true;
  for (let i = m.verb + 1; i < Math.min(to, m.verb + 12); i++) {
    const t = tokens[i]!;
    if ((t.kind === 'num' && i < m.verb + 4) || t.lower === 'that' || t.text === ':' || /["“‘]/.test(t.text))
      return true;
  }
  // "Syrskyi said Russia lost …": a clause with no "that"
  const next = tokens[m.verb + 1];
  return !!next && next.kind === 'word' && !NOT_SAID.has(next.lower);
}

/** "Around 20,000 of them were killed": a share of what was just reported. */
function ofThem(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++)
    if (tokens[i]!.lower === 'of' && REPORTED.has(tokens[i + 1]!.lower)) return true;
  return false;
}

/** How many spaces a name holds: its words less one, counted without splitting it. */
function spaces(name: string): number {
  let count = 0;
  for (let k = name.indexOf(' '); k >= 0; k = name.indexOf(' ', k + 1)) count++;
  return count;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function hasDigits(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.kind === 'num') return true;
  return false;
}
