/*
 * The processes of `npm run bench`: the simulator, each contender and the load generator run
 * apart, each started from its own entry, on loopback. Every server process is preloaded with
 * probe.mjs, so the bench can read its CPU time and RSS.
 */
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LoadJob, LoadResult } from './load.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const probe = new URL('./probe.mjs', import.meta.url).href;

export interface ServerProcess {
  readonly name: string;
  /** The GraphQL endpoint, or the simulator's base URL. */
  readonly url: string;
  /** CPU time (user + system, µs) the process has used so far, and its resident memory now. */
  probe(): Promise<{ cpuMicros: number; rss: number }>;
  stop(): Promise<void>;
}

/**
 * The gateway's own entry: the compiled one when `npm run build` has made dist/, else the
 * TypeScript sources through tsx (which adds to the memory figures).
 */
export function gatewayEntry(): { args: string[]; compiled: boolean } {
  return npmScriptEntry('start', 'main');
}

/**
 * The simulator's entry, as `npm run simulator` runs it when dist/ exists (the iauto360 service it
 * stands in for runs compiled code, and tsx's loader would take CPU from the contenders on this
 * machine), else its TypeScript source through tsx.
 */
export function simulatorEntry(): { args: string[]; compiled: boolean } {
  return npmScriptEntry('simulator', 'simulator/main');
}

/**
 * The Node flags and script of an npm script that runs `node FLAGS dist/MODULE.js`, so the bench
 * runs the program as users do; `--import tsx src/MODULE.ts` when there is no dist/.
 */
function npmScriptEntry(script: string, module: string): { args: string[]; compiled: boolean } {
  const compiled = `dist/${module}.js`;
  if (!existsSync(`${root}${compiled}`)) return { args: ['--import', 'tsx', `src/${module}.ts`], compiled: false };
  const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> };
  const [command, ...args] = (manifest.scripts[script] ?? '').trim().split(/\s+/);
  if (command !== 'node' || args.at(-1) !== compiled) throw new Error(`npm run ${script} is not \`node … ${compiled}\`: ${manifest.scripts[script]}`);
  return { args, compiled: true };
}

/** Starts `node ARGS` in the repository root and waits for the first http URL it prints. */
export async function startServer(name: string, args: string[], env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', probe, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  // What the process printed until it listened, for the error if it never does. After that its output
  // (iauto-graph's access lines) is only drained: the bench runs on the same cores as the contenders, and
  // keeping or scanning every line cost this process a third of a core while the gateway was loaded.
  const output: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`${name} did not print its URL within 30 s:\n${output.join('')}`)), 30_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const read = (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /http:\/\/(?:localhost|127\.0\.0\.1):(\d+)(\/[^\s,]*)?/.exec(output.join(''));
      if (match) {
        clearTimeout(timer);
        child.stdout!.off('data', read);
        child.stderr!.off('data', keep);
        child.stdout!.resume();
        child.stderr!.resume();
        resolve(`http://127.0.0.1:${match[1]}${(match[2] ?? '').replace(/\/$/, '')}`);
      }
    };
    const keep = (chunk: Buffer) => output.push(chunk.toString());
    child.stdout!.on('data', read);
    child.stderr!.on('data', keep);
    child.once('exit', (code) => fail(new Error(`${name} exited with ${code} before listening:\n${output.join('')}`)));
  });
  child.removeAllListeners('exit');

  let next = 0;
  return {
    name,
    url,
    probe: () =>
      new Promise((resolve, reject) => {
        const id = next++;
        const timer = setTimeout(() => reject(new Error(`${name} did not answer the probe`)), 5_000);
        const listen = (message: { probe?: number; cpuMicros: number; rss: number }) => {
          if (message.probe !== id) return;
          clearTimeout(timer);
          child.off('message', listen);
          resolve({ cpuMicros: message.cpuMicros, rss: message.rss });
        };
        child.on('message', listen);
        child.send({ probe: id });
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** The load generator: a process of its own that runs one job at a time. */
export function startLoadGenerator(): { run(job: Omit<LoadJob, 'id'>): Promise<LoadResult>; stop(): void } {
  const child: ChildProcess = fork(fileURLToPath(new URL('./load.ts', import.meta.url)), [], {
    cwd: root,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let next = 0;
  return {
    run: (job) =>
      new Promise((resolve) => {
        const id = next++;
        const listen = (result: LoadResult) => {
          if (result.id !== id) return;
          child.off('message', listen);
          resolve(result);
        };
        child.on('message', listen);
        child.send({ ...job, id });
      }),
    stop: () => void child.kill('SIGTERM'),
  };
}
