//! Permalinks: the program, the example it came from and the step, in the URL's hash.
//!
//! Format: `#v1.<payload>`, the payload being URL-safe base64 (no padding) of the deflated text
//! `example \n step \n source`. Decoding never panics: anything malformed is a [`LinkError`] and
//! the page opens the default example with a message.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

/// What a permalink holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// The gallery program the code came from (the file name shown), without `.py`.
    pub example: String,
    pub step: u64,
    pub source: String,
}

/// Why a hash could not be read as a permalink.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkError(pub &'static str);

const PREFIX: &str = "v1.";
/// A decoded program larger than this is refused (a crafted link must not eat the memory).
const MAX_DECODED: usize = 1 << 20;

/// The hash (without `#`) for `link`.
pub fn encode(link: &Link) -> String {
    let text = format!("{}\n{}\n{}", link.example, link.step, link.source);
    let packed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9);
    format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(packed))
}

/// Whether the page's query string (`location.search`, with or without `?`) asks for embed
/// mode: `?embed=1` (or `?embed`) among its parameters.
pub fn is_embed(search: &str) -> bool {
    search
        .trim_start_matches('?')
        .split('&')
        .any(|kv| kv == "embed" || kv == "embed=1")
}

/// Read a hash (with or without the leading `#`). `Ok(None)` for an empty hash.
pub fn decode(hash: &str) -> Result<Option<Link>, LinkError> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    if hash.is_empty() {
        return Ok(None);
    }
    let payload = hash
        .strip_prefix(PREFIX)
        .ok_or(LinkError("unknown link format"))?;
    let packed = URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| LinkError("not base64"))?;
    let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_DECODED)
        .map_err(|_| LinkError("not deflate data"))?;
    let text = String::from_utf8(bytes).map_err(|_| LinkError("not UTF-8"))?;
    let mut parts = text.splitn(3, '\n');
    let example = parts.next().unwrap_or_default();
    let step = parts
        .next()
        .and_then(|s| s.parse::<u64>().ok())
        .ok_or(LinkError("no step"))?;
    let source = parts.next().ok_or(LinkError("no source"))?;
    if example.is_empty()
        || !example
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
    {
        return Err(LinkError("bad example name"));
    }
    Ok(Some(Link {
        example: example.to_owned(),
        step,
        source: source.to_owned(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embed_mode_comes_from_the_query_string() {
        assert!(is_embed("?embed=1"));
        assert!(is_embed("?lang=en&embed=1"));
        assert!(is_embed("embed"));
        assert!(!is_embed(""));
        assert!(!is_embed("?embed=0"));
        assert!(!is_embed("?embedded=1"));
    }

    #[test]
    fn round_trip() {
        let link = Link {
            example: "art04_gevent_eat_play".into(),
            step: 1234,
            source: "print('主')\n# <b>not html</b>\n".into(),
        };
        let hash = encode(&link);
        assert!(hash
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)));
        assert_eq!(decode(&format!("#{hash}")), Ok(Some(link)));
    }

    #[test]
    fn malformed_links_are_errors_not_panics() {
        assert_eq!(decode(""), Ok(None));
        assert_eq!(decode("#"), Ok(None));
        for bad in [
            "#v2.abc",
            "#v1.!!!",
            "#v1.AAAA",
            "#v1.",
            "#hello",
            "#v1.eJzLSM3JyQcABiwCFQ",
        ] {
            assert!(decode(bad).is_err(), "{bad}");
        }
        // valid deflate, but not the three parts
        let hash = format!(
            "v1.{}",
            URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(
                b"x\nnot-a-number\ny",
                6
            ))
        );
        assert!(decode(&hash).is_err());
    }
}
