// The web build as deployed: serves DIST with Debian's nginx and deploy/nginx/ (web/tools/nginx.mjs),
// checks every file's responses (security and caching headers, MIME type, the precompressed .br/.gz
// bodies byte for byte, names that carry their content's hash), then runs the browser smoke test
// through that server (which checks the headers of every response the browser gets too).
// Usage: node deployed.mjs DIST_DIR IMAGE_CHECK_BINARY SCREENSHOT_DIR
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNginx, headerProblems, HASHED_NAME } from '../../web/tools/nginx.mjs';

const [dist, imageCheck, shotDir] = process.argv.slice(2);
if (!dist || !imageCheck || !shotDir) { console.error('usage: deployed.mjs DIST IMAGE_CHECK SHOT_DIR'); process.exit(2); }

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'application/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml; charset=utf-8', '.data': 'application/octet-stream',
  '.pack': 'application/octet-stream',
};

function get(origin, pathname, acceptEncoding) {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {};
    http.get(origin + pathname, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

function files(dir, rel = '') {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(dir, path.join(rel, e.name)) : [path.join(rel, e.name)]);
}

const server = await startNginx(dist);
const problems = [];
let responses = 0;
try {
  const served = files(dist).filter((f) => !/\.(br|gz)$/.test(f)).sort();
  for (const rel of served) {
    const file = path.join(dist, rel);
    const ext = path.extname(rel);
    if (rel !== 'index.html') {
      if (!HASHED_NAME.test(rel)) problems.push(`${rel}: name without a content hash`);
      else {
        const hash = /\.([0-9a-f]{10})\.[a-z]+$/.exec(rel)[1];
        const actual = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 10);
        if (hash !== actual) problems.push(`${rel}: the name's hash is not its content's (${actual})`);
      }
    }
    const paths = rel === 'index.html' ? ['/', '/index.html'] : ['/' + rel];
    for (const pathname of paths) {
      for (const [accept, encoding, sibling] of [['br, gzip', 'br', '.br'], ['gzip', 'gzip', '.gz'], [null, undefined, '']]) {
        const res = await get(server.origin, pathname, accept);
        responses++;
        const what = `${pathname} (Accept-Encoding: ${accept || 'none'})`;
        if (res.status !== 200) { problems.push(`${what}: HTTP ${res.status}`); continue; }
        problems.push(...headerProblems(pathname, res.status, res.headers).map((p) => `${p} [${accept || 'none'}]`));
        if (res.headers['content-type'] !== TYPES[ext])
          problems.push(`${what}: Content-Type ${res.headers['content-type']}, expected ${TYPES[ext]}`);
        if (res.headers['content-encoding'] !== encoding)
          problems.push(`${what}: Content-Encoding ${res.headers['content-encoding']}, expected ${encoding}`);
        if (encoding && res.headers.vary !== 'Accept-Encoding') problems.push(`${what}: Vary ${res.headers.vary}`);
        if (!res.body.equals(fs.readFileSync(file + sibling))) problems.push(`${what}: body differs from ${rel}${sibling}`);
      }
    }
  }
  // Errors carry the security headers too.
  const missing = await get(server.origin, '/no-such-file.js', 'br, gzip');
  responses++;
  if (missing.status !== 404) problems.push(`/no-such-file.js: HTTP ${missing.status}, expected 404`);
  problems.push(...headerProblems('/no-such-file.js', missing.status, missing.headers));
  console.log(`${responses} responses for ${served.length} files checked`);
  for (const p of problems) console.log(`  ${p}`);
  console.log(`${problems.length ? 'FAIL' : 'PASS'} nginx headers, MIME types and precompressed bodies`);

  // The browser smoke test through nginx, under its Content-Security-Policy.
  const smoke = path.join(path.dirname(fileURLToPath(import.meta.url)), 'smoke.mjs');
  try {
    process.stdout.write(execFileSync(process.execPath, [smoke, dist, imageCheck, shotDir, server.origin], { encoding: 'utf8' }));
  } catch (e) {
    process.stdout.write(e.stdout || '');
    problems.push('the browser smoke test failed through nginx');
  }
} finally {
  await server.stop();
}
console.log(problems.length ? `FAIL (${problems.length} problems)` : 'PASS deployed page');
process.exit(problems.length ? 1 : 0);
