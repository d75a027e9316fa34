//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod streams;

use std::convert::Infallible;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use headroom::Endpoint;
use headroom::layer::RequestBody;
use http::{Request, Response};
use http_body_util::{BodyExt, Full};
use sha2::{Digest, Sha256};

/// Every fixture body with the endpoint it is for.
pub fn fixtures() -> Vec<(&'static str, Endpoint, Vec<u8>)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/");
    [
        ("chat.json", Endpoint::OpenAiChat),
        ("anthropic.json", Endpoint::AnthropicMessages),
        ("responses.json", Endpoint::OpenAiResponses),
        ("corpus/a01-aws-ec2-security-groups.json", Endpoint::OpenAiChat),
        ("corpus/a02-aws-ec2-instances-public-ip.json", Endpoint::AnthropicMessages),
        ("corpus/a03-aws-ecs-service-events.json", Endpoint::OpenAiResponses),
    ]
    .into_iter()
    .map(|(name, ep)| (name, ep, std::fs::read(format!("{dir}{name}")).unwrap()))
    .collect()
}

pub fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// The bytes of `body` outside every indexed block, and how many blocks there were.
pub fn outside_blocks(body: &[u8], endpoint: Endpoint) -> (Vec<u8>, usize) {
    let text = std::str::from_utf8(body).unwrap();
    let index = endpoint.index(text).unwrap();
    let mut out = Vec::new();
    let mut at = 0;
    for block in &index.blocks {
        out.extend_from_slice(&body[at..block.span.start]);
        out.push(0);
        at = block.span.end;
    }
    out.extend_from_slice(&body[at..]);
    (out, index.blocks.len())
}

pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// What the inner service received.
#[derive(Clone, Default)]
pub struct Seen(pub Arc<Mutex<Vec<(http::request::Parts, Bytes)>>>);

impl Seen {
    pub fn last_body(&self) -> Bytes {
        self.0.lock().unwrap().last().expect("inner service was called").1.clone()
    }
    pub fn last_parts(&self) -> http::request::Parts {
        self.0.lock().unwrap().last().expect("inner service was called").0.clone()
    }
}

/// An inner service that records each request and answers `{"ok":true}`.
pub fn recorder(
    seen: Seen,
) -> impl tower::Service<
    Request<RequestBody<Full<Bytes>>>,
    Response = Response<Full<Bytes>>,
    Error = Infallible,
    Future = impl Send,
> + Clone {
    tower::service_fn(move |req: Request<RequestBody<Full<Bytes>>>| {
        let seen = seen.clone();
        async move {
            let (parts, body) = req.into_parts();
            let bytes = body.collect().await.unwrap().to_bytes();
            seen.0.lock().unwrap().push((parts, bytes));
            Ok::<_, Infallible>(Response::new(Full::new(Bytes::from_static(b"{\"ok\":true}"))))
        }
    })
}

pub fn post(path: &str, body: impl Into<Bytes>) -> Request<Full<Bytes>> {
    let body = body.into();
    Request::post(path)
        .header("content-type", "application/json")
        .header("content-length", body.len())
        .body(Full::new(body))
        .unwrap()
}

pub fn path_of(endpoint: Endpoint) -> &'static str {
    match endpoint {
        Endpoint::AnthropicMessages => "/v1/messages",
        Endpoint::OpenAiResponses => "/v1/responses",
        _ => "/v1/chat/completions",
    }
}
