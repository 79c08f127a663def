/** English strings of <civic-expert-leaderboard>; keys start with `expertLeaderboard.`. */
export const expertLeaderboardEn = {} as const;
