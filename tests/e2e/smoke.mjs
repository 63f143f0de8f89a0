// End-to-end test of the built app (dist/, from `trunk build --release`) in headless Chromium
// through playwright-core. Never downloads a browser: it uses /usr/bin/chromium (or $CHROMIUM).
// Steps through programs/art04_gevent_eat_play.py and checks the lane in control at each switch
// against its oracle trace, the highlighted line, stepping back, the console, the keyboard, a
// permalink, a damaged link, a syntax error, the language switch, the SVG/PNG export, the step
// budget and presentation mode, then saves screenshots. Prints one line per check and a closing
// `e2e: N passed, M failed`. Screenshots go to $E2E_OUT (default: a fresh temporary directory).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const DIST = resolve(process.argv[2] ?? 'dist');
const PROGRAM = 'art04_gevent_eat_play';
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
    for (const sel of ['h1', '#gallery', '#editor', '#console', '#frames', '#narration', '#permalink']) {
      assert(!(await other.isVisible(sel)), `${sel} is hidden`);
    }
    await other.click('#next-switch');
    await other.click('#next-switch');
    assert((await view(other)).lane === oracleSwitches[1], 'Next switch works');
    await other.screenshot({ path: join(out, 'embed.png') });
    console.log(`     ${join(out, 'embed.png')}`);
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
