// Serves a web build with Debian's nginx and the deployed configuration (deploy/nginx/), as an
// ordinary user: a temporary prefix holds the configuration, pid, logs and temp files, on a free
// port of 127.0.0.1. Used by the deployment and Lighthouse tests and the benchmark.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const deployDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../deploy/nginx');
export const NGINX = process.env.NGINX || '/usr/sbin/nginx';
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

async function waitForPort(port, child, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) return false;
    const open = await new Promise((resolve) => {
      const c = net.connect(port, '127.0.0.1', () => { c.end(); resolve(true); });
      c.on('error', () => resolve(false));
    });
    if (open) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

// Returns {origin, prefix, stop()}; throws with nginx's error log when it does not start.
export async function startNginx(root) {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'lureproof-nginx-'));
  fs.mkdirSync(path.join(prefix, 'snippets'));
  fs.mkdirSync(path.join(prefix, 'logs'));
  for (const f of ['lureproof-site.conf', 'lureproof-headers.conf'])
    fs.copyFileSync(path.join(deployDir, f), path.join(prefix, 'snippets', f));
  const port = await freePort();
  const temp = (name) => `${name}_temp_path ${path.join(prefix, name)};`;
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), `load_module ${BROTLI_MODULE};
daemon off;
worker_processes 1;
pid ${path.join(prefix, 'nginx.pid')};
error_log ${path.join(prefix, 'logs/error.log')} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${path.join(prefix, 'logs/access.log')};
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  sendfile on;
  server {
    listen 127.0.0.1:${port};
    root ${path.resolve(root)};
    include snippets/lureproof-site.conf;
  }
}
`);
  const child = spawn(NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', path.join(prefix, 'logs/error.log')],
                      { stdio: ['ignore', 'inherit', 'inherit'] });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGQUIT');  // graceful shutdown of the master and its worker
      await exited;
    }
    fs.rmSync(prefix, { recursive: true, force: true });
  };
  if (!(await waitForPort(port, child, 10000))) {
    const log = fs.existsSync(path.join(prefix, 'logs/error.log')) ? fs.readFileSync(path.join(prefix, 'logs/error.log'), 'utf8') : '';
    await stop();
    throw new Error(`nginx did not start on port ${port}:\n${log}`);
  }
  return { origin: `http://127.0.0.1:${port}`, prefix, stop };
}

// What every response of the deployed site must carry (deploy/nginx/lureproof-headers.conf), and the
// caching rule of its path: index.html revalidated, content-hashed names kept for a year. Returns a
// list of problems (empty when the headers are right). `headers` has lower-case names.
export const HASHED_NAME = /\.[0-9a-f]{10}\.[a-z]+$/;
export const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};
export function headerProblems(pathname, status, headers) {
  const problems = [];
  for (const [name, want] of Object.entries(SECURITY_HEADERS))
    if (headers[name] !== want) problems.push(`${pathname}: ${name} is ${JSON.stringify(headers[name])}, expected ${JSON.stringify(want)}`);
  if (!/^([a-z-]+=\([^)]*\)(, )?)+$/.test(headers['permissions-policy'] || ''))
    problems.push(`${pathname}: Permissions-Policy missing or malformed: ${JSON.stringify(headers['permissions-policy'])}`);
  if (status === 200) {
    const want = HASHED_NAME.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
    if (headers['cache-control'] !== want)
      problems.push(`${pathname}: Cache-Control is ${JSON.stringify(headers['cache-control'])}, expected ${JSON.stringify(want)}`);
  }
  return problems;
}
