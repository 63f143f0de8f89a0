//! `coroscope`: run a Python file on the engine from the command line.
//!
//! - `coroscope run FILE`   prints what the program prints; exits with its exit code.
//! - `coroscope trace FILE` prints the trace in the oracle's format.
//! - `coroscope dis FILE`   prints the bytecode.
//!
//! `--budget N` sets the step budget (default 200 million).
//!
//! `run` and `trace` take several files too (`coroscope run server.py client.py`): the programs
//! run as processes on one simulated machine, sharing its clock, console and network.

use std::io::Write;
use std::process::ExitCode;

use coroscope_engine::lang::{compile, dis, parse, report};
use coroscope_engine::trace::oracle;
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
        let outcome = coroscope_engine::session::run_programs(&programs, &options);
        if command == "trace" {
            print!("{}", oracle::render(&outcome.trace));
            return ExitCode::SUCCESS;
        }
        print!("{}", outcome.stdout);
        eprint!("{}", outcome.stderr);
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().flush();
        std::process::exit(outcome.exit_code.clamp(0, 255))
    }
    match command.as_str() {
        "run" => {
            let outcome = run_source(&name, &source, &options);
            print!("{}", outcome.stdout);
            eprint!("{}", outcome.stderr);
            let _ = std::io::stdout().flush();
            let _ = std::io::stderr().flush();
            // Exit at once: freeing the trace and the heap object by object would only cost time.
            std::process::exit(outcome.exit_code.clamp(0, 255))
        }
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
