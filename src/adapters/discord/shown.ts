import { randomBytes } from 'node:crypto';
import { MAX_SHOWN, shownOf, type Answer, type ExpiringState, type ShownQuote } from '../../core/index.js';
import { encodeButton } from './custom-id.js';
import { SHARED_TTL_MS } from './memory.js';

/**
 * The quotes an answer showed, as Share and Copy citation carry them in a 100-character `custom_id`. A quote id
 * is 20 hex digits (80 bits): packed as 14 base64url characters plus its 4-character word check, three quotes
 * and the total take 56 characters and fit beside the question's key. Anything that does not fit (a larger
 * page, an id of another shape) is kept as a store record (`discord:shown:<key>`, 30 days, like the questions)
 * and the button carries `@<key>`.
 */
export interface ShownRecord {
  total: number;
  quotes: ShownQuote[];
}

const HEX_ID = /^[0-9a-f]{20}$/;
const PLAIN_ID = /^[A-Za-z0-9_-]{1,24}$/;
const CHECK = /^[A-Za-z0-9_-]{4}$/;
const PACKED = 18;
const PREFIX = 'discord:shown:';

/**
 * The packed form of what an answer showed: `<total>.` and 18 characters a quote when every id is 20 hex
 * digits (the core's ids), else `<total>:id~check,...` when every id is short and plain; undefined otherwise.
 */
export function packShown(r: ShownRecord): string | undefined {
  if (!r.quotes.length || r.quotes.length > MAX_SHOWN || !r.quotes.every((q) => CHECK.test(q.check))) return undefined;
  if (r.quotes.every((q) => HEX_ID.test(q.id))) return `${r.total}.${r.quotes.map((q) => Buffer.from(q.id, 'hex').toString('base64url') + q.check).join('')}`;
  if (r.quotes.every((q) => PLAIN_ID.test(q.id))) return `${r.total}:${r.quotes.map((q) => `${q.id}~${q.check}`).join(',')}`;
  return undefined;
}

/** Unpacks `packShown`'s forms; undefined for anything else. */
export function unpackShown(token: string): ShownRecord | undefined {
  const plain = /^(\d{1,7}):(.+)$/.exec(token);
  if (plain) {
    const quotes = plain[2]!.split(',').map((x) => {
      const [id = '', check = '', extra] = x.split('~');
      return PLAIN_ID.test(id) && CHECK.test(check) && extra === undefined ? { id, check } : undefined;
    });
    return quotes.length <= MAX_SHOWN && quotes.every((q) => q !== undefined) ? { total: Number(plain[1]), quotes: quotes as ShownQuote[] } : undefined;
  }
  const m = /^(\d{1,7})\.((?:[A-Za-z0-9_-]{18})+)$/.exec(token);
  if (!m) return undefined;
  const quotes: ShownQuote[] = [];
  for (let at = 0; at < m[2]!.length; at += PACKED) {
    const chunk = m[2]!.slice(at, at + PACKED);
    const id = Buffer.from(chunk.slice(0, 14), 'base64url').toString('hex');
    if (!HEX_ID.test(id)) return undefined;
    quotes.push({ id, check: chunk.slice(14) });
  }
  return quotes.length <= MAX_SHOWN ? { total: Number(m[1]), quotes } : undefined;
}

/** What `answer` showed, in the form its buttons carry. */
export function shownRecord(answer: Answer): ShownRecord {
  const s = shownOf(answer);
  return { total: s.total, quotes: s.quotes };
}

/** The packed token when both Share (with this key and offset) and Copy citation can carry it; else undefined. */
export function inlineShown(answer: Answer, key: string): string | undefined {
  const token = packShown(shownRecord(answer));
  if (!token) return undefined;
  const fits = encodeButton({ kind: 'share', key, offset: answer.offset, shown: token }) && encodeButton({ kind: 'cite', shown: token });
  return fits ? token : undefined;
}

/**
 * Keeps shown-quotes records that do not fit a button: in the store when there is one (so the button works
 * after a restart and on another process), else in a bounded process map. A record is bound to its guild.
 */
export class ShownMemory {
  readonly #local = new Map<string, { guildId: string; record: ShownRecord }>();
  constructor(
    private readonly shared?: ExpiringState,
    private readonly onStoreError: (err: unknown) => void = () => undefined,
    private readonly max = 2000,
  ) {}

  /**
   * The token an answer's Share and Copy citation buttons carry: undefined when the packed ids fit (the
   * renderer packs them itself) or the answer shows no quote; else `@<key>` of a record kept here.
   */
  async tokenFor(answer: Answer, key: string, guildId: string): Promise<string | undefined> {
    if (!answer.hits.length || inlineShown(answer, key)) return undefined;
    const record = shownRecord(answer);
    const k = randomBytes(9).toString('base64url');
    this.#local.set(k, { guildId, record });
    while (this.#local.size > this.max) this.#local.delete(this.#local.keys().next().value!);
    if (this.shared) await this.shared.putState(PREFIX + k, JSON.stringify({ guildId, ...record }), SHARED_TTL_MS).catch(this.onStoreError);
    return `@${k}`;
  }

  /** What a token names, for a click from `guildId`; undefined when unknown, expired or another guild's. */
  async resolve(token: string, guildId: string | null): Promise<ShownRecord | undefined> {
    if (!token.startsWith('@')) return unpackShown(token);
    const k = token.slice(1);
    const local = this.#local.get(k);
    if (local) return local.guildId === guildId ? local.record : undefined;
    if (!this.shared) return undefined;
    const raw = await this.shared.getState(PREFIX + k).catch((err: unknown) => (this.onStoreError(err), null));
    const parsed = raw === null ? undefined : parseRecord(raw);
    return parsed && parsed.guildId === guildId ? parsed.record : undefined;
  }
}

/** A stored record, checked field by field (a row written by another version is not trusted blindly). */
function parseRecord(raw: string): { guildId: string; record: ShownRecord } | undefined {
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const o = v as { guildId?: unknown; total?: unknown; quotes?: unknown } | null;
  if (!o || typeof o.guildId !== 'string' || typeof o.total !== 'number' || !Array.isArray(o.quotes) || o.quotes.length > MAX_SHOWN) return undefined;
  const quotes = (o.quotes as { id?: unknown; check?: unknown }[]).filter((q): q is ShownQuote => typeof q?.id === 'string' && typeof q.check === 'string');
  return quotes.length === o.quotes.length && quotes.length ? { guildId: o.guildId, record: { total: o.total, quotes } } : undefined;
}
