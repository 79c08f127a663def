/** Layouts of `<civic-petition-card>`: the whole petition, or a short card for a 280 px sidebar. */
export const PETITION_CARD_VARIANTS = ['full', 'compact'] as const;
export type PetitionCardVariant = (typeof PETITION_CARD_VARIANTS)[number];
