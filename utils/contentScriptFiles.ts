/**
 * The built content script and the marks' style sheet (entrypoints/content), for running them where the
 * manifest does not: on the user's own sites and on the page the panel is asked to mark.
 */
export const CONTENT_SCRIPT = 'content-scripts/content.js';
export const CONTENT_STYLE = 'content-scripts/content.css';
