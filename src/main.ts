import './process-setup.ts';
import { ConfigError, DEFAULT_SIMULATOR_EVENTS_PER_MINUTE, type Upstream, loadConfig } from './config.ts';
import { exampleQuery } from './example-query.ts';
import { WEBHOOK_PATH } from './events/webhook.ts';
import { startGateway } from './gateway.ts';

async function main(): Promise<void> {
  const config = loadConfig();

  // The simulator is loaded only when it runs: with real credentials none of its code is imported.
  const simulator = config.upstream
    ? undefined
    : await import('./simulator/server.ts').then(({ startSimulator }) =>
        startSimulator({
          port: 0,
          seed: config.simulator.seed,
          terminalCount: config.simulator.terminalCount,
          // The sandbox numbers its services as the gateway calls them (the seed's battery history at 1016).
          quirks: { batteryService: config.batteryService },
          webhook: { eventsPerMinute: config.simulator.eventsPerMinute ?? DEFAULT_SIMULATOR_EVENTS_PER_MINUTE },
        }),
      );
  const upstream: Upstream = config.upstream ?? {
    baseUrl: simulator!.baseUrl,
    openId: simulator!.openId,
    secureCode: simulator!.secureCode,
  };
  // Sample ESNs for the banner and GraphiQL come from the simulator's own world, never from a real service.
  const sampleEsns = simulator ? simulator.world.boundTerminals().map((terminal) => terminal.esn) : [];

  // With the embedded simulator and no FLEET_ESNS, the fleet page lists the simulator's whole world.
  const fleetEsns = config.fleetEsns.length > 0 || !simulator ? config.fleetEsns : simulator.world.terminals.map((terminal) => terminal.esn);
  // With --expose-gc (npm start), the gateway also collects once it goes quiet after requests, so
  // V8 hands back the memory the load grew within seconds rather than a minute (QuietCollection).
  const collectGarbage = (globalThis as { gc?: () => void }).gc;
  const gateway = await startGateway({ config: { ...config, fleetEsns }, upstream, exampleQuery: exampleQuery(sampleEsns), collectGarbage }).catch(async (error: unknown) => {
    await simulator?.close();
    throw error;
  });
  // The embedded simulator pushes its vehicle events to this gateway's webhook.
  simulator?.setWebhookUrl(gateway.url.replace(/\/graphql$/, WEBHOOK_PATH));
  const shownHost = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;

  // Handlers first: whoever reads the banner below may send SIGTERM at once.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    gateway.logger.info({ signal, inFlight: gateway.inFlight, shutdownTimeoutMs: config.shutdownTimeoutMs }, 'stopping: no new connections, finishing requests under way');
    const { cutOff } = await gateway.shutdown(config.shutdownTimeoutMs);
    await simulator?.close();
    if (cutOff > 0) gateway.logger.error({ cutOff }, `stopped: ${cutOff} request(s) cut off after SHUTDOWN_TIMEOUT_MS`);
    else gateway.logger.info('stopped');
    gateway.logger.flush();
    process.exit(cutOff > 0 ? 1 : 0);
  };
  // A failure while stopping is one log line and exit 1, never an unhandled rejection's stack trace.
  // A second signal while stopping (Ctrl-C again, SIGTERM after SIGINT) exits at once, as a cut-off would.
  const stopOn = (signal: string) => () => {
    if (stopping) {
      gateway.logger.error({ signal, inFlight: gateway.inFlight }, 'stopped at once by a second signal: the requests under way are cut off');
      gateway.logger.flush();
      process.exit(1);
    }
    stop(signal).catch((error: unknown) => {
      gateway.logger.error({ err: { message: (error as Error).message } }, 'stopping failed');
      gateway.logger.flush();
      process.exit(1);
    });
  };
  process.on('SIGINT', stopOn('SIGINT'));
  process.on('SIGTERM', stopOn('SIGTERM'));

  const origin = `http://${shownHost}:${gateway.port}`;
  // The start's log lines (how the gateway is protected) before the banner, as they happened.
  gateway.logger.flush();
  // With real credentials GraphiQL is off unless GRAPHIQL=true: the banner does not promise it then.
  console.log(
    config.security.graphiql
      ? `iauto-graph: GraphiQL at ${origin}/graphql, the fleet page at ${origin}/fleet`
      : `iauto-graph: GraphQL at ${origin}/graphql (GraphiQL off: GRAPHIQL=true serves it), the fleet page at ${origin}/fleet`,
  );
  console.log(
    simulator
      ? `upstream: the embedded iauto360 simulator at ${simulator.baseUrl} (set IAUTO_OPEN_ID, IAUTO_SECURE_CODE and IAUTO_BASE_URL to use a real service)`
      : `upstream: ${upstream.baseUrl} as ${upstream.openId}`,
  );
  if (sampleEsns.length > 0) console.log(`ESNs to try: ${sampleEsns.slice(0, 5).join(', ')}`);

  // Started with --expose-gc (npm start): one full collection now returns the garbage of start-up
  // (module loading, schema building) before the first request, instead of keeping it resident
  // until the first major collection under load.
  collectGarbage?.();
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') console.error(`PORT: the address is already in use (${(error as Error).message})`);
  else console.error(error);
  process.exit(1);
});
