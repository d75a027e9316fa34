//! The compressing path: collect the body, run the pipeline off the async threads, forward.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use bytes::Bytes;
use http::{HeaderValue, Request, Response, StatusCode, header};
use http_body::Body;
use http_body_util::{BodyExt, LengthLimitError, Limited};
use tower_service::Service;

use super::body::{HeadroomBody, Observer};
use super::layer::HeadroomLayer;
use super::request_body::RequestBody;
use super::retrieve;
use super::service::{BoxError, is_event_stream, refusal};
use super::stream;
use crate::ccr::Tenant;
use crate::metrics;
use crate::pipeline::{self, CompressionReport, Config, FailOpen, PipelineEvent, PipelineStage, RequestInfo};
use crate::provider::Endpoint;

pub(super) async fn handle<S, ReqBody, ResBody>(
    mut inner: S,
    layer: HeadroomLayer,
    endpoint: Endpoint,
    req: Request<ReqBody>,
) -> Result<Response<HeadroomBody<ResBody>>, S::Error>
where
    S: Service<Request<RequestBody<ReqBody>>, Response = Response<ResBody>> + Send + 'static,
    S::Future: Send,
    ReqBody: Body<Data = Bytes> + Send + 'static,
    ReqBody::Error: Into<BoxError>,
    ResBody: Body<Data = Bytes> + Send + 'static,
{
    let limit = layer.max_body_bytes;
    let declared =
        req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Ok(too_large(endpoint, limit));
    }
    let (mut parts, body) = req.into_parts();
    let bytes = match Limited::new(body, limit).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(e) if e.is::<LengthLimitError>() => return Ok(too_large(endpoint, limit)),
        Err(e) => {
            metrics::global().refused.inc("body_unreadable");
            tracing::warn!(error = %e, "request body could not be read; answered 400");
            let msg = format!("headroom could not read the request body: {e}");
            return Ok(refusal(StatusCode::BAD_REQUEST, endpoint, "invalid_request_error", &msg));
        }
    };
    metrics::global().bytes_buffered.add(bytes.len() as u64);
    let request_id = request_id(&parts.headers);
    let tenant = Tenant::from_headers(&parts.headers);
    let tenant_again = tenant.clone();
    let (body, report) = run_pipeline(&layer.config, endpoint, bytes, &parts.headers, &request_id, tenant).await;
    if report.body_changed() {
        parts.headers.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
        parts.headers.remove(header::TRANSFER_ENCODING);
        metrics::global().requests_rewritten.inc();
        metrics::global().tokens_before.add(report.tokens_before as u64);
        metrics::global().tokens_after.add(report.tokens_after as u64);
    }
    parts.extensions.insert(report.clone());
    let resend = report.tool_added.then(|| (parts.clone(), body.clone()));
    let response = inner.call(Request::from_parts(parts, RequestBody::buffered(body))).await?;
    let config = Arc::clone(&layer.config);
    notify(&config, PipelineStage::PostSend, endpoint, &request_id, &report);
    if let Some((parts, body)) = resend {
        let mut usage = crate::provider::sse::Usage::default();
        let store = config.store.clone();
        let resend = retrieve::Resend { parts, body, endpoint, store, tenant: tenant_again };
        let streamed = response.status() == StatusCode::OK && is_event_stream(response.headers());
        if streamed && tokio::runtime::Handle::try_current().is_ok() {
            let report_again = report.clone();
            let on_end = Box::new(move |usage: crate::provider::sse::Usage| {
                record_usage(usage);
                notify(&config, PipelineStage::ResponseReceived, endpoint, &request_id, &report_again);
            });
            let mut response = stream::splice(inner, resend, response, on_end);
            response.extensions_mut().insert(report);
            return Ok(response);
        }
        let mut response = retrieve::answer_calls(inner, resend, response, &mut usage).await?;
        record_usage(usage);
        notify(&config, PipelineStage::ResponseReceived, endpoint, &request_id, &report);
        response.extensions_mut().insert(report);
        return Ok(response);
    }
    let (mut parts, body) = response.into_parts();
    parts.extensions.insert(report.clone());
    let sse = is_event_stream(&parts.headers);
    let on_end = Box::new(move |usage: crate::provider::sse::Usage| {
        record_usage(usage);
        notify(&config, PipelineStage::ResponseReceived, endpoint, &request_id, &report);
    });
    let observer = Observer::new(sse, on_end);
    Ok(Response::from_parts(parts, HeadroomBody::new(body, Some(observer))))
}

