/*
 * What a focus indicator looks like, measured in the page from computed styles (WCAG 1.4.11 and
 * 2.4.7): for the focused element of the page itself (skipped when focus is inside a widget, which
 * styles its own), the colours the focus adds (outline, box-shadow rings, a background highlight)
 * and the colour behind the element. `contrast` is the best of those colours against that
 * background: a two-colour indicator (yellow and black) passes on light and dark backgrounds alike.
 * Each element is reported once; focusing one again answers `{ repeat: true }`.
 * A plain script string: the page runs it as is, and it needs no helper of the test's bundler.
 */

export interface FocusReport {
  /** A short description of the element (tag, text or label). */
  element: string;
  /** The colours the focus indicator is drawn in. */
  indicator: string[];
  /** The opaque colour behind the element. */
  behind: string;
  /** The highest contrast ratio of an indicator colour against `behind`; 0 without an indicator. */
  contrast: number;
  path?: string;
}

/** What the probe answers: null while focus is inside a widget, `repeat` once the page has come round. */
export type FocusProbeAnswer = FocusReport | { repeat: true } | null;

export const FOCUS_PROBE = String.raw`(() => {
  const element = document.activeElement;
  if (!element || element === document.body || element.shadowRoot) return null;
  window.__focusSeen = window.__focusSeen || new WeakSet();
  if (window.__focusSeen.has(element)) return { repeat: true };
  window.__focusSeen.add(element);
  const parse = (text) => {
    const match = /rgba?\(([^)]+)\)/.exec(text);
    if (!match) return null;
    const parts = match[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return { r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1 };
  };
  const channel = (value) => {
    const v = value / 255;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  };
  const luminance = (c) => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  const ratio = (a, b) => {
    const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
    return (x + 0.05) / (y + 0.05);
  };
  const focused = getComputedStyle(element);
  const indicator = [];
  if (focused.outlineStyle !== 'none' && parseFloat(focused.outlineWidth) > 0) indicator.push(focused.outlineColor);
  for (const match of focused.boxShadow.matchAll(/rgba?\([^)]+\)/g)) indicator.push(match[0]);
  const focusedBackground = focused.backgroundColor;
  element.blur();
  const unfocusedBackground = getComputedStyle(element).backgroundColor;
  element.focus({ preventScroll: true });
  if (focusedBackground !== unfocusedBackground) indicator.push(focusedBackground);
  let behind = null;
  for (let node = element.parentElement; node; node = node.parentElement) {
    const colour = parse(getComputedStyle(node).backgroundColor);
    if (colour && colour.a === 1) {
      behind = colour;
      break;
    }
  }
  behind = behind || { r: 255, g: 255, b: 255, a: 1 };
  const visible = indicator.map(parse).filter((c) => c && c.a > 0);
  const contrast = visible.reduce((best, c) => Math.max(best, ratio(c, behind)), 0);
  const label = (element.getAttribute('aria-label') || element.textContent || '').trim().replace(/\s+/g, ' ');
  return {
    element: element.localName + (element.id ? '#' + element.id : '') + ' "' + label.slice(0, 40) + '"',
    indicator,
    behind: 'rgb(' + behind.r + ', ' + behind.g + ', ' + behind.b + ')',
    contrast: Math.round(contrast * 100) / 100,
  };
})()`;
