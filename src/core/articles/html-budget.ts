/**
 * Whether a parsed page is small and sane enough for Readability, whose cost explodes on some shapes:
 * - nesting: time grows with the square of depth (1,000 nested divs took 18 s);
 * - elements: 240,000 took 30 s (its own `maxElemsToParse` check miscounts on linkedom);
 * - nodes and markup characters in text: Readability round-trips content through `innerHTML`, and every
 *   `<`, `>` or `&` in text comes back as an entity that linkedom turns into a separate text node (2 MB of
 *   "<a" took 13 s; 800,000 text nodes overflow the stack);
 * - element names: an unterminated "<a<a<a..." becomes one element named "A<A<A...", which Readability
 *   matches against its patterns again and again (5 MB took 27 s).
 * The 216 corpus pages peak at depth 51, 2,409 elements, 5,775 nodes and a few thousand such characters,
 * so the limits below sit far above any real article.
 */
export const READABILITY_LIMITS = { depth: 120, elements: 20_000, nodes: 50_000, markupChars: 20_000, nameLength: 64 } as const;

/** The slice of a DOM node the walk reads. */
export interface BudgetNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<BudgetNode>;
}

const NOT_CONTENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The first limit the page breaks ("depth", "elements", "nodes", "markupChars"), or null when Readability
 * may run. One iterative walk that stops as soon as a limit is passed.
 */
export function readabilityBudgetExceeded(root: BudgetNode | null): keyof typeof READABILITY_LIMITS | null {
  if (!root) return null;
  const L = READABILITY_LIMITS;
  let elements = 0;
  let nodes = 0;
  let markup = 0;
  const stack: [BudgetNode, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [BudgetNode, number];
    if (++nodes > L.nodes) return 'nodes';
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if ((c === 60 || c === 62 || c === 38) && ++markup > L.markupChars) return 'markupChars';
      }
      continue;
    }
    if (node.nodeType !== 1 && node !== root) continue;
    if (depth > L.depth) return 'depth';
    if (++elements > L.elements) return 'elements';
    if (node.nodeName.length > L.nameLength) return 'nameLength';
    if (NOT_CONTENT.has(node.nodeName.toUpperCase())) continue; // removed by Readability before it works
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      if (k) stack.push([k, depth + 1]);
    }
  }
  return null;
}
