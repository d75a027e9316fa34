//! Rewrites remembered by content: an agent re-sends every earlier tool output on every turn,
//! and compressors are pure functions of the block and its context, so each block is
//! compressed once and looked up after that. The never-worse gate's token counts are
//! remembered with the output, so a re-sent block is not counted again either.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use super::report::KeepReason;
use crate::tokenizer::Encoding;
use crate::transform::{Context, Kind, Rewrite};

/// Entries kept at most.
const MAX_ENTRIES: usize = 4096;
/// Bytes of rewrites kept at most.
const MAX_BYTES: usize = 64 << 20;

pub(crate) type Key = [u8; 32];

/// The never-worse gate's verdict: (tokens before, after), or why the block was kept and its
/// tokens.
pub(crate) type Measured = Result<(usize, usize), (KeepReason, usize)>;

/// What compressing one block came to: the output (`None`: nothing worth changing) and, when
/// it differs from the input, the gate's verdict on it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Outcome {
    pub rewrite: Option<Arc<Rewrite>>,
    pub measured: Option<Measured>,
}

/// What the gate's counts depend on beyond the text: the same output is counted the same way.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Counting {
    pub encoding: Encoding,
    pub min_tokens: usize,
    pub exact: bool,
}

/// A bounded memo of compression outcomes, oldest entries evicted first.
#[derive(Default)]
pub(crate) struct Memo {
    inner: Mutex<Inner>,
    /// The router's verdicts, by text and call: detecting a kind parses JSON-looking text in
    /// full, on every turn the block is re-sent. Cleared when full (entries are 33 bytes).
    kinds: Mutex<HashMap<Key, Kind>>,
}

#[derive(Default)]
struct Inner {
    map: HashMap<Key, Outcome>,
    order: VecDeque<(Key, usize)>,
    bytes: usize,
}

impl Memo {
    /// The key of compressing the text whose BLAKE3 hash is `text` as `kind` with
    /// `compressor` in `ctx` and counting the result as `counting` says: everything the
    /// outcome depends on. The text's hash, not the text: it is hashed once per block, for
    /// its retrieval id too.
    pub fn key(compressor: &str, kind: Kind, text: &blake3::Hash, ctx: &Context<'_>, counting: Counting) -> Key {
        let mut h = blake3::Hasher::new();
        let mut field = |bytes: &[u8]| {
            h.update(&(bytes.len() as u64).to_le_bytes());
            h.update(bytes);
        };
        field(compressor.as_bytes());
        field(kind.name().as_bytes());
        field(text.as_bytes());
        for part in [ctx.tool_name, ctx.tool_args, ctx.question] {
            field(part.map_or(&[0xff][..], str::as_bytes));
        }
        field(ctx.retrieve_id.as_bytes());
        field(&ctx.bias.to_bits().to_le_bytes());
        field(ctx.relevance.map_or("", |r| r.name()).as_bytes());
        field(&[counting.encoding as u8]);
        field(&(counting.min_tokens as u64).to_le_bytes());
        field(&[u8::from(counting.exact)]);
        *h.finalize().as_bytes()
    }