/// Runs the pipeline on the blocking pool under the deadline; on any failure, the original.
async fn run_pipeline(
    config: &Arc<Config>,
    endpoint: Endpoint,
    original: Bytes,
    headers: &http::HeaderMap,
    request_id: &str,
    tenant: Tenant,
) -> (Bytes, CompressionReport) {
    let started = Instant::now();
    let deadline = started + config.deadline;
    // Bodies that need nothing done are answered here: a thread hand-off would cost more than
    // the read. Large bodies are never parsed on the async threads.
    let index = if original.len() <= INLINE_PARSE_LIMIT {
        let parsed = guarded(|| {
            let text = std::str::from_utf8(&original).map_err(|_| crate::Error::InvalidUtf8)?;
            let index = pipeline::parse_text(text, endpoint, config)?;
            let work = pipeline::has_work(&index, &original, endpoint, config);
            Ok((text, index, work))
        });
        match parsed {
            Err(reason) => return settle(Err(reason), original, endpoint, started),
            Ok((text, index, false)) => {
                let info = RequestInfo { request_id: request_id.into(), headers: Some(headers), tenant };
                let outcome =
                    guarded(|| pipeline::rewrite_indexed_text(text, index, endpoint, config, &info, deadline));
                return settle(outcome, original, endpoint, started);
            }
            Ok((_, index, true)) => Some(index),
        }
    } else {
        None
    };
    let job = {
        let (config, original, headers, request_id) =
            (Arc::clone(config), original.clone(), headers.clone(), request_id.to_owned());
        move || {
            let info = RequestInfo { request_id: request_id.into(), headers: Some(&headers), tenant };
            let index = match index {
                Some(index) => index,
                None => pipeline::parse(&original, endpoint, &config)?,
            };
            pipeline::rewrite_indexed(&original, index, endpoint, &config, &info, deadline)
        }
    };
    let outcome = match tokio::runtime::Handle::try_current() {
        Ok(_) => match tokio::time::timeout(config.deadline, tokio::task::spawn_blocking(job)).await {
            Ok(Ok(result)) => result.map_err(|e| e.fail_open()),
            Ok(Err(_)) => Err(FailOpen::Panicked),
            Err(_) => Err(FailOpen::Deadline),
        },
        Err(_) => guarded(job),
    };
    settle(outcome, original, endpoint, started)
}

/// Runs `f`; a panic or an error becomes the reason to fail open.
fn guarded<T>(f: impl FnOnce() -> Result<T, crate::Error>) -> Result<T, FailOpen> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
        .map_err(|_| FailOpen::Panicked)
        .and_then(|r| r.map_err(|e| e.fail_open()))
}

/// Bodies up to this size are parsed on the async thread to see whether there is work at all.
const INLINE_PARSE_LIMIT: usize = 1 << 20;

/// The bytes to forward and the report, from the pipeline's outcome.
fn settle(
    outcome: Result<(Option<Vec<u8>>, CompressionReport), FailOpen>,
    original: Bytes,
    endpoint: Endpoint,
    started: Instant,
) -> (Bytes, CompressionReport) {
    match outcome {
        Ok((Some(body), report)) if report.body_changed() => (Bytes::from(body), report),
        Ok((_, report)) => (original, report),
        Err(reason) => {
            metrics::global().fail_open.inc(reason.name());
            tracing::warn!(reason = reason.name(), %endpoint, "compression failed open; original body forwarded");
            let report = CompressionReport {
                endpoint: Some(endpoint),
                fail_open: Some(reason),
                elapsed: started.elapsed(),
                ..Default::default()
            };
            (original, report)
        }
    }
}

fn record_usage(usage: crate::provider::sse::Usage) {
    let m = metrics::global();
    m.usage_input_tokens.add(usage.input_tokens);
    m.usage_output_tokens.add(usage.output_tokens);
    m.usage_cache_read_tokens.add(usage.cache_read_tokens);
    m.usage_cache_write_tokens.add(usage.cache_write_tokens);
}

fn too_large<B>(endpoint: Endpoint, limit: usize) -> Response<HeadroomBody<B>> {
    metrics::global().refused.inc("body_too_large");
    tracing::warn!(limit, "request body over the limit; answered 413");
    let msg = format!("request body exceeds headroom's limit of {limit} bytes");
    refusal(StatusCode::PAYLOAD_TOO_LARGE, endpoint, "request_too_large", &msg)
}

fn request_id(headers: &http::HeaderMap) -> String {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    match headers.get("x-request-id").and_then(|v| v.to_str().ok()) {
        Some(id) => id.to_owned(),
        None => format!("hr-{}", NEXT.fetch_add(1, Ordering::Relaxed)),
    }
}

fn notify(config: &Config, stage: PipelineStage, endpoint: Endpoint, request_id: &str, report: &CompressionReport) {
    if config.extensions.is_empty() {
        return;
    }
    let tenant = Tenant::anonymous();
    let mut metadata = Default::default();
    let mut event = PipelineEvent::new(stage, request_id, &tenant, &mut metadata);
    event.endpoint = Some(endpoint);
    event.model = report.model.as_deref();
    event.report = Some(report);
    pipeline::emit(&config.extensions, &mut event);
}

pub(super) fn emit_setup(config: &Config) {
    if config.extensions.is_empty() {
        return;
    }
    let tenant = Tenant::anonymous();
    let mut metadata = Default::default();
    let mut event = PipelineEvent::new(PipelineStage::Setup, "-", &tenant, &mut metadata);
    pipeline::emit(&config.extensions, &mut event);
}
