import { describe, expect, it } from 'vitest';
import { only, read } from './helpers';

/** Each figure's text with its attribution. */
const credits = (text: string) => read(text).map((f) => [f.text, f.attribution]);

describe('attribution: the name of the source', () => {
  it.each([
    ['According to the Russian Defence Ministry, 300 Ukrainian soldiers died.', 'Russian Defence Ministry'],
    ["Britain's Defence Ministry said 300 Russian soldiers died on Monday.", "Britain's Defence Ministry"],
    ['In a briefing, the Pentagon said 200 North Korean soldiers died.', 'Pentagon'],
    ['In a report to lawmakers, the spy agency said 200 soldiers died.', 'spy agency'],
    ['The figure of 2,000 troops was cited by British intelligence.', 'British intelligence'],
    ['The estimate of 2,000 troops was reported by the BBC.', 'BBC'],
    ['Russia lost 50 tanks, per the Institute for the Study of War.', 'Institute for the Study of War'],
    ["DeepState's data show Ukraine holds 140 square km.", 'DeepState'],
    [
      'Army chief Ivan Petrenko told the president that 3,000 Russian soldiers were killed.',
      'Ivan Petrenko (Army chief)',
    ],
    ['Russia lost 900 soldiers, defence analyst Maria Kovalenko said.', 'Maria Kovalenko (defence analyst)'],
    ["Russia's army has announced the capture of 12 villages.", "Russia's army"],
    [
      'Gen. Pavel Orlov, head of the northern group, later confirmed that 40 villages were taken.',
      'Pavel Orlov (Gen., head of the northern group)',
    ],
    [
      "The country's top general, Pavel Orlov, said 40 villages were taken.",
      "Pavel Orlov (country's top general)",
    ],
    ['Over the weekend, Ukraine says it retook 30 square km.', 'Ukraine'],
  ])('%s → %s', (text, attribution) => {
    expect(only(text).attribution).toBe(attribution);
  });

  it('does not take a noun such as "a report" for a reporting verb', () => {
    expect(
      only('In a report published on Monday, 500 soldiers were listed as missing.').attribution,
    ).toBeNull();
    expect(only("Officials dismissed Moscow's claims about 500 captured soldiers.").attribution).toBeNull();
    expect(only('The army rejected reports about alleged losses of 500 soldiers.').attribution).toBeNull();
  });

  it('gives each clause of a sentence its own source', () => {
    expect(
      credits(
        "Ukraine's General Staff said Russia lost 1,200 troops on Friday, while the Kremlin claimed 400 Ukrainians surrendered.",
      ),
    ).toEqual([
      ['1,200 troops', "Ukraine's General Staff"],
      ['400 Ukrainians', 'Kremlin'],
    ]);
    expect(credits('Kyiv said it downed 30 drones, and Moscow said 12 missiles hit targets.')).toEqual([
      ['30 drones', 'Kyiv'],
      ['12 missiles', 'Moscow'],
    ]);
  });

  it('reads a source in a relative clause for what follows it', () => {
    expect(
      only('Kyiv held a strip of land that its officials said covered 500 square miles.').attribution,
    ).toBe('officials');
    expect(
      only('Kyiv took 1,300 square km in what Moscow said was an act of terror.').attribution,
    ).toBeNull();
  });

  it('does not read "the ministry" as a source of another kind named before', () => {
    expect(
      credits(
        '"We retook 20 villages," a Russian commander said.\n\nThe ministry also said 50 tanks were destroyed.',
      ).at(-1),
    ).toEqual(['50 tanks', 'ministry']);
  });

  it('gives a surname the full name and role written earlier in the article', () => {
    expect(
      credits(
        'Chief of Staff Ivan Petrenko said on Monday that 30 tanks were destroyed. Later, Petrenko said 12 more tanks were hit.',
      ),
    ).toEqual([
      ['30 tanks', 'Ivan Petrenko (Chief of Staff)'],
      ['12 more tanks', 'Ivan Petrenko (Chief of Staff)'],
    ]);
  });

  it('credits nobody for a document or a pronoun with no source named before', () => {
    expect(only('About 70 homes were damaged, the statement said.').attribution).toBeNull();
    expect(only('According to the report, 70 homes were damaged.').attribution).toBeNull();
    expect(only('It said 70 homes were damaged.').attribution).toBeNull();
  });

  it('reads an acronym as the body whose initials it is', () => {
    expect(
      credits(
        'The Defence Intelligence Agency briefed lawmakers on Monday. According to the DIA, 1,200 soldiers were wounded.',
      ).at(-1),
    ).toEqual(['1,200 soldiers', 'Defence Intelligence Agency']);
  });

  it('reads "the ministry" and "the statement" as the source named before', () => {
    expect(
      credits(
        "Poland's Foreign Ministry said on Monday that talks had stalled. Some 40 diplomats were expelled, the ministry said.",
      ).at(-1),
    ).toEqual(['Some 40 diplomats', "Poland's Foreign Ministry"]);
    expect(
      credits(
        'The regional governor said the shelling had stopped.\n\nAbout 70 homes were damaged, the statement said.',
      ).at(-1),
    ).toEqual(['About 70 homes', 'regional governor']);
  });
});

