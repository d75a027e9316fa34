//! The innermost service: send the request to its upstream and stream the answer back.

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http::{HeaderMap, HeaderName, HeaderValue, Request, Response, StatusCode, Uri, header};
use http_body_util::{BodyExt, Full};
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use tower_service::Service;

use super::body::{GatewayBody, IdleTimeoutBody};
use super::ops;
use super::route::Upstream;
use crate::layer::RequestBody;
use crate::pipeline::CompressionReport;

type HttpsClient = Client<HttpsConnector<HttpConnector>, RequestBody<GatewayBody>>;

/// Where a request goes; set by the gateway before the layer runs.
#[derive(Clone, Debug)]
pub(crate) struct Target {
    pub upstream: Upstream,
    pub uri: Uri,
}

/// The client's encoded body, forwarded as it was if compression changed nothing.
#[derive(Clone, Debug)]
pub(crate) struct EncodedOriginal {
    pub raw: Bytes,
    pub encoding: HeaderValue,
}

/// Sends requests upstream over a pooled HTTP/1.1 + HTTP/2 client (rustls, webpki roots).
#[derive(Clone, Debug)]
pub(crate) struct Forwarder {
    client: HttpsClient,
    idle: Duration,
}

impl Forwarder {
    pub fn new(connect_timeout: Duration, idle: Duration) -> Self {
        let mut http = HttpConnector::new();
        http.set_connect_timeout(Some(connect_timeout));
        http.enforce_http(false);
        http.set_nodelay(true);
        let https = hyper_rustls::HttpsConnectorBuilder::new()
            .with_webpki_roots()
            .https_or_http()
            .enable_http1()
            .enable_http2()
            .wrap_connector(http);
        Forwarder { client: Client::builder(TokioExecutor::new()).build(https), idle }
    }
}

impl Service<Request<RequestBody<GatewayBody>>> for Forwarder {
    type Response = Response<GatewayBody>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Response<GatewayBody>, Infallible>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, mut req: Request<RequestBody<GatewayBody>>) -> Self::Future {
        let client = self.client.clone();
        let idle = self.idle;
        Box::pin(async move {
            let Some(target) = req.extensions_mut().remove::<Target>() else {
                return Ok(ops::error(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    Upstream::OpenAi,
                    "api_error",
                    "request has no upstream",
                ));
            };
            restore_encoding(&mut req);
            if let Some(received) = req.extensions().get::<super::service::Received>() {
                crate::metrics::global().added_latency.observe(received.0.elapsed());
            }
            *req.uri_mut() = target.uri;
            strip_hop_by_hop(req.headers_mut());
            req.headers_mut().remove(header::HOST);
            let started = Instant::now();
            let outcome = tokio::time::timeout(idle, client.request(req)).await;
            crate::metrics::global().upstream_latency.observe(started.elapsed());
            Ok(match outcome {
                Ok(Ok(response)) => {
                    let (mut parts, body) = response.into_parts();
                    strip_hop_by_hop(&mut parts.headers);
                    Response::from_parts(parts, IdleTimeoutBody::new(body, idle).boxed())
                }
                Ok(Err(e)) => {
                    tracing::warn!(upstream = target.upstream.name(), error = %e, "upstream request failed");
                    ops::error(
                        StatusCode::BAD_GATEWAY,
                        target.upstream,
                        "api_error",
                        &format!("upstream unreachable: {e}"),
                    )
                }
                Err(_) => {
                    tracing::warn!(
                        upstream = target.upstream.name(),
                        ?idle,
                        "upstream sent no response headers in time"
                    );
                    ops::error(StatusCode::GATEWAY_TIMEOUT, target.upstream, "timeout_error", "upstream timed out")
                }
            })
        })
    }
}

/// Puts the client's encoded bytes back when compression did not rewrite the body.
fn restore_encoding(req: &mut Request<RequestBody<GatewayBody>>) {
    let Some(original) = req.extensions_mut().remove::<EncodedOriginal>() else { return };
    let rewritten = req.extensions().get::<CompressionReport>().is_some_and(CompressionReport::body_changed);
    if rewritten {
        return;
    }
    req.headers_mut().insert(header::CONTENT_ENCODING, original.encoding);
    req.headers_mut().insert(header::CONTENT_LENGTH, HeaderValue::from(original.raw.len()));
    *req.body_mut() = RequestBody::buffered(original.raw);
}

/// Removes hop-by-hop headers, including those the `Connection` header names.
pub(crate) fn strip_hop_by_hop(headers: &mut HeaderMap) {
    let named: Vec<HeaderName> = headers
        .get_all(header::CONNECTION)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|name| HeaderName::from_bytes(name.trim().as_bytes()).ok())
        .collect();
    for name in named {
        headers.remove(name);
    }
    for name in [
        "connection",
        "keep-alive",
        "proxy-connection",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    ] {
        headers.remove(name);
    }
}

/// A body that is already in memory.
pub(crate) fn full(bytes: impl Into<Bytes>) -> GatewayBody {
    Full::new(bytes.into()).map_err(|e| match e {}).boxed()
}
