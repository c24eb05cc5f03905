// Who used the 2 cores during a load run, from /proc (Linux): the app server (the server child and
// its descendants), Postgres, this process (autocannon), and everything else on the machine.
// In percent of one core, so 200 is both cores fully busy.
import { readdirSync, readFileSync } from 'node:fs';

const ticksPerSecond = 100;

type ProcessTicks = { pid: number; parentPid: number; command: string; ticks: number };
export type CpuSample = { at: number; processes: ProcessTicks[] };
export type CpuShares = { server: number; postgres: number; bench: number; other: number; machine: number };

function readProcess(pid: number): ProcessTicks | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const commandEnd = stat.lastIndexOf(')');
    const fields = stat.slice(commandEnd + 2).split(' ');
    // After "(comm) ": state, ppid, …; utime and stime are the 12th and 13th from there.
    return { pid, parentPid: Number(fields[1]), command: stat.slice(stat.indexOf('(') + 1, commandEnd), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

export function sampleCpu(): CpuSample | null {
  try {
    const pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
    return { at: performance.now(), processes: pids.map(readProcess).filter((entry) => entry !== null) };
  } catch {
    return null;
  }
}

function descendantsOf(rootPid: number, processes: ProcessTicks[]): Set<number> {
  const found = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const entry of processes) {
      if (!found.has(entry.pid) && found.has(entry.parentPid)) {
        found.add(entry.pid);
        grew = true;
      }
    }
  }
  return found;
}

/** CPU used between two samples, by group; null where /proc cannot be read. */
export function cpuShares(before: CpuSample | null, after: CpuSample | null, serverPid: number | undefined): CpuShares | null {
  if (!before || !after || serverPid === undefined) return null;
  const server = descendantsOf(serverPid, after.processes);
  const ticksBefore = new Map(before.processes.map((entry) => [entry.pid, entry.ticks]));
  const shares: CpuShares = { server: 0, postgres: 0, bench: 0, other: 0, machine: 0 };
  const seconds = (after.at - before.at) / 1000;
  for (const entry of after.processes) {
    const percent = ((entry.ticks - (ticksBefore.get(entry.pid) ?? 0)) / ticksPerSecond / seconds) * 100;
    const group = server.has(entry.pid) ? 'server' : entry.pid === process.pid ? 'bench' : entry.command === 'postgres' ? 'postgres' : 'other';
    shares[group] += percent;
    shares.machine += percent;
  }
  return shares;
}
