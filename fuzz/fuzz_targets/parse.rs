#![no_main]
//! The front end: parse, compile, and render any error as the user would see it; highlight the
//! text as the editor would.
use coroscope_engine::lang::{compile, highlight, parse, report};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    let _ = highlight(&src);
    if let Err(e) = parse::parse(&src).and_then(|m| compile::compile(&m, "fuzz.py")) {
        let _ = report::render_error(&e, "fuzz.py", &src);
    }
});
