import { describe, expect, it } from 'vitest';
import { only, read } from './helpers';

describe('claims (claims)', () => {
  it.each([
    ['Its troops seized up to 1,000 square kilometres in the Kursk region in August.', 'territory.held'],
    ['Ukrainian troops now hold only about 80 sq km in Kursk.', 'territory.held'],
    ['Russia has retaken about 1,100 square kilometres of the region.', 'territory.recaptured'],
    ['Seoul says about 11,000 North Korean troops were sent to Russia.', 'troops.nk.deployed'],
    ['At least 3,000 North Korean troops are thought to have perished.', 'troops.nk.killed'],
    ['Kyiv says 4,000 North Korean soldiers were killed or wounded.', 'troops.nk.casualties'],
    ['Russia has lost 787,940 troops, killed or wounded, since its invasion.', 'casualties.ru.total'],
    ['Ukraine has also seen more than 100,000 troops killed or injured.', 'casualties.ua.total'],
    ['Biden signed off nearly $6 billion in military aid for Ukraine.', 'aid.us.package'],
    ['Kyiv has received more than $260 billion in Western aid.', 'aid.western.total'],
    ['Russia currently controls around 20% of Ukrainian territory.', 'ukraine.territory.occupied.share'],
    ['Ukraine backed a proposal for a 30-day ceasefire.', 'ceasefire.duration'],
    ['The US stopped intelligence-sharing with Ukraine on 5 March.', 'intel.sharing.pause.date'],
    ["Russia's invasion of Ukraine in February 2022 has left many dead.", 'war.start.date'],
    ['Around 150 prisoners from each side were exchanged.', 'pow.exchange.count'],
    ["Russia's Defense Ministry claimed to have retaken two villages.", 'settlements.recaptured.count'],
    ['Sudzha had a population of about 5,000 people before the incursion.', 'sudzha.population'],
    ['After a seven-month incursion, the troops withdrew.', 'incursion.duration'],
    ['It is the three-year-old war in Ukraine.', 'war.duration'],
    ['The US paused military aid on 3 March.', 'aid.us.pause.date'],
    ['Washington resumed military aid on 11 March.', 'aid.us.resume.date'],
    ["Kyiv's troops punched into Russia's Kursk region on Aug 6.", 'incursion.start.date'],
    ['The number of Russian troops in Kursk rose to roughly 70,000.', 'troops.ru.kursk'],
  ])('%s → %s', (text, claim) => {
    expect(read(text)[0]!.claim).toBe(claim);
  });

  it('files land held at the peak and land still held under one claim, at two times', () => {
    const figures = read(
      'An offensive this month has reduced the area under Ukrainian control to about 110 square km (42 square miles), down from the more than 1,368 square km (528 square miles) claimed by Kyiv last year.',
    );
    expect(figures.map((f) => [f.text, f.claim])).toEqual([
      ['about 110 square km', 'territory.held'],
      ['42 square miles', 'territory.held'],
      ['more than 1,368 square km', 'territory.held'],
      ['528 square miles', 'territory.held'],
    ]);
  });

  it('leaves figures no claim fits without a claim', () => {
    expect(only('The museum has 4,000 paintings.').claim).toBeNull();
  });
});

describe('as-of dates', () => {
  it('uses the article date for present-state claims', () => {
    expect(only('Russia has lost 787,940 troops.', '2024-12-31').asOf).toBe('2024-12-31');
  });

  it('uses an explicit date in the sentence', () => {
    expect(read('Ukraine had gained 500 sq miles of Kursk in August 2024.', '2025-03-10')[0]!.asOf).toBe(
      '2024-08',
    );
  });

  it('resolves "last year" and weekdays against the article date', () => {
    expect(only('Kyiv claimed 1,368 square km last year.', '2025-03-16').asOf).toBe('2024');
    expect(only('Ukraine and Russia swapped 175 prisoners on Wednesday.', '2025-03-16').asOf).toBe(
      '2025-03-12',
    );
  });

  it('does not take the start of a period as the time a figure describes', () => {
    expect(
      read('Russia has lost 700,000 troops since February 2022 in Ukraine.', '2025-03-16')[0]!.asOf,
    ).toBe('2025-03-16');
  });

  it('gives no as-of date to fixed facts', () => {
    expect(only('Ukraine backed a 30-day ceasefire.').asOf).toBeNull();
  });
});

describe('attribution', () => {
  it.each([
    ['The area is about 110 square km, according to open source maps.', 'open source maps'],
    ['Ukraine says as many as 11,000 North Korean troops are fighting.', 'Ukraine'],
    ["Russia's Defense Ministry claimed to have retaken two villages.", "Russia's Defense Ministry"],
    ['Ukrainian sources claim two battalions of North Korean troops are there.', 'Ukrainian sources'],
    ['The land, 1,368 square km claimed by Kyiv last year, is gone.', 'Kyiv'],
    [
      'U.S. intelligence estimates say more than 100,000 Russian troops have been killed.',
      'U.S. intelligence estimates',
    ],
    ['Russia holds 600 square km, Ukrainian officials said.', 'Ukrainian officials'],
    ['Moscow later said it killed 76,000 Ukrainian troops.', 'Moscow'],
    ['North Korea lost about 4,000 soldiers, according to Western estimates.', 'Western estimates'],
  ])('%s → %s', (text, attribution) => {
    expect(only(text).attribution).toBe(attribution);
  });

  it('gives null when nobody is credited', () => {
    expect(only('Russia has lost 787,940 troops.').attribution).toBeNull();
  });
});
