import { z } from 'zod';
import { MAX_SHOWN, type ShownAnswer } from '../../core/index.js';
import { SLACK_LIMITS } from './mrkdwn.js';

/**
 * The value Share in channel and Copy citation carry: what the answer showed (the question, the page and each
 * quote's id with a check of its words), so the click acts on exactly those quotes, from any replica and after
 * a restart. Ten 20-character ids and a 500-character question fit Slack's 2,000-character value with room to
 * spare, so no store record is needed here. Like every value it is untrusted: checked field by field, and the
 * quotes are read again with the clicking workspace's collections.
 */
const shownSchema = z.object({
  q: z.string().min(1).max(SLACK_LIMITS.buttonValue),
  o: z.number().int().min(0).max(10_000),
  t: z.number().int().min(0).max(1_000_000),
  s: z.array(z.string().regex(/^[A-Za-z0-9_.:-]{1,90}~[A-Za-z0-9_-]{4}$/)).min(1).max(MAX_SHOWN),
});

/** Encodes what an answer showed; undefined when it showed no quote or the value would not fit. */
export function encodeShown(shown: ShownAnswer): string | undefined {
  if (!shown.quotes.length) return undefined;
  const v = JSON.stringify({ q: shown.question, o: shown.offset, t: shown.total, s: shown.quotes.map((x) => `${x.id}~${x.check}`) });
  return v.length <= SLACK_LIMITS.buttonValue ? v : undefined;
}

/** Decodes a Share / Copy citation value; undefined when it is not one of ours. */
export function decodeShown(value: string | undefined): ShownAnswer | undefined {
  if (!value) return undefined;
  try {
    const r = shownSchema.safeParse(JSON.parse(value));
    if (!r.success) return undefined;
    const quotes = r.data.s.map((x) => {
      const at = x.lastIndexOf('~');
      return { id: x.slice(0, at), check: x.slice(at + 1) };
    });
    return { question: r.data.q, offset: r.data.o, total: r.data.t, quotes };
  } catch {
    return undefined;
  }
}
