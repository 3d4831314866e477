/**
 * Whether a process still runs, and which process a pid names (a pid is reused after a restart):
 * what lock files and staging folders left by a killed process are judged by. Linux tells more
 * through /proc; elsewhere only the pid is checked.
 */
import { readFileSync } from "node:fs";

/** State (R, S, Z…) and start time in clock ticks of a process, from Linux's /proc; null elsewhere or when it is gone. */
function procStat(pid: number): { state: string; startTicks: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces or parentheses itself.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { state: fields[0], startTicks: fields[19] }; // fields 3 and 22 of the file
  } catch {
    return null;
  }
}

/** The identity of a running process on Linux (boot id and start time), or null. */
export function processIdentity(pid: number): string | null {
  try {
    const boot = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
    const startTicks = procStat(pid)?.startTicks;
    return boot && startTicks ? `${boot}:${startTicks}` : null;
  } catch {
    return null;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  // A killed process stays a zombie until its parent reaps it; it holds nothing any more.
  const state = procStat(pid)?.state;
  return state !== "Z" && state !== "X";
}
