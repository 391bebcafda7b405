/**
 * Peak resident set size of the current process.
 *
 * Why this and not sampling: each store workload runs in its own child process (see
 * store-workload.ts), so the kernel's high-water mark for that child, getrusage's ru_maxrss
 * (Node's process.resourceUsage().maxRSS, in KiB on Linux; the same figure as VmHWM in
 * /proc/self/status), is exactly the peak during that workload: it misses no short-lived spike,
 * as sampling VmRSS on a timer could, and it carries nothing over from an earlier workload, as
 * the parent's own lifetime VmHWM would. It does include the child's start-up (Node, tsx, the
 * modules), which is why the child also reports its resident size before the workload begins.
 */

/** The process's peak resident set size so far, in MiB. */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** The process's resident set size now, in MiB. */
export function currentRssMiB(): number {
  return process.memoryUsage.rss() / (1024 * 1024);
}
