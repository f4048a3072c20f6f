import type { QuotesForHits, StoredArticle, StoredQuote, QuoteFilter, QuoteStore } from '../store/port.js';
import type { QuoteHit, SourceView, SpeakerView } from './model.js';
import type { SpeakerRegistry } from '../speakers/registry.js';
import { wholeQuotations } from './whole-quote.js';

/** The article fields an answer shows. */
export function sourceView(a: StoredArticle): SourceView {
  const v: SourceView = { articleId: a.id };
  if (a.meta.title) v.title = a.meta.title;
  if (a.meta.url) v.url = a.meta.url;
  if (a.meta.outlet) v.outlet = a.meta.outlet;
  if (a.meta.published) v.published = a.meta.published;
  if (a.source) v.path = a.source;
  return v;
}

/**
 * Turns ranked stored quotes into answer hits: article metadata, the speaker's registry view (role and
 * organisation as given in this quote's article first, else in its collection), and the other articles
 * carrying the same words.
 */
export async function toHits(
  ranked: { quote: StoredQuote; score: number; matched: string[] }[],
  store: QuoteStore,
  registry: SpeakerRegistry,
  filter: QuoteFilter,
  uncertainBelow: number,
  read?: Pick<QuotesForHits, 'carrying' | 'corrected'>,
): Promise<QuoteHit[]> {
  // One read for the articles of every hit (each hit's own article is among those carrying its words), beside
  // one for which of them an editor corrected: two waits, whatever the number of hits; one where the store reads
  // both at once (`hitSources`), none when `read` holds both already (see `showHits`).
  const ids = ranked.map((r) => r.quote.id);
  const fingerprints = [...new Set(ranked.map((r) => r.quote.fingerprint))];
  // The other halves of split quotations are read beside them (none when no hit's paragraph splits a quotation).
  const [sources, wholes] = await Promise.all([read ?? store.hitSources?.(ids, fingerprints, filter), wholeQuotations(ranked.map((r) => r.quote), store)]);
  const [carrying, byEditor] = sources
    ? [sources.carrying, sources.corrected]
    : await Promise.all([store.articlesWithFingerprints(fingerprints, filter), store.correctionsOfQuotes(ids)]);
  // A hit read outside the filter (none today) still shows its own article, read on its own.
  const own = new Map<string, Promise<StoredArticle | null>>();
  const ownArticle = (q: StoredQuote) => {
    const found = carrying.get(q.fingerprint)?.find((a) => a.id === q.articleId);
    if (found) return found;
    let a = own.get(q.articleId);
    if (!a) own.set(q.articleId, (a = store.getArticle(q.articleId)));
    return a;
  };
  const hits: QuoteHit[] = await Promise.all(
    ranked.map(async (r): Promise<QuoteHit> => {
      const q = r.quote;
      const a = await ownArticle(q);
      const copies = carrying.get(q.fingerprint) ?? [];
      const whole = wholes.get(q.id);
      return {
        id: q.id,
        text: whole?.text ?? q.text,
        ...(whole ? { parts: whole.parts } : {}),
        kind: q.kind,
        speaker: speakerOf(q, registry),
        ...(q.cue ? { cue: q.cue } : {}),
        ...(q.audience ? { audience: q.audience } : {}),
        ...(q.setting ? { setting: q.setting } : {}),
        ...(q.saidOnText || q.saidOn ? { saidOn: { ...(q.saidOnText ? { text: q.saidOnText } : {}), ...(q.saidOn ? { date: q.saidOn } : {}) } } : {}),
        article: a ? sourceView(a) : { articleId: q.articleId },
        alsoIn: copies.filter((x) => x.id !== q.articleId).map(sourceView),
        context: q.context,
        score: Math.round(r.score * 1000) / 1000,
        confidence: Math.round(q.confidence * 1000) / 1000,
        attributionUncertain: isUncertain(q.confidence, uncertainBelow),
        matched: r.matched,
      };
    }),
  );
  for (const h of hits) if (byEditor.has(h.id)) h.corrected = true;
  // Two pieces of one quotation ranked: the quotation is shown once, where the better-ranked piece stands.
  const shown = new Set<string>();
  return hits.filter((h) => {
    const parts = h.parts ?? [h.id];
    if (parts.some((id) => shown.has(id))) return false;
    for (const id of parts) shown.add(id);
    return true;
  });
}

/** Confidence under which an answer says its attribution is uncertain, unless configured otherwise. */
export const DEFAULT_UNCERTAIN_BELOW = 0.6;

/** Whether a quote's attribution is too unsure to be shown without saying so. */
export function isUncertain(confidence: number, uncertainBelow: number): boolean {
  return !(confidence >= uncertainBelow);
}

function speakerOf(q: StoredQuote, registry: SpeakerRegistry): SpeakerView | null {
  if (!q.speakerName) return null;
  const reg = q.speakerId ? registry.get(q.speakerId) : undefined;
  const v: SpeakerView = { id: q.speakerId ?? '', name: q.speakerName };
  // What the quote's own article says first, else what its own collection says of the speaker: never another
  // newsroom's words (the registry is scoped to the asker, who may read several collections).
  const profile = reg?.profiles[q.collection];
  const role = q.role ?? profile?.roles[0];
  const org = q.organisation ?? profile?.organisations[0];
  if (role) v.role = role;
  if (org) v.organisation = org;
  if (reg?.isOrganisation) v.isOrganisation = true;
  return v;
}

/**
 * Syndication: the same words in several articles are one answer. Keeps the best-ranked copy of each
 * fingerprint, in order.
 */
export function dedupeByFingerprint<T extends { quote: Pick<StoredQuote, 'fingerprint' | 'speakerId'> }>(ranked: T[]): T[] {
  const seen = new Set<string>();
  return ranked.filter((r) => {
    const key = `${r.quote.fingerprint}|${r.quote.speakerId ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A page's hits with the places a merge left empty filled (session 34, h-qa84): two pieces of one quotation ranked on
 * the page are shown once, whole, and the page would show fewer quotes than it has room for though more candidates
 * passed. The next candidates of `spare`, in rank order, take those places, up to `limit` hits. Only places after the
 * first change: the first hit, its speaker and every refusal are what `show(page)` gives. Returns the hits and how many
 * candidates they used.
 *
 * A candidate adds at most one hit (it may itself be a piece of a quotation already shown), so the page cannot fill
 * before as many candidates as it lacks hits are taken: taking that many at once stops where taking one at a time
 * would, with one `show` per round rather than per candidate (a page whose quotes were deleted meanwhile would
 * otherwise re-read a growing page once for every spare candidate).
 */
export async function hitsFillingMerged<R>(page: readonly R[], spare: readonly R[], limit: number, show: (rows: R[]) => Promise<QuoteHit[]>): Promise<{ hits: QuoteHit[]; used: number }> {
  let taken = 0;
  let hits = await show([...page]);
  while (hits.length < Math.min(limit, page.length + taken) && taken < spare.length) {
    taken = Math.min(spare.length, taken + Math.min(limit, page.length + taken) - hits.length);
    hits = await show([...page, ...spare.slice(0, taken)]);
  }
  return { hits, used: page.length + taken };
}
