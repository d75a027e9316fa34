//! Which items of a collection carry information: errors, rare keys, rare values, outliers,
//! terms the call asked about — and a Kneedle knee on the information curve for how many of
//! the leading items to keep as examples.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::Write;

use super::super::Context;
use super::super::query::Hits;
use super::tree::{NodeId, Tree};

/// An item of a collection: a value in a span tree.
pub(super) type Item<'t, 'a> = (&'t Tree<'a>, NodeId);
use super::super::signals::is_error;

/// Lookups only (nothing iterates these maps), so a per-process seed costs no determinism.
type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

const MAX_LEAVES: usize = 400;
const MAX_EXAMPLES: usize = 4;
/// Items a scorer by meaning reads, at most, and how many it may add.
const MAX_SCORED: usize = 64;
const MAX_BY_MEANING: usize = 1;
/// Cosine similarity an item must reach to be added: clearly on the question's topic for
/// MiniLM-class sentence embeddings, where unrelated texts score about 0 to 0.3.
const MIN_SIMILARITY: f32 = 0.5;
/// Bytes of an item the scorer reads.
const PASSAGE_BYTES: usize = 256;

/// A flattened leaf: the id of its path (`a.b[].c`) and its value as text, with what the
/// statistics need of the value worked out once.
struct Leaf<'a> {
    path: u32,
    value: Cow<'a, str>,
    mask: u64,
    number: Option<f64>,
}

/// Every item's leaves, their paths written once.
struct Leaves<'a> {
    paths: Vec<String>,
    items: Vec<Vec<Leaf<'a>>>,
}

impl<'a> Leaves<'a> {
    fn of(items: &[Item<'_, 'a>]) -> Self {
        let mut flat = Flattener { ids: FastMap::default(), paths: Vec::new(), path: String::new() };
        let items = items.iter().map(|&(tree, id)| flat.item(tree, id)).collect();
        Leaves { paths: flat.paths, items }
    }
}

/// The outcome of analysing a collection.
pub(super) struct Analysis<'a> {
    pub keep: Vec<bool>,
    leaves: Leaves<'a>,
}

impl Analysis<'_> {
    /// A short description of the items in `range`: top values of a few categorical
    /// fields and the range of a numeric one.
    pub fn summary(&self, range: std::ops::Range<usize>) -> String {
        let items = &self.leaves.items[range];
        let mut by_path: HashMap<&str, Vec<&str>> = HashMap::new();
        for leaves in items {
            for leaf in leaves {
                by_path.entry(&self.leaves.paths[leaf.path as usize]).or_default().push(&leaf.value);
            }
        }
        let mut paths: Vec<(&str, Vec<&str>)> = by_path.into_iter().filter(|(_, v)| v.len() == items.len()).collect();
        paths.sort_by(|a, b| a.0.len().cmp(&b.0.len()).then(a.0.cmp(b.0)));
        let mut out = String::new();
        let mut shown = 0;
        let mut ranges = 0;
        for (path, values) in &paths {
            let numbers: Option<Vec<f64>> = values.iter().map(|v| v.parse::<f64>().ok()).collect();
            let Some(numbers) = numbers.filter(|n| n.len() > 1) else { continue };
            let (lo, hi) = numbers.iter().fold((f64::MAX, f64::MIN), |(lo, hi), x| (lo.min(*x), hi.max(*x)));
            if lo < hi && ranges < 2 {
                let _ = write!(out, "; {path}: {lo}–{hi}");
                ranges += 1;
            }
        }
        for (path, values) in paths {
            if values.iter().all(|v| v.parse::<f64>().is_ok()) && values.len() > 1 {
                continue;
            }
            let mut counts: HashMap<&str, usize> = HashMap::new();
            values.iter().for_each(|v| *counts.entry(v).or_default() += 1);
            if counts.len() > 4 || counts.len() == items.len() && items.len() > 1 {
                continue;
            }
            let mut counts: Vec<_> = counts.into_iter().collect();
            counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            let shown_values: Vec<String> = counts.iter().map(|(v, c)| format!("{} ×{c}", truncate(v, 40))).collect();
            let _ = write!(out, "; {path}: {}", shown_values.join(", "));
            shown += 1;
            if shown == 2 {
                break;
            }
        }
        out
    }
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max { s.to_owned() } else { format!("{}…", s.chars().take(max).collect::<String>()) }
}

