/** Snowflake-shaped ids for the offline Discord world (18 digits, increasing, unique per process). */
let next = 900_000_000_000_000_000n;
export function snowflake(): string {
  next += 1n;
  return next.toString();
}

/** The fixed world the stand-ins describe: one bot, one guild, a text channel, a thread, two members. */
export const WORLD = {
  applicationId: '800000000000000001',
  botId: '800000000000000001',
  guildId: '810000000000000001',
  otherGuildId: '810000000000000002',
  channelId: '820000000000000001',
  threadId: '820000000000000002',
  newsChannelId: '820000000000000003',
  editorRoleId: '830000000000000001',
  botRoleId: '830000000000000002',
  alice: '840000000000000001',
  bob: '840000000000000002',
  token: 'offline.test.token-0123456789abcdef',
} as const;

/** A user object as the gateway sends it. */
export function apiUser(id: string, name: string, bot = false) {
  return { id, username: name, global_name: name, discriminator: '0', avatar: null, bot, public_flags: 0, flags: 0 };
}

/** A guild member object (roles are ids). */
export function apiMember(id: string, name: string, roles: string[] = []) {
  return {
    user: apiUser(id, name),
    roles,
    joined_at: '2024-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    nick: null,
    avatar: null,
    permissions: '2248473465835073',
  };
}
