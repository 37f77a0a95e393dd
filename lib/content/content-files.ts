import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** The files in `dir` whose names end with one of `extensions`, sorted so loading order is stable. */
export async function listContentFiles(dir: string, extensions: readonly string[]): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => path.join(dir, entry.name))
    .sort();
}

export async function readContentFile(file: string): Promise<string> {
  return readFile(file, "utf8");
}
