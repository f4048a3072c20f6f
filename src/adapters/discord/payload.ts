import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import { LIMITS, cutAtWord } from './text.js';

/**
 * The exact message the bot sends, as plain JSON (discord.js accepts it as is for replies, follow-ups,
 * edits and channel messages). `allowedMentions` is always `{ parse: [] }`: untrusted words never ping.
 */
export interface DiscordPayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: []; repliedUser: false };
  /** 64 (ephemeral) for private answers; absent otherwise. */
  flags?: number;
}

/** Discord's numbers, spelled out so rendering needs no runtime import of discord.js. */
export const ComponentKind = { ActionRow: 1, Button: 2 } as const;
export const ButtonLook = { Primary: 1, Secondary: 2, Success: 3, Danger: 4, Link: 5 } as const;
export const EPHEMERAL = 64;

/** The characters Discord counts towards the 6000 total of a message's embeds. */
export function embedLength(e: APIEmbed): number {
  let n = (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
  for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

/** Sum of `embedLength` over the embeds. */
export function embedsLength(embeds: APIEmbed[]): number {
  return embeds.reduce((n, e) => n + embedLength(e), 0);
}

/**
 * Last line of defence for the limits: whatever the renderers produced, the payload leaves within every
 * Discord limit. Renderers already fit each part; this drops trailing embeds and fields, then shortens
 * descriptions, so a message is never refused for size.
 */
export function fitPayload(p: DiscordPayload): DiscordPayload {
  const embeds = p.embeds.slice(0, LIMITS.embeds).map((e) => {
    // Discord refuses empty strings: an untrusted value that escaped to nothing becomes a dash.
    const out: APIEmbed = { ...e, ...(e.fields ? { fields: e.fields.slice(0, LIMITS.fields).map((f) => ({ ...f, name: f.name.trim() ? f.name : '—', value: f.value.trim() ? f.value : '—' })) } : {}) };
    if (out.title !== undefined && !out.title.trim()) out.title = '—';
    if (out.description !== undefined && !out.description.trim()) delete out.description;
    if (out.footer && !out.footer.text.trim()) delete out.footer;
    return out;
  });
  // Drop whole trailing embeds first (later results), then trailing fields, then shorten descriptions.
  while (embeds.length > 1 && embedsLength(embeds) > LIMITS.embedsTotal) embeds.pop();
  const first = embeds[0];
  if (first) {
    while (embedsLength(embeds) > LIMITS.embedsTotal && first.fields?.length) first.fields.pop();
    const over = embedsLength(embeds) - LIMITS.embedsTotal;
    if (over > 0 && first.description) {
      first.description = cutAtWord(first.description, Math.max(1, first.description.length - over)).text.replace(/\\…$/, '…');
    }
  }
  const content = p.content ? cutAtWord(p.content, LIMITS.content).text : undefined;
  const components = p.components
    .slice(0, LIMITS.rows)
    .map((row) => ({ ...row, components: row.components.slice(0, LIMITS.buttonsPerRow) }))
    .filter((row) => row.components.length > 0);
  return {
    ...(content ? { content } : {}),
    embeds,
    components,
    allowedMentions: { parse: [], repliedUser: false },
    ...(p.flags ? { flags: p.flags } : {}),
  };
}
