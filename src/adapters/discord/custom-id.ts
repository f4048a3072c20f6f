import { LIMITS } from './text.js';

/**
 * Button ids. Discord hands a button's `custom_id` (at most 100 characters) back on every click, so it
 * carries what the click needs: a short key to the remembered question (paging, share), the quote id
 * (show context, which is stateless and re-checked against the clicker's collections), or the quotes an answer
 * showed (share, copy citation: `shown.ts`).
 */
export type ButtonAction =
  | { kind: 'more'; key: string; offset: number }
  /** `shown`: the quotes the answer showed (`shown.ts`); absent only in a Share button made before it carried them. */
  | { kind: 'share'; key: string; offset: number; shown?: string }
  /** Copy citation of the quotes shown. */
  | { kind: 'cite'; shown: string }
  | { kind: 'ctx'; quoteId: string }
  | { kind: 'ctx-at'; key: string; offset: number; index: number }
  /** "Wrong speaker?": the shown quotes' ids; and the Undo of a correction. */
  | { kind: 'fix'; quoteIds: string[] }
  | { kind: 'unfix'; correctionId: string };

const PREFIX = 'onr';
const KEY = /^[A-Za-z0-9_-]{1,32}$/;
const QUOTE_ID = /^[A-Za-z0-9_.:-]{1,90}$/;
/** A shown-quotes token (`shown.ts`): packed ids and checks, plain ids and checks, or `@` and a store record's key. */
const SHOWN = /^(?:\d{1,7}(?:\.(?:[A-Za-z0-9_-]{18}){1,10}|:[A-Za-z0-9_-]{1,24}~[A-Za-z0-9_-]{4}(?:,[A-Za-z0-9_-]{1,24}~[A-Za-z0-9_-]{4}){0,9})|@[A-Za-z0-9_-]{1,32})$/;
/** Quote ids a "Wrong speaker?" button lists (comma-separated, so no comma in an id). */
const PLAIN_ID = /^[A-Za-z0-9_-]{1,40}$/;
const CORRECTION_ID = /^c[a-f0-9]{12}$/;

/** Encodes a button action; returns undefined when it cannot fit in 100 characters. */
export function encodeButton(action: ButtonAction): string | undefined {
  let id: string;
  switch (action.kind) {
    case 'more':
      if (!KEY.test(action.key)) return undefined;
      id = `${PREFIX}|${action.kind}|${action.key}|${action.offset}`;
      break;
    case 'share':
      if (!KEY.test(action.key) || !action.shown || !SHOWN.test(action.shown)) return undefined;
      id = `${PREFIX}|share|${action.key}|${action.offset}|${action.shown}`;
      break;
    case 'cite':
      if (!SHOWN.test(action.shown)) return undefined;
      id = `${PREFIX}|cite|${action.shown}`;
      break;
    case 'ctx':
      if (!QUOTE_ID.test(action.quoteId)) return undefined;
      id = `${PREFIX}|ctx|${action.quoteId}`;
      break;
    case 'ctx-at':
      if (!KEY.test(action.key)) return undefined;
      id = `${PREFIX}|ctx-at|${action.key}|${action.offset}|${action.index}`;
      break;
    case 'fix': {
      // As many of the shown quotes as fit in the id, best first.
      const ids = action.quoteIds.filter((q) => PLAIN_ID.test(q));
      const kept: string[] = [];
      for (const q of ids) if (`${PREFIX}|fix|${[...kept, q].join(',')}`.length <= LIMITS.customId) kept.push(q);
      if (kept.length === 0) return undefined;
      id = `${PREFIX}|fix|${kept.join(',')}`;
      break;
    }
    case 'unfix':
      if (!CORRECTION_ID.test(action.correctionId)) return undefined;
      id = `${PREFIX}|unfix|${action.correctionId}`;
      break;
  }
  return id.length <= LIMITS.customId ? id : undefined;
}

const count = (s: string | undefined): number | undefined => (s !== undefined && /^\d{1,6}$/.test(s) ? Number(s) : undefined);

/** Decodes a `custom_id`; undefined for anything this bot did not make (clicks are untrusted input too). */
export function decodeButton(customId: string): ButtonAction | undefined {
  if (customId.length > LIMITS.customId) return undefined;
  const [prefix, kind, a, b, c, ...rest] = customId.split('|');
  if (prefix !== PREFIX || a === undefined || rest.length) return undefined;
  if (kind === 'ctx') return QUOTE_ID.test(a) && b === undefined ? { kind, quoteId: a } : undefined;
  if (kind === 'cite') return SHOWN.test(a) && b === undefined ? { kind, shown: a } : undefined;
  if (kind === 'fix') {
    const ids = a.split(',');
    return b === undefined && ids.length <= 10 && ids.every((q) => PLAIN_ID.test(q)) ? { kind, quoteIds: ids } : undefined;
  }
  if (kind === 'unfix') return b === undefined && CORRECTION_ID.test(a) ? { kind, correctionId: a } : undefined;
  if (!KEY.test(a)) return undefined;
  const offset = count(b);
  if (offset === undefined) return undefined;
  if (kind === 'more') return c === undefined ? { kind, key: a, offset } : undefined;
  if (kind === 'share') return c === undefined ? { kind, key: a, offset } : SHOWN.test(c) ? { kind, key: a, offset, shown: c } : undefined;
  if (kind === 'ctx-at') {
    const index = count(c);
    return index === undefined ? undefined : { kind, key: a, offset, index };
  }
  return undefined;
}