describe('attribution: quotations', () => {
  it('gives a figure in a quotation to the speaker named after it', () => {
    expect(
      credits(
        'Border guard spokesman Oleg Marchenko spoke to reporters.\n\n"We counted 45 drones overnight," Marchenko said.',
      ),
    ).toEqual([['45 drones', 'Oleg Marchenko (Border guard spokesman)']]);
  });

  it('gives every sentence of a long quotation to its speaker, even one with its own "according to"', () => {
    expect(
      credits(
        'The Norwegian Refugee Council said the roads were closed. "Families are leaving. According to our teams, 2,000 people crossed the border," it said.',
      ),
    ).toEqual([['2,000 people', 'Norwegian Refugee Council']]);
  });

  it('gives nothing for a quotation whose speaker is not known, rather than a name inside it', () => {
    expect(
      only('"According to our teams, 2,000 people crossed the border," it said.').attribution,
    ).toBeNull();
  });

  it('gives a quotation to the speaker named before it', () => {
    expect(credits('The mayor told reporters: "At least 15 buildings burned down."')).toEqual([
      ['At least 15 buildings', 'mayor'],
    ]);
  });

  it('gives nothing for a quotation nobody is named for', () => {
    expect(only('Banners read "30 days of shame" across the city.').attribution).toBeNull();
  });
});

