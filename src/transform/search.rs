//! Search hits (`path:line:text`, as grep -n, rg and git grep print them): the hits that
//! match what was asked, definitions of the searched names first; counts per file for the rest.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use regex::Regex;

use super::query::Query;
use super::router::is_search_hit;
use super::{Compressor, Context, Rewrite};
use crate::ccr::marker;

/// Keeps the first hits and the best-scoring ones; summarises the rest by file.
///
/// ```
/// use headroom::transform::{Compressor, Context, SearchCompressor};
/// let mut hits: Vec<String> = (0..300).map(|i| format!("src/m{}.rs:{i}:use crate::Thing;", i % 30)).collect();
/// hits.push("src/thing.rs:12:pub struct Thing {".into());
/// let ctx = Context { tool_args: Some(r#"{"pattern":"Thing"}"#), ..Context::bare("0123456789abcdef01234567") };
/// let out = SearchCompressor.compress(&hits.join("\n"), &ctx).unwrap();
/// assert!(out.text.contains("src/thing.rs:12:pub struct Thing {"));
/// assert!(out.text.lines().count() < 40);
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct SearchCompressor;

const MIN_HITS: usize = 25;
const FIRST: usize = 3;
const MAX_FILES_LISTED: usize = 15;
/// Hits a scorer by meaning reads, at most (its time is bounded per block).
const MAX_SCORED: usize = 32;
/// Hits kept by terms and meaning together, at least, when a scorer is configured.
const MIN_BY_MEANING: usize = 3;

fn definition() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\b(?:trait|struct|class|enum|interface|type|fn|def|func|function|mod|module|macro_rules!)\s+(?:\([^)]*\)\s*)?([A-Za-z_][A-Za-z0-9_]*)")
            .expect("static pattern compiles")
    })
}

impl Compressor for SearchCompressor {
    fn name(&self) -> &'static str {
        "search"
    }

    fn compress(&self, text: &str, ctx: &Context<'_>) -> Option<Rewrite> {
        let lines: Vec<&str> = text.split('\n').collect();
        let hits: Vec<usize> = (0..lines.len()).filter(|&i| is_search_hit(lines[i])).collect();
        if hits.len() < MIN_HITS {
            return None;
        }
        let query = Query::from_context(ctx);
        let scores = score_hits(&lines, &hits, &query);
        let budget = (hits.len() / 25).clamp(8, 30);
        let mut ranked: Vec<usize> = (0..hits.len()).filter(|&h| scores[h] > 0.0).collect();
        ranked.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
        let best = by_meaning(&lines, &hits, &scores, &ranked, budget, ctx)
            .unwrap_or_else(|| ranked.iter().copied().take(budget).collect());
        let mut keep = vec![false; lines.len()];
        for h in best.into_iter().chain(0..FIRST.min(hits.len())) {
            keep[hits[h]] = true;
        }
        // Lines that are not hits (headers, separators, totals) are short and stay.
        (0..lines.len())
            .filter(|&i| !is_search_hit(lines[i]) && !lines[i].trim().is_empty())
            .for_each(|i| keep[i] = true);
        Some(render(&lines, &hits, &keep, ctx.retrieve_id))
    }
}

/// The hits to keep when the context has a scorer by meaning: the best [`MAX_SCORED`] by terms
/// are read whole (path and text), and [`super::relevance::pick`] keeps a third of the budget
/// by terms unless the model ranks them low too, plus the best by both.
fn by_meaning(
    lines: &[&str],
    hits: &[usize],
    scores: &[f64],
    ranked: &[usize],
    budget: usize,
    ctx: &Context<'_>,
) -> Option<Vec<usize>> {
    ctx.relevance?;
    let candidates: Vec<usize> = ranked.iter().copied().take(MAX_SCORED).collect();
    let best = candidates.first().map_or(1.0, |&h| scores[h]).max(1e-9);
    let passages: Vec<&str> =
        candidates.iter().map(|&h| lines[hits[h]].strip_prefix("HEAD:").unwrap_or(lines[hits[h]])).collect();
    let terms: Vec<f64> = candidates.iter().map(|&h| scores[h] / best).collect();
    let by_terms = ((budget / 3) as f32 * ctx.bias).round() as usize;
    let by_both = (MIN_BY_MEANING as f32 * ctx.bias).round() as usize;
    let picked = super::relevance::pick(ctx, &passages, &terms, by_both, by_terms)?;
    Some(picked.into_iter().map(|k| candidates[k]).collect())
}

/// A relevance score per hit: query terms weighted by how rare they are among the hits, and
/// more when the hit defines a name the query contains.
fn score_hits(lines: &[&str], hits: &[usize], query: &Query) -> Vec<f64> {
    let bits: Vec<u128> = hits.iter().map(|&i| query.bits(content(lines[i]))).collect();
    let n = hits.len() as f64;
    let idf: Vec<f64> = (0..128)
        .map(|t| {
            let df = bits.iter().filter(|b| *b >> t & 1 == 1).count() as f64;
            if df == 0.0 { 0.0 } else { (n / df).ln() + 0.1 }
        })
        .collect();
    hits.iter()
        .zip(&bits)
        .map(|(&i, &b)| {
            let terms: f64 = (0..128).filter(|t| b >> t & 1 == 1).map(|t| idf[t]).sum();
            let defines = definition()
                .captures(content(lines[i]))
                .and_then(|c| c.get(1))
                .map(|m| query.score(m.as_str()))
                .unwrap_or(0);
            terms + if defines > 0 { 2.0 + defines as f64 } else { 0.0 }
        })
        .collect()
}

/// The text of a hit after `path:line:`.
fn content(hit: &str) -> &str {
    let hit = hit.strip_prefix("HEAD:").unwrap_or(hit);
    hit.splitn(3, ':').nth(2).unwrap_or(hit)
}

fn file(hit: &str) -> &str {
    let hit = hit.strip_prefix("HEAD:").unwrap_or(hit);
    hit.split(':').next().unwrap_or(hit)
}

fn render(lines: &[&str], hits: &[usize], keep: &[bool], retrieve_id: &str) -> Rewrite {
    let mut out: Vec<&str> = (0..lines.len()).filter(|&i| keep[i]).map(|i| lines[i]).collect();
    let mut dropped: BTreeMap<&str, usize> = BTreeMap::new();
    hits.iter().filter(|&&i| !keep[i]).for_each(|&i| *dropped.entry(file(lines[i])).or_default() += 1);
    let total: usize = dropped.values().sum();
    let mut files: Vec<(&str, usize)> = dropped.into_iter().collect();
    files.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let listed: Vec<String> = files.iter().take(MAX_FILES_LISTED).map(|(f, c)| format!("{f} ×{c}")).collect();
    let more = files.len().saturating_sub(MAX_FILES_LISTED);
    let tail = if more > 0 { format!(", and {more} more files") } else { String::new() };
    let summary = format!("[… {total} more hits in {} files: {}{tail}]", files.len(), listed.join(", "));
    let closing = marker(&format!("{total} hits"), retrieve_id);
    out.push(&summary);
    out.push(&closing);
    Rewrite { text: out.join("\n"), lossy: true }
}
