/** Structural fuzzing of JSON documents: replace values anywhere inside a copy. */
import fc from "fast-check";

export type JsonEdit = [number, unknown];

/** Up to four edits, each a position (any container or leaf) and a JSON value to put there. */
export const jsonEdits: fc.Arbitrary<JsonEdit[]> = fc.array(
  fc.tuple(fc.nat(), fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.boolean(), fc.constant({}), fc.constant([]), fc.constant([[1]]), fc.constant({ name: 3 }))),
  { maxLength: 4 },
);

/** A copy of `value` with the edits applied, in order. */
export function mutateJson(value: unknown, edits: readonly JsonEdit[]): Record<string, unknown> {
  const copy = structuredClone(value) as Record<string, unknown>;
  for (const [at, replacement] of edits) {
    const slots: [Record<string | number, unknown>, string | number][] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach((item, i) => (slots.push([node as unknown as Record<number, unknown>, i]), walk(item)));
      else if (node && typeof node === "object") for (const [key, item] of Object.entries(node)) (slots.push([node as Record<string, unknown>, key]), walk(item));
    };
    walk(copy);
    if (slots.length === 0) break;
    const [parent, key] = slots[at % slots.length];
    parent[key] = structuredClone(replacement);
  }
  return copy;
}
