import { describeError, isOnRecordError } from '../../core/errors.js';
import { networkReason } from '../../process/network.js';

/** Web API error codes meaning "this token is not accepted", from `auth.test` or `apps.connections.open`. */
const REFUSED = /\b(invalid_auth|not_authed|account_inactive|token_revoked|token_expired|not_allowed_token_type|invalid_token)\b/;

/** Exit codes of a failed start: 2 configuration or a refused token, 3 Slack not reachable. */
export interface StartupFailure {
  line: string;
  exitCode: 2 | 3;
}

/**
 * One line for an operator when the app cannot start, or undefined for a bug (whose stack is worth keeping).
 * The Web API client tags its errors: `slack_webapi_platform_error` (Slack answered no), and
 * `slack_webapi_request_error` / `slack_webapi_http_error` (no usable answer: network, proxy, outage).
 */
export function slackStartupFailure(err: unknown, apiUrl = 'https://slack.com/api/'): StartupFailure | undefined {
  if (isOnRecordError(err)) return { line: describeError(err), exitCode: 2 };
  const e = err as { code?: unknown; data?: { error?: unknown }; original?: unknown; statusCode?: unknown };
  const refused = REFUSED.exec(typeof e?.data?.error === 'string' ? e.data.error : describeError(err))?.[1];
  if (refused) return { line: `Slack refused the token (${refused}): check SLACK_BOT_TOKEN, and SLACK_APP_TOKEN in Socket Mode`, exitCode: 2 };
  if (e?.code === 'slack_webapi_request_error' || e?.code === 'slack_webapi_http_error') {
    const why = e.code === 'slack_webapi_http_error' ? `HTTP ${String(e.statusCode)}` : networkReason(e.original);
    return { line: `Slack could not be reached at ${apiUrl} (${why}): check the network, a proxy, or SLACK_API_URL`, exitCode: 3 };
  }
  return undefined;
}
