/** Layouts of `<civic-funding-progress>`: the whole campaign, or the bar alone. */
export const FUNDING_PROGRESS_VARIANTS = ['full', 'compact'] as const;
export type FundingProgressVariant = (typeof FUNDING_PROGRESS_VARIANTS)[number];
