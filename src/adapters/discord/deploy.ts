import { REST, Routes } from 'discord.js';
import type { DiscordConfig } from '../../config/discord.js';
import { commandDefinitions } from './commands.js';

/** Where the commands went and which were registered. */
export interface DeployResult {
  scope: 'guild' | 'global';
  guildId?: string;
  names: string[];
}

/**
 * Registers the slash commands: for one guild when `DISCORD_GUILD_ID` is set (instant; for development),
 * else globally (every guild the bot is in; Discord may take a while to show changes). Idempotent: the
 * whole set is replaced, so removed commands disappear too.
 */
export async function deployCommands(config: DiscordConfig, signal?: AbortSignal): Promise<DeployResult> {
  const rest = new REST({ ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(config.token);
  const route = config.guildId ? Routes.applicationGuildCommands(config.applicationId, config.guildId) : Routes.applicationCommands(config.applicationId);
  const saved = (await rest.put(route, { body: commandDefinitions, ...(signal ? { signal } : {}) })) as { name: string }[];
  return {
    scope: config.guildId ? 'guild' : 'global',
    ...(config.guildId ? { guildId: config.guildId } : {}),
    names: Array.isArray(saved) ? saved.map((c) => c.name) : [],
  };
}
