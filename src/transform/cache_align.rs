//! Finds values in the cached prefix (system prompt, instructions, tools) that change from
//! request to request — UUIDs, timestamps, JWTs, long hex hashes — and so defeat prompt
//! caching. It only reports; nothing in the prefix is ever rewritten.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use regex::Regex;

use crate::pipeline::VolatileValue;
use crate::provider::Index;

fn patterns() -> &'static [(&'static str, Regex)] {
    static PATTERNS: OnceLock<Vec<(&'static str, Regex)>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        [
            ("uuid", r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b"),
            ("timestamp", r"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?"),
            ("jwt", r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"),
            ("hex", r"\b[0-9a-f]{32,}\b"),
        ]
        .into_iter()
        .map(|(kind, re)| (kind, Regex::new(re).expect("static pattern compiles")))
        .collect()
    })
}

/// At most one warning per field and kind a minute: the report and the metric count the rest.
fn should_warn(field: &'static str, kind: &'static str) -> bool {
    static LAST: OnceLock<Mutex<HashMap<(&'static str, &'static str), Instant>>> = OnceLock::new();
    let mut last = LAST.get_or_init(Mutex::default).lock().unwrap_or_else(|e| e.into_inner());
    let now = Instant::now();
    match last.get(&(field, kind)) {
        Some(at) if now.duration_since(*at) < Duration::from_secs(60) => false,
        _ => {
            last.insert((field, kind), now);
            true
        }
    }
}

/// The volatile values in the prefix fields of `body`, one entry per field and kind.
///
/// The prefix is the same on every turn of a session, so results are remembered by a hash of
/// the field's bytes: a resent system prompt or tool list is not scanned again.
pub fn scan(body: &str, index: &Index) -> Vec<VolatileValue> {
    let mut found = Vec::new();
    for (field, span) in &index.prefix {
        let (field, text) = (*field, &body[span.clone()]);
        for kind in kinds_in(text) {
            if should_warn(field, kind) {
                tracing::warn!(field, kind, "volatile value in the cached prefix defeats prompt caching");
            }
            found.push(VolatileValue { field, kind });
        }
    }
    found
}

/// The volatile kinds in `text`, from a bounded memo keyed by the text's hash.
fn kinds_in(text: &str) -> Vec<&'static str> {
    const MAX_REMEMBERED: usize = 4096;
    static SEEN: OnceLock<Mutex<HashMap<[u8; 32], Vec<&'static str>>>> = OnceLock::new();
    let key = *blake3::hash(text.as_bytes()).as_bytes();
    let seen = SEEN.get_or_init(Mutex::default);
    if let Some(kinds) = seen.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
        return kinds.clone();
    }
    let kinds: Vec<&'static str> =
        patterns().iter().filter(|(_, re)| re.is_match(text)).map(|(kind, _)| *kind).collect();
    let mut seen = seen.lock().unwrap_or_else(|e| e.into_inner());
    if seen.len() >= MAX_REMEMBERED {
        seen.clear();
    }
    seen.insert(key, kinds.clone());
    kinds
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::provider::Endpoint;

    #[test]
    fn reports_volatile_system_values_only() {
        let body = r#"{"model":"m","system":"Now: 2026-11-29T13:00:00Z, session 123e4567-e89b-12d3-a456-426614174000","messages":[{"role":"user","content":"2026-11-29T13:00:00Z"}]}"#;
        let found = scan(body, &Endpoint::AnthropicMessages.index(body).unwrap());
        let kinds: Vec<_> = found.iter().map(|v| (v.field, v.kind)).collect();
        assert_eq!(kinds, vec![("system", "uuid"), ("system", "timestamp")]);
        let chat = r#"{"messages":[{"role":"system","content":"id 123e4567-e89b-12d3-a456-426614174000"}]}"#;
        assert_eq!(scan(chat, &Endpoint::OpenAiChat.index(chat).unwrap())[0].kind, "uuid");
    }
}
