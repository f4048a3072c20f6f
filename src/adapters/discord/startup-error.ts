import { describeError, isOnRecordError } from '../../core/errors.js';
import { networkReason } from '../../process/network.js';

/** Exit codes of a failed start: 2 configuration or a refused token, 3 Discord not reachable. */
export interface StartupFailure {
  line: string;
  exitCode: 2 | 3;
}

/**
 * One line for an operator when the bot cannot start, or undefined for a bug (whose stack is worth keeping).
 * discord.js reports a refused token as `TokenInvalid` (a 401 from GET /gateway/bot), other refusals as a
 * DiscordAPIError with an HTTP status, and an unreachable API as a failed fetch.
 */
export function discordStartupFailure(err: unknown, apiUrl = 'https://discord.com/api'): StartupFailure | undefined {
  if (isOnRecordError(err)) return { line: describeError(err), exitCode: 2 };
  const e = err as { code?: unknown; status?: unknown; name?: unknown };
  if (e?.code === 'TokenInvalid' || e?.status === 401) {
    return { line: 'Discord refused the bot token (TokenInvalid): copy a fresh one into DISCORD_TOKEN (Developer Portal > Bot > Reset Token)', exitCode: 2 };
  }
  if (typeof e?.status === 'number' && e.status >= 400) {
    return { line: `Discord refused the start (HTTP ${e.status}: ${describeError(err)}): check DISCORD_TOKEN and DISCORD_APPLICATION_ID`, exitCode: 2 };
  }
  const reason = networkReason(err);
  const timedOut = e?.name === 'AbortError' || e?.name === 'TimeoutError';
  if (timedOut || /^E[A-Z]+$/.test(reason) || (err instanceof TypeError && /fetch failed/i.test(describeError(err)))) {
    return { line: `Discord could not be reached at ${apiUrl} (${timedOut ? 'timed out' : reason}): check the network, a proxy, or DISCORD_API_URL`, exitCode: 3 };
  }
  return undefined;
}