    /// The kind of the text whose hash is `text` in a call to `tool_name` with `tool_args`:
    /// remembered, or found by `detect` and remembered.
    pub fn kind(
        &self,
        text: &blake3::Hash,
        tool_name: Option<&str>,
        tool_args: Option<&str>,
        detect: impl FnOnce() -> Kind,
    ) -> Kind {
        let mut h = blake3::Hasher::new();
        h.update(text.as_bytes());
        for part in [tool_name, tool_args] {
            h.update(&part.map_or(u64::MAX, |p| p.len() as u64).to_le_bytes());
            h.update(part.unwrap_or_default().as_bytes());
        }
        let key = *h.finalize().as_bytes();
        if let Some(&kind) = self.kinds.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return kind;
        }
        let kind = detect();
        let mut kinds = self.kinds.lock().unwrap_or_else(|e| e.into_inner());
        if kinds.len() >= MAX_ENTRIES {
            kinds.clear();
        }
        kinds.insert(key, kind);
        kind
    }

    /// The remembered outcome for `key`.
    pub fn get(&self, key: &Key) -> Option<Outcome> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner()).map.get(key).cloned()
    }

    /// Remembers `outcome` under `key`, evicting the oldest entries past the bounds.
    pub fn put(&self, key: Key, outcome: Outcome) {
        let size = outcome.rewrite.as_ref().map_or(0, |r| r.text.len()) + 96;
        if size > MAX_BYTES / 8 {
            return;
        }
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if inner.map.insert(key, outcome).is_some() {
            return;
        }
        inner.order.push_back((key, size));
        inner.bytes += size;
        while inner.order.len() > MAX_ENTRIES || inner.bytes > MAX_BYTES {
            let Some((old, old_size)) = inner.order.pop_front() else { break };
            inner.map.remove(&old);
            inner.bytes -= old_size;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_detected_once_per_text_and_call() {
        let memo = Memo::default();
        let calls = std::cell::Cell::new(0);
        let detect = |kind: Kind| {
            calls.set(calls.get() + 1);
            kind
        };
        let text = blake3::hash(b"{}");
        assert_eq!(memo.kind(&text, Some("t"), None, || detect(Kind::Json)), Kind::Json);
        assert_eq!(memo.kind(&text, Some("t"), None, || detect(Kind::Log)), Kind::Json);
        assert_eq!(calls.get(), 1);
        assert_eq!(memo.kind(&text, Some("t"), Some(""), || detect(Kind::Log)), Kind::Log);
        assert_eq!(memo.kind(&text, None, Some("t"), || detect(Kind::Text)), Kind::Text);
        assert_eq!(memo.kind(&blake3::hash(b"[]"), Some("t"), None, || detect(Kind::Diff)), Kind::Diff);
        assert_eq!(calls.get(), 4);
        for i in 0..MAX_ENTRIES as u32 + 1 {
            memo.kind(&blake3::hash(&i.to_le_bytes()), None, None, || Kind::Text);
        }
        assert!(memo.kinds.lock().unwrap().len() <= MAX_ENTRIES);
    }

    #[test]
    fn keys_differ_by_every_input_and_entries_are_bounded() {
        let ctx = Context::bare("0123456789abcdef01234567");
        let counting = Counting { encoding: Encoding::O200kBase, min_tokens: 250, exact: false };
        let key = |compressor: &str, text: &str, ctx: &Context<'_>| {
            Memo::key(compressor, Kind::Log, &blake3::hash(text.as_bytes()), ctx, counting)
        };
        let base = key("log", "text", &ctx);
        assert_ne!(base, key("log", "text2", &ctx));
        assert_ne!(base, key("json", "text", &ctx));
        assert_ne!(base, Memo::key("log", Kind::Json, &blake3::hash(b"text"), &ctx, counting));
        assert_ne!(base, key("log", "text", &Context { question: Some("q"), ..ctx }));
        assert_ne!(base, key("log", "text", &Context { bias: 2.0, ..ctx }));
        assert_ne!(
            key("log", "text", &Context { tool_name: Some("a"), ..ctx }),
            key("log", "text", &Context { tool_args: Some("a"), ..ctx })
        );
        for other in [
            Counting { encoding: Encoding::Cl100kBase, ..counting },
            Counting { min_tokens: 251, ..counting },
            Counting { exact: true, ..counting },
        ] {
            assert_ne!(base, Memo::key("log", Kind::Log, &blake3::hash(b"text"), &ctx, other), "{other:?}");
        }
        let memo = Memo::default();
        let nothing = Outcome { rewrite: None, measured: None };
        for i in 0..MAX_ENTRIES + 10 {
            memo.put(key("log", &i.to_string(), &ctx), nothing.clone());
        }
        assert!(memo.get(&key("log", "0", &ctx)).is_none(), "the oldest went first");
        assert_eq!(memo.get(&key("log", "4100", &ctx)), Some(nothing));
        assert_eq!(memo.inner.lock().unwrap().map.len(), MAX_ENTRIES);
    }
}
