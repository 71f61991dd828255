// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { markLabel, popoverLabel } from '../../../page/marking/labels';
import { MARK_ATTRIBUTE } from '../../../page/marking/ownElements';
import { textOf } from '../../../page/marking/textMap';
import { textRuns } from '../../../page/marking/textRuns';
import { readFigures } from '../../../background/readFigures';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const runTexts = (root: Node): string[] =>
  [...textRuns(root)].map(({ pieces }) => textOf(pieces)).filter((text) => text.trim());

afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

describe('text the page does not show', () => {
  it.each([
    ['display:none', '<span style="display:none">9</span>'],
    ['visibility:hidden', '<span style="visibility:hidden">9</span>'],
    ['visibility:collapse', '<span style="visibility:collapse">9</span>'],
    ['a zero font size', '<span style="font-size:0">9</span>'],
    ['clipped to nothing', '<span style="position:absolute;clip:rect(0px, 0px, 0px, 0px)">9</span>'],
    ['a pixel in size', '<span style="position:absolute;width:1px;height:1px;overflow:hidden">9</span>'],
    ['far off the page', '<span style="position:absolute;left:-9999px">9</span>'],
    [
      'hidden and off the page for assistive technology too',
      '<span aria-hidden="true" style="position:absolute;top:-5000px">9</span>',
    ],
    ['hidden by a style sheet', '<span class="trap">9</span>'],
  ])('leaves out an inline element hidden by %s', (_how, hidden) => {
    document.head.innerHTML = '<style>.trap { display: none }</style>';
    const body = page(`<p>Ukraine held 1,${hidden}368 km² of Kursk Oblast.</p>`);
    expect(runTexts(body)).toEqual(['Ukraine held 1,368 km² of Kursk Oblast.']);
  });

  it('keeps text that an inner element shows again inside a hidden one', () => {
    const body = page(
      '<p>Ukraine held <span style="visibility:hidden">x<b style="visibility:visible">1,368</b></span> km².</p>',
    );
    expect(runTexts(body)).toEqual(['Ukraine held 1,368 km².']);
  });

  it('keeps a block hidden by visibility readable, and its inline elements too', () => {
    const body = page('<p style="visibility:hidden">Ukraine held <b>1,368</b> km².</p>');
    expect(runTexts(body)).toEqual(['Ukraine held 1,368 km².']);
  });

  it('keeps a hidden block readable on its own (a collapsed section), apart from its neighbours', () => {
    const body = page('<p>Ukraine held 1,</p><div style="display:none"><p>9</p></div><p>368 km².</p>');
    expect(runTexts(body)).toEqual(['Ukraine held 1,', '9', '368 km².']);
  });

  it("reads the extension's own marks again whatever the page's style says of them", () => {
    document.head.innerHTML = `<style>span { display: none } [${MARK_ATTRIBUTE}] { visibility: hidden }</style>`;
    const body = page(
      `<p>Ukraine held <span ${MARK_ATTRIBUTE}="0">1,368</span> and <span ${MARK_ATTRIBUTE}="1">140</span> km².</p>`,
    );
    expect(runTexts(body)).toEqual(['Ukraine held 1,368 and 140 km².']);
  });

  it('reads the figure a reader sees, not one with hidden digits', () => {
    const body = page(
      '<p>Kyiv says Ukraine holds 1,<span style="display:none">9</span>368 square km of Kursk Oblast.</p>',
    );
    const [text] = runTexts(body);
    const [figure] = readFigures([text!], '2024-08-20')[0]!;
    expect([figure!.value, figure!.unit]).toEqual([1368, 'km2']);
  });
});

describe('invisible characters in the page text', () => {
  it.each([
    ['a soft hyphen', '1,3\u00AD68'],
    ['a zero-width space', '1,\u200B368'],
    ['a word joiner', '1\u2060,368'],
    ['a zero-width joiner in an element of its own', '1,<span>\u200D</span>368'],
  ])('reads 1368 through %s', (_name, written) => {
    const body = page(`<p>Kyiv says Ukraine holds ${written} square km of Kursk Oblast.</p>`);
    const [text] = runTexts(body);
    const [figure] = readFigures([text!], '2024-08-20')[0]!;
    expect([figure!.value, figure!.unit]).toEqual([1368, 'km2']);
    expect(text!.slice(figure!.start, figure!.end)).toBe(figure!.text);
  });
});

describe('names of marks and popovers', () => {
  it('name a figure without the invisible characters it holds', () => {
    expect(markLabel('1,3\u00AD68 sq\u200B km')).toBe('1,368 sq km: cross-check with other sources');
    expect(popoverLabel('1,\u2060368 sq km')).toBe('Cross-check: 1,368 sq km');
  });
});
