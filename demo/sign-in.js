import { PAGE_TEXT } from './i18n.js';

/*
 * Demo sign-in, standing in for the city's own identity provider: a name is exchanged for a
 * participant token at the demo server's `POST /dev/token` (the same name is the same person), kept
 * for this browser tab, and handed to the widgets through each provider's `getToken`. A widget that
 * needs a signed-in participant fires `civic-auth-required`; the page answers by opening this dialog,
 * and once signed in tells that widget (`continueAfterSignIn`), which finishes what the citizen was
 * doing (the idea board casts the vote pressed) and puts focus back where it was.
 */

const TOKEN_KEY = 'civic-demo-token';
const NAME_KEY = 'civic-demo-name';

function read(key) {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key, value) {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } catch {
    // Storage blocked: the sign-in lasts until the page is left.
  }
}

let token = read(TOKEN_KEY);
let name = read(NAME_KEY);
/** The widget whose `civic-auth-required` opened the dialog, to tell once the citizen has signed in. */
let waiting = null;

/** A stable subject for a name (FNV-1a), so signing in again as "Dana" is the same participant. */
function subjectOf(displayName) {
  let hash = 0x811c9dc5;
  for (const char of displayName.trim().toLowerCase()) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `demo-${hash.toString(16).padStart(8, '0')}`;
}

function text(key, fallback) {
  const lang = document.documentElement.lang;
  return (lang === 'ru' || lang === 'kk' ? PAGE_TEXT[lang][key] : undefined) ?? fallback;
}

function render(account) {
  const status = account.querySelector('[data-account-status]');
  const signIn = account.querySelector('[data-sign-in]');
  const signOut = account.querySelector('[data-sign-out]');
  if (!status || !signIn || !signOut) return;
  status.hidden = name === null;
  signIn.hidden = name !== null;
  signOut.hidden = name === null;
  const who = status.querySelector('[data-account-name]');
  if (who) who.textContent = name ?? '';
}

export function setUpSignIn() {
  for (const provider of document.querySelectorAll('civic-provider')) {
    provider.getToken = () => token;
  }
  const account = document.querySelector('[data-account]');
  const dialog = document.querySelector('dialog[data-sign-in-dialog]');
  if (!account || !dialog) return;
  const form = dialog.querySelector('form');
  const input = dialog.querySelector('input');
  const error = dialog.querySelector('[data-sign-in-error]');
  render(account);

  const open = () => {
    if (error) error.hidden = true;
    dialog.showModal();
    input?.focus();
  };
  account.querySelector('[data-sign-in]')?.addEventListener('click', () => {
    waiting = null;
    open();
  });
  account.querySelector('[data-sign-out]')?.addEventListener('click', () => {
    token = null;
    name = null;
    write(TOKEN_KEY, null);
    write(NAME_KEY, null);
    location.reload();
  });
  dialog.querySelector('[data-cancel]')?.addEventListener('click', () => {
    waiting = null;
    dialog.close();
  });
  document.addEventListener('civic-auth-required', (event) => {
    waiting = event.target;
    if (!dialog.open) open();
  });

  form?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const displayName = input?.value.trim() ?? '';
    if (displayName === '') {
      input?.focus();
      return;
    }
    try {
      const response = await fetch('/dev/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ displayName, subject: subjectOf(displayName) }),
      });
      if (!response.ok) throw new Error(`status ${response.status}`);
      token = /** @type {{ token: string }} */ (await response.json()).token;
      name = displayName;
      write(TOKEN_KEY, token);
      write(NAME_KEY, name);
      dialog.close();
      render(account);
      const widget = waiting;
      waiting = null;
      // The widget finishes what the citizen was doing and moves focus back to it; signed in from
      // the header, focus goes to "Sign out" beside the new name.
      if (typeof widget?.continueAfterSignIn === 'function') widget.continueAfterSignIn();
      else account.querySelector('[data-sign-out]')?.focus();
    } catch {
      if (error) {
        error.textContent = text('signInFailed', 'Could not sign in. Try again.');
        error.hidden = false;
      }
    }
  });
}
