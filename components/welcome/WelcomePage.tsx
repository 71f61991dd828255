import { VERDICT_TEXT } from '../shared/verdicts';

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
          On {siteCount} news sites, such as Reuters, the BBC and the Kyiv Independent, figures about a known
          claim get a{' '}
          <span class="sample-mark" aria-hidden="true">
            dotted underline
          </span>
          <span class="visually-hidden">dotted underline</span>. Point at a marked figure, or reach it with
          the Tab key, to open a small card with what the stored sources say. On other sites, turn marking on
          from the extension’s toolbar button.
        </p>
      </section>

      <section aria-labelledby="verdicts-heading">
        <h2 id="verdicts-heading">Verdicts</h2>
        <p>Each card sums up the other sources that speak of the same claim:</p>
        <dl class="verdicts">
          <div>
            <dt>
              <span class="chip chip-agree">{VERDICT_TEXT.agree}</span>
            </dt>
            <dd>Other sources give the same value, within a tolerance you can set (10% at first).</dd>
          </div>
          <div>
            <dt>
              <span class="chip chip-differ">{VERDICT_TEXT.differ}</span>
            </dt>
            <dd>Every source of the same time gives a different value for the same claim.</dd>
          </div>
          <div>
            <dt>
              <span class="chip chip-mixed">{VERDICT_TEXT.mixed}</span>
            </dt>
            <dd>
              Some sources of the same time agree and some differ; the line under the verdict names the one
              that pulls it apart.
            </dd>
          </div>
          <div>
            <dt>
              <span class="chip chip-other">{VERDICT_TEXT['other time']}</span>
            </dt>
            <dd>
              The sources describe another date, so their figures are shown on a timeline rather than counted
              for or against: 1,300&nbsp;km² in August and 100&nbsp;km² in March can both be right.
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Where the sources come from</h2>
        <p>
          A small set of reports comes with the extension, from outlets such as Reuters, The New York Times,
          the Daily Mail and Metro. Every figure in them is read by the extension itself, with the claim it
          speaks of and the date it is true for. You can add your own sources next to them, and turn any
          source off.
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
