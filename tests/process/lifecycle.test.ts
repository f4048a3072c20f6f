import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { healthAnswer, startHealthServer, type ProcessState } from '../../src/process/health.js';
import { InFlight } from '../../src/process/inflight.js';
import { stopOnSignals } from '../../src/process/lifecycle.js';

const quiet = pino({ level: 'silent' });
const later = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe('process lifecycle', () => {
  it('InFlight.drain waits for work in flight, and gives up after its bound', async () => {
    const inflight = new InFlight();
    expect(await inflight.drain(10)).toBe(0);
    const quick = inflight.run(() => later(30).then(() => 'done'));
    const stuck = inflight.run(() => new Promise<void>(() => {}));
    expect(inflight.count).toBe(2);
    expect(await inflight.drain(120)).toBe(1);
    expect(await quick).toBe('done');
    void stuck;
    const failing = new InFlight();
    await expect(failing.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(failing.count).toBe(0);
  });

  it('the stop sequence: health turns 503, intake stops, answers finish, then the store closes and exit 0', async () => {
    const state: ProcessState = { mode: 'discord', phase: 'ready' };
    const inflight = new InFlight();
    const steps: string[] = [];
    let answered = false;
    void inflight.run(() => later(50).then(() => void (answered = true)));
    const stop = stopOnSignals({
      state,
      inflight,
      logger: quiet,
      graceMs: 5000,
      stopIntake: async () => void steps.push(`intake stopped (${healthAnswer(state).status})`),
      close: async () => void steps.push(`closed after answer: ${answered}`),
      exit: (code) => void steps.push(`exit ${code}`),
      signals: [],
    });
    await stop('SIGTERM');
    expect(steps).toEqual(['intake stopped (503)', 'closed after answer: true', 'exit 0']);
  });

  it('the health server answers /healthz only: 200 ready, 503 otherwise', async () => {
    const state: ProcessState = { mode: 'worker', phase: 'starting' };
    const server = await startHealthServer(state, 0, '127.0.0.1');
    try {
      const url = `http://127.0.0.1:${server.port}`;
      expect((await fetch(`${url}/healthz`)).status).toBe(503);
      state.phase = 'ready';
      const ok = await fetch(`${url}/healthz`);
      expect({ status: ok.status, body: await ok.json() }).toEqual({ status: 200, body: { status: 'ok', mode: 'worker' } });
      expect((await fetch(`${url}/other`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
