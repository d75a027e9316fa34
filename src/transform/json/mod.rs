//! JSON: compact first (lossless), then drop the items of long arrays and big keyed objects
//! that carry nothing new, keeping every item with an error, a rare key or value, an outlier,
//! or a term the call asked about.

mod analysis;
mod compact;
mod flatten;
mod tree;

use serde_json::value::RawValue;

pub use compact::JsonCompactor;

use super::query::{Hits, Query};
use super::{Compressor, Context, Rewrite};
use crate::ccr::marker;
use tree::{NodeId, Tree};

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
            return crush_lines(text, &lines, ctx);
        }
        let root: &RawValue = serde_json::from_str(text.trim()).ok()?;
        let Some(tree) = Tree::of(root.get()) else {
            tracing::warn!("JSON accepted by serde but not by the span scanner; compacted only");
            crate::metrics::global().rejections.inc("json_scan");
            return JsonCompactor.compress(text, ctx);
        };
        let query = Query::from_context(ctx);
        let hits = query.hits(root.get());
        let mut walker =
            Walker { tree: &tree, hits: &hits, ctx, out: String::with_capacity(text.len() / 2), dropped: 0 };
        walker.value(tree.root(), 0);
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
    tree: &'q Tree<'q>,
    hits: &'q Hits<'q>,
    ctx: &'q Context<'q>,
    out: String,
    dropped: usize,
}

impl Walker<'_> {
    fn value(&mut self, id: NodeId, depth: usize) {
        let text = self.tree.text(id);
        if depth > MAX_DEPTH {
            self.out.push_str(&compact::minify(text));
            return;
        }
        match text.as_bytes().first() {
            Some(b'[') => self.array(id, depth),
            Some(b'{') => self.object(id, depth),
            _ => self.out.push_str(text),
        }
    }

    fn array(&mut self, id: NodeId, depth: usize) {
        let ids: Vec<NodeId> = self.tree.children(id).collect();
        let items: Vec<analysis::Item<'_, '_>> = ids.iter().map(|&i| (self.tree, i)).collect();
        let analysis = (items.len() >= MIN_ITEMS).then(|| analysis::select(&items, self.hits, self.ctx, true));
        let keep = analysis.as_ref().map_or_else(|| vec![true; items.len()], |a| a.keep.clone());
        let start = self.out.len();
        let dropped_before = self.dropped;
        self.rows(&ids, &keep, analysis.as_ref(), depth);
        // Lossless: uniform flat objects become a header and rows when that is shorter.
        let rendered = self.out.len() - start;
        if let Some(table) = table(self.tree, &ids, &keep, analysis.as_ref()).filter(|t| t.len() < rendered * 9 / 10) {
            self.out.truncate(start);
            self.out.push_str(&table);
            self.dropped = dropped_before + keep.iter().filter(|k| !**k).count();
        }
    }

    fn rows(&mut self, ids: &[NodeId], keep: &[bool], analysis: Option<&analysis::Analysis>, depth: usize) {
        self.out.push('[');
        let mut first = true;
        let mut i = 0;
        while i < ids.len() {
            if !first {
                self.out.push(',');
            }
            first = false;
            if keep[i] {
                self.value(ids[i], depth + 1);
                i += 1;
                continue;
            }
            let start = i;
            while i < ids.len() && !keep[i] {
                i += 1;
            }
            self.dropped += i - start;
            self.out.push_str(&omitted_note(analysis, start..i));
        }
        self.out.push(']');
    }

    fn object(&mut self, id: NodeId, depth: usize) {
        let ids: Vec<NodeId> = self.tree.children(id).collect();
        // A key serde cannot decode (a lone surrogate escape) leaves the object as written.
        let Some(keys) = ids.iter().map(|&i| self.tree.key(i)).collect::<Option<Vec<_>>>() else {
            self.out.push_str(&compact::minify(self.tree.text(id)));
            return;
        };
        let containers = ids.iter().filter(|&&i| self.tree.text(i).starts_with(['{', '['])).count();
        let keep = if ids.len() >= MIN_ENTRIES && containers * 10 >= ids.len() * 7 {
            let values: Vec<analysis::Item<'_, '_>> = ids.iter().map(|&i| (self.tree, i)).collect();
            analysis::select_entries(&keys, &values, self.hits, self.ctx).keep
        } else {
            vec![true; ids.len()]
        };
        self.out.push('{');
        let mut omitted = Vec::new();
        let mut first = true;
        for ((key, &value), kept) in keys.iter().zip(&ids).zip(&keep) {
            if !kept {
                omitted.push(key.as_ref());
                continue;
            }
            if !first {
                self.out.push(',');
            }
            first = false;
            push_key(&mut self.out, key);
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

/// `key` as a JSON string, as serde_json writes it.
fn push_key(out: &mut String, key: &str) {
    if key.bytes().any(|b| b == b'"' || b == b'\\' || b < 0x20) {
        out.push_str(&serde_json::to_string(key).expect("a str serialises"));
    } else {
        out.push('"');
        out.push_str(key);
        out.push('"');
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
fn table(tree: &Tree<'_>, ids: &[NodeId], keep: &[bool], analysis: Option<&analysis::Analysis>) -> Option<String> {
    const MIN_ROWS: usize = 4;
    let mut columns: Option<Vec<std::borrow::Cow<'_, str>>> = None;
    let mut rows: Vec<Option<Vec<&str>>> = Vec::new();
    let mut kept = 0;
    for (&id, &k) in ids.iter().zip(keep) {
        if !k {
            rows.push(None);
            continue;
        }
        if !tree.text(id).starts_with('{') {
            return None;
        }
        let entries: Vec<NodeId> = tree.children(id).collect();
        let keys = entries.iter().map(|&e| tree.key(e)).collect::<Option<Vec<_>>>()?;
        match &columns {
            None => columns = Some(keys),
            Some(c) if *c == keys => {}
            Some(_) => return None,
        }
        let values: Vec<&str> = entries.iter().map(|&e| tree.text(e)).collect();
        if values.iter().any(|v| v.starts_with(['{', '['])) {
            return None;
        }
        rows.push(Some(values));
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

/// The lines of a JSON-lines text, if every non-empty line is a JSON object (checked line by
/// line, so a pretty-printed document is turned down at its first line).
fn json_lines(text: &str) -> Option<Vec<&str>> {
    let mut lines = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        if !line.trim_start().starts_with('{') || serde_json::from_str::<&RawValue>(line).is_err() {
            return None;
        }
        lines.push(line);
    }
    (lines.len() >= 2).then_some(lines)
}

fn crush_lines(text: &str, lines: &[&str], ctx: &Context<'_>) -> Option<Rewrite> {
    let trees: Vec<Tree<'_>> = lines.iter().filter_map(|l| Tree::of(l.trim())).collect();
    let items: Vec<analysis::Item<'_, '_>> = trees.iter().map(|t| (t, t.root())).collect();
    let query = Query::from_context(ctx);
    let keep = if items.len() >= MIN_ITEMS {
        analysis::select(&items, &query.hits(text), ctx, true).keep
    } else {
        vec![true; items.len()]
    };
    let minified: Vec<String> = trees.iter().map(|t| compact::minify(t.text(t.root()))).collect();
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
