/**
 * Inputs for the reader contract suite: documents in memory or generated as they are read (so an
 * input past a reader's limit is never held whole), edits at a JSON path, and hostile values.
 */
import type { ImportDocument } from "../../src/formats/import-documents.js";

/** A document that counts how it was read: a reader that streams never asks for the whole. */
export interface CountedDocument extends ImportDocument {
  readonly reads: { whole: number; bytes: number };
}

/** A document over bytes in memory, served in chunks of `chunkBytes`. */
export function memoryDocument(source: string, bytes: Uint8Array, chunkBytes = 64 * 1024): CountedDocument {
  const reads = { whole: 0, bytes: 0 };
  return {
    source,
    reads,
    size: async () => bytes.length,
    modified: async () => 0,
    chunks: async function* () {
      for (let at = 0; at < bytes.length; at += chunkBytes) {
        const chunk = bytes.subarray(at, at + chunkBytes);
        reads.bytes += chunk.length;
        yield chunk;
      }
    },
    whole: async () => {
      reads.whole++;
      reads.bytes += bytes.length;
      return bytes;
    },
  };
}

/** One part of a generated document: bytes as they are, or `count` copies of a filler chunk. */
export type Part = Uint8Array | { fill: number; chunkBytes: number; count: number };

/**
 * A document made as it is read, from parts (`{fill}` parts stand for `count` chunks of one byte
 * value): tens or hundreds of MiB without holding them. Asking for the whole is counted and refused.
 */
export function generatedDocument(source: string, parts: readonly Part[]): CountedDocument {
  const reads = { whole: 0, bytes: 0 };
  const size = parts.reduce((total, part) => total + (part instanceof Uint8Array ? part.length : part.chunkBytes * part.count), 0);
  return {
    source,
    reads,
    size: async () => size,
    modified: async () => 0,
    chunks: async function* () {
      for (const part of parts) {
        if (part instanceof Uint8Array) {
          reads.bytes += part.length;
          yield part;
          continue;
        }
        for (let i = 0; i < part.count; i++) {
          reads.bytes += part.chunkBytes;
          // A fresh chunk each time: a reader may keep views of the ones before.
          yield new Uint8Array(part.chunkBytes).fill(part.fill);
        }
      }
    },
    whole: async () => {
      reads.whole++;
      throw new Error(`${source}: the whole of a ${size}-byte document was asked for`);
    },
  };
}

export type JsonPath = readonly (string | number)[];

/** The container holding `path`'s last step, and that step. */
function parentOf(root: unknown, path: JsonPath): [Record<string | number, unknown>, string | number] {
  let node = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) {
    const next = Object.getOwnPropertyDescriptor(node, step)?.value;
    if (typeof next !== "object" || next === null) throw new Error(`no container at ${JSON.stringify(path)} (stopped at ${JSON.stringify(step)})`);
    node = next as Record<string | number, unknown>;
  }
  return [node, path[path.length - 1]];
}

/** Puts `value` at `path` as an own property, also for keys such as `__proto__`. */
export function setAt(root: unknown, path: JsonPath, value: unknown): void {
  const [parent, key] = parentOf(root, path);
  Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Takes out what is at `path`: an array element is spliced out, an object key deleted. */
export function removeAt(root: unknown, path: JsonPath): void {
  const [parent, key] = parentOf(root, path);
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
}

/** The value at `path` wrapped in an array; the root itself when `path` is empty. */
export function wrapAt(root: unknown, path: JsonPath): unknown {
  if (path.length === 0) return [root];
  const [parent, key] = parentOf(root, path);
  setAt(root, path, [parent[key]]);
  return root;
}

/** Stands in a model for the deep nesting, which `JSON.stringify` cannot write (it recurses). */
export const DEEP_MARKER = "@@deep-nesting@@";
export const DEEP_LEVELS = 100_000;
/** `DEEP_LEVELS` nested arrays around an object, as JSON text. */
export const DEEP_JSON = `${"[".repeat(DEEP_LEVELS)}{"x": 1}${"]".repeat(DEEP_LEVELS)}`;

/** JSON text of a model, the deep marker replaced by the deep nesting itself. */
export function jsonText(model: unknown, stringify: (value: unknown) => string = JSON.stringify): string {
  return stringify(model).split(JSON.stringify(DEEP_MARKER)).join(DEEP_JSON);
}

/** Keys aimed at prototypes, and deep nesting, as one object's own keys (added with `setAt`). */
export function hostileKeys(): [string, unknown][] {
  return [
    ["__proto__", { polluted: true }],
    ["constructor", { prototype: { polluted: true } }],
    ["prototype", { polluted: true }],
    ["deep", DEEP_MARKER],
  ];
}

/** Objects reachable from `roots` with their paths, walked with a stack (deep nesting is no problem). */
function* reachable(roots: readonly unknown[]): Generator<[object, string]> {
  const seen = new Set<object>();
  const stack: [unknown, string][] = roots.map((root, i) => [root, `[${i}]`]);
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (typeof node !== "object" || node === null || seen.has(node)) continue;
    seen.add(node);
    yield [node, path];
    for (const key of Object.keys(node)) stack.push([Object.getOwnPropertyDescriptor(node, key)!.value, `${path}.${key}`]);
  }
}

/** Whether some object reachable from `roots` holds `key` as its own property (a `__proto__` read as data). */
export function holdsOwnKey(roots: readonly unknown[], key: string): boolean {
  for (const [node] of reachable(roots)) if (Object.prototype.hasOwnProperty.call(node, key)) return true;
  return false;
}

/**
 * The first object reachable from `roots` whose prototype is not the plain one (a key such as
 * `__proto__` assigned instead of defined), as a path; null when there is none.
 */
export function foreignPrototype(roots: readonly unknown[]): string | null {
  for (const [node, path] of reachable(roots)) {
    const prototype = Object.getPrototypeOf(node);
    const plain = Array.isArray(node) ? prototype === Array.prototype : prototype === Object.prototype || prototype === null;
    if (!plain && !(node instanceof Uint8Array)) return path;
  }
  return null;
}
