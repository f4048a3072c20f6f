import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { WORLD, apiMember, apiUser, snowflake } from './ids.js';

/**
 * A local stand-in for Discord's gateway on loopback, speaking plain JSON (discord.js asks for zlib-stream
 * only when the optional zlib-sync package is installed, and it is not). It says HELLO, answers IDENTIFY
 * with READY and GUILD_CREATE, answers RESUME with RESUMED, acknowledges heartbeats, and lets a test
 * dispatch events or drop every connection.
 */
export class GatewayStandIn {
  readonly #wss: WebSocketServer;
  readonly #sockets = new Set<WebSocket>();
  #seq = 0;
  #sessionId = '';
  identifies = 0;
  /** Intent bits refused with close code 4014, as Discord does for privileged intents not enabled. */
  refuseIntents = 0;
  /** The last IDENTIFY payload (token, intents, properties). */
  lastIdentify: any;
  resumes = 0;
  url = '';
  #waiters: { pred: () => boolean; resolve: () => void }[] = [];

  constructor() {
    this.#wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    this.#wss.on('connection', (ws) => this.#accept(ws));
  }

  async listen(): Promise<string> {
    if (!this.#wss.address()) await new Promise<void>((resolve) => this.#wss.once('listening', () => resolve()));
    const { port } = this.#wss.address() as AddressInfo;
    this.url = `ws://127.0.0.1:${port}`;
    return this.url;
  }

  async close(): Promise<void> {
    for (const ws of this.#sockets) ws.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }

  /** Sends a dispatch event (`op` 0) to every live session. */
  dispatch(t: string, d: unknown): void {
    const frame = JSON.stringify({ op: 0, t, s: ++this.#seq, d });
    for (const ws of this.#sockets) if (ws.readyState === ws.OPEN) ws.send(frame);
  }

  /** Cuts every connection without a close frame, as a network failure would (the client sees 1006). */
  drop(): void {
    for (const ws of this.#sockets) ws.terminate();
  }

  get connections(): number {
    return this.#sockets.size;
  }

  /** Resolves when `pred` holds (checked after every gateway event). */
  until(pred: () => boolean, timeoutMs = 20_000): Promise<void> {
    if (pred()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('gateway stand-in: condition not met in time')), timeoutMs);
      this.#waiters.push({ pred, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  #changed(): void {
    this.#waiters = this.#waiters.filter((w) => (w.pred() ? (w.resolve(), false) : true));
  }

  #accept(ws: WebSocket): void {
    this.#sockets.add(ws);
    ws.on('close', () => {
      this.#sockets.delete(ws);
      this.#changed();
    });
    ws.on('message', (data) => this.#onFrame(ws, JSON.parse(String(data))));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 } }));
  }

  #onFrame(ws: WebSocket, frame: { op: number; d: any }): void {
    switch (frame.op) {
      case 1: // heartbeat
        ws.send(JSON.stringify({ op: 11 }));
        break;
      case 2: // identify
        this.identifies++;
        this.lastIdentify = frame.d;
        if (frame.d.intents & this.refuseIntents) {
          ws.close(4014, 'Disallowed intent(s).');
          break;
        }
        this.#sessionId = snowflake();
        this.#seq = 0;
        ws.send(
          JSON.stringify({
            op: 0,
            t: 'READY',
            s: ++this.#seq,
            d: {
              v: 10,
              user: { ...apiUser(WORLD.botId, 'OnRecord', true), verified: true, mfa_enabled: false },
              guilds: [{ id: WORLD.guildId, unavailable: true }],
              session_id: this.#sessionId,
              resume_gateway_url: this.url,
              application: { id: WORLD.applicationId, flags: 0 },
              shard: [0, 1],
              private_channels: [],
              relationships: [],
              user_settings: {},
              presences: [],
              guild_join_requests: [],
              geo_ordered_rtc_regions: [],
            },
          }),
        );
        ws.send(JSON.stringify({ op: 0, t: 'GUILD_CREATE', s: ++this.#seq, d: guildCreate() }));
        break;
      case 6: // resume
        this.resumes++;
        ws.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++this.#seq, d: {} }));
        break;
    }
    this.#changed();
  }
}

/** The guild the bot sees: roles, a text channel, a news-desk channel and a thread under the first. */
function guildCreate() {
  const channel = (id: string, name: string) => ({ id, type: 0, guild_id: WORLD.guildId, name, position: 0, permission_overwrites: [], nsfw: false, topic: null, last_message_id: null, parent_id: null, rate_limit_per_user: 0 });
  const role = (id: string, name: string) => ({ id, name, color: 0, hoist: false, icon: null, unicode_emoji: null, position: id === WORLD.guildId ? 0 : 1, permissions: '2248473465835073', managed: false, mentionable: false, flags: 0 });
  return {
    id: WORLD.guildId,
    name: 'Newsroom',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: WORLD.alice,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [role(WORLD.guildId, '@everyone'), role(WORLD.editorRoleId, 'editors'), { ...role(WORLD.botRoleId, 'OnRecord'), managed: true, tags: { bot_id: WORLD.botId } }],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    joined_at: '2024-01-01T00:00:00.000Z',
    large: false,
    unavailable: false,
    member_count: 3,
    voice_states: [],
    members: [apiMember(WORLD.botId, 'OnRecord')],
    channels: [channel(WORLD.channelId, 'general'), channel(WORLD.newsChannelId, 'news-desk')],
    threads: [
      {
        id: WORLD.threadId,
        type: 11,
        guild_id: WORLD.guildId,
        parent_id: WORLD.channelId,
        owner_id: WORLD.alice,
        name: 'nusra follow-up',
        last_message_id: null,
        rate_limit_per_user: 0,
        message_count: 1,
        member_count: 2,
        thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: '2024-01-01T00:00:00.000Z', locked: false },
        flags: 0,
      },
    ],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
