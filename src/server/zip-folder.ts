/**
 * A folder as a zip, streamed: its regular files in sorted order under forward-slash paths relative
 * to it, deflated, each file opened only when the zip reaches it and read only as fast as the
 * output is read. An error (a file gone or changed size, a read failing) destroys the output; an
 * output destroyed by its reader (a client that went away) closes the file being read and opens no
 * other.
 *
 * Written with yazl: it switches to ZIP64 by itself wherever a size or an offset passes 4 GiB (a
 * writer without it, as fflate's, turns out a corrupt archive without an error), pipes each file
 * through deflate into its output with backpressure, is maintained, and has one small dependency
 * where archiver has about ten.
 */
import { createReadStream, type ReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { ZipFile } from "yazl";

interface FolderFile {
  path: string;
  name: string;
  size: number;
  mtime: Date;
}

/** Files under `folder` in the order they go in the zip; links and other special files are left out, as a link could lead out of the folder. */
async function filesOf(folder: string, prefix = ""): Promise<FolderFile[]> {
  const files: FolderFile[] = [];
  for (const entry of (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(folder, entry.name);
    const name = `${prefix}${entry.name}`;
    if (entry.isDirectory()) files.push(...(await filesOf(path, `${name}/`)));
    else if (entry.isFile()) {
      const info = await stat(path);
      files.push({ path, name, size: info.size, mtime: info.mtime });
    }
  }
  return files;
}

export interface ZipFolderOptions {
  /** False stores the files as they are: an archive over 4 GiB can then be made from sparse files, as the tests do. */
  compress?: boolean;
}

export function zipFolder(folder: string, { compress = true }: ZipFolderOptions = {}): Readable {
  const zip = new ZipFile();
  // yazl's output is a PassThrough; its declared type is the older stream interface.
  const output = zip.outputStream as Readable;
  const fail = (error: Error) => output.destroy(error);
  zip.on("error", fail);
  let reading: ReadStream | null = null;
  output.once("close", () => reading?.destroy());
  filesOf(folder)
    .then((files) => {
      for (const file of files) {
        // The size is checked against what is read: a file that changed fails the zip.
        zip.addReadStreamLazy(file.name, { size: file.size, mtime: file.mtime, compress }, (opened) => {
          if (output.destroyed) return;
          reading = createReadStream(file.path).once("error", fail);
          opened(null, reading);
        });
      }
      zip.end();
    })
    .catch(fail);
  return output;
}
