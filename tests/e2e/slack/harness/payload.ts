/**
 * Reading messages the app sent (as recorded by the stand-in): all their text, their buttons, and every Block
 * Kit limit they must keep.
 */
export type Json = Record<string, unknown>;

interface Block {
  type: string;
  text?: { type: string; text: string };
  elements?: { type: string; text?: string | { text: string }; action_id?: string; value?: string; url?: string }[];
  accessory?: { type: string; action_id?: string; value?: string; text?: { text: string } };
}

export function blocksOf(msg: Json): Block[] {
  return (msg.blocks as Block[] | undefined) ?? [];
}

/** Every text of the message (fallback, sections, context elements), joined by newlines. */
export function textOf(msg: Json): string {
  const out: string[] = [String(msg.text ?? '')];
  for (const b of blocksOf(msg)) {
    if (b.text) out.push(b.text.text);
    for (const e of b.elements ?? []) if (typeof e.text === 'string') out.push(e.text);
  }
  return out.join('\n');
}

/** Buttons of the message: accessories and actions elements. */
export function buttonsOf(msg: Json): { action_id: string; value?: string; url?: string; label: string }[] {
  const out: { action_id: string; value?: string; url?: string; label: string }[] = [];
  for (const b of blocksOf(msg)) {
    if (b.accessory?.type === 'button') out.push({ action_id: b.accessory.action_id!, ...(b.accessory.value ? { value: b.accessory.value } : {}), label: b.accessory.text?.text ?? '' });
    if (b.type === 'actions')
      for (const e of b.elements ?? []) out.push({ action_id: e.action_id!, ...(e.value ? { value: e.value } : {}), ...(e.url ? { url: e.url } : {}), label: typeof e.text === 'object' ? e.text.text : '' });
  }
  return out;
}

/** Block Kit limits the message breaks (empty when it keeps them all). */
export function limitViolations(msg: Json): string[] {
  const bad: string[] = [];
  const blocks = blocksOf(msg);
  if (blocks.length > 50) bad.push(`${blocks.length} blocks`);
  for (const b of blocks) {
    if (b.text && b.text.text.length > 3000) bad.push(`section text ${b.text.text.length}`);
    // Slack rejects empty texts and empty context blocks outright (invalid_blocks).
    if (b.text && !b.text.text.trim()) bad.push('empty section text');
    if (b.type === 'context' && ((b.elements?.length ?? 0) > 10 || (b.elements?.length ?? 0) === 0)) bad.push(`context elements ${b.elements?.length ?? 0}`);
    if (b.type === 'actions' && ((b.elements?.length ?? 0) > 25 || (b.elements?.length ?? 0) === 0)) bad.push(`actions elements ${b.elements?.length ?? 0}`);
    for (const e of b.elements ?? []) if (typeof e.text === 'string' && (e.text.length > 3000 || !e.text.trim())) bad.push(`context text ${e.text.length}`);
    for (const btn of [...(b.elements ?? []), ...(b.accessory ? [b.accessory] : [])]) {
      if (btn.type !== 'button') continue;
      const label = typeof btn.text === 'object' ? btn.text.text : '';
      if (label.length > 75) bad.push(`button text ${label.length}`);
      if ((btn.value?.length ?? 0) > 2000) bad.push(`button value ${btn.value?.length}`);
    }
  }
  return bad;
}

/**
 * Special Slack forms that would ping or link in mrkdwn: `<!channel>`, `<!here>`, `<!everyone>`, `<@U...>`,
 * `<#C...>`, `<!subteam^...>`. `allowedUsers` are mentions the app writes on purpose (who shared).
 */
export function pings(msg: Json, allowedUsers: string[] = []): string[] {
  const found = textOf(msg).match(/<(!channel|!here|!everyone|!subteam\^[^>]*|@[UW][A-Z0-9]+|#C[A-Z0-9]+)[^>]*>/g) ?? [];
  return found.filter((f) => !allowedUsers.some((u) => f === `<@${u}>`));
}

/** mrkdwn links in the message: `<http...|label>` targets. */
export function linksOf(msg: Json): string[] {
  return [...textOf(msg).matchAll(/<(https?:[^|>]+)(?:\|[^>]*)?>/g)].map((m) => m[1]!);
}
