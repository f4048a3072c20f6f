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
export function apiMember(id: string, name: string, roles: string[] = [], permissions = '2248473465835073') {
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
    permissions,
  };
}

/** What every interaction of a member in the test guild carries (the gateway's INTERACTION_CREATE fields). */
export function interactionBase(token: string, as: { user?: string; roles?: string[]; guild?: string; permissions?: string } = {}, id = snowflake()) {
  const user = as.user ?? WORLD.alice;
  const guild = as.guild ?? WORLD.guildId;
  return {
    id,
    application_id: WORLD.applicationId,
    guild_id: guild,
    channel_id: WORLD.channelId,
    channel: { id: WORLD.channelId, type: 0, guild_id: guild, name: 'general' },
    member: apiMember(user, user === WORLD.alice ? 'alice' : 'bob', as.roles ?? [], as.permissions),
    token,
    version: 1,
    app_permissions: '2248473465835073',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': guild },
    context: 0,
  };
}

/** A slash command by alice in the test guild, as the gateway dispatches it. */
export function slashInteraction(token: string, name: string, options: { name: string; type: number; value: unknown }[] = []) {
  return { ...interactionBase(token), type: 2, data: { id: snowflake(), name, type: 1, options, guild_id: WORLD.guildId } };
}
