import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import fc from "fast-check";
import { asyncBufferFromFile, parquetMetadata, parquetMetadataAsync, readOffsetIndex } from "hyparquet";
import { ByteWriter, fileWriter } from "hyparquet-writer";
import { encodeLinesRowGroup, encodeRowGroup, ParquetAssembler, PippaParquetWriter, readPippaParquet } from "../../../src/formats/parquet/parquet.js";
import { writePippaLine } from "../../../src/formats/pippa/pippa-jsonl.js";
import { pippaRecord, sampleRecord } from "../../helpers/records.js";
import { temporaryFolder } from "../../helpers/io.js";

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

  it("encodes JSONL lines as the records they hold: published lines unescaped in place, others parsed", () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.array(pippaRecord, { minLength: 1, maxLength: 8 }), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (records, published) => {
        const lines = records.map((record, i) => encoder.encode(published[i] ? writePippaLine(record) : JSON.stringify(record)));
        assert.deepEqual(Buffer.from(encodeLinesRowGroup(lines).bytes), Buffer.from(encodeRowGroup(records).bytes));
      }),
      { numRuns: 200 },
    );
  });

  it("writes empty conversations and messages, and long ones over several pages, that read back", async () => {
    const long = Array.from({ length: 40 }, (_, i) => ({ message: `${i} ${"é😀 ".repeat(20000)}`, is_human: i % 3 === 0 }));
    const records = [sampleRecord({ conversation: [] }), sampleRecord({ conversation: [{ message: "", is_human: true }] }), sampleRecord({ conversation: long }), sampleRecord({ conversation: [] })];
    const writer = new ByteWriter();
    const assembler = new ParquetAssembler(writer, "t");
    assembler.add(encodeLinesRowGroup(records.map((record) => new TextEncoder().encode(writePippaLine(record)))));
    assembler.finish();
    const buffer = writer.getBuffer();
    assert.deepEqual(await readPippaParquet(buffer), records);
    const message = parquetMetadata(buffer).row_groups[0].columns.find((chunk) => chunk.meta_data?.path_in_schema.at(-1) === "message")!;
    assert.ok(message.offset_index_offset !== undefined, "several pages, indexed");
  });

  it("starts a new row group when the text passes the limit", async () => {
    const writer = new ByteWriter();
    const parquet = new PippaParquetWriter(writer, { rowGroupBytes: 1000 });
    for (let i = 0; i < 10; i++) parquet.add(sampleRecord({ bot_id: `b${i}` }));
    parquet.finish();
    assert.ok(parquet.rowGroups >= 3, `${parquet.rowGroups} row groups`);
  });

  it("joins row groups encoded apart (as on several threads) into the file one writer makes, offsets and page indexes moved", async () => {
    // Long messages so that a column chunk spans several pages and gets an offset index.
    const long = (seed: number) => Array.from({ length: 30 }, (_, i) => ({ message: `${seed}-${i} `.repeat(9000 + i * 37), is_human: i % 2 === 0 }));
    const records = Array.from({ length: 6 }, (_, i) => sampleRecord({ bot_id: `b${i}`, conversation: long(i) }));
    const oneWriter = new ByteWriter();
    const parquet = new PippaParquetWriter(oneWriter, { rowGroupBytes: 1_500_000, createdBy: "t" });
    for (const record of records) parquet.add(record);
    parquet.finish();
    assert.ok(parquet.rowGroups >= 3, `${parquet.rowGroups} row groups`);

    // The same groups, encoded last first, joined in order.
    const groups = [records.slice(0, 2), records.slice(2, 4), records.slice(4)];
    const encoded = groups.map((_, i) => i).reverse().map((i) => ({ i, group: encodeRowGroup(groups[i]) })).sort((a, b) => a.i - b.i);
    const joined = new ByteWriter();
    const assembler = new ParquetAssembler(joined, "t");
    for (const { group } of encoded) assembler.add(group);
    assembler.finish();
    assert.equal(assembler.rowCount, records.length);
    assert.deepEqual(Buffer.from(joined.getBytes()), Buffer.from(oneWriter.getBytes()));

    const buffer = joined.getBuffer();
    assert.deepEqual(await readPippaParquet(buffer), records);
    const metadata = parquetMetadata(buffer);
    let indexed = 0;
    for (const rowGroup of metadata.row_groups) {
      for (const chunk of rowGroup.columns) {
        const meta = chunk.meta_data!;
        const start = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
        const end = start + Number(meta.total_compressed_size);
        if (chunk.offset_index_offset === undefined) continue;
        indexed++;
        const index = readOffsetIndex({ view: new DataView(buffer, Number(chunk.offset_index_offset), chunk.offset_index_length), offset: 0 });
        assert.equal(index.page_locations[0].offset, meta.data_page_offset);
        for (const page of index.page_locations) assert.ok(Number(page.offset) >= start && Number(page.offset) + page.compressed_page_size <= end, "page inside its chunk");
      }
    }
    assert.ok(indexed >= 3, `${indexed} chunks with an offset index`);
  });

  it("declares its Hugging Face features in the metadata, each matching the stored column's type", async () => {
    const writer = new ByteWriter();
    const parquet = new PippaParquetWriter(writer);
    // A timestamp past a JavaScript Date's range still reads back exactly.
    const records = [sampleRecord(), sampleRecord({ bot_id: "b2", categories: null, bot_definitions: null, submission_timestamp: 9_000_000_000_000_000 })];
    for (const record of records) parquet.add(record);
    parquet.finish();
    const buffer = writer.getBuffer();
    assert.deepEqual(await readPippaParquet(buffer), records);
    const metadata = parquetMetadata(buffer);
    const entries = (metadata.key_value_metadata ?? []).filter((entry) => entry.key === "huggingface");
    assert.equal(entries.length, 1);
    const features = JSON.parse(entries[0].value!).info.features as Record<string, unknown>;
    // Every top-level column is declared, in order, and nothing else.
    const topLevel: string[] = [];
    for (let i = 1, remaining = metadata.schema[0].num_children!; remaining > 0; remaining--) {
      topLevel.push(metadata.schema[i].name);
      // Past the column's subtree.
      let open = 1;
      while (open > 0) open += (metadata.schema[i++].num_children ?? 0) - 1;
    }
    assert.deepEqual(Object.keys(features), topLevel);
    // Each declared type is the stored one.
    const element = (name: string) => metadata.schema.find((item) => item.name === name)!;
    const timestamp = element("submission_timestamp");
    assert.equal(timestamp.type, "INT64");
    assert.deepEqual(timestamp.logical_type, { type: "TIMESTAMP", isAdjustedToUTC: true, unit: "MILLIS" });
    assert.deepEqual(features.submission_timestamp, { dtype: "timestamp[ms, tz=UTC]", _type: "Value" });
    for (const name of ["bot_id", "bot_name", "bot_greeting", "bot_definitions", "bot_description", "message"]) {
      assert.equal(element(name).type, "BYTE_ARRAY", name);
      assert.equal(element(name).converted_type, "UTF8", name);
    }
    for (const name of ["bot_id", "bot_name", "bot_greeting", "bot_definitions", "bot_description"]) assert.deepEqual(features[name], { dtype: "string", _type: "Value" }, name);
    assert.equal(element("is_human").type, "BOOLEAN");
    assert.deepEqual(features.categories, [{ dtype: "string", _type: "Value" }]);
    assert.deepEqual(features.conversation, [{ message: { dtype: "string", _type: "Value" }, is_human: { dtype: "bool", _type: "Value" } }]);
    assert.equal(element("categories").converted_type, "LIST");
    assert.equal(element("conversation").converted_type, "LIST");
  });
});
