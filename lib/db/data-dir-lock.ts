import fs from "node:fs";
import path from "node:path";

/**
 * An exclusive lock on the embedded database's folder.
 *
 * PGlite gives every process that opens a folder a private copy and the last one to close
 * wins, so a second opener silently loses data (shared/STACK.md). We refuse it instead: the
 * first opener writes its pid to `<dir>/designdrill.lock` with O_EXCL; a later opener finds a
 * live pid there and gets a clear error naming the folder. A lock left by a dead process is
 * taken over.
 */
export class DataFolderLockedError extends Error {
  constructor(
    readonly folder: string,
    readonly holderPid: number,
  ) {
    super(
      `The embedded database folder ${folder} is in use by another process (pid ${holderPid}). ` +
        `Stop that process first, or give this one its own folder with DATA_DIR=<folder>. ` +
        `Two processes on one folder would lose data.`,
    );
    this.name = "DataFolderLockedError";
  }
}

const held = new Map<string, string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function lockFilePath(folder: string): string {
  return path.join(folder, "designdrill.lock");
}

export function acquireDataFolderLock(folder: string): void {
  const absolute = path.resolve(folder);
  // Two clients in one process would each get a private copy just like two processes.
  if (held.has(absolute)) throw new DataFolderLockedError(absolute, process.pid);
  fs.mkdirSync(absolute, { recursive: true });
  const file = lockFilePath(absolute);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, "wx");
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      held.set(absolute, file);
      process.once("exit", () => releaseDataFolderLock(absolute));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(fs.readFileSync(file, "utf8"), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new DataFolderLockedError(absolute, holder);
      }
      // Stale lock from a process that died without cleaning up: take it over.
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock the embedded database folder ${absolute}.`);
}

export function releaseDataFolderLock(folder: string): void {
  const absolute = path.resolve(folder);
  const file = held.get(absolute);
  if (!file) return;
  held.delete(absolute);
  try {
    if (fs.readFileSync(file, "utf8") === String(process.pid)) fs.rmSync(file, { force: true });
  } catch {
    // Already gone: nothing to release.
  }
}
