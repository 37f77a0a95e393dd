import path from "node:path";
import { loadChecklists, type Checklist } from "@/lib/content/checklists";

let checklists: Promise<Checklist[]> | undefined;

/** The do's and don'ts from content/checklists, loaded and validated once per process. */
export function phaseChecklists(): Promise<Checklist[]> {
  checklists ??= loadChecklists(path.join(process.cwd(), "content", "checklists")).then(({ checklists: loaded, problems }) => {
    if (problems.length > 0) {
      checklists = undefined;
      throw new Error(`content/checklists is invalid: ${problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join("; ")}`);
    }
    return loaded;
  });
  return checklists;
}
