//! Prose and Markdown: duplicate paragraphs dropped; long texts cut to the paragraphs that
//! answer the call's question, each with the headings above it.

use std::collections::HashSet;

use super::query::Query;
use super::render::render_kept;
use super::{Compressor, Context, Rewrite};

/// Keeps the opening paragraph, the paragraphs most relevant to the question (terms
/// weighted by rarity), and the headings that lead to them; drops repeated paragraphs.
///
/// ```
/// use headroom::transform::{Compressor, Context, TextCompressor};
/// let mut doc = String::from("# Guide\n\nIntro paragraph.\n\n");
/// for i in 0..60 { doc.push_str(&format!("## Topic {i}\n\nSome general words about topic {i} that nobody asked about.\n\n")); }
/// doc.push_str("## Leniency\n\nGson parses in lenient mode by default.\n");
/// let ctx = Context { question: Some("Why is parsing lenient?"), ..Context::bare("0123456789abcdef01234567") };
/// let out = TextCompressor.compress(&doc, &ctx).unwrap();
/// assert!(out.text.contains("## Leniency\n\nGson parses in lenient mode by default."));
/// assert!(!out.text.contains("topic 30 "));
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct TextCompressor;

/// Texts shorter than this (bytes) are left alone.
const MIN_BYTES: usize = 3000;
/// Paragraphs kept for relevance, at least.
const MIN_RELEVANT: usize = 6;
/// Paragraphs kept for relevance, at least, when a scorer by meaning agrees.
const MIN_RELEVANT_WITH_MODEL: usize = 3;
/// Paragraphs a scorer by meaning reads, at most (its time is bounded per block).
const MAX_SCORED: usize = 32;

struct Unit {
    lines: std::ops::Range<usize>,
    heading: Option<usize>,
}

impl Compressor for TextCompressor {
    fn name(&self) -> &'static str {
        "text"
    }

    fn compress(&self, text: &str, ctx: &Context<'_>) -> Option<Rewrite> {
        if text.len() < MIN_BYTES {
            return None;
        }
        let lines: Vec<&str> = text.split('\n').collect();
        let units = units(&lines);
        let query = Query::from_context(ctx);
        let mut keep_unit = vec![false; units.len()];
        let mut seen = HashSet::new();
        let duplicate: Vec<bool> =
            units.iter().map(|u| u.heading.is_none() && !seen.insert(&lines[u.lines.clone()])).collect();
        if let Some(first) = units.iter().position(|u| u.heading.is_none()) {
            keep_unit[first] = true;
        }
        for i in relevant(&lines, &units, &query, ctx) {
            keep_unit[i] = true;
        }
        keep_sections(&units, &mut keep_unit);
        keep_headings(&units, &mut keep_unit);
        let mut keep = vec![false; lines.len()];
        for (unit, kept) in units.iter().zip(&keep_unit) {
            if *kept {
                keep[unit.lines.clone()].iter_mut().for_each(|k| *k = true);
            }
        }
        for (unit, dup) in units.iter().zip(&duplicate) {
            if *dup {
                keep[unit.lines.clone()].iter_mut().for_each(|k| *k = false);
            }
        }
        // Blank lines between kept paragraphs stay, so the layout reads as before.
        for i in 1..lines.len().saturating_sub(1) {
            if lines[i].trim().is_empty() && keep[i - 1] && keep[i + 1] {
                keep[i] = true;
            }
        }
        render_kept(&lines, &keep, "lines", ctx.retrieve_id)
    }
}

/// Splits lines into paragraphs and headings; paragraphs of many lines (tables, lists) are
/// split into single lines so each can be judged alone.
fn units(lines: &[&str]) -> Vec<Unit> {
    let mut units = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim().is_empty() {
            i += 1;
            continue;
        }
        if let Some(level) = heading_level(lines, i) {
            let end = if lines[i].trim_start().starts_with('#') { i + 1 } else { i + 2 };
            units.push(Unit { lines: i..end.min(lines.len()), heading: Some(level) });
            i = end;
            continue;
        }
        let start = i;
        while i < lines.len() && !lines[i].trim().is_empty() && (i == start || heading_level(lines, i).is_none()) {
            i += 1;
        }
        if i - start > 6 {
            units.extend(items(lines, start..i));
        } else {
            units.push(Unit { lines: start..i, heading: None });
        }
    }
    units
}

/// A long block split into list items (a bullet line and its indented continuation),
/// table rows and single lines.
fn items(lines: &[&str], range: std::ops::Range<usize>) -> Vec<Unit> {
    let mut out = Vec::new();
    let mut start = range.start;
    for (i, line) in lines.iter().enumerate().take(range.end).skip(range.start + 1) {
        let continues = line.starts_with([' ', '\t']) && !is_bullet(line.trim_start());
        if !continues {
            out.push(Unit { lines: start..i, heading: None });
            start = i;
        }
    }
    out.push(Unit { lines: start..range.end, heading: None });
    out
}

