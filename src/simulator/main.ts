import { SimulatorConfigError, loadSimulatorConfig, usage } from './config.ts';
import { startSimulator } from './server.ts';

/** Standalone iauto360 simulator: `npm run simulator -- --help`. */
async function main(): Promise<void> {
  const { options, help } = loadSimulatorConfig(process.argv.slice(2), process.env);
  if (help) {
    console.log(usage());
    return;
  }
  const simulator = await startSimulator(options);
  const bound = simulator.world.boundTerminals();
  const unbound = simulator.world.terminals.filter((terminal) => terminal.binding === null);
  console.log(`iauto360 simulator listening on ${simulator.baseUrl}`);
  console.log(`  openId      ${simulator.openId}`);
  console.log(`  secureCode  ${simulator.secureCode}`);
  console.log(`  services    POST ${simulator.baseUrl}/srv/{service}/${simulator.openId}/{signature}`);
  console.log(`  admin       ${simulator.baseUrl}/__sim/fleet, /__sim/stats, /__sim/faults, /__sim/events`);
  console.log(`  terminals   ${simulator.world.terminals.length} (${bound.length} bound), for example:`);
  for (const terminal of bound.slice(0, 4)) {
    const plate = terminal.vehicle.profile.plateNumber ?? '';
    console.log(`    ${terminal.esn}  ${plate}  mobile ${terminal.binding?.mobileNo ?? '-'}  ${terminal.vehicle.trips.length} trips`);
  }
  for (const terminal of unbound.slice(0, 1)) console.log(`    ${terminal.esn}  (not bound, activeCode ${terminal.activeCode})`);
  const faults = simulator.faults();
  if (faults.latencyMs || faults.jitterMs || faults.errorRate || faults.http5xxRate || faults.malformedRate || faults.badRecordRate) {
    console.log(`  faults      ${JSON.stringify(faults)}`);
  }

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the simulator`);
    void simulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof SimulatorConfigError ? error.message : error);
  process.exit(1);
});
