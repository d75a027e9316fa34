//! JSON: compact first (lossless), then drop the items of long arrays and big keyed objects
//! that carry nothing new, keeping every item with an error, a rare key or value, an outlier,
//! or a term the call asked about.

mod analysis;
mod compact;
mod flatten;
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
/// assert!(out.lossy && out.text.contains(r#"[17,"failed"]"#), "{}", out.text);
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
        let mut walker = Walker { query: &query, ctx, out: String::with_capacity(text.len() / 2), dropped: 0 };
        walker.value(root, 0);
        if walker.dropped == 0 {
            // Nothing dropped, but tables may still have made it shorter than compaction.
            return (walker.out.len() < text.len()).then(|| Rewrite::lossless(walker.out));
        }
        let mut out = walker.out;
        out.push('\n');
        out.push_str(&marker(&format!("{} items", walker.dropped), ctx.retrieve_id));
        Some(Rewrite { text: out, lossy: true })
    }
}

struct Walker<'q> {
    query: &'q Query,
    ctx: &'q Context<'q>,
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
        let analysis = (items.len() >= MIN_ITEMS).then(|| analysis::select(&items, self.query, self.ctx, true));
        let keep = analysis.as_ref().map_or_else(|| vec![true; items.len()], |a| a.keep.clone());
        let start = self.out.len();
        let dropped_before = self.dropped;
        self.rows(&items, &keep, analysis.as_ref(), depth);
        // Lossless: uniform flat objects become a header and rows when that is shorter.
        let rendered = self.out.len() - start;
        if let Some(table) = table(&items, &keep, analysis.as_ref()).filter(|t| t.len() < rendered * 9 / 10) {
            self.out.truncate(start);
            self.out.push_str(&table);
            self.dropped = dropped_before + keep.iter().filter(|k| !**k).count();
        }
    }

    fn rows(&mut self, items: &[&RawValue], keep: &[bool], analysis: Option<&analysis::Analysis>, depth: usize) {
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
            self.dropped += i - start;
            self.out.push_str(&omitted_note(analysis, start..i));
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
            analysis::select_entries(&entries, self.query, self.ctx).keep
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

/// The JSON string that stands for the dropped items in `range`.
fn omitted_note(analysis: Option<&analysis::Analysis>, range: std::ops::Range<usize>) -> String {
    let summary = analysis.map(|a| a.summary(range.clone())).unwrap_or_default();
    let note = format!("[… {} items omitted{summary}]", range.len());
    serde_json::to_string(&note).expect("a str serialises")
}

/// Kept items that are objects with the same keys and only scalar values, written as
/// `{"[table]":[keys…],"rows":[[values…],…]}`; `None` if they are not that uniform.
fn table(items: &[&RawValue], keep: &[bool], analysis: Option<&analysis::Analysis>) -> Option<String> {
    const MIN_ROWS: usize = 4;
    let mut columns: Option<Vec<String>> = None;
    let mut rows: Vec<Option<Vec<&str>>> = Vec::new();
    let mut kept = 0;
    for (item, &k) in items.iter().zip(keep) {
        if !k {
            rows.push(None);
            continue;
        }
        let raw::Entries(entries) = serde_json::from_str(item.get()).ok()?;
        let keys: Vec<String> = entries.iter().map(|(k, _)| k.clone()).collect();
        match &columns {
            None => columns = Some(keys),
            Some(c) if *c == keys => {}
            Some(_) => return None,
        }
        if entries.iter().any(|(_, v)| v.get().starts_with(['{', '['])) {
            return None;
        }
        rows.push(Some(entries.iter().map(|(_, v)| v.get()).collect()));
        kept += 1;
    }
    let columns = columns.filter(|c| kept >= MIN_ROWS && !c.is_empty())?;
    let mut out = format!("{{\"[table]\":{},\"rows\":[", serde_json::to_string(&columns).ok()?);
    let mut i = 0;
    while i < rows.len() {
        if i > 0 {
            out.push(',');
        }
        match &rows[i] {
            Some(values) => {
                out.push('[');
                out.push_str(&values.join(","));
                out.push(']');
                i += 1;
            }
            None => {
                let start = i;
                while i < rows.len() && rows[i].is_none() {
                    i += 1;
                }
                out.push_str(&omitted_note(analysis, start..i));
            }
        }
    }
    out.push_str("]}");
    Some(out)
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
    let keep = if items.len() >= MIN_ITEMS {
        analysis::select(&items, &query, ctx, true).keep
    } else {
        vec![true; items.len()]
    };
    let minified: Vec<String> = items.iter().map(|i| compact::minify(i.get())).collect();
    let refs: Vec<&str> = minified.iter().map(String::as_str).collect();
    super::render::render_kept(&refs, &keep, "lines", ctx.retrieve_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uniform_objects_become_a_table_with_values_as_written() {
        let items: Vec<String> =
            (0..4).map(|i| format!(r#"{{"node_name": "n-{i}", "load_average": {i}.50, "is_up": true}}"#)).collect();
        let text = format!("[{}]", items.join(", "));
        let out = JsonCompactor.compress(&text, &Context::bare("0123456789abcdef01234567")).unwrap();
        let crushed = JsonCrusher.compress(&text, &Context::bare("0123456789abcdef01234567")).unwrap();
        assert_eq!(
            crushed.text,
            r#"{"[table]":["node_name","load_average","is_up"],"rows":[["n-0",0.50,true],["n-1",1.50,true],["n-2",2.50,true],["n-3",3.50,true]]}"#
        );
        assert!(crushed.text.len() < out.text.len());
        assert!(!crushed.lossy, "a table drops nothing");
    }
}
