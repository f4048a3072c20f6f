import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local stand-in for a news site: serves the given HTML pages by path on loopback. */
export class PageServer {
  readonly #server: Server;
  readonly hits: string[] = [];
  constructor(private readonly pages: Record<string, string>) {
    this.#server = createServer((req, res) => {
      this.hits.push(req.url ?? '');
      const page = this.pages[req.url ?? ''];
      if (page === undefined) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
    });
  }
  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }
  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

/** An article page with OpenGraph metadata and quotes (invented copy). */
export function articlePage(o: { title: string; speaker: string; role: string; quotes: string[]; published: string }): string {
  const paras = o.quotes.map((q, i) => `<p>"${q}," ${i === 0 ? `${o.role} ${o.speaker}` : o.speaker.split(' ').pop()} said.</p>`).join('\n');
  return `<!doctype html><html><head><title>${o.title} | Example Courier</title>
<meta property="og:title" content="${o.title}">
<meta property="og:site_name" content="Example Courier">
<meta property="article:published_time" content="${o.published}">
</head><body><article><h1>${o.title}</h1>
<p>The council met on Monday to discuss the plans, which have been debated for months across the region.</p>
${paras}
<p>The decision is expected later this year, after a public consultation that opens next week.</p>
</article></body></html>`;
}
