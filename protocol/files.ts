/** The built content script (entrypoints/content-script) and the marks' style sheet (entrypoints/marks.css). */
export const CONTENT_SCRIPT = 'content-script.js';
export const CONTENT_STYLE = 'assets/marks.css';
/** Scripts the content script loads when needed (page/boot/lazyScript.ts). */
export const MARKING_SCRIPT = 'marking.js';
/** The popover's extension page, drawn in a frame (entrypoints/popover-frame); not a script of the page. */
export const POPOVER_FRAME_PAGE = 'popover-frame.html';
