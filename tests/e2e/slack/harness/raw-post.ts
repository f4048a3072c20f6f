import net from 'node:net';

export interface RawPostOptions {
  headers: Record<string, string>;
  /** Declared Content-Length; absent means a chunked body. */
  contentLength?: number;
  /** Bytes the client is willing to send in all (it stops earlier when the answer arrives). */
  bodyBytes: number;
  chunkBytes?: number;
}

export interface RawPostResult {
  /** The status line's code, or 0 when the connection closed without an answer. */
  status: number;
  /** Body bytes the client had written when the server's answer arrived. */
  sentBeforeAnswer: number;
  /** Body bytes written in all (the client stops writing once answered or disconnected). */
  sent: number;
}

/**
 * A POST over a raw socket that sends its body in chunks, one after the other as the socket drains, and
 * notes how much it had sent when the server answered: a server that answers before reading the body shows
 * it by answering long before the client is done.
 */
export function rawPost(url: string, o: RawPostOptions): Promise<RawPostResult> {
  const { hostname, port, pathname } = new URL(url);
  const chunk = Buffer.alloc(o.chunkBytes ?? 64 * 1024, 'a');
  const chunked = o.contentLength === undefined;
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    let sent = 0;
    let answered = -1;
    let response = '';
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      socket.destroy();
      const status = /^HTTP\/1\.1 (\d{3})/.exec(response)?.[1];
      resolve({ status: status ? Number(status) : 0, sentBeforeAnswer: answered < 0 ? sent : answered, sent });
    };
    const pump = () => {
      while (!done && answered < 0 && sent < o.bodyBytes && !socket.destroyed) {
        const piece = chunk.subarray(0, Math.min(chunk.length, o.bodyBytes - sent));
        sent += piece.length;
        const ok = socket.write(chunked ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]) : piece);
        if (!ok) return void socket.once('drain', pump);
      }
    };
    socket.on('connect', () => {
      const head = [`POST ${pathname} HTTP/1.1`, `host: ${hostname}:${port}`, ...Object.entries(o.headers).map(([k, v]) => `${k}: ${v}`)];
      head.push(chunked ? 'transfer-encoding: chunked' : `content-length: ${o.contentLength}`);
      socket.write(`${head.join('\r\n')}\r\n\r\n`);
      pump();
    });
    socket.on('data', (d) => {
      response += d.toString('latin1');
      if (answered < 0 && /^HTTP\/1\.1 \d{3}/.test(response)) {
        answered = sent;
        // Give the server the chance to close on its own; the client stops writing now either way.
        setTimeout(finish, 200);
      }
    });
    socket.on('error', (err: NodeJS.ErrnoException) => {
      // A reset after the answer is the server refusing the rest of the body: expected.
      if (answered >= 0 || err.code === 'ECONNRESET' || err.code === 'EPIPE') return finish();
      reject(err);
    });
    socket.on('close', finish);
  });
}