/// Analyses array items (`structural` compares their shapes; off for keyed collections).
pub(super) fn select<'a>(items: &[Item<'_, 'a>], hits: &Hits<'_>, ctx: &Context<'_>, structural: bool) -> Analysis<'a> {
    let n = items.len();
    let leaves = Leaves::of(items);
    let mut keep = vec![false; n];
    let stats = Stats::new(&leaves);
    let texts: Vec<&str> = items.iter().map(|&(tree, id)| tree.text(id)).collect();
    let bits: Vec<u128> = texts.iter().map(|text| hits.bits(text)).collect();
    let discriminative = hits.query().discriminative_bits(&bits, n);
    let root = leaves.paths.iter().position(String::is_empty).map(|id| id as u32);
    for (i, item) in leaves.items.iter().enumerate() {
        keep[i] =
            item.iter().any(|leaf| is_error(&leaf.value) && Some(leaf.path) != root || stats.rare(leaf, n, structural))
                || bits[i] & discriminative != 0;
    }
    let examples = knee(&stats.distinct).clamp(1, MAX_EXAMPLES).min(n);
    keep[..examples].iter_mut().for_each(|k| *k = true);
    keep[n - 1] = true;
    for i in by_meaning(&texts, &keep, &bits, ctx) {
        keep[i] = true;
    }
    // A lone dropped item costs less to show than to summarise.
    for i in 1..n.saturating_sub(1) {
        if !keep[i] && keep[i - 1] && keep[i + 1] {
            keep[i] = true;
        }
    }
    if keep.iter().filter(|k| **k).count() * 10 >= n * 8 {
        keep.iter_mut().for_each(|k| *k = true);
    }
    Analysis { keep, leaves }
}

/// Analyses the entries of a keyed collection; an entry whose key is a term of the query
/// is kept too.
pub(super) fn select_entries<'a>(
    keys: &[Cow<'_, str>],
    values: &[Item<'_, 'a>],
    hits: &Hits<'_>,
    ctx: &Context<'_>,
) -> Analysis<'a> {
    let mut analysis = select(values, hits, ctx, false);
    for (i, key) in keys.iter().enumerate() {
        if hits.query().is_term(key) {
            analysis.keep[i] = true;
        }
    }
    analysis
}

/// Items the rules dropped that a scorer by meaning puts clearly first against the question:
/// at most [`MAX_BY_MEANING`], each past half the way from the median to the best and at
/// least [`MIN_SIMILARITY`]. Candidates
/// are the first [`MAX_SCORED`] dropped items, those sharing terms with the query first; each
/// is read as its first bytes.
fn by_meaning(items: &[&str], keep: &[bool], bits: &[u128], ctx: &Context<'_>) -> Vec<usize> {
    if ctx.relevance.is_none() {
        return Vec::new();
    }
    let mut candidates: Vec<usize> = (0..items.len()).filter(|&i| !keep[i]).collect();
    candidates.sort_by_key(|&i| (std::cmp::Reverse(bits[i].count_ones()), i));
    candidates.truncate(MAX_SCORED);
    if candidates.len() < 2 {
        return Vec::new();
    }
    let passages: Vec<&str> =
        candidates.iter().map(|&i| items[i]).map(|t| &t[..t.floor_char_boundary(PASSAGE_BYTES)]).collect();
    let Some(scores) = super::super::relevance::scores(ctx, &passages) else { return Vec::new() };
    let (median, best) = super::super::relevance::median_and_best(&scores);
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    order
        .into_iter()
        .take(MAX_BY_MEANING)
        .filter(|&k| scores[k] > median + 0.5 * (best - median) && scores[k] >= MIN_SIMILARITY)
        .map(|k| candidates[k])
        .collect()
}

/// Flattens items, giving each distinct path an id.
struct Flattener {
    ids: FastMap<String, u32>,
    paths: Vec<String>,
    /// The path of the value being read, kept for its allocation.
    path: String,
}

impl Flattener {
    fn item<'a>(&mut self, tree: &Tree<'a>, id: NodeId) -> Vec<Leaf<'a>> {
        let mut path = std::mem::take(&mut self.path);
        let mut item = Reader { flat: self, leaves: Vec::new() };
        let parsed = super::flatten::leaves(tree, id, &mut path, &mut item);
        let leaves = if parsed { item.leaves } else { Vec::new() };
        self.path = path;
        leaves
    }

    fn leaf<'a>(&mut self, path: &str, value: Cow<'a, str>) -> Leaf<'a> {
        let path = match self.ids.get(path) {
            Some(&id) => id,
            None => {
                let id = self.paths.len() as u32;
                self.ids.insert(path.to_owned(), id);
                self.paths.push(path.to_owned());
                id
            }
        };
        Leaf { path, mask: mask(&value), number: value.parse::<f64>().ok(), value }
    }
}

