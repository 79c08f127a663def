import { html } from 'lit';
import type { TemplateResult } from 'lit';

/*
 * The page a story sits on: a language (`lang`, read by the widgets' locale fallback) and a colour
 * scheme. Widgets switch scheme with their own `theme` attribute, so the frame sets `theme` on every
 * `civic-*` element inside it and paints a matching page background. Plain custom element, no
 * Storybook APIs: the story test renders stories through this same decorator.
 */

export const STORY_LOCALES = ['en', 'ru', 'kk'] as const;
export type StoryLocale = (typeof STORY_LOCALES)[number];
export const STORY_THEMES = ['light', 'dark'] as const;
export type StoryTheme = (typeof STORY_THEMES)[number];

export interface StoryFrameGlobals {
  locale?: StoryLocale;
  theme?: StoryTheme;
}

export const INITIAL_GLOBALS: Required<StoryFrameGlobals> = { locale: 'en', theme: 'light' };

const LOCALE_TITLES: Record<StoryLocale, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

/** Storybook toolbar menus for the two globals. */
export const GLOBAL_TYPES = {
  locale: {
    description: 'Language of the page around the widgets',
    toolbar: {
      title: 'Language',
      icon: 'globe' as const,
      items: STORY_LOCALES.map((value) => ({ value, title: LOCALE_TITLES[value] })),
      dynamicTitle: true,
    },
  },
  theme: {
    description: 'Colour scheme of the widgets and the page',
    toolbar: {
      title: 'Theme',
      icon: 'contrast' as const,
      items: STORY_THEMES.map((value) => ({ value, title: value === 'light' ? 'Light' : 'Dark' })),
      dynamicTitle: true,
    },
  },
};

const frameStyles = new CSSStyleSheet();
frameStyles.replaceSync(`
  :host { display: block; padding: 1rem; background: #ffffff; color: #0b0c0c; color-scheme: light; }
  :host([theme='dark']) { background: #0b0c0c; color: #f3f2f1; color-scheme: dark; }
`);

export class CivicStoryFrame extends HTMLElement {
  static readonly observedAttributes = ['theme'];
  private readonly observer = new MutationObserver(() => this.applyTheme());

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [frameStyles];
    root.append(document.createElement('slot'));
  }

  connectedCallback(): void {
    this.observer.observe(this, { childList: true, subtree: true });
    this.applyTheme();
  }

  disconnectedCallback(): void {
    this.observer.disconnect();
  }

  attributeChangedCallback(): void {
    this.applyTheme();
  }

  private applyTheme(): void {
    const theme = this.getAttribute('theme') ?? INITIAL_GLOBALS.theme;
    for (const element of this.querySelectorAll('*')) {
      if (element.localName.startsWith('civic-') && element.localName !== 'civic-story-frame') {
        if (element.getAttribute('theme') !== theme) element.setAttribute('theme', theme);
      }
    }
  }
}

if (!customElements.get('civic-story-frame')) customElements.define('civic-story-frame', CivicStoryFrame);

/** What the decorator needs from Storybook's context (a subset, so tests can call it directly). */
export interface StoryFrameContext {
  globals: StoryFrameGlobals;
}

/** Global decorator: wraps every story in a frame with the toolbar's language and theme. */
export function withStoryFrame(story: () => unknown, context: StoryFrameContext): TemplateResult {
  const locale = context.globals.locale ?? INITIAL_GLOBALS.locale;
  const theme = context.globals.theme ?? INITIAL_GLOBALS.theme;
  return html`<civic-story-frame lang=${locale} theme=${theme}>${story()}</civic-story-frame>`;
}
