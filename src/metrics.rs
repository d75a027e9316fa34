//! Process-wide counters: what was compressed, what fell back and why.
//!
//! Every fallback increments a counter here as well as logging a warning, so a silent
//! degradation shows up in `/metrics`. Labels are bounded: they are fixed reason names.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

/// A monotonically increasing counter.
#[derive(Debug, Default)]
pub struct Counter(AtomicU64);

impl Counter {
    /// Adds one.
    pub fn inc(&self) {
        self.add(1);
    }
    /// Adds `n`.
    pub fn add(&self, n: u64) {
        self.0.fetch_add(n, Ordering::Relaxed);
    }
    /// The current value.
    pub fn get(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

/// Counters keyed by a fixed set of reason names.
#[derive(Debug, Default)]
pub struct LabeledCounter(Mutex<BTreeMap<&'static str, u64>>);

impl LabeledCounter {
    /// Adds one under `label`.
    pub fn inc(&self, label: &'static str) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()).entry(label).or_default() += 1;
    }
    /// The value under `label`.
    pub fn get(&self, label: &str) -> u64 {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).get(label).copied().unwrap_or(0)
    }
    /// Every label and value.
    pub fn snapshot(&self) -> Vec<(&'static str, u64)> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).iter().map(|(k, v)| (*k, *v)).collect()
    }
}

/// Values set (not added) under a fixed set of names.
#[derive(Debug, Default)]
pub struct LabeledGauge(LabeledCounter);

impl LabeledGauge {
    /// Sets `label` to `value`.
    pub fn set(&self, label: &'static str, value: u64) {
        self.0.0.lock().unwrap_or_else(|e| e.into_inner()).insert(label, value);
    }
    /// The value under `label`.
    pub fn get(&self, label: &str) -> u64 {
        self.0.get(label)
    }
}

/// Upper bounds (seconds) of the latency histogram buckets.
const BOUNDS: [f64; 14] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

/// A latency histogram with fixed buckets.
#[derive(Debug, Default)]
pub struct Histogram {
    buckets: [AtomicU64; BOUNDS.len()],
    count: AtomicU64,
    sum_nanos: AtomicU64,
}

impl Histogram {
    /// Records one observation.
    pub fn observe(&self, elapsed: std::time::Duration) {
        let secs = elapsed.as_secs_f64();
        if let Some(i) = BOUNDS.iter().position(|b| secs <= *b) {
            self.buckets[i].fetch_add(1, Ordering::Relaxed);
        }
        self.count.fetch_add(1, Ordering::Relaxed);
        self.sum_nanos.fetch_add(elapsed.as_nanos().min(u128::from(u64::MAX)) as u64, Ordering::Relaxed);
    }

    /// Observations so far.
    pub fn count(&self) -> u64 {
        self.count.load(Ordering::Relaxed)
    }

    fn render(&self, name: &str, help: &str, out: &mut String) {
        let _ = writeln!(out, "# HELP {name} {help}.\n# TYPE {name} histogram");
        let mut cumulative = 0;
        for (bound, bucket) in BOUNDS.iter().zip(&self.buckets) {
            cumulative += bucket.load(Ordering::Relaxed);
            let _ = writeln!(out, "{name}_bucket{{le=\"{bound}\"}} {cumulative}");
        }
        let _ = writeln!(out, "{name}_bucket{{le=\"+Inf\"}} {}", self.count());
        let _ = writeln!(out, "{name}_sum {}", self.sum_nanos.load(Ordering::Relaxed) as f64 / 1e9);
        let _ = writeln!(out, "{name}_count {}", self.count());
    }
}

/// Requests counted by route and status code (both bounded sets).
#[derive(Debug, Default)]
pub struct RouteCounter(Mutex<BTreeMap<(&'static str, u16), u64>>);

impl RouteCounter {
    /// Adds one request.
    pub fn inc(&self, route: &'static str, status: u16) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()).entry((route, status)).or_default() += 1;
    }

    /// The count for `route` and `status`.
    pub fn get(&self, route: &str, status: u16) -> u64 {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .filter(|((r, s), _)| *r == route && *s == status)
            .map(|(_, v)| *v)
            .sum()
    }
}

/// The counters of one process.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct Metrics {
    /// Requests that reached the pipeline.
    pub requests_compressible: Counter,
    /// Requests passed through without buffering (not a compressible endpoint, or bypassed).
    pub requests_passthrough: Counter,
    /// Requests forwarded with a rewritten body.
    pub requests_rewritten: Counter,
    /// Requests whose original went out because something failed, by reason.
    pub fail_open: LabeledCounter,
    /// Requests refused by the layer itself (413, 400), by reason.
    pub refused: LabeledCounter,
    /// Blocks rewritten.
    pub blocks_rewritten: Counter,
    /// Blocks kept, by reason.
    pub blocks_kept: LabeledCounter,
    /// Compressor outputs thrown away by the compressor's own check (`parse`), by reason.
    pub rejections: LabeledCounter,
    /// Tokens of rewritten blocks before rewriting.
    pub tokens_before: Counter,
    /// Tokens of rewritten blocks after rewriting.
    pub tokens_after: Counter,
    /// Extensions or hooks that failed and were skipped.
    pub extension_failures: Counter,
    /// Bytes of request bodies buffered for compression.
    pub bytes_buffered: Counter,
    /// Usage the providers reported: input, output, cache-read and cache-write tokens.
    pub usage_input_tokens: Counter,
    /// Output tokens providers reported.
    pub usage_output_tokens: Counter,
    /// Cache-read input tokens providers reported.
    pub usage_cache_read_tokens: Counter,
    /// Cache-write input tokens providers reported.
    pub usage_cache_write_tokens: Counter,
    /// Volatile values seen in cached prefixes, by kind.
    pub volatile_values: LabeledCounter,
    /// Retrieve calls answered with the original.
    pub ccr_hits: Counter,
    /// Retrieve calls for an id that was not (or no longer) stored.
    pub ccr_misses: Counter,
    /// Gateway requests by route and status.
    pub requests: RouteCounter,
    /// Blocks a model could not score in time or at all, by reason (feature `ml`).
    pub ml_fallbacks: LabeledCounter,
    /// Tokens run through models (padding included).
    pub ml_tokens: Counter,
    /// Memory each loaded model holds (weights per session, tokenizer), by model.
    pub ml_model_bytes: LabeledGauge,
    /// Time from sending a request upstream to its response headers.
    pub upstream_latency: Histogram,
    /// Time the gateway added before the request went upstream (compression included).
    pub added_latency: Histogram,
}

/// The process-wide metrics.
pub fn global() -> &'static Metrics {
    static METRICS: OnceLock<Metrics> = OnceLock::new();
    METRICS.get_or_init(Metrics::default)
}

impl Metrics {
    /// The counters in Prometheus text exposition format.
    pub fn render_prometheus(&self) -> String {
        let mut out = String::new();
        let plain: [(&str, &str, &Counter); 15] = [
            ("headroom_ml_tokens_total", "Tokens run through models, padding included", &self.ml_tokens),
            ("headroom_ccr_hits_total", "Retrieve calls answered with the original", &self.ccr_hits),
            ("headroom_ccr_misses_total", "Retrieve calls for an id not stored", &self.ccr_misses),
            ("headroom_requests_compressible_total", "Requests that reached the pipeline", &self.requests_compressible),
            ("headroom_requests_passthrough_total", "Requests passed through unbuffered", &self.requests_passthrough),
            ("headroom_requests_rewritten_total", "Requests forwarded with a rewritten body", &self.requests_rewritten),
            ("headroom_blocks_rewritten_total", "Blocks rewritten", &self.blocks_rewritten),
            ("headroom_tokens_before_total", "Tokens of rewritten blocks before", &self.tokens_before),
            ("headroom_tokens_after_total", "Tokens of rewritten blocks after", &self.tokens_after),
            ("headroom_extension_failures_total", "Extensions that failed and were skipped", &self.extension_failures),
            ("headroom_bytes_buffered_total", "Request body bytes buffered", &self.bytes_buffered),
            ("headroom_usage_input_tokens_total", "Input tokens reported by providers", &self.usage_input_tokens),
            ("headroom_usage_output_tokens_total", "Output tokens reported by providers", &self.usage_output_tokens),
            (
                "headroom_usage_cache_read_tokens_total",
                "Cache-read tokens reported by providers",
                &self.usage_cache_read_tokens,
            ),
            (
                "headroom_usage_cache_write_tokens_total",
                "Cache-write tokens reported by providers",
                &self.usage_cache_write_tokens,
            ),
        ];
        for (name, help, counter) in plain {
            let _ = writeln!(out, "# HELP {name} {help}.\n# TYPE {name} counter\n{name} {}", counter.get());
        }
        let labeled: [(&str, &str, &LabeledCounter); 6] = [
            ("headroom_fail_open_total", "Requests forwarded unmodified after a failure", &self.fail_open),
            ("headroom_refused_total", "Requests refused by the layer", &self.refused),
            ("headroom_blocks_kept_total", "Blocks kept as they were", &self.blocks_kept),
            ("headroom_rejections_total", "Compressor outputs rejected by their own check", &self.rejections),
            ("headroom_volatile_values_total", "Volatile values in cached prefixes", &self.volatile_values),
            ("headroom_ml_fallbacks_total", "Blocks a model did not score, ranked by rules alone", &self.ml_fallbacks),
        ];
        for (name, help, counter) in labeled {
            let _ = writeln!(out, "# HELP {name} {help}.\n# TYPE {name} counter");
            for (label, value) in counter.snapshot() {
                let _ = writeln!(out, "{name}{{reason=\"{label}\"}} {value}");
            }
        }
        let _ = writeln!(
            out,
            "# HELP headroom_ml_model_bytes Memory each loaded model holds (weights per session and tokenizer).\n# TYPE headroom_ml_model_bytes gauge"
        );
        for (model, bytes) in self.ml_model_bytes.0.snapshot() {
            let _ = writeln!(out, "headroom_ml_model_bytes{{model=\"{model}\"}} {bytes}");
        }
        let _ = writeln!(
            out,
            "# HELP headroom_requests_total Gateway requests by route and status.\n# TYPE headroom_requests_total counter"
        );
        for ((route, status), value) in self.requests.0.lock().unwrap_or_else(|e| e.into_inner()).iter() {
            let _ = writeln!(out, "headroom_requests_total{{route=\"{route}\",status=\"{status}\"}} {value}");
        }
        self.upstream_latency.render(
            "headroom_upstream_latency_seconds",
            "Upstream time to response headers",
            &mut out,
        );
        self.added_latency.render("headroom_added_latency_seconds", "Time added before the upstream call", &mut out);
        out
    }
}
