import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { providePopoverView } from '@/utils/page/popoverView';
import { createPopoverView } from './view';

/** Loaded by the content script on the first hover or focus of a figure (see utils/page/popoverView). */
export default defineUnlistedScript(() => providePopoverView(createPopoverView));
