/**
 * What the server keeps is contributors' chats: readable by the server's own user only. Modes
 * are set with chmod after creation, because the mode given to mkdir/open is cut by the umask
 * (it can make a file less private than asked, never more), and a folder made by an earlier
 * version, or by hand, keeps whatever mode it had.
 */
import { randomBytes } from "node:crypto";
import { chmod, link, mkdir, unlink, writeFile } from "node:fs/promises";

export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates a folder (and its parents) if needed and makes the folder itself owner-only. */
export async function makePrivateFolder(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  await chmod(path, PRIVATE_FOLDER_MODE);
}

/**
 * Writes an owner-only file at `path` unless something is there already, and says whether it did.
 * The content goes to a draft beside it first, then is hard-linked into place (which fails when the
 * name exists, also on NFS), so a reader never sees the file half-written; where the file system has
 * no hard links, an O_EXCL create and write.
 */
export async function createPrivateFileOnce(path: string, content: string): Promise<boolean> {
  const draft = `${path}.${randomBytes(8).toString("hex")}`;
  await writeFile(draft, content, { mode: PRIVATE_FILE_MODE });
  try {
    await link(draft, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (!(code === "EPERM" || code === "ENOTSUP" || code === "EOPNOTSUPP" || code === "ENOSYS")) throw error;
    try {
      await writeFile(path, content, { flag: "wx", mode: PRIVATE_FILE_MODE });
      return true;
    } catch (fallbackError) {
      if ((fallbackError as NodeJS.ErrnoException).code === "EEXIST") return false;
      throw fallbackError;
    }
  } finally {
    await unlink(draft).catch(() => {});
  }
}
