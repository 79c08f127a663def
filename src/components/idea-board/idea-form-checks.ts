import type { TermKey } from '../../i18n/messages.js';
import type { TemplateParams } from '../../i18n/format.js';
import { IDEA_BODY_MAX, IDEA_TITLE_MAX, IDEA_TITLE_MIN } from '../../protocol/ideas.js';
import type { Board, CreateIdeaRequest } from '../../protocol/ideas.js';

/** The fields of a new idea. */
export const IDEA_FIELDS = ['title', 'body', 'category'] as const;
export type IdeaField = (typeof IDEA_FIELDS)[number];

export interface IdeaFieldError {
  /** The field at fault; undefined for an error the backend gave about no field the form shows. */
  readonly name: IdeaField | undefined;
  readonly message: TermKey;
  readonly params?: TemplateParams;
}

/** What is wrong with a new idea, checked the way the server checks it. */
export function checkIdea(body: CreateIdeaRequest, board: Board): IdeaFieldError[] {
  const errors: IdeaFieldError[] = [];
  if (body.title === '') errors.push({ name: 'title', message: 'ideaBoard.error.titleMissing' });
  else if (body.title.length < IDEA_TITLE_MIN)
    errors.push({ name: 'title', message: 'ideaBoard.error.titleTooShort', params: { min: IDEA_TITLE_MIN } });
  else if (body.title.length > IDEA_TITLE_MAX)
    errors.push({ name: 'title', message: 'ideaBoard.error.titleTooLong', params: { max: IDEA_TITLE_MAX } });
  if (body.body.length > IDEA_BODY_MAX)
    errors.push({ name: 'body', message: 'ideaBoard.error.bodyTooLong', params: { max: IDEA_BODY_MAX } });
  if (body.category !== undefined && !board.categories.some((c) => c.id === body.category))
    errors.push({ name: 'category', message: 'ideaBoard.error.categoryInvalid' });
  return errors;
}

/** A field error from the server (422), in the reader's words: by field and the protocol's code. */
export function serverFieldError({ field, code }: { field: string; code: string }): IdeaFieldError {
  if (field === 'title') {
    if (code === 'duplicate') return { name: 'title', message: 'ideaBoard.error.titleDuplicate' };
    if (code === 'required') return { name: 'title', message: 'ideaBoard.error.titleMissing' };
    if (code === 'too_short')
      return { name: 'title', message: 'ideaBoard.error.titleTooShort', params: { min: IDEA_TITLE_MIN } };
    if (code === 'too_long')
      return { name: 'title', message: 'ideaBoard.error.titleTooLong', params: { max: IDEA_TITLE_MAX } };
    return { name: 'title', message: 'ideaBoard.error.titleInvalid' };
  }
  if (field === 'body') {
    if (code === 'too_long')
      return { name: 'body', message: 'ideaBoard.error.bodyTooLong', params: { max: IDEA_BODY_MAX } };
    return { name: 'body', message: 'ideaBoard.error.bodyInvalid' };
  }
  if (field === 'category') return { name: 'category', message: 'ideaBoard.error.categoryInvalid' };
  return { name: undefined, message: 'sign.error.other' };
}
