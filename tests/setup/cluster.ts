import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A running throw-away PostgreSQL cluster. */
export interface Cluster {
  url: string;
  dir: string;
  stop(): void;
}

/** The bin folder of the newest PostgreSQL under /usr/lib/postgresql (Debian's layout), or null. */
export function findPostgresBin(root = '/usr/lib/postgresql'): string | null {
  let versions: string[];
  try {
    versions = fs.readdirSync(root);
  } catch {
    return null;
  }
  const found = versions
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')) && fs.existsSync(path.join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  return found[0] ? path.join(root, found[0], 'bin') : null;
}

/** A TCP port free on loopback right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * initdb + pg_ctl start in a fresh temporary folder, on loopback only, with durability off (the data is
 * thrown away), plus any server `settings` (`shared_buffers` for a benchmark, say). PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user.
 */
export async function startCluster(bin: string, database = 'onrecord_test', settings: Record<string, string> = {}): Promise<Cluster> {
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-pg-'));
  const data = path.join(dir, 'data');
  const run = (cmd: string, args: string[]) => {
    const full = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args]] as const : [path.join(bin, cmd), args] as const;
    const r = spawnSync(full[0], [...full[1]], { encoding: 'utf8', cwd: dir });
    if (r.status !== 0) throw new Error(`${cmd} failed (${r.status ?? r.signal}): ${r.stderr || r.stdout || r.error?.message}`);
  };
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    fs.chownSync(dir, uid, gid);
  }
  run('initdb', ['-D', data, '-U', 'onrecord', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
  const port = await freePort();
  const opts = [`-p ${port}`, `-k ${dir}`, "-c listen_addresses=127.0.0.1", '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off', '-c max_connections=200', ...Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`)];
  run('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-o', opts.join(' '), '-w', '-t', '60', 'start']);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    // The bootstrap superuser owns the server; the test database is created through psql's sibling.
    run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'onrecord', database]);
  } catch (err) {
    stop();
    throw err;
  }
  return { url: `postgres://onrecord@127.0.0.1:${port}/${database}`, dir, stop };
}
