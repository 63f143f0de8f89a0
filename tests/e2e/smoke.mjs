// End-to-end smoke test of the built app (dist/, from `trunk build --release`) in headless
// Chromium through playwright-core. Never downloads a browser: it uses /usr/bin/chromium (or
// $CHROMIUM). Prints one line per check and a closing `e2e: N passed, M failed`.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const DIST = resolve(process.argv[2] ?? 'dist');
const PROGRAM = 'art02_greenlet_eat_play';
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (err) {
    failed++;
    console.log(`FAIL ${name}\n     ${String(err?.stack ?? err).split('\n').join('\n     ')}`);
  }
}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

const work = mkdtempSync(join(tmpdir(), 'coroscope-e2e-'));
const screenshot = join(work, 'smoke.png');
const errors = [];
let server;
let browser; // a persistent context: it owns its own browser
try {
  statSync(join(DIST, 'index.html')); // a clear error if the build is missing
  server = await serve(DIST);
  // A fresh profile directory for every run.
  browser = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 900 },
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => errors.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });

  await check('page loads and the wasm app mounts', async () => {
    await page.goto(server.url, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForSelector('#gallery button[data-program]', { timeout: 30_000 });
  });
  await check('title is "coroscope" with a Chinese subtitle', async () => {
    assert((await page.title()) === 'coroscope', `document title: ${await page.title()}`);
    assert((await page.textContent('h1')) === 'coroscope', 'h1');
    const sub = await page.textContent('.subtitle');
    assert(/[\u4e00-\u9fff]/.test(sub ?? ''), `subtitle: ${sub}`);
  });
  await check(`gallery lists ${PROGRAM}`, async () => {
    const names = await page.$$eval('#gallery button[data-program]', (bs) => bs.map((b) => b.dataset.program));
    assert(names.includes(PROGRAM), `gallery: ${names.join(', ')}`);
  });
  await check(`picking ${PROGRAM} loads it into the editor`, async () => {
    await page.click(`#gallery button[data-program="${PROGRAM}"]`);
    assert((await page.textContent('.file-name')) === `${PROGRAM}.py`, 'file name');
    const src = await page.inputValue('#editor');
    assert(src.includes('greenlet'), `editor: ${src.slice(0, 80)}`);
  });
  await check('Run puts text into the console and the timeline', async () => {
    await page.click('#run');
    await page.waitForFunction(() => document.querySelector('#console')?.textContent?.length > 0, null, {
      timeout: 30_000,
    });
    const consoleText = await page.textContent('#console');
    assert(/\[(exit code|stopped)/.test(consoleText), `console: ${consoleText}`);
    assert(((await page.textContent('#timeline')) ?? '').length > 0, 'timeline is empty');
    console.log(`     console: ${JSON.stringify(consoleText.slice(0, 200))}`);
  });
  // The engine really ran in the browser: the output matches the program's recorded stdout.
  const expectedOut = resolve('programs', `${PROGRAM}.out`);
  if (existsSync(expectedOut)) {
    await check(`stdout matches programs/${PROGRAM}.out`, async () => {
      const want = readFileSync(expectedOut, 'utf8');
      const got = (await page.textContent('#console .stdout')) ?? '';
      assert(got === want, `stdout:\n${got}\nexpected:\n${want}`);
    });
  }
  await check('screenshot', async () => {
    await page.screenshot({ path: screenshot, fullPage: true });
    assert(statSync(screenshot).size > 1000, 'screenshot is tiny');
    console.log(`     ${screenshot}`);
  });
  await check('no console errors', async () => {
    assert(errors.length === 0, errors.join('\n'));
  });
} catch (err) {
  failed++;
  console.log(`FAIL setup\n     ${err?.stack ?? err}`);
} finally {
  await browser?.close().catch(() => {});
  await server?.close().catch(() => {});
  rmSync(join(work, 'profile'), { recursive: true, force: true });
}

console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
