/**
 * The built content script (entrypoints/content-script). It has no style sheet: each mark carries its
 * look in a closed shadow root (page/marking/markLook.ts).
 */
export const CONTENT_SCRIPT = 'content-script.js';
/** Scripts the content script loads when needed (page/boot/lazyScript.ts). */
export const MARKING_SCRIPT = 'marking.js';
/** The popover's extension page, drawn in a frame (entrypoints/popover-frame); not a script of the page. */
export const POPOVER_FRAME_PAGE = 'popover-frame.html';
