import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { LineSplitter, splitLines, type LineSink } from "../../../src/formats/pippa/line-splitter.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/** Splits `bytes` fed in chunks of `chunkSize`; returns [lineNumber, text] and too-long reports. */
function split(bytes: Uint8Array, chunkSize: number, options = {}, withLineAt = false) {
  const lines: [number, string][] = [];
  const tooLong: [number, number][] = [];
  const sink: LineSink = {
    line: (buf, start, end, n) => lines.push([n, decoder.decode(buf.subarray(start, end))]),
    tooLong: (n, _head, total) => tooLong.push([n, total]),
  };
  if (withLineAt) {
    // Handles lines that start with "!" itself, to exercise the fast path.
    sink.lineAt = (buf, start, limit, n) => {
      if (buf[start] !== 0x21) return -1;
      const newline = buf.subarray(start, limit).indexOf(0x0a);
      if (newline < 0) return -1;
      lines.push([n, `fast:${decoder.decode(buf.subarray(start, start + newline)).replace(/\r$/, "")}`]);
      return start + newline;
    };
  }
  const splitter = new LineSplitter(options);
  for (let i = 0; i < bytes.length; i += chunkSize) splitter.push(bytes.subarray(i, i + chunkSize), sink);
  splitter.finish(sink);
  return { lines, tooLong, count: splitter.linesEmitted };
}

describe("LineSplitter", () => {
  const text = "\ufeffa\r\nbb\n\nccc\r\n  \nlast";
  const expected: [number, string][] = [[1, "a"], [2, "bb"], [3, ""], [4, "ccc"], [5, "  "], [6, "last"]];

  it("handles BOM, CRLF, blank lines and a missing final newline, at every chunk size", () => {
    const bytes = encoder.encode(text);
    for (let size = 1; size <= bytes.length; size++) {
      assert.deepEqual(split(bytes, size).lines, expected, `chunk size ${size}`);
    }
  });

  it("does not invent a line after a final newline", () => {
    assert.deepEqual(split(encoder.encode("a\nb\n"), 3).lines, [[1, "a"], [2, "b"]]);
    assert.deepEqual(split(encoder.encode(""), 3).lines, []);
  });

  it("drops a BOM only at the start of the file", () => {
    const bytes = encoder.encode("\ufeffx\n\ufeffy");
    assert.deepEqual(split(bytes, 64).lines, [[1, "x"], [2, "\ufeffy"]]);
    assert.deepEqual(split(encoder.encode("\ufeffz"), 64, { atFileStart: false }).lines, [[1, "\ufeffz"]]);
  });

  it("reports lines over the cap with their length and keeps counting", () => {
    const long = "x".repeat(5000);
    const bytes = encoder.encode(`ok\n${long}\nok2`);
    for (const size of [7, 100, 10000]) {
      const result = split(bytes, size, { maxLineBytes: 1000 });
      assert.deepEqual(result.lines, [[1, "ok"], [3, "ok2"]], `chunk size ${size}`);
      assert.deepEqual(result.tooLong, [[2, 5000]]);
    }
  });

  it("lets a sink handle whole lines in place and numbers them all the same", () => {
    const bytes = encoder.encode("!one\r\ntwo\n!three\n!four");
    for (const size of [1, 3, 5, 100]) {
      const result = split(bytes, size, {}, true);
      assert.deepEqual(result.lines.map(([n]) => n), [1, 2, 3, 4], `chunk size ${size}`);
      assert.equal(result.count, 4);
      assert.deepEqual(result.lines.map(([, t]) => t.replace(/^fast:/, "")), ["!one", "two", "!three", "!four"]);
    }
  });

  it("gives the same lines whatever the chunking (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "é", "\n", "\r\n", " ", "{}", "\r")), fc.integer({ min: 1, max: 9 }), (parts, size) => {
        const bytes = encoder.encode(parts.join(""));
        assert.deepEqual(split(bytes, size).lines, split(bytes, bytes.length + 1).lines);
      }),
    );
  });
});

describe("splitLines", () => {
  it("yields stable copies of lines that spanned chunks", async () => {
    const chunks = ["ab", "c\nd", "e\nf"].map((part) => encoder.encode(part));
    const lines: string[] = [];
    const held: Uint8Array[] = [];
    for await (const line of splitLines(chunks)) held.push(line.bytes);
    for (const bytes of held) lines.push(decoder.decode(bytes));
    assert.deepEqual(lines, ["abc", "de", "f"]);
  });
});
