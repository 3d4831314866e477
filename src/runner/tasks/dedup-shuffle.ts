/**
 * The file-based shuffle behind a build's dedup as tasks. Each import task writes what its records
 * bring to dedup as fixed-size entries, one file per partition: a record's full hash and its
 * message-prefix hashes go to the partition of the hash (so exact and extended copies meet there),
 * its LSH band keys to the partition of the band (so near candidates meet there). Partition g's
 * bucket task reads partition g of every shard, in shard order, and writes the pairs it finds; one
 * cluster task then needs only the pairs.
 */
import { join } from "node:path";
import { NumberList } from "../../base/growable.js";
import { MESSAGE_LSH, type DedupFeatures, type DedupOptions } from "../../stages/dedup/dedup-index.js";
import { bandKey, pairKey } from "../../stages/dedup/minhash.js";
import { AtomicFile } from "../write-file.js";
import { readUint32File } from "./shard-state.js";

/** Five numbers per entry: kind, key, record, and two that depend on the kind. */
const WIDTH = 5;
const FULL = 0; // key: full hash; then the record's messages
const PREFIX = 1; // key: the hash of its first k+1 messages; then k, and how many prefixes it has
const BAND = 2; // key: band key; then the band's number (shingle bands first, then message bands), and the full hash

export const entriesFile = (partition: number) => `dedup-keys-${partition}.bin`;
export const pairsFile = "dedup-pairs.bin";

export class ShuffleWriter {
  private readonly lists: NumberList<Uint32Array>[];
  private record = 0;

  constructor(
    private readonly partitions: number,
    private readonly options: DedupOptions,
  ) {
    this.lists = Array.from({ length: partitions }, () => new NumberList(new Uint32Array(1024)));
  }

  private push(partition: number, kind: number, key: number, record: number, x: number, y: number): void {
    const list = this.lists[partition];
    list.push(kind);
    list.push(key >>> 0);
    list.push(record);
    list.push(x >>> 0);
    list.push(y >>> 0);
  }

  /** The next record's features (records come in order, from 0 within the shard). */
  add(features: DedupFeatures): void {
    const record = this.record++;
    const { partitions, options } = this;
    // An empty conversation is a copy of nothing (as DedupIndex treats it).
    if (features.messages === 0) return;
    this.push(features.fullHash % partitions, FULL, features.fullHash, record, features.messages, 0);
    const prefixes = features.prefixes;
    if (prefixes) {
      for (let k = options.minPrefixMessages - 1; k < prefixes.length - 1; k++) this.push(prefixes[k] % partitions, PREFIX, prefixes[k], record, k, prefixes.length);
    }
    if (!options.near) return;
    if (features.signature) {
      for (let band = 0; band < options.bands; band++) this.push(band % partitions, BAND, bandKey(features.signature, band, options.rows), record, band, features.fullHash);
    }
    if (features.messageSignature) {
      for (let band = 0; band < MESSAGE_LSH.bands; band++) {
        const id = options.bands + band;
        this.push(id % partitions, BAND, bandKey(features.messageSignature, band, MESSAGE_LSH.rows), record, id, features.fullHash);
      }
    }
  }

  async write(folder: string): Promise<void> {
    for (let partition = 0; partition < this.partitions; partition++) {
      const file = new AtomicFile(join(folder, entriesFile(partition)));
      const view = this.lists[partition].view;
      await file.write(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
      await file.commit();
    }
  }
}


/** A pair one bucket task found: exact (a the group's first), extended (a the shorter, with k and the longer's prefix count), or a near candidate. */
export interface FoundPair {
  kind: 0 | 1 | 2;
  a: number;
  b: number;
  k: number;
  prefixes: number;
}
export const EXACT = 0;
export const EXTENDED = 1;
export const NEAR = 2;

/**
 * Partition `partition`'s pairs, from its entries in every shard (`files[rank]`, records numbered
 * from `firstRecords[rank]`): exact copies (each group's first with each other member), extended
 * copies (a conversation whose messages are the first k+1 of another's), and near candidates
 * (records sharing a band key, their full hashes differing). Written as five numbers per pair.
 */
export async function bucketPairs(files: readonly string[], firstRecords: readonly number[], target: string): Promise<number> {
  const byFull = new Map<number, number[]>();
  const messages = new Map<number, number>();
  const prefixes: number[] = [];
  const bands = new Map<number, Map<number, number[]>>();
  const fullOf = new Map<number, number>();
  for (let rank = 0; rank < files.length; rank++) {
    const entries = await readUint32File(files[rank]);
    for (let at = 0; at < entries.length; at += WIDTH) {
      const [kind, key, local, x, y] = entries.subarray(at, at + WIDTH);
      const record = firstRecords[rank] + local;
      if (kind === FULL) {
        const group = byFull.get(key);
        if (group) group.push(record);
        else byFull.set(key, [record]);
        messages.set(record, x);
      } else if (kind === PREFIX) prefixes.push(key, record, x, y);
      else {
        let buckets = bands.get(x);
        if (!buckets) bands.set(x, (buckets = new Map()));
        const bucket = buckets.get(key);
        if (bucket) bucket.push(record);
        else buckets.set(key, [record]);
        fullOf.set(record, y);
      }
    }
  }
  const out = new NumberList(new Uint32Array(1024));
  const emit = (kind: number, a: number, b: number, k = 0, count = 0) => {
    out.push(kind);
    out.push(a);
    out.push(b);
    out.push(k);
    out.push(count);
  };
  for (const group of byFull.values()) for (let i = 1; i < group.length; i++) emit(EXACT, group[0], group[i]);
  for (let i = 0; i < prefixes.length; i += 4) {
    const [hash, longer, k, count] = [prefixes[i], prefixes[i + 1], prefixes[i + 2], prefixes[i + 3]];
    for (const shorter of byFull.get(hash) ?? []) if (shorter !== longer && messages.get(shorter) === k + 1) emit(EXTENDED, shorter, longer, k, count);
  }
  const seen = new Set<number>();
  for (const buckets of bands.values()) {
    for (const bucket of buckets.values()) {
      for (let i = 0; i < bucket.length; i++) {
        for (let j = i + 1; j < bucket.length; j++) {
          const [a, b] = [bucket[i], bucket[j]];
          const key = pairKey(a, b);
          if (fullOf.get(a) === fullOf.get(b) || seen.has(key)) continue;
          seen.add(key);
          emit(NEAR, a, b);
        }
      }
    }
  }
  const file = new AtomicFile(target);
  const view = out.view;
  await file.write(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  await file.commit();
  return out.length / WIDTH;
}

/** Every bucket task's pairs. */
export async function readPairs(paths: readonly string[]): Promise<FoundPair[]> {
  const pairs: FoundPair[] = [];
  for (const path of paths) {
    const numbers = await readUint32File(path);
    for (let at = 0; at < numbers.length; at += WIDTH) pairs.push({ kind: numbers[at] as 0 | 1 | 2, a: numbers[at + 1], b: numbers[at + 2], k: numbers[at + 3], prefixes: numbers[at + 4] });
  }
  return pairs;
}
