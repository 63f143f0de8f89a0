//! What the browser test files (`tests/web.rs`, `tests/web_bad_input.rs`) share: a fresh place
//! to mount the app, and reading what the page shows.

use coroscope_app::dom;
use web_sys::Element;

/// A fresh container in the test page's body (and no saved edit or link from another test).
pub fn container() -> Element {
    let w = web_sys::window().unwrap();
    if let Ok(Some(s)) = w.local_storage() {
        let _ = s.clear();
    }
    let _ = w.location().set_hash("");
    let doc = dom::document();
    let c = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&c).unwrap();
    c
}

/// The text of the element `selector` finds under `root` (which must exist).
pub fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .expect(selector)
        .text_content()
        .unwrap_or_default()
}

/// The texts of every element `selector` finds under `root`, in document order.
#[allow(dead_code)] // each test file that includes this module uses only some of it
pub fn texts_of(root: &Element, selector: &str) -> Vec<String> {
    let found = root.query_selector_all(selector).unwrap();
    (0..found.length())
        .map(|i| found.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

/// The console's visible lines (lines printed after the cursor are `hidden`).
pub fn console_text(root: &Element) -> String {
    let spans = root
        .query_selector_all("#console span:not([hidden])")
        .unwrap();
    (0..spans.length())
        .map(|i| spans.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}