fn is_bullet(line: &str) -> bool {
    line.starts_with("- ")
        || line.starts_with("* ")
        || line.starts_with("+ ")
        || line.split_once(". ").is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// `# Title` levels, or setext headings (a line underlined with `===` or `---`).
fn heading_level(lines: &[&str], i: usize) -> Option<usize> {
    let line = lines[i].trim_start();
    if line.starts_with('#') {
        let level = line.chars().take_while(|&c| c == '#').count();
        let rest = &line[level..];
        return (level <= 6 && (rest.is_empty() || rest.starts_with(' '))).then_some(level);
    }
    let next = lines.get(i + 1)?.trim();
    let underline = next.len() >= 3 && (next.chars().all(|c| c == '=') || next.chars().all(|c| c == '-'));
    (underline && !line.is_empty()).then(|| if next.starts_with('=') { 1 } else { 2 })
}

/// The paragraphs that score highest against the query: terms weighted by rarity, and with a
/// scorer by meaning, that score too.
fn relevant(lines: &[&str], units: &[Unit], query: &Query, ctx: &Context<'_>) -> Vec<usize> {
    if query.is_empty() && ctx.relevance.is_none() {
        return Vec::new();
    }
    let bits: Vec<u128> = units.iter().map(|u| query.bits(&lines[u.lines.clone()].join("\n"))).collect();
    let n = units.len() as f64;
    let idf: Vec<f64> = (0..128)
        .map(|t| {
            let df = bits.iter().filter(|b| *b >> t & 1 == 1).count() as f64;
            if df == 0.0 { 0.0 } else { (n / df).ln() }
        })
        .collect();
    let own: Vec<f64> = bits.iter().map(|b| (0..128).filter(|t| b >> t & 1 == 1).map(|t| idf[t]).sum()).collect();
    // A paragraph also scores part of its section heading's score: a matching heading
    // pulls in the section under it.
    let mut heading_score = 0.0;
    let scores: Vec<f64> = units
        .iter()
        .zip(&own)
        .map(|(u, &s)| {
            if u.heading.is_some() {
                heading_score = s;
                s
            } else {
                s + 0.75 * heading_score
            }
        })
        .collect();
    let best = scores.iter().copied().fold(0.0, f64::max);
    // Meaning is asked even when no term matched: that is where a model finds what rules cannot.
    if let Some(picked) = by_meaning(lines, units, &scores, best, ctx) {
        return picked;
    }
    if best <= 0.0 {
        return Vec::new();
    }
    let mut order: Vec<usize> = (0..units.len()).filter(|&i| scores[i] > 0.0 && units[i].heading.is_none()).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    let floor = (MIN_RELEVANT as f32 * ctx.bias).round() as usize;
    order
        .into_iter()
        .enumerate()
        .take_while(|&(rank, i)| rank < floor || scores[i] >= best * 0.6)
        .map(|(_, i)| i)
        .collect()
}

/// Paragraphs picked with the context's scorer ([`super::relevance::pick`]), each read with
/// its heading. Candidates are every paragraph, or the best by terms when there are more than
/// [`MAX_SCORED`]. `None` without a scorer, or when it could not answer in time.
fn by_meaning(lines: &[&str], units: &[Unit], terms: &[f64], best: f64, ctx: &Context<'_>) -> Option<Vec<usize>> {
    ctx.relevance?;
    let mut candidates: Vec<usize> = (0..units.len()).filter(|&i| units[i].heading.is_none()).collect();
    if candidates.len() > MAX_SCORED {
        candidates.retain(|&i| terms[i] > 0.0);
        candidates.sort_by(|&a, &b| terms[b].total_cmp(&terms[a]).then(a.cmp(&b)));
        candidates.truncate(MAX_SCORED);
        candidates.sort_unstable();
    }
    if candidates.is_empty() {
        return None;
    }
    let mut heading = None;
    let mut headings = vec![None; units.len()];
    for (i, unit) in units.iter().enumerate() {
        if unit.heading.is_some() {
            heading = Some(i);
        }
        headings[i] = heading;
    }
    let passages: Vec<String> = candidates
        .iter()
        .map(|&i| {
            let body = lines[units[i].lines.clone()].join("\n");
            match headings[i] {
                Some(h) => {
                    format!("{}\n{body}", lines[units[h].lines.clone()].join(" ").trim_start_matches('#').trim())
                }
                None => body,
            }
        })
        .collect();
    let passages: Vec<&str> = passages.iter().map(String::as_str).collect();
    let terms: Vec<f64> = candidates.iter().map(|&i| terms[i] / best.max(1e-9)).collect();
    let floors = (MIN_RELEVANT_WITH_MODEL as f32 * ctx.bias, MIN_RELEVANT as f32 * ctx.bias);
    let picked = super::relevance::pick(ctx, &passages, &terms, floors.0.round() as usize, floors.1.round() as usize)?;
    Some(picked.into_iter().map(|k| candidates[k]).collect())
}

/// A short section with two or more kept paragraphs is kept whole: in symptom / reason /
/// solution write-ups the paragraph that matched rarely stands alone.
fn keep_sections(units: &[Unit], keep: &mut [bool]) {
    const MAX_SECTION: usize = 10;
    let mut start = 0;
    while start < units.len() {
        let end = (start + 1..units.len()).find(|&i| units[i].heading.is_some()).unwrap_or(units.len());
        let kept = (start..end).filter(|&i| keep[i] && units[i].heading.is_none()).count();
        if kept >= 2 && end - start <= MAX_SECTION {
            keep[start..end].iter_mut().for_each(|k| *k = true);
        }
        start = end;
    }
}

/// For every kept paragraph, keeps the nearest heading above it of each shallower level.
fn keep_headings(units: &[Unit], keep: &mut [bool]) {
    for i in 0..units.len() {
        if !keep[i] || units[i].heading.is_some() {
            continue;
        }
        let mut level = usize::MAX;
        for j in (0..i).rev() {
            if let Some(l) = units[j].heading.filter(|&l| l < level) {
                keep[j] = true;
                level = l;
                if l == 1 {
                    break;
                }
            }
        }
    }
}
