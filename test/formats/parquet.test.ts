import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import fc from "fast-check";
import { asyncBufferFromFile, parquetMetadataAsync } from "hyparquet";
import { ByteWriter, fileWriter } from "hyparquet-writer";
import { PippaParquetWriter, readPippaParquet } from "../../src/formats/parquet.js";
import { pippaRecord, sampleRecord } from "../helpers/records.js";
import { temporaryFolder } from "../helpers/io.js";

describe("Parquet", () => {
  it("reads back the same records, in row groups of bounded size (hyparquet)", async () => {
    const folder = await temporaryFolder();
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(pippaRecord, { minLength: 1, maxLength: 12 }), async (records) => {
          const path = join(folder.path, "p.parquet");
          const writer = new PippaParquetWriter(fileWriter(path), { rowGroupBytes: 2000 });
          for (const record of records) writer.add(record);
          writer.finish();
          const file = await asyncBufferFromFile(path);
          const back = await readPippaParquet(file);
          // Lone surrogates cannot be stored as UTF-8, and hyparquet's reader drops a leading
          // U+FEFF of a value (TextDecoder's BOM handling); everything else comes back as it was.
          const wellFormed = (s: string) => s.replace(/[\ud800-\udfff]/g, "\ufffd");
          const asRead = (s: string) => wellFormed(s).replace(/^\ufeff/, "");
          const normalise = (r: (typeof records)[number], f: (s: string) => string) => JSON.parse(JSON.stringify(r, (_, v) => (typeof v === "string" ? f(v) : v)));
          assert.deepEqual(back.map((r) => normalise(r, wellFormed)), records.map((r) => normalise(r, asRead)));
          const metadata = await parquetMetadataAsync(file);
          assert.equal(Number(metadata.num_rows), records.length);
        }),
        { numRuns: 30 },
      );
    } finally {
      await folder.cleanup();
    }
  });

  it("starts a new row group when the text passes the limit", async () => {
    const writer = new ByteWriter();
    const parquet = new PippaParquetWriter(writer, { rowGroupBytes: 1000 });
    for (let i = 0; i < 10; i++) parquet.add(sampleRecord({ bot_id: `b${i}` }));
    parquet.finish();
    assert.ok(parquet.rowGroups >= 3, `${parquet.rowGroups} row groups`);
  });
});