/// One item's leaves, as they are read.
struct Reader<'f, 'a> {
    flat: &'f mut Flattener,
    leaves: Vec<Leaf<'a>>,
}

impl<'a> super::flatten::Sink<'a> for Reader<'_, 'a> {
    fn full(&self) -> bool {
        self.leaves.len() >= MAX_LEAVES
    }

    fn leaf(&mut self, path: &str, value: Cow<'a, str>) {
        let leaf = self.flat.leaf(path, value);
        self.leaves.push(leaf);
    }
}

/// Per-path presence and value counts over the items, by path id.
struct Stats {
    present: Vec<usize>,
    dominant: Vec<usize>,
    numbers: Vec<(f64, f64, usize)>,
    /// Items with each (path, masked value), and the last item counted.
    values: FastMap<(u32, u64), (usize, usize)>,
    /// Distinct (path, masked value) pairs seen up to and including each item.
    distinct: Vec<usize>,
}

impl Stats {
    fn new(leaves: &Leaves<'_>) -> Self {
        let paths = leaves.paths.len();
        let mut stats = Stats {
            present: vec![0; paths],
            dominant: vec![0; paths],
            numbers: vec![(0.0, 0.0, 0); paths],
            values: FastMap::default(),
            distinct: Vec::with_capacity(leaves.items.len()),
        };
        let mut seen_in = vec![usize::MAX; paths];
        for (i, item) in leaves.items.iter().enumerate() {
            for leaf in item {
                let path = leaf.path as usize;
                if seen_in[path] != i {
                    seen_in[path] = i;
                    stats.present[path] += 1;
                }
                let (count, last) = stats.values.entry((leaf.path, leaf.mask)).or_insert((0, usize::MAX));
                if *last != i {
                    *last = i;
                    *count += 1;
                    stats.dominant[path] = stats.dominant[path].max(*count);
                }
                if let Some(x) = leaf.number {
                    let e = &mut stats.numbers[path];
                    *e = (e.0 + x, e.1 + x * x, e.2 + 1);
                }
            }
            stats.distinct.push(stats.values.len());
        }
        stats
    }

    /// Whether a leaf is rare: a key few items have, a value few items share in a field
    /// where one value dominates, or a numeric outlier beyond three deviations.
    fn rare(&self, leaf: &Leaf<'_>, n: usize, structural: bool) -> bool {
        let path = leaf.path as usize;
        let present = self.present[path];
        if structural && present * 5 <= n && present < n {
            return true;
        }
        let dominant = self.dominant[path];
        let count = self.values.get(&(leaf.path, leaf.mask)).map_or(0, |c| c.0);
        if present * 2 >= n && dominant * 2 >= present && count <= (n / 20).max(1) {
            return true;
        }
        match (self.numbers[path], leaf.number) {
            ((sum, sq, k), Some(x)) if k >= 5 => {
                let mean = sum / k as f64;
                let var = (sq / k as f64 - mean * mean).max(0.0);
                var > 0.0 && (x - mean).abs() > 3.0 * var.sqrt()
            }
            _ => false,
        }
    }
}

/// A hash of the value with digit runs collapsed, so values differing only in numbers count
/// as one.
fn mask(value: &str) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325u64;
    let mut last_digit = false;
    for &b in value.as_bytes().iter().take(200) {
        let digit = b.is_ascii_digit();
        if digit && last_digit {
            continue;
        }
        last_digit = digit;
        hash = (hash ^ u64::from(if digit { b'0' } else { b })).wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// Kneedle on the cumulative count of distinct (path, value) pairs: the number of leading
/// items after which new items add little new information.
fn knee(curve: &[usize]) -> usize {
    let n = curve.len();
    if n < 3 {
        return n;
    }
    let (first, last) = (curve[0] as f64, curve[n - 1] as f64);
    if last <= first {
        return 1;
    }
    let (best, diff) = curve
        .iter()
        .enumerate()
        .map(|(i, &y)| (i, (y as f64 - first) / (last - first) - i as f64 / (n - 1) as f64))
        .fold((0, f64::MIN), |acc, x| if x.1 > acc.1 { x } else { acc });
    if diff < 0.05 { n } else { best + 1 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knee_is_early_for_repetitive_items() {
        let items: Vec<String> = (0..50).map(|i| format!(r#"{{"a": "x", "b": {}}}"#, i % 2)).collect();
        let trees: Vec<Tree<'_>> = items.iter().map(|i| Tree::of(i).unwrap()).collect();
        let raw: Vec<Item<'_, '_>> = trees.iter().map(|t| (t, t.root())).collect();
        assert!(knee(&Stats::new(&Leaves::of(&raw)).distinct) <= 3);
    }
}
