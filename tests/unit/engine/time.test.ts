import { describe, expect, it } from 'vitest';
import { compare, judgeAgainst } from '../../../engine/index';
import { only, read } from './helpers';

describe('a claim is one quantity over time', () => {
  it('dates land at its height by the words that name the height', () => {
    const height = only(
      'At its height the Ukrainian push held about 1,200 square km of Kursk.',
      '2025-02-01',
    );
    expect([height.claim, height.asOf]).toEqual(['territory.held', '2024-08']);
    const initially = only('Kyiv initially seized roughly 1,250 sq km of the region.', '2025-02-01');
    expect([initially.claim, initially.asOf]).toEqual(['territory.held', '2024-08']);
  });

  it('dates land still held by the article', () => {
    const now = only('Kyiv still holds roughly 350 sq km of the region.', '2025-02-01');
    expect([now.claim, now.asOf]).toEqual(['territory.held', '2025-02-01']);
  });

  it('prefers a date written in the sentence to a word naming the height', () => {
    const dated = read(
      'By late January, the area Kyiv had seized was down to 420 square km.',
      '2025-02-10',
    )[1]!;
    expect([dated.claim, dated.asOf]).toEqual(['territory.held', '2025-01']);
  });

  it('dates figures by the day of the statement that reports them', () => {
    const figure = read(
      'In the region, Russian losses rose to about 30,000 troops, including 9,000 killed, the Ukrainian command reported on Jan. 9.',
      '2025-01-15',
    )[0]!;
    expect(figure.asOf).toBe('2025-01-09');
    const weekday = only(
      'Moscow said on Monday its forces had retaken 300 square km in Kursk.',
      '2025-02-13',
    );
    expect(weekday.asOf).toBe('2025-02-10');
  });

  it('resolves months, seasons and weeks named without a day against the article', () => {
    const february = read(
      'By the end of February, Kyiv held less than 400 square km of the region.',
      '2025-03-20',
    );
    expect(february.find((f) => f.unit === 'km2')!.asOf).toBe('2025-02');
    const december = read('In late December Kyiv held about 600 square km of the region.', '2025-03-20');
    expect(december.find((f) => f.unit === 'km2')!.asOf).toBe('2024-12');
    expect(only('Some 12,000 North Korean soldiers were sent to Kursk last autumn.', '2025-03-01').asOf).toBe(
      '2024-10',
    );
    expect(only('Last week Ukraine still held about 200 square km in Kursk.', '2025-03-14').asOf).toBe(
      '2025-03-07',
    );
  });

  it('does not date a running total by the start of its span', () => {
    const total = read(
      'Moscow claimed Ukraine had lost more than 60,000 soldiers in Kursk since August.',
      '2025-03-01',
    );
    expect(total[0]!.asOf).toBe('2025-03-01');
    const strikes = only(
      'Since the beginning of this summer, the region has faced 900 strikes.',
      '2024-08-20',
    );
    expect(strikes.asOf).toBe('2024-08-20');
  });

  it('gives a figure of no known claim the time of the article', () => {
    const figure = only('The governor counted 40 damaged schools in the district.', '2025-02-13');
    expect([figure.claim, figure.asOf]).toEqual([null, '2025-02-13']);
  });
});

