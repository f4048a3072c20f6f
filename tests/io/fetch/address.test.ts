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
    ['::ffff:10.0.0.1', 'an IPv4-mapped IPv6 address embedding a private network address (10.0.0.1)'],
    ['::ffff:8.8.8.8', 'an IPv4-mapped IPv6 address (8.8.8.8)'], // no public site needs the mapped form
    ['64:ff9b::a00:1', 'a NAT64 address embedding a private network address (10.0.0.1)'],
    // IPv4-in-IPv6, every form, written every way: judged by the IPv4 address inside.
    ['::127.0.0.1', 'an IPv4-compatible IPv6 address embedding a loopback address (127.0.0.1)'],
    ['::7f00:1', 'an IPv4-compatible IPv6 address embedding a loopback address (127.0.0.1)'],
    ['0:0:0:0:0:0:a9fe:a9fe', 'an IPv4-compatible IPv6 address embedding a link-local address (cloud metadata lives there) (169.254.169.254)'],
    ['::8.8.8.8', 'an IPv4-compatible IPv6 address (8.8.8.8)'],
    ['::ffff:127.0.0.1', 'an IPv4-mapped IPv6 address embedding a loopback address (127.0.0.1)'],
    ['::ffff:7f00:1', 'an IPv4-mapped IPv6 address embedding a loopback address (127.0.0.1)'],
    ['::ffff:0:192.168.1.1', 'an IPv4-translated IPv6 address embedding a private network address (192.168.1.1)'],
    ['64:ff9b::127.0.0.1', 'a NAT64 address embedding a loopback address (127.0.0.1)'],
    ['64:ff9b::8.8.8.8', null], // NAT64 to a public address: how IPv6-only networks reach IPv4 sites
    ['64:ff9b:1::8.8.8.8', 'a local-use NAT64 address (8.8.8.8)'],
    ['2002:7f00:1::', 'a 6to4 address embedding a loopback address (127.0.0.1)'],
    ['2002:a9fe:a9fe::1', 'a 6to4 address embedding a link-local address (cloud metadata lives there) (169.254.169.254)'],
    ['2002:808:808::1', null],
    // Teredo: server 65.54.227.120, client 192.168.0.1 stored inverted (3f57:ff fe).
    ['2001:0:4136:e378:8000:63bf:3f57:fffe', 'a Teredo address embedding a private network address (192.168.0.1)'],
    ['2001:0:a00:1:8000:63bf:f7f7:f7f7', 'a Teredo address embedding a private network address (10.0.0.1)'],
    ['2001:0:4136:e378:8000:63bf:f7f7:f7f7', null], // server and client (8.8.8.8) both public
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
    expect(addressRefusal('2002:a14:101::', allow)).toBeNull(); // 6to4 of the allowed 10.20.1.1
    expect(addressRefusal('::127.0.0.1', allow)).not.toBeNull(); // the mapped/compatible forms never pass
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
