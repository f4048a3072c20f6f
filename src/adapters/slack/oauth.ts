import type { App, AppOptions } from '@slack/bolt';
import type { Logger } from 'pino';
import type { SlackOAuth } from '../../config/slack.js';
import { SealedInstallationStore } from './installations.js';

/** The bot scopes every install asks for: those of slack/manifest.yml (a test keeps them equal). */
export const BOT_SCOPES = ['commands', 'app_mentions:read', 'chat:write', 'im:history', 'usergroups:read', 'users:read'];
/** What channel auto-ingest adds: those of slack/manifest.auto-ingest.yml. */
export const AUTO_INGEST_SCOPES = ['channels:history', 'groups:history', 'reactions:write'];

export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';

/**
 * Bolt's built-in OAuth for an app installed in several workspaces: `GET /slack/install` sends the admin to
 * Slack's consent page (with a signed state in a cookie against forged callbacks), `GET /slack/oauth_redirect`
 * exchanges the code (`oauth.v2.access`) and keeps the installation, encrypted, in the shared store. Each event
 * is then authorised with its own workspace's token, and tenancy maps the workspace to its collections.
 */
export function oauthAppOptions(oauth: SlackOAuth, installations: SealedInstallationStore, o: { autoIngest: boolean; apiUrl?: string }): Partial<AppOptions> {
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    scopes: o.autoIngest ? [...BOT_SCOPES, ...AUTO_INGEST_SCOPES] : BOT_SCOPES,
    installationStore: installations,
    ...(oauth.redirectUri ? { redirectUri: oauth.redirectUri } : {}),
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: REDIRECT_PATH,
      // Straight to Slack's consent page: there is nothing to show before it.
      directInstall: true,
      stateVerification: true,
      ...(o.apiUrl ? { clientOptions: { slackApiUrl: o.apiUrl } } : {}),
    },
  };
}

/**
 * A workspace that uninstalls the app, or revokes its bot token, has its installation deleted from the store, so
 * no encrypted token outlives the newsroom's consent and its events are no longer authorised.
 */
export function registerUninstall(app: App, store: SealedInstallationStore, log: Logger): void {
  const forget = async (kind: string, body: { team_id?: string; enterprise_id?: string }, isEnterpriseInstall: boolean | undefined) => {
    await store.deleteInstallation({ teamId: body.team_id, enterpriseId: body.enterprise_id, isEnterpriseInstall: Boolean(isEnterpriseInstall) });
    log.info({ kind, team: body.team_id }, 'slack installation deleted');
  };
  app.event('app_uninstalled', async ({ body, context }) => forget('app_uninstalled', body, context.isEnterpriseInstall));
  app.event('tokens_revoked', async ({ event, body, context }) => {
    if (event.tokens.bot?.length) await forget('tokens_revoked', body, context.isEnterpriseInstall);
  });
}
