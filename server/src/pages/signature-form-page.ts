import { SIGNATURE_MAX_LENGTH, signatureFormFields } from '#protocol';
import type {
  FieldError,
  SignatureConfirmation,
  SignatureField,
  SignatureForm,
  SignatureFormField,
} from '#protocol';
import type { ServerLocale } from '../config.js';
import { renderErrorSummary, renderFieldError } from './error-summary.js';
import type { SummaryItem } from './error-summary.js';
import { html } from './html.js';
import type { SafeHtml } from './html.js';
import { SIGNATURE_FORM_STRINGS } from './signature-strings.js';

/*
 * The petition page's signature form, GOV.UK style, for browsers without scripts: the petition's
 * own fields (signatureFormFields, as the widget asks them), label then hint then error, answers
 * kept after an error, and a hidden Idempotency-Key made for each rendered form so a double
 * submit signs once.
 */

/** What one rendering of the form holds. */
export interface SignatureFormState {
  /** The answers as sent (checkboxes as `true`), kept when the form comes back with errors. */
  readonly values: Readonly<Record<string, string>>;
  /** Field errors in the protocol's terms (field and code). */
  readonly errors: readonly FieldError[];
  /** This form's Idempotency-Key. */
  readonly key: string;
  /** The key was used before with other answers. */
  readonly sentBefore?: boolean;
  /** Refused by a rate limit: seconds until signing may work again. */
  readonly retryAfterS?: number;
}

/** Names of the form's hidden fields. */
export const KEY_FIELD = 'idempotencyKey';

type Answer = SignatureField | SignatureConfirmation | 'notify';

const AUTOCOMPLETE: Partial<Record<SignatureField, string>> = {
  name: 'name',
  email: 'email',
  postcode: 'postal-code',
  address: 'street-address',
};

export function fieldId(name: Answer | 'form'): string {
  return `sign-${name}`;
}

function isSignatureField(field: string, form: SignatureForm): field is SignatureField {
  return signatureFormFields(form).some((f) => f.name === field);
}

/** The localized message for one field error; an empty answer always reads as "enter …". */
export function errorMessage(
  locale: ServerLocale,
  form: SignatureForm,
  error: FieldError,
  value: string,
): string {
  const s = SIGNATURE_FORM_STRINGS[locale];
  if (error.field === 'eligible' || error.field === 'ageConfirmed') return s.required[error.field];
  if (!isSignatureField(error.field, form)) return s.required.name;
  const field = error.field;
  if (value.trim() === '' || error.code === 'required') return s.required[field];
  if (error.code === 'too_long') {
    return s.tooLong(s.labels[field], new Intl.NumberFormat(locale).format(SIGNATURE_MAX_LENGTH[field]));
  }
  if (error.code === 'not_allowed') return s.notAllowed(s.labels[field]);
  return s.invalid[field];
}

/** "in 5 minutes", "in 23 hours", "tomorrow": when a rate-limited signer may try again. */
function retryWhen(locale: ServerLocale, seconds: number): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (seconds < 60) return format.format(Math.max(1, Math.ceil(seconds)), 'second');
  if (seconds < 3600) return format.format(Math.ceil(seconds / 60), 'minute');
  return format.format(Math.ceil(seconds / 3600), 'hour');
}

/** The errors in the form's order, one per answer, as summary items. */
export function summaryItems(
  locale: ServerLocale,
  form: SignatureForm,
  state: SignatureFormState,
): SummaryItem[] {
  const items: SummaryItem[] = [];
  if (state.sentBefore) {
    items.push({ fieldId: fieldId('name'), message: SIGNATURE_FORM_STRINGS[locale].sentBefore });
  }
  if (state.retryAfterS !== undefined) {
    items.push({
      fieldId: fieldId('email'),
      message: SIGNATURE_FORM_STRINGS[locale].tooMany(retryWhen(locale, state.retryAfterS)),
    });
  }
  const order: string[] = [...signatureFormFields(form).map((f) => f.name), 'eligible', 'ageConfirmed'];
  const seen = new Set<string>();
  for (const field of order) {
    const error = state.errors.find((e) => e.field === field);
    if (!error || seen.has(field)) continue;
    seen.add(field);
    items.push({
      fieldId: fieldId(field as Answer),
      message: errorMessage(locale, form, error, state.values[field] ?? ''),
    });
  }
  return items;
}

function describedBy(...ids: (string | false)[]): string | undefined {
  const list = ids.filter((id): id is string => id !== false);
  return list.length > 0 ? list.join(' ') : undefined;
}

