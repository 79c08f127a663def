/** English strings of <civic-idea-board>; keys start with `ideaBoard.`. */
export const ideaBoardEn = {} as const;
