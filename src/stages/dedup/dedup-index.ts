/**
 * Finding duplicate conversations in four explicit passes sharing one index (datatrove's
 * signatures -> buckets -> cluster -> filter): `add` every conversation (exact hash, message
 * prefix hashes, MinHash signature); `candidates` pairs conversations that are exact copies, that
 * extend one another (a later, longer dump of the same chat), or whose signatures share an LSH
 * band; `verify` keeps the near pairs whose true Jaccard similarity reaches the threshold; then
 * `decide` joins the duplicates (union-find) and keeps one conversation of each cluster.
 */
import type { PippaMessage } from "../../model/pippa-record.js";
import type { TextMeasure } from "../../base/measure-text.js";
import { combine } from "../../base/hashing.js";
import { NumberList } from "../../base/growable.js";
import { IntMultiMap, Uint32Arena } from "../../base/compact.js";
import { DEFAULT_LSH, LshIndex, minhashSignature, pairKey, type LshOptions } from "./minhash.js";
import { greetingTurns, hasDistinct, jaccard, pushTurnBoundary, scanMessageWords, shingleHashes, WordHashes } from "./shingles.js";

export interface DedupOptions extends LshOptions {
  /** Near duplicates need at least this true Jaccard similarity [0.7]. */
  threshold: number;
  /** A shorter conversation counts as a copy of a longer one whose first messages it equals, from this many messages [3]. */
  minPrefixMessages: number;
  /** Search for near duplicates; false turns it off (exact and prefix copies are still found) [true]. */
  near: boolean;
  /** Conversations with fewer word 5-grams than this are too short to call near duplicates [8]. */
  minShingles: number;
}

export const DEFAULT_DEDUP: DedupOptions = { ...DEFAULT_LSH, threshold: 0.7, minPrefixMessages: 3, near: true, minShingles: 8 };

export type DuplicateKind = "exact" | "extended" | "near";

export interface DuplicateEdge {
  a: number;
  b: number;
  kind: DuplicateKind;
  similarity: number;
}

/** What dedup decided about one conversation. */
export interface DedupDecision {
  /** Cluster id: the index of the conversation kept for the cluster (itself when unique). */
  cluster: number;
  keep: boolean;
  /** How it was matched to the kept one, when dropped. */
  kind?: DuplicateKind;
}

/** Messages shorter than this ("ok", "lol") say nothing about which chat they belong to. */
const MIN_MESSAGE_CHARS = 20;
const MIN_MESSAGES_FOR_SET = 4;
/** 10 bands of 3 rows: candidates from about 0.46 message-set similarity. */
export const MESSAGE_LSH: LshOptions = { bands: 10, rows: 3, seed: 7 };

/**
 * How alike two near candidates are: the Jaccard similarity of their substantial messages, or,
 * when that falls short of the threshold, the larger of it and their word 5-grams' similarity
 * (`shingles` is only called then: reading the texts back is the costly part).
 */
export function nearSimilarity(setA: Uint32Array | null, setB: Uint32Array | null, shingles: () => [Uint32Array, Uint32Array], threshold: number): number {
  const byMessages = setA && setB ? jaccard(setA, setB) : 0;
  return Math.max(byMessages, byMessages >= threshold ? 0 : jaccard(...shingles()));
}

/**
 * Clusters (union-find over the edges) and, for each node, whether it is its cluster's survivor:
 * the node `better` prefers over every other member (ties go to the earlier node). `nodes` are
 * every conversation an edge names (ascending; others are alone and kept); the decisions come in
 * their order. A dropped node's kind is that of its first edge, or exact if any of its edges is.
 */