describe('attribution: a report over several sentences', () => {
  it('carries a speaker through the sentences that go on with the report', () => {
    expect(
      credits(
        'General Ivan Petrenko told the president in a video call that Russia had lost 9,000 soldiers. Another 400 soldiers were captured. Ukrainian units also destroyed 60 tanks.',
      ),
    ).toEqual([
      ['9,000 soldiers', 'Ivan Petrenko (General)'],
      ['400 soldiers', 'Ivan Petrenko (General)'],
      ['60 tanks', 'Ivan Petrenko (General)'],
    ]);
  });

  it('goes on into a new paragraph that says it goes on', () => {
    expect(
      credits(
        'Russia has lost 60,000 troops in Kursk, a senior military source said.\n\nThese losses include 900 officers.\n\nUkraine holds 400 square km in the region.',
      ),
    ).toEqual([
      ['60,000 troops', 'senior military source'],
      ['900 officers', 'senior military source'],
      ['400 square km', null],
    ]);
  });

  it('ends the report at a paragraph break', () => {
    expect(
      credits(
        'Ukraine said it took 30 villages, the army said.\n\nThe region covers about 30,000 square km.',
      ).at(-1),
    ).toEqual(['about 30,000 square km', null]);
    expect(
      credits('Ukraine took 30 villages, the army said.\nThe region covers about 30,000 square km.').at(-1),
    ).toEqual(['about 30,000 square km', null]);
  });

  it('ends the report where the article speaks for itself', () => {
    const denial = credits(
      'The ministry said 40 villages were taken. Kyiv has not commented on the claims, which would mean 300 square km.',
    );
    expect(denial.at(-1)).toEqual(['300 square km', null]);
    const turn = credits('The ministry said 40 villages were taken. Meanwhile, 100 people were evacuated.');
    expect(turn.at(-1)).toEqual(['100 people', null]);
    const background = credits(
      'The ministry said 40 villages were taken. The war has displaced millions. About 6 million people have fled abroad.',
    );
    expect(background.at(-1)).toEqual(['About 6 million people', null]);
  });

  it('does not carry a report into background told as history or a standing fact', () => {
    const figures = credits(
      "Ukraine's army said on Monday that Russia had lost 1,200 soldiers in a week. The region covers about 30,000 square km. Kyiv launched the incursion with about 10,000 troops. In 2022, Russia invaded with 190,000 troops.",
    );
    expect(figures.filter(([, source]) => source !== null)).toEqual([['1,200 soldiers', "Ukraine's army"]]);
  });

  it('does not carry a source named with "according to" beyond its sentence', () => {
    expect(
      credits(
        'About 110 square km is still held, according to open source maps. One-fifth of the country is occupied.',
      ).at(-1),
    ).toEqual(['One-fifth', null]);
  });

  it('ends the report when another source takes over', () => {
    expect(
      credits(
        'The ministry said 40 villages were taken. Analysts said only 12 villages had changed hands.',
      ).at(-1),
    ).toEqual(['12 villages', 'Analysts']);
  });

  it('gives what stands between two mentions of one speaker to that speaker, across lines', () => {
    expect(
      credits(
        'Russia lost 5,000 soldiers in a month, General Ivan Petrenko said.\nTotal losses reached 14,000 troops.\nThe enemy has brought in 30,000 fresh troops, Petrenko said.',
      ),
    ).toEqual([
      ['5,000 soldiers', 'Ivan Petrenko (General)'],
      ['14,000 troops', 'Ivan Petrenko (General)'],
      ['30,000 fresh troops', 'Ivan Petrenko (General)'],
    ]);
  });

  it('does not fill a gap across paragraphs unless the second mention closes it', () => {
    expect(
      credits(
        'Zelensky said 74 settlements were held.\n\nRussia has lost 600,000 troops in the war.\n\nZelensky said the front held on 40 km.',
      )[1],
    ).toEqual(['600,000 troops', null]);
  });

  it('credits the sentence before "X said this"', () => {
    expect(
      credits(
        'Russian losses have reached 80,000 troops.\n\nThe army command said this in a post on Telegram.',
      ),
    ).toEqual([['80,000 troops', 'army command']]);
    expect(
      credits('Russian losses have reached 80,000 troops. This was reported by the army command.'),
    ).toEqual([['80,000 troops', 'army command']]);
  });

  it('names the body that spoke for a country when the next sentence names it', () => {
    expect(
      credits(
        'Poland said on Monday that it had expelled 40 diplomats.\n\n"We expelled 40 diplomats," Poland\'s Foreign Ministry said.',
      ).map((c) => c[1]),
    ).toEqual(["Poland's Foreign Ministry", "Poland's Foreign Ministry"]);
  });

  it('credits a headline figure as the article credits the same figure below it', () => {
    expect(
      credits(
        'CASUALTIES HIT 3,000 TROOPS\n\nThe agency said casualties have now reached about 3,000 troops.',
      ).map((c) => c[1]),
    ).toEqual(['agency', 'agency']);
  });

  it('gives dates no attribution', () => {
    expect(credits('The army said on Aug. 12 that it controlled 1,000 square km.')).toEqual([
      ['Aug. 12', null],
      ['1,000 square km', 'army'],
    ]);
  });
});
