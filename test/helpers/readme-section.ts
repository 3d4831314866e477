/** Writes an evaluation's Markdown into README.md between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

export async function writeReadmeSection(root: string, name: string, markdown: string): Promise<void> {
  const readmePath = join(root, "README.md");
  const readme = await readFile(readmePath, "utf8");
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  if (!readme.includes(start) || !readme.includes(end)) throw new Error(`README.md has no ${name} markers`);
  await writeFile(readmePath, readme.replace(new RegExp(`${start}[\\s\\S]*?${end}`), () => `${start}\n${markdown}\n${end}`));
  process.stderr.write("README.md updated\n");
}
