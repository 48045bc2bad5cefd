import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

export interface RunningRedis {
  /** `redis://127.0.0.1:PORT` */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
  /** Stops the server answering (SIGSTOP): connections stay open, commands get no reply. */
  pause(): void;
  /** Lets a paused server answer again (SIGCONT). */
  resume(): void;
  /** Starts it again, empty, on the same port after `close`. */
  restart(): Promise<void>;
}

/** A free loopback port, found by letting the kernel pick one and releasing it. */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** redis-server on `port`, in memory only; resolves once it accepts connections, or with its output when it could not start. */
async function spawnRedis(port: number): Promise<{ child: ChildProcess } | { failed: string }> {
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const ready = await new Promise<boolean>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('Ready to accept connections')) finish(true);
      else if (child.exitCode !== null) finish(false);
    }, 20);
    const finish = (value: boolean) => {
      clearInterval(timer);
      resolve(value);
    };
    child.once('error', (error) => {
      clearInterval(timer);
      reject(new Error(`cannot start redis-server (is Debian's redis-server installed?): ${error.message}`));
    });
  });
  return ready ? { child } : { failed: output };
}

/**
 * A real redis-server (Debian's package; .ci/run installs it when missing) on a free loopback port,
 * in memory only, for one test file.
 */
export async function startRedis(): Promise<RunningRedis> {
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const started = await spawnRedis(port);
    if ('failed' in started) {
      if (attempt < 3 && started.failed.includes('Address already in use')) continue;
      throw new Error(`redis-server did not start:\n${started.failed}`);
    }
    let { child } = started;
    return {
      url: `redis://127.0.0.1:${port}`,
      port,
      async close() {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGCONT');
        child.kill('SIGTERM');
        await once(child, 'exit');
      },
      pause: () => child.kill('SIGSTOP'),
      resume: () => child.kill('SIGCONT'),
      async restart() {
        const again = await spawnRedis(port);
        if ('failed' in again) throw new Error(`redis-server did not start again on ${port}:\n${again.failed}`);
        child = again.child;
      },
    };
  }
}
