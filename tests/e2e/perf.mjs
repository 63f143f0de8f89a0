// Measures the built app (dist/) in headless Chromium through playwright-core:
//   node tests/e2e/perf.mjs [DIST] [RUNS]
// 1. the size of the wasm and JS that a page load fetches, raw and gzipped (zlib level 9);
// 2. cold page load to "first step possible" (the source view shows the running line of step 0),
//    in a fresh browser context each run (the server sends no-store), and the time one Step takes;
// 3. two long runs (100,000 and 1,000,000 greenlet switches, one trace event each): Run to end (in
//    8 ms slices, with Continue at each step budget; long tasks over 50 ms are counted), then the
//    timeline's full redraw on each axis (a click on the axis button redraws it synchronously) and
//    the SVG's shape count.
//    The cold loads also give a breakdown of the time to the first step: navigation timing, the
//    resource timing of boot.js, the JS module and the wasm, and the performance.mark()s that
//    static/boot.js and the app (src/main.rs, src/app.rs) set at each start-up phase.
// Prints a Markdown table (medians over RUNS, default 5) for BENCHMARKS.md.
//   node tests/e2e/perf.mjs DIST RUNS cold    only the cold loads and their breakdown (no long run)
//   node tests/e2e/perf.mjs DIST RUNS cpu     the same, each load traced (CDP Tracing): the breakdown
//                                             also gives the page's main-thread CPU time per phase,
//                                             which other processes on a shared machine disturb far
//                                             less than the wall-clock times (the trace costs a little)
//   PERF_JSON=FILE node tests/e2e/perf.mjs …    also writes every cold load's phases to FILE
import { readdirSync, readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { startTrace } from './trace.mjs';

const DIST = resolve(process.argv[2] ?? 'dist');
const RUNS = Number(process.argv[3] ?? 5);
const CPU = process.argv[4] === 'cpu';
const COLD_ONLY = process.argv[4] === 'cold' || CPU;
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

// 1. sizes
const files = readdirSync(DIST).filter((f) => f.endsWith('.wasm') || f.endsWith('.js'));
let raw = 0;
let gz = 0;
const sizes = files.map((f) => {
  const b = readFileSync(join(DIST, f));
  const g = gzipSync(b, { level: 9 }).length;
  raw += b.length;
  gz += g;
  return `${f}: ${kb(b.length)} raw, ${kb(g)} gzipped`;
});

/** A run of 2 × `n` greenlet switches (one trace event each), about 6.5 steps a switch. */
const long = (n) => `from greenlet import greenlet

def ping():
    for i in range(${n}):
        g2.switch(i)

def pong(x):
    while True:
        x = g1.switch()

g1 = greenlet(ping)
g2 = greenlet(pong)
g1.switch()
print('done')
`;

const work = mkdtempSync(join(tmpdir(), 'coroscope-perf-'));
const server = await serve(DIST);
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
const firstStep = [];
const oneStep = [];
// Per run: [label, ms since navigation start] in the order the page reached them.
const phases = [];
// Per run (cpu mode): label -> main-thread CPU ms since navigation start, at each mark.
const cpuAt = [];
try {
  // 2. cold load to the first step, RUNS times, each in a fresh context
  for (let i = 0; i < RUNS; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await ctx.newPage();
    await page.addInitScript(() => {
      window.__firstStep = null;
      new MutationObserver(() => {
        if (window.__firstStep === null && document.querySelector('#source li.running')) {
          window.__firstStep = performance.now();
          performance.mark('first step shown');
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    const trace = CPU ? await traceMarks(page) : null;
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__firstStep !== null, null, { timeout: 60_000 });
    firstStep.push(await page.evaluate(() => window.__firstStep));
    await page
      .waitForFunction(() => performance.getEntriesByType('paint').some((p) => p.name === 'first-contentful-paint'), null, {
        timeout: 5_000,
      })
      .catch(() => {});
    if (trace) cpuAt.push(await trace.cpuAtMarks());
    phases.push(
      await page.evaluate(() => {
        const at = [];
        const nav = performance.getEntriesByType('navigation')[0];
        at.push(['HTML received', nav.responseEnd]);
        for (const r of performance.getEntriesByType('resource')) {
          const kind = r.name.endsWith('.wasm')
            ? 'wasm'
            : r.name.endsWith('/boot.js')
              ? 'boot.js'
              : r.name.endsWith('.js')
                ? 'JS module'
                : r.name.endsWith('.css')
                  ? 'CSS'
                  : null;
          if (kind) {
            at.push([`${kind} requested`, r.startTime]);
            at.push([`${kind} received`, r.responseEnd]);
          }
        }
        for (const m of performance.getEntriesByType('mark')) {
          if (m.name !== 'first step shown') at.push([`mark: ${m.name}`, m.startTime]);
        }
        at.push(['first step shown', window.__firstStep]);
        // The first paint with the app's text in it: the first step on the screen.
        for (const p of performance.getEntriesByType('paint')) {
          if (p.name === 'first-contentful-paint') at.push(['first contentful paint', p.startTime]);
        }
        return at;
      }),
    );
    // The first program shows as a preview and is made whole after the first paint (the
    // 'session started' mark, src/app.rs), then the engine's Python modules it imports are
    // compiled in a task of their own ('imports compiled'): one Step is timed after that, as a
    // person clicks. A click before them would also start the session (~11 ms of main-thread
    // CPU, in a cold load) and compile `import gevent`'s 75 KB of Python (~30 ms).
    await page
      .waitForFunction(() => performance.getEntriesByName('imports compiled').length > 0, null, { timeout: 2_000 })
      .catch(() => {});
    oneStep.push(
      await page.evaluate(() => {
        const t0 = performance.now();
        document.querySelector('#step').click();
        return performance.now() - t0;
      }),
    );
    await ctx.close();
  }

  console.log(`machine: ${cpus().length} CPUs, ${cpus()[0]?.model}; chromium headless; ${RUNS} runs, medians`);
  console.log('');
  console.log('| measure | result |');
  console.log('|---|---|');
  console.log(`| wasm + JS, gzipped (level 9) | ${kb(gz)} (${kb(raw)} raw) |`);
  console.log(`| cold page load → first step possible | ${median(firstStep).toFixed(0)} ms (runs: ${firstStep.map((x) => x.toFixed(0)).join(', ')}) |`);
  console.log(`| one Step (click → every view updated) | ${median(oneStep).toFixed(1)} ms |`);
  if (!COLD_ONLY) {
    console.log((await longRun(50_000)).join('\n'));
    console.log((await longRun(500_000)).join('\n'));
  }
  console.log('');
  console.log(sizes.map((s) => `- ${s}`).join('\n'));
  console.log('');
  printPhases();
  // For A/B comparisons over many runs: every cold load's phases, as JSON.
  if (process.env.PERF_JSON) writeFileSync(process.env.PERF_JSON, JSON.stringify({ firstStep, oneStep, phases }));
} finally {
  await browser.close().catch(() => {});
  await server.close();
  rmSync(work, { recursive: true, force: true });
}

/** The cold load's phases: the median time (ms since navigation start) each was reached, and the
 *  median time since the phase before. A label seen twice in a run (a second wasm fetch, a mark
 *  set twice) is numbered. */
function printPhases() {
  const runs = phases.map((at) => {
    const seen = new Map();
    return at.map(([label, t]) => {
      const n = (seen.get(label) ?? 0) + 1;
      seen.set(label, n);
      return [n > 1 ? `${label} #${n}` : label, t];
    });
  });
  const labels = [...new Set(runs.flat().map(([l]) => l))];
  const at = (run, l) => run.find(([x]) => x === l)?.[1];
  const rows = labels
    .map((l) => [l, median(runs.map((r) => at(r, l)).filter((t) => t !== undefined))])
    .sort((a, b) => a[1] - b[1]);
  console.log(`cold load, phase by phase (median over ${runs.length} loads; ms since navigation start):`);
  console.log('');
  if (!cpuAt.length) {
    console.log('| phase | at | since previous |');
    console.log('|---|---|---|');
    rows.forEach(([l, t], i) => {
      const d = i ? t - rows[i - 1][1] : t;
      console.log(`| ${l} | ${t.toFixed(1)} | ${d.toFixed(1)} |`);
    });
    return;
  }
  // The CPU column: the median over runs of the main thread's CPU time between this mark and
  // the mark before it (from navigation start for the first).
  console.log('| phase | at | since previous | main-thread CPU since the previous mark |');
  console.log('|---|---|---|---|');
  let before = null;
  rows.forEach(([l, t], i) => {
    const d = i ? t - rows[i - 1][1] : t;
    let cpu = '';
    if (cpuAt.every((c) => c.has(l))) {
      cpu = median(cpuAt.map((c) => c.get(l) - (before === null ? 0 : c.get(before)))).toFixed(1);
      before = l;
    }
    console.log(`| ${l} | ${t.toFixed(1)} | ${d.toFixed(1)} | ${cpu} |`);
  });
}

/** 3. A long run of 2 × `n` switches and the timeline's redraw: the table's rows. A run over
 *  the page's step budget (2,000,000 steps) goes on with Continue each time it stops. */
async function longRun(n) {
  const switches = (2 * n).toLocaleString('en');
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(server.url, { waitUntil: 'load' });
  await page.waitForSelector('#source li.running');
  await page.fill('#editor', long(n));
  // Long tasks (> 50 ms on the main thread) while it runs: the page should have none.
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__long.push(e.duration))).observe({
      type: 'longtask',
    });
  });
  const t0 = Date.now();
  await page.click('#run');
  for (;;) {
    // ended (the exit status shows), or stopped at the budget
    await page.waitForFunction(
      () => document.querySelector('#status')?.textContent?.length > 0 || !document.querySelector('#budget').hidden,
      null,
      { timeout: 300_000 },
    );
    if (await page.evaluate(() => document.querySelector('#status')?.textContent?.length > 0)) break;
    await page.click('#budget button');
  }
  const runMs = Date.now() - t0;
  const steps = Number(await page.getAttribute('#scrubber', 'max'));
  await page.waitForTimeout(100); // long-task entries arrive asynchronously
  const longTasks = await page.evaluate(() => window.__long);
  // Each click on the axis button (turns -> steps -> virtual time -> turns) redraws it all.
  const redraws = new Map();
  for (let i = 0; i < RUNS * 3; i++) {
    const [axis, ms] = await page.evaluate(() => {
      const t = performance.now();
      document.querySelector('#axis').click();
      return [document.querySelector('#axis').textContent, performance.now() - t];
    });
    redraws.set(axis, [...(redraws.get(axis) ?? []), ms]);
  }
  const shapes = await page.evaluate(() => document.querySelectorAll('#timeline *').length);
  const seek = await page.evaluate(() => {
    const t = performance.now();
    const s = document.querySelector('#scrubber');
    s.value = String(Math.floor(Number(s.max) / 3));
    s.dispatchEvent(new Event('input'));
    return performance.now() - t;
  });
  await ctx.close();

  const all = [...redraws.values()].flat();
  const each = [...redraws.entries()].map(([axis, ms]) => `${axis}: ${median(ms).toFixed(1)}`).join('; ');
  return [
    `| ${switches} switches: Run to end, ${steps.toLocaleString('en')} steps | ${(runMs / 1000).toFixed(1)} s (${((steps / runMs) * 1000 / 1e6).toFixed(2)} M steps/s, in 8 ms slices) |`,
    `| ${switches} switches: main-thread tasks over 50 ms during Run to end | ${longTasks.length}${longTasks.length ? ` (longest ${Math.max(...longTasks).toFixed(0)} ms)` : ''} |`,
    `| ${switches} switches: full timeline redraw | ${median(all).toFixed(1)} ms (max ${Math.max(...all).toFixed(1)}; by axis, ${each}; ${shapes} SVG elements) |`,
    `| ${switches} switches: scrub to step ${Math.floor(steps / 3).toLocaleString('en')} (seek back + views) | ${seek.toFixed(1)} ms |`,
  ];
}

/** Trace `page` from now on. `cpuAtMarks()` stops the trace and gives, for each
 *  performance.mark() of the page, the main thread's CPU time (ms) since navigation start: the
 *  thread time of the tasks before the first mark, then the thread-time stamps of the marks. */
async function traceMarks(page) {
  const trace = await startTrace(page, 'devtools.timeline,blink.user_timing,disabled-by-default-devtools.timeline');
  return {
    async cpuAtMarks() {
      const events = await trace.stop();
      const marks = events
        .filter((e) => e.cat === 'blink.user_timing' && e.ph === 'I' && e.args?.data?.startTime !== undefined)
        .sort((a, b) => a.ts - b.ts);
      const at = new Map();
      if (!marks.length) return at;
      const { pid, tid } = marks[0];
      const navs = events.filter((e) => e.name === 'navigationStart' && e.pid === pid);
      const start = navs.length ? navs[navs.length - 1].ts : marks[0].ts;
      // Top-level tasks of the main thread between navigation start and the first mark.
      let end = 0;
      let cpu = 0;
      for (const t of events
        .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask')
        .sort((a, b) => a.ts - b.ts)) {
        if (t.ts >= end && t.ts >= start && t.ts < marks[0].ts) cpu += (t.tdur ?? t.dur) / 1000;
        end = Math.max(end, t.ts + t.dur);
      }
      for (const m of marks) {
        const label = m.name === 'first step shown' ? m.name : `mark: ${m.name}`;
        at.set(label, cpu + (m.tts - marks[0].tts) / 1000);
      }
      return at;
    },
  };
}
