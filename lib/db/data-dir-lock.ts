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
 *
 * A pid alone is not an identity: after a reboot or a container restart the recorded pid often
 * belongs to some unrelated live process, which would block start-up for good. So the lock also
 * records the machine's boot id and the holder's start time (both from /proc on Linux); a lock
 * from another boot, or whose pid now names a process started at another time, is stale. Where
 * /proc is missing (macOS), the pid alone decides, as before.
 */
export class DataFolderLockedError extends Error {
  constructor(
    readonly folder: string,
    readonly holderPid: number,
  ) {
    super(
      `The embedded database folder ${folder} is in use by another process (${holderPid > 0 ? `pid ${holderPid}` : "its lock file cannot be read"}). ` +
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

function readProc(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    return null;
  }
}

/** This boot of the machine (Linux), or null. */
export function bootId(): string | null {
  return readProc("/proc/sys/kernel/random/boot_id");
}

/** When a process started, in clock ticks since boot (field 22 of /proc/<pid>/stat), or null. */
export function processStartTime(pid: number): string | null {
  const stat = readProc(`/proc/${pid}/stat`);
  // The command name (field 2) is in parentheses and may hold spaces: count from the last ")".
  const fields = stat?.slice(stat.lastIndexOf(")") + 2).split(" ");
  return fields?.[19] ?? null;
}

/** The lock file's text: pid, boot id and start time, one per line. */
export function lockContent(pid = process.pid): string {
  return [String(pid), bootId() ?? "", processStartTime(pid) ?? ""].join("\n");
}

type Holder = { pid: number; bootId: string; startTime: string };

function readHolder(file: string): Holder | "gone" | "unreadable" {
  try {
    const [pidText = "", boot = "", start = ""] = fs.readFileSync(file, "utf8").split("\n");
    const pid = Number.parseInt(pidText, 10);
    return Number.isInteger(pid) && pid > 0 ? { pid, bootId: boot.trim(), startTime: start.trim() } : "unreadable";
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT" ? "gone" : "unreadable";
  }
}

/** Does the recorded holder still run: the same pid, in this boot, started at the same time? */
function holderRuns(holder: Holder): boolean {
  if (!isAlive(holder.pid)) return false;
  const boot = bootId();
  if (holder.bootId && boot && holder.bootId !== boot) return false;
  const start = processStartTime(holder.pid);
  if (holder.startTime && start && holder.startTime !== start) return false;
  return true;
}

/**
 * Takes the lock atomically: the pid is written to a private file first and then hard-linked
 * to the lock's name, which fails with EEXIST if anyone holds it — so no other process can
 * ever see a half-written lock. A lock whose holder is dead is moved aside (rename is atomic
 * too, so two processes cannot both take it over) and the link is tried again.
 */
export function acquireDataFolderLock(folder: string): void {
  const absolute = path.resolve(folder);
  // Two clients in one process would each get a private copy just like two processes.
  if (held.has(absolute)) throw new DataFolderLockedError(absolute, process.pid);
  fs.mkdirSync(absolute, { recursive: true });
  const file = lockFilePath(absolute);
  const mine = `${file}.${process.pid}.${Date.now()}`;
  fs.writeFileSync(mine, lockContent());
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        fs.linkSync(mine, file);
        held.set(absolute, file);
        process.once("exit", () => releaseDataFolderLock(absolute));
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const holder = readHolder(file);
      if (holder === "gone") continue;
      // An unreadable lock is treated as held: guessing wrong would lose data.
      if (holder === "unreadable") throw new DataFolderLockedError(absolute, -1);
      if (holder.pid !== process.pid && holderRuns(holder)) throw new DataFolderLockedError(absolute, holder.pid);
      try {
        fs.renameSync(file, `${file}.stale.${process.pid}.${Date.now()}`);
      } catch {
        // Another process moved it first; try again.
      }
    }
    throw new Error(`Could not lock the embedded database folder ${absolute}.`);
  } finally {
    fs.rmSync(mine, { force: true });
    for (const entry of fs.readdirSync(absolute)) {
      if (entry.startsWith("designdrill.lock.stale.")) fs.rmSync(path.join(absolute, entry), { force: true });
    }
  }
}

export function releaseDataFolderLock(folder: string): void {
  const absolute = path.resolve(folder);
  const file = held.get(absolute);
  if (!file) return;
  held.delete(absolute);
  try {
    if (fs.readFileSync(file, "utf8").split("\n")[0] === String(process.pid)) fs.rmSync(file, { force: true });
  } catch {
    // Already gone: nothing to release.
  }
}
