import { createContext } from '@lit/context';
import type { CivicClient } from '../client/index.js';

/**
 * The protocol client `<civic-provider>` gives the widgets inside it. The key is a global symbol so
 * that two copies of the kit on one page still understand each other.
 */
export const clientContext = createContext<CivicClient | undefined>(Symbol.for('civic-widgets.client'));
