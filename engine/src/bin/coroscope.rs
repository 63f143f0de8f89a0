//! `coroscope`: run a Python file on the engine from the command line.
//!
//! - `coroscope run FILE`   prints what the program prints, as it prints it (all of it: the
//!   engine keeps only the last lines of a flood, but `run` streams them); exits with its exit
//!   code.
//! - `coroscope trace FILE` prints the trace in the oracle's format.
//! - `coroscope dis FILE`   prints the bytecode.
//!
//! `--budget N` sets the step budget (default 200 million).
//!
//! `run` and `trace` take several files too (`coroscope run server.py client.py`): the programs
//! run as processes on one simulated machine, sharing its clock, console and network.

use std::cell::RefCell;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::rc::Rc;

use coroscope_engine::lang::{compile, dis, parse, report};
use coroscope_engine::session::{run_programs, run_programs_streaming};
use coroscope_engine::trace::oracle;
use coroscope_engine::vm::output::Echo;
use coroscope_engine::{run_source, RunOptions};

fn usage() -> ExitCode {
    eprintln!("usage: coroscope (run|trace|dis) [--budget N] FILE [FILE...]");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut options = RunOptions::default();
    if let Some(i) = args.iter().position(|a| a == "--budget") {
        match args.get(i + 1).and_then(|n| n.parse().ok()) {
            Some(n) => options.step_budget = n,
            None => return usage(),
        }
        args.drain(i..i + 2);
    }
    let (Some(command), Some(path)) = (args.first(), args.get(1)) else {
        return usage();
    };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("coroscope: can't open file '{path}': {e}");
            return ExitCode::from(2);
        }
    };
    let name = std::path::Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let source = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            // As CPython reports a file that is not UTF-8 and declares no other encoding.
            let (bytes, at) = (e.as_bytes(), e.utf8_error().valid_up_to());
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            eprintln!(
                "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {name} on line \
                 {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                bytes[at]
            );
            return ExitCode::from(1);
        }
    };
    if args.len() > 2 && (command == "run" || command == "trace") {
        let mut programs = vec![(name, source)];
        for path in &args[2..] {
            let text = match std::fs::read(path) {
                Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                Err(e) => {
                    eprintln!("coroscope: can't open file '{path}': {e}");
                    return ExitCode::from(2);
                }
            };
            let name = std::path::Path::new(path)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            programs.push((name, text));
        }
        if command == "trace" {
            let outcome = run_programs(&programs, &options);
            print!("{}", oracle::render(&outcome.trace));
            return ExitCode::SUCCESS;
        }
        run_and_exit(&programs, &options)
    }
    match command.as_str() {
        "run" => run_and_exit(&[(name, source)], &options),
        "trace" => {
            let outcome = run_source(&name, &source, &options);
            print!("{}", oracle::render(&outcome.trace));
            ExitCode::SUCCESS
        }
        "dis" => match parse::parse(&source).and_then(|m| compile::compile(&m, &name)) {
            Ok(code) => {
                print!("{}", dis::disassemble(&code));
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprint!("{}", report::render_error(&e, &name, &source));
                ExitCode::from(1)
            }
        },
        _ => usage(),
    }
}

/// `coroscope run`: stdout goes out as the programs write it, buffered as python buffers it
/// (by line on a terminal, in blocks into a pipe or a file); stderr at the end; then exit with
/// the exit code.
fn run_and_exit(programs: &[(String, String)], options: &RunOptions) -> ! {
    let stdout: Echo = if std::io::stdout().is_terminal() {
        Rc::new(RefCell::new(std::io::stdout()))
    } else {
        Rc::new(RefCell::new(std::io::BufWriter::new(std::io::stdout())))
    };
    // Only the output and the exit code are wanted: no trace events (see `record_events`).
    let options = RunOptions {
        record_events: false,
        ..options.clone()
    };
    let outcome = run_programs_streaming(programs, &options, Some(stdout.clone()));
    let _ = stdout.borrow_mut().flush();
    eprint!("{}", outcome.stderr);
    let _ = std::io::stderr().flush();
    // Exit at once: freeing the trace and the heap object by object would only cost time.
    std::process::exit(outcome.exit_code.clamp(0, 255))
}
