import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

export interface GatewayProcess {
  readonly url: string;
  readonly webhookUrl: string;
  readonly child: ChildProcess;
  /** Everything it wrote to standard output and error so far. */
  output(): string;
  /** Ends it with a signal and waits for the exit; resolves with the exit code (null when the signal killed it). */
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

/**
 * The environment of a gateway process on a simulator as if it were the real service: its
 * credentials, authentication turned off on purpose (these tests are not about it) and the event
 * store in `eventsDirectory`.
 */
export function onSimulatorAsRealService(simulator: { baseUrl: string; openId: string; secureCode: string }, eventsDirectory: string): Record<string, string> {
  return {
    IAUTO_BASE_URL: simulator.baseUrl,
    IAUTO_OPEN_ID: simulator.openId,
    IAUTO_SECURE_CODE: simulator.secureCode,
    AUTH_DISABLED: 'true',
    EVENTS_DB: join(eventsDirectory, 'events.db'),
  };
}

/** `npm start`'s entry (src/main.ts) in a child process with this environment, on a free port. */
export async function startGatewayProcess(env: Record<string, string>): Promise<GatewayProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const port = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /(?:GraphiQL|GraphQL) at http:\/\/localhost:(\d+)\/graphql/.exec(output);
      if (match) finish(() => resolve(match[1]!));
      else if (child.exitCode !== null) finish(() => reject(new Error(`the gateway exited:\n${output}`)));
    }, 20);
    const deadline = setTimeout(() => finish(() => reject(new Error(`the gateway did not start:\n${output}`))), 30_000);
    const finish = (then: () => void) => {
      clearInterval(timer);
      clearTimeout(deadline);
      then();
    };
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    webhookUrl: `http://127.0.0.1:${port}/webhooks/iauto360`,
    child,
    output: () => output,
    async kill(signal) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill(signal);
      const [code] = (await once(child, 'exit')) as [number | null];
      return code;
    },
  };
}
