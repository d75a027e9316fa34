//! The gateway's front service: operations endpoints, auth, rate limits, request-body
//! decoding, then the layer and the forwarder.

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Instant;

use bytes::Bytes;
use http::{HeaderValue, Method, Request, Response, StatusCode, header};
use http_body::Body;
use http_body_util::{BodyExt, LengthLimitError, Limited};
use tower_service::Service;

use super::body::{BodyError, BoxError, GatewayBody, IdleTimeoutBody};
use super::config::GatewayConfig;
use super::decode;
use super::forward::{EncodedOriginal, Forwarder, Target, full};
use super::ops::{self, RateLimiter, Stats};
use super::route::{Upstream, route, upstream_uri};
use crate::ccr::Tenant;
use crate::layer::Headroom;
use crate::pipeline::CompressionReport;
use crate::provider::Endpoint;

/// When the gateway received a request, for the added-latency histogram.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Received(pub Instant);

pub(crate) struct Shared {
    pub config: GatewayConfig,
    pub store: Option<Arc<dyn crate::ccr::Store>>,
    pub stats: Stats,
    pub limiter: Option<RateLimiter>,
}

/// The service each connection runs.
#[derive(Clone)]
pub(crate) struct GatewayService {
    shared: Arc<Shared>,
    inner: Headroom<Forwarder>,
}

impl GatewayService {
    pub fn new(shared: Arc<Shared>, inner: Headroom<Forwarder>) -> Self {
        GatewayService { shared, inner }
    }
}

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

impl<B> Service<Request<B>> for GatewayService
where
    B: Body<Data = Bytes> + Send + Sync + 'static,
    B::Error: Into<BoxError>,
{
    type Response = Response<GatewayBody>;
    type Error = Infallible;
    type Future = BoxFuture<Result<Response<GatewayBody>, Infallible>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, req: Request<B>) -> Self::Future {
        // A client that stops sending its body mid-way is cut off after the idle timeout.
        let idle = self.shared.config.idle_timeout;
        let req: Request<GatewayBody> = req.map(|b| IdleTimeoutBody::new(b, idle).boxed());
        Box::pin(handle(Arc::clone(&self.shared), self.inner.clone(), req))
    }
}

async fn handle(
    shared: Arc<Shared>,
    inner: Headroom<Forwarder>,
    req: Request<GatewayBody>,
) -> Result<Response<GatewayBody>, Infallible> {
    let received = Instant::now();
    if let Some(response) = operations(&shared, &req) {
        return Ok(response);
    }
    let (upstream, path) = route(req.uri().path(), req.headers());
    if req.method() == Method::GET && path.starts_with("/v1/retrieve/") {
        return Ok(super::retrieve::retrieve(&shared, upstream, &req).await);
    }
    let label = route_label(path);
    let response = match admit(&shared, upstream, req) {
        Err(response) => response,
        Ok(mut req) => {
            req.extensions_mut().insert(Received(received));
            match prepare_body(&shared.config, upstream, req).await {
                Err(response) => response,
                Ok(req) => forward(&shared, inner, req).await,
            }
        }
    };
    crate::metrics::global().requests.inc(label, response.status().as_u16());
    Ok(response)
}

/// `/healthz`, `/metrics`, `/stats` and `/`, answered by the gateway itself.
fn operations(shared: &Shared, req: &Request<GatewayBody>) -> Option<Response<GatewayBody>> {
    if req.method() != Method::GET {
        return None;
    }
    let (body, content_type) = match req.uri().path() {
        "/healthz" => (r#"{"status":"ok"}"#.to_owned(), "application/json"),
        "/metrics" => (crate::metrics::global().render_prometheus(), "text/plain; version=0.0.4"),
        "/stats" => (shared.stats.json().to_string(), "application/json"),
        "/" => (ops::page(&shared.stats.json()), "text/html; charset=utf-8"),
        _ => return None,
    };
    let mut response = Response::new(full(body));
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    Some(response)
}

/// The inbound token, the rate limit and the upstream URL; a refusal is the response.
#[expect(clippy::result_large_err, reason = "the refusal is the response sent straight back; boxing buys nothing")]
fn admit(
    shared: &Shared,
    upstream: Upstream,
    mut req: Request<GatewayBody>,
) -> Result<Request<GatewayBody>, Response<GatewayBody>> {
    let token_ok = |token: &String| ops::token_matches(token, req.headers().get("x-headroom-token"));
    if shared.config.auth_token.as_ref().is_some_and(|t| !token_ok(t)) {
        let message = "missing or wrong x-headroom-token";
        return Err(ops::error(StatusCode::UNAUTHORIZED, upstream, "authentication_error", message));
    }
    let limited = shared.limiter.as_ref().and_then(|l| l.check(&Tenant::from_headers(req.headers())).err());
    if let Some(wait) = limited {
        let mut response =
            ops::error(StatusCode::TOO_MANY_REQUESTS, upstream, "rate_limit_error", "rate limit exceeded");
        response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(wait.as_secs().max(1)));
        return Err(response);
    }
    let base = match upstream {
        Upstream::OpenAi => &shared.config.openai_upstream,
        Upstream::Anthropic => &shared.config.anthropic_upstream,
    };
    let (_, path) = route(req.uri().path(), req.headers());
    let uri = upstream_uri(base, path, req.uri().query()).map_err(|e| {
        ops::error(StatusCode::BAD_REQUEST, upstream, "invalid_request_error", &format!("bad path: {e}"))
    })?;
    req.extensions_mut().insert(Target { upstream, uri });
    Ok(req)
}

