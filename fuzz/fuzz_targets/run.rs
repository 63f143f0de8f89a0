#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    // Smaller caps than the page's, so that an input that runs into one (a 50,000,000-character
    // repr of `a = [a, a]` forty times takes seconds) stays far below libFuzzer's 10 s timeout:
    // the fuzzer looks for panics and hangs, and the caps' own paths are the same code.
    let options = coroscope_engine::RunOptions {
        step_budget: 20_000,
        limits: coroscope_engine::vm::Limits {
            max_len: 5_000_000,
            max_objects: 500_000,
            ..Default::default()
        },
        ..Default::default()
    };
    let _ = coroscope_engine::run_source("fuzz.py", &src, &options);
});
