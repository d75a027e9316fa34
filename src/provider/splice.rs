//! Splicing replacement string literals into the original body bytes.

use std::ops::Range;

/// One replacement: the bytes at `span` become `with`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    /// Byte range in the original body.
    pub span: Range<usize>,
    /// The bytes that take its place.
    pub with: Vec<u8>,
}

impl Edit {
    /// An edit that puts `text` as a JSON string literal at `span`.
    pub fn string(span: Range<usize>, text: &str) -> Self {
        let with = serde_json::to_vec(text).expect("a str always serialises");
        Edit { span, with }
    }
}

/// Applies non-overlapping `edits` to `original`; every byte outside them is copied as is.
///
/// Edits may come in any order. Overlapping or out-of-bounds edits are refused with `None`,
/// so a slice bug can only ever cause a passthrough, never a corrupted body.
///
/// ```
/// use headroom::provider::{Edit, splice};
/// let body = br#"{"a": "long text", "b": 1.0}"#;
/// let out = splice(body, vec![Edit::string(6..17, "short")]).unwrap();
/// assert_eq!(out, br#"{"a": "short", "b": 1.0}"#);
/// ```
pub fn splice(original: &[u8], mut edits: Vec<Edit>) -> Option<Vec<u8>> {
    edits.sort_by_key(|e| (e.span.start, e.span.end));
    let mut out = Vec::with_capacity(original.len());
    let mut at = 0;
    for edit in &edits {
        if edit.span.start < at || edit.span.end < edit.span.start || edit.span.end > original.len() {
            return None;
        }
        out.extend_from_slice(&original[at..edit.span.start]);
        out.extend_from_slice(&edit.with);
        at = edit.span.end;
    }
    out.extend_from_slice(&original[at..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_overlaps_and_out_of_bounds() {
        let body = b"0123456789";
        assert!(splice(body, vec![Edit { span: 2..5, with: vec![] }, Edit { span: 4..6, with: vec![] }]).is_none());
        assert!(splice(body, vec![Edit { span: 8..11, with: vec![] }]).is_none());
        assert_eq!(splice(body, vec![]).unwrap(), body);
    }

    #[test]
    fn applies_unsorted_edits() {
        let body = b"aaXbbYcc";
        let out =
            splice(body, vec![Edit { span: 5..6, with: b"yy".to_vec() }, Edit { span: 2..3, with: b"".to_vec() }]);
        assert_eq!(out.unwrap(), b"aabbyycc");
    }
}
