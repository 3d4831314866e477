/**
 * What the server keeps is contributors' chats: readable by the server's own user only. Modes
 * are set with chmod after creation, because the mode given to mkdir/open is cut by the umask
 * (it can make a file less private than asked, never more), and a folder made by an earlier
 * version, or by hand, keeps whatever mode it had.
 */
import { chmod, mkdir } from "node:fs/promises";

export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates a folder (and its parents) if needed and makes the folder itself owner-only. */
export async function makePrivateFolder(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  await chmod(path, PRIVATE_FOLDER_MODE);
}
