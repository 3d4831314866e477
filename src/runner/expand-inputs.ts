/** What files a list of inputs names: a module of its own, so a command can check its inputs without loading the importer. */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/** Files under the inputs: files as given, folders walked in name order (hidden entries skipped). */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const entries = (await readdir(input, { withFileTypes: true })).filter((entry) => !entry.name.startsWith(".")).sort((a, b) => (a.name < b.name ? -1 : 1));
      files.push(...(await expandInputs(entries.map((entry) => join(input, entry.name)))));
    } else {
      files.push(input);
    }
  }
  return files;
}
