import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { describedBy, renderErrorMessage } from '../../internal/form/error-message.js';
import { SIGNATURE_MAX_LENGTH } from '../../protocol/petitions.js';
import type { Petition, SignatureFormField } from '../../protocol/petitions.js';
import { AUTOCOMPLETE, LABELS } from './fields.js';
import type { AnswerError } from './fields.js';

/*
 * The signature form's questions: a labelled field for each answer the petition asks for, and a
 * checkbox for each statement. Hint, then error, then the control, GOV.UK's order.
 */

function renderError(localize: LocalizeController, id: string, error: AnswerError | undefined): unknown {
  return error ? renderErrorMessage(localize, `${id}-error`, localize.term(error.message)) : nothing;
}

function renderControl(
  localize: LocalizeController,
  field: SignatureFormField,
  p: Petition,
  described: string | undefined,
  invalid: boolean,
): TemplateResult {
  const id = `f-${field.name}`;
  const ariaDescribedBy = described ?? nothing;
  const ariaInvalid = invalid ? 'true' : nothing;
  if (field.options) {
    return html`<select
      id=${id}
      name=${field.name}
      class="input select"
      autocomplete=${AUTOCOMPLETE[field.name].select}
      aria-describedby=${ariaDescribedBy}
      aria-invalid=${ariaInvalid}
    >
      <option value="">${localize.term('sign.choose')}</option>
      ${field.options.map((option) => html`<option value=${option.value} lang=${p.locale ?? nothing} dir="auto">${option.label}</option>`)}
    </select>`;
  }
  if (field.name === 'address') {
    return html`<textarea
      id=${id}
      name=${field.name}
      class="input"
      rows="3"
      maxlength=${SIGNATURE_MAX_LENGTH.address}
      autocomplete=${AUTOCOMPLETE.address.text}
      aria-describedby=${ariaDescribedBy}
      aria-invalid=${ariaInvalid}
    ></textarea>`;
  }
  const type = field.name === 'email' ? 'email' : 'text';
  return html`<input
    id=${id}
    name=${field.name}
    class="input width-${field.name}"
    type=${type}
    maxlength=${SIGNATURE_MAX_LENGTH[field.name]}
    autocomplete=${AUTOCOMPLETE[field.name].text}
    spellcheck="false"
    autocapitalize=${field.name === 'postcode' ? 'characters' : field.name === 'name' ? 'words' : 'off'}
    aria-describedby=${ariaDescribedBy}
    aria-invalid=${ariaInvalid}
  />`;
}

/** One answer the petition asks for: label (with "(optional)"), hint, error, control. */
export function renderAnswerField(
  localize: LocalizeController,
  field: SignatureFormField,
  p: Petition,
  error: AnswerError | undefined,
): TemplateResult {
  const id = `f-${field.name}`;
  const hint = field.name === 'email' ? localize.term('sign.emailHint') : undefined;
  const described = describedBy(hint && `${id}-hint`, error && `${id}-error`);
  const label = localize.term(LABELS[field.name]);
  return html`<div class=${error ? 'field field-error' : 'field'}>
    <label class="label" for=${id}
      >${label}${field.required ? nothing : html` <span class="optional">${localize.term('sign.optional')}</span>`}</label
    >
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing} ${renderError(localize, id, error)}
    ${renderControl(localize, field, p, described, error !== undefined)}
  </div>`;
}

/** A statement to confirm (or the email opt-in): error, then the box and its label, then a hint. */
export function renderCheckbox(
  localize: LocalizeController,
  name: 'eligible' | 'ageConfirmed' | 'notify',
  label: unknown,
  error: AnswerError | undefined,
  hint?: string,
): TemplateResult {
  const id = `f-${name}`;
  return html`<div class=${error ? 'field field-error' : 'field'}>
    ${renderError(localize, id, error)}
    <div class="checkbox">
      <input
        id=${id}
        name=${name}
        type="checkbox"
        class="checkbox-input"
        aria-describedby=${describedBy(hint && `${id}-hint`, error && `${id}-error`) ?? nothing}
        aria-invalid=${error ? 'true' : nothing}
      />
      <label class="checkbox-label" for=${id}>${label}</label>
    </div>
    ${hint ? html`<p class="hint checkbox-hint" id="${id}-hint">${hint}</p>` : nothing}
  </div>`;
}
