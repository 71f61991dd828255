import type { Source } from '../data/schema';
import { mulberry32 } from './pathological';

/** What a claim sentence may draw on: a random source, the article's day and its figures' helpers. */
interface Draw {
  random: () => number;
  /** Days since the incursion began (6 August 2024) on the article's day. */
  day: number;
  pick<T>(options: readonly T[]): T;
  /** A whole number between `low` and `high`, rounded to `step`, written with thousands separators. */
  number(low: number, high: number, step?: number): string;
  /** Who said so, and where. */
  attribution(): string;
}

const SOURCES = [
  "Ukraine's general staff said",
  'the Russian defence ministry said',
  'South Korean intelligence said',
  'a senior Ukrainian commander said',
  'Western officials said',
  'open source analysts said',
  'the Institute for the Study of War said',
  "Kyiv's military intelligence said",
  'a spokesman for the Kremlin said',
  'the regional governor said',
];

const OCCASIONS = [
  'in a statement',
  'on Telegram',
  'at a briefing',
  'in its daily update',
  'at a news conference',
  'in an interview',
  'on social media',
  'in a televised address',
  'late on Monday',
  'on Thursday evening',
];

const HEDGES = ['about', 'some', 'nearly', 'more than', 'around', 'roughly', 'at least', 'almost'];

/** Claim sentences in the words news reports use, each read by the engine as the claim it names. */
const CLAIMS: ReadonlyArray<(d: Draw) => string> = [
  (d) =>
    `At the height of the incursion, Ukrainian forces ${d.pick(['seized', 'captured', 'controlled'])} ${d.pick(HEDGES)} ${d.number(1_000, 1_400, 10)} square kilometres of the Kursk region, ${d.attribution()}.`,
  (d) =>
    `Ukraine still holds ${d.pick(HEDGES)} ${d.number(heldNow(d.day) * 0.85, heldNow(d.day) * 1.15, 5)} square kilometres of the Kursk region, ${d.attribution()}.`,
  (d) =>
    `Russian troops have recaptured ${d.pick(HEDGES)} ${d.number(200, 1_100, 10)} square kilometres in Kursk since the autumn, ${d.attribution()}.`,
  (d) =>
    `${d.pick(['Some', 'About', 'Around', 'Up to'])} ${d.number(10_000, 12_500, 100)} North Korean troops were sent to fight in the Kursk region, ${d.attribution()}.`,
  (d) =>
    `North Korean units have suffered ${d.pick(HEDGES)} ${d.number(1_000, 4_500, 100)} casualties, killed and wounded, ${d.attribution()}.`,
  (d) =>
    `Russia has lost ${d.pick(HEDGES)} ${d.number(20_000, 60_000, 1_000)} troops killed and wounded in the Kursk operation, ${d.attribution()}.`,
  (d) =>
    `Ukrainian forces have taken ${d.pick(HEDGES)} ${d.number(500, 1_000, 10)} Russian soldiers prisoner in the Kursk region, ${d.attribution()}.`,
  (d) =>
    `In the first weeks Ukrainian troops took control of ${d.pick(HEDGES)} ${d.number(70, 100)} villages and settlements in the region, ${d.attribution()}.`,
  (d) =>
    `${d.pick(['More than', 'About', 'Nearly'])} ${d.number(120_000, 200_000, 1_000)} civilians have been evacuated from the Kursk region, ${d.attribution()}.`,
  (d) =>
    `Ukrainian units repelled ${d.number(8, 90)} Russian attacks in the Kursk region over the past day, ${d.attribution()}.`,
  (d) =>
    `Russia has lost ${d.pick(HEDGES)} ${d.number(8_500, 10_300, 10)} tanks since the start of the full-scale invasion, ${d.attribution()}.`,
  (d) =>
    `Sudzha, a town of ${d.pick(HEDGES)} ${d.number(4_500, 6_000, 100)} residents before the war, ${d.pick(['lies in ruins', 'has changed hands', 'was the largest town Ukraine held'])}, ${d.attribution()}.`,
  (d) =>
    `Up to ${d.number(8_000, 12_000, 100)} Ukrainian troops risked being encircled in the Kursk incursion, ${d.attribution()}.`,
  (d) =>
    `The United States has provided ${d.pick(['more than', 'about', 'nearly'])} $${d.number(60, 68)} billion in military aid to Ukraine since the invasion, ${d.pick(['the Pentagon said', 'US officials said', 'a State Department spokesman said'])} ${d.pick(OCCASIONS)}.`,
];

