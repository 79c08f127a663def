/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { define } from '../../src/internal/define.js';
import { VERSION } from '../../src/version.js';
import { captureWarnings, uniqueTag } from './support.js';

function versioned(version: string | undefined): CustomElementConstructor & { civicVersion?: string } {
  return class extends HTMLElement {
    static readonly civicVersion = version;
  };
}

describe('define()', () => {
  let warnings: ReturnType<typeof captureWarnings>;

  beforeEach(() => {
    warnings = captureWarnings();
  });

  afterEach(() => {
    warnings.restore();
  });

  it('registers a new element', () => {
    const tag = uniqueTag('x-defined');
    const element = versioned(VERSION);
    define(tag, element);
    expect(customElements.get(tag)).to.equal(element);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('does nothing, quietly, when the same version is loaded twice', () => {
    const tag = uniqueTag('x-twice');
    const first = versioned(VERSION);
    define(tag, first);
    expect(() => define(tag, versioned(VERSION))).not.to.throw();
    expect(customElements.get(tag)).to.equal(first);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('keeps the first definition and warns when another version arrives', () => {
    const tag = uniqueTag('x-versions');
    const first = versioned('0.0.9');
    define(tag, first);
    expect(() => define(tag, versioned(VERSION))).not.to.throw();
    expect(customElements.get(tag)).to.equal(first);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain(tag).and.contain('0.0.9').and.contain(VERSION);
  });

  it('warns when the tag belongs to some other script', () => {
    const tag = uniqueTag('x-foreign');
    customElements.define(tag, class extends HTMLElement {});
    expect(() => define(tag, versioned(VERSION))).not.to.throw();
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('another script');
  });
});
