/**
 * Preloaded (`node --import`) into an offline build when `unshare -n` is not available: every way
 * Node reaches the network throws, so a build that fetches a font, image or data file fails.
 */
import dns from 'node:dns';
import net from 'node:net';
import tls from 'node:tls';

const refuse = (what: string) => () => {
  throw new Error(`offline build: ${what} was called; the build must not use the network`);
};
const allowLocal = <T extends (...args: never[]) => unknown>(original: T, what: string): T =>
  ((...args: never[]) => {
    const first = args[0] as unknown;
    const options = (typeof first === 'object' && first ? first : {}) as { path?: string; host?: string };
    // Unix sockets and IPC (used by worker pools) are not the network.
    if (options.path || typeof first === 'string') return original(...args);
    if (!options.host || options.host === 'localhost' || options.host === '127.0.0.1' || options.host === '::1') return original(...args);
    return refuse(what)();
  }) as T;

globalThis.fetch = refuse('fetch') as typeof fetch;
net.connect = allowLocal(net.connect, 'net.connect');
net.createConnection = allowLocal(net.createConnection, 'net.createConnection');
tls.connect = refuse('tls.connect') as typeof tls.connect;
dns.lookup = refuse('dns.lookup') as unknown as typeof dns.lookup;
