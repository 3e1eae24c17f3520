// A small static file server for the web build (no dependencies): used by scripts/serve-web.sh and
// by the browser tests. Serves only files under the given root, with the right MIME types and the
// security headers of the deployed site (deploy/nginx/lureproof-headers.conf), so every browser test
// runs the page under its Content-Security-Policy.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The `add_header Name "value" always;` lines of the nginx snippet.
export function deployedHeaders() {
  const conf = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../deploy/nginx/lureproof-headers.conf');
  const headers = {};
  for (const m of fs.readFileSync(conf, 'utf8').matchAll(/^add_header\s+(\S+)\s+"([^"]*)"/gm)) headers[m[1]] = m[2];
  return headers;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.data': 'application/octet-stream', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.ttf': 'font/ttf',
};

export function startServer(root, port = 0, host = '127.0.0.1') {
  const absRoot = path.resolve(root);
  const security = deployedHeaders();
  const server = http.createServer((req, res) => {
    let urlPath;
    try { urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { res.writeHead(400).end(); return; }
    if (urlPath.endsWith('/')) urlPath += 'index.html';
    const file = path.resolve(absRoot, '.' + urlPath);
    if (!file.startsWith(absRoot + path.sep)) { res.writeHead(403).end(); return; }
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
      res.writeHead(200, { ...security, 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
                           'Cache-Control': 'no-cache' });
      res.end(body);
    });
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

// Command line: node static-server.mjs DIR [PORT]
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] || '.';
  const port = Number(process.argv[3] || 8080);
  startServer(root, port).then((s) => {
    console.log(`Serving ${path.resolve(root)} at http://127.0.0.1:${s.address().port}/ (Ctrl+C to stop)`);
  });
}