/** Sentences without figures that carry the story along. */
const CONTEXT = [
  'The Kremlin did not comment on the claims.',
  'Residents who fled described days of shelling and cut power lines.',
  'Military analysts said the front line in the region remained fluid.',
  'Kyiv has said the operation was meant to draw Russian reserves away from the east.',
  'Satellite images showed fresh trenches along the roads into the town.',
  'Drone units on both sides have made daytime movement near the border dangerous.',
  'Independent verification of battlefield reports remains difficult.',
  'Officials in Moscow described the incursion as a provocation.',
  'Aid groups said shelters in nearby towns were overcrowded.',
  'Commanders said supply routes through the border villages were under constant fire.',
  'Both sides have released footage they say shows their gains.',
  'Western governments have been cautious in their public comments on the operation.',
  'A convoy of 40 trucks carrying food reached the town on Tuesday, two days later than planned.',
  'The governor said 12 schools in the district would stay closed until further notice.',
  'Power was restored to most homes by 9 p.m., the local utility said.',
  'Reporters who visited the area last week saw burned-out vehicles along the main road.',
];

const OUTLETS = [
  'Reuters',
  'Associated Press',
  'BBC News',
  'The Guardian',
  'Al Jazeera',
  'Kyiv Independent',
  'CNN',
  'Deutsche Welle',
  'Meduza',
  'The Moscow Times',
  'The Washington Post',
  'Financial Times',
  'The Economist',
  'Politico',
  'NPR',
  'CBS News',
  'NBC News',
  'France 24',
  'Euronews',
  'The Independent',
  'The Telegraph',
  'Sky News',
  'Kyiv Post',
  'Ukrainska Pravda',
  'Ukrinform',
  'Bloomberg',
  'Axios',
  'USA Today',
  'Los Angeles Times',
  'The Wall Street Journal',
  'The Atlantic',
  'Newsweek',
  'Le Monde',
  'Der Spiegel',
  'El País',
  'Corriere della Sera',
  'NHK World',
  'Yonhap',
  'The Times',
  'Daily Mail',
  'Metro',
  'The New York Times',
];

const DAY_MS = 86_400_000;
const INCURSION_START = Date.UTC(2024, 7, 6);
/** Articles are dated from a few days into the incursion to the end of April 2025. */
const FIRST_DAY = 4;
const LAST_DAY = 267;

/** Land Ukraine held on a day of the incursion, in km², as reports put it: rising, then shrinking. */
function heldNow(day: number): number {
  if (day < 20) return 600 + day * 35;
  return Math.max(60, 1_300 - (day - 20) * 4.5);
}

function drawFor(random: () => number, day: number): Draw {
  const pick = <T>(options: readonly T[]): T => options[Math.floor(random() * options.length)]!;
  return {
    random,
    day,
    pick,
    attribution: () => `${pick(SOURCES)} ${pick(OCCASIONS)}`,
    number: (low, high, step = 1) =>
      (Math.round((low + random() * (high - low)) / step) * step).toLocaleString('en-US'),
  };
}

/** About `chars` characters of a Kursk report dated `day` days into the incursion. */
function reportText(random: () => number, day: number, chars: number): string {
  const draw = drawFor(random, day);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < chars) {
    const claims = Array.from({ length: Math.floor(random() * 1.8) }, () => draw.pick(CLAIMS)(draw));
    const context = Array.from({ length: 2 + Math.floor(random() * 2) }, () => draw.pick(CONTEXT));
    const paragraph = [...claims, ...context].join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

const isoDay = (day: number): string => new Date(INCURSION_START + day * DAY_MS).toISOString().slice(0, 10);

/** One generated source: the same `n` and `seed` always give the same article. */
export function generatedSource(n: number, seed = 1): Source {
  const random = mulberry32(seed * 1_000_003 + n);
  const day = FIRST_DAY + Math.floor(random() * (LAST_DAY - FIRST_DAY));
  const outlet = OUTLETS[n % OUTLETS.length]!;
  return {
    id: `generated-${seed}-${n}`,
    file: null,
    outlet,
    title: `Kursk incursion: day ${day}`,
    byline: null,
    published: isoDay(day),
    publishedNote: null,
    url: `https://${outlet.toLowerCase().replace(/[^a-z]+/g, '')}.example/kursk/${seed}-${n}`,
    text: reportText(random, day, 3_000),
  };
}

/** A source file of `count` generated sources, as the options page imports it. */
export function generatedSourceFile(count: number, seed = 1): string {
  const sources = Array.from({ length: count }, (_, n) => generatedSource(n, seed));
  return JSON.stringify({ format: 'kursk-cross-check/sources', version: 1, sources });
}

/** A long page's worth of Kursk reports, about `chars` characters in paragraphs. */
export function generatedPageText(chars: number, seed: number): string {
  const random = mulberry32(seed);
  return reportText(random, 180, chars);
}
