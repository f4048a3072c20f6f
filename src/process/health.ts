import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where a process is in its life, as a supervisor sees it. */
export type Phase = 'starting' | 'ready' | 'stopping';

/** A process's health: what it runs (`slack-http`, `slack-socket`, `discord`, `worker`) and its phase. */
export interface ProcessState {
  readonly mode: string;
  phase: Phase;
}

/**
 * The `/healthz` answer: 200 while ready, 503 while starting or stopping (a load balancer stops sending work
 * to a replica that is draining). It reports the process itself, not the database: a store outage shows in
 * the answers and logs, and must not make a supervisor restart every replica at once.
 */
export function healthAnswer(state: ProcessState): { status: number; body: string } {
  return { status: state.phase === 'ready' ? 200 : 503, body: JSON.stringify({ status: state.phase === 'ready' ? 'ok' : state.phase, mode: state.mode }) };
}

/** Answers GET/HEAD `/healthz` on `res`; true when the request was the health check. */
export function serveHealth(state: ProcessState, req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const url = (req.url ?? '').split('?')[0];
  if (url !== '/healthz' || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  const { status, body } = healthAnswer(state);
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

/** A tiny HTTP server with `/healthz` only, for processes without one of their own (Discord, Socket Mode, worker). */
export async function startHealthServer(state: ProcessState, port: number, host: string): Promise<{ port: number; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    if (serveHealth(state, req, res)) return;
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
