/** The Web API calls the permission check needs (a Bolt `WebClient` fits). */
export interface UsergroupsApi {
  usergroups: { users: { list(args: { usergroup: string }): Promise<{ ok?: boolean; users?: string[] }> } };
}

/** Who may add articles: named users and members of named user groups; nobody named means everyone. */
export interface AddPolicy {
  users: readonly string[];
  usergroups: readonly string[];
}

/** The outcome of a check, with the reason to tell a refused user. */
export type AddDecision = { allowed: true } | { allowed: false; reason: string };

/**
 * Decides whether a user may add articles (`/quote add`, auto-ingest). Group members are fetched with
 * `usergroups.users.list` and cached for `ttlMs`; when Slack cannot be asked, the answer is no (fail closed).
 */
export class AddPermission {
  private readonly cache = new Map<string, { at: number; members: Set<string> }>();

  constructor(
    private readonly policy: AddPolicy,
    private readonly ttlMs = 5 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when nobody is named: every member may add. */
  get open(): boolean {
    return this.policy.users.length === 0 && this.policy.usergroups.length === 0;
  }

  async check(userId: string | undefined, api: UsergroupsApi): Promise<AddDecision> {
    if (this.open) return { allowed: true };
    const refused: AddDecision = { allowed: false, reason: 'Adding articles is limited to named people and user groups in this workspace; ask an editor to add it.' };
    if (!userId) return refused;
    if (this.policy.users.includes(userId)) return { allowed: true };
    for (const group of this.policy.usergroups) {
      let members: Set<string>;
      try {
        members = await this.members(group, api);
      } catch {
        return { allowed: false, reason: 'Could not check your user groups with Slack just now; try again in a minute.' };
      }
      if (members.has(userId)) return { allowed: true };
    }
    return refused;
  }

  private async members(group: string, api: UsergroupsApi): Promise<Set<string>> {
    const hit = this.cache.get(group);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.members;
    const r = await api.usergroups.users.list({ usergroup: group });
    if (!r.ok) throw new Error(`usergroups.users.list failed for ${group}`);
    const members = new Set(r.users ?? []);
    this.cache.set(group, { at: this.now(), members });
    return members;
  }
}

/** The Web API calls the editor check needs: user groups, and `users.info` for admins and owners. */
export interface EditorApi extends UsergroupsApi {
  users: { info(args: { user: string }): Promise<{ ok?: boolean; user?: { is_admin?: boolean; is_owner?: boolean; is_primary_owner?: boolean } }> };
}

/**
 * Who may correct a quote's speaker: workspace admins and owners (`users.info`), and members of the editor
 * user groups (`SLACK_EDITOR_USERGROUPS`, `usergroups.users.list`). Slack's Web API does not tell a bot who
 * manages a channel, so channel managers are editors through that user group. When Slack cannot be asked, the
 * answer is no (fail closed). Unlike adding articles, nobody named does not mean everybody.
 */
export class EditorPermission {
  private readonly groups: AddPermission;

  constructor(usergroups: readonly string[], ttlMs = 5 * 60_000, now: () => number = Date.now) {
    this.groups = new AddPermission({ users: [], usergroups }, ttlMs, now);
  }

  async check(userId: string | undefined, api: EditorApi): Promise<AddDecision> {
    const refused: AddDecision = { allowed: false, reason: 'Only editors can correct a speaker (workspace admins and owners, and members of the editors user group). Ask an editor to fix it.' };
    if (!userId) return refused;
    if (!this.groups.open) {
      const inGroup = await this.groups.check(userId, api);
      if (inGroup.allowed) return inGroup;
    }
    try {
      const r = await api.users.info({ user: userId });
      const u = r.ok ? r.user : undefined;
      if (u && (u.is_admin || u.is_owner || u.is_primary_owner)) return { allowed: true };
    } catch {
      return { allowed: false, reason: 'Could not check your role with Slack just now; try again in a minute.' };
    }
    return refused;
  }
}
