import { createContext } from '@lit/context';

/**
 * The language `<civic-provider locale>` gives the widgets inside it, as a BCP 47 tag, or
 * `undefined` when the provider leaves it to the page. The key is a global symbol so that two
 * copies of the kit on one page still understand each other.
 */
export const localeContext = createContext<string | undefined>(Symbol.for('civic-widgets.locale'));
