/// <reference types="mocha" />
import { a11ySnapshot, findAccessibilityNode, sendMouse } from '@web/test-runner-commands';

/** A node of Chromium's accessibility tree, as the test runner reports it. */
export interface AccessibilityNode {
  readonly role: string;
  readonly name: string;
  readonly children: AccessibilityNode[];
}

let snapshotIds = 0;

/** The accessibility tree under `element` (shadow roots included). */
export async function accessibilityTree(element: Element): Promise<AccessibilityNode> {
  const hadId = element.hasAttribute('id');
  if (!hadId) element.id = `a11y-root-${++snapshotIds}`;
  try {
    return (await a11ySnapshot({ selector: `#${element.id}` })) as unknown as AccessibilityNode;
  } finally {
    if (!hadId) element.removeAttribute('id');
  }
}

/** The first node with `role` (and `name`, when given) under `element`, or `null`. */
export async function findByRole(element: Element, role: string, name?: string): Promise<AccessibilityNode | null> {
  const tree = await accessibilityTree(element);
  return findAccessibilityNode<AccessibilityNode>(
    tree,
    (node) => node.role === role && (name === undefined || node.name === name),
  );
}

/** All nodes of the tree, depth first. */
export function flatten(node: AccessibilityNode): AccessibilityNode[] {
  return [node, ...(node.children ?? []).flatMap(flatten)];
}

/** Clicks the middle of `element` with the real mouse. */
export async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const { x, y, width, height } = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
}

/** Records `console.warn` calls until `restore()`. */
export function captureWarnings(): { readonly messages: string[]; restore(): void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    restore: () => {
      console.warn = original;
    },
  };
}

let tagCount = 0;

/** A tag name no other test has used, since custom elements cannot be undefined. */
export function uniqueTag(prefix: string): string {
  return `${prefix}-${++tagCount}-${Math.random().toString(36).slice(2, 8)}`;
}
