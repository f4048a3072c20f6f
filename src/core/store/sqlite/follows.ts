import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { OnRecordError } from '../../errors.js';
import { deliveryKey, type FollowDelivery, type FollowRecord, type FollowedQuote } from '../port.js';
import { followFromRow, type FollowRow } from '../rows.js';
import { QUOTE_COLUMNS, quoteFromArray, type DecodeTerms } from './rows.js';
import { placeholders, type Statements } from './statements.js';

/**
 * Follows on SQLite (schema 6). Every write is one statement or one immediate transaction, so two processes on
 * one index file (the Slack app and the Discord bot) claim deliveries atomically: SQLite serialises writers.
 */
export class SqliteFollows {
  constructor(
    private readonly db: Database.Database,
    private readonly st: Statements,
    /** Turns stored term-id lists back into terms (the store's dictionary). */
    private readonly decode: DecodeTerms,
  ) {}

  add(f: Omit<FollowRecord, 'id'>): { follow: FollowRecord; created: boolean } {
    return this.write(() =>
      this.db
        .transaction(() => {
          const r = this.st
            .get(
              `INSERT INTO follows (id, platform, tenant, channel, speaker_id, speaker_name, topic, created_by, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
            )
            .run(randomUUID(), f.platform, f.tenant, f.channel, f.speakerId, f.speakerName, f.topic, f.createdBy, f.createdAt);
          const row = this.st
            .get('SELECT * FROM follows WHERE platform = ? AND tenant = ? AND channel = ? AND speaker_id = ? AND topic = ?')
            .get(f.platform, f.tenant, f.channel, f.speakerId, f.topic) as FollowRow;
          return { follow: followFromRow(row), created: r.changes === 1 };
        })
        .immediate(),
    );
  }

  remove(w: { platform: string; tenant: string; channel: string; speakerId: string; topic?: string }): number {
    const topic = w.topic === undefined ? '' : 'AND topic = ?';
    const args = [w.platform, w.tenant, w.channel, w.speakerId, ...(w.topic === undefined ? [] : [w.topic])];
    return this.write(() => this.db.prepare(`DELETE FROM follows WHERE platform = ? AND tenant = ? AND channel = ? AND speaker_id = ? ${topic}`).run(...args).changes);
  }

  list(w: { platform: string; tenant?: string; channel?: string }): FollowRecord[] {
    let sql = 'SELECT * FROM follows WHERE platform = ?';
    const args = [w.platform];
    if (w.tenant !== undefined) (sql += ' AND tenant = ?'), args.push(w.tenant);
    if (w.channel !== undefined) (sql += ' AND channel = ?'), args.push(w.channel);
    return (this.db.prepare(`${sql} ORDER BY created_at, id`).all(...args) as FollowRow[]).map(followFromRow);
  }

  quotesSince(speakerIds: string[], collections: string[], since: string, limit: number): FollowedQuote[] {
    if (speakerIds.length === 0 || collections.length === 0 || limit <= 0) return [];
    // From the articles written since (index articles_ingested): few, whatever the speakers' whole output.
    const rows = this.db
      .prepare(
        `/* raw */ SELECT ${QUOTE_COLUMNS}, a.ingested_at FROM articles a
         JOIN quotes q ON q.article_id = a.id
         JOIN paragraphs p ON p.article_id = q.article_id AND p.idx = q.paragraph
         WHERE a.ingested_at >= ? AND q.speaker_id IN (${placeholders(speakerIds.length)}) AND q.collection IN (${placeholders(collections.length)})
         ORDER BY a.ingested_at, q.rowid LIMIT ?`,
      )
      .raw(true)
      .all(since, ...speakerIds, ...collections, limit) as unknown[][];
    return rows.map((r) => ({ ...quoteFromArray(r, this.decode), ingestedAt: r[r.length - 1] as string }));
  }

  taken(items: FollowDelivery[]): Set<string> {
    const out = new Set<string>();
    const now = Date.now();
    const get = this.st.get('SELECT 1 FROM follow_deliveries WHERE follow_id = ? AND fingerprint = ? AND (sent_at IS NOT NULL OR claimed_until > ?)');
    for (const d of items) if (get.get(d.followId, d.fingerprint, now)) out.add(deliveryKey(d));
    return out;
  }

  claim(items: FollowDelivery[], leaseMs: number): FollowDelivery[] {
    const now = Date.now();
    // Inserted, or taken over from a lease that ran out unconfirmed; a sent row or a live claim changes nothing.
    const upsert = this.st.get(
      `INSERT INTO follow_deliveries (follow_id, fingerprint, quote_id, claimed_until) VALUES (?, ?, ?, ?)
       ON CONFLICT (follow_id, fingerprint) DO UPDATE SET quote_id = excluded.quote_id, claimed_until = excluded.claimed_until
       WHERE follow_deliveries.sent_at IS NULL AND follow_deliveries.claimed_until <= ?`,
    );
    const exists = this.st.get('SELECT 1 FROM follows WHERE id = ?');
    return this.write(() =>
      this.db
        .transaction(() => [...new Map(items.map((d) => [deliveryKey(d), d])).values()].filter((d) => exists.get(d.followId) && upsert.run(d.followId, d.fingerprint, d.quoteId, now + leaseMs, now).changes === 1))
        .immediate(),
    );
  }

  finish(items: FollowDelivery[], sent: boolean): void {
    const sql = sent ? 'UPDATE follow_deliveries SET sent_at = ? WHERE follow_id = ? AND fingerprint = ?' : 'DELETE FROM follow_deliveries WHERE follow_id = ? AND fingerprint = ? AND sent_at IS NULL';
    const stmt = this.st.get(sql);
    const now = Date.now();
    this.write(() => this.db.transaction(() => items.forEach((d) => (sent ? stmt.run(now, d.followId, d.fingerprint) : stmt.run(d.followId, d.fingerprint)))).immediate());
  }

  private write<T>(work: () => T): T {
    try {
      return work();
    } catch (err) {
      throw new OnRecordError('STORE_FAILED', `could not write follows: ${(err as Error).message}`, { cause: err });
    }
  }
}
