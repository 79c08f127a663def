/** Layouts of `<civic-funding-progress>`: the whole campaign, or the bar alone. */
export const FUNDING_PROGRESS_VARIANTS = ['full', 'compact'] as const;
export type FundingProgressVariant = (typeof FUNDING_PROGRESS_VARIANTS)[number];

/** How many recent supporters `with-backers` lists at most. */
export const RECENT_BACKERS_SHOWN = 5;
