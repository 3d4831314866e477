import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { run } from "../../src/cli/main.js";
import { writePippaLine } from "../../src/formats/pippa/pippa-jsonl.js";
import { captureIo, temporaryFolder } from "../helpers/io.js";
import { sampleRecord } from "../helpers/records.js";

describe("pippa CLI", () => {
  let folder: { path: string; cleanup: () => Promise<void> };
  let good: string;
  let bad: string;
  before(async () => {
    folder = await temporaryFolder();
    good = join(folder.path, "good.jsonl");
    bad = join(folder.path, "bad.jsonl");
    const line = writePippaLine(sampleRecord());
    await writeFile(good, `${line}\n${writePippaLine(sampleRecord({ bot_id: "other", categories: ["Anime", "Fantasy"] }))}\n`);
    await writeFile(bad, `${line}\n${line.replace('"is_human": true', '"is_human": "yes"')}\n\n[1]\n`);
  });
  after(() => folder.cleanup());

  describe("validate", () => {
    it("exits 0 and says so when every record is valid", async () => {
      const io = captureIo();
      assert.equal(await run(["validate", good], io), 0);
      assert.match(io.out(), /good\.jsonl: 2 records ok, 0 rejected/);
      assert.ok(!existsSync(`${good}.rejects.jsonl`));
    });

    it("exits 1, lists the first errors and writes <file>.rejects.jsonl", async () => {
      const io = captureIo();
      assert.equal(await run(["validate", bad], io), 1);
      assert.match(io.out(), /bad\.jsonl: 1 records ok, 2 rejected/);
      assert.match(io.out(), /PIPPA_E_FIELD .*bad\.jsonl:2: conversation\[1\]\.is_human: expected boolean, got "yes"/);
      assert.match(io.out(), /PIPPA_E_FIELD .*bad\.jsonl:4: \(record\): expected a JSON object, got an array of 1/);
      const rejects = (await readFile(`${bad}.rejects.jsonl`, "utf8")).trim().split("\n").map((l) => JSON.parse(l));
      assert.deepEqual(rejects.map((r) => r.line), [2, 4]);
      assert.equal(rejects[1].raw, "[1]");
    });

    it("honours --no-rejects and --json", async () => {
      const io = captureIo();
      const target = join(folder.path, "elsewhere.jsonl");
      assert.equal(await run(["validate", bad, "--json", "--rejects", target], io), 1);
      const report = JSON.parse(io.out());
      assert.equal(report.ok, false);
      assert.equal(report.rejected, 2);
      assert.ok(existsSync(target));
      const quiet = captureIo();
      assert.equal(await run(["validate", good, bad, "--no-rejects"], quiet), 1);
      assert.match(quiet.out(), /total: 3 records ok, 2 rejected/);
    });

    it("exits 1 with a clear message for a missing file", async () => {
      const io = captureIo();
      assert.equal(await run(["validate", join(folder.path, "nope.jsonl")], io), 1);
      assert.match(io.err(), /PIPPA_E_IO .*nope\.jsonl: not found/);
    });
  });

  describe("stats", () => {
    it("prints exactly one JSON object with the paper's figures", async () => {
      const io = captureIo();
      assert.equal(await run(["stats", good, "--json"], io), 0);
      const lines = io.out().trim().split("\n");
      assert.equal(lines.length, 1);
      const stats = JSON.parse(lines[0]);
      assert.equal(stats.conversations, 2);
      assert.equal(stats.personas, 2);
      assert.equal(stats.messages, 6);
      for (const key of ["median", "mean", "std", "max", "p90", "p99"]) assert.equal(typeof stats.turns[key], "number");
      assert.equal(stats.turns.std, 0);
      assert.deepEqual(stats.message_chars.human, { ...stats.message_chars.human, median: 12, mean: 12 });
      assert.equal(stats.message_words.bot.median, 6.5); // 7, 6, 7, 6 words
      assert.deepEqual(stats.categories, [{ name: "Anime", count: 1 }, { name: "Fantasy", count: 1 }]);
      assert.equal(stats.uncategorised, 1);
      // Six messages are far too few for a power law: the object says so rather than guessing.
      assert.deepEqual(stats.powerlaw, { unit: "words", method: "Clauset, Shalizi & Newman (2009), discrete", min_tail_share: 0.1, human: null, bot: null });
    });

    it("fits message lengths as power laws, with a bootstrap when asked", async () => {
      const corpus = join(folder.path, "fit.jsonl");
      assert.equal(await run(["synth", "--scale", "0.01", "--seed", "2", "-o", corpus], captureIo()), 0);
      const io = captureIo();
      assert.equal(await run(["stats", corpus, "--json", "--unit", "chars", "--bootstrap", "10", "--seed", "3"], io), 0);
      const { powerlaw } = JSON.parse(io.out());
      assert.equal(powerlaw.unit, "chars");
      for (const speaker of ["human", "bot"]) {
        const fit = powerlaw[speaker];
        assert.ok(fit.alpha > 1 && fit.alpha_se > 0 && fit.xmin >= 1 && fit.ks > 0 && fit.n_tail >= 0.1 * fit.n, speaker);
        assert.equal(fit.bootstrap.iterations, 10);
        assert.ok(fit.bootstrap.p >= 0 && fit.bootstrap.p <= 1);
        assert.ok(["power law", "lognormal", "neither"].includes(fit.lognormal.favours));
        assert.match(fit.verdict, /α = \d/);
      }
      const text = captureIo();
      assert.equal(await run(["stats", corpus, "--bootstrap", "10"], text), 0);
      assert.match(text.out(), /message length \(words\) as a power law:\n {2}human: .*bootstrap p/);
    });

    it("prints a table beside the paper's figures, and warns about refused lines", async () => {
      const io = captureIo();
      // Refused lines make the exit status 1, as in every command; the rest is still counted.
      assert.equal(await run(["stats", bad], io), 1);
      assert.match(io.out(), /conversations\s+1\s+25,940/);
      assert.match(io.err(), /2 line\(s\) rejected/);
    });
  });

  describe("synth", () => {
    it("writes the same bytes for the same seed", async () => {
      const a = join(folder.path, "a.jsonl");
      const b = join(folder.path, "b.jsonl");
      assert.equal(await run(["synth", "--scale", "0.005", "--seed", "4", "-o", a], captureIo()), 0);
      assert.equal(await run(["synth", "--scale", "0.005", "--seed", "4", "-o", b], captureIo()), 0);
      assert.deepEqual(await readFile(a), await readFile(b));
      const io = captureIo();
      assert.equal(await run(["validate", a, "--no-rejects"], io), 0);
      assert.match(io.out(), /130 records ok/);
    });
  });

  describe("usage", () => {
    it("exits 2 with the message and usage on a usage error", async () => {
      for (const argv of [["stats"], ["synth", "--scale", "-1", "-o", "x"], ["frobnicate"], ["stats", good, "--bogus"]]) {
        const io = captureIo();
        assert.equal(await run(argv, io), 2, argv.join(" "));
        assert.match(io.err(), /error/);
      }
    });

    it("exits 0 for --help on every command, each with an example", async () => {
      for (const command of ["validate", "stats", "report", "synth", "demo"]) {
        const io = captureIo();
        assert.equal(await run([command, "--help"], io), 0);
        assert.match(io.out(), /Examples?:\n {2}pippa /, command);
      }
      assert.equal(await run(["--version"], captureIo()), 0);
    });
  });
});

