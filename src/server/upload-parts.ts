/**
 * Reads one multipart upload as it streams in: its single consent field and its files, each
 * written to a temporary blob while the size and count limits are checked. Whatever goes wrong,
 * the files received so far are discarded before the refusal is thrown.
 */
import type { FastifyRequest } from "fastify";
import { parseConsent, type Consent } from "../model/consent.js";
import type { BlobStore } from "./blobs.js";
import { HttpError } from "./http-error.js";
import { displayName, type ReceivedFile } from "./intake.js";
import type { UploadLimits } from "./upload-limits.js";

export interface UploadParts {
  consent: Consent;
  files: ReceivedFile[];
}

/** The consent and files of a multipart request; refuses (HttpError 400/413) a missing or repeated consent, no file, or a limit passed. */
export async function readUploadParts(request: FastifyRequest, blobs: BlobStore, limits: UploadLimits): Promise<UploadParts> {
  // A client already gone would leave the multipart reader waiting for an end that never comes.
  if (request.raw.destroyed) throw new HttpError(400, "the request was closed before its body was read");
  const files: ReceivedFile[] = [];
  let consent: Consent | null = null;
  let requestBytes = 0;
  try {
    for await (const part of request.parts()) {
      if (part.type === "field") {
        if (part.fieldname === "consent") {
          // Two answers are no answer: "the last one wins" would decide for the contributor.
          if (consent !== null) throw new HttpError(400, "consent was sent more than once: send one consent field, public or private");
          consent = parseConsent(String(part.value));
          if (!consent) throw new HttpError(400, 'consent must be "public" or "private"');
        }
        continue;
      }
      const file = await blobs.receive(part.file, (bytes) => {
        requestBytes += bytes;
        if (requestBytes > limits.requestBytes) throw new HttpError(413, `the request is over ${limits.requestBytes} bytes`);
      });
      files.push({ ...file, name: displayName(part.filename) });
      if (part.file.truncated) throw new HttpError(413, `${displayName(part.filename)} is over the ${limits.fileSize}-byte limit per file`);
    }
    if (!consent) throw new HttpError(400, "choose a consent: public or private (nothing is chosen for you)");
    if (files.length === 0) throw new HttpError(400, "no file was sent");
  } catch (error) {
    for (const file of files) await blobs.discard(file);
    const code = (error as { code?: string }).code;
    if (code === "FST_FILES_LIMIT" || code === "FST_PARTS_LIMIT") throw new HttpError(413, `at most ${limits.files} files per upload`);
    if (code === "FST_REQ_FILE_TOO_LARGE") throw new HttpError(413, `a file is over the ${limits.fileSize}-byte limit`);
    throw error;
  }
  return { consent, files };
}
