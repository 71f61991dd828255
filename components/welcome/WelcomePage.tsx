import type { Verdict } from '../../engine/types';
import { VerdictChip } from '../shared/VerdictChip';

/**
 * Each verdict, what it means and how its mark looks on the page (page/marking/markLook.ts): a colour
 * and a shape, so that the shape says it where the colour cannot.
 */
const VERDICTS: ReadonlyArray<{ verdict: Verdict; meaning: string; look: string }> = [
  {
    verdict: 'agree',
    meaning: 'Other sources give the same value, within a tolerance you can set (10% at first).',
    look: 'a solid green underline',
  },
  {
    verdict: 'differ',
    meaning: 'Every source of the same time gives a different value.',
    look: 'a wavy red underline',
  },
  {
    verdict: 'mixed',
    meaning:
      'Some sources of the same time agree and some differ; the line under the verdict names the one that pulls it apart.',
    look: 'a double amber underline',
  },
  {
    verdict: 'other time',
    meaning:
      'The sources describe another date, so their figures are shown on a timeline rather than counted for or against: 1,300 km² in August and 100 km² in March can both be right.',
    look: 'a dashed purple underline',
  },
  {
    verdict: 'none',
    meaning:
      'No other stored source reports it yet. In the settings you can mark these like the others or not at all.',
    look: 'a faint dotted underline',
  },
];

interface WelcomePageProps {
  /** How many news sites are marked without asking. */
  siteCount: number;
  /** Opens the options page, where sources are added, imported and turned off. */
  onOpenOptions: () => void;
}

/** The page shown once, after installing: what the marks and verdicts mean, where sources come from, privacy. */
export function WelcomePage({ siteCount, onOpenOptions }: WelcomePageProps) {
  return (
    <main class="welcome">
      <header>
        <p class="kicker">Kursk cross-check is installed</p>
        <h1>See what other sources say about a figure, right where you read it</h1>
        <p class="lede">
          When a news article gives a figure about Ukraine’s incursion into Russia’s Kursk region (land held,
          troops killed, villages taken), the extension marks it and compares it with the other articles it
          has stored.
        </p>
      </header>

      <section aria-labelledby="marks-heading">
        <h2 id="marks-heading">Marks</h2>
        <p>
          On {siteCount} news sites, such as Reuters, the BBC and the Kyiv Independent, figures about Kursk
          that the extension compares are underlined, and the underline already shows the verdict (below) by
          its colour and its shape. Point at a marked figure, or reach it with the Tab key, to open a small
          card with what the stored sources say; Enter or ↓ moves into the card, Esc brings you back. The
          toolbar button counts the page’s figures that other sources contradict. On other sites, turn marking
          on from the toolbar button.
        </p>
      </section>

      <section aria-labelledby="verdicts-heading">
        <h2 id="verdicts-heading">Verdicts</h2>
        <p>Each card sums up the other sources that speak of the same thing:</p>
        <dl class="verdicts">
          {VERDICTS.map(({ verdict, meaning, look }) => (
            <div key={verdict}>
              <dt>
                <VerdictChip verdict={verdict} />
              </dt>
              <dd>
                {meaning}{' '}
                <span class="mark-look">
                  On the page:{' '}
                  <span class={`sample sample-${verdict.replace(' ', '-')}`} aria-hidden="true">
                    1,300&nbsp;km²
                  </span>{' '}
                  {look}.
                </span>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Where the sources come from</h2>
        <p>
          A small set of reports comes with the extension, from outlets such as Reuters, The New York Times,
          the Daily Mail and Metro. Every figure in them is read by the extension itself, with the claim it
          speaks of and the date it is true for. You can add your own sources next to them, and turn any
          source off. If you turn on “Remember the Kursk articles I read” (off at first), the articles about
          Kursk you open on marked sites are kept as sources too, so the next article is compared with them.
        </p>
      </section>

      <section aria-labelledby="add-heading">
        <h2 id="add-heading">Adding and importing sources</h2>
        <ol>
          <li>
            <strong>Add a source:</strong> paste an article’s text with its outlet, title and published date.
            The published date matters: “last month” in the text is read from it. You see the figures found
            before you save.
          </li>
          <li>
            <strong>Import:</strong> choose a file exported by Kursk cross-check, from another browser or from
            someone you trust. If anything in it is wrong, nothing is imported and you are told which source
            and which field to fix.
          </li>
        </ol>
        <p>
          <button type="button" class="primary" onClick={onOpenOptions}>
            Open sources and settings
          </button>
        </p>
      </section>

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Privacy</h2>
        <p>
          Nothing leaves your browser. The extension makes no network requests: no accounts, no analytics, no
          look-ups. Pages are read in their own tab; sources, figures and settings are kept in this browser
          profile only, and go elsewhere only in a file you export yourself.
        </p>
      </section>
    </main>
  );
}
