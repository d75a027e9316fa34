//! JSON: re-indented documents made compact, without touching a single value.

use serde::de::IgnoredAny;

use super::super::{Compressor, Context, Rewrite};

/// Removes the whitespace between JSON tokens; strings and number spellings stay as written.
///
/// ```
/// use headroom::transform::{Compressor, Context, JsonCompactor};
/// let out = JsonCompactor.compress("{\n  \"a\": 1.0,\n  \"b\": \"x y\"\n}", &Context::bare("")).unwrap();
/// assert_eq!(out.text, r#"{"a":1.0,"b":"x y"}"#);
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct JsonCompactor;

impl Compressor for JsonCompactor {
    fn name(&self) -> &'static str {
        "json_compact"
    }

    fn compress(&self, text: &str, _ctx: &Context<'_>) -> Option<Rewrite> {
        serde_json::from_str::<IgnoredAny>(text).ok()?;
        let compact = minify(text);
        (compact.len() < text.len()).then(|| Rewrite::lossless(compact))
    }
}

/// `text` (valid JSON) without insignificant whitespace.
pub(crate) fn minify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_string = false;
    let mut escaped = false;
    let mut run_start = 0;
    for (i, b) in text.bytes().enumerate() {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b' ' | b'\n' | b'\r' | b'\t' => {
                out.push_str(&text[run_start..i]);
                run_start = i + 1;
            }
            _ => {}
        }
    }
    out.push_str(&text[run_start..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_strings_numbers_and_escapes() {
        let text = "[ 123456789012345678901234567890 , 1e-3, \"a \\\" b\\n\" , {\"k\" : [ ] } ]";
        let out = JsonCompactor.compress(text, &Context::bare("")).unwrap();
        assert_eq!(out.text, "[123456789012345678901234567890,1e-3,\"a \\\" b\\n\",{\"k\":[]}]");
        assert!(!out.lossy);
    }

    #[test]
    fn leaves_non_json_and_compact_json_alone() {
        assert!(JsonCompactor.compress("not json {", &Context::bare("")).is_none());
        assert!(JsonCompactor.compress("{\"a\":1}", &Context::bare("")).is_none());
    }
}
