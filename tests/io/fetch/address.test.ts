import { describe, expect, it } from 'vitest';
import { addressRefusal, hostAllowed, isIpLiteral, parseAllowList } from '../../../src/io/fetch/address.js';

const none = parseAllowList([]);

describe('addressRefusal', () => {
  it.each([
    ['93.184.216.34', null],
    ['2606:2800:220:1:248:1893:25c8:1946', null],
    ['127.0.0.1', 'a loopback address'],
    ['127.255.255.254', 'a loopback address'],
    ['10.255.0.1', 'a private network address'],
    ['172.31.255.255', 'a private network address'],
    ['172.32.0.1', null], // just outside 172.16/12
    ['192.168.0.1', 'a private network address'],
    ['169.254.169.254', 'a link-local address (cloud metadata lives there)'],
    ['100.64.0.1', 'a carrier-grade NAT address'],
    ['0.0.0.0', 'an unspecified address'],
    ['255.255.255.255', 'a broadcast address'],
    ['224.0.0.1', 'a multicast address'],
    ['::1', 'a loopback address'],
    ['::', 'an unspecified address'],
    ['fe80::1', 'a link-local address (cloud metadata lives there)'],
    ['fd12:3456::1', 'a unique-local IPv6 address'],
    ['::ffff:10.0.0.1', 'an IPv4-mapped IPv6 address'],
    ['::ffff:8.8.8.8', 'an IPv4-mapped IPv6 address'],
    ['64:ff9b::a00:1', 'a NAT64 address'],
    ['fe80::1%eth0', 'a link-local address (cloud metadata lives there)'], // zone ids do not hide the range
    ['not-an-ip', 'not an IP address'],
  ])('%s -> %s', (ip, why) => {
    expect(addressRefusal(ip, none)).toBe(why);
  });

  it('admits exactly the allow-listed addresses and ranges', () => {
    const allow = parseAllowList(['127.0.0.1', '10.20.0.0/16', '[::1]', 'fd00::/8']);
    expect(addressRefusal('127.0.0.1', allow)).toBeNull();
    expect(addressRefusal('127.0.0.2', allow)).toBe('a loopback address');
    expect(addressRefusal('10.20.9.9', allow)).toBeNull();
    expect(addressRefusal('10.21.0.1', allow)).toBe('a private network address');
    expect(addressRefusal('::1', allow)).toBeNull();
    expect(addressRefusal('fd00::5', allow)).toBeNull();
    expect(addressRefusal('169.254.169.254', allow)).not.toBeNull();
  });
});

describe('allow-list host names', () => {
  const allow = parseAllowList(['CMS.internal', '*.corp.example']);

  it('match exactly (case-insensitive) or as sub-domains of a *. suffix', () => {
    expect(hostAllowed(allow, 'cms.internal')).toBe(true);
    expect(hostAllowed(allow, 'cms.internal.')).toBe(true);
    expect(hostAllowed(allow, 'wiki.corp.example')).toBe(true);
    expect(hostAllowed(allow, 'corp.example')).toBe(false);
    expect(hostAllowed(allow, 'evilcorp.example')).toBe(false);
    expect(hostAllowed(allow, 'cms.internal.evil.com')).toBe(false);
  });

  it.each(['http://cms.internal', 'cms internal!', '10.0.0.0/40', '*.'])('rejects the entry %j', (entry) => {
    expect(() => parseAllowList([entry])).toThrow(/"/);
  });
});

describe('isIpLiteral', () => {
  it('tells literals from names', () => {
    expect(isIpLiteral('127.0.0.1')).toBe(true);
    expect(isIpLiteral('::1')).toBe(true);
    expect(isIpLiteral('news.example')).toBe(false);
    expect(isIpLiteral('1e100.net')).toBe(false);
  });
});
