import type { LightMyRequestResponse } from 'fastify';

/* Reading the server's pages in tests: markup with white space collapsed, text, link targets. */

/** The markup with each run of white space as one space and none beside tags (templates wrap long tags). */
export function flat(res: Pick<LightMyRequestResponse, 'body'>): string {
  return res.body
    .replace(/\s+/g, ' ')
    .replace(/ ?> ?</g, '><')
    .replace(/ >/g, '>')
    .replace(/< /g, '<');
}

/** The page's text, tags dropped. */
export function text(res: Pick<LightMyRequestResponse, 'body'>): string {
  return res.body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

/** The href of the link named `name` (the markup's escaping undone). */
export function hrefOf(res: Pick<LightMyRequestResponse, 'body'>, name: string): string | undefined {
  const match = new RegExp(`<a href="([^"]+)"[^>]*> ?${name} ?</a>`).exec(flat(res));
  return match?.[1]?.replace(/&amp;/g, '&');
}
