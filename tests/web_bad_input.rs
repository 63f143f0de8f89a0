//! The bad-input table (issue 4) in the page: every row of `engine/tests/bad_input/table.rs` is
//! pasted into the mounted app's editor and run, as a student would, and the page must show the
//! row's exact text. And a flood of output in the console: the last lines, and how many before
//! them were not kept, at every step.
//!
//! Run like `tests/web.rs` (headless Chromium through chromedriver):
//! `cargo test -p coroscope-app --target wasm32-unknown-unknown --test web_bad_input` with
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner` (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use coroscope_app::i18n::{Lang, Text};
use coroscope_app::{App, Command};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement};

#[path = "../engine/tests/bad_input/table.rs"]
mod table;

use table::Page;

wasm_bindgen_test_configure!(run_in_browser);

mod page;
use page::{console_text, container, text_of};

/// Paste `source` into the editor, as a user would: the textarea changes and says so with an
/// `input` event, which restarts the app's session.
fn paste(root: &Element, source: &str) {
    let textarea: HtmlTextAreaElement = root
        .query_selector("#editor")
        .unwrap()
        .expect("#editor")
        .dyn_into()
        .unwrap();
    textarea.set_value(source);
    let input = web_sys::Event::new("input").unwrap();
    textarea.dispatch_event(&input).unwrap();
}

/// A syntax error's report (`  File "x.py", line N` … `Class: message`) as the page's narration
/// gives it: `(class, line, column, message)`; the column is `None` when the report has no caret.
fn syntax_parts(report: &str, source: &str) -> (String, u32, Option<u32>, String) {
    let lines: Vec<&str> = report.lines().collect();
    let line: u32 = lines[0]
        .rsplit("line ")
        .next()
        .and_then(|n| n.trim().parse().ok())
        .expect("a line number");
    let (class, message) = lines
        .last()
        .and_then(|l| l.split_once(": "))
        .expect("Class: message");
    // The report shows the line without its indentation, after four spaces.
    let column = lines
        .iter()
        .find(|l| l.trim_start().starts_with('^'))
        .map(|carets| {
            let source_line = source.lines().nth(line as usize - 1).unwrap_or("");
            let indent = source_line
                .chars()
                .take_while(|c| c.is_whitespace())
                .count();
            let at = carets.chars().take_while(|&c| c == ' ').count() - 4;
            (indent + at + 1) as u32
        });
    (class.to_owned(), line, column, message.to_owned())
}

#[wasm_bindgen_test]
fn every_bad_input_shows_its_message_in_the_page() {
    let c = container();
    let app = App::mount(&c).unwrap();
    let lang = app.lang();
    let file = text_of(&c, ".file-name");
    let mut checked = 0;
    let mut wrong = Vec::new();
    for row in table::rows() {
        if let Page::CliOnly(_) = row.page {
            continue;
        }
        let expect_paused = row.page == Page::Paused;
        app.set_pause_steps(if expect_paused {
            row.budget
        } else {
            coroscope_app::app::PAUSE_STEPS
        });
        paste(&c, &row.source);
        app.run();
        checked += 1;
        // The page names the file as its editor does.
        let stderr = row.stderr.replace("\"x.py\"", &format!("{file:?}"));
        let console = console_text(&c);
        let is_front_end_error =
            row.stdout.is_empty() && row.exit_code == 1 && row.stderr.starts_with("  File ");
        if is_front_end_error {
            // The console shows the report; the narration the class, line, column and message;
            // the source view marks the line.
            if console != stderr {
                wrong.push(format!(
                    "{}: console {console:?}, want {stderr:?}",
                    row.name
                ));
            }
            let (class, line, column, message) = syntax_parts(&row.stderr, &row.source);
            let narration = text_of(&c, "#narration");
            let fill =
                |col: &str| lang.fill(Text::SyntaxAt, &[&class, &line.to_string(), col, &message]);
            let shows = match column {
                Some(col) => narration == fill(&col.to_string()),
                None => {
                    let want = fill("\u{0}");
                    let (before, after) = want.split_once('\u{0}').unwrap();
                    narration.starts_with(before) && narration.ends_with(after)
                }
            };
            if !shows {
                wrong.push(format!(
                    "{}: narration {narration:?}, want {:?}",
                    row.name,
                    fill(&column.map(|c| c.to_string()).unwrap_or_default())
                ));
            }
            let marked = c
                .query_selector("#source li.error")
                .unwrap()
                .and_then(|li| li.get_attribute("data-line"));
            if marked != Some(line.to_string()) {
                wrong.push(format!("{}: source marks {marked:?}", row.name));
            }
        } else if expect_paused {
            // The page stops at the same step, in its own words, and offers to continue.
            let budget = text_of(&c, "#budget");
            let want = lang.fill(Text::BudgetStopped, &[&row.budget.to_string()]);
            let hidden = text_hidden(&c, "#budget");
            if hidden || !budget.starts_with(&want) || app.known_steps() != (row.budget, false) {
                wrong.push(format!("{}: budget {budget:?} (hidden {hidden})", row.name));
            }
            if console != row.stdout {
                wrong.push(format!("{}: console {console:?}", row.name));
            }
        } else {
            // The console shows stdout then stderr, and the exit code under them.
            let want = format!("{}{stderr}", row.stdout);
            if console != want {
                wrong.push(format!("{}: console {console:?}, want {want:?}", row.name));
            }
            let status = text_of(&c, "#status");
            let want = lang.fill(Text::ExitCode, &[&row.exit_code.to_string()]);
            if status != want {
                wrong.push(format!("{}: status {status:?}", row.name));
            }
        }
    }
    assert!(checked >= 60, "only {checked} rows run in the page");
    assert!(
        wrong.is_empty(),
        "{} rows:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

fn text_hidden(root: &Element, selector: &str) -> bool {
    root.query_selector(selector)
        .unwrap()
        .expect(selector)
        .has_attribute("hidden")
}

/// The number in the console's note on lines not kept (`… 23,000 earlier lines not kept`).
fn note_count(note: &str) -> u64 {
    let digits: String = note
        .split_whitespace()
        .find(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or("")
        .chars()
        .filter(|c| c.is_ascii_digit())
        .collect();
    digits.parse().unwrap_or(0)
}

/// The console's note on lines not kept, if shown.
fn note_shown(root: &Element) -> Option<String> {
    let note = root.query_selector("#console-not-kept").unwrap()?;
    (!note.has_attribute("hidden")).then(|| note.text_content().unwrap_or_default())
}

#[wasm_bindgen_test]
fn a_flood_shows_its_last_lines_and_how_many_were_not_kept() {
    use coroscope_engine::trace::MAX_KEPT_LINES;
    let c = container();
    let app = App::mount(&c).unwrap();
    let lang = app.lang();
    let lines = 25_000;
    let not_kept = lines - MAX_KEPT_LINES;
    paste(&c, &format!("for i in range({lines}):\n    print(i)\n"));
    app.run();

    // At the end: the note, then the last lines; no element for the others.
    let note = lang.fill(Text::ConsoleNotKeptEarlier, &[&group(not_kept)]);
    assert_eq!(note_shown(&c), Some(note.clone()));
    let text = console_text(&c);
    let shown: Vec<&str> = text.lines().collect();
    assert_eq!(shown.len(), MAX_KEPT_LINES);
    assert_eq!(shown[0], not_kept.to_string());
    assert_eq!(shown.last().copied(), Some("24999"));
    let spans = c.query_selector_all("#console span").unwrap().length() as usize;
    assert_eq!(spans, MAX_KEPT_LINES, "the console's elements");

    // The first kept line: clicking it goes to its step, where the note counts all the others.
    let first: HtmlElement = c
        .query_selector("#console span")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(first.text_content().as_deref(), Some("23000\n"));
    let first_step: u64 = first.get_attribute("data-step").unwrap().parse().unwrap();
    first.click();
    app.settle();
    assert_eq!(app.cursor(), first_step);
    assert_eq!(console_text(&c), "23000\n");
    assert_eq!(note_shown(&c), Some(note));

    // Back into the lines not kept: the note says how many up to this step, nothing else shows.
    app.command(Command::Seek(first_step / 2));
    assert_eq!(console_text(&c), "");
    let note = note_shown(&c).unwrap_or_default();
    let up_to = note_count(&note);
    assert_eq!(
        note,
        lang.fill(Text::ConsoleNotKeptUpTo, &[&group(up_to as usize)])
    );
    // About half of them (each print takes as many steps).
    assert!(up_to.abs_diff(not_kept as u64 / 2) < 10, "{note}");

    // Before the first line: nothing at all.
    app.command(Command::Seek(2));
    assert_eq!((console_text(&c), note_shown(&c)), (String::new(), None));

    // In the other language too.
    app.command(Command::Seek(first_step));
    let language: HtmlElement = c
        .query_selector("#language")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    language.click();
    let other = lang.other();
    let note = note_shown(&c).unwrap_or_default();
    assert_eq!(
        note,
        other.fill(Text::ConsoleNotKeptEarlier, &[&group(not_kept)])
    );
    if other == Lang::Zh {
        assert_eq!(note, "… 已省略前面 23,000 行");
    }
}

/// `15000` as `15,000`.
fn group(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
