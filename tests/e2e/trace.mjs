// A CDP trace of one page, for the e2e tests (smoke.mjs) and the measurements (perf.mjs).

/** Start tracing `page` (CDP Tracing) with `categories`. `stop()` ends the trace and gives its
 *  events (Chrome's trace event format: `ph`, `ts`, `dur`, thread time `tts`/`tdur`, …). */
export async function startTrace(page, categories) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach();
      return events;
    },
  };
}
