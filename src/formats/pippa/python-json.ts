/**
 * JSON text exactly as Python's `json.dumps` writes it with its defaults: separators `", "` and
 * `": "`, every non-ASCII character escaped as lowercase `\uXXXX` (astral characters as surrogate
 * pairs), keys in insertion order. The published PIPPA files were written this way, so this is
 * what makes a read-then-write round trip byte-identical.
 */

const NON_ASCII = /[\u0080-\uffff]/g;
const HAS_NON_ASCII = /[\u0080-\uffff]/;

function escapeCodeUnit(unit: string): string {
  return `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * A JSON string literal with `ensure_ascii` escaping (or, `asciiOnly` false, as `ensure_ascii=False`
 * writes it: non-ASCII characters as they are). `JSON.stringify` already matches Python for
 * quotes, backslashes, `\b\f\n\r\t`, other control characters (lowercase `\u00XX`) and lone
 * surrogates; only the non-ASCII pass is added. Matching each UTF-16 unit separately (no `u`
 * flag) turns astral characters into surrogate-pair escapes, as Python does.
 */
export function stringifyPythonString(value: string, asciiOnly = true): string {
  const json = JSON.stringify(value);
  // ensure_ascii=False keeps every character but the escapes JSON needs, as JSON.stringify does.
  return asciiOnly && HAS_NON_ASCII.test(json) ? json.replace(NON_ASCII, escapeCodeUnit) : json;
}

/**
 * Serialises a JSON value as Python's `json.dumps(value)` would. Integers are written plainly;
 * other numbers as JavaScript prints them, which matches Python for the values PIPPA holds.
 *
 * @example
 * stringifyPython({ a: ["é", null] }) // '{"a": ["\\u00e9", null]}'
 */
export function stringifyPython(value: unknown): string {
  switch (typeof value) {
    case "string":
      return stringifyPythonString(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`cannot write ${value} as JSON`);
      return String(value);
    case "boolean":
      return value ? "true" : "false";
    case "object": {
      if (value === null) return "null";
      if (Array.isArray(value)) return `[${value.map(stringifyPython).join(", ")}]`;
      const parts: string[] = [];
      for (const [key, item] of Object.entries(value)) {
        if (item !== undefined) parts.push(`${stringifyPythonString(key)}: ${stringifyPython(item)}`);
      }
      return `{${parts.join(", ")}}`;
    }
    default:
      throw new TypeError(`cannot write a ${typeof value} as JSON`);
  }
}
