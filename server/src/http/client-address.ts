import { BlockList, isIPv4, isIPv6 } from 'node:net';

/*
 * What a socket's peer address says about its client, before any request has been read: which
 * client it counts as (one IPv4 address, or one IPv6 /64: a client usually holds a whole /64), and
 * whether it is one of the proxies `--trust-proxy` names (they carry many clients' connections).
 */

/** proxy-addr's named ranges, which Fastify's `trustProxy` accepts beside addresses and CIDRs. */
const NAMED_RANGES: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/** `::ffff:192.0.2.1` (an IPv4 client of a dual-stack socket) → `192.0.2.1`; others unchanged. */
export function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

/** The eight 16-bit groups of an IPv6 address, `::` expanded. */
function ipv6Groups(address: string): string[] {
  const [head = '', tail] = address.toLowerCase().split('::') as [string, string | undefined];
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill('0'), ...right];
}

/** The client a peer address counts as: the IPv4 address, or the IPv6 address's /64 network. */
export function clientKey(address: string): string {
  const plain = plainAddress(address);
  if (!isIPv6(plain)) return plain;
  const network = ipv6Groups(plain)
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16));
  return `${network.join(':')}::/64`;
}

/** `255.255.0.0` → 16. */
function prefixOfNetmask(mask: string): number {
  return mask.split('.').reduce((bits, part) => bits + Number(part).toString(2).replace(/0/g, '').length, 0);
}

/**
 * Whether a peer address is a proxy that Fastify's `trustProxy` trusts. `true` and a hop count
 * trust every peer (the server cannot tell a proxy from a client then); `false` none.
 */
export function trustedProxyMatcher(trustProxy: boolean | number | string): (address: string) => boolean {
  if (trustProxy === false) return () => false;
  if (typeof trustProxy !== 'string') return () => true;
  const list = new BlockList();
  const entries = trustProxy
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .flatMap((entry) => NAMED_RANGES[entry] ?? [entry]);
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/') as [string, string | undefined];
    const type = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : undefined;
    if (type === undefined) continue;
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, prefix.includes('.') ? prefixOfNetmask(prefix) : Number(prefix), type);
  }
  return (address) => {
    const plain = plainAddress(address);
    const type = isIPv4(plain) ? 'ipv4' : 'ipv6';
    return list.check(plain, type);
  };
}
