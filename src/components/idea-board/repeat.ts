/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Lit's `repeat` directive (lit-html 3.3.3, `src/directives/repeat.ts`, BSD-3-Clause), keyed form
 * only, with one change: a removed item takes both of its marker comments with it.
 *
 * lit-html 3.3.1–3.3.3's `removePart()` removes an item's start marker and content but leaves its
 * end marker (lit/lit#5298, fix in lit/lit#5299). The virtualized idea list removes an item for
 * every idea that scrolls out of range, so scrolling through 10,000 ideas left 10,000 comments in
 * the list, and every later change to it got slower. A pin on lit-html does not reach an app that
 * installs the kit from npm: the app resolves lit-html itself, and two copies of it cannot share
 * templates. This copy removes the end marker itself, which is right with every lit-html 3.x:
 * versions that remove it already leave nothing for `end.remove()` to do.
 *
 * Only public lit APIs (`lit/directive.js`, `lit/directive-helpers.js`, `ChildPart.endNode`) are
 * used, so it works with whatever lit-html 3.x the page has. Drop it for lit's own `repeat` once
 * the lowest lit-html the kit supports has the fix.
 */
import { noChange } from 'lit';
import type { ChildPart } from 'lit';
import { directive, Directive, PartType } from 'lit/directive.js';
import type { PartInfo } from 'lit/directive.js';
import {
  getCommittedValue,
  insertPart,
  removePart,
  setChildPartValue,
  setCommittedValue,
} from 'lit/directive-helpers.js';

export type KeyFn<T> = (item: T, index: number) => unknown;
export type ItemTemplate<T> = (item: T, index: number) => unknown;

/** Removes an item's part from the DOM: its content and both of its markers. */
function removeItemPart(part: ChildPart): void {
  const end = part.endNode;
  removePart(part);
  end?.parentNode?.removeChild(end);
}

/** Maps each of `list[start..end]` to its index (built lazily, for non-contiguous changes only). */
function generateMap(list: unknown[], start: number, end: number): Map<unknown, number> {
  const map = new Map<unknown, number>();
  for (let i = start; i <= end; i++) map.set(list[i], i);
  return map;
}

class RepeatDirective extends Directive {
  private itemKeys?: unknown[];

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error('repeat() can only be used in text expressions');
  }

  private valuesAndKeys<T>(
    items: Iterable<T>,
    keyFn: KeyFn<T>,
    template: ItemTemplate<T>,
  ): { values: unknown[]; keys: unknown[] } {
    const keys: unknown[] = [];
    const values: unknown[] = [];
    let index = 0;
    for (const item of items) {
      keys[index] = keyFn(item, index);
      values[index] = template(item, index);
      index++;
    }
    return { values, keys };
  }

  render<T>(items: Iterable<T>, keyFn: KeyFn<T>, template: ItemTemplate<T>): unknown[] {
    return this.valuesAndKeys(items, keyFn, template).values;
  }

  override update<T>(
    containerPart: ChildPart,
    [items, keyFn, template]: [Iterable<T>, KeyFn<T>, ItemTemplate<T>],
  ): unknown {
    // The parts and keys of the last update (which hydration may have primed).
    const oldParts = getCommittedValue(containerPart) as Array<ChildPart | null>;
    const { values: newValues, keys: newKeys } = this.valuesAndKeys(items, keyFn, template);

    // Not an array: the first render. lit-html renders the array of values, and the keys are kept.
    if (!Array.isArray(oldParts)) {
      this.itemKeys = newKeys;
      return newValues;
    }

    // After hydration the parts can be an array before any keys were kept: every key comparison
    // then fails, and the last branch below reuses the old parts.
    const oldKeys = (this.itemKeys ??= []);
    const newParts: ChildPart[] = [];
    let newKeyToIndexMap: Map<unknown, number> | undefined;
    let oldKeyToIndexMap: Map<unknown, number> | undefined;
    let oldHead = 0;
    let oldTail = oldParts.length - 1;
    let newHead = 0;
    let newTail = newValues.length - 1;

    // lit's O(n) reconciliation, unchanged (its source explains it step by step): walk the old parts
    // and the new values from both ends, updating parts whose keys match in place, moving parts whose
    // keys moved, removing parts whose keys are gone and creating parts for new keys.
    while (oldHead <= oldTail && newHead <= newTail) {
      if (oldParts[oldHead] === null) {
        // Already used below; skip.
        oldHead++;
      } else if (oldParts[oldTail] === null) {
        oldTail--;
      } else if (oldKeys[oldHead] === newKeys[newHead]) {
        // Old head matches new head: update in place.
        newParts[newHead] = setChildPartValue(oldParts[oldHead]!, newValues[newHead]);
        oldHead++;
        newHead++;
      } else if (oldKeys[oldTail] === newKeys[newTail]) {
        // Old tail matches new tail: update in place.
        newParts[newTail] = setChildPartValue(oldParts[oldTail]!, newValues[newTail]);
        oldTail--;
        newTail--;
      } else if (oldKeys[oldHead] === newKeys[newTail]) {
        // Old head matches new tail: update and move to the new tail.
        newParts[newTail] = setChildPartValue(oldParts[oldHead]!, newValues[newTail]);
        insertPart(containerPart, newParts[newTail + 1], oldParts[oldHead]!);
        oldHead++;
        newTail--;
      } else if (oldKeys[oldTail] === newKeys[newHead]) {
        // Old tail matches new head: update and move to the new head.
        newParts[newHead] = setChildPartValue(oldParts[oldTail]!, newValues[newHead]);
        insertPart(containerPart, oldParts[oldHead]!, oldParts[oldTail]!);
        oldTail--;
        newHead++;
      } else {
        if (newKeyToIndexMap === undefined || oldKeyToIndexMap === undefined) {
          newKeyToIndexMap = generateMap(newKeys, newHead, newTail);
          oldKeyToIndexMap = generateMap(oldKeys, oldHead, oldTail);
        }
        if (!newKeyToIndexMap.has(oldKeys[oldHead])) {
          // Old head is no longer in the list: remove it.
          removeItemPart(oldParts[oldHead]!);
          oldHead++;
        } else if (!newKeyToIndexMap.has(oldKeys[oldTail])) {
          // Old tail is no longer in the list: remove it.
          removeItemPart(oldParts[oldTail]!);
          oldTail--;
        } else {
          // An addition or a move: reuse the old part if there is one.
          const oldIndex = oldKeyToIndexMap.get(newKeys[newHead]);
          const oldPart = oldIndex !== undefined ? oldParts[oldIndex] : null;
          if (oldPart === null) {
            const newPart = insertPart(containerPart, oldParts[oldHead]!);
            setChildPartValue(newPart, newValues[newHead]);
            newParts[newHead] = newPart;
          } else {
            newParts[newHead] = setChildPartValue(oldPart, newValues[newHead]);
            insertPart(containerPart, oldParts[oldHead]!, oldPart);
            // Marks the old part as used, so the first two checks above skip it.
            oldParts[oldIndex as number] = null;
          }
          newHead++;
        }
      }
    }
    // New values left over: insert them before the last new tail.
    while (newHead <= newTail) {
      const newPart = insertPart(containerPart, newParts[newTail + 1]);
      setChildPartValue(newPart, newValues[newHead]);
      newParts[newHead++] = newPart;
    }
    // Old parts left over: remove them.
    while (oldHead <= oldTail) {
      const oldPart = oldParts[oldHead++];
      if (oldPart !== null) removeItemPart(oldPart);
    }

    this.itemKeys = newKeys;
    // Sets the part's value directly, bypassing its dirty check.
    setCommittedValue(containerPart, newParts);
    return noChange;
  }
}

/**
 * Renders `template(item, index)` for each item, keeping each item's DOM by `keyFn(item, index)`:
 * an item whose key stays keeps its elements (moved if needed), so focus on them is kept; DOM is
 * never reused for another key. Keys must be unique. Lit's `repeat` with a key function, except that
 * removed items leave no marker comments behind with any lit-html 3.x (see the module's header).
 */
export const repeat = directive(RepeatDirective) as <T>(
  items: Iterable<T>,
  keyFn: KeyFn<T>,
  template: ItemTemplate<T>,
) => unknown;
