// Starts the app. trunk writes this file's <script> tag (pattern_script in Trunk.toml) with the
// content-hashed names of wasm-bindgen's JS module and the wasm in data-js and data-wasm; this
// file is copied as is. Being a file, not an inline script, it lets the page's
// Content-Security-Policy (index.html) allow scripts from our own origin only.
const tag = document.querySelector('script[data-js][data-wasm]');
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
