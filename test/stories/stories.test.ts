/// <reference types="mocha" />
import { aTimeout, expect } from '@open-wc/testing';
import { render } from 'lit';
import type { RequestHandler } from 'msw';
import { INITIAL_GLOBALS, STORY_THEMES, withStoryFrame } from '../../.storybook/story-frame.js';
import type { StoryFrameGlobals, StoryTheme } from '../../.storybook/story-frame.js';
import { startMockWorker, worker } from '../mocks/browser.js';
import { STORY_MODULES } from './all-stories.generated.js';

/*
 * Renders every story of stories/*.stories.ts the way Storybook does (args, render, decorators,
 * msw handlers) and audits it with axe, in the light and the dark theme. Play functions are not run.
 */

type Args = Record<string, unknown>;
type Render = (args: Args, context: StoryContext) => unknown;
type Decorator = (story: () => unknown, context: StoryContext) => unknown;
type MswParameter =
  RequestHandler[] | { handlers?: RequestHandler[] | Record<string, RequestHandler | RequestHandler[]> };

interface Annotations {
  args?: Args;
  render?: Render;
  decorators?: Decorator[] | Decorator;
  parameters?: { msw?: MswParameter } & Record<string, unknown>;
  globals?: StoryFrameGlobals;
  name?: string;
}

interface Meta extends Annotations {
  title?: string;
  component?: string;
  excludeStories?: string[] | RegExp;
  includeStories?: string[] | RegExp;
}

interface StoryContext {
  id: string;
  name: string;
  title: string;
  args: Args;
  argTypes: Record<string, unknown>;
  globals: StoryFrameGlobals;
  parameters: Record<string, unknown>;
  viewMode: 'story';
  loaded: Record<string, unknown>;
}

/** `ErrorState` → `Error State`, like Storybook's default story names. */
function storyName(exportName: string): string {
  return exportName
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/^./, (c) => c.toUpperCase());
}

function isIncluded(meta: Meta, name: string): boolean {
  const matches = (rule: string[] | RegExp) => (Array.isArray(rule) ? rule.includes(name) : rule.test(name));
  if (meta.includeStories && !matches(meta.includeStories)) return false;
  return !(meta.excludeStories && matches(meta.excludeStories));
}

/** msw handlers of a story: story-level keys override meta-level keys, like Storybook's parameters. */
function mswHandlers(meta: Meta, story: Annotations): RequestHandler[] {
  const byKey: Record<string, RequestHandler[]> = {};
  let list: RequestHandler[] | undefined;
  for (const msw of [meta.parameters?.msw, story.parameters?.msw]) {
    if (msw === undefined) continue;
    const handlers = Array.isArray(msw) ? msw : msw.handlers;
    if (handlers === undefined) continue;
    if (Array.isArray(handlers)) {
      list = handlers;
      continue;
    }
    for (const [key, value] of Object.entries(handlers)) byKey[key] = Array.isArray(value) ? value : [value];
  }
  return [...(list ?? []), ...Object.values(byKey).flat()];
}

function toArray<T>(value: T[] | T | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function defaultRender(meta: Meta): Render {
  return (args) => {
    if (!meta.component) throw new Error('A story needs a render function or a meta.component tag name');
    return Object.assign(document.createElement(meta.component), args);
  };
}

/** Every element under `root`, through open shadow roots. */
function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/**
 * Waits until every Lit element has finished updating and nothing in the tree (light or shadow)
 * changed for two quiet periods in a row, so data loaded through msw is on screen before the audit.
 * Gives up after ~3 s and audits whatever is there (a loading state is audited too).
 */
async function settle(root: HTMLElement): Promise<void> {
  let quiet = 0;
  for (let round = 0; round < 60 && quiet < 2; round++) {
    let changed = false;
    const observer = new MutationObserver(() => (changed = true));
    const watch = (node: Node) =>
      observer.observe(node, { subtree: true, childList: true, attributes: true, characterData: true });
    watch(root);
    for (const element of deepElements(root)) if (element.shadowRoot) watch(element.shadowRoot);
    await Promise.all(
      deepElements(root).map(
        (element) => (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete,
      ),
    );
    await aTimeout(50);
    observer.disconnect();
    quiet = changed ? 0 : quiet + 1;
  }
}

async function renderStory(
  meta: Meta,
  story: Annotations,
  context: StoryContext,
  container: HTMLElement,
): Promise<void> {
  const renderFn = story.render ?? meta.render ?? defaultRender(meta);
  // Storybook order: story decorators innermost, then the meta's, then the preview's (the frame).
  const decorators = [...toArray(story.decorators), ...toArray(meta.decorators), withStoryFrame as Decorator];
  let storyFn = () => renderFn(context.args, context);
  for (const decorator of decorators) {
    const inner = storyFn;
    storyFn = () => decorator(inner, context);
  }
  const result = storyFn();
  if (typeof result === 'string')
    throw new Error('Stories must return Lit templates or nodes, not HTML strings');
  if (result instanceof Node) container.replaceChildren(result);
  else render(result, container);
  await settle(container);
}

const allStories = STORY_MODULES.flatMap(([file, module]) => {
  const meta = (module.default ?? {}) as Meta;
  const title = meta.title ?? file.replace(/^stories\/|\.stories\.ts$/g, '');
  return Object.entries(module)
    .filter(([name]) => name !== 'default' && name !== '__namedExportsOrder' && isIncluded(meta, name))
    .map(([exportName, value]) => {
      const story: Annotations =
        typeof value === 'function' ? { render: value as Render } : (value as Annotations);
      return { file, title, meta, story, exportName, name: story.name ?? storyName(exportName) };
    });
});

describe('stories', function () {
  // A story is audited in up to two themes, each settling for up to ~3 s; axe alone takes ~2 s a
  // theme over a whole page of 100 ideas (2,200 elements), which the idea board keeps in the DOM.
  this.timeout(30_000);
  before(() => startMockWorker());

  afterEach(() => {
    worker.resetHandlers();
    document.documentElement.lang = 'en';
  });

  it('finds the stories of every stories/*.stories.ts file', () => {
    expect(STORY_MODULES.length, 'story files').to.be.greaterThan(0);
    for (const [file] of STORY_MODULES) {
      expect(
        allStories.some((entry) => entry.file === file),
        `${file} has no stories`,
      ).to.be.true;
    }
  });

  for (const { title, meta, story, exportName, name } of allStories) {
    it(`${title} › ${name}`, async () => {
      const globals = { ...INITIAL_GLOBALS, ...meta.globals, ...story.globals };
      const themes: readonly StoryTheme[] =
        (story.globals?.theme ?? meta.globals?.theme) ? [globals.theme] : STORY_THEMES;
      for (const theme of themes) {
        worker.resetHandlers(...mswHandlers(meta, story));
        const container = document.createElement('div');
        document.body.append(container);
        const context: StoryContext = {
          id: `${title}--${exportName}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-'),
          name,
          title,
          args: { ...meta.args, ...story.args },
          argTypes: {},
          globals: { ...globals, theme },
          parameters: { ...meta.parameters, ...story.parameters },
          viewMode: 'story',
          loaded: {},
        };
        try {
          await renderStory(meta, story, context, container);
          expect(
            container.querySelector('civic-story-frame')?.childElementCount,
            'story rendered nothing',
          ).to.be.greaterThan(0);
          await expect(container, `${theme} theme`).to.be.accessible();
        } finally {
          render(null, container);
          container.remove();
        }
      }
    });
  }
});
