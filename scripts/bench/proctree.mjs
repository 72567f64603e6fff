/** Samples a process tree from /proc (Linux): peak resident memory of the whole tree and its CPU time. */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;
const TICKS = 100; // USER_HZ: /proc reports CPU time in 1/100 s on Linux

/** Every process: parent, resident memory in bytes, own CPU seconds. */
function snapshot() {
  const procs = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields start after the last ")".
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // Own time only: a reaped child's time also moves into its parent's fields, which would count it twice.
      const cpu = (Number(f[11]) + Number(f[12])) / TICKS;
      procs.set(Number(name), { ppid: Number(f[1]), rss: Number(f[21]) * PAGE, cpu });
    } catch {
      // The process ended while we looked.
    }
  }
  return procs;
}

function descendants(procs, root) {
  const children = new Map();
  for (const [pid, p] of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), pid]);
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]) ?? []));
  return out.filter((pid) => procs.has(pid));
}

/** Watches `root` (default: this process) and everything it starts, every `everyMs`. */
export class TreeMonitor {
  constructor(root = process.pid, everyMs = 100) {
    this.root = root;
    this.everyMs = everyMs;
    this.peakRss = 0;
    this.peakProcesses = 0;
    this.cpuByPid = new Map();
    this.cpuAtStart = new Map();
    this.started = false;
  }

  sample() {
    const procs = snapshot();
    const tree = descendants(procs, this.root);
    let rss = 0;
    for (const pid of tree) {
      const p = procs.get(pid);
      rss += p.rss;
      if (!this.cpuAtStart.has(pid)) this.cpuAtStart.set(pid, this.started ? 0 : p.cpu);
      this.cpuByPid.set(pid, Math.max(this.cpuByPid.get(pid) ?? 0, p.cpu - (this.cpuAtStart.get(pid) ?? 0)));
    }
    this.peakRss = Math.max(this.peakRss, rss);
    this.peakProcesses = Math.max(this.peakProcesses, tree.length);
  }

  start() {
    this.sample();
    this.started = true;
    this.timer = setInterval(() => this.sample(), this.everyMs);
    this.timer.unref();
    return this;
  }

  /** CPU seconds the tree used since start, as of now. */
  cpuNow() {
    this.sample();
    return [...this.cpuByPid.values()].reduce((a, b) => a + b, 0);
  }

  /**
   * Stops sampling; returns peak RSS (bytes), the most processes seen at once, and CPU seconds used since start
   * (the last sampling interval of a process that ended is missed).
   */
  stop() {
    clearInterval(this.timer);
    const cpu = this.cpuNow();
    return { peakRss: this.peakRss, peakProcesses: this.peakProcesses, cpu };
  }
}
