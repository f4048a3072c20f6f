/**
 * Builds src/core/search/corpus-neighbours.ts: for each common index term of the news corpus, its few nearest
 * neighbours by meaning as the corpus itself uses words (distributional similarity), with the similarity.
 * A developer tool: it reads the corpus (../shared); the app and the tests only read the generated module.
 *
 *   npx tsx scripts/build-neighbours.ts [--corpus /work/shared/corpus] [--out src/core/search/corpus-neighbours.ts]
 *
 * The model (Levy, Goldberg & Dagan 2015, "Improving distributional similarity with lessons learned from word
 * embeddings"): index terms (stems, stop words out, the same `indexTerms` as the index) of every article the
 * evaluation indexes; co-occurrence counts in a window of WINDOW terms either side, within a paragraph; positive
 * PMI with the context distribution smoothed (counts^0.75); a rank-DIMS truncated SVD of the PPMI matrix
 * (randomized, with a fixed seed: same corpus, same table), rows U x sqrt(S), unit length; cosine neighbours.
 * Names are left out on both sides (a term written capitalised inside a sentence more often than not: "Blair" is
 * no reading of "Brown"), as are numbers and terms seen fewer than MIN_COUNT times.
 */
import fs from 'node:fs';
import path from 'node:path';
import { indexTerms } from '../src/core/search/tokenize.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => { const i = args.indexOf(name); return i >= 0 ? (args[i + 1] ?? dflt) : dflt; };
const corpus = path.resolve(opt('--corpus', '/work/shared/corpus'));
const out = path.resolve(opt('--out', 'src/core/search/corpus-neighbours.ts'));

/** Terms either side counted as context. */
const WINDOW = Number(process.env.NB_WINDOW ?? 5);
/** Fewest occurrences for a term to have (or be) a neighbour: rarer terms have too few contexts to compare. */
const MIN_COUNT = Number(process.env.NB_MIN_COUNT ?? 10);
/** Dimensions kept by the SVD. */
const DIMS = Number(process.env.NB_DIMS ?? 150);
/** Neighbours kept per term, and the least cosine similarity for one. */
const KEEP = Number(process.env.NB_KEEP ?? 5);
const MIN_SIMILARITY = Number(process.env.NB_MIN_SIM ?? 0.35);
/**
 * The corpus's most frequent terms are nobody's neighbour: "get", "people", "government", "first" sit near
 * everything in a window, so as a reading they would match any quote.
 */
const COMMON = Number(process.env.NB_COMMON ?? 150);

// ---------- the articles: the same ones `score.mjs qa --index all` indexes ----------
function files(dir: string, only?: string): string[] {
  const outList: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (only ? e.name === only : e.name.endsWith('.txt')) outList.push(p);
    }
  };
  walk(path.join(corpus, dir));
  return outList;
}
const articles = [
  ...files('bbc'), ...files('polnear/data/train/text'), ...files('polnear/data/dev/text'), ...files('seed'),
  ...files('readability', 'expected.txt'), ...files('article-extraction-benchmark', 'body.txt'),
].filter((f) => !f.endsWith('README.TXT'));

