import { stripControls } from '../../core/index.js';

/**
 * Text from articles and questions made safe to print on a terminal: C0 and C1 control characters (ESC and
 * CSI start the sequences that move the cursor, recolour or retitle a terminal; CR overwrites a line), DEL and
 * the bidirectional overrides and isolates (which reorder what is shown) are removed. Newline and tab stay: the
 * renderer lays out its lines with them.
 */
export function forTerminal(text: string): string {
  return stripControls(text, false);
}
