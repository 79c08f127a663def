/** The path of a petition's page on this server (the one that works without JavaScript). */
export function petitionPagePath(petitionId: string): string {
  return `/petitions/${encodeURIComponent(petitionId)}`;
}
