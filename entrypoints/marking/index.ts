import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { articleFacts } from '@/page/boot/article';
import { provideMarkingScript } from '@/page/boot/markingScript';
import { startMarking } from '../../page/marking/marking';
import { answerPanel } from '../../page/marking/panelAnswers';

/** Loaded by the content script once the page mentions Kursk or the panel asks (page/boot/markingScript). */
export default defineUnlistedScript({
  globalName: false,
  main: () =>
    provideMarkingScript({
      mark: (lifetime) => startMarking(lifetime, articleFacts(document)),
      answer: answerPanel,
    }),
});
