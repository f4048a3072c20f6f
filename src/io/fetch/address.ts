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
 * unless an allow-list range covers it. An IPv6 address that carries an IPv4 address is judged by that IPv4
 * address too, since the packets end up there: IPv4-mapped (`::ffff:a.b.c.d`), IPv4-compatible (`::a.b.c.d`)
 * and IPv4-translated forms are refused outright (no public site needs them; they are the usual way to
 * smuggle a private address past a check); NAT64 (`64:ff9b::/96`), 6to4 (`2002::/16`) and Teredo
 * (`2001::/32`) pass only when every IPv4 address they embed is public.
 */
export function addressRefusal(address: string, allow: AllowList): string | null {
  const ip = parseAddress(address);
  if (!ip) return 'not an IP address';
  if (allowed(allow, ip)) return null;
  if (ip.kind() === 'ipv6') {
    const embedded = embeddedIPv4(ip as ipaddr.IPv6);
    if (embedded) {
      for (const v4 of embedded.ipv4) {
        if (allowed(allow, v4)) continue;
        const range = v4.range();
        if (range !== 'unicast') return `${embedded.form} embedding ${RANGE_WORDS[range] ?? `a ${range} address`} (${v4.toString()})`;
      }
      if (embedded.refuseAnyway) return `${embedded.form} (${embedded.ipv4.map(String).join(', ')})`;
      return null;
    }
  }
  const range = ip.range();
  if (range === 'unicast') return null;
  return RANGE_WORDS[range] ?? `a ${range} address`;
}

function allowed(allow: AllowList, ip: ipaddr.IPv4 | ipaddr.IPv6): boolean {
  return allow.ranges.some(([net, bits]) => net.kind() === ip.kind() && ip.match(net, bits));
}

/**
 * Parses an address; IPv6 goes through the WHATWG URL parser first, which writes an embedded dotted quad
 * as hex correctly (ipaddr.js reads `::127.0.0.1` as `::ffff:7f00:1`). A zone id (`%eth0`) is dropped.
 */
function parseAddress(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const bare = address.replace(/%.*$/, '');
  if (!ipaddr.isValid(bare)) return null;
  if (!bare.includes(':')) return ipaddr.parse(bare);
  try {
    return ipaddr.parse(new URL(`http://[${bare}]/`).hostname.slice(1, -1));
  } catch {
    return null;
  }
}

/** The IPv4 address(es) an IPv6 address carries, by the form that carries them; null for none. */
export function embeddedIPv4(ip: ipaddr.IPv6): { form: string; ipv4: ipaddr.IPv4[]; refuseAnyway: boolean } | null {
  const w = ip.parts;
  const v4 = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  const zero = (from: number, to: number) => w.slice(from, to).every((x) => x === 0);
  const last = () => v4(w[6]!, w[7]!);
  if (zero(0, 5) && w[5] === 0xffff) return { form: 'an IPv4-mapped IPv6 address', ipv4: [last()], refuseAnyway: true };
  if (zero(0, 4) && w[4] === 0xffff && w[5] === 0) return { form: 'an IPv4-translated IPv6 address', ipv4: [last()], refuseAnyway: true };
  // `::` and `::1` are the unspecified and loopback addresses, not IPv4-compatible ones.
  if (zero(0, 6) && !(w[6] === 0 && w[7]! <= 1)) return { form: 'an IPv4-compatible IPv6 address', ipv4: [last()], refuseAnyway: true };
  if (w[0] === 0x64 && w[1] === 0xff9b) {
    // 64:ff9b::/96 is the well-known NAT64 prefix; anything else under 64:ff9b::/32 (64:ff9b:1::/48 for
    // one) is local-use NAT64, where the embedded address's position is not fixed: refused.
    return zero(2, 6) ? { form: 'a NAT64 address', ipv4: [last()], refuseAnyway: false } : { form: 'a local-use NAT64 address', ipv4: [last()], refuseAnyway: true };
  }
  if (w[0] === 0x2002) return { form: 'a 6to4 address', ipv4: [v4(w[1]!, w[2]!)], refuseAnyway: false };
  // Teredo: the server's address in the clear, the client's with every bit inverted.
  if (w[0] === 0x2001 && w[1] === 0) return { form: 'a Teredo address', ipv4: [v4(w[2]!, w[3]!), v4(~w[6]! & 0xffff, ~w[7]! & 0xffff)], refuseAnyway: false };
  return null;
}

/** True when `host` is an IP literal (IPv6 without brackets), so no DNS look-up is involved. */
export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(host) && (host.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(host));
}
