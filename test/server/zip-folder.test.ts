/**
 * The release zip: a folder's files in sorted order under forward-slash paths, read back by Python's
 * zipfile; ZIP64 where a file (4.5 GiB, sparse: nothing that size is written or held) or the archive
 * passes 4 GiB, checked from the last 64 KiB of the stream; read only as fast as the output is; a
 * reader that goes away closes the file; errors end the stream.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, readlink, symlink, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { crc32 } from "node:zlib";
import { after, before, describe, it } from "node:test";
import { zipFolder } from "../../src/server/zip-folder.js";
import { temporaryFolder } from "../helpers/io.js";
import { assertDataDescriptor, readEnd, tailOf } from "./zip-records.js";

const BIG = 4.5 * 2 ** 30;

/** The CRC-32 of `size` zero bytes. */
function zerosCrc(size: number): number {
  const block = Buffer.alloc(2 ** 20);
  let crc = 0;
  for (let left = size; left > 0; left -= block.length) crc = crc32(block.subarray(0, Math.min(left, block.length)), crc);
  return crc;
}

/** Where this process has `path` open (Linux's /proc): the read position of each descriptor. */
async function openPositions(path: string): Promise<number[]> {
  const positions: number[] = [];
  for (const fd of await readdir("/proc/self/fd")) {
    if ((await readlink(`/proc/self/fd/${fd}`).catch(() => "")) !== path) continue;
    const info = await readFile(`/proc/self/fdinfo/${fd}`, "utf8").catch(() => "");
    positions.push(Number(/^pos:\s*(\d+)/m.exec(info)?.[1] ?? -1));
  }
  return positions;
}

const python = promisify(execFile);
const hasPython = await python("python3", ["-c", "import zipfile"]).then(() => true, () => false);

