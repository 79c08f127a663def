import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../../server/src/config.js';
import { KNOWN_DATA_LICENCES, parseDataLicence } from '../../../server/src/open-data/data-licence.js';

describe('--data-licence', () => {
  it('defaults to CC BY 4.0 with its name, URL and title', () => {
    assert.deepEqual(loadConfig([], {}).dataLicence, {
      name: 'CC-BY-4.0',
      path: 'https://creativecommons.org/licenses/by/4.0/',
      title: 'Creative Commons Attribution 4.0',
    });
  });

  it('takes a known identifier from the flag or CIVIC_DATA_LICENCE, the flag winning', () => {
    assert.equal(loadConfig([], { CIVIC_DATA_LICENCE: 'odbl-1.0' }).dataLicence.name, 'ODbL-1.0');
    const config = loadConfig(['--data-licence', 'CC0-1.0'], { CIVIC_DATA_LICENCE: 'ODbL-1.0' });
    assert.deepEqual(
      config.dataLicence,
      KNOWN_DATA_LICENCES.find((licence) => licence.name === 'CC0-1.0'),
    );
  });

  it('takes any other licence as NAME|URL|TITLE', () => {
    assert.deepEqual(
      parseDataLicence(' city-open-1.0 | https://city.example/open-licence | City open data licence 1.0 '),
      {
        name: 'city-open-1.0',
        path: 'https://city.example/open-licence',
        title: 'City open data licence 1.0',
      },
    );
  });

  it('refuses what the Data Package spec would not accept, with a ConfigError', () => {
    for (const spec of [
      'GPL-3.0',
      'city open|https://city.example/l|Title',
      'city|ftp://city.example/l|Title',
      'city|https://city.example/l|',
      'city|https://city.example/l',
      'a|https://x.example|b|c',
    ]) {
      assert.equal(parseDataLicence(spec), undefined, spec);
      assert.throws(() => loadConfig(['--data-licence', spec], {}), ConfigError, spec);
    }
  });
});
