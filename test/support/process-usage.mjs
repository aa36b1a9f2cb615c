// CPU time and resident memory of a process, from /proc (Linux), for the sync benches.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const getconf = (name, fallback) => {
  try {
    return Number(execFileSync('getconf', [name]).toString().trim()) || fallback;
  } catch {
    return fallback;
  }
};
const ticksPerSecond = getconf('CLK_TCK', 100);
const pageSize = getconf('PAGESIZE', 4096);

/** CPU seconds (user + system) and resident memory of a process, read from /proc. */
export function processUsage(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after "pid (comm) ": index 0 is field 3 (state); utime is field 14, stime 15, rss 24.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return {
    cpuSeconds: (Number(fields[11]) + Number(fields[12])) / ticksPerSecond,
    rssMiB: (Number(fields[21]) * pageSize) / 1024 / 1024,
  };
}
