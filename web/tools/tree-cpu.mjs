// CPU time of a process and all its descendants (Linux /proc): for headless Chromium that is the
// browser, its renderers and its GPU process (SwiftShader draws there) together.
import fs from 'node:fs';

const TICK = 100;  // USER_HZ: /proc counts CPU time in 1/100 s on Linux

function readStat(pid) {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / TICK };
  } catch {
    return null;  // gone meanwhile
  }
}

// The browser Playwright launched from this node process: its child whose command is Chromium.
export function launchedBrowserPid() {
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = readStat(name);
    if (!s || s.ppid !== process.pid) continue;
    let cmd = '';
    try { cmd = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8'); } catch { continue; }
    if (/chrom/i.test(cmd.split('\0')[0])) return Number(name);
  }
  throw new Error('no Chromium child process found');
}

// Seconds of CPU used so far by `rootPid` and every live descendant.
export function treeCpuSeconds(rootPid) {
  const stats = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = readStat(name);
    if (s) stats.set(Number(name), s);
  }
  const inTree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, s] of stats) if (!inTree.has(pid) && inTree.has(s.ppid)) { inTree.add(pid); grew = true; }
  }
  let total = 0;
  for (const pid of inTree) total += stats.get(pid)?.cpu ?? 0;
  return total;
}

// Percent of one core the tree used over the next `ms` milliseconds (processes that end within the
// window lose their share, so keep the page steady while measuring).
export async function treeCpuPercent(rootPid, ms) {
  const c0 = treeCpuSeconds(rootPid), t0 = performance.now();
  await new Promise((r) => setTimeout(r, ms));
  const c1 = treeCpuSeconds(rootPid), t1 = performance.now();
  return (100 * (c1 - c0)) / ((t1 - t0) / 1000);
}
