//! The app's components in a real browser (headless Chromium through chromedriver):
//! `cargo test -p coroscope-app --target wasm32-unknown-unknown` with
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner` (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use coroscope_app::{dom, programs::PROGRAMS, App};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh container in the test page's body.
fn container() -> Element {
    let doc = dom::document();
    let c = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&c).unwrap();
    c
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .expect(selector)
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
fn header_has_title_and_subtitle() {
    let c = container();
    let _app = App::mount(&c).unwrap();
    assert_eq!(text_of(&c, "h1"), "coroscope");
    assert!(text_of(&c, ".subtitle").contains("协程"));
}

#[wasm_bindgen_test]
fn gallery_lists_the_embedded_programs() {
    assert!(!PROGRAMS.is_empty(), "build.rs embedded no programs/*.py");
    let c = container();
    let _app = App::mount(&c).unwrap();
    let buttons = c
        .query_selector_all("#gallery button[data-program]")
        .unwrap();
    assert_eq!(buttons.length() as usize, PROGRAMS.len());
    let names: Vec<String> = (0..buttons.length())
        .map(|i| buttons.item(i).unwrap().text_content().unwrap_or_default())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "gallery is sorted by name");
    assert!(names
        .iter()
        .all(|n| n.starts_with("art") || n.starts_with("ext_") || n.starts_with("feat_")));
    assert!(
        names.iter().any(|n| n == "art02_greenlet_eat_play"),
        "{names:?}"
    );
}

#[wasm_bindgen_test]
fn clicking_a_program_loads_it_into_the_editor() {
    let c = container();
    let _app = App::mount(&c).unwrap();
    let button: HtmlElement = c
        .query_selector("#gallery button[data-program='art02_greenlet_eat_play']")
        .unwrap()
        .expect("art02 in the gallery")
        .dyn_into()
        .unwrap();
    button.click();
    let editor: HtmlTextAreaElement = c
        .query_selector("#editor")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(
        editor.value(),
        coroscope_app::programs::find("art02_greenlet_eat_play").unwrap()
    );
    assert_eq!(text_of(&c, ".file-name"), "art02_greenlet_eat_play.py");
    assert!(button.class_list().contains("selected"));
}

#[wasm_bindgen_test]
fn run_puts_text_into_the_console() {
    let c = container();
    let _app = App::mount(&c).unwrap();
    assert_eq!(text_of(&c, "#console"), "");
    let run: HtmlElement = c
        .query_selector("#run")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    run.click();
    let console = text_of(&c, "#console");
    assert!(
        console.contains("[exit code") || console.contains("[stopped"),
        "{console:?}"
    );
    assert!(!text_of(&c, "#timeline").is_empty());
}

#[wasm_bindgen_test]
fn user_text_is_never_parsed_as_html() {
    let c = container();
    let _app = App::mount(&c).unwrap();
    let editor: HtmlTextAreaElement = c
        .query_selector("#editor")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    editor.set_value("print('<b id=\"injected\">x</b>')\n");
    c.query_selector("#run")
        .unwrap()
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    assert!(c.query_selector("#injected").unwrap().is_none());
}

#[wasm_bindgen_test]
fn dropping_the_app_removes_it() {
    let c = container();
    let app = App::mount(&c).unwrap();
    assert!(c.query_selector(".coroscope").unwrap().is_some());
    drop(app);
    assert!(c.query_selector(".coroscope").unwrap().is_none());
}
