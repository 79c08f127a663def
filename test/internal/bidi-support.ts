/// <reference types="mocha" />
import { isolate } from '../../src/internal/user-text.js';

/** Direction marks a hostile string may carry: RLO, RLE, RLI, and a pop of an isolate it never opened. */
export const HOSTILE_NAMES = {
  override: 'Zed\u202Egnp.exe',
  embedding: 'Zed\u202Bשלום',
  isolate: 'Zed\u2067שלום',
  breakout: 'Zed\u2069\u202Egnp.exe',
} as const;

interface Glyph {
  readonly node: Text;
  readonly offset: number;
}

/** Direction marks: they draw nothing, and a sanitised copy of a string may have fewer of them. */
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The rendered text of `root` without bidi marks, in tree order, shadow roots in place of their hosts' children. */
function glyphsOf(root: Node): { readonly text: string; readonly glyphs: Glyph[] } {
  const glyphs: Glyph[] = [];
  let text = '';
  const visit = (node: Node): void => {
    if (node instanceof Text) {
      for (let offset = 0; offset < node.data.length; offset += 1) {
        const char = node.data[offset]!;
        if (char.replace(BIDI_MARKS, '') === '') continue;
        glyphs.push({ node, offset });
        text += char;
      }
      return;
    }
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
    const children =
      node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    children.forEach(visit);
  };
  visit(root);
  return { text, glyphs };
}

/** The boxes of the characters of the first `needle` in `root`'s text, bidi marks left out of both. */
function boxesOf(root: Node, marked: string): DOMRect[] {
  const needle = marked.replace(BIDI_MARKS, '');
  const { text, glyphs } = glyphsOf(root);
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" is not in the text: "${text}"`);
  return glyphs.slice(start, start + needle.length).flatMap(({ node, offset }) => {
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    const box = range.getBoundingClientRect();
    return box.width > 0 ? [box] : [];
  });
}

/** Whether `word` is drawn left to right, each letter right of the one before it. */
export function drawnInOrder(root: Node, word: string): boolean {
  const boxes = boxesOf(root, word);
  return boxes.length > 1 && boxes.every((box, i) => i === 0 || box.left >= boxes[i - 1]!.left);
}

/** Whether every letter of `word` is drawn right of every letter of `before` (on one line). */
export function drawnAfter(root: Node, word: string, before: string): boolean {
  const after = boxesOf(root, word);
  const earlier = boxesOf(root, before);
  const end = Math.max(...earlier.map((box) => box.right));
  return after.length > 0 && earlier.length > 0 && after.every((box) => box.left >= end - 0.5);
}

/** Text nodes of `root` in tree order, shadow roots in place of their hosts' children. */
function textNodes(root: Node): Text[] {
  if (root instanceof Text) return [root];
  const children = root instanceof Element && root.shadowRoot ? root.shadowRoot.childNodes : root.childNodes;
  return Array.from(children).flatMap(textNodes);
}

/**
 * Whether `node` lies in an isolating element (a <bdi>, `unicode-bidi: isolate` or `plaintext`, which
 * HTML gives every block) that holds `visible` and nothing else, so nothing of the widget's own
 * text shares an isolate with it.
 */
function inIsolatingElement(node: Text, visible: string): boolean {
  for (let element = node.parentElement; element; element = element.parentElement) {
    if ((element.textContent ?? '').replace(BIDI_MARKS, '').trim() !== visible.trim()) return false;
    if (/isolate|plaintext/.test(getComputedStyle(element).unicodeBidi)) return true;
  }
  return false;
}

/**
 * Where `text` (a user string) appears in `root`: how often in all, and how often bare, neither alone
 * in an isolating element nor between the FSI…PDI of `isolate()`.
 */
export function isolation(root: Node, text: string): { readonly found: number; readonly bare: number } {
  const visible = text.replace(BIDI_MARKS, '');
  const nodes = textNodes(root).filter((node) => node.data.replace(BIDI_MARKS, '').includes(visible));
  const bare = nodes.filter(
    (node) => !inIsolatingElement(node, visible) && !node.data.includes(isolate(text)),
  );
  return { found: nodes.length, bare: bare.length };
}
