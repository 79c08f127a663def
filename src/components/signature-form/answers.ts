import type { SignatureForm, SignatureRequest } from '../../protocol/petitions.js';
import { signatureFormFields } from '../../protocol/signature-rules.js';

/** The signature request the form's answers make, trimmed, with only what the petition asks for. */
export function readAnswers(
  form: HTMLFormElement,
  signatureForm: SignatureForm,
  locale: string,
): SignatureRequest {
  const data = new FormData(form);
  const text = (name: string): string => String(data.get(name) ?? '').trim();
  const body: SignatureRequest = {
    name: text('name'),
    email: text('email'),
    eligible: signatureForm.eligibilityStatement !== null && data.has('eligible'),
    locale,
    website: String(data.get('website') ?? ''),
  };
  for (const field of signatureFormFields(signatureForm)) {
    if (field.name === 'name' || field.name === 'email') continue;
    const value = text(field.name);
    if (value !== '') body[field.name] = value;
  }
  if (signatureForm.minimumAge !== null) body.ageConfirmed = data.has('ageConfirmed');
  if (signatureForm.notifyOptIn) body.notify = data.has('notify');
  return body;
}
