/** The built content script (entrypoints/content-script) and the marks' style sheet (entrypoints/marks.css). */
export const CONTENT_SCRIPT = 'content-script.js';
export const CONTENT_STYLE = 'assets/marks.css';
