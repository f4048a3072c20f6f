import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { deliveryKey, type FollowDelivery, type FollowRecord, type FollowedQuote } from '../port.js';
import { followFromRow, type FollowRow } from '../rows.js';
import { QUOTE_COLUMNS, quoteFromRow, type QuoteRow } from './rows.js';

type Rows = <R extends pg.QueryResultRow>(text: string, params?: unknown[]) => Promise<R[]>;

/** Delivery claims as parallel arrays for `unnest`. */
function arrays(items: FollowDelivery[]): [string[], string[], string[]] {
  return [items.map((d) => d.followId), items.map((d) => d.fingerprint), items.map((d) => d.quoteId)];
}

/**
 * Follows on PostgreSQL (migration 8). A claim is one upsert whose conflict clause takes a row only when it is
 * neither sent nor under a live lease: concurrent claimers queue on the row lock and the loser sees the winner's
 * lease, so two replicas never post the same quote. The database's clock decides leases.
 */
export class PostgresFollows {
  constructor(private readonly rows: Rows) {}

  async add(f: Omit<FollowRecord, 'id'>): Promise<{ follow: FollowRecord; created: boolean }> {
    const inserted = await this.rows<FollowRow>(
      `INSERT INTO follows (id, platform, tenant, channel, speaker_id, speaker_name, topic, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING *`,
      [randomUUID(), f.platform, f.tenant, f.channel, f.speakerId, f.speakerName, f.topic, f.createdBy, f.createdAt],
    );
    if (inserted[0]) return { follow: followFromRow(inserted[0]), created: true };
    const [row] = await this.rows<FollowRow>('SELECT * FROM follows WHERE platform = $1 AND tenant = $2 AND channel = $3 AND speaker_id = $4 AND topic = $5', [
      f.platform,
      f.tenant,
      f.channel,
      f.speakerId,
      f.topic,
    ]);
    if (!row) throw new Error('follow vanished while it was added');
    return { follow: followFromRow(row), created: false };
  }

  async remove(w: { platform: string; tenant: string; channel: string; speakerId: string; topic?: string }): Promise<number> {
    const rows = await this.rows<{ id: string }>(
      'DELETE FROM follows WHERE platform = $1 AND tenant = $2 AND channel = $3 AND speaker_id = $4 AND ($5::text IS NULL OR topic = $5) RETURNING id',
      [w.platform, w.tenant, w.channel, w.speakerId, w.topic ?? null],
    );
    return rows.length;
  }

  async list(w: { platform: string; tenant?: string; channel?: string }): Promise<FollowRecord[]> {
    const rows = await this.rows<FollowRow>(
      `SELECT * FROM follows WHERE platform = $1 AND ($2::text IS NULL OR tenant = $2) AND ($3::text IS NULL OR channel = $3)
       ORDER BY created_at, id`,
      [w.platform, w.tenant ?? null, w.channel ?? null],
    );
    return rows.map(followFromRow);
  }

  async quotesSince(speakerIds: string[], collections: string[], since: string, limit: number): Promise<FollowedQuote[]> {
    if (speakerIds.length === 0 || collections.length === 0 || limit <= 0) return [];
    const rows = await this.rows<QuoteRow & { ingested_at: string }>(
      `SELECT ${QUOTE_COLUMNS}, a.ingested_at FROM articles a
       JOIN quotes q ON q.article_id = a.id
       JOIN paragraphs p ON p.article_id = q.article_id AND p.idx = q.paragraph
       WHERE a.ingested_at >= $1 AND q.speaker_id = ANY($2::text[]) AND q.collection = ANY($3::text[])
       ORDER BY a.ingested_at, q.seq LIMIT $4`,
      [since, speakerIds, collections, limit],
    );
    return rows.map((r) => ({ ...quoteFromRow(r), ingestedAt: r.ingested_at }));
  }

  async taken(items: FollowDelivery[]): Promise<Set<string>> {
    if (items.length === 0) return new Set();
    const [follows, prints] = arrays(items);
    const rows = await this.rows<{ follow_id: string; fingerprint: string }>(
      `SELECT d.follow_id, d.fingerprint FROM follow_deliveries d
       JOIN unnest($1::text[], $2::text[]) AS x(f, p) ON d.follow_id = x.f AND d.fingerprint = x.p
       WHERE d.sent_at IS NOT NULL OR d.claimed_until > now()`,
      [follows, prints],
    );
    return new Set(rows.map((r) => deliveryKey({ followId: r.follow_id, fingerprint: r.fingerprint })));
  }

  async claim(items: FollowDelivery[], leaseMs: number): Promise<FollowDelivery[]> {
    const unique = [...new Map(items.map((d) => [deliveryKey(d), d])).values()];
    if (unique.length === 0) return [];
    const [follows, prints, quotes] = arrays(unique);
    // Only follows that still exist (an unfollow meanwhile wins); sorted, so concurrent claimers lock in one order.
    const rows = await this.rows<{ follow_id: string; fingerprint: string }>(
      `INSERT INTO follow_deliveries (follow_id, fingerprint, quote_id, claimed_until)
       SELECT x.f, x.p, x.q, now() + $4 * interval '1 millisecond'
       FROM unnest($1::text[], $2::text[], $3::text[]) AS x(f, p, q) JOIN follows ON follows.id = x.f
       ORDER BY x.f, x.p
       ON CONFLICT (follow_id, fingerprint) DO UPDATE SET quote_id = excluded.quote_id, claimed_until = excluded.claimed_until
       WHERE follow_deliveries.sent_at IS NULL AND follow_deliveries.claimed_until <= now()
       RETURNING follow_id, fingerprint`,
      [follows, prints, quotes, leaseMs],
    );
    const won = new Set(rows.map((r) => deliveryKey({ followId: r.follow_id, fingerprint: r.fingerprint })));
    return unique.filter((d) => won.has(deliveryKey(d)));
  }

  async finish(items: FollowDelivery[], sent: boolean): Promise<void> {
    if (items.length === 0) return;
    const [follows, prints] = arrays(items);
    await this.rows(
      sent
        ? `UPDATE follow_deliveries d SET sent_at = now() FROM unnest($1::text[], $2::text[]) AS x(f, p) WHERE d.follow_id = x.f AND d.fingerprint = x.p`
        : `DELETE FROM follow_deliveries d USING unnest($1::text[], $2::text[]) AS x(f, p) WHERE d.follow_id = x.f AND d.fingerprint = x.p AND d.sent_at IS NULL`,
      [follows, prints],
    );
  }
}
