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
        Edit { span, with: quoted(text) }
    }
}

/// `text` as a JSON string literal, byte for byte as serde_json writes it: eight bytes are
/// checked at a time for one that needs an escape, where serde_json looks up every byte.
fn quoted(text: &str) -> Vec<u8> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Whether some byte of `word` is below `n` (n ≤ 128): exact, as the borrow only spreads
    // past a byte that is.
    let below = |word: u64, n: u8| word.wrapping_sub(ONES * u64::from(n)) & !word & HIGH != 0;
    let special = |word: u64| below(word, 0x20) || below(word ^ (ONES * 0x22), 1) || below(word ^ (ONES * 0x5c), 1);
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 32 + 2);
    out.push(b'"');
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8) {
            let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            if !special(word) {
                i += 8;
                continue;
            }
        }
        let byte = bytes[i];
        let escape: &[u8] = match byte {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0x00..=0x1f => &[],
            _ => {
                i += 1;
                continue;
            }
        };
        out.extend_from_slice(&bytes[start..i]);
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[usize::from(byte >> 4)], HEX[usize::from(byte & 15)]]);
        } else {
            out.extend_from_slice(escape);
        }
        i += 1;
        start = i;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
    out
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
    fn strings_are_written_as_serde_json_writes_them() {
        let every_ascii: String = (0u8..0x80).map(char::from).collect();
        let texts = [
            String::new(),
            every_ascii.clone(),
            every_ascii.repeat(3),
            "plain text, longer than eight bytes and with none to escape".into(),
            "é😀\u{7f}\u{2028}\"\\\n\t\r\u{8}\u{c}\u{1}\u{1f} x".repeat(5),
            "a\"b\\c\nd".into(),
        ];
        for text in texts {
            assert_eq!(quoted(&text), serde_json::to_vec(&text).unwrap(), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_string_is_written_as_serde_json_writes_it(text in "(\\PC|[\\x00-\\x1f\"\\\\]){0,64}") {
            proptest::prop_assert_eq!(quoted(&text), serde_json::to_vec(&text).unwrap());
        }
    }

    #[test]
    fn applies_unsorted_edits() {
        let body = b"aaXbbYcc";
        let out =
            splice(body, vec![Edit { span: 5..6, with: b"yy".to_vec() }, Edit { span: 2..3, with: b"".to_vec() }]);
        assert_eq!(out.unwrap(), b"aabbyycc");
    }
}
