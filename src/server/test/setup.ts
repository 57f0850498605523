import net from 'node:net';
import { afterAll } from 'vitest';
import { removeTempDirs } from './tmp';

afterAll(removeTempDirs);

/**
 * Hermetic tests: outbound connections go to this machine only (loopback, Unix sockets).
 * Anything else fails the test at once instead of waiting on the network.
 */
const connect = net.Socket.prototype.connect as (...args: unknown[]) => net.Socket;
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/;

net.Socket.prototype.connect = function patched(this: net.Socket, ...args: unknown[]) {
  const first = args[0];
  const opts = (Array.isArray(first) ? first[0] : first) as { host?: string; path?: string } | number | string;
  const host =
    typeof opts === 'object' && opts !== null
      ? opts.path
        ? 'localhost'
        : (opts.host ?? 'localhost')
      : typeof opts === 'string' && !/^\d+$/.test(opts)
        ? 'localhost' // a Unix socket path
        : typeof args[1] === 'string'
          ? args[1]
          : 'localhost';
  if (!LOOPBACK.test(host))
    throw new Error(`Test tried to reach the network (${host}); tests must stay on this machine`);
  return connect.apply(this, args);
} as typeof net.Socket.prototype.connect;
