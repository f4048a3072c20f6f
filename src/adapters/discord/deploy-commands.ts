// Entry point of `npm run discord:deploy-commands`: registers the slash commands, then exits.
import { parseDiscordConfig } from '../../config/discord.js';
import { processEnv } from '../../config/index.js';
import { describeError } from '../../core/errors.js';
import { MENU } from './commands.js';
import { deployCommands } from './deploy.js';

try {
  const config = parseDiscordConfig(processEnv());
  const r = await deployCommands(config, AbortSignal.timeout(30_000));
  const where = r.scope === 'guild' ? `guild ${r.guildId} (available now)` : 'every guild (global: may take up to an hour to appear)';
  const menus: string[] = Object.values(MENU);
  const shown = r.names.map((n) => (menus.includes(n) ? `"${n}" (message menu)` : `/${n}`));
  process.stdout.write(`Registered ${shown.join(', ')} for ${where}.\n`);
} catch (err) {
  process.stderr.write(`discord:deploy-commands: ${describeError(err)}\n`);
  process.exitCode = 1;
}
