//! The golden corpus: every `programs/NAME.py` that has a `NAME.out` runs through the engine and
//! must reproduce what CPython 3.11 + greenlet + gevent recorded beside it:
//!
//! - `NAME.out` / `NAME.err`: stdout / stderr, compared after the oracle's normalisations
//!   (`0x…` → `0xADDR`, ISO timestamps → `<TIMESTAMP>`, `run time is <float>` →
//!   `run time is <SECONDS>`, file paths in tracebacks and warnings → base names);
//! - `NAME.code`: the exit code when it is not 0;
//! - `NAME.trace` (if present): `trace::oracle::render` of the run, times included (except in
//!   `art03*`, where times measure CPU and only the event sequence is compared).
//!
//! All programs run, then every mismatch is reported with the first differing line in context.
//! Programs named in `programs/EXPECTED_FAILURES` may fail without failing the test; one that
//! passes is reported as an unexpected pass so that its name can be removed from that file.
//!
//! Environment:
//! - `GOLDEN_FILTER=substring`: run only the programs whose name contains it;
//! - `GOLDEN_VERBOSE=1`: also print the diffs of expected failures;
//! - `GOLDEN_TIMEOUT=seconds`: per-program wall-clock limit (default 120).
//!
//! `cargo test -p coroscope-engine --test golden -- --nocapture` shows the report even on success.
//! Expectations are recorded only with `scripts/record-golden.sh`, never by hand.

use coroscope_engine::{run_source, trace, RunOptions, RunOutcome};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

/// Programs the harness never runs, with the reason.
const SKIPPED: &[(&str, &str)] = &[(
    "art03_efficiency_compare_slow",
    "the article's original N=100000000: too slow for a test (art03_efficiency_compare covers it)",
)];

fn programs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("programs")
}

// ---------------------------------------------------------------------------------------------
// Normalisation (shared/oracle/README.md, "Comparing"), written by hand: no regex crate.

/// Apply every normalisation of the oracle to a whole text (stdout, stderr, or a rendered trace).
fn normalise(text: &str) -> String {
    let text = replace_hex(text);
    let text = replace_timestamps(&text);
    let text = replace_run_time(&text);
    text.split_inclusive('\n')
        .map(normalise_paths_in_line)
        .collect()
}

