import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import './support/design-tokens.js';
import type { TokenSection } from './support/design-tokens.js';

interface FoundationsArgs {
  section: TokenSection;
}

const ACCESSIBILITY = `
Every widget reads these tokens, so a page can theme the whole kit with a few \`--civic-*\`
custom properties and no build step. The defaults follow the GOV.UK palette.

**Accessibility**

- Text, secondary text, links and errors meet WCAG 2.2 AA contrast (4.5:1) on the background
  token in both themes; the table shows the ratio for the current theme. If you override colour
  tokens, override them for both schemes and keep those ratios.
- Focus is a 3px yellow outline with a dark ring around it, visible on light and dark pages
  (WCAG 2.4.7, 2.4.11). Do not remove it with \`::part()\` rules.
- Widgets are light by default. \`theme="dark"\` makes them dark, and \`theme="auto"\` follows
  \`prefers-color-scheme\`. In forced-colours mode (Windows High Contrast) the widgets use
  system colours.
- Sizes are in \`rem\`, so text follows the reader's browser font size and 200% zoom (WCAG 1.4.4).
- Animations (the loading shimmer) stop with \`prefers-reduced-motion: reduce\`.
`;

const meta = {
  title: 'Foundations/Design tokens',
  args: { section: 'colours' },
  argTypes: { section: { control: 'inline-radio', options: ['colours', 'typography'] } },
  render: ({ section }) => html`<civic-story-tokens section=${section}></civic-story-tokens>`,
  parameters: { docs: { description: { component: ACCESSIBILITY } } },
} satisfies Meta<FoundationsArgs>;

export default meta;
type Story = StoryObj<FoundationsArgs>;

/** Colour tokens with their resolved values in the toolbar's theme. */
export const Colours: Story = {};

/** The same tokens in the dark theme. */
export const ColoursDark: Story = {
  name: 'Colours (dark)',
  globals: { theme: 'dark' },
};

/** The type scale, with English, Russian and Kazakh samples. */
export const Typography: Story = { args: { section: 'typography' } };
