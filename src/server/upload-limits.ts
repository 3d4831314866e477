/**
 * The limits on uploads, from the server's options and their defaults: sizes and counts (enforced
 * while the multipart body is read), the rate per address and the uploads in progress at once.
 * The upload page and /api/config show the first three to contributors.
 */
import { DEFAULT_MAX_CONCURRENT_UPLOADS } from "./upload-slots.js";

export interface UploadLimits {
  /** Largest file, in bytes [20 MiB]. */
  fileSize: number;
  /** Largest request, in bytes [100 MiB]. */
  requestBytes: number;
  /** Most files per request [20]. */
  files: number;
  /** Uploads per address per minute [30]; 0: no limit. */
  perMinute: number;
  /** Uploads in progress at once [16]; past it an upload is answered 503. */
  inProgress: number;
}

export const DEFAULT_UPLOAD_LIMITS = {
  fileSize: 20 * 1024 * 1024,
  requestBytes: 100 * 1024 * 1024,
  files: 20,
  perMinute: 30,
  inProgress: DEFAULT_MAX_CONCURRENT_UPLOADS,
} as const satisfies UploadLimits;

/** The limits the server's options ask for, each missing one at its default. */
export function uploadLimitsOf(options: { maxFileBytes?: number; maxRequestBytes?: number; maxFiles?: number; uploadsPerMinute?: number; maxConcurrentUploads?: number }): UploadLimits {
  // `??`, not a spread of defaults: an option passed along as undefined takes its default too.
  return {
    fileSize: options.maxFileBytes ?? DEFAULT_UPLOAD_LIMITS.fileSize,
    requestBytes: options.maxRequestBytes ?? DEFAULT_UPLOAD_LIMITS.requestBytes,
    files: options.maxFiles ?? DEFAULT_UPLOAD_LIMITS.files,
    perMinute: options.uploadsPerMinute ?? DEFAULT_UPLOAD_LIMITS.perMinute,
    inProgress: options.maxConcurrentUploads ?? DEFAULT_UPLOAD_LIMITS.inProgress,
  };
}