/// `0x[0-9a-fA-F]+` → `0xADDR`.
fn replace_hex(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut copied = 0;
    while i < b.len() {
        if i + 2 < b.len() && b[i] == b'0' && b[i + 1] == b'x' && b[i + 2].is_ascii_hexdigit() {
            out.push_str(&text[copied..i]);
            out.push_str("0xADDR");
            i += 2;
            while i < b.len() && b[i].is_ascii_hexdigit() {
                i += 1;
            }
            copied = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// `\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ` → `<TIMESTAMP>`.
fn replace_timestamps(text: &str) -> String {
    const SHAPE: &[u8] = b"dddd-dd-ddTdd:dd:ddZ";
    let b = text.as_bytes();
    let fits = |at: usize| {
        at + SHAPE.len() <= b.len()
            && SHAPE.iter().zip(&b[at..]).all(|(&s, &c)| {
                if s == b'd' {
                    c.is_ascii_digit()
                } else {
                    c == s
                }
            })
    };
    let mut out = String::with_capacity(text.len());
    let (mut i, mut copied) = (0, 0);
    while i < b.len() {
        if b[i].is_ascii_digit() && fits(i) {
            out.push_str(&text[copied..i]);
            out.push_str("<TIMESTAMP>");
            i += SHAPE.len();
            copied = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// `run time is [0-9.e+-]+` → `run time is <SECONDS>`.
fn replace_run_time(text: &str) -> String {
    const KEY: &str = "run time is ";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(KEY) {
        let after = &rest[at + KEY.len()..];
        let len = after
            .bytes()
            .take_while(|c| c.is_ascii_digit() || b".e+-".contains(c))
            .count();
        out.push_str(&rest[..at + KEY.len()]);
        if len > 0 {
            out.push_str("<SECONDS>");
        }
        rest = &after[len..];
    }
    out.push_str(rest);
    out
}

/// A file path in a traceback (`File "PATH", line N`) or a warning (`PATH:N: XWarning: …`) → its
/// base name.
fn normalise_paths_in_line(line: &str) -> String {
    if let Some(at) = line.find("File \"") {
        let start = at + "File \"".len();
        if let Some(len) = line[start..].find('"') {
            let path = &line[start..start + len];
            return format!(
                "{}{}{}",
                &line[..start],
                base_name(path),
                &line[start + len..]
            );
        }
    }
    // Warning lines: the path comes first and runs to `.py:<digits>:`.
    if let Some(at) = line.find(".py:") {
        let path = &line[..at + 3];
        let after = &line[at + 4..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let looks_like_warning = !path.contains(char::is_whitespace)
            && path.contains('/')
            && digits > 0
            && after[digits..].starts_with(": ");
        if looks_like_warning {
            return format!("{}{}", base_name(path), &line[at + 3..]);
        }
    }
    line.to_string()
}

fn base_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// `<t> <event>` → `<event>` on every line (art03: the times measure CPU speed).
fn strip_times(trace: &str) -> String {
    trace
        .split_inclusive('\n')
        .map(|l| l.split_once(' ').map_or(l, |(_, ev)| ev))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Diffs.

/// The first differing line of two texts, with a few lines of context, or None when equal.
fn first_difference(what: &str, expected: &str, actual: &str) -> Option<String> {
    if expected == actual {
        return None;
    }
    let exp: Vec<&str> = expected.split_inclusive('\n').collect();
    let act: Vec<&str> = actual.split_inclusive('\n').collect();
    let at = exp.iter().zip(&act).take_while(|(e, a)| e == a).count();
    let mut s = String::new();
    let _ = writeln!(
        s,
        "    {what}: first difference at line {} (expected {} lines, got {})",
        at + 1,
        exp.len(),
        act.len()
    );
    for line in &exp[at.saturating_sub(3)..at] {
        let _ = writeln!(s, "       {}", show(line));
    }
    let window = 3;
    for line in exp.iter().skip(at).take(window) {
        let _ = writeln!(s, "     - {}", show(line));
    }
    if at >= exp.len() {
        let _ = writeln!(s, "     - <end of expected>");
    }
    for line in act.iter().skip(at).take(window) {
        let _ = writeln!(s, "     + {}", show(line));
    }
    if at >= act.len() {
        let _ = writeln!(s, "     + <end of output>");
    }
    Some(s)
}

/// A line as printed in a diff: without its newline, and with a visible marker when it has none.
fn show(line: &str) -> String {
    match line.strip_suffix('\n') {
        Some(l) => escape_controls(l),
        None => format!("{}⏎missing", escape_controls(line)),
    }
}

fn escape_controls(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() && c != '\t' {
                c.escape_debug().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Running one program.

struct Expectation {
    stdout: String,
    stderr: String,
    exit_code: i32,
    trace: Option<String>,
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn load_expectation(dir: &Path, name: &str) -> Expectation {
    let file = |ext: &str| dir.join(format!("{name}.{ext}"));
    let exit_code = if file("code").exists() {
        let text = read(&file("code"));
        text.trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name}.code: not an integer: {text:?}"))
    } else {
        0
    };
    Expectation {
        stdout: read(&file("out")),
        stderr: if file("err").exists() {
            read(&file("err"))
        } else {
            String::new()
        },
        exit_code,
        trace: file("trace").exists().then(|| read(&file("trace"))),
    }
}

/// Run the engine on a thread with a big stack, so that a panic or a hang in one program does not
/// stop the others.
fn run_engine(name: &str, source: String, timeout: Duration) -> Result<RunOutcome, String> {
    let file_name = format!("{name}.py");
    let (tx, rx) = mpsc::channel();
    let handle = std::thread::Builder::new()
        .name(format!("golden-{name}"))
        .stack_size(256 << 20)
        .spawn(move || {
            let outcome = run_source(&file_name, &source, &RunOptions::default());
            let _ = tx.send(outcome);
        })
        .map_err(|e| format!("cannot spawn a thread: {e}"))?;
    match rx.recv_timeout(timeout) {
        Ok(outcome) => {
            let _ = handle.join();
            Ok(outcome)
        }
        Err(mpsc::RecvTimeoutError::Timeout) => Err(format!(
            "no result after {} s (the thread is left running)",
            timeout.as_secs()
        )),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            let payload = handle.join().err();
            let msg = payload
                .as_ref()
                .and_then(|p| {
                    p.downcast_ref::<String>()
                        .cloned()
                        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                })
                .unwrap_or_else(|| "unknown panic payload".into());
            Err(format!("the engine panicked: {msg}"))
        }
    }
}

/// Compare one program's run against its expectation: the list of mismatches, each rendered.
fn check(name: &str, outcome: &RunOutcome, exp: &Expectation) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    if outcome.stopped_by_budget {
        problems.push((
            "budget".into(),
            "    the step budget stopped the run before the program ended\n".into(),
        ));
    }
    if outcome.exit_code != exp.exit_code {
        problems.push((
            "exit code".into(),
            format!(
                "    exit code: expected {}, got {}\n",
                exp.exit_code, outcome.exit_code
            ),
        ));
    }
    if let Some(d) = first_difference(
        "stdout",
        &normalise(&exp.stdout),
        &normalise(&outcome.stdout),
    ) {
        problems.push(("stdout".into(), d));
    }
    if let Some(d) = first_difference(
        "stderr",
        &normalise(&exp.stderr),
        &normalise(&outcome.stderr),
    ) {
        problems.push(("stderr".into(), d));
    }
    if let Some(want) = &exp.trace {
        let got = trace::oracle::render(&outcome.trace);
        let (mut want, mut got) = (normalise(want), normalise(&got));
        let what = if name.starts_with("art03") {
            want = strip_times(&want);
            got = strip_times(&got);
            "trace (times ignored)"
        } else {
            "trace"
        };
        if let Some(d) = first_difference(what, &want, &got) {
            problems.push(("trace".into(), d));
        }
    }
    problems
}

fn expected_failures(dir: &Path) -> BTreeSet<String> {
    let path = dir.join("EXPECTED_FAILURES");
    let Ok(text) = fs::read_to_string(&path) else {
        return BTreeSet::new();
    };
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(|l| l.strip_suffix(".py").unwrap_or(l).to_string())
        .collect()
}

#[test]
fn golden_programs() {
    let dir = programs_dir();
    let filter = std::env::var("GOLDEN_FILTER").unwrap_or_default();
    let verbose = std::env::var("GOLDEN_VERBOSE").is_ok_and(|v| !v.is_empty() && v != "0");
    let timeout = Duration::from_secs(
        std::env::var("GOLDEN_TIMEOUT")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(120),
    );
    let expected_to_fail = expected_failures(&dir);

    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            (path.extension()? == "py").then(|| path.file_stem()?.to_str().map(str::to_string))?
        })
        .filter(|name| name.contains(&filter))
        .collect();
    names.sort();

    let all_names: BTreeSet<&str> = names.iter().map(String::as_str).collect();
    let mut report = String::new();
    let (mut passed, mut failed, mut xfailed) = (Vec::new(), Vec::new(), Vec::new());
    let mut unexpected_passes = Vec::new();
    let mut skipped = Vec::new();

    for name in &names {
        if let Some((_, why)) = SKIPPED.iter().find(|(n, _)| n == name) {
            skipped.push(format!("{name}: {why}"));
            continue;
        }
        if !dir.join(format!("{name}.out")).exists() {
            skipped.push(format!("{name}: no {name}.out (the program never ends)"));
            continue;
        }
        let exp = load_expectation(&dir, name);
        let source = read(&dir.join(format!("{name}.py")));
        let problems = match run_engine(name, source, timeout) {
            Ok(outcome) => check(name, &outcome, &exp),
            Err(e) => vec![("run".into(), format!("    {e}\n"))],
        };
        let xfail = expected_to_fail.contains(name);
        match (problems.is_empty(), xfail) {
            (true, false) => passed.push(name.clone()),
            (true, true) => {
                passed.push(name.clone());
                unexpected_passes.push(name.clone());
            }
            (false, xf) => {
                let kinds: Vec<&str> = problems.iter().map(|(k, _)| k.as_str()).collect();
                let head = format!("{name}: {}", kinds.join(", "));
                if xf {
                    xfailed.push(name.clone());
                    let _ = writeln!(report, "expected failure: {head}");
                } else {
                    failed.push(name.clone());
                    let _ = writeln!(report, "FAIL {head}");
                }
                if !xf || verbose {
                    for (_, text) in &problems {
                        report.push_str(text);
                    }
                }
            }
        }
    }

    for s in &skipped {
        let _ = writeln!(report, "skipped: {s}");
    }
    if filter.is_empty() {
        for stale in expected_to_fail
            .iter()
            .filter(|n| !all_names.contains(n.as_str()))
        {
            let _ = writeln!(
                report,
                "note: EXPECTED_FAILURES names {stale}, which is not in programs/"
            );
        }
    }
    for name in &unexpected_passes {
        let _ = writeln!(
            report,
            "\n!!!!! UNEXPECTED PASS: {name} now passes: remove it from programs/EXPECTED_FAILURES !!!!!"
        );
    }
    let summary = format!(
        "golden: {} passed, {} failed, {} expected failures{}{}",
        passed.len(),
        failed.len(),
        xfailed.len(),
        if unexpected_passes.is_empty() {
            String::new()
        } else {
            format!(" ({} unexpected passes)", unexpected_passes.len())
        },
        if skipped.is_empty() {
            String::new()
        } else {
            format!(", {} skipped", skipped.len())
        },
    );
    println!("{report}\n{summary}");
    if !failed.is_empty() {
        panic!("{summary}\nfailing programs: {}", failed.join(" "));
    }
}

// ---------------------------------------------------------------------------------------------
// The harness's own helpers.

#[test]
fn normalisations() {
    assert_eq!(
        normalise("<Greenlet at 0x7fc2299ec7c0: fail>"),
        "<Greenlet at 0xADDR: fail>"
    );
    assert_eq!(normalise("0x 0xg 0xAbC9z"), "0x 0xg 0xADDRz");
    assert_eq!(
        normalise("2026-11-25T10:02:07Z <G> failed"),
        "<TIMESTAMP> <G> failed"
    );
    assert_eq!(normalise("2026-11-25 10:02:07"), "2026-11-25 10:02:07");
    assert_eq!(
        normalise("run time is 1.33514404296875e-05\n"),
        "run time is <SECONDS>\n"
    );
    assert_eq!(
        normalise("0.0 print run time is 0.25\n"),
        "0.0 print run time is <SECONDS>\n"
    );
    assert_eq!(
        normalise("  File \"/work/main/programs/x.py\", line 3, in <module>\n"),
        "  File \"x.py\", line 3, in <module>\n"
    );
    assert_eq!(
        normalise("0.0 stderr   File \"/a/b/c.py\", line 3, in f\n"),
        "0.0 stderr   File \"c.py\", line 3, in f\n"
    );
    assert_eq!(
        normalise("/tmp/d/art06.py:7: DeprecationWarning: getName() is deprecated\n"),
        "art06.py:7: DeprecationWarning: getName() is deprecated\n"
    );
    assert_eq!(
        normalise("see notes.py: 3 items\n"),
        "see notes.py: 3 items\n"
    );
    assert_eq!(
        strip_times("0.0 switch main -> f1#1\n12.5 exit 0\n"),
        "switch main -> f1#1\nexit 0\n"
    );
    assert!(first_difference("x", "a\nb\n", "a\nb\n").is_none());
    let d = first_difference("stdout", "a\nb\nc\n", "a\nB\nc\n").unwrap();
    assert!(
        d.contains("line 2") && d.contains("- b") && d.contains("+ B"),
        "{d}"
    );
    let d = first_difference("stdout", "a\n", "a").unwrap();
    assert!(d.contains("⏎missing"), "{d}");
}
