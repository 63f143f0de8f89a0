//! A flood of output (issue 4): the engine keeps the last `MAX_KEPT_LINES` lines (within
//! `MAX_KEPT_BYTES`) and counts the others, in the outcome and in the trace; the CLI's `run`
//! still prints every line, in order, as python does. See `engine/src/trace/output.rs`.

use std::cell::RefCell;
use std::rc::Rc;

use coroscope_engine::run_source;
use coroscope_engine::session::{run_source_streaming, RunOptions, Session};
use coroscope_engine::trace::{oracle, EventKind, Trace, MAX_KEPT_BYTES, MAX_KEPT_LINES};
use coroscope_engine::vm::output::Echo;

const FLOOD: &str = "for i in range(200000):\n    print(i)\n";

fn numbers(range: std::ops::Range<usize>) -> String {
    range.map(|i| format!("{i}\n")).collect()
}

/// (text of each kept stdout line, lines not kept) as the trace has them.
fn trace_lines(trace: &Trace) -> (Vec<&str>, usize) {
    let kept = trace
        .events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Stdout(line) => Some(line.as_str()),
            _ => None,
        })
        .collect();
    let not_kept = trace
        .events
        .iter()
        .filter(|e| e.kind == EventKind::LineNotKept)
        .count();
    (kept, not_kept)
}

#[test]
fn a_flood_keeps_the_last_lines_and_counts_the_rest() {
    let out = run_source("x.py", FLOOD, &RunOptions::default());
    assert_eq!((out.stderr.as_str(), out.exit_code), ("", 0));
    let first_kept = 200_000 - MAX_KEPT_LINES;
    assert_eq!(out.stdout, numbers(first_kept..200_000));
    assert_eq!(out.stdout_not_kept, first_kept as u64);

    // The trace: every line still has its event; the first ones without their text.
    let (kept, not_kept) = trace_lines(&out.trace);
    assert_eq!(not_kept, first_kept);
    assert_eq!(out.trace.output.not_kept, first_kept as u64);
    assert_eq!(kept.len(), MAX_KEPT_LINES);
    assert_eq!(kept.first().copied(), Some(first_kept.to_string().as_str()));
    assert_eq!(kept.last().copied(), Some("199999"));

    // `coroscope trace` says how many lines are missing, where they were.
    let rendered = oracle::render(&out.trace);
    let lines: Vec<&str> = rendered.lines().collect();
    assert!(
        lines[0].ends_with(&format!(" lines-not-kept {first_kept}")),
        "{:?}",
        &lines[..3]
    );
    assert!(
        lines[1].ends_with(&format!(" print {first_kept}")),
        "{}",
        lines[1]
    );
    assert_eq!(
        lines.len(),
        1 + MAX_KEPT_LINES + 2,
        "{:?}",
        &lines[lines.len() - 3..]
    );
}

#[test]
fn streaming_prints_every_line_in_order() {
    let buffer = Rc::new(RefCell::new(Vec::<u8>::new()));
    let echo: Echo = buffer.clone();
    let out = run_source_streaming("x.py", FLOOD, &RunOptions::default(), echo);
    assert_eq!((out.stdout.as_str(), out.stderr.as_str()), ("", ""));
    assert_eq!(out.exit_code, 0);
    assert_eq!(
        String::from_utf8_lossy(&buffer.borrow()),
        numbers(0..200_000)
    );
    // Nothing of it is kept: no text, no stdout events.
    assert_eq!(trace_lines(&out.trace), (Vec::new(), 0));
}

#[test]
fn the_cli_prints_every_line_of_a_flood() {
    let dir = std::env::temp_dir().join(format!("coroscope-flood-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("x.py");
    std::fs::write(
        &path,
        format!("{FLOOD}import sys\nprint('end', file=sys.stderr)\n"),
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_coroscope"))
        .arg("run")
        .arg(&path)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(String::from_utf8_lossy(&out.stdout), numbers(0..200_000));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "end\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn long_lines_are_kept_within_the_byte_cap() {
    // 2,000 lines of 1,000 characters: only the last ones fit in MAX_KEPT_BYTES.
    let src = "for i in range(2000):\n    print(str(i % 10) * 1000)\n";
    let out = run_source("x.py", src, &RunOptions::default());
    let fit = MAX_KEPT_BYTES / 1001;
    assert_eq!(out.stdout.len(), fit * 1001);
    assert_eq!(out.stdout_not_kept, (2000 - fit) as u64);
    assert!(out.stdout.ends_with(&format!("{}\n", "9".repeat(1000))));
    let (kept, not_kept) = trace_lines(&out.trace);
    assert_eq!((kept.len(), not_kept), (fit, 2000 - fit));

    // One line longer than the cap is cut to it, and says so.
    let out = run_source(
        "x.py",
        "print('a')\nprint('x' * 3000000)\n",
        &RunOptions::default(),
    );
    assert_eq!(out.stdout.len(), MAX_KEPT_BYTES);
    assert!(
        out.stdout.ends_with("xx…\n"),
        "{}",
        &out.stdout[out.stdout.len() - 10..]
    );
    assert_eq!(out.stdout_not_kept, 1);
    // ... and so is an unfinished one that never ends.
    let src = "while True:\n    print('y' * 1000, end='')\n";
    let options = RunOptions {
        step_budget: 200_000,
        ..Default::default()
    };
    let out = run_source("x.py", src, &options);
    assert_eq!(out.stdout.len(), MAX_KEPT_BYTES - 1);
    assert!(out.stdout.ends_with("y…"));
}

/// Stepping back and forth in a flood gives the state of a fresh run at that step, output
/// included, while the trace read by the views stays the furthest one.
#[test]
fn seeking_in_a_flood_gives_the_state_of_a_fresh_run() {
    let src = "for i in range(25000):\n    print(i)\n";
    let options = RunOptions {
        record_steps: true,
        ..Default::default()
    };
    let mut s = Session::new("x.py", src, options.clone()).unwrap();
    s.run_to_end();
    let end = s.step_index();
    let trace_at_end = s.trace().clone();
    assert_eq!(
        trace_at_end.output.not_kept,
        (25_000 - MAX_KEPT_LINES) as u64
    );
    for k in [end / 3, 7, end - 1, end / 2, 123_457, end] {
        s.seek(k);
        let mut fresh = Session::new("x.py", src, options.clone()).unwrap();
        fresh.run(k);
        assert_eq!(s.step_index(), k);
        assert_eq!(s.fingerprint(), fresh.fingerprint(), "seek({k})");
        assert!(s.trace() == &trace_at_end, "seek({k}) changed the trace");
    }
}

/// `coroscope run x.py | head -1`: once the reader is gone, an endless flood stops at once (with
/// a note on stderr and exit code 1) instead of running on to the step budget unread.
#[test]
fn the_cli_stops_when_its_reader_is_gone() {
    use std::io::{BufRead, BufReader, Read};
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};

    let dir = std::env::temp_dir().join(format!("coroscope-pipe-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("x.py");
    std::fs::write(&path, "i = 0\nwhile True:\n    print(i)\n    i += 1\n").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_coroscope"))
        .arg("run")
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader (and the pipe) is dropped here.
    assert_eq!(first, "0\n");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            panic!("still running 30 s after its reader left");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(status.code(), Some(1));
    assert_eq!(stderr, coroscope_engine::vm::output::BROKEN_PIPE_MESSAGE);
}
