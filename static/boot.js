// Starts the app. trunk writes this file's <script> tag (pattern_script in Trunk.toml) with the
// content-hashed names of wasm-bindgen's JS module and the wasm in data-js and data-wasm; this
// file is copied as is. Being a file, not an inline script, it lets the page's
// Content-Security-Policy (index.html) allow scripts from our own origin only.
// The theme first, before the wasm loads, so a dark page does not flash light: the saved choice
// (src/theme.rs, key coroscope.theme), else the browser's preference. The app sets it again.
// Start-up marks, here and in the app (src/dom.rs), time the phases of a cold load: see
// tests/e2e/perf.mjs.
performance.mark('boot.js');
try {
  const saved = localStorage.getItem('coroscope.theme');
  const dark = saved ? saved === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
} catch (_) {
  // No storage (a privacy mode): the app decides when it starts.
}
const tag = document.querySelector('script[data-js][data-wasm]');
// The wasm compiles while the JS module is imported: both were fetched from the preload links
// trunk adds, and waiting for the import before starting the compile put the two in a row.
// Without compileStreaming, or if it fails (a server that sends the wasm with another type),
// wasm-bindgen's loader fetches and compiles the wasm itself.
const compiled =
  typeof WebAssembly.compileStreaming === 'function'
    ? WebAssembly.compileStreaming(fetch(tag.dataset.wasm)).catch(() => tag.dataset.wasm)
    : tag.dataset.wasm;
const { default: init } = await import(tag.dataset.js);
performance.mark('js module');
await init({ module_or_path: await compiled });
