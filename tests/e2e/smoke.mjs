// End-to-end test of the built app (dist/, from `trunk build --release`) in headless Chromium
// through playwright-core. Never downloads a browser: it uses /usr/bin/chromium (or $CHROMIUM).
// Steps through programs/art04_gevent_eat_play.py and checks the lane in control at each switch
// against its oracle trace, the highlighted line, stepping back, the console, the keyboard, a
// permalink, a damaged link, a syntax error, the language switch, a language test fetched on
// demand (programs/feat_*.py are not in the wasm), the SVG/PNG export, the step
// budget and presentation mode, then saves screenshots. Prints one line per check and a closing
// `e2e: N passed, M failed`. Screenshots go to $E2E_OUT (default: a fresh temporary directory).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { startTrace } from './trace.mjs';

const DIST = resolve(process.argv[2] ?? 'dist');
const PROGRAM = 'art04_gevent_eat_play';
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

let passed = 0;
let failed = 0;
async function check(name, fn) {
  // E2E_ONLY=regex runs only the matching checks (and the closing one), for quick iterations.
  if (process.env.E2E_ONLY && name !== 'no console errors' && !new RegExp(process.env.E2E_ONLY).test(name)) return;
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
const out = process.env.E2E_OUT ? resolve(process.env.E2E_OUT) : work;
mkdirSync(out, { recursive: true });
const errors = [];
let server;
let browser; // a persistent context: it owns its own browser

// The oracle's trace: the lane that receives control at each switch, in order.
const oracleSwitches = readFileSync(resolve('programs', `${PROGRAM}.trace`), 'utf8')
  .split('\n')
  .map((l) => l.match(/ switch (\S+) -> (\S+)/))
  .filter(Boolean)
  .map((m) => m[2]);
const expectedOut = readFileSync(resolve('programs', `${PROGRAM}.out`), 'utf8');

// Markup that must stay text wherever the program's text appears.
const IMG = '<img src=x onerror="window.__pwned=1;alert(1)">';
const SCRIPT = '<script>window.__pwned=2;alert(2)</script>';
// It prints the markup, names its greenlet with it, passes it to the greenlet (a local there) and
// gets back an object whose repr (printed) is the markup.
const XSS_PROGRAM = `from greenlet import greenlet

P = '${IMG}'
S = '${SCRIPT}'

class Evil:
    def __repr__(self):
        return P + S

def run(x):
    print(P, S)
    main.switch(Evil())

main = greenlet.getcurrent()
g = greenlet(run)
g._coroscope_label = P + S
v = g.switch(P + S)
print(repr(v))
`;

/** A permalink hash, as src/permalink.rs writes it. */
function linkHash(example, step, source) {
  return `v1.${deflateRawSync(Buffer.from(`${example}\n${step}\n${source}`), { level: 9 }).toString('base64url')}`;
}

/**
 * Traps set before the page's own scripts: every dialog is counted (in node), every <img>,
 * <script>, <iframe>, <object>, <embed> or on* attribute that appears in the DOM is recorded
 * (except the page's own loader), and CSP violations are recorded.
 */
/** Trace `page` from now on. `cpuMs()` stops the trace and gives the main-thread
 *  CPU time (ms) of each task the page ran meanwhile: the top-level `RunTask`s of its renderer's
 *  main thread, thread time rather than wall-clock time. */
async function traceTasks(page) {
  // RunTask is in a category the devtools panel turns on itself.
  const trace = await startTrace(page, 'devtools.timeline,disabled-by-default-devtools.timeline');
  return {
    async cpuMs() {
      const events = await trace.stop();
      // Other pages of the browser may have a renderer too: the page's is the busiest.
      const byThread = new Map();
      for (const e of events) {
        if (e.ph !== 'X' || e.name !== 'RunTask') continue;
        const key = `${e.pid}:${e.tid}`;
        if (!byThread.has(key)) byThread.set(key, []);
        byThread.get(key).push(e);
      }
      const mains = new Set(
        events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
      );
      const busiest = [...byThread.entries()]
        .filter(([key]) => mains.has(key))
        .map(([, tasks]) => tasks)
        .sort((a, b) => b.reduce((n, t) => n + t.dur, 0) - a.reduce((n, t) => n + t.dur, 0))[0] ?? [];
      return busiest.map((t) => (t.tdur ?? t.dur) / 1000);
    },
  };
}

async function setTraps(p) {
  await p.addInitScript(() => {
    window.__created = [];
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    const suspicious = (e) =>
      ['IMG', 'SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(e.tagName.toUpperCase()) ||
      [...e.attributes].some((a) => a.name.toLowerCase().startsWith('on'));
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n.nodeType !== 1) continue;
          for (const e of [n, ...n.querySelectorAll('*')]) {
            if (suspicious(e) && !(e.tagName === 'SCRIPT' && /\/boot\.js$/.test(e.src))) {
              window.__created.push(e.outerHTML.slice(0, 120));
            }
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

/** What the page shows: step counter, lane in control, running line and its tag, console. */
async function view(page) {
  return page.evaluate(() => {
    const running = document.querySelector('#source li.running');
    return {
      counter: document.querySelector('#counter')?.textContent ?? '',
      step: Number(document.querySelector('#scrubber')?.value ?? -1),
      known: Number(document.querySelector('#scrubber')?.max ?? -1),
      lane: document.querySelector('#narration')?.dataset.lane ?? '',
      narration: document.querySelector('#narration')?.textContent ?? '',
      line: running ? Number(running.dataset.line) : null,
      tag: running?.querySelector('.tag')?.textContent ?? null,
      console: [...document.querySelectorAll('#console span:not([hidden])')].map((s) => s.textContent).join(''),
    };
  });
}

try {
  statSync(join(DIST, 'index.html')); // a clear error if the build is missing
  server = await serve(DIST);
  // A fresh profile directory for every run.
  browser = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath,
    headless: true,
    acceptDownloads: true,
    locale: 'en-US',
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
    viewport: { width: 1400, height: 900 },
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  const watch = (p) => {
    p.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
    });
    p.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
    p.on('requestfailed', (req) => errors.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
    p.on('response', (res) => {
      if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
    });
  };
  watch(page);

  await check('page loads and the wasm app mounts at step 0 of the default example', async () => {
    await page.goto(server.url, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForSelector('#source li.running', { timeout: 30_000 });
    assert((await page.textContent('.file-name')) === `${PROGRAM}.py`, 'file name');
    const v = await view(page);
    assert(v.step === 0 && v.lane === 'main' && v.line === 1, JSON.stringify(v));
  });
  await check('title is "coroscope" with a subtitle', async () => {
    assert((await page.title()) === 'coroscope', `document title: ${await page.title()}`);
    assert((await page.textContent('h1')) === 'coroscope', 'h1');
    assert(((await page.textContent('.subtitle')) ?? '').length > 0, 'subtitle');
  });
  await check(`Next switch follows programs/${PROGRAM}.trace: main -> ${oracleSwitches.slice(0, 5).join(' -> ')} …`, async () => {
    await page.click(`#gallery button[data-program="${PROGRAM}"]`);
    const seen = [];
    for (let i = 0; i < oracleSwitches.length; i++) {
      await page.click('#next-switch');
      const v = await view(page);
      seen.push(v.lane);
      assert(/switches to|finishes/.test(v.narration), `narration at switch ${i}: ${v.narration}`);
    }
    assert(JSON.stringify(seen) === JSON.stringify(oracleSwitches), `lanes ${seen.join(' ')}\noracle ${oracleSwitches.join(' ')}`);
  });
  await check('stepping into eat#1 highlights its line in eat() in its lane colour', async () => {
    await page.click('#reset');
    await page.click('#next-switch'); // -> hub
    await page.click('#next-switch'); // -> eat#1
    let v = await view(page);
    assert(v.lane === 'eat#1', JSON.stringify(v));
    for (let i = 0; i < 100 && v.tag !== 'eat#1'; i++) {
      await page.click('#step');
      v = await view(page);
    }
    assert(v.tag === 'eat#1' && v.line >= 3 && v.line <= 6, JSON.stringify(v));
    // main still shows where it waits: g1.join() on line 15
    const main15 = await page.$eval('#source li[data-line="15"]', (li) => li.className + ' ' + li.textContent);
    assert(/\bat\b/.test(main15) && main15.includes('main'), main15);
    const colour = await page.$eval('#source li.running', (li) => getComputedStyle(li).borderLeftColor);
    assert(colour !== 'rgba(0, 0, 0, 0)', `lane colour: ${colour}`);
  });
  await check('Back steps back one step, and the console follows the cursor', async () => {
    // From eat#1's start, step until it prints its first line, then step back before it.
    await page.click('#reset');
    let v = await view(page);
    assert(v.console === '', `console at step 0: ${JSON.stringify(v.console)}`);
    await page.click('#next-switch');
    await page.click('#next-switch');
    v = await view(page);
    for (let i = 0; i < 500 && v.console === ''; i++) {
      await page.click('#step');
      v = await view(page);
    }
    assert(v.console === 'egon eat 1\n', JSON.stringify(v));
    await page.click('#back');
    const w = await view(page);
    assert(w.step === v.step - 1 && w.console === '', JSON.stringify(w));
  });
  await check(`Run to end: the console matches programs/${PROGRAM}.out`, async () => {
    await page.click('#run');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.length > 0, null, {
      timeout: 30_000,
    });
    const v = await view(page);
    assert(v.console === expectedOut, `stdout:\n${v.console}\nexpected:\n${expectedOut}`);
    assert(v.step === v.known, JSON.stringify(v));
  });
  await check('clicking a console line seeks to the step that printed it', async () => {
    await page.click('#console span:nth-child(2)');
    const v = await view(page);
    assert(v.console === 'egon eat 1\negon play 1\n', JSON.stringify(v));
  });
  await check('clicking the timeline seeks there', async () => {
    const box = await page.locator('#timeline').boundingBox();
    await page.mouse.click(box.x + box.width * 0.6, box.y + box.height / 2);
    const v = await view(page);
    assert(v.step > 0 && v.step < v.known, JSON.stringify(v));
  });
  await check('timeline zoom (buttons, +/- keys) and drag to pan; a click still seeks to the step under it', async () => {
    await page.click('#axis'); // turns -> steps: x is proportional to the step
    const vb = () => page.$eval('#timeline', (s) => s.viewBox.baseVal.width);
    const firstTick = () => page.$eval('#timeline text', (t) => t.textContent);
    const cursorX = () =>
      page.$eval('#timeline .cursor line', (l) => {
        const r = l.getBoundingClientRect();
        return r.left + r.width / 2;
      });
    assert((await firstTick()) === '0', `first tick before zooming: ${await firstTick()}`);
    await page.click('#zoom-in');
    await page.click('#zoom-in');
    await page.click('h1');
    await page.keyboard.press('+'); // 8x
    const zoomedTick = await firstTick();
    assert(zoomedTick !== '0', `zoomed in, the axis starts later: ${zoomedTick}`);
    const box = await page.locator('#timeline').boundingBox();
    const plotCss = (box.width * ((await vb()) - 104 - 14)) / (await vb());
    const known = (await view(page)).known;
    const halfGap = (plotCss * 8) / known / 2;
    for (const at of [0.3, 0.5, 0.85]) {
      const x = box.x + box.width * at;
      await page.mouse.click(x, box.y + box.height / 2);
      const cx = await cursorX();
      assert(Math.abs(cx - x) <= halfGap + 1.5, `click at ${x.toFixed(1)}: cursor at ${cx.toFixed(1)} (half a step: ${halfGap.toFixed(2)} px)`);
    }
    // a drag pans (and does not seek)
    const before = await view(page);
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(box.x + box.width * (0.6 - i * 0.05), box.y + box.height / 2);
    await page.mouse.up();
    assert((await firstTick()) !== zoomedTick, 'the drag moved the window');
    assert((await view(page)).step === before.step, 'the drag did not seek');
    await page.keyboard.press('-');
    await page.keyboard.press('0');
    assert((await firstTick()) === '0', 'key 0 shows the whole run');
    await page.click('#axis');
    await page.click('#axis'); // back to turns
  });
  await check('keyboard: → ← Shift+→ Shift+← Home End Space ?', async () => {
    await page.click('h1'); // focus out of any control
    await page.keyboard.press('Home');
    assert((await view(page)).step === 0, 'Home');
    await page.keyboard.press('ArrowRight');
    assert((await view(page)).step === 1, 'ArrowRight');
    await page.keyboard.press('ArrowLeft');
    assert((await view(page)).step === 0, 'ArrowLeft');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    assert((await view(page)).lane === oracleSwitches[1], 'Shift+ArrowRight twice');
    await page.keyboard.press('Shift+ArrowLeft');
    assert((await view(page)).lane === oracleSwitches[0], 'Shift+ArrowLeft');
    await page.keyboard.press('End');
    const end = await view(page);
    assert(end.step === end.known, `End: ${JSON.stringify(end)}`);
    await page.keyboard.press('Home');
    await page.selectOption('#speed', 'st100');
    await page.click('h1');
    await page.keyboard.press(' ');
    await page.waitForFunction(() => Number(document.querySelector('#scrubber').value) > 5, null, { timeout: 10_000 });
    await page.keyboard.press(' ');
    const a = (await view(page)).step;
    await page.waitForTimeout(200);
    assert((await view(page)).step === a, 'Space pauses');
    await page.keyboard.press('?');
    assert(await page.isVisible('#help-panel'), 'help panel');
    await page.keyboard.press('Escape');
    assert(!(await page.isVisible('#help-panel')), 'Escape closes the help panel');
  });
  await check('Play at 4 switches per second moves from turn to turn, then Pause', async () => {
    await page.keyboard.press('Home');
    await page.selectOption('#speed', 'sw4');
    await page.click('#play');
    await page.waitForFunction(() => document.querySelector('#narration')?.dataset.lane === 'eat#1', null, { timeout: 10_000 });
    assert((await page.getAttribute('#narration', 'aria-live')) === 'off', 'narration is quiet while playing');
    await page.click('#play');
    assert((await page.getAttribute('#narration', 'aria-live')) === 'polite', 'narration speaks when paused');
    const v = await view(page);
    assert(/switches to|finishes/.test(v.narration), `paused on a switch: ${v.narration}`);
  });
  let linkState;
  await check('a permalink opens the same program at the same step', async () => {
    await page.keyboard.press('Home');
    for (let i = 0; i < 3; i++) await page.click('#next-switch');
    await page.click('#step');
    linkState = await view(page);
    await page.click('#permalink');
    const url = page.url();
    assert(url.includes('#v1.'), url);
    const other = await browser.newPage();
    watch(other);
    await other.goto(url, { waitUntil: 'load' });
    await other.waitForSelector('#source li', { timeout: 30_000 });
    await other.waitForFunction((s) => Number(document.querySelector('#scrubber')?.value) === s, linkState.step, { timeout: 10_000 });
    const v = await view(other);
    assert(v.step === linkState.step && v.lane === linkState.lane && v.line === linkState.line, `${JSON.stringify(v)}\n${JSON.stringify(linkState)}`);
    await other.close();
  });
  await check('a damaged permalink opens the default example with a message', async () => {
    const other = await browser.newPage();
    watch(other);
    await other.goto(`${server.url}#v1.this-is-not-a-program`, { waitUntil: 'load' });
    await other.waitForSelector('#source li', { timeout: 30_000 });
    const notice = await other.textContent('#notice');
    assert(/damaged|损坏/.test(notice ?? ''), `notice: ${notice}`);
    assert((await other.textContent('.file-name')) === `${PROGRAM}.py`, 'default example');
    await other.close();
  });
  await check('a syntax error shows its line and column', async () => {
    await page.fill('#editor', "print('hi')\ndef f(:\n    pass\n");
    const n = await page.textContent('#narration');
    assert(/SyntaxError at line 2, column \d+/.test(n ?? ''), `narration: ${n}`);
    assert((await page.getAttribute('#source li.error', 'data-line')) === '2', 'error line marked');
    assert((await page.textContent('.editor .code-layer .syntax-error-at')) === ':', 'the editor marks the column');
    const c = await page.textContent('#console');
    assert(c.includes('SyntaxError'), c);
  });
  await check('edits autosave and come back after a reload', async () => {
    await page.fill('#editor', "print('saved edit')\n");
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForSelector('#source li', { timeout: 30_000 });
    assert((await page.inputValue('#editor')) === "print('saved edit')\n", 'editor after reload');
    assert(((await page.textContent('#notice')) ?? '').length > 0, 'restored notice');
    await page.click(`#gallery button[data-program="${PROGRAM}"]`);
  });
  await check('an endless loop stops at the step budget, the page stays responsive, Continue goes on', async () => {
    await page.fill('#editor', 'n = 0\nwhile True:\n    n += 1\n');
    await page.click('#run');
    const t0 = Date.now();
    await page.evaluate(() => 1); // answered between two slices
    const answered = Date.now() - t0;
    assert(answered < 500, `page blocked for ${answered} ms`);
    await page.waitForSelector('#budget:not([hidden])', { timeout: 60_000 });
    const known = (await view(page)).known;
    assert(known === 2_000_000, `stopped at ${known}`);
    await page.click('#continue');
    await page.waitForFunction(() => Number(document.querySelector('#scrubber').max) === 4_000_000, null, { timeout: 60_000 });
    await page.click(`#gallery button[data-program="${PROGRAM}"]`);
  });
  await check('the language switches to Chinese and back', async () => {
    const en = await page.textContent('#step');
    await page.click('#language');
    const zh = await page.textContent('#step');
    assert(/[\u4e00-\u9fff]/.test(zh ?? '') && zh !== en, `${en} / ${zh}`);
    assert((await page.getAttribute('html', 'lang')) === 'zh-Hans', 'html lang');
    await page.click('#next-switch');
    const n = await page.textContent('#narration');
    assert(n.includes('切换到'), n);
    await page.click('#language');
    assert((await page.textContent('#step')) === en, 'back to English');
  });
  await check('the gallery: titles by group, the selected example explained above the code at 1366x768, zh and en', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const art02 = '#gallery button[data-program="art02_greenlet_eat_play"]';
    const zhFirst = (await page.getAttribute('html', 'lang')) === 'zh-Hans';
    if (zhFirst) await page.click('#language');
    await page.click(art02);
    const groups = await page.$$eval('#gallery .gallery-group', (gs) => gs.map((g) => g.dataset.group));
    assert(JSON.stringify(groups) === '["article","extra","tests"]', groups.join(' '));
    assert((await page.textContent(art02)) === 'greenlet: switching between tasks', await page.textContent(art02));
    const box = await page.$eval('#program-about', (e) => e.getBoundingClientRect().toJSON());
    assert(await page.isVisible('#program-about') && box.top >= 0 && box.top + 60 < 768, JSON.stringify(box));
    assert((await page.textContent('#program-about .about-title')) === 'greenlet: switching between tasks', 'explanation title');
    await page.click('#language');
    assert((await page.textContent(art02)) === 'greenlet 实现状态切换', await page.textContent(art02));
    assert((await page.textContent('#program-about')).includes('greenlet模块'), await page.textContent('#program-about'));
    if (!zhFirst) await page.click('#language');
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.click(`#gallery button[data-program="${PROGRAM}"]`);
  });
  await check('a language test is fetched from dist/programs/ when picked, runs like CPython, and its edit comes back after a reload', async () => {
    const feat = 'feat_gen_send_return';
    const source = readFileSync(resolve('programs', `${feat}.py`), 'utf8');
    const expected = readFileSync(resolve('programs', `${feat}.out`), 'utf8');
    const savedBefore = await page.evaluate(() => localStorage.getItem('coroscope.edit'));
    await page.$eval('#gallery details[data-group="tests"]', (d) => (d.open = true));
    // Its text is not in the wasm: picking it asks the server for programs/<name>.py.
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/programs/${feat}.py`), { timeout: 10_000 }),
      page.click(`#gallery button[data-program="${feat}"]`),
    ]);
    assert(response.status() === 200, `HTTP ${response.status()}`);
    await page.waitForFunction((f) => document.querySelector('.file-name')?.textContent === `${f}.py`, feat, { timeout: 10_000 });
    assert((await page.inputValue('#editor')) === source, 'the editor holds the fetched text');
    assert(!(await page.$(`#gallery button[data-program="${feat}"][aria-busy]`)), 'still marked as loading');
    await page.click('#run');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.length > 0, null, { timeout: 30_000 });
    const v = await view(page);
    assert(v.console === expected, `stdout:\n${v.console}\nexpected:\n${expected}`);
    // An edit of it is saved, and restored after a reload although its original is not embedded.
    const edited = `${source}print('edited')\n`;
    await page.fill('#editor', edited);
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForSelector('#source li', { timeout: 30_000 });
    assert((await page.textContent('.file-name')) === `${feat}.py`, await page.textContent('.file-name'));
    assert((await page.inputValue('#editor')) === edited, 'the edit after the reload');
    // Leave the saved edit as the checks after this one expect it.
    await page.evaluate((saved) => (saved === null ? localStorage.removeItem('coroscope.edit') : localStorage.setItem('coroscope.edit', saved)), savedBefore);
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForSelector('#source li', { timeout: 30_000 });
    await page.click(`#gallery button[data-program="${PROGRAM}"]`);
  });
  await check('a language test that cannot be fetched leaves the code shown and says so', async () => {
    const feat = 'feat_gen_basics';
    const url = `**/programs/${feat}.py`;
    await page.route(url, (route) => route.fulfill({ status: 404, body: 'not found' }));
    const errorsBefore = errors.length;
    try {
      await page.$eval('#gallery details[data-group="tests"]', (d) => (d.open = true));
      await page.click(`#gallery button[data-program="${feat}"]`);
      await page.waitForFunction(() => document.querySelector('#narration')?.classList.contains('error'), null, { timeout: 10_000 });
      const said = await page.textContent('#narration');
      assert(said.includes(`${feat}.py`) && said.includes('404'), said);
      assert((await page.textContent('#notice')) === said, 'the notice says it too');
      assert((await page.textContent('.file-name')) === `${PROGRAM}.py`, await page.textContent('.file-name'));
      await page.click('#step');
      assert((await view(page)).step === 1, 'the program shown still steps');
    } finally {
      await page.unroute(url);
      // The 404 was the point, not an error of the page (Chromium also logs it, without the URL).
      const expected = (e) => e.includes(`/programs/${feat}.py`) || /Failed to load resource.* 404 /.test(e);
      for (let i = errors.length - 1; i >= errorsBefore; i--) if (expected(errors[i])) errors.splice(i, 1);
    }
    await page.click(`#gallery button[data-program="${PROGRAM}"]`);
  });
  await check('export the timeline as SVG and PNG', async () => {
    await page.click('#run');
    const [svgDl] = await Promise.all([page.waitForEvent('download'), page.click('#export-svg')]);
    const svgPath = join(out, 'timeline.svg');
    await svgDl.saveAs(svgPath);
    const svg = readFileSync(svgPath, 'utf8');
    assert(svg.startsWith('<svg') && svg.includes('>eat#1<') && svg.includes('http://www.w3.org/2000/svg'), svg.slice(0, 200));
    const [pngDl] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const pngPath = join(out, 'timeline.png');
    await pngDl.saveAs(pngPath);
    const png = readFileSync(pngPath);
    assert(png.subarray(1, 4).toString() === 'PNG' && png.length > 5000, `png: ${png.length} bytes`);
    console.log(`     ${svgPath}\n     ${pngPath}`);
  });
  await check('screenshots: normal and presentation mode (200 %, high contrast)', async () => {
    await page.keyboard.press('Home');
    for (let i = 0; i < 4; i++) await page.click('#next-switch');
    for (let i = 0; i < 3; i++) await page.click('#step');
    await page.screenshot({ path: join(out, 'smoke.png'), fullPage: true });
    await page.click('#present');
    await page.selectOption('#font-size', '150');
    await page.click('#contrast');
    await page.click('h1');
    await page.screenshot({ path: join(out, 'present.png'), fullPage: false });
    assert(statSync(join(out, 'smoke.png')).size > 10_000, 'screenshot is tiny');
    await page.selectOption('#font-size', '200');
    await page.screenshot({ path: join(out, 'present200.png'), fullPage: false });
    console.log(`     ${join(out, 'smoke.png')}\n     ${join(out, 'present.png')}\n     ${join(out, 'present200.png')}`);
  });
  await check('?embed=1 shows only the code, the controls and the timeline, and they work', async () => {
    const other = await browser.newPage();
    watch(other);
    await other.setViewportSize({ width: 1200, height: 700 });
    await other.goto(`${server.url}?embed=1`, { waitUntil: 'load' });
    await other.waitForSelector('#source li.running', { timeout: 30_000 });
    for (const sel of ['#source', '#step', '#next-switch', '#scrubber', '#timeline']) {
      assert(await other.isVisible(sel), `${sel} is visible`);
    }
    for (const sel of ['h1', '#gallery', '#program-about', '#editor', '#console', '#frames', '#narration', '#permalink']) {
      assert(!(await other.isVisible(sel)), `${sel} is hidden`);
    }
    await other.click('#next-switch');
    await other.click('#next-switch');
    assert((await view(other)).lane === oracleSwitches[1], 'Next switch works');
    await other.screenshot({ path: join(out, 'embed.png') });
    console.log(`     ${join(out, 'embed.png')}`);
    await other.close();
  });
  await check('a Content-Security-Policy is in force: an injected inline script does not run', async () => {
    const other = await browser.newPage();
    await setTraps(other);
    await other.goto(server.url, { waitUntil: 'load' });
    await other.waitForSelector('#source li', { timeout: 30_000 });
    const csp = await other.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
    assert(/script-src 'self' 'wasm-unsafe-eval'/.test(csp) && !/unsafe-inline'[^;]*;?\s*$/.test(csp.split('script-src')[1].split(';')[0]), csp);
    const before = await other.evaluate(() => window.__csp.length);
    assert(before === 0, `violations while loading: ${await other.evaluate(() => window.__csp.join('; '))}`);
    const ran = await other.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.head.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return window.__inline === 1;
    });
    assert(!ran, 'an inline script ran');
    assert((await other.evaluate(() => window.__csp.length)) > 0, 'no CSP violation reported');
    await other.close();
  });
  await check('markup in code, output, a greenlet name, a repr and a permalink stays text: nothing runs', async () => {
    const other = await browser.newPage();
    watch(other);
    await setTraps(other);
    let dialogs = 0;
    other.on('dialog', (d) => {
      dialogs++;
      d.dismiss().catch(() => {});
    });
    await other.goto(server.url, { waitUntil: 'load' });
    await other.waitForSelector('#source li', { timeout: 30_000 });
    await other.fill('#editor', XSS_PROGRAM);
    await other.click('#run');
    await other.waitForFunction(() => document.querySelector('#status')?.textContent?.length > 0, null, { timeout: 30_000 });
    const text = (sel) => other.$eval(sel, (e) => e.textContent);
    assert((await text('#source')).includes(IMG), 'code shown as text');
    assert((await text('#console')).includes(`${IMG} ${SCRIPT}`), `output: ${await text('#console')}`);
    const labels = await other.$$eval('#timeline .lane-label', (ts) => ts.map((t) => t.textContent));
    assert(labels.some((l) => l.startsWith(IMG + SCRIPT)), `lane labels: ${labels}`);
    assert((await text('#legend')).includes(IMG + SCRIPT), 'legend');
    // main switched back: the greenlet waits in run() with x = Evil()
    await other.click('#reset');
    await other.click('#next-switch');
    await other.click('#next-switch');
    assert((await text('#frames')).includes(`x = '${IMG}`), `frames: ${await text('#frames')}`);
    // a permalink whose example name holds markup is refused as damaged
    await other.goto(`${server.url}?again#${linkHash(IMG + SCRIPT, 3, 'print(1)\n')}`, { waitUntil: 'load' });
    await other.waitForSelector('#source li', { timeout: 30_000 });
    assert(/damaged/.test(await text('#notice')), `notice: ${await text('#notice')}`);
    assert((await text('.file-name')) === `${PROGRAM}.py`, `file name: ${await text('.file-name')}`);
    // a permalink whose code holds it opens, as text
    await other.goto(`${server.url}?more#${linkHash(PROGRAM, 3, `print('${IMG}${SCRIPT}')\n`)}`, { waitUntil: 'load' });
    await other.waitForSelector('#source li', { timeout: 30_000 });
    assert((await text('#source')).includes(IMG + SCRIPT), 'linked code shown as text');
    await other.click('#run');
    assert((await text('#console')).includes(IMG + SCRIPT), 'linked program output');
    const created = await other.evaluate(() => window.__created);
    const pwned = await other.evaluate(() => window.__pwned);
    const csp = await other.evaluate(() => window.__csp);
    assert(dialogs === 0 && pwned === undefined, `dialogs ${dialogs}, __pwned ${pwned}`);
    assert(created.length === 0, `elements created: ${created.join('\n')}`);
    assert(csp.length === 0, `CSP violations: ${csp.join('; ')}`);
    await other.close();
  });
  await check('a link never silently replaces an edit saved in this browser: it is kept and comes back', async () => {
    const other = await browser.newPage();
    watch(other);
    await other.goto(server.url, { waitUntil: 'load' });
    await other.waitForSelector('#source li', { timeout: 30_000 });
    const mine = "print('my unsaved work')\n";
    await other.fill('#editor', mine);
    // a link with other code: the edit is offered back
    await other.goto(`${server.url}?link#${linkHash(PROGRAM, 0, "print('from a link')\n")}`, { waitUntil: 'load' });
    await other.waitForSelector('#source li', { timeout: 30_000 });
    assert((await other.inputValue('#editor')) === "print('from a link')\n", 'the link opens');
    assert(await other.isVisible('#kept'), 'the kept edit is offered');
    // editing the linked code (which autosaves) does not lose the kept edit
    await other.fill('#editor', "print('from a link, edited')\n");
    await other.click('#restore-edit');
    assert((await other.inputValue('#editor')) === mine, `restored: ${await other.inputValue('#editor')}`);
    assert(!(await other.isVisible('#kept')), 'the offer is gone');
    // a link with the same code as the saved edit asks nothing
    await other.goto(`${server.url}?same#${linkHash(PROGRAM, 0, mine)}`, { waitUntil: 'load' });
    await other.waitForSelector('#source li', { timeout: 30_000 });
    assert(!(await other.isVisible('#kept')), 'nothing to keep');
    await other.close();
  });
  await check('no task takes the main thread over 50 ms of CPU while an endless printing and a million-step program run; the controls answer', async () => {
    const other = await browser.newPage();
    watch(other);
    await other.goto(server.url, { waitUntil: 'load' });
    await other.waitForSelector('#source li', { timeout: 30_000 });
    // The browser's long tasks (over 50 ms) are counted in wall-clock time: on a busy machine
    // the system may take the CPU from the page in the middle of a short task, which then
    // counts as long. So the check reads the CPU time of each of the page's tasks from a trace,
    // and the long tasks are only reported.
    const tasks = await traceTasks(other);
    await other.evaluate(() => {
      window.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__long.push(Math.round(e.duration));
      }).observe({ type: 'longtask' });
    });
    const counter = () => other.$eval('#scrubber', (s) => ({ step: Number(s.value), known: Number(s.max) }));
    // The code goes in as a paste would (value, then one input event): playwright's fill() itself
    // costs Chrome a long task of its own (focus and editing, ~100 ms here), not the app's.
    const setCode = (src) =>
      other.evaluate((src) => {
        const ta = document.querySelector('#editor');
        ta.value = src;
        ta.dispatchEvent(new Event('input'));
      }, src);
    // an endless program that prints without end (a flood: the console keeps its last lines),
    // up to the step budget
    await setCode('n = 0\nwhile True:\n    n += 1\n    print(n)\n');
    await other.click('#run');
    await other.waitForTimeout(300);
    const t0 = Date.now();
    await other.click('#reset'); // answers mid-run: back to step 0
    const reset = await counter();
    const answered = Date.now() - t0;
    assert(reset.step === 0 && reset.known > 0, `Reset mid-run: ${JSON.stringify(reset)}`);
    await other.click('#run');
    await other.waitForSelector('#budget:not([hidden])', { timeout: 120_000 });
    // a million-step program with 160,000 greenlet switches, to its end
    const LONG = `from greenlet import greenlet

def ping():
    for i in range(80000):
        g2.switch(i)

def pong(x):
    while True:
        x = g1.switch()

g1 = greenlet(ping)
g2 = greenlet(pong)
g1.switch()
print('done')
`;
    await setCode(LONG);
    await other.click('#run');
    await other.waitForTimeout(300);
    const mid = await counter();
    await other.click('#back'); // answers mid-run
    assert((await counter()).step < mid.known + 1, 'Back mid-run');
    await other.click('#run');
    await other.waitForFunction(() => document.querySelector('#status')?.textContent?.length > 0, null, { timeout: 120_000 });
    await other.waitForTimeout(300); // the timeline's last redraw
    const end = await counter();
    const long = await other.evaluate(() => window.__long);
    const cpu = (await tasks.cpuMs()).sort((a, b) => b - a);
    const top = cpu.slice(0, 5).map((ms) => ms.toFixed(1));
    console.log(`     reset answered in ${answered} ms; ${end.known} steps; ${cpu.length} tasks, the most CPU: [${top.join(', ')}] ms; long tasks (wall clock): [${long.join(', ')}] ms`);
    assert(end.known >= 1_000_000, `steps: ${end.known}`);
    assert(cpu.length > 100, `the trace has only ${cpu.length} tasks of the page`);
    assert(cpu[0] <= 50, `a task took ${top[0]} ms of CPU`);
    await other.close();
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
