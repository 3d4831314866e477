/**
 * `importDocuments` over files on disk: inputs expanded (folders walked in name order), each file
 * read through Node's file system. See formats/import-documents for what importing does.
 */
import { createReadStream } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import { relative, sep } from "node:path";
import { expandInputs } from "./expand-inputs.js";
import { consentUnderRoot, narrowestConsent, type Consent } from "../model/consent.js";
import { DEFAULT_MAX_FILE_BYTES, detectDocumentFormat, importDocuments, readCardDocument, type ImportDocument, type ImportEvent, type ImportOptions as DocumentImportOptions } from "../formats/import-documents.js";
import type { FormatId } from "../formats/detect.js";
import type { CharacterCard } from "../formats/character-card/card.js";

export type { ImportedFile, ImportEvent } from "../formats/import-documents.js";

export interface ImportOptions extends DocumentImportOptions {
  /** A character card (PNG or JSON) for SillyTavern and Oobabooga chats. */
  card?: string;
}

export { expandInputs };

/** An input root: a path (public/ and private/ folders directly under it carry consent) or a path whose consent is known. */
export type ConsentedInput = string | { path: string; consent: Consent };

/**
 * Files under the inputs, each with its consent: an input given with a consent passes it to
 * everything under it; under a plain input folder, a `public/` or `private/` folder directly
 * beneath it decides; everything else takes the fallback. Folders above an input decide nothing.
 * A file reached twice (two inputs overlap) keeps the narrower consent, once.
 */
export async function expandConsentedInputs(inputs: readonly ConsentedInput[], fallback: Consent): Promise<{ path: string; consent: Consent }[]> {
  const byPath = new Map<string, Consent>();
  for (const input of inputs) {
    const root = typeof input === "string" ? input : input.path;
    for (const path of await expandInputs([root])) {
      const consent = typeof input === "string" ? consentUnderRoot(relative(root, path).split(sep), fallback) : input.consent;
      const earlier = byPath.get(path);
      byPath.set(path, earlier === undefined ? consent : narrowestConsent(earlier, consent));
    }
  }
  return [...byPath].map(([path, consent]) => ({ path, consent }));
}

/** 1 MiB reads: a sixteenth of the chunks (and of their per-chunk work) of the 64 KiB default. */
const READ_CHUNK_BYTES = 1 << 20;

/** The file's bytes (from `start` to `end`, or all) in chunks read into one buffer, each overwriting the one before. */
async function* readThroughOneBuffer(path: string, chunkBytes: number, start = 0, end = Infinity): AsyncGenerator<Uint8Array> {
  const buffer = new Uint8Array(chunkBytes);
  const handle = await open(path, "r");
  try {
    for (let at = start, read = 0; at < end && (read = (await handle.read(buffer, 0, Math.min(chunkBytes, end - at), at)).bytesRead) > 0; at += read) yield buffer.subarray(0, read);
  } finally {
    await handle.close();
  }
}

/** A file on disk as a document to import. */
export function fileDocument(path: string): ImportDocument {
  return {
    source: path,
    size: async () => (await stat(path)).size,
    modified: async () => (await stat(path)).mtimeMs,
    chunks: () => createReadStream(path, { highWaterMark: READ_CHUNK_BYTES }) as AsyncIterable<Uint8Array>,
    reusedChunks: () => readThroughOneBuffer(path, READ_CHUNK_BYTES),
    whole: async () => new Uint8Array(await readFile(path)),
  };
}

/**
 * A part of a PIPPA JSONL file, bytes `start` to `end` (both at line beginnings), as a document
 * whose lines are numbered as in the whole file: a shard of a build that runs as tasks.
 */
export interface FilePiece {
  path: string;
  start: number;
  end: number;
  /** The number of the piece's first line in the file (1 for the first). */
  firstLineNumber: number;
}

export function filePieceDocument(piece: FilePiece): ImportDocument {
  const { path, start, end } = piece;
  return {
    source: path,
    size: async () => end - start,
    modified: async () => (await stat(path)).mtimeMs,
    chunks: () => (end > start ? createReadStream(path, { start, end: end - 1, highWaterMark: READ_CHUNK_BYTES }) : []) as AsyncIterable<Uint8Array>,
    reusedChunks: () => readThroughOneBuffer(path, READ_CHUNK_BYTES, start, end),
    whole: async () => {
      throw new Error(`${path}: a part of a file is read line by line`);
    },
    format: "pippa-jsonl",
    lines: { firstLineNumber: piece.firstLineNumber, atFileStart: start === 0 },
  };
}

/** The format of a file, from its content. */
export function detectFileFormat(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<FormatId> {
  return detectDocumentFormat(fileDocument(path), maxBytes);
}

/** Reads a card from a PNG or JSON file. */
export function readCardFile(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<{ card: CharacterCard; warnings: string[] }> {
  return readCardDocument(fileDocument(path), maxBytes);
}

/**
 * Imports every input, yielding episodes and rejects as they are read and a report per file.
 *
 * @example
 * for await (const event of importFiles(["chat.jsonl"], { card: "card.png" })) { ... }
 */
export async function* importFiles(inputs: readonly string[], options: ImportOptions = {}): AsyncGenerator<ImportEvent> {
  const files = await expandInputs(inputs);
  yield* importDocuments(files.map(fileDocument), { ...options, card: options.card ? fileDocument(options.card) : undefined });
}

/** Imports files and parts of files (see `FilePiece`), in the order given; plain paths are whole files, not walked. */
export async function* importFilesAndPieces(inputs: readonly (string | FilePiece)[], options: ImportOptions = {}): AsyncGenerator<ImportEvent> {
  yield* importDocuments(
    inputs.map((input) => (typeof input === "string" ? fileDocument(input) : filePieceDocument(input))),
    { ...options, card: options.card ? fileDocument(options.card) : undefined },
  );
}
