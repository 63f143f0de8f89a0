// coroscope beside the two Pythons a user would reach for instead, in headless Chromium
// (BENCHMARKS.md, "Against the other Pythons in the browser"):
//   node tests/e2e/compare.mjs [DIST] [RT] [RUNS]
// DIST: the built app (default dist; `trunk build --release`). RT: a directory with
// node_modules/pyodide and node_modules/@micropython/micropython-webassembly-pyscript installed
// by npm OUTSIDE this repo (e.g. /tmp/rt); a runtime missing there is skipped. RUNS: default 5.
// Set NO_CARGO=1 to skip our in-page engine timing (tests/bench_web.rs, run through cargo).
//
// For each runtime:
// (a) the gzipped size (zlib level 9) of the files a cold page load fetched (everything but the
//     HTML page itself), wasm + JS and data;
// (b) cold page load → ready, in a fresh browser context each run (the servers send no-store):
//     ours, performance.now() when the source view first shows the running line of step 0 (as in
//     perf.mjs); theirs, performance.now() after `await loadPyodide()` / `await loadMicroPython()`
//     and a first `runPython('1')`;
// (c) bench/loop.py and bench/generator_send.py run inside the page (Pyodide / MicroPython:
//     `runPython(source)` timed with performance.now(); ours: tests/bench_web.rs, which times
//     `coroscope_engine::run_source` in a wasm-bindgen-test page), each against CPython (`python3`)
//     on the same machine timing `exec(compile(source))` in-process, so no interpreter start-up
//     is counted on either side. CPython is timed before and after the browser runs (load drifts).
// Prints a Markdown table (medians) for BENCHMARKS.md.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { createServer } from 'node:http';
import { execFileSync, spawnSync } from 'node:child_process';
import { join, resolve, normalize, sep, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = resolve(process.argv[2] ?? 'dist');
const RT = process.argv[3] ? resolve(process.argv[3]) : null;
const RUNS = Number(process.argv[4] ?? 5);
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

const PROGRAMS = {
  empty: readFileSync(join(ROOT, 'bench/empty.py'), 'utf8'),
  loop: readFileSync(join(ROOT, 'bench/loop.py'), 'utf8'),
  generator_send: readFileSync(join(ROOT, 'bench/generator_send.py'), 'utf8'),
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (n) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MiB` : `${(n / 1024).toFixed(1)} KiB`);
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const log = (...a) => console.error('compare:', ...a);
// The engine's revision: COROSCOPE_REV (e.g. for a copy made with git archive), else git's HEAD.
function rev() {
  if (process.env.COROSCOPE_REV) return process.env.COROSCOPE_REV;
  try {
    return 'git ' + execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return 'no git';
  }
}

// ---- CPython: exec each program RUNS times in one process, print JSON of ms per run.
function cpython() {
  const script = `
import json, sys, time
progs = json.load(sys.stdin)
runs = int(sys.argv[1])
out = {}
for name, src in progs.items():
    code = compile(src, name + '.py', 'exec')
    ts = []
    for _ in range(runs):
        g = {'__name__': '__main__'}
        t0 = time.perf_counter()
        exec(code, g)
        ts.append((time.perf_counter() - t0) * 1000)
    out[name] = ts
out['version'] = sys.version.split()[0]
print(json.dumps(out))
`;
  const r = execFileSync('python3', ['-c', script, String(RUNS)], { input: JSON.stringify(PROGRAMS) });
  return JSON.parse(r.toString());
}

// ---- Ours: tests/bench_web.rs under wasm-bindgen-test-runner (cargo builds it first).
function ours() {
  const env = {
    ...process.env,
    PATH: `${ROOT}/node_modules/.bin:${process.env.HOME}/.cargo/bin:${process.env.PATH}`,
    CHROMEDRIVER: process.env.CHROMEDRIVER ?? '/usr/bin/chromedriver',
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER: 'wasm-bindgen-test-runner',
  };
  const args = ['test', '-p', 'coroscope-app', '--target', 'wasm32-unknown-unknown', '--release',
    '--test', 'bench_web', '--', '--include-ignored', '--nocapture'];
  log(`cargo ${args.join(' ')}`);
  const r = spawnSync('cargo', args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 1 << 26 });
  const out = `${r.stdout}\n${r.stderr}`;
  const res = {};
  for (const m of out.matchAll(/BENCH_WEB: (\w+) runs_ms=\[([^\]]*)\]/g)) res[m[1]] = m[2].split(',').map(Number);
  if (r.status !== 0 || !res.loop) {
    log(`bench_web failed (exit ${r.status}):\n${out.slice(-3000)}`);
    return null;
  }
  return res;
}

// ---- A static server for the other runtimes: /pyodide/… and /mp/… from RT/node_modules, and
// two harness pages that load them and set window.__ready.
const HARNESS = {
  '/pyodide.html': `<!doctype html><meta charset="utf-8"><script type="module">
import { loadPyodide } from '/pyodide/pyodide.mjs';
const py = await loadPyodide({ indexURL: '/pyodide/' });
py.runPython('1');
window.__run = (src) => py.runPython(src);
window.__version = py.runPython('import sys; sys.version.split()[0]');
window.__ready = performance.now();
</script>`,
  '/mp.html': `<!doctype html><meta charset="utf-8"><script type="module">
import { loadMicroPython } from '/mp/micropython.mjs';
const mp = await loadMicroPython();
mp.runPython('1');
window.__run = (src) => mp.runPython(src);
window.__version = mp.pyimport('sys').version;
window.__ready = performance.now();
</script>`,
};
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.zip': 'application/zip' };
const MOUNTS = RT
  ? { '/pyodide/': join(RT, 'node_modules/pyodide'), '/mp/': join(RT, 'node_modules/@micropython/micropython-webassembly-pyscript') }
  : {};
function localFile(path) {
  for (const [prefix, dir] of Object.entries(MOUNTS)) {
    if (path.startsWith(prefix)) {
      const f = normalize(join(dir, path.slice(prefix.length)));
      return f.startsWith(dir + sep) ? f : null;
    }
  }
  return null;
}
function serveRuntimes() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (HARNESS[path]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(HARNESS[path]);
      return;
    }
    const f = localFile(path);
    if (!f || !existsSync(f)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(f)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(f));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((d) => server.close(d)) })));
}

// Sizes of the files a page fetched (paths seen by the browser, read back from disk).
function sizes(paths, toFile) {
  let raw = 0;
  let gz = 0;
  let codeGz = 0;
  const rows = [];
  for (const p of [...new Set(paths)]) {
    const f = toFile(p);
    if (!f || !existsSync(f) || p.endsWith('.html') || p === '/') continue;
    const b = readFileSync(f);
    const g = gzipSync(b, { level: 9 }).length;
    raw += b.length;
    gz += g;
    if (/\.(wasm|m?js)$/.test(p)) codeGz += g;
    rows.push(`${p}: ${kb(b.length)} raw, ${kb(g)} gz`);
  }
  return { raw, gz, codeGz, rows };
}

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  // No --user-data-dir: playwright refuses it in launch() and gives each launch a fresh temporary profile.
});
const results = [];
const loads = [`start ${load()}`];
const cpy = [cpython()];
log(`CPython ${cpy[0].version}: loop ${median(cpy[0].loop).toFixed(0)} ms, generator ${median(cpy[0].generator_send).toFixed(0)} ms`);
try {
  // ---- ours: size and cold load from dist/
  {
    const server = await serve(DIST);
    const ready = [];
    let paths = [];
    for (let i = 0; i < RUNS; i++) {
      const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await ctx.newPage();
      const seen = [];
      page.on('request', (r) => seen.push(new URL(r.url()).pathname));
      await page.addInitScript(() => {
        window.__ready = null;
        new MutationObserver(() => {
          if (window.__ready === null && document.querySelector('#source li.running')) window.__ready = performance.now();
        }).observe(document, { subtree: true, childList: true, attributes: true });
      });
      await page.goto(server.url, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__ready !== null, null, { timeout: 60_000 });
      ready.push(await page.evaluate(() => window.__ready));
      paths = seen;
      await ctx.close();
    }
    await server.close();
    const s = sizes(paths, (p) => join(DIST, p));
    log(`coroscope: ready ${ready.map((x) => x.toFixed(0)).join(', ')} ms`);
    loads.push(`after coroscope load ${load()}`);
    const t = process.env.NO_CARGO ? null : ours();
    loads.push(`after coroscope runs ${load()}`);
    results.push({ name: 'coroscope (this repo)', version: rev(), size: s, ready, times: t });
  }

  // ---- Pyodide and MicroPython
  const others = [
    ['Pyodide', '/pyodide.html', 'node_modules/pyodide/package.json'],
    ['MicroPython (pyscript wasm)', '/mp.html', 'node_modules/@micropython/micropython-webassembly-pyscript/package.json'],
  ];
  const server = RT ? await serveRuntimes() : null;
  for (const [name, harness, pkg] of others) {
    if (!RT || !existsSync(join(RT, pkg))) {
      log(`${name}: not installed under ${RT ?? '(no RT given)'}, skipped`);
      continue;
    }
    const version = 'npm ' + JSON.parse(readFileSync(join(RT, pkg), 'utf8')).version;
    const ready = [];
    let paths = [];
    const times = { empty: [], loop: [], generator_send: [] };
    let pyVersion = '';
    for (let i = 0; i < RUNS; i++) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      const seen = [];
      page.on('request', (r) => seen.push(new URL(r.url()).pathname));
      page.on('pageerror', (e) => log(`${name}: page error ${e}`));
      await page.goto(server.url + harness, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 120_000 });
      ready.push(await page.evaluate(() => window.__ready));
      pyVersion = await page.evaluate(() => window.__version);
      paths = seen;
      if (i === 0) {
        // The programs, RUNS times each, in this first page (warm, as a user's second run).
        for (const [prog, src] of Object.entries(PROGRAMS)) {
          for (let j = 0; j < RUNS; j++) {
            times[prog].push(await page.evaluate((s) => {
              const t0 = performance.now();
              window.__run(s);
              return performance.now() - t0;
            }, src));
          }
        }
      }
      await ctx.close();
    }
    const s = sizes(paths, localFile);
    log(`${name} (${version}, Python ${pyVersion}): ready ${ready.map((x) => x.toFixed(0)).join(', ')} ms; loop ${times.loop.map((x) => x.toFixed(0)).join(', ')} ms`);
    loads.push(`after ${name} ${load()}`);
    results.push({ name, version: `${version}, Python ${pyVersion}`, size: s, ready, times });
  }
  if (server) await server.close();
} finally {
  await browser.close();
}
cpy.push(cpython());
loads.push(`end ${load()}`);

const cp = (prog) => median([...cpy[0][prog], ...cpy[1][prog]]);
console.log(`machine: ${cpus().length} CPUs, ${cpus()[0]?.model}; chromium headless; ${RUNS} runs, medians`);
console.log(`load average (1/5/15 min): ${loads.join('; ')}`);
console.log(`CPython ${cpy[0].version} (python3, exec in-process): empty ${cp('empty').toFixed(2)} ms, loop ${cp('loop').toFixed(0)} ms (runs ${[...cpy[0].loop, ...cpy[1].loop].map((x) => x.toFixed(0)).join(', ')}), generator send ${cp('generator_send').toFixed(0)} ms (runs ${[...cpy[0].generator_send, ...cpy[1].generator_send].map((x) => x.toFixed(0)).join(', ')})`);
console.log('');
console.log('| runtime | wasm + JS (+ data) gzipped | cold load → ready | loop, in page (÷ CPython) | generator send, in page (÷ CPython) |');
console.log('|---|---|---|---|---|');
for (const r of results) {
  const cell = (prog) => {
    if (!r.times?.[prog]) return 'not run';
    const m = median(r.times[prog]);
    return `${m.toFixed(0)} ms (**${(m / cp(prog)).toFixed(2)}×**)`;
  };
  const data = r.size.gz - r.size.codeGz;
  console.log(`| ${r.name}, ${r.version} | ${kb(r.size.codeGz)}${data > 0 ? ` (+ ${kb(data)} = ${kb(r.size.gz)})` : ''} | ${median(r.ready).toFixed(0)} ms | ${cell('loop')} | ${cell('generator_send')} |`);
}
console.log('');
for (const r of results) {
  console.log(`- ${r.name}: cold load runs ${r.ready.map((x) => x.toFixed(0)).join(', ')} ms; empty program ${r.times?.empty ? median(r.times.empty).toFixed(1) + ' ms' : 'not run'}; loop runs ${r.times?.loop?.map((x) => x.toFixed(0)).join(', ') ?? '-'}; generator runs ${r.times?.generator_send?.map((x) => x.toFixed(0)).join(', ') ?? '-'}`);
  for (const row of r.size.rows) console.log(`  - ${row}`);
}
