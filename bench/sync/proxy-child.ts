// Child process: a loopback TCP proxy that adds a round-trip time to every exchange: each chunk is held
// RTT/2 in each direction, in order, so a request and its answer take one RTT longer while large bodies
// still stream at loopback speed (latency only, no bandwidth limit). Connection setup is not delayed.
// Usage: proxy-child.ts <target port> <rtt ms>
import net from 'node:net';

const target = Number(process.argv[2]);
const oneWay = Number(process.argv[3] ?? 50) / 2;

/**
 * Forwards `from` to `to`, each chunk (and the end) `oneWay` ms after it arrived. One queue and one timer per
 * direction keep the order: separate timers with nearly equal deadlines may fire out of order.
 */
function delayed(from: net.Socket, to: net.Socket): void {
  const queue: { due: number; chunk: Buffer | null }[] = [];
  let scheduled = false;
  const pump = () => {
    scheduled = false;
    const now = performance.now();
    while (queue[0] && queue[0].due <= now) {
      const { chunk } = queue.shift() ?? { chunk: null };
      if (chunk) to.write(chunk);
      else to.end();
    }
    if (queue[0]) {
      scheduled = true;
      setTimeout(pump, queue[0].due - now);
    }
  };
  const push = (chunk: Buffer | null) => {
    queue.push({ due: performance.now() + oneWay, chunk });
    if (!scheduled) {
      scheduled = true;
      setTimeout(pump, oneWay);
    }
  };
  from.on('data', (chunk: Buffer) => push(chunk));
  // Half-open: an end is passed on after the data before it, and each side closes when both have ended.
  from.on('end', () => push(null));
  from.on('error', () => to.destroy());
}

const server = net.createServer({ allowHalfOpen: true, noDelay: true }, (client) => {
  const upstream = net.connect({ port: target, host: '127.0.0.1', noDelay: true, allowHalfOpen: true });
  delayed(client, upstream);
  delayed(upstream, client);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('message', (raw) => {
  const m = raw as { id: number; cmd: string };
  process.send?.({ id: m.id, result: m.cmd });
});
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
