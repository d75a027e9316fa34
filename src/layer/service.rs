//! `Headroom<S>`: the middleware service.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};

use bytes::Bytes;
use http::{HeaderMap, Method, Request, Response, header};
use http_body::Body;
use tower_service::Service;

use super::body::HeadroomBody;
use super::future::ResponseFuture;
use super::layer::HeadroomLayer;
use super::request_body::RequestBody;
use super::{BYPASS_HEADER, compress};
use crate::metrics;
use crate::provider::Endpoint;

/// The error type of request bodies the layer can collect.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Compresses tool outputs in LLM requests before calling the inner service.
#[derive(Clone, Debug)]
pub struct Headroom<S> {
    inner: S,
    layer: HeadroomLayer,
    setup: Arc<AtomicBool>,
}

impl<S> Headroom<S> {
    /// Wraps `inner` with the default layer configuration.
    pub fn new(inner: S) -> Self {
        Self::from_layer(inner, HeadroomLayer::new())
    }

    pub(crate) fn from_layer(inner: S, layer: HeadroomLayer) -> Self {
        Headroom { inner, layer, setup: Arc::new(AtomicBool::new(false)) }
    }

    /// A [`HeadroomLayer`] with the default configuration.
    pub fn layer() -> HeadroomLayer {
        HeadroomLayer::new()
    }

    /// The inner service.
    pub fn get_ref(&self) -> &S {
        &self.inner
    }

    /// The inner service, mutably.
    pub fn get_mut(&mut self) -> &mut S {
        &mut self.inner
    }

    /// The inner service, consuming the middleware.
    pub fn into_inner(self) -> S {
        self.inner
    }
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for Headroom<S>
where
    S: Service<Request<RequestBody<ReqBody>>, Response = Response<ResBody>> + Clone + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
    ReqBody: Body<Data = Bytes> + Send + 'static,
    ReqBody::Error: Into<BoxError>,
    ResBody: Body<Data = Bytes> + Send + 'static,
{
    type Response = Response<HeadroomBody<ResBody>>;
    type Error = S::Error;
    type Future = ResponseFuture<S::Future, ResBody, S::Error>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut req: Request<ReqBody>) -> Self::Future {
        if !self.setup.swap(true, Ordering::Relaxed) {
            compress::emit_setup(&self.layer.config);
        }
        let bypass = strip_headroom_headers(req.headers_mut());
        let endpoint = classify(&req).filter(|_| !bypass);
        // Take the service that was driven to readiness; leave a fresh clone in its place.
        let clone = self.inner.clone();
        let mut inner = std::mem::replace(&mut self.inner, clone);
        match endpoint {
            None => {
                metrics::global().requests_passthrough.inc();
                ResponseFuture::passthrough(inner.call(req.map(RequestBody::passthrough)))
            }
            Some(endpoint) => {
                metrics::global().requests_compressible.inc();
                let layer = self.layer.clone();
                ResponseFuture::compressing(Box::pin(compress::handle(inner, layer, endpoint, req)))
            }
        }
    }
}

/// The endpoint of a request worth buffering: a POST of identity-encoded JSON to a known path.
fn classify<B>(req: &Request<B>) -> Option<Endpoint> {
    if req.method() != Method::POST {
        return None;
    }
    let headers = req.headers();
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase())
        .is_some_and(|v| v == "application/json" || (v.starts_with("application/") && v.ends_with("+json")));
    let encoded =
        headers.get(header::CONTENT_ENCODING).is_some_and(|v| !v.as_bytes().eq_ignore_ascii_case(b"identity"));
    let upgrade = headers.contains_key(header::UPGRADE);
    if !json || encoded || upgrade {
        return None;
    }
    Endpoint::from_path(req.uri().path())
}

/// Removes every `x-headroom-*` header; returns whether the request asked to be bypassed.
fn strip_headroom_headers(headers: &mut HeaderMap) -> bool {
    let bypass = headers
        .get(BYPASS_HEADER)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| matches!(v.trim().to_ascii_lowercase().as_str(), "1" | "true" | "yes"));
    let ours: Vec<_> = headers.keys().filter(|k| k.as_str().starts_with("x-headroom-")).cloned().collect();
    for name in ours {
        headers.remove(name);
    }
    bypass
}

pub(crate) fn is_event_stream(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim_start().to_ascii_lowercase().starts_with("text/event-stream"))
}

pub(crate) fn refusal<B>(
    status: http::StatusCode,
    endpoint: Endpoint,
    kind: &str,
    message: &str,
) -> Response<HeadroomBody<B>> {
    let mut response = Response::new(HeadroomBody::refusal(endpoint.error_body(kind, message)));
    *response.status_mut() = status;
    response.headers_mut().insert(header::CONTENT_TYPE, http::HeaderValue::from_static("application/json"));
    response
}
