/**
 * Characters no renderer shows from article or question text: C0 and C1 controls other than tab and newline
 * (ESC and CSI start terminal sequences, CR overwrites a line), DEL, and the bidirectional overrides and
 * isolates (which reorder what is shown). One class for the CLI, Slack and Discord, so they cannot drift apart.
 */
// eslint-disable-next-line no-control-regex
const HIDDEN_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Removes the hidden controls; line breaks written as CR LF or CR become newlines first when `keepBreaks`. */
export function stripControls(raw: string, keepBreaks = true): string {
  return (keepBreaks ? raw.replace(/\r\n?/g, '\n') : raw).replace(HIDDEN_CONTROLS, '');
}

/** Text with every whitespace run folded to one space (titles, names, one-line places), controls removed. */
export function oneLine(raw: string): string {
  return stripControls(raw).replace(/\s+/g, ' ').trim();
}

const ZWSP = '\u200b';

/**
 * Breaks the broadcast words chat platforms render as pills or pings (`@everyone`, `@here`, `@channel`) with
 * a zero-width space, so quoted words never even look like a ping. Platform mention syntax (`<@id>`, `<!here>`)
 * is each renderer's own escaping.
 */
export function defuseBroadcasts(raw: string): string {
  return raw.replace(/@(everyone|here|channel)/gi, `@${ZWSP}$1`);
}

/**
 * What every chat renderer does first to untrusted words: hidden controls removed, broadcast words defused.
 * Each platform then escapes its own markup.
 */
export function neutralise(raw: string): string {
  return defuseBroadcasts(stripControls(raw));
}

/** Never ends inside a surrogate pair. */
function safeSlice(s: string, end: number): string {
  if (end <= 0) return '';
  if (end >= s.length) return s;
  const code = s.charCodeAt(end - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? end - 1 : end);
}

/**
 * Cuts plain text to at most `max` units at a word boundary (when one is reasonably close), adding `…`.
 * Returns the text unchanged when it fits. A trailing backslash is dropped with the spaces, so it cannot
 * escape the ellipsis in a markup that reads backslashes.
 */
export function cutAtWord(raw: string, max: number): { text: string; cut: boolean } {
  if (raw.length <= max) return { text: raw, cut: false };
  if (max <= 1) return { text: max === 1 ? '…' : '', cut: true };
  let head = safeSlice(raw, max - 1);
  const space = head.search(/\s\S*$/);
  // Back up to a space only when it costs less than a third of the room; a 500-letter "word" is cut anyway.
  if (space > (max - 1) * 0.66) head = head.slice(0, space);
  // Trailing spaces and backslashes dropped by a scan from the end (a `[\s\\]+$` pattern would be quadratic).
  let end = head.length;
  while (end > 0 && /[\s\\]/.test(head.charAt(end - 1))) end--;
  return { text: `${head.slice(0, end)}…`, cut: true };
}

/**
 * Escapes untrusted text with a platform's `escape` and cuts it so the ESCAPED form fits `max` (escaping can
 * grow text several-fold, so cutting first and escaping after could overflow). Cuts the raw text at a word,
 * so an escape sequence is never split.
 */
export function fitEscaped(raw: string, max: number, escape: (raw: string) => string): { text: string; cut: boolean } {
  let room = max;
  let cut = false;
  for (;;) {
    const c = cutAtWord(raw, room);
    const escaped = escape(c.text);
    cut ||= c.cut;
    if (escaped.length <= max) return { text: escaped, cut };
    if (room <= 1) return { text: '', cut: true };
    // Shrink by the overflow (at least one unit) and try again; converges because escaping only grows text.
    room -= Math.max(1, escaped.length - max);
  }
}
