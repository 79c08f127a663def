import { nothing } from 'lit';
import { Directive, directive, PartType } from 'lit/directive.js';
import type { ElementPart, PartInfo } from 'lit/directive.js';

export type CustomPropertyMap = Readonly<Record<`--${string}`, string | undefined>>;

/**
 * Sets CSS custom properties on an element through CSSOM (`style.setProperty`), which a strict
 * `style-src` policy allows. Lit's `styleMap` is not enough: on first render it writes a `style`
 * attribute, which such a policy blocks. Use as an element expression:
 * `<div ${customProperties({ '--_civic-x': '12rem' })}>`.
 */
class CustomPropertiesDirective extends Directive {
  private readonly applied = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) {
      throw new Error(
        'customProperties() must be used as an element expression: <div ${customProperties({…})}>',
      );
    }
  }

  render(_properties: CustomPropertyMap): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [CustomPropertyMap]): typeof nothing {
    const { style } = part.element as HTMLElement;
    for (const name of this.applied) {
      if (properties[name as `--${string}`] == null) {
        style.removeProperty(name);
        this.applied.delete(name);
      }
    }
    for (const [name, value] of Object.entries(properties)) {
      if (value != null) {
        style.setProperty(name, value);
        this.applied.add(name);
      }
    }
    return nothing;
  }
}

export const customProperties = directive(CustomPropertiesDirective);