// ---------- counts ----------
const ids = new Map<string, number>();
const termOf: string[] = [];
const count: number[] = [];
const capitalised: number[] = [];
const seen: number[] = [];
const paragraphs: Int32Array[] = [];
const idOf = (t: string): number => {
  let id = ids.get(t);
  if (id === undefined) {
    id = termOf.length;
    ids.set(t, id);
    termOf.push(t);
    count.push(0);
    capitalised.push(0);
    seen.push(0);
  }
  return id;
};
for (const file of articles) {
  for (const para of fs.readFileSync(file, 'utf8').split(/\n\s*\n|\n(?=\s)/)) {
    const terms = indexTerms(para);
    if (terms.length < 2) continue;
    paragraphs.push(Int32Array.from(terms, (t) => { const id = idOf(t); count[id]!++; return id; }));
    // How the term is written inside a sentence (not first in it): capitalised there more often than not = a name.
    const raw = para.match(/[\p{L}][\p{L}'’.-]*|[.!?]["”’]?/gu) ?? [];
    for (let i = 1; i < raw.length; i++) {
      const w = raw[i] as string;
      if (/^[.!?]/.test(raw[i - 1] as string) || /^[.!?]/.test(w)) continue;
      for (const t of indexTerms(w)) {
        const id = ids.get(t);
        if (id === undefined) continue;
        seen[id]!++;
        if (/^\p{Lu}/u.test(w)) capitalised[id]!++;
      }
    }
  }
}
const isWord = (id: number) => /^[a-z]{3,}$/.test(termOf[id] as string) && (count[id] as number) >= MIN_COUNT && (capitalised[id] as number) * 2 <= (seen[id] as number);
const kept = termOf.map((_, id) => id).filter(isWord);
const row = new Int32Array(termOf.length).fill(-1);
kept.forEach((id, r) => (row[id] = r));
const n = kept.length;
console.error(`${articles.length} articles, ${paragraphs.reduce((s, p) => s + p.length, 0)} terms, ${termOf.length} distinct, ${n} kept`);

// Co-occurrence (sparse, symmetric), over kept terms only.
const cooc: Map<number, number>[] = Array.from({ length: n }, () => new Map());
for (const p of paragraphs) {
  for (let i = 0; i < p.length; i++) {
    const a = row[p[i] as number] as number;
    if (a < 0) continue;
    for (let j = Math.max(0, i - WINDOW); j <= Math.min(p.length - 1, i + WINDOW); j++) {
      if (j === i) continue;
      const b = row[p[j] as number] as number;
      if (b < 0 || b === a) continue;
      const m = cooc[a] as Map<number, number>;
      m.set(b, (m.get(b) ?? 0) + 1);
    }
  }
}

// PPMI with smoothed context distribution.
const rowSum = cooc.map((m) => [...m.values()].reduce((s, x) => s + x, 0));
const ctxSmoothed = rowSum.map((x) => x ** 0.75);
const ctxTotal = ctxSmoothed.reduce((s, x) => s + x, 0);
const ppmi: { cols: Int32Array; vals: Float64Array }[] = cooc.map((m, a) => {
  const cols: number[] = [];
  const vals: number[] = [];
  for (const [b, c] of [...m.entries()].sort((x, y) => x[0] - y[0])) {
    const pmi = Math.log((c * ctxTotal) / ((rowSum[a] as number) * (ctxSmoothed[b] as number)));
    if (pmi > 0) { cols.push(b); vals.push(pmi); }
  }
  return { cols: Int32Array.from(cols), vals: Float64Array.from(vals) };
});

// ---------- randomized truncated SVD (Halko, Martinsson & Tropp 2011), fixed seed ----------
let seed = 12345;
const rand = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 2 ** 32; };
const gauss = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
const k = DIMS + 10;
/** Dense n x k matrix, row-major. */
const times = (x: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> => {
  const y = new Float64Array(n * k);
  for (let a = 0; a < n; a++) {
    const { cols, vals } = ppmi[a] as { cols: Int32Array; vals: Float64Array };
    const base = a * k;
    for (let e = 0; e < cols.length; e++) {
      const v = vals[e] as number;
      const xb = (cols[e] as number) * k;
      for (let c = 0; c < k; c++) y[base + c] = (y[base + c] as number) + v * (x[xb + c] as number);
    }
  }
  return y;
};
/** Orthonormal columns (modified Gram-Schmidt), in place. */
function orthonormalize(y: Float64Array<ArrayBuffer>): void {
  for (let c = 0; c < k; c++) {
    for (let d = 0; d < c; d++) {
      let dot = 0;
      for (let r = 0; r < n; r++) dot += (y[r * k + c] as number) * (y[r * k + d] as number);
      for (let r = 0; r < n; r++) y[r * k + c] = (y[r * k + c] as number) - dot * (y[r * k + d] as number);
    }
    let norm = 0;
    for (let r = 0; r < n; r++) norm += (y[r * k + c] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < n; r++) y[r * k + c] = (y[r * k + c] as number) / norm;
  }
}
let q: Float64Array<ArrayBuffer> = new Float64Array(n * k);
for (let i = 0; i < q.length; i++) q[i] = gauss();
q = times(q);
orthonormalize(q);
// Two power iterations (the matrix is symmetric: A^T = A).
for (let it = 0; it < 2; it++) {
  q = times(q);
  orthonormalize(q);
}
// B = Q^T A (k x n); A symmetric, so B^T = A Q.
const bt = times(q); // n x k
// Small eigenproblem: C = B B^T (k x k) = bt^T bt.
const C = new Float64Array(k * k);
for (let r = 0; r < n; r++) for (let i = 0; i < k; i++) { const v = bt[r * k + i] as number; if (v === 0) continue; for (let j = 0; j < k; j++) C[i * k + j] = (C[i * k + j] as number) + v * (bt[r * k + j] as number); }
/** Jacobi eigen-decomposition of a symmetric k x k matrix: eigenvalues and eigenvectors (columns of V). */
function jacobi(m: Float64Array): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(m);
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) v[i * k + i] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) off += (a[i * k + j] as number) ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < k; p++) for (let r = p + 1; r < k; r++) {
      const apr = a[p * k + r] as number;
      if (Math.abs(apr) < 1e-30) continue;
      const theta = ((a[r * k + r] as number) - (a[p * k + p] as number)) / (2 * apr);
      const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
      const c = 1 / Math.sqrt(t * t + 1);
      const s = t * c;
      for (let i = 0; i < k; i++) {
        const aip = a[i * k + p] as number, air = a[i * k + r] as number;
        a[i * k + p] = c * aip - s * air;
        a[i * k + r] = s * aip + c * air;
      }
      for (let i = 0; i < k; i++) {
        const api = a[p * k + i] as number, ari = a[r * k + i] as number;
        a[p * k + i] = c * api - s * ari;
        a[r * k + i] = s * api + c * ari;
      }
      for (let i = 0; i < k; i++) {
        const vip = v[i * k + p] as number, vir = v[i * k + r] as number;
        v[i * k + p] = c * vip - s * vir;
        v[i * k + r] = s * vip + c * vir;
      }
    }
  }
  return { values: Float64Array.from({ length: k }, (_, i) => a[i * k + i] as number), vectors: v };
}
const { values, vectors } = jacobi(C);
const order = [...values.keys()].sort((x, y) => (values[y] as number) - (values[x] as number)).slice(0, DIMS);
// A ≈ Q U S V^T with B = U S V^T: word vectors Q U sqrt(S), S = sqrt(eigenvalue of B B^T).
const vec = new Float64Array(n * DIMS);
for (let r = 0; r < n; r++) {
  for (const [d, e] of order.entries()) {
    let s = 0;
    for (let i = 0; i < k; i++) s += (q[r * k + i] as number) * (vectors[i * k + e] as number);
    vec[r * DIMS + d] = s * Math.sqrt(Math.sqrt(Math.max(0, values[e] as number)));
  }
  let norm = 0;
  for (let d = 0; d < DIMS; d++) norm += (vec[r * DIMS + d] as number) ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIMS; d++) vec[r * DIMS + d] = (vec[r * DIMS + d] as number) / norm;
}