function renderControl(
  field: SignatureFormField,
  id: string,
  value: string,
  describedIds: string | undefined,
  invalid: boolean,
  chooseLabel: string,
): SafeHtml {
  const aria = html`${describedIds ? html` aria-describedby="${describedIds}"` : ''}${invalid ? html` aria-invalid="true"` : ''}`;
  if (field.options) {
    return html`<select id="${id}" name="${field.name}" ${aria}>
      <option value="">${chooseLabel}</option>
      ${field.options.map(
        (option) =>
          html`<option value="${option.value}" dir="auto" ${option.value === value ? html` selected` : ''}>
            ${option.label}
          </option>`,
      )}
    </select>`;
  }
  const type = field.name === 'email' ? 'email' : 'text';
  const autocomplete = AUTOCOMPLETE[field.name];
  return html`<input
    id="${id}"
    name="${field.name}"
    type="${type}"
    dir="auto"
    value="${value}"
    ${autocomplete ? html`autocomplete="${autocomplete}"` : ''}
    ${field.name === 'email' ? html`spellcheck="false"` : ''}
    ${aria}
  />`;
}

function renderField(
  locale: ServerLocale,
  field: SignatureFormField,
  state: SignatureFormState,
  message: string | undefined,
): SafeHtml {
  const s = SIGNATURE_FORM_STRINGS[locale];
  const id = fieldId(field.name);
  const hint = field.name === 'email' ? `${id}-hint` : false;
  const errorId = message !== undefined ? `${id}-error` : false;
  return html`<div class="field${message !== undefined ? ' field-error' : ''}">
    <label for="${id}">${s.labels[field.name]}${field.required ? '' : ` ${s.optional}`}</label>
    ${hint ? html`<p class="hint" id="${hint}">${s.emailHint}</p>` : ''}
    ${renderFieldError(locale, id, message)}
    ${renderControl(field, id, state.values[field.name] ?? '', describedBy(hint, errorId), message !== undefined, s.choose)}
  </div>`;
}

function renderCheckbox(
  locale: ServerLocale,
  name: SignatureConfirmation | 'notify',
  label: string,
  state: SignatureFormState,
  message: string | undefined,
): SafeHtml {
  const id = fieldId(name);
  const checked = state.values[name] === 'true';
  return html`<div class="field checkbox${message !== undefined ? ' field-error' : ''}">
    ${renderFieldError(locale, id, message)}
    <input
      type="checkbox"
      id="${id}"
      name="${name}"
      value="true"
      ${checked ? html`checked` : ''}
      ${message !== undefined ? html`aria-describedby="${id}-error" aria-invalid="true"` : ''}
    />
    <label for="${id}" dir="auto">${label}</label>
  </div>`;
}

/** The form, posting to `action`; `form` is the petition's signature form in the page's language. */
export function renderSignatureForm(
  locale: ServerLocale,
  form: SignatureForm,
  state: SignatureFormState,
  action: string,
): SafeHtml {
  const s = SIGNATURE_FORM_STRINGS[locale];
  const message = (field: string): string | undefined => {
    const error = state.errors.find((e) => e.field === field);
    return error && errorMessage(locale, form, error, state.values[field] ?? '');
  };
  return html`<section aria-labelledby="${fieldId('form')}">
    <h2 id="${fieldId('form')}">${s.heading}</h2>
    <form method="post" action="${action}" novalidate>
      <input type="hidden" name="${KEY_FIELD}" value="${state.key}" />
      <input type="hidden" name="lang" value="${locale}" />
      ${signatureFormFields(form).map((field) => renderField(locale, field, state, message(field.name)))}
      ${
        form.eligibilityStatement !== null
          ? renderCheckbox(locale, 'eligible', form.eligibilityStatement, state, message('eligible'))
          : ''
      }
      ${
        form.minimumAge !== null
          ? renderCheckbox(locale, 'ageConfirmed', s.age(form.minimumAge), state, message('ageConfirmed'))
          : ''
      }
      ${form.notifyOptIn ? renderCheckbox(locale, 'notify', s.notify, state, undefined) : ''}
      ${form.privacyNoticeUrl ? html`<p><a href="${form.privacyNoticeUrl}">${s.privacy}</a></p>` : ''}
      <button type="submit">${s.submit}</button>
    </form>
  </section>`;
}

/** The form's error summary (empty without errors). */
export function renderSignatureErrors(
  locale: ServerLocale,
  form: SignatureForm,
  state: SignatureFormState,
): SafeHtml | '' {
  return renderErrorSummary(locale, summaryItems(locale, form, state));
}
