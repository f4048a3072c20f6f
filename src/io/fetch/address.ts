import ipaddr from 'ipaddr.js';

/** Plain-words names for the address ranges a fetch refuses, for error messages. */
const RANGE_WORDS: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private network address',
  linkLocal: 'a link-local address (cloud metadata lives there)',
  carrierGradeNat: 'a carrier-grade NAT address',
  uniqueLocal: 'a unique-local IPv6 address',
  ipv4Mapped: 'an IPv4-mapped IPv6 address',
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
  reserved: 'a reserved address',
  benchmarking: 'a benchmarking address',
  rfc6145: 'an IPv4-translated IPv6 address',
  rfc6052: 'a NAT64 address',
  '6to4': 'a 6to4 address',
  teredo: 'a Teredo address',
};

/** A parsed allow-list: host names (exact or `*.suffix`) and address ranges that bypass the SSRF guard. */
export interface AllowList {
  hosts: ReadonlySet<string>;
  suffixes: readonly string[];
  ranges: readonly [ipaddr.IPv4 | ipaddr.IPv6, number][];
}

/**
 * Parses allow-list entries: `news.internal`, `*.corp.example`, `127.0.0.1`, `::1`, `10.0.0.0/8`.
 * Throws a plain Error naming the first entry that is none of these (the config layer words it).
 */
export function parseAllowList(entries: readonly string[]): AllowList {
  const hosts = new Set<string>();
  const suffixes: string[] = [];
  const ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];
  for (const raw of entries) {
    const e = raw.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
    if (!e) continue;
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(e)) throw new Error(`"${raw}" is a URL; write the host name alone`);
    if (e.includes('/')) {
      if (!ipaddr.isValidCIDR(e)) throw new Error(`"${raw}" is not a valid address range`);
      ranges.push(ipaddr.parseCIDR(e));
    } else if (ipaddr.isValid(e)) {
      const ip = ipaddr.parse(e);
      ranges.push([ip, ip.kind() === 'ipv4' ? 32 : 128]);
    } else if (/^\*\.([a-z0-9-]+\.)*[a-z0-9-]+$/.test(e)) {
      suffixes.push(e.slice(1));
    } else if (/^([a-z0-9_-]+\.)*[a-z0-9_-]+$/.test(e)) {
      hosts.add(e);
    } else {
      throw new Error(`"${raw}" is not a host name, address or address range`);
    }
  }
  return { hosts, suffixes, ranges };
}

/** True when the allow-list names this host (case-insensitive, `*.suffix` matching sub-domains only). */
export function hostAllowed(allow: AllowList, hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return allow.hosts.has(h) || allow.suffixes.some((s) => h.endsWith(s));
}

/**
 * Why an address may not be fetched, or null when it may: only globally routable unicast addresses pass,
 * unless an allow-list range covers it. IPv4-mapped IPv6 (`::ffff:127.0.0.1`) is refused outright, since it
 * is the usual way to smuggle a private IPv4 address past a check.
 */
export function addressRefusal(address: string, allow: AllowList): string | null {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  const ip = ipaddr.parse(address);
  if (allow.ranges.some(([net, bits]) => net.kind() === ip.kind() && ip.match(net, bits))) return null;
  const range = ip.range();
  if (range === 'unicast') return null;
  return RANGE_WORDS[range] ?? `a ${range} address`;
}

/** True when `host` is an IP literal (IPv6 without brackets), so no DNS look-up is involved. */
export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(host) && (host.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(host));
}
