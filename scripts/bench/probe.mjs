// Preloaded with --import into every process `npm run bench` starts (plain JavaScript, so it also
// loads into compiled entries): answers the bench's IPC question with this process's CPU time and
// resident memory, read by the process itself with process.cpuUsage() and process.memoryUsage.rss().
if (process.send) {
  process.on('message', (message) => {
    if (typeof message !== 'object' || message === null || message.probe === undefined) return;
    const { user, system } = process.cpuUsage();
    process.send({ probe: message.probe, cpuMicros: user + system, rss: process.memoryUsage.rss() });
  });
}
