//! Strips the comments from the engine's Python sources (`src/runtime/py/*.py` and
//! `src/runtime/prelude.py`) and writes the stripped copies to `$OUT_DIR/runtime/`, which
//! `runtime::modules` and `runtime::bootstrap` embed. The VM never reads a comment, and in the
//! page's wasm they were a fifth of these sources.
//!
//! Every line stays where it was (a comment-only line becomes an empty line) and the code on each
//! line keeps its columns, so every line and column the compiler records is unchanged; docstrings
//! stay (`__doc__` can read them, and each one is a step). A unit test in `runtime::modules`
//! checks that each stripped source compiles to exactly the code of its original.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let manifest_dir =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let runtime = manifest_dir.join("src/runtime");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("OUT_DIR")).join("runtime");
    fs::create_dir_all(out.join("py")).expect("create $OUT_DIR/runtime/py");
    println!("cargo:rerun-if-changed=build.rs");
    // A directory here makes cargo rerun the script when any file in it changes (or appears).
    println!("cargo:rerun-if-changed=src/runtime/py");
    println!("cargo:rerun-if-changed=src/runtime/prelude.py");

    strip_file(&runtime.join("prelude.py"), &out.join("prelude.py"));
    let dir = fs::read_dir(runtime.join("py")).expect("read src/runtime/py");
    for entry in dir.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "py") {
            let name = path.file_name().expect("a file name");
            strip_file(&path, &out.join("py").join(name));
        }
    }
}

fn strip_file(from: &Path, to: &Path) {
    let source =
        fs::read_to_string(from).unwrap_or_else(|e| panic!("read {}: {e}", from.display()));
    fs::write(to, strip_comments(&source))
        .unwrap_or_else(|e| panic!("write {}: {e}", to.display()));
}

/// `source` without its comments and without the blanks they leave at the ends of lines.
///
/// A tokenizer's view of Python, as far as comments need: a `#` starts a comment only outside
/// string literals. A literal opens with `'`, `"`, `'''` or `"""` (any prefix: `r`, `b`, `f`
/// … change nothing here) and ends at the same quote; a backslash always takes the character
/// after it with it, raw strings included (`r"\""` is one literal). Newlines inside a
/// triple-quoted literal are part of it, so nothing is trimmed there.
fn strip_comments(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut chars = source.chars().peekable();
    // The quote of the literal we are in and whether it is tripled; `None` in code.
    let mut literal: Option<(char, bool)> = None;
    while let Some(c) = chars.next() {
        match literal {
            None => match c {
                '#' => {
                    while chars.peek().is_some_and(|&n| n != '\n') {
                        chars.next();
                    }
                }
                '\n' => {
                    trim_line_end(&mut out);
                    out.push('\n');
                }
                '\'' | '"' => {
                    out.push(c);
                    let mut ahead = chars.clone();
                    let tripled = ahead.next() == Some(c) && ahead.next() == Some(c);
                    if tripled {
                        out.push(c);
                        out.push(c);
                        chars.next();
                        chars.next();
                    } else if chars.peek() == Some(&c) {
                        // An empty literal: `''` or `""`.
                        out.push(c);
                        chars.next();
                        continue;
                    }
                    literal = Some((c, tripled));
                }
                _ => out.push(c),
            },
            Some((quote, tripled)) => {
                out.push(c);
                if c == '\\' {
                    if let Some(escaped) = chars.next() {
                        out.push(escaped);
                    }
                } else if c == quote {
                    if !tripled {
                        literal = None;
                    } else {
                        let mut ahead = chars.clone();
                        if ahead.next() == Some(quote) && ahead.next() == Some(quote) {
                            out.push(quote);
                            out.push(quote);
                            chars.next();
                            chars.next();
                            literal = None;
                        }
                    }
                }
            }
        }
    }
    trim_line_end(&mut out);
    out
}

/// Drop the spaces and tabs at the end of the last line of `out` (code, not a literal's text).
fn trim_line_end(out: &mut String) {
    let kept = out.trim_end_matches([' ', '\t']).len();
    out.truncate(kept);
}
