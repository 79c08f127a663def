/** English strings of <civic-funding-progress>; keys start with `fundingProgress.`. */
export const fundingProgressEn = {} as const;
