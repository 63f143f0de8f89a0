//! The gallery programs, embedded at build time from `programs/{art,ext_,feat_}*.py` (see
//! `build.rs`).

include!(concat!(env!("OUT_DIR"), "/programs.rs"));

/// The source of the gallery program `name` (without `.py`), if there is one.
pub fn find(name: &str) -> Option<&'static str> {
    PROGRAMS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, src)| *src)
}
