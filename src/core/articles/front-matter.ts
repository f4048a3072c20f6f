import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type * as Zod from 'zod';
import { OnRecordError } from '../errors.js';
import { assertFrontMatterKeys, assertFrontMatterSize } from './limits.js';
import type { ArticleMeta } from './model.js';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * The YAML parser and the schema load on the first document with front matter: plain-text runs (one process
 * per batch of files) would otherwise pay a third of their start-up for them.
 */
const requireLazily = createRequire(import.meta.url);
let loaded: { yaml: typeof Yaml; metaSchema: ReturnType<typeof makeSchema> } | undefined;
function load() {
  loaded ??= {
    yaml: requireLazily('yaml') as typeof Yaml,
    metaSchema: makeSchema(requireLazily('zod') as typeof Zod),
  };
  return loaded;
}

/**
 * Parses the YAML of a front matter block in time linear in its size. The library's own duplicate-key check
 * compares every key with every other (200,000 keys took minutes), so it is off and done here with a set per
 * mapping, while the keys are counted against the cap.
 */
function parseYamlBlock(yaml: typeof Yaml, block: string, source: string): unknown {
  const doc = yaml.parseDocument(block, { uniqueKeys: false });
  if (doc.errors.length > 0) throw doc.errors[0];
  let keys = 0;
  let duplicate: string | undefined;
  yaml.visit(doc, {
    Map(_key, map) {
      keys += map.items.length;
      assertFrontMatterKeys(keys, source);
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!yaml.isScalar(pair.key)) continue;
        const k = String(pair.key.value);
        if (seen.has(k)) {
          duplicate = k;
          return yaml.visit.BREAK;
        }
        seen.add(k);
      }
      return undefined;
    },
  });
  if (duplicate !== undefined) throw new OnRecordError('BAD_ARTICLE', `${source}: front matter key "${duplicate}" is given twice`);
  return doc.toJS();
}

function makeSchema({ z }: typeof Zod) {
  const dateLike = z.union([z.string(), z.date()]).transform((v) => (v instanceof Date ? v.toISOString() : v.trim()));
  return z
    .object({
      title: z.string().trim().min(1).optional(),
      headline: z.string().trim().min(1).optional(),
      url: z.string().trim().url().optional(),
      outlet: z.string().trim().min(1).optional(),
      publisher: z.string().trim().min(1).optional(),
      published: dateLike.optional(),
      date: dateLike.optional(),
      byline: z.string().trim().min(1).optional(),
      author: z.string().trim().min(1).optional(),
    })
    .passthrough();
}

/** Splits `---` YAML front matter from a Markdown document and validates the fields OnRecord reads. */
export function parseFrontMatter(doc: string, source: string): { meta: ArticleMeta; body: string } {
  const m = FRONT_MATTER.exec(doc);
  if (!m) return { meta: {}, body: doc };
  const block = m[1] ?? '';
  assertFrontMatterSize(block, source);
  const { yaml, metaSchema } = load();
  let raw: unknown;
  try {
    raw = parseYamlBlock(yaml, block, source) ?? {};
  } catch (err) {
    if (err instanceof OnRecordError) throw err;
    throw new OnRecordError('BAD_ARTICLE', `${source}: front matter is not valid YAML`, { cause: err });
  }
  const parsed = metaSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new OnRecordError('BAD_ARTICLE', `${source}: front matter field "${issue?.path.join('.')}" ${issue?.message ?? 'is invalid'}`);
  }
  const f = parsed.data;
  const published = f.published ?? f.date;
  if (published !== undefined && Number.isNaN(Date.parse(published))) {
    throw new OnRecordError('BAD_ARTICLE', `${source}: front matter "published" is not a date: ${published}`);
  }
  const meta: ArticleMeta = {};
  const title = f.title ?? f.headline;
  if (title) meta.title = title;
  if (f.url) meta.url = f.url;
  const outlet = f.outlet ?? f.publisher;
  if (outlet) meta.outlet = outlet;
  if (published) meta.published = published;
  const byline = f.byline ?? f.author;
  if (byline) meta.byline = byline;
  return { meta, body: doc.slice(m[0].length) };
}
