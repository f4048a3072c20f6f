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
