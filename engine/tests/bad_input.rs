//! The bad-input table (issue 4): what a student may paste or type, each with the exact text
//! they see (the CLI prints `run_source`'s stdout and stderr as they are). The rows are in
//! `bad_input/table.rs`, which `tests/web_bad_input.rs` runs in the page too; here are the table's
//! test and the inputs that need checks of their own.

use std::path::Path;
use std::time::{Duration, Instant};

use coroscope_engine::lang::{compile, parse, report};
use coroscope_engine::session::budget_message;
use coroscope_engine::trace::MAX_KEPT_LINES;
use coroscope_engine::{run_source, RunOptions};

fn run(src: &str, budget: u64) -> (String, String, i32) {
    let options = RunOptions {
        step_budget: budget,
        ..Default::default()
    };
    let out = run_source("x.py", src, &options);
    (out.stdout, out.stderr, out.exit_code)
}

#[path = "bad_input/table.rs"]
mod table;

/// Every row of the table (`bad_input/table.rs`), through `run_source` and through the
/// `coroscope` binary: the exact stdout, stderr and exit code. All mismatches are listed.
#[test]
fn the_table() {
    let dir = std::env::temp_dir().join(format!("coroscope-bad-table-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("x.py");
    let mut wrong = Vec::new();
    let rows = table::rows();
    for row in &rows {
        let want = (row.stdout.clone(), row.stderr.clone(), row.exit_code);
        let got = run(&row.source, row.budget);
        if got != want {
            wrong.push(format!(
                "{} ({} says otherwise), run_source: {got:?}",
                row.name, row.origin
            ));
            continue;
        }
        std::fs::write(&path, &row.source).unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_coroscope"))
            .args(["run", "--budget", &row.budget.to_string()])
            .arg(&path)
            .output()
            .unwrap();
        let got = (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
            out.status.code().unwrap_or(-1),
        );
        if got != want {
            wrong.push(format!("{}: the CLI prints {got:?}", row.name));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(rows.len() >= 60, "{} rows", rows.len());
    assert!(
        wrong.is_empty(),
        "{} of {} rows:\n{}",
        wrong.len(),
        rows.len(),
        wrong.join("\n")
    );
}

/// A list that grows for ever: `MemoryError` once the heap holds more than `max_objects` cells
/// (objects plus the items they hold), checked every 50,000 steps, so the line is where the
/// program was at that step.
#[test]
fn memory_list_growing() {
    let (stdout, stderr, code) = run(
        "l = []\nwhile True:\n    l.append([0] * 1000)\n",
        200_000_000,
    );
    assert_eq!((stdout.as_str(), code), ("", 1));
    assert!(
        stderr.starts_with("Traceback (most recent call last):\n  File \"x.py\", line 3, in <module>\n    l.append([0] * 1000)\n"),
        "{stderr}"
    );
    assert!(stderr.ends_with("\nMemoryError\n"), "{stderr}");
}

/// A flood of output: stdout keeps the last MAX_KEPT_LINES lines and counts the others (the
/// page's console says how many; the CLI prints them all: see tests/output.rs). Here the step
/// budget ends it, with its message.
#[test]
fn output_flood_keeps_the_last_lines() {
    let budget = 2_000_000;
    let options = RunOptions {
        step_budget: budget,
        ..Default::default()
    };
    let out = run_source("x.py", "while True:\n    print('hello world')\n", &options);
    assert_eq!(out.stdout, "hello world\n".repeat(MAX_KEPT_LINES));
    assert!(out.stdout_not_kept > 100_000, "{}", out.stdout_not_kept);
    assert_eq!(out.stderr, budget_message(budget));
    assert_eq!(out.exit_code, 1);
}

/// A 1 MB source (a long straight-line program) parses, compiles and runs in reasonable time.
#[test]
fn one_megabyte_source() {
    let mut src = String::from("x0 = 0\n");
    let mut n = 0;
    while src.len() < 1_000_000 {
        n += 1;
        src.push_str(&format!(
            "x{n} = x{} + 1  # a comment to make it longer\n",
            n - 1
        ));
    }
    src.push_str(&format!("print(x{n})\n"));
    let t = Instant::now();
    let (stdout, stderr, code) = run(&src, 200_000_000);
    assert_eq!((stdout, stderr, code), (format!("{n}\n"), String::new(), 0));
    assert!(
        t.elapsed() < Duration::from_secs(60),
        "took {:?}",
        t.elapsed()
    );
}

/// The CLI reads bytes: a file that is not UTF-8 gets CPython's message (CPython names the path
/// it was given; coroscope names the file, as in its tracebacks).
#[test]
fn cli_non_utf8_source() {
    let dir = std::env::temp_dir().join(format!("coroscope-bad-input-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("x.py");
    std::fs::write(&path, b"print(1)\nx = '\xff'\n").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_coroscope"))
        .arg("run")
        .arg(&path)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "SyntaxError: Non-UTF-8 code starting with '\\xff' in file x.py on line 2, but no \
         encoding declared; see https://peps.python.org/pep-0263/ for details\n"
    );
    assert_eq!(out.status.code(), Some(1));
}

/// The CLI prints exactly what `run_source` returns (a syntax error and the budget message).
#[test]
fn cli_prints_run_source_output() {
    let dir = std::env::temp_dir().join(format!("coroscope-bad-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (src, budget) in [
        ("x = (1,\n", 1000u64),
        ("print('hi')\nwhile True:\n    pass\n", 1000),
    ] {
        let path = dir.join("x.py");
        std::fs::write(&path, src).unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_coroscope"))
            .args(["run", "--budget", &budget.to_string()])
            .arg(&path)
            .output()
            .unwrap();
        let want = run(src, budget);
        let got = (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
            out.status.code().unwrap_or(-1),
        );
        assert_eq!(got, want);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Every input that once broke the engine (fuzz/regressions/, also the fuzzers' seeds) goes
/// through both fuzz targets' code without a panic.
#[test]
fn fuzz_regressions_replay() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let src = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
        let result = std::panic::catch_unwind(|| {
            if let Err(e) = parse::parse(&src).and_then(|m| compile::compile(&m, "fuzz.py")) {
                let _ = report::render_error(&e, "fuzz.py", &src);
            }
            let options = RunOptions {
                step_budget: 20_000,
                ..Default::default()
            };
            run_source("fuzz.py", &src, &options)
        });
        assert!(result.is_ok(), "{} panics", path.display());
        n += 1;
    }
    assert!(n > 0, "no inputs in {}", dir.display());
}
