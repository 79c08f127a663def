import { virtualize as stockVirtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { VirtualizeDirectiveConfig } from '@lit-labs/virtualizer/virtualize.js';
import { directive } from 'lit/directive.js';
import type { DirectiveResult } from 'lit/directive.js';
import { getDirectiveClass } from 'lit/directive-helpers.js';
import { repeat } from './repeat.js';

/** `@lit-labs/virtualizer`'s directive class, which the package declares but does not export. */
type StockVirtualizeDirective =
  ReturnType<typeof stockVirtualize> extends DirectiveResult<infer C> ? C : never;

const StockVirtualizeDirective = getDirectiveClass(stockVirtualize()) as StockVirtualizeDirective;

/**
 * `@lit-labs/virtualizer`'s `virtualize` directive, rendering its range with our `repeat`
 * (`./repeat.ts`) instead of lit's, so ideas that leave the range leave no marker comments behind
 * whatever lit-html 3.x the page resolves (lit/lit#5298).
 *
 * Everything else is the package's own directive, inherited: it makes and configures the
 * `Virtualizer` (which the package does not export), follows its `rangeChanged` events and
 * disconnects and reconnects it, so layouts, resize observers and scrolling behave as with the
 * stock directive. Only `render()` differs: it picks the same items (the range's first to last) and
 * hands them, the key function and the item template to our `repeat`.
 */
class VirtualizeDirective extends StockVirtualizeDirective {
  override render(config?: VirtualizeDirectiveConfig<unknown>): unknown {
    // Called with a config only where lit renders without updating (server rendering): the stock
    // render takes the config's item template and key function, and its result is not used.
    if (config) super.render(config);
    const items: unknown[] = [];
    if (this._first >= 0 && this._last >= this._first) {
      for (let i = this._first; i <= this._last; i++) items.push(this._items[i]);
    }
    return repeat(items, this._keyFunction, this._renderItem);
  }
}

/** `virtualize` from `@lit-labs/virtualizer/virtualize.js`, without lit-html 3.3.1–3.3.3's leak. */
export const virtualize = directive(VirtualizeDirective) as <T>(
  config?: VirtualizeDirectiveConfig<T>,
) => DirectiveResult<typeof VirtualizeDirective>;
