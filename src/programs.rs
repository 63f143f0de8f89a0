//! The gallery programs (see `build.rs`): the article's examples and the extra cases are embedded
//! in the wasm; the language tests (`feat_*`) are fetched from `dist/programs/` when picked.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

include!(concat!(env!("OUT_DIR"), "/programs.rs"));

/// Where the page finds the fetched programs, relative to the page (Trunk.toml's post-build hook
/// copies `programs/feat_*.py` there). Relative, so `dist/` works under any path of any host.
pub const FETCHED_DIR: &str = "programs/";

/// The source of the embedded gallery program `name` (without `.py`), if there is one.
pub fn find(name: &str) -> Option<&'static str> {
    EMBEDDED
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, src)| *src)
}

/// Whether `name` is a gallery program whose text the page fetches (see [`fetch`]).
pub fn is_fetched(name: &str) -> bool {
    FETCHED.contains(&name)
}

/// Why a fetched program did not arrive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// The server answered with this HTTP status (404: `dist/programs/` is missing the file).
    Status(u16),
    /// No answer: offline, blocked, or no `window` to fetch with.
    Unreachable,
}

/// Fetch the text of the gallery program `name` (one of [`FETCHED`]) and hand it to `done`,
/// later, from the browser's event loop.
pub fn fetch(name: &str, done: impl FnOnce(Result<String, FetchError>) + 'static) {
    let url = format!("{FETCHED_DIR}{name}.py");
    wasm_bindgen_futures::spawn_local(async move { done(fetch_text(&url).await) });
}

async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Unreachable)?;
    // `fetch` rejects only when there is no answer at all.
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .and_then(|r| r.dyn_into())
        .map_err(|_| FetchError::Unreachable)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let body = response.text().map_err(|_| FetchError::Unreachable)?;
    JsFuture::from(body)
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or(FetchError::Unreachable)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_gallery_program_is_either_embedded_or_fetched() {
        assert!(!EMBEDDED.is_empty() && !FETCHED.is_empty());
        assert_eq!(NAMES.len(), EMBEDDED.len() + FETCHED.len());
        for name in NAMES {
            let embedded = find(name).is_some();
            assert_ne!(embedded, is_fetched(name), "{name}");
            assert_eq!(is_fetched(name), name.starts_with("feat_"), "{name}");
        }
    }
}
