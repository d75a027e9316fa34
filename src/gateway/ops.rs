//! Operations: health, Prometheus metrics, JSON stats, a small status page, the inbound
//! token, per-credential rate limits and provider-shaped errors.

use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use http::{HeaderValue, Response, StatusCode, header};
use serde_json::json;

use super::body::GatewayBody;
use super::forward::full;
use super::route::Upstream;
use crate::ccr::Tenant;
use crate::pipeline::CompressionReport;

/// An error response in the shape the upstream's clients parse.
pub(crate) fn error(status: StatusCode, upstream: Upstream, kind: &str, message: &str) -> Response<GatewayBody> {
    let mut response = Response::new(full(upstream.error_shape().error_body(kind, message)));
    *response.status_mut() = status;
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

/// Compares the inbound token in constant time (for equal lengths).
pub(crate) fn token_matches(expected: &str, given: Option<&HeaderValue>) -> bool {
    let given = given.map(HeaderValue::as_bytes).unwrap_or_default();
    let expected = expected.as_bytes();
    if given.len() != expected.len() {
        return false;
    }
    given.iter().zip(expected).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}

/// Token buckets per credential, refilled continuously; idle buckets are pruned.
#[derive(Debug)]
pub(crate) struct RateLimiter {
    per_minute: u32,
    buckets: Mutex<HashMap<Tenant, (f64, Instant)>>,
}

const MAX_BUCKETS: usize = 10_000;

impl RateLimiter {
    pub fn new(per_minute: u32) -> Self {
        RateLimiter { per_minute: per_minute.max(1), buckets: Mutex::default() }
    }

    /// `Ok` if `tenant` may send now, else how long until it may.
    pub fn check(&self, tenant: &Tenant) -> Result<(), Duration> {
        let rate = f64::from(self.per_minute) / 60.0;
        let capacity = f64::from(self.per_minute);
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if buckets.len() >= MAX_BUCKETS {
            buckets.retain(|_, (tokens, at)| *tokens + now.duration_since(*at).as_secs_f64() * rate < capacity);
        }
        let (tokens, at) = buckets.entry(tenant.clone()).or_insert((capacity, now));
        *tokens = (*tokens + now.duration_since(*at).as_secs_f64() * rate).min(capacity);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - *tokens) / rate))
        }
    }
}

/// Totals since start, by endpoint and model, and per minute for the last hour.
#[derive(Debug)]
pub(crate) struct Stats {
    started: Instant,
    inner: Mutex<StatsInner>,
}

#[derive(Debug, Default)]
struct StatsInner {
    requests: u64,
    by_endpoint: BTreeMap<&'static str, (u64, u64, u64)>,
    by_model: BTreeMap<String, (u64, u64, u64)>,
    minutes: Vec<(u64, u64, u64)>,
}

const MAX_MODELS: usize = 64;
const MINUTES: usize = 60;

impl Stats {
    pub fn new() -> Self {
        Stats { started: Instant::now(), inner: Mutex::default() }
    }

    pub fn record(&self, report: Option<&CompressionReport>) {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        inner.requests += 1;
        let Some(report) = report else { return };
        let (before, after) = (report.tokens_before as u64, report.tokens_after as u64);
        let endpoint = report.endpoint.map_or("other", |e| e.name());
        let add = |slot: &mut (u64, u64, u64)| *slot = (slot.0 + 1, slot.1 + before, slot.2 + after);
        add(inner.by_endpoint.entry(endpoint).or_default());
        let model = report.model.clone().unwrap_or_else(|| "unknown".into());
        let model = if inner.by_model.len() < MAX_MODELS || inner.by_model.contains_key(&model) {
            model
        } else {
            "other".into()
        };
        add(inner.by_model.entry(model).or_default());
        let minute = self.started.elapsed().as_secs() / 60;
        match inner.minutes.last_mut() {
            Some(last) if last.0 == minute => *last = (minute, last.1 + before, last.2 + after),
            _ => inner.minutes.push((minute, before, after)),
        }
        if inner.minutes.len() > MINUTES {
            inner.minutes.remove(0);
        }
    }

    pub fn json(&self) -> serde_json::Value {
        let inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let group =
            |m: &mut dyn Iterator<Item = (String, (u64, u64, u64))>| -> serde_json::Map<String, serde_json::Value> {
                m.map(|(k, (n, b, a))| (k, json!({"requests": n, "tokens_before": b, "tokens_after": a, "tokens_saved": b.saturating_sub(a)})))
                .collect()
            };
        let (before, after) = inner.by_endpoint.values().fold((0, 0), |acc, v| (acc.0 + v.1, acc.1 + v.2));
        json!({
            "uptime_seconds": self.started.elapsed().as_secs(),
            "requests": inner.requests,
            "tokens_before": before,
            "tokens_after": after,
            "tokens_saved": before.saturating_sub(after),
            "savings_ratio": if before == 0 { 0.0 } else { 1.0 - after as f64 / before as f64 },
            "by_endpoint": group(&mut inner.by_endpoint.iter().map(|(k, v)| (k.to_string(), *v))),
            "by_model": group(&mut inner.by_model.iter().map(|(k, v)| (k.clone(), *v))),
            "last_hour": inner.minutes.iter().map(|(m, b, a)| json!({"minute": m, "tokens_before": b, "tokens_after": a})).collect::<Vec<_>>(),
        })
    }
}

/// The status page: totals and an inline SVG chart of tokens saved per minute.
pub(crate) fn page(stats: &serde_json::Value) -> String {
    let minutes = stats["last_hour"].as_array().cloned().unwrap_or_default();
    let saved: Vec<u64> = minutes
        .iter()
        .map(|m| m["tokens_before"].as_u64().unwrap_or(0).saturating_sub(m["tokens_after"].as_u64().unwrap_or(0)))
        .collect();
    let max = saved.iter().copied().max().unwrap_or(0).max(1);
    let bars: String = saved
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let h = (*s as f64 / max as f64 * 100.0).round();
            format!("<rect x=\"{}\" y=\"{}\" width=\"8\" height=\"{h}\" fill=\"#3a7\"><title>{s} tokens saved</title></rect>", i * 10, 100.0 - h)
        })
        .collect();
    format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>headroom</title></head><body style=\"font-family:sans-serif\">\
         <h1>headroom</h1><p>{} requests · {} tokens saved · savings {:.1}% · up {} s</p>\
         <h2>Tokens saved per minute (last hour)</h2><svg width=\"600\" height=\"100\" role=\"img\">{bars}</svg>\
         <p><a href=\"/stats\">/stats</a> · <a href=\"/metrics\">/metrics</a> · <a href=\"/healthz\">/healthz</a></p></body></html>",
        stats["requests"],
        stats["tokens_saved"],
        stats["savings_ratio"].as_f64().unwrap_or(0.0) * 100.0,
        stats["uptime_seconds"],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_refuse_past_the_rate() {
        let limiter = RateLimiter::new(2);
        let t = Tenant::anonymous();
        assert!(limiter.check(&t).is_ok());
        assert!(limiter.check(&t).is_ok());
        let wait = limiter.check(&t).unwrap_err();
        assert!(wait > Duration::from_secs(20) && wait <= Duration::from_secs(30), "{wait:?}");
    }

    #[test]
    fn tokens_compare_exactly() {
        assert!(token_matches("s3cret", Some(&HeaderValue::from_static("s3cret"))));
        assert!(!token_matches("s3cret", Some(&HeaderValue::from_static("s3creT"))));
        assert!(!token_matches("s3cret", None));
    }
}
