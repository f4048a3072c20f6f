import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { ExpiringState } from '../../core/index.js';
import { seal, unseal } from './sealed.js';

/** The store key of one installation: the organisation for an org-wide install, else the workspace. */
export function installationKey(q: { teamId?: string | undefined; enterpriseId?: string | undefined; isEnterpriseInstall?: boolean | undefined }): string {
  if (q.isEnterpriseInstall && q.enterpriseId) return `slack:install:E:${q.enterpriseId}`;
  if (q.teamId) return `slack:install:T:${q.teamId}`;
  throw new Error('an installation names neither a workspace nor an organisation');
}

/**
 * Bolt's installation store over the shared store: each workspace's installation (its bot token among it) is
 * kept as one row, encrypted at rest with AES-256-GCM under SLACK_TOKEN_KEY and bound to its key, so a database
 * dump or backup holds no usable token. Every replica reads the same rows, so any of them serves any workspace.
 */
export class SealedInstallationStore implements InstallationStore {
  constructor(
    private readonly state: ExpiringState,
    private readonly key: Buffer,
  ) {}

  async storeInstallation<V extends 'v1' | 'v2'>(installation: Installation<V, boolean>): Promise<void> {
    const key = installationKey({ teamId: installation.team?.id, enterpriseId: installation.enterprise?.id, isEnterpriseInstall: installation.isEnterpriseInstall });
    await this.state.putState(key, seal(JSON.stringify(installation), this.key, key), null);
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation<'v1' | 'v2', boolean>> {
    const key = installationKey(query);
    const sealed = await this.state.getState(key);
    if (sealed === null) throw new Error(`no installation for ${key.replace('slack:install:', '')}: install the app in that workspace (/slack/install)`);
    return JSON.parse(unseal(sealed, this.key, key)) as Installation<'v1' | 'v2', boolean>;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await this.state.deleteState(installationKey(query));
  }
}
