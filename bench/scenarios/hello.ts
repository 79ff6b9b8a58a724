/**
 * The bare Fastify hello-world the scenarios are compared with: same Fastify, same Node, no plugin, no database.
 * Run by bench/run.ts as a child process: `node --import tsx bench/scenarios/hello.ts <port>`.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
await app.listen({ host: '127.0.0.1', port: Number(process.argv[2] ?? 0) });
process.send?.('ready');
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.once(signal, () => void app.close().then(() => process.exit(0)));
