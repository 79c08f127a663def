import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clientKey, trustedProxyMatcher } from '../../../server/src/http/client-address.js';

describe('clientKey', () => {
  it('counts an IPv4 client by its address, whether the socket is IPv4 or dual-stack', () => {
    assert.equal(clientKey('192.0.2.7'), '192.0.2.7');
    assert.equal(clientKey('::ffff:192.0.2.7'), '192.0.2.7');
    assert.notEqual(clientKey('192.0.2.7'), clientKey('192.0.2.8'));
  });

  it('counts an IPv6 client by its /64, however the address is written', () => {
    assert.equal(clientKey('2001:db8:1:2:3:4:5:6'), '2001:db8:1:2::/64');
    assert.equal(clientKey('2001:0db8:0001:0002::9'), '2001:db8:1:2::/64');
    assert.equal(clientKey('2001:db8::1'), '2001:db8:0:0::/64');
    assert.equal(clientKey('::1'), '0:0:0:0::/64');
    assert.notEqual(clientKey('2001:db8:1:2::1'), clientKey('2001:db8:1:3::1'));
  });
});

describe('trustedProxyMatcher', () => {
  it('trusts nobody when trustProxy is off, and everybody for true or a hop count', () => {
    assert.equal(trustedProxyMatcher(false)('10.0.0.1'), false);
    assert.equal(trustedProxyMatcher(true)('203.0.113.9'), true);
    assert.equal(trustedProxyMatcher(2)('203.0.113.9'), true);
  });

  it('trusts the addresses, CIDRs, netmasks and named ranges of a list', () => {
    const trusted = trustedProxyMatcher(
      '10.1.2.3, 192.168.0.0/16, 172.20.0.0/255.255.0.0, fd00::/8, loopback',
    );
    for (const address of [
      '10.1.2.3',
      '::ffff:10.1.2.3',
      '192.168.44.5',
      '172.20.9.9',
      'fd12::1',
      '127.0.0.2',
      '::1',
    ])
      assert.equal(trusted(address), true, address);
    for (const address of ['10.1.2.4', '172.21.0.1', '203.0.113.9', '2001:db8::1'])
      assert.equal(trusted(address), false, address);
    assert.equal(trustedProxyMatcher('uniquelocal')('10.9.9.9'), true);
    assert.equal(trustedProxyMatcher('linklocal')('169.254.1.1'), true);
  });
});
