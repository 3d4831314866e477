/**
 * One policy for what reaches a person when a command fails: an ordinary mistake (a file that is
 * not there, a port in use, a folder that cannot be written) is one line saying what, where and
 * what to do, never a stack trace. Only an error this module does not know is a bug and shows
 * its trace.
 */
import { ERROR_CODES, PippaError } from "../model/errors.js";

/** Why a path could not be used, in words, from a system error code. */
const REASONS: Record<string, string> = {
  ENOENT: "not found",
  EISDIR: "is a folder, not a file",
  ENOTDIR: "a part of the path is not a folder",
  EACCES: "permission denied",
  EPERM: "not permitted",
  EROFS: "on a read-only file system",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EMFILE: "too many open files",
  ENAMETOOLONG: "name too long",
  ELOOP: "too many symbolic links",
  EEXIST: "already exists",
};

/** What to do about it, where there is one obvious thing. */
const REMEDIES: Record<string, string> = {
  ENOENT: "check the path",
  EACCES: "choose a folder you can write to, or change its permissions",
  EPERM: "choose a folder you can write to",
  EROFS: "choose a folder on a writable disk",
  ENOSPC: "free some space or write elsewhere",
};

interface SystemError extends Error {
  code?: string;
  path?: string;
  syscall?: string;
  port?: number;
  address?: string;
}

/**
 * The error as a user should see it, or null when it is not an ordinary mistake (a bug, whose
 * trace is worth showing). Usage problems are PIPPA_E_USAGE (exit 2), the rest PIPPA_E_IO (exit 1).
 */
export function userFacingError(error: unknown): PippaError | null {
  if (error instanceof PippaError) return error;
  const system = error as SystemError;
  if (!(error instanceof Error) || typeof system.code !== "string") return null;
  if (system.code === "EADDRINUSE") {
    const port = system.port ?? Number(/:(\d+)$/.exec(system.message)?.[1]);
    return new PippaError(ERROR_CODES.busy, `port ${port} is already in use: stop the program using it, or choose another with --port ${Number.isFinite(port) ? port + 1 : "N"}`);
  }
  if (system.code === "EADDRNOTAVAIL") return new PippaError(ERROR_CODES.usage, `the address ${system.address ?? ""} is not one of this machine's: check --host`);
  if (system.code === "ERR_SOCKET_BAD_PORT") return new PippaError(ERROR_CODES.usage, "the port must be a whole number from 0 to 65535: check --port");
  const reason = REASONS[system.code];
  if (!reason) return null;
  const remedy = REMEDIES[system.code];
  const action = system.syscall === undefined || ["open", "stat", "lstat"].includes(system.syscall) ? "" : ` (${system.syscall})`;
  return new PippaError(ERROR_CODES.io, `${reason}${action}${remedy ? `: ${remedy}` : ""}`, { source: system.path });
}

/** The exit code a user-facing error ends a command with. */
export function exitCodeOf(error: PippaError): number {
  return error.code === ERROR_CODES.usage ? 2 : 1;
}
