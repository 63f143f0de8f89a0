#![no_main]
//! The front end: parse, compile, and render any error as the user would see it.
use coroscope_engine::lang::{compile, parse, report};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    if let Err(e) = parse::parse(&src).and_then(|m| compile::compile(&m, "fuzz.py")) {
        let _ = report::render_error(&e, "fuzz.py", &src);
    }
});
