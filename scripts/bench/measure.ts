/** Runs a command and measures wall time and the peak RSS of the process (GNU time when present). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Measured {
  ok: boolean;
  ms: number;
  /** Peak resident set size in MiB, when GNU time is available. */
  rssMiB: number | undefined;
  /** User + system CPU seconds of the process and its children (GNU time): steadier than wall time on a shared machine. */
  cpuS: number | undefined;
  output: string;
}

const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

export function measure(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Measured {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-time-'));
  const report = path.join(dir, 'rss');
  const [cmd, argv] = GNU_TIME ? [GNU_TIME, ['-f', '%M %U %S', '-o', report, command, ...args]] : [command, args];
  const started = performance.now();
  const result = spawnSync(cmd, argv, { env: { ...process.env, ...options.env }, cwd: options.cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - started;
  let rssMiB: number | undefined;
  let cpuS: number | undefined;
  if (GNU_TIME && existsSync(report)) {
    const [kib, user, sys] = (readFileSync(report, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number);
    if (Number.isFinite(kib)) rssMiB = kib! / 1024;
    if (Number.isFinite(user) && Number.isFinite(sys)) cpuS = user! + sys!;
  }
  rmSync(dir, { recursive: true, force: true });
  return { ok: result.status === 0, ms, rssMiB, cpuS, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}
