/** Whose claim a figure is: Kyiv's, Moscow's, a third party's, or the outlet's own (no source named). */
export type Side = 'kyiv' | 'moscow' | 'third' | 'own';

const cues = (side: Side, list: string) => list.split(' ').map((w) => [w, side] as const);

/**
 * Words that place a source on a side: the state, its capital, its adjective, its bodies and best-known voices.
 * Other states, international bodies and news agencies are third parties.
 */
const SIDES = new Map<string, Side>([
  ...cues(
    'kyiv',
    'ukraine ukrainian ukrainians kyiv kiev zelensky zelenskyy zelenskiy syrskyi syrsky budanov umerov yermak sybiha kuleba deepstate ukrinform sbu hur',
  ),
  ...cues(
    'moscow',
    'russia russian russians moscow kremlin putin peskov shoigu belousov gerasimov rudskoi rudsky lavrov zakharova tass ria interfax rybar kadyrov chechen akhmat wagner kursk belgorod bryansk',
  ),
  ...cues(
    'third',
    'us usa american america washington pentagon biden trump nato un iaea icrc eu european western britain british uk german germany french france polish poland south seoul nis isw reuters bbc afp',
  ),
]);
/** Kinds of source that are nobody's side unless a word above places them: "military analysts", "open source maps". */
const INDEPENDENT = new Set(
  'analyst analysts expert experts observers monitors institute maps researchers journalists'.split(' '),
);

/**
 * Places an attribution on a side by its first word that names one ("Sergei Rudskoi (Russian General Staff)" is
 * Moscow's, "pro-Russian bloggers" too); a figure without attribution is the outlet's own. A source no word places
 * gives null: better no side than a wrong one.
 */
export function claimSide(attribution: string | null): Side | null {
  if (!attribution) return 'own';
  const words = attribution
    .toLowerCase()
    .replace(/\bu\.s\.?/g, 'us')
    .split(/[^\p{L}'’]+/u)
    .map((w) => w.replace(/['’]s?$/, ''));
  let first: Side | undefined;
  let joined = false;
  for (const w of words) {
    const side = SIDES.get(w);
    // "maps from both Ukraine and Russia": both sides at once are neither's claim
    if (first && side && side !== first && joined) return null;
    first ??= side;
    joined ||= !!first && w === 'and';
  }
  if (first) return first;
  return words.some((w) => INDEPENDENT.has(w)) ? 'third' : null;
}