describe("one policy for errors and exit codes, in every command", () => {
  let folder: { path: string; cleanup: () => Promise<void> };
  let good: string;
  before(async () => {
    folder = await temporaryFolder();
    good = join(folder.path, "good.jsonl");
    await writeFile(good, `${writePippaLine(sampleRecord())}\n`);
  });
  after(() => folder.cleanup());

  /** The command's exit code and what it wrote to stderr, which must be lines, never a trace. */
  async function attempt(argv: string[]): Promise<{ code: number; err: string }> {
    const io = captureIo();
    const code = await run(argv, io);
    assert.doesNotMatch(io.err(), /\n\s+at |node:internal|Error: /, `a stack trace for ${argv.join(" ")}`);
    return { code, err: io.err() };
  }

  it("names a missing input and why, and exits 1, in every command that reads files", async () => {
    const missing = join(folder.path, "absent.jsonl");
    const out = (name: string) => join(folder.path, "out", name);
    for (const argv of [
      ["validate", missing],
      ["stats", missing],
      ["report", missing, "-o", out("r.html")],
      ["import", missing, "-o", out("i.jsonl")],
      ["redact", missing, "-o", out("x.jsonl")],
      ["pii", "scan", missing, "-o", out("s.jsonl")],
      ["prepare", missing, "--format", "chatml", "-o", out("p")],
      ["build", missing, "-o", out("release")],
      ["prepare", good, "--format", "template", "--chat-template", join(folder.path, "absent.jinja"), "-o", out("t")],
    ]) {
      const { code, err } = await attempt(argv);
      assert.equal(code, 1, argv.join(" "));
      assert.match(err, /absent\.(?:jsonl|jinja): not found/, argv.join(" "));
    }
    assert.ok(!existsSync(out("p.train.jsonl")), "no empty training file for a missing input");
  });

  it("says in one line when an output cannot be written where it was asked", async () => {
    for (const argv of [
      ["import", good, "-o", join(good, "x.jsonl")],
      ["prepare", good, "--format", "chatml", "-o", join(good, "p")],
    ]) {
      const { code, err } = await attempt(argv);
      assert.equal(code, 1, argv.join(" "));
      assert.match(err, /^error: PIPPA_E_IO .*: a part of the path is not a folder\n$/, argv.join(" "));
    }
  });

  it("refuses a folder where files are wanted, and counts an empty input as refused", async () => {
    const { code, err } = await attempt(["stats", folder.path]);
    assert.equal(code, 1);
    assert.match(err, /is a folder/);
    const empty = join(folder.path, "empty.jsonl");
    await writeFile(empty, "");
    const emptyRun = await attempt(["stats", empty, good]);
    assert.equal(emptyRun.code, 1);
    assert.match(emptyRun.err, /empty\.jsonl: empty/);
  });

  it("refuses contradicting flags and flags the chosen format would ignore (exit 2), in any command", async () => {
    const out = join(folder.path, "flags");
    for (const argv of [
      ["validate", good, "--rejects", join(folder.path, "r.jsonl"), "--no-rejects"],
      ["stats", good, "--no-rejects", "--rejects", join(folder.path, "r.jsonl")],
      ["prepare", good, "--format", "chatml", "-o", out, "--system-prompt", "You are {{char}}.", "--system-prompt-file", good],
      ["prepare", good, "--format", "chatml", "-o", out, "--names"],
      ["prepare", good, "--format", "metharme", "-o", out, "--chat-template", good],
    ]) {
      const { code, err } = await attempt(argv);
      assert.equal(code, 2, argv.join(" "));
      assert.match(err, /contradict|no place|does not use|both give/, argv.join(" "));
    }
    assert.equal((await attempt(["stats", good, "--no-rejects"])).code, 0);
  });

  it("refuses a bad --build-config before serving, naming the file and the setting", async () => {
    const config = join(folder.path, "serve-config.json");
    await writeFile(config, JSON.stringify({ withdrawalUrl: "ftp://example.org/withdraw" }));
    const { code, err } = await attempt(["serve", "--port", "0", "--data", join(folder.path, "data"), "--build-config", config]);
    assert.equal(code, 1);
    assert.match(err, /serve-config\.json: withdrawalUrl: expected an http\(s\) address/);
  });

  it("takes a port out of range as a usage error, and a port in use as one line", async () => {
    assert.equal((await attempt(["serve", "--port", "99999", "--data", join(folder.path, "data")])).code, 2);
    const { createServer } = await import("node:net");
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const port = (holder.address() as { port: number }).port;
    try {
      const { code, err } = await attempt(["serve", "--port", String(port), "--data", join(folder.path, "data")]);
      assert.equal(code, 1);
      assert.match(err, new RegExp(`port ${port} is already in use`));
    } finally {
      holder.close();
    }
  });
});

