import fs from "node:fs";
import os from "node:os";

/**
 * Where a machine's CPU went during a measured window: the load generator (this process), every
 * PostgreSQL process, and the machine as a whole, read from Linux's /proc. bench:load runs the
 * server, its database and the load generator on one machine, so a server that looks slow may
 * only be short of cores; this says which. Elsewhere (no /proc) the readings are null.
 */
export type CpuReading = { at: number; self: NodeJS.CpuUsage; postgres: number | null; machineBusy: number | null; machineTotal: number | null };

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on

function procStatTimes(pid: string): { comm: string; seconds: number } | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may hold spaces; the fields after it are fixed.
    const close = stat.lastIndexOf(")");
    const comm = stat.slice(stat.indexOf("(") + 1, close);
    const fields = stat.slice(close + 2).split(" ");
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
    return { comm, seconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND };
  } catch {
    return null; // the process ended between the listing and the read
  }
}

function postgresSeconds(): number | null {
  if (!fs.existsSync("/proc/self/stat")) return null;
  let total = 0;
  for (const pid of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    const times = procStatTimes(pid);
    if (times && (times.comm === "postgres" || times.comm.startsWith("postgres:"))) total += times.seconds;
  }
  return total;
}

function machineSeconds(): { busy: number; total: number } | null {
  try {
    const cpu = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = cpu[3] + (cpu[4] ?? 0);
    const total = cpu.reduce((sum, value) => sum + value, 0);
    return { busy: (total - idle) / TICKS_PER_SECOND, total: total / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

export function readCpu(): CpuReading {
  const machine = machineSeconds();
  return { at: Date.now(), self: process.cpuUsage(), postgres: postgresSeconds(), machineBusy: machine?.busy ?? null, machineTotal: machine?.total ?? null };
}

/** Cores used between two readings, by part; `server` is the app's own figure (its metrics). */
export function cpuSplit(before: CpuReading, after: CpuReading, serverSeconds: number): string {
  const seconds = (after.at - before.at) / 1000;
  const cores = (value: number | null) => (value === null ? "n/a" : (value / seconds).toFixed(2));
  const self = (after.self.user - before.self.user + after.self.system - before.self.system) / 1e6;
  const postgres = before.postgres === null || after.postgres === null ? null : after.postgres - before.postgres;
  const busy = before.machineBusy === null || after.machineBusy === null ? null : after.machineBusy - before.machineBusy;
  const known = serverSeconds + self + (postgres ?? 0);
  return (
    `CPU while measured (cores of ${os.availableParallelism()}): server ${cores(serverSeconds)}, load generator ${cores(self)}, PostgreSQL ${cores(postgres)}, ` +
    `machine ${cores(busy)}${busy === null ? "" : ` (anything else ${cores(Math.max(0, busy - known))})`}`
  );
}
