//! Rewrites remembered by content: an agent re-sends every earlier tool output on every turn,
//! and compressors are pure functions of the block and its context, so each block is
//! compressed once and looked up after that.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use crate::transform::{Context, Kind, Rewrite};

/// Entries kept at most.
const MAX_ENTRIES: usize = 4096;
/// Bytes of rewrites kept at most.
const MAX_BYTES: usize = 64 << 20;

type Key = [u8; 32];

/// A bounded memo of compressor outputs, oldest entries evicted first.
#[derive(Default)]
pub(crate) struct Memo {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    map: HashMap<Key, Option<Arc<Rewrite>>>,
    order: VecDeque<(Key, usize)>,
    bytes: usize,
}

impl Memo {
    /// The key of compressing `text` as `kind` with `compressor` in `ctx`: everything the
    /// output depends on.
    pub fn key(compressor: &str, kind: Kind, text: &str, ctx: &Context<'_>) -> Key {
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
        *h.finalize().as_bytes()
    }

    /// The remembered output for `key`: `Some(None)` means "nothing worth changing".
    pub fn get(&self, key: &Key) -> Option<Option<Arc<Rewrite>>> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner()).map.get(key).cloned()
    }

    /// Remembers `output` under `key`, evicting the oldest entries past the bounds.
    pub fn put(&self, key: Key, output: Option<Arc<Rewrite>>) {
        let size = output.as_ref().map_or(0, |r| r.text.len()) + 64;
        if size > MAX_BYTES / 8 {
            return;
        }
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if inner.map.insert(key, output).is_some() {
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
    fn keys_differ_by_every_input_and_entries_are_bounded() {
        let ctx = Context::bare("0123456789abcdef01234567");
        let base = Memo::key("log", Kind::Log, "text", &ctx);
        assert_ne!(base, Memo::key("log", Kind::Log, "text2", &ctx));
        assert_ne!(base, Memo::key("json", Kind::Log, "text", &ctx));
        assert_ne!(base, Memo::key("log", Kind::Log, "text", &Context { question: Some("q"), ..ctx }));
        assert_ne!(base, Memo::key("log", Kind::Log, "text", &Context { bias: 2.0, ..ctx }));
        assert_ne!(
            Memo::key("log", Kind::Log, "text", &Context { tool_name: Some("a"), ..ctx }),
            Memo::key("log", Kind::Log, "text", &Context { tool_args: Some("a"), ..ctx })
        );
        let memo = Memo::default();
        for i in 0..MAX_ENTRIES + 10 {
            memo.put(Memo::key("log", Kind::Log, &i.to_string(), &ctx), None);
        }
        assert!(memo.get(&Memo::key("log", Kind::Log, "0", &ctx)).is_none(), "the oldest went first");
        assert_eq!(memo.get(&Memo::key("log", Kind::Log, "4100", &ctx)), Some(None));
        assert_eq!(memo.inner.lock().unwrap().map.len(), MAX_ENTRIES);
    }
}
