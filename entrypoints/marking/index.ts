import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { articleFacts } from '@/utils/page/article';
import { provideMarkingScript } from '@/utils/page/markingScript';
import { startMarking } from './marking';
import { answerPanel } from './panelAnswers';

/** Loaded by the content script once the page mentions Kursk or the panel asks (utils/page/markingScript). */
export default defineUnlistedScript({
  globalName: false,
  main: () =>
    provideMarkingScript({
      mark: (lifetime) => startMarking(lifetime, articleFacts(document)),
      answer: answerPanel,
    }),
});
