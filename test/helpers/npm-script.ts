import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url));
const running: ChildProcess[] = [];

/** `npm run build`: compiles src/ into dist/, as `npm start`'s prestart does. */
export async function buildOnce(): Promise<void> {
  await promisify(execFile)('npm', ['run', 'build'], { cwd: root });
}

export interface RunningScript {
  readonly child: ChildProcess;
  output(): string;
  /** Waits until the output contains `text` or the script exits; false when it did not appear. */
  waitFor(text: string, timeoutMs?: number): Promise<boolean>;
  /** Sends `signal` to the process npm started (the innermost one) and resolves with npm's exit code, which is that process's. */
  signal(signal: NodeJS.Signals): Promise<number | null>;
  /** The command lines of every process the script started (npm, the shell, node). */
  commandLines(): string[];
}

/**
 * Runs `npm <args>` from the repository root, in its own process group so that the group can be
 * signalled and killed as a whole.
 */
export function runNpm(args: string[], env: Record<string, string>): RunningScript {
  const child = spawn('npm', args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  running.push(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    async waitFor(text, timeoutMs = 60_000) {
      for (let waited = 0; !output.includes(text) && child.exitCode === null && waited < timeoutMs; waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return output.includes(text);
    },
    async signal(signal) {
      process.kill(descendants(child.pid!).at(-1)!, signal);
      return exited;
    },
    commandLines: () => descendants(child.pid!).map((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim()),
  };
}

/** Kills every script still running (afterEach). */
export function killScripts(): void {
  for (const child of running.splice(0)) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
  return [pid, ...children.flatMap(descendants)];
}
