//! The message view extensions see, and re-splicing a replaced message list.

use serde_json::Value;

use crate::provider::{Edit, Index, splice};

/// Each message (or `input` item) parsed into a `Value`.
pub(super) fn values(body: &str, index: &Index) -> Vec<Value> {
    index.messages.iter().map(|span| serde_json::from_str(&body[span.clone()]).unwrap_or(Value::Null)).collect()
}

/// `body` with its message list changed from `old` to `new`; messages before the first
/// difference keep their exact bytes.
pub(super) fn replace(body: &str, index: &Index, old: &[Value], new: &[Value]) -> Option<Vec<u8>> {
    let array = index.messages_array.clone()?;
    let keep = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    if keep == old.len() && keep == new.len() {
        return Some(body.as_bytes().to_vec());
    }
    let tail: Vec<String> = new[keep..].iter().map(|v| serde_json::to_string(v).ok()).collect::<Option<_>>()?;
    let tail = tail.join(",");
    let spans = &index.messages;
    let edit = match (keep, spans.len()) {
        // Nothing kept: the whole array content is replaced.
        (0, _) => Edit { span: array.start + 1..array.end - 1, with: tail.into_bytes() },
        // Some kept: everything after the last kept message is replaced, comma included.
        (k, _) => {
            let from = spans[k - 1].end;
            let to = spans.last().map_or(from, |s| s.end).max(from);
            let with = if tail.is_empty() { String::new() } else { format!(",{tail}") };
            Edit { span: from..to, with: with.into_bytes() }
        }
    };
    splice(body.as_bytes(), vec![edit])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::provider::Endpoint;

    fn roundtrip(body: &str, new: Vec<Value>) -> String {
        let index = Endpoint::OpenAiChat.index(body).unwrap();
        let old = values(body, &index);
        String::from_utf8(replace(body, &index, &old, &new).unwrap()).unwrap()
    }

    #[test]
    fn keeps_the_unchanged_prefix_bytes() {
        let body =
            r#"{"messages": [ {"role":"system", "content":"s 1.0"} , {"role":"user","content":"a"} ], "x": 1.0}"#;
        let sys: Value = serde_json::from_str(r#"{"role":"system","content":"s 1.0"}"#).unwrap();
        let out = roundtrip(body, vec![sys.clone(), serde_json::json!({"role":"user","content":"b"})]);
        assert_eq!(
            out,
            r#"{"messages": [ {"role":"system", "content":"s 1.0"},{"role":"user","content":"b"} ], "x": 1.0}"#
        );
        let out = roundtrip(body, vec![sys]);
        assert_eq!(out, r#"{"messages": [ {"role":"system", "content":"s 1.0"} ], "x": 1.0}"#);
        let out = roundtrip(body, vec![]);
        assert_eq!(out, r#"{"messages": [], "x": 1.0}"#);
    }
}