export function decideClusters(nodes: readonly number[], edges: readonly DuplicateEdge[], better: (a: number, b: number) => boolean): DedupDecision[] {
  // Every conversation (a build on one machine) needs no lookup of positions.
  const everyOne = nodes.length === 0 || nodes[nodes.length - 1] === nodes.length - 1;
  const positions = everyOne ? null : new Map(nodes.map((node, i) => [node, i]));
  const positionOf = (node: number) => (positions ? positions.get(node)! : node);
  const parent = Int32Array.from({ length: nodes.length }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const kindOf = new Map<number, DuplicateKind>();
  for (const edge of edges) {
    const ra = find(positionOf(edge.a));
    const rb = find(positionOf(edge.b));
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    for (const node of [edge.a, edge.b]) if (!kindOf.has(node) || edge.kind === "exact") kindOf.set(node, edge.kind);
  }
  const best = new Map<number, number>();
  nodes.forEach((node, i) => {
    const root = find(i);
    const current = best.get(root);
    if (current === undefined || better(node, current)) best.set(root, node);
  });
  return nodes.map((node, i) => {
    const kept = best.get(find(i))!;
    return kept === node ? { cluster: kept, keep: true } : { cluster: kept, keep: false, kind: kindOf.get(node) };
  });
}

/** Which of two cluster members survives: a preferred one (public), then the longer (turns, then characters), then the first. */
export function survivorBefore(a: ClusterMember, b: ClusterMember): boolean {
  if (a.preferred !== b.preferred) return a.preferred;
  return a.turns !== b.turns ? a.turns > b.turns : a.chars !== b.chars ? a.chars > b.chars : a.index < b.index;
}

export interface ClusterMember {
  preferred: boolean;
  turns: number;
  chars: number;
  index: number;
}

/** A message's identity: its text's hash and who wrote it. */
function messageHash(textHash: number, isHuman: boolean): number {
  return combine(textHash, isHuman ? 1 : 2);
}

/** What pass one needs of a conversation; computed anywhere (it is plain data), added in order. */
export interface DedupFeatures {
  messages: number;
  chars: number;
  fullHash: number;
  /** Hashes of every message prefix, for conversations long enough to be extended. */
  prefixes: Uint32Array | null;
  signature: Uint32Array | null;
  messageSet: Uint32Array | null;
  messageSignature: Uint32Array | null;
}

/**
 * A conversation's dedup features. Exact and extended copies compare every message, the greeting
 * included (two bots' chats that differ only in their greeting are different chats); near copies
 * compare the messages after the greeting, as word 5-grams and as whole messages (one long
 * message rewritten can sink the 5-gram similarity of a chat whose other messages are the same).
 * `measured`, when given, receives each message's characters and words (`measureText`'s
 * counts) from the same scan.
 */
export function dedupFeatures(conversation: readonly PippaMessage[], greeting: string, options: Partial<DedupOptions> = {}, measured?: (index: number, measure: TextMeasure) => void): DedupFeatures {
  const settings = { ...DEFAULT_DEDUP, ...options };
  const prefixes = new Uint32Array(conversation.length);
  // The greeting is left out of near comparison (see comparableMessages); one scan per message
  // gives both its hash and, for the compared ones, its words.
  const skip = greetingTurns(conversation, greeting);
  const words = settings.near ? reusableWords : null;
  if (words) words.length = 0;
  const substantial: number[] = [];
  let hash = 0x2545f491;
  let chars = 0;
  for (let i = 0; i < conversation.length; i++) {
    const message = conversation[i];
    const compared = words !== null && i >= skip;
    const identity = messageHash(scanMessageWords(message.message, compared ? words : null, measured ? measure : null), message.is_human);
    measured?.(i, measure);
    if (compared) {
      pushTurnBoundary(words, message.is_human);
      if (message.message.length >= MIN_MESSAGE_CHARS) substantial.push(identity);
    }
    hash = combine(hash, identity);
    prefixes[i] = hash;
    chars += message.message.length;
  }
  let signature: Uint32Array | null = null;
  let messageSet: Uint32Array | null = null;
  let messageSignature: Uint32Array | null = null;
  if (words) {
    const shingles = shingleHashes(words);
    if (hasDistinct(shingles, settings.minShingles)) signature = minhashSignature(shingles, settings);
    if (substantial.length >= MIN_MESSAGES_FOR_SET) {
      messageSet = Uint32Array.from(new Set(substantial)).sort();
      messageSignature = minhashSignature(messageSet, MESSAGE_LSH);
    }
  }
  return {
    messages: conversation.length,
    chars,
    fullHash: conversation.length === 0 ? 0 : prefixes[conversation.length - 1],
    prefixes: conversation.length > settings.minPrefixMessages ? prefixes : null,
    signature,
    messageSet,
    messageSignature,
  };
}

/** Word hashes and counts of the conversation being measured (features are computed one at a time). */
const reusableWords = new WordHashes();
const measure: TextMeasure = { chars: 0, words: 0 };

export class DedupIndex {
  private readonly options: DedupOptions;
  /** Kept compact (see base/compact.ts): a build holds them for its whole corpus. */
  private readonly fullHashes = new NumberList(new Float64Array(1024));
  private readonly prefixHashes = new Uint32Arena();
  /** Near candidates by 5-gram signature and by message-set signature, bucketed as conversations are added. */
  private readonly shingleLsh: LshIndex;
  private readonly messageLsh = new LshIndex(MESSAGE_LSH);
  /** Per conversation: the sorted hashes of its substantial messages. */
  private readonly messageSets = new Uint32Arena();
  /** Per conversation: its messages and characters. */
  private readonly turns: number[] = [];
  private readonly chars: number[] = [];
  private readonly byFullHash = new IntMultiMap();
  private nearPairs: [number, number][] = [];
  private readonly edges: DuplicateEdge[] = [];

  constructor(options: Partial<DedupOptions> = {}) {
    this.options = { ...DEFAULT_DEDUP, ...options };
    this.shingleLsh = new LshIndex(this.options);
  }

  get size(): number {
    return this.fullHashes.length;
  }

  /** Pass one: registers a conversation (indices are dense, from 0, in order). */
  add(conversation: readonly PippaMessage[], greeting: string): number {
    return this.addFeatures(dedupFeatures(conversation, greeting, this.options));
  }

  /** Pass one with features computed elsewhere (a worker thread): see `dedupFeatures`. */
  addFeatures(features: DedupFeatures): number {
    const index = this.fullHashes.length;
    // An empty conversation is a copy of nothing: a hash of its own, outside the 32-bit range.
    const full = features.messages === 0 ? -1 - index : features.fullHash;
    this.fullHashes.push(full);
    this.prefixHashes.push(features.prefixes);
    this.turns.push(features.messages);
    this.chars.push(features.chars);
    if (features.messages > 0) this.byFullHash.add(full, index);
    if (this.options.near) {
      this.shingleLsh.add(index, features.signature);
      this.messageLsh.add(index, features.messageSignature);
    }
    this.messageSets.push(features.messageSet);
    return index;
  }

  /**
   * Pass two: exact and extended copies become edges at once; near candidates are returned as the
   * set of conversations whose shingles `verify` will need.
   */
  candidates(): Set<number> {
    for (const indices of this.byFullHash.groups()) {
      for (let i = 1; i < indices.length; i++) this.edges.push({ a: indices[0], b: indices[i], kind: "exact", similarity: 1 });
    }
    for (let longer = 0; longer < this.size; longer++) {
      const prefixes = this.prefixHashes.get(longer);
      if (!prefixes) continue;
      for (let k = this.options.minPrefixMessages - 1; k < prefixes.length - 1; k++) {
        this.byFullHash.each(prefixes[k], (shorter) => {
          if (shorter !== longer && this.turns[shorter] === k + 1) this.edges.push({ a: shorter, b: longer, kind: "extended", similarity: (k + 1) / prefixes.length });
        });
      }
    }
    const needed = new Set<number>();
    if (!this.options.near) return needed;
    const pairs = new Map<number, [number, number]>();
    for (const pair of [...this.shingleLsh.pairs(), ...this.messageLsh.pairs()]) {
      if (this.fullHashes.data[pair[0]] !== this.fullHashes.data[pair[1]]) pairs.set(pairKey(pair[0], pair[1]), pair);
    }
    this.nearPairs = [...pairs.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    for (const [a, b] of this.nearPairs) {
      needed.add(a);
      needed.add(b);
    }
    return needed;
  }

  /**
   * Pass three: keeps the candidate pairs whose true Jaccard similarity reaches the threshold.
   * `shinglesOf` gives `shingleSet(comparableMessages(...))` of a conversation `candidates` named.
   */
  verify(shinglesOf: (index: number) => Uint32Array): void {
    const cache = new Map<number, Uint32Array>();
    const get = (index: number) => {
      let shingles = cache.get(index);
      if (!shingles) cache.set(index, (shingles = shinglesOf(index)));
      return shingles;
    };
    for (const [a, b] of this.nearPairs) {
      const similarity = nearSimilarity(this.messageSets.get(a), this.messageSets.get(b), () => [get(a), get(b)], this.options.threshold);
      if (similarity >= this.options.threshold) this.edges.push({ a, b, kind: "near", similarity });
    }
  }

  /** Every edge found, for the private cluster report. */
  duplicateEdges(): readonly DuplicateEdge[] {
    return this.edges;
  }

  /**
   * Pass four: clusters (union-find) and, for each, the conversation kept: among the members
   * `preferred` accepts if there are any (the build passes "public consent", so that a private copy
   * never displaces a public one from the public release), the longest (then the first).
   */
  decide(preferred: (index: number) => boolean = () => true): DedupDecision[] {
    return decideClusters(Array.from({ length: this.size }, (_, i) => i), this.edges, (a, b) => this.better(a, b, preferred));
  }

  private better(a: number, b: number, preferred: (index: number) => boolean): boolean {
    const member = (index: number): ClusterMember => ({ preferred: preferred(index), turns: this.turns[index], chars: this.chars[index], index });
    return survivorBefore(member(a), member(b));
  }
}
