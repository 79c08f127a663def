/** Layouts of `<civic-petition-card>`: the whole petition, or a short card for a 280 px sidebar. */
export const PETITION_CARD_VARIANTS = ['full', 'compact'] as const;
export type PetitionCardVariant = (typeof PETITION_CARD_VARIANTS)[number];

/** How many regions the region table shows before "Show all". */
export const TOP_REGIONS = 5;

/** How long a count change takes to roll to the new figure, in ms (none with reduced motion). */
export const COUNT_ANIMATION_MS = 800;