describe("one progress line, in every command that reads a corpus", () => {
  it("draws its percent of the input on a terminal for import, export, redact, pii scan and prepare", async () => {
    const folder = await temporaryFolder();
    try {
      const input = join(folder.path, "in.jsonl");
      await writeFile(input, `${Array.from({ length: 20 }, (_, i) => writePippaLine(sampleRecord({ bot_id: `b${i}` }))).join("\n")}\n`);
      const out = (name: string) => join(folder.path, name);
      for (const [label, argv] of [
        ["importing", ["import", input, "-o", out("i.jsonl")]],
        ["exporting", ["export", input, "--to", "sillytavern", "-o", out("st")]],
        ["redacting", ["redact", input, "-o", out("r.jsonl")]],
        ["scanning", ["pii", "scan", input, "-o", out("s.jsonl")]],
        ["preparing", ["prepare", input, "--format", "chatml", "-o", out("p"), "--workers", "1"]],
      ] as const) {
        let err = "";
        const io = { stdout: { write: () => true }, stderr: { isTTY: true, write: (text: string) => (err += text) }, env: {} };
        assert.equal(await run([...argv], io), 0, `${label}: ${err}`);
        assert.match(err, new RegExp(`\\r\\x1b\\[2K${label}\\s+\\d+%`), label);
        assert.ok(err.includes("\r\x1b[2K"), `${label} clears its line`);
      }
    } finally {
      await folder.cleanup();
    }
  });
});
