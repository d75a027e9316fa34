//! `headroom eval`: the pipeline over a corpus of request bodies, with facts checked.
//!
//! Each case folder holds `request.json` and `case.json` (`provider`, `must_keep`). A fact is
//! kept when it occurs in the text the model reads once whitespace and `"` are deleted from
//! both sides; it is recoverable when it occurs only in an original a marker names.

use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::ccr::{MemoryStore, Store, Tenant, marker_ids};
use crate::count::{body_texts, count_body};
use crate::{Config, Endpoint};

/// Timed runs per case, after one warm-up.
const RUNS: usize = 5;

/// What `case.json` says.
#[derive(Debug, Deserialize)]
struct CaseMeta {
    provider: String,
    #[serde(default)]
    must_keep: Vec<String>,
}

/// The result of one case.
#[derive(Debug, Clone, Serialize)]
pub struct CaseResult {
    /// Case folder name.
    pub id: String,
    /// Tokens of the request before compression.
    pub tokens_before: usize,
    /// Tokens after.
    pub tokens_after: usize,
    /// Facts still in the text the model reads.
    pub facts_kept: usize,
    /// Facts reachable through a marker's original.
    pub facts_recoverable: usize,
    /// Facts in the case.
    pub facts_total: usize,
    /// Facts neither kept nor recoverable.
    pub lost: Vec<String>,
    /// Facts only recoverable through retrieval.
    pub only_recoverable: Vec<String>,
    /// Median milliseconds of the timed runs.
    pub ms: f64,
}

/// Totals over a corpus.
#[derive(Debug, Clone, Serialize)]
pub struct Totals {
    /// Number of cases.
    pub cases: usize,
    /// Sum of tokens before.
    pub tokens_before: usize,
    /// Sum of tokens after.
    pub tokens_after: usize,
    /// Facts kept.
    pub facts_kept: usize,
    /// Facts recoverable (kept or through retrieval).
    pub facts_recoverable: usize,
    /// Facts in all cases.
    pub facts_total: usize,
    /// Median of the per-case medians.
    pub ms_median: f64,
    /// 95th percentile of the per-case medians.
    pub ms_p95: f64,
}

impl Totals {
    /// The `TOTAL …` line.
    pub fn line(&self) -> String {
        let ratio = self.tokens_after as f64 / self.tokens_before.max(1) as f64;
        format!(
            "TOTAL cases={} tokens_before={} tokens_after={} ratio={ratio:.3} facts_kept={}/{} facts_recoverable={}/{} ms_median={:.3} ms_p95={:.3}",
            self.cases,
            self.tokens_before,
            self.tokens_after,
            self.facts_kept,
            self.facts_total,
            self.facts_recoverable,
            self.facts_total,
            self.ms_median,
            self.ms_p95
        )
    }
}

/// Case folders under `dir` (those holding a `request.json`), sorted by name.
pub fn case_dirs(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("request.json").is_file())
        .collect();
    dirs.sort();
    Ok(dirs)
}

/// Runs one case with `config` (its store is replaced by a fresh one to look originals up).
pub fn run_case(dir: &Path, config: &Config) -> Result<CaseResult, String> {
    let read = |name: &str| std::fs::read(dir.join(name)).map_err(|e| format!("{}: {e}", dir.join(name).display()));
    let body = read("request.json")?;
    let meta: CaseMeta = serde_json::from_slice(&read("case.json")?).map_err(|e| format!("case.json: {e}"))?;
    let endpoint = Endpoint::from_name(&meta.provider).or_else(|| Endpoint::detect(&body)).ok_or("unknown provider")?;
    let store = MemoryStore::new();
    let config = config.clone().store(Some(std::sync::Arc::new(store.clone())));
    let mut compressed = crate::compress(&body, endpoint, &config).map_err(|e| e.to_string())?;
    let mut times = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let started = Instant::now();
        compressed = crate::compress(&body, endpoint, &config).map_err(|e| e.to_string())?;
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    let before: Value = serde_json::from_slice(&body).map_err(|e| e.to_string())?;
    let after: Value = serde_json::from_slice(&compressed.body).map_err(|e| format!("output is not JSON: {e}"))?;
    let seen = normalise(&body_texts(&after).join("\n"));
    let originals: Vec<String> = body_texts(&after)
        .iter()
        .flat_map(|t| marker_ids(t).into_iter().map(str::to_owned).collect::<Vec<_>>())
        .filter_map(|id| crate::ccr::block_on(store.get(&Tenant::anonymous(), &id)).ok().flatten())
        .map(|o| normalise(&o))
        .collect();
    let mut result = CaseResult {
        id: dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
        tokens_before: count_body(&before),
        tokens_after: count_body(&after),
        facts_kept: 0,
        facts_recoverable: 0,
        facts_total: meta.must_keep.len(),
        lost: Vec::new(),
        only_recoverable: Vec::new(),
        ms: median(&mut times),
    };
    for fact in &meta.must_keep {
        let f = normalise(fact);
        if seen.contains(&f) {
            result.facts_kept += 1;
            result.facts_recoverable += 1;
        } else if originals.iter().any(|o| o.contains(&f)) {
            result.facts_recoverable += 1;
            result.only_recoverable.push(fact.clone());
        } else {
            result.lost.push(fact.clone());
        }
    }
    Ok(result)
}

/// Sums case results.
pub fn totals(results: &[CaseResult]) -> Totals {
    let mut ms: Vec<f64> = results.iter().map(|r| r.ms).collect();
    ms.sort_by(f64::total_cmp);
    let p95 = ms.get(((ms.len() as f64 * 0.95).ceil() as usize).saturating_sub(1)).copied().unwrap_or(0.0);
    Totals {
        cases: results.len(),
        tokens_before: results.iter().map(|r| r.tokens_before).sum(),
        tokens_after: results.iter().map(|r| r.tokens_after).sum(),
        facts_kept: results.iter().map(|r| r.facts_kept).sum(),
        facts_recoverable: results.iter().map(|r| r.facts_recoverable).sum(),
        facts_total: results.iter().map(|r| r.facts_total).sum(),
        ms_median: median(&mut ms),
        ms_p95: p95,
    }
}

fn normalise(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace() && *c != '"').collect()
}

fn median(values: &mut [f64]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len() % 2 == 1 { values[mid] } else { (values[mid - 1] + values[mid]) / 2.0 }
}
