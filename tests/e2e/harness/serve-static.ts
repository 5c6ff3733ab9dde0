/**
 * Local servers for the e2e harness, both bound to 127.0.0.1 on a random port:
 *
 * - `serveStatic(rootDir)`: serves fixture pages (GET/HEAD only, no directory
 *   traversal, 404 for anything that is not a regular file under root).
 * - `startBlackholeProxy()`: an HTTP proxy the browsers are pointed at. Loopback
 *   traffic bypasses it (both browsers bypass loopback by default), so
 *   everything that reaches it is an attempt to leave the machine: it is
 *   logged and refused (403), never forwarded. This both guarantees the tests
 *   send nothing off-machine and catches requests the browser's own APIs
 *   cannot attribute (e.g. a Firefox extension's background script).
 *
 * Plus `isExternalUrl()`, the one definition of "left the machine" the
 * harness uses.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface LocalServer {
  /** e.g. `http://127.0.0.1:43123` (no trailing slash). */
  origin: string;
  port: number;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closer(server: http.Server, sockets: Set<import('node:net').Socket>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Browsers keep connections alive; don't wait for them to time out.
      for (const s of sockets) s.destroy();
      server.closeAllConnections?.();
    });
    return closing;
  };
}

function trackSockets(server: http.Server): Set<import('node:net').Socket> {
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return sockets;
}

/**
 * Serve `rootDir` on http://127.0.0.1:<random port>. `/dir/` serves
 * `/dir/index.html` when it exists. Responses are `Cache-Control: no-store`.
 */
export async function serveStatic(rootDir: string): Promise<LocalServer> {
  const root = await realpath(path.resolve(rootDir));

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('internal error');
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('not found');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      res.end('method not allowed');
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('bad request');
      return;
    }
    if (pathname.includes('\0')) return notFound();

    let file = path.resolve(root, '.' + path.posix.normalize('/' + pathname));
    if (!isInside(root, file)) return notFound();
    try {
      let st = await stat(file);
      if (st.isDirectory()) {
        file = path.join(file, 'index.html');
        st = await stat(file);
      }
      if (!st.isFile()) return notFound();
      // Resolve symlinks and check again, so a link can't point outside root.
      const real = await realpath(file);
      if (!isInside(root, real)) return notFound();
      res.writeHead(200, {
        'content-type': contentTypeFor(real),
        'content-length': st.size,
        'cache-control': 'no-store',
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      const stream = createReadStream(real);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
    } catch {
      notFound();
    }
  }

  const sockets = trackSockets(server);
  const port = await listen(server);
  return { origin: `http://127.0.0.1:${port}`, port, close: closer(server, sockets) };
}

// ---------------------------------------------------------------------------

/** One attempt to reach a non-loopback host, as seen by the blackhole proxy. */
export interface OutboundAttempt {
  /** `CONNECT` for TLS/WebSocket-over-TLS tunnels, else the HTTP method. */
  method: string;
  /** Full URL for plain HTTP; `https://host:port` for CONNECT (path unknown). */
  url: string;
  host: string;
  /** `Origin` header if the browser sent one (may reveal moz-extension://…). */
  origin?: string | undefined;
  referer?: string | undefined;
  time: number;
}

export interface BlackholeProxy extends LocalServer {
  /** Everything that reached the proxy, in order. */
  attempts: OutboundAttempt[];
}

export async function startBlackholeProxy(): Promise<BlackholeProxy> {
  const attempts: OutboundAttempt[] = [];
  const server = http.createServer((req, res) => {
    let host = req.headers.host ?? '';
    try {
      host = new URL(req.url ?? '').host || host;
    } catch {
      /* origin-form request: keep Host header */
    }
    attempts.push({
      method: req.method ?? 'GET',
      url: req.url ?? '',
      host,
      origin: req.headers.origin,
      referer: req.headers.referer,
      time: Date.now(),
    });
    res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
    res.end('blocked by e2e harness: no off-machine requests');
  });
  server.on('connect', (req: http.IncomingMessage, socket: import('node:net').Socket) => {
    const target = req.url ?? '';
    attempts.push({
      method: 'CONNECT',
      url: `https://${target}`,
      host: target,
      origin: req.headers.origin,
      referer: req.headers.referer,
      time: Date.now(),
    });
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  });
  server.on('upgrade', (req: http.IncomingMessage, socket: import('node:net').Socket) => {
    attempts.push({
      method: 'UPGRADE',
      url: req.url ?? '',
      host: req.headers.host ?? '',
      origin: req.headers.origin,
      time: Date.now(),
    });
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  const sockets = trackSockets(server);
  const port = await listen(server);
  return { origin: `http://127.0.0.1:${port}`, port, attempts, close: closer(server, sockets) };
}

// ---------------------------------------------------------------------------

const NETWORK_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/** True for loopback host names/addresses: localhost, *.localhost, 127.0.0.0/8, ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    h === 'localhost' ||
    h.endsWith('.localhost') ||
    /^127(\.\d{1,3}){3}$/.test(h) ||
    h === '::1' ||
    h === '0:0:0:0:0:0:0:1'
  );
}

/**
 * True when fetching `url` would go over the network to a non-loopback host.
 * Non-network schemes (data:, blob:, about:, chrome-extension:, moz-extension:,
 * chrome:, …) are not external. Unparseable input counts as external.
 */
export function isExternalUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return true;
  }
  if (!NETWORK_PROTOCOLS.has(u.protocol)) return false;
  return !isLoopbackHost(u.hostname);
}
