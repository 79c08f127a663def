/** Longest excerpt of an idea's text in the list, in characters. */
export const EXCERPT_LENGTH = 180;

/** How much of the text, in excerpt lengths, is read for an excerpt before all of it is. */
const HEAD_LENGTHS = 4;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The start of an idea's text, with its whitespace collapsed, cut at a word boundary. The list
 * makes one for every idea it builds while scrolling, so a long text is collapsed only as far as
 * the excerpt needs; a start that is mostly whitespace falls back to the whole text.
 */
export function excerpt(body: string, length = EXCERPT_LENGTH): string {
  const head = body.length > length * HEAD_LENGTHS ? collapse(body.slice(0, length * HEAD_LENGTHS)) : '';
  const text = head.length > length ? head : collapse(body);
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
