import { createHmac } from 'node:crypto';

/** Slack's request signature: `v0=` + HMAC-SHA256 of `v0:<timestamp>:<body>` with the signing secret. */
export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  /** Seconds since the epoch; now when absent (a stale one proves staleness is refused). */
  timestamp?: number;
  /** Sign with this secret instead of the right one. */
  secret?: string;
  /** Slack's retry headers. */
  retryNum?: number;
  retryReason?: string;
}

export interface SentResponse {
  status: number;
  body: string;
  /** Milliseconds until the HTTP response (the ack) arrived. */
  ms: number;
}

/** Posts a signed request to the app's HTTP receiver, as Slack would. */
export async function sendSigned(url: string, secret: string, body: string, contentType: string, o: SendOptions = {}): Promise<SentResponse> {
  const ts = o.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': signature(o.secret ?? secret, ts, body),
  };
  if (o.retryNum !== undefined) headers['x-slack-retry-num'] = String(o.retryNum);
  if (o.retryReason) headers['x-slack-retry-reason'] = o.retryReason;
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, body: text, ms: performance.now() - started };
}

/** A slash command's form body. */
export function commandForm(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/** An interaction's form body (`payload=<json>`). */
export function interactionForm(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
