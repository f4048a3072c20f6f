import { randomBytes } from 'node:crypto';
import type { IndexCache } from './engine.js';
import { OnRecordError } from './errors.js';
import { speakerIdFor } from './speakers/names.js';
import type { CorrectionRecord, QuoteStore, StoredSpeaker } from './store/port.js';
import { stripControls } from './text/display.js';

/**
 * Corrections by editors, the core's side: checks what an adapter hands in, resolves the right speaker against
 * the editor's registry, and lets the store record and apply the override (see `store/corrections.ts`).
 */

/** A correction as an adapter asks for it. */
export interface CorrectionRequest {
  quoteId: string;
  /** The right speaker, as picked from the registry or typed. */
  speaker?: string;
  /** The words are not a quote at all. */
  notAQuote?: boolean;
  /** Who corrects (an editor's name or chat user), kept in the audit log. */
  by: string;
  reason?: string;
  /** The collections the editor may correct (their tenant's). */
  collections: string[];
}

/** A correction as the core reports it: the audit log entry. */
export type Correction = CorrectionRecord;

const QUOTE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const CORRECTION_ID = /^c[a-f0-9]{12}$/;
const MAX_NAME = 100;
const MAX_BY = 100;
const MAX_REASON = 500;

/** One line of user text: no controls or line breaks, spaces collapsed. */
function oneLine(raw: string): string {
  return stripControls(raw, false).replace(/\s+/g, ' ').trim();
}

function field(raw: string | undefined, what: string, max: number, required: boolean): string {
  const v = oneLine(raw ?? '');
  if (required && !v) throw new OnRecordError('BAD_INPUT', `${what} is required`);
  if (v.length > max) throw new OnRecordError('BAD_INPUT', `${what} is too long (at most ${max} characters)`);
  return v;
}

/** Checks a correction id typed by a user (as `onrecord correct --undo ID`). */
export function checkCorrectionId(id: string): string {
  const v = id.trim();
  if (!CORRECTION_ID.test(v)) throw new OnRecordError('BAD_INPUT', `"${oneLine(id).slice(0, 40)}" is not a correction id (like c1a2b3c4d5e6f)`);
  return v;
}

/**
 * The speaker an editor names: a registry speaker when the name is exactly one of the editor's speakers (so
 * the quote joins that speaker's record, roles and all), else a new speaker under the name as typed.
 */
export function resolveSpeaker(name: string, registry: { exactMatches(phrase: string, visible: (s: StoredSpeaker) => boolean): { speaker: StoredSpeaker; kind: string }[] }): { id: string; name: string } {
  const full = registry.exactMatches(name, () => true).filter((m) => m.kind === 'name');
  const ids = new Set(full.map((m) => m.speaker.id));
  if (ids.size === 1 && full[0]) return { id: full[0].speaker.id, name: full[0].speaker.name };
  if (!/\p{L}/u.test(name)) throw new OnRecordError('BAD_INPUT', `"${name}" is not a speaker's name`);
  return { id: speakerIdFor(name, false), name };
}

export class Corrections {
  constructor(
    private readonly store: QuoteStore,
    private readonly cache: IndexCache,
    private readonly now: () => Date,
  ) {}

  async correct(req: CorrectionRequest): Promise<Correction> {
    const quoteId = req.quoteId.trim();
    if (!QUOTE_ID.test(quoteId)) throw new OnRecordError('BAD_INPUT', `"${oneLine(req.quoteId).slice(0, 70)}" is not a quote id`);
    const by = field(req.by, 'who corrects (--by)', MAX_BY, true);
    const reason = field(req.reason, 'the reason', MAX_REASON, false);
    const typed = field(req.speaker, 'the speaker', MAX_NAME, false);
    if (!!typed === !!req.notAQuote) throw new OnRecordError('BAD_INPUT', 'give either the right speaker or "not a quote"');
    let speaker: { id: string; name: string } | null = null;
    if (typed) speaker = resolveSpeaker(typed, (await this.cache.current(req.collections)).registry);
    const record = await this.store.addCorrection({
      id: `c${randomBytes(6).toString('hex')}`,
      quoteId,
      collections: req.collections,
      action: speaker ? 'speaker' : 'not_quote',
      speakerId: speaker?.id ?? null,
      speakerName: speaker?.name ?? null,
      reason,
      by,
      at: this.now().toISOString(),
    });
    if (!record) throw new OnRecordError('NOT_FOUND', `no quote ${quoteId} is on record here`);
    this.cache.invalidate();
    return record;
  }

  async undo(id: string, options: { by: string; collections: string[] }): Promise<Correction> {
    const by = field(options.by, 'who undoes (--by)', MAX_BY, true);
    const record = await this.store.undoCorrection(checkCorrectionId(id), { by, at: this.now().toISOString(), collections: options.collections });
    if (!record) throw new OnRecordError('NOT_FOUND', `no correction ${id} is on record here`);
    this.cache.invalidate();
    return record;
  }

  list(options: { collections?: string[]; limit?: number }): Promise<Correction[]> {
    return this.store.listCorrections({ ...(options.collections ? { collections: options.collections } : {}), limit: Math.max(1, Math.min(1000, options.limit ?? 200)) });
  }
}