describe("zipFolder", () => {
  let folder: Awaited<ReturnType<typeof temporaryFolder>>;
  before(async () => {
    folder = await temporaryFolder();
  });
  after(async () => {
    await folder.cleanup();
  });

  it("zips the folder's files, sorted, under forward-slash paths, readable by another zip reader; links and what lies beside it stay out", { skip: !hasPython && "python3 is not installed" }, async () => {
    const release = join(folder.path, "small", "release");
    await mkdir(join(release, "data", "nested"), { recursive: true });
    await mkdir(join(release, "empty"), { recursive: true });
    await mkdir(`${release}.private`, { recursive: true });
    const files: Record<string, Buffer> = {
      "README.md": Buffer.from("# A release\n"),
      "build.json": Buffer.from('{"pippa":"0"}\n'),
      "data/nested/données.jsonl": Buffer.from('{"message":"héllo"}\n'.repeat(1000)),
      "data/random.bin": randomBytes(300_000),
      "data/zero.txt": Buffer.alloc(0),
    };
    for (const [name, bytes] of Object.entries(files)) await writeFile(join(release, name), bytes);
    await writeFile(join(`${release}.private`, "private.jsonl"), "not to be published\n");
    await symlink(join(`${release}.private`, "private.jsonl"), join(release, "linked.jsonl"));
    const zip = join(folder.path, "small.zip");
    await writeFile(zip, zipFolder(release));
    const listing = `
import hashlib, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    assert z.testzip() is None
    print(json.dumps([[i.filename, i.file_size, i.compress_type, hashlib.sha256(z.read(i)).hexdigest()] for i in z.infolist()]))`;
    const { stdout } = await python("python3", ["-c", listing, zip]);
    const expected = Object.keys(files).sort((a, b) => (a < b ? -1 : 1));
    assert.deepEqual(JSON.parse(stdout), expected.map((name) => [name, files[name].length, 8, createHash("sha256").update(files[name]).digest("hex")]));
  });

  it("a file over 4 GiB, deflated, gets ZIP64 sizes in its central directory entry and data descriptor", { timeout: 120_000 }, async () => {
    const release = await bigRelease();
    const started = Date.now();
    const { total, tail } = await tailOf(zipFolder(release));
    const { entries } = readEnd(tail, total);
    assert.deepEqual(entries.map((entry) => [entry.name, entry.method]), [["a.txt", 8], ["big.bin", 8], ["c.txt", 8]]);
    const big = entries[1];
    assert.ok(big.zip64, "ZIP64 extra field");
    assert.equal(big.size, BIG);
    assert.equal(big.crc, zerosCrc(BIG));
    assert.ok(big.compressedSize < 2 ** 32 && total > big.compressedSize);
    assertDataDescriptor(tail, total, entries[2].offset, big);
    assert.ok(!entries[0].zip64 && !entries[2].zip64);
    console.log(`deflated 4.5 GiB into ${total} bytes in ${Date.now() - started} ms`);
  });

  it("an archive over 4 GiB gets ZIP64 offsets and the ZIP64 end of central directory record and locator", { timeout: 120_000 }, async () => {
    const release = await bigRelease();
    const started = Date.now();
    const { total, tail } = await tailOf(zipFolder(release, { compress: false }));
    const { entries, centralOffset, zip64 } = readEnd(tail, total);
    assert.ok(zip64, "ZIP64 end of central directory record and locator");
    assert.ok(total > BIG && centralOffset > 2 ** 32);
    assert.deepEqual(entries.map((entry) => [entry.name, entry.method]), [["a.txt", 0], ["big.bin", 0], ["c.txt", 0]]);
    const [, big, last] = entries;
    assert.ok(big.zip64 && last.zip64);
    assert.equal(big.size, BIG);
    assert.equal(big.compressedSize, BIG);
    assert.ok(last.offset > BIG, "the file after the big one starts past 4 GiB");
    const header = last.offset - (total - tail.length);
    assert.equal(tail.readUInt32LE(header), 0x04034b50, "local file header where the central directory says");
    assert.equal(tail.toString("utf8", header + 30, header + 30 + tail.readUInt16LE(header + 26)), "c.txt");
    assertDataDescriptor(tail, total, last.offset, big);
    console.log(`stored 4.5 GiB into ${total} bytes in ${Date.now() - started} ms`);
  });

  it("reads a file only as fast as the output is read, and closes it when the reader goes away", { skip: !existsSync("/proc/self/fdinfo") && "needs /proc" }, async () => {
    const release = join(folder.path, "slow");
    await mkdir(release);
    const path = join(release, "random.bin");
    await writeFile(path, randomBytes(16 * 2 ** 20));
    const output = zipFolder(release);
    await new Promise((done) => output.once("readable", done));
    await sleep(300);
    const [position] = await openPositions(path);
    assert.ok(position !== undefined && position < 2 * 2 ** 20, `read ${position} bytes of 16 MiB with no one reading the zip`);
    output.destroy();
    await sleep(100);
    assert.deepEqual(await openPositions(path), []);
  });

  it("ends in an error when the folder is missing or a file changes size while zipped", async () => {
    await assert.rejects(tailOf(zipFolder(join(folder.path, "missing"))), { code: "ENOENT" });
    const release = join(folder.path, "changing");
    await mkdir(release);
    await writeFile(join(release, "a.bin"), randomBytes(4 * 2 ** 20));
    await writeFile(join(release, "b.txt"), "before\n");
    const output = zipFolder(release);
    // b.txt is listed before a.bin is read, and read only after it: the zip is held on a.bin meanwhile.
    await new Promise((done) => output.once("readable", done));
    await writeFile(join(release, "b.txt"), "after, longer\n");
    await assert.rejects(tailOf(output), /unexpected number of bytes/);
  });

  let big: string | null = null;
  /** a.txt, big.bin (4.5 GiB of zeros, sparse) and c.txt, made once. */
  async function bigRelease(): Promise<string> {
    if (big) return big;
    big = join(folder.path, "big");
    await mkdir(big);
    await writeFile(join(big, "a.txt"), "first\n");
    await writeFile(join(big, "big.bin"), "");
    await truncate(join(big, "big.bin"), BIG);
    await writeFile(join(big, "c.txt"), "last\n");
    return big;
  }
});
