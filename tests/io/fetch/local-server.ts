import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A route handler of the stand-in news site. */
export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** A local HTTP server standing in for news sites and feeds; records every request it receives. */
export interface LocalServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  port: number;
  /** Requests received, in order: path and Host header. */
  requests: { path: string; host: string | undefined }[];
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 with an ephemeral port; unknown paths answer 404. */
export async function startLocalServer(): Promise<LocalServer> {
  const routes = new Map<string, Route>();
  const requests: LocalServer['requests'] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ path, host: req.headers.host });
    const handler = routes.get(path);
    if (handler) handler(req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    route: (path, handler) => void routes.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A handler answering `body` with a content type. */
export function serve(body: string | Buffer, contentType = 'text/html; charset=utf-8', status = 200, headers: http.OutgoingHttpHeaders = {}): Route {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': contentType, ...headers });
    res.end(body);
  };
}

/** A handler redirecting to `location` with the given status. */
export function redirect(location: string, status = 302): Route {
  return (_req, res) => {
    res.writeHead(status, { location });
    res.end();
  };
}
