/**
 * Decodes a fetched body to text. The charset comes from, in order: a byte-order mark, the Content-Type
 * header, an HTML `<meta charset>` / `http-equiv` or XML declaration in the first bytes, else UTF-8.
 * Unknown labels fall back to UTF-8; undecodable bytes become U+FFFD (the article checks then reject
 * pages that are mostly garbage).
 */
export function decodeBody(bytes: Uint8Array, contentType: string | undefined): string {
  const label = bomCharset(bytes) ?? headerCharset(contentType) ?? sniffCharset(bytes) ?? 'utf-8';
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8'); // an unknown charset label
  }
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

/** Bytes 0x80..0x9F of windows-1252 (curly quotes, dashes...); 0 marks the five unassigned ones. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * windows-1252 (also what "latin1" and "iso-8859-1" mean on the web) by hand: Node 20's TextDecoder maps
 * 0x80..0x9F to C1 controls, which would lose the curly quotes that quote extraction depends on.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const part = bytes.subarray(i, i + 8192);
    const codes = Array.from(part, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}

function bomCharset(b: Uint8Array): string | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  return undefined;
}

function headerCharset(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return m?.[1]?.toLowerCase();
}

function sniffCharset(b: Uint8Array): string | undefined {
  // The first 2 KB as Latin-1 is enough to read an ASCII-compatible declaration.
  const head = new TextDecoder('latin1').decode(b.subarray(0, 2048));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return m?.[1]?.toLowerCase();
}