// ---------- neighbours ----------
const byCount = [...kept.keys()].sort((a, b) => (count[kept[b] as number] as number) - (count[kept[a] as number] as number));
const common = new Set(byCount.slice(0, COMMON));
const entries: string[] = [];
let pairs = 0;
const sims = new Float64Array(n);
for (let a = 0; a < n; a++) {
  for (let b = 0; b < n; b++) {
    let s = 0;
    const ab = a * DIMS, bb = b * DIMS;
    for (let d = 0; d < DIMS; d++) s += (vec[ab + d] as number) * (vec[bb + d] as number);
    sims[b] = s;
  }
  sims[a] = -1;
  const best: number[] = [];
  for (let b = 0; b < n; b++) {
    if ((sims[b] as number) < MIN_SIMILARITY || common.has(b)) continue;
    best.push(b);
    best.sort((x, y) => (sims[y] as number) - (sims[x] as number));
    if (best.length > KEEP) best.pop();
  }
  if (best.length === 0) continue;
  pairs += best.length;
  entries.push(`${termOf[kept[a] as number]}:${best.map((b) => `${termOf[kept[b] as number]}/${Math.round((sims[b] as number) * 100)}`).join(',')}`);
}
// Sorted by term: the core reads the table in place by binary search (search/packed-table.ts).
const termKey = (entry: string) => entry.slice(0, entry.indexOf(':'));
const body =
  '// Generated by scripts/build-neighbours.ts from the corpus (distributional neighbours): do not edit by hand.\n' +
  `// term:neighbour/similarity%,...; window ${WINDOW}, min count ${MIN_COUNT}, ${DIMS} dimensions, ${KEEP} kept at >= ${MIN_SIMILARITY}, the ${COMMON} most frequent terms no neighbours.\n` +
  `export const CORPUS_NEIGHBOURS =\n  ${JSON.stringify(entries.sort((x, y) => (termKey(x) < termKey(y) ? -1 : 1)).join(';'))};\n`;
fs.writeFileSync(out, body);
console.error(`${entries.length} terms with neighbours, ${pairs} pairs, ${(body.length / 1024).toFixed(0)} kB -> ${out}`);
