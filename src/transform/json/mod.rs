//! JSON: compact first (lossless), then drop the items of long arrays and big keyed objects
//! that carry nothing new, keeping every item with an error, a rare key or value, an outlier,
//! or a term the call asked about.

mod analysis;
mod compact;
mod raw;

use serde_json::value::RawValue;

pub use compact::JsonCompactor;

use super::query::Query;
use super::{Compressor, Context, Rewrite};
use crate::ccr::marker;

/// Arrays with fewer items are kept whole.
const MIN_ITEMS: usize = 5;
/// Objects with at least this many entries, mostly containers, are treated as collections.
const MIN_ENTRIES: usize = 12;
/// Nesting deeper than this is written out compact, without analysis.
const MAX_DEPTH: usize = 48;

/// The JSON compressor: [`JsonCompactor`]'s output, with long collections thinned.
///
/// ```
/// use headroom::transform::{Compressor, Context, JsonCrusher};
/// let items: Vec<_> = (0..40).map(|i| serde_json::json!({"id": i, "state": if i == 17 { "failed" } else { "ok" }})).collect();
/// let text = serde_json::to_string_pretty(&items).unwrap();
/// let out = JsonCrusher.compress(&text, &Context::bare("0123456789abcdef01234567")).unwrap();
/// assert!(out.lossy && out.text.contains(r#"{"id":17,"state":"failed"}"#));
/// assert!(out.text.len() < text.len() / 4);
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct JsonCrusher;

impl Compressor for JsonCrusher {
    fn name(&self) -> &'static str {
        "json"
    }

    fn compress(&self, text: &str, ctx: &Context<'_>) -> Option<Rewrite> {
        if let Some(lines) = json_lines(text) {
            return crush_lines(&lines, ctx);
        }
        let root: &RawValue = serde_json::from_str(text.trim()).ok()?;
        let query = Query::from_context(ctx);
        let mut walker = Walker { query: &query, out: String::with_capacity(text.len() / 2), dropped: 0 };
        walker.value(root, 0);
        if walker.dropped == 0 {
            return JsonCompactor.compress(text, ctx);
        }
        let mut out = walker.out;
        out.push('\n');
        out.push_str(&marker(&format!("{} items", walker.dropped), ctx.retrieve_id));
        Some(Rewrite { text: out, lossy: true })
    }
}

struct Walker<'q> {
    query: &'q Query,
    out: String,
    dropped: usize,
}

impl Walker<'_> {
    fn value(&mut self, raw: &RawValue, depth: usize) {
        let text = raw.get();
        if depth > MAX_DEPTH {
            self.out.push_str(&compact::minify(text));
            return;
        }
        match text.as_bytes().first() {
            Some(b'[') => self.array(raw, depth),
            Some(b'{') => self.object(raw, depth),
            _ => self.out.push_str(text),
        }
    }

    fn array(&mut self, raw: &RawValue, depth: usize) {
        let Ok(items) = serde_json::from_str::<Vec<&RawValue>>(raw.get()) else {
            self.out.push_str(&compact::minify(raw.get()));
            return;
        };
        let analysis = (items.len() >= MIN_ITEMS).then(|| analysis::select(&items, self.query, true));
        let keep = analysis.as_ref().map_or_else(|| vec![true; items.len()], |a| a.keep.clone());
        self.out.push('[');
        let mut first = true;
        let mut i = 0;
        while i < items.len() {
            if !first {
                self.out.push(',');
            }
            first = false;
            if keep[i] {
                self.value(items[i], depth + 1);
                i += 1;
                continue;
            }
            let start = i;
            while i < items.len() && !keep[i] {
                i += 1;
            }
            let summary = analysis.as_ref().map(|a| a.summary(start..i)).unwrap_or_default();
            self.dropped += i - start;
            let note = format!("[… {} items omitted{summary}]", i - start);
            self.out.push_str(&serde_json::to_string(&note).expect("a str serialises"));
        }
        self.out.push(']');
    }

    fn object(&mut self, raw: &RawValue, depth: usize) {
        let Ok(raw::Entries(entries)) = serde_json::from_str::<raw::Entries<'_>>(raw.get()) else {
            self.out.push_str(&compact::minify(raw.get()));
            return;
        };
        let containers = entries.iter().filter(|(_, v)| v.get().starts_with(['{', '['])).count();
        let keep = if entries.len() >= MIN_ENTRIES && containers * 10 >= entries.len() * 7 {
            analysis::select_entries(&entries, self.query).keep
        } else {
            vec![true; entries.len()]
        };
        self.out.push('{');
        let mut omitted = Vec::new();
        let mut first = true;
        for ((key, value), kept) in entries.iter().zip(&keep) {
            if !kept {
                omitted.push(key.as_str());
                continue;
            }
            if !first {
                self.out.push(',');
            }
            first = false;
            self.out.push_str(&serde_json::to_string(key).expect("a str serialises"));
            self.out.push(':');
            self.value(value, depth + 1);
        }
        if !omitted.is_empty() {
            self.dropped += omitted.len();
            let note = format!("{} entries omitted: {}", omitted.len(), omitted.join(", "));
            if !first {
                self.out.push(',');
            }
            self.out.push_str("\"[…]\":");
            self.out.push_str(&serde_json::to_string(&note).expect("a str serialises"));
        }
        self.out.push('}');
    }
}

/// The lines of a JSON-lines text, if every non-empty line is a JSON object.
fn json_lines(text: &str) -> Option<Vec<&str>> {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let all_objects = lines.len() >= 2
        && lines.iter().all(|l| l.trim_start().starts_with('{') && serde_json::from_str::<&RawValue>(l).is_ok());
    all_objects.then_some(lines)
}

fn crush_lines(lines: &[&str], ctx: &Context<'_>) -> Option<Rewrite> {
    let items: Vec<&RawValue> = lines.iter().filter_map(|l| serde_json::from_str(l.trim()).ok()).collect();
    let query = Query::from_context(ctx);
    let keep =
        if items.len() >= MIN_ITEMS { analysis::select(&items, &query, true).keep } else { vec![true; items.len()] };
    let minified: Vec<String> = items.iter().map(|i| compact::minify(i.get())).collect();
    let refs: Vec<&str> = minified.iter().map(String::as_str).collect();
    super::render::render_kept(&refs, &keep, "lines", ctx.retrieve_id)
}