/// Decodes a compressible request's `Content-Encoding` within the limit, so the layer can
/// read it; the original bytes are kept to be forwarded if nothing is rewritten.
async fn prepare_body(
    config: &GatewayConfig,
    upstream: Upstream,
    req: Request<GatewayBody>,
) -> Result<Request<GatewayBody>, Response<GatewayBody>> {
    let encoding = req.headers().get(header::CONTENT_ENCODING).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let Some(encoding) = encoding.filter(|e| decode::supported(e)) else { return Ok(req) };
    if req.method() != Method::POST || Endpoint::from_path(req.uri().path()).is_none() {
        return Ok(req);
    }
    let limit = config.max_body_bytes;
    let too_large = || {
        ops::error(
            StatusCode::PAYLOAD_TOO_LARGE,
            upstream,
            "request_too_large",
            &format!("request body exceeds {limit} bytes"),
        )
    };
    let (mut parts, body) = req.into_parts();
    let raw = match Limited::new(body, limit).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(e) if e.is::<LengthLimitError>() => return Err(too_large()),
        Err(e) => {
            return Err(ops::error(
                StatusCode::BAD_REQUEST,
                upstream,
                "invalid_request_error",
                &format!("unreadable body: {e}"),
            ));
        }
    };
    let decoded = {
        let (raw, encoding) = (raw.clone(), encoding.clone());
        tokio::task::spawn_blocking(move || decode::decode(&encoding, &raw, limit)).await
    };
    match decoded {
        Ok(Ok(decoded)) => {
            let original = EncodedOriginal {
                raw,
                encoding: parts.headers.remove(header::CONTENT_ENCODING).expect("checked above"),
            };
            parts.headers.insert(header::CONTENT_LENGTH, HeaderValue::from(decoded.len()));
            parts.extensions.insert(original);
            Ok(Request::from_parts(parts, full(decoded)))
        }
        Ok(Err(decode::DecodeError::TooLarge(_))) => Err(too_large()),
        Ok(Err(e)) => {
            crate::metrics::global().fail_open.inc("undecodable_body");
            tracing::warn!(error = %e, "request body could not be decoded; forwarded as received");
            Ok(Request::from_parts(parts, full(raw)))
        }
        Err(_) => Ok(Request::from_parts(parts, full(raw))),
    }
}

async fn forward(shared: &Shared, inner: Headroom<Forwarder>, req: Request<GatewayBody>) -> Response<GatewayBody> {
    let mut inner = inner;
    let call = inner.call(req);
    let response = match call.await {
        Ok(response) => response,
        Err(never) => match never {},
    };
    let report = response.extensions().get::<CompressionReport>().cloned();
    shared.stats.record(report.as_ref());
    let (mut parts, body) = response.into_parts();
    if let (true, Some(report)) = (shared.config.report_headers, report.filter(|r| r.rewritten() > 0)) {
        parts.headers.insert("x-headroom-tokens-before", HeaderValue::from(report.tokens_before));
        parts.headers.insert("x-headroom-tokens-after", HeaderValue::from(report.tokens_after));
    }
    Response::from_parts(parts, body.map_err(BodyError::new).boxed())
}

/// A bounded label for the route.
fn route_label(path: &str) -> &'static str {
    let path = path.trim_end_matches('/');
    match () {
        _ if path.ends_with("/chat/completions") => "chat_completions",
        _ if path.ends_with("/messages/count_tokens") => "count_tokens",
        _ if path.ends_with("/messages") => "messages",
        _ if path.ends_with("/responses") => "responses",
        _ if path.ends_with("/embeddings") => "embeddings",
        _ if path.contains("/models") => "models",
        _ => "other",
    }
}
