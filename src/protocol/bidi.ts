/*
 * User text in the protocol (titles, names, regions) may hold Unicode direction controls. A client
 * that shows it isolates it (an element such as `<bdi>`, or FSI…PDI in a string); this makes the
 * isolation hold whatever the text contains.
 */

const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', '\u2068']); // LRI, RLI, FSI
const POP_ISOLATE = '\u2069'; // PDI

/**
 * The text with its isolates balanced: a pop (U+2069) that closes nothing of its own is dropped and
 * an isolate left open is closed at the end. Browsers lay an isolating element out as FSI…PDI around
 * its text, so an unbalanced pop or opener in user text would end that isolate early or late and
 * let the text's direction marks (U+202E …) reorder what follows it.
 */
export function balanceIsolates(text: string): string {
  if (!/[\u2066-\u2069]/.test(text)) return text;
  let open = 0;
  let balanced = '';
  for (const char of text) {
    if (ISOLATE_OPENERS.has(char)) open += 1;
    else if (char === POP_ISOLATE) {
      if (open === 0) continue;
      open -= 1;
    }
    balanced += char;
  }
  return balanced + POP_ISOLATE.repeat(open);
}