describe('never link what is not the same', () => {
  it('keeps dates outside a fixed date claim out of it', () => {
    const earlier = only(
      'Ukraine pushed across the border in a raid on Belgorod in June 2023.',
      '2025-03-10',
    );
    expect(earlier.claim).toBeNull();
    const said = read(
      'The cross-border incursion into Kursk continues, the Ukrainian commander said on Aug. 19.',
      '2024-08-20',
    ).find((f) => f.unit === 'date')!;
    expect(said.claim).toBeNull();
    const start = read('The incursion into Kursk was launched on August 6.', '2024-08-20')[0]!;
    expect(start.claim).toBe('incursion.start.date');
  });

  it('files land taken within a short span as a change, not as the land held', () => {
    const gain = only(
      'On Thursday the army took another 25 square kilometers of Russian territory.',
      '2024-08-16',
    );
    expect(gain.claim).toBe('territory.gained.period');
  });

  it('does not take "within weeks" for a short stated span', () => {
    const figure = only(
      'Its units seized about 1,200 square km of Russian territory within weeks.',
      '2025-03-16',
    );
    expect(figure.claim).toBe('territory.held');
  });

  it('files the size of the region apart from the land held in it', () => {
    const region = only('The Kursk region covers about 29,000 square kilometers.', '2024-08-16');
    expect(region.claim).toBe('kursk.region.area');
  });

  it('keeps counts over a stated span out of running totals', () => {
    const daily = only('Russia lost 1,250 troops in the past 24 hours, Kyiv says.', '2025-01-10');
    expect(daily.claim).toBe('casualties.ru.period');
    const span = read('Moscow says it retook 150 square km of Kursk in the past week.', '2025-03-10')[0]!;
    expect(span.claim).toBe('territory.recaptured.period');
  });

  it('gives a figure that leaves out whose people they are the people of the figure it is joined to', () => {
    const [killed, wounded] = read(
      'Officials in Seoul said about 200 North Korean troops had died and 1,800 wounded in fighting for Moscow.',
      '2025-01-05',
    );
    expect([killed!.claim, wounded!.claim]).toEqual(['troops.nk.killed', 'troops.nk.wounded']);
  });

  it('keeps the words of a contrasting clause for its own figures', () => {
    const [russian, korean] = read(
      "Russia's losses in the Kursk region rose to 50,000 troops, while North Korean units suffered 2,000 casualties.",
      '2025-03-01',
    );
    expect([russian!.claim, korean!.claim]).toEqual(['casualties.ru.kursk', 'troops.nk.casualties']);
  });

  it('reads past an aside set off by commas to the verb that says what happened', () => {
    const share = only(
      'By its count, 55% of the Kursk land, which Ukrainian troops first took by surprise, has since been regained.',
      '2025-01-10',
    );
    expect(share.claim).toBe('territory.recaptured');
  });

  it('reads NK as North Korea', () => {
    expect(only('NK casualties pass 2,500 troops, Seoul says.', '2025-02-01').claim).toBe(
      'troops.nk.casualties',
    );
  });

  it('tells the killed from the total that includes them', () => {
    const [total, killed] = read(
      'In the Kursk operation Russian losses reached 30,000 personnel, including 11,000 killed, Kyiv said.',
      '2025-01-20',
    );
    expect([total!.claim, killed!.claim]).toEqual(['casualties.ru.kursk', 'casualties.ru.kursk.killed']);
  });

  it('tells a share of the Kursk land from a share of Ukraine', () => {
    const kursk = only(
      'Russia says it has retaken 40% of the land Ukraine had seized in Kursk.',
      '2025-01-20',
    );
    expect(kursk.claim).toBe('territory.recaptured');
    const ukraine = only('Russia now occupies about 19% of Ukrainian territory.', '2025-01-20');
    expect(ukraine.claim).toBe('ukraine.territory.occupied.share');
  });

  it('reads "under the control of Ukraine" as land Ukraine holds', () => {
    const held = only('By then 900 square km were under the control of Ukraine.', '2024-08-20');
    expect(held.claim).toBe('territory.held');
  });
});

describe('comparable times', () => {
  it('judges land held at dates further apart than its window as another time', () => {
    const march = only('Ukraine now holds only about 110 square km in Kursk.', '2025-03-16');
    const february = only('Ukraine now holds only about 400 square km in Kursk.', '2025-02-14');
    expect(judgeAgainst(march)(february)!.verdict).toBe('other time');
    const days = only('Ukraine now holds only about 120 square km in Kursk.', '2025-03-10');
    expect(judgeAgainst(march)(days)!.verdict).toBe('agree');
  });

  it('lets a month overlap the days in it', () => {
    const month = read('Ukraine had gained 500 sq miles of Kursk in August 2024.', '2025-03-10')[0]!;
    const day = only('Ukraine now holds about 1,250 square km of Kursk.', '2024-08-25');
    expect(judgeAgainst(day)(month)!.verdict).toBe('agree');
  });

  it('compares slow claims over a wider window than fast ones', () => {
    const early = only('Seoul says about 11,000 North Korean troops were sent to Russia.', '2024-11-01');
    const later = only('Some 11,500 North Korean troops were deployed to Russia.', '2024-12-10');
    expect(compare(early, later)!.verdict).toBe('agree');
  });
});

describe('sentences', () => {
  it('starts a new sentence at a quotation that opens the next line', () => {
    const figure = only('Moscow said its forces had advanced.\n"Our units retook 90 square km," it said.');
    expect(figure.sentence).toBe('"Our units retook 90 square km," it said.');
  });
});

describe('May', () => {
  it('is a month after "in" or "by", and a verb otherwise', () => {
    const month = read('In May, Kyiv held about 700 square km of the region.', '2025-06-10');
    expect(month.find((f) => f.unit === 'km2')!.asOf).toBe('2025-05');
    const verb = only('May the 900 square km held now be enough, Kyiv said.', '2025-06-10');
    expect(verb.asOf).toBe('2025-06-10');
  });
});
