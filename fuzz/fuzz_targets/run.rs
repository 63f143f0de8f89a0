#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    let options = coroscope_engine::RunOptions {
        step_budget: 20_000,
        ..Default::default()
    };
    let _ = coroscope_engine::run_source("fuzz.py", &src, &options);
});
