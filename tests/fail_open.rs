//! Invariant 5: whatever fails inside the layer, the original bytes reach the inner service.

mod common;

use std::time::Duration;

use bytes::Bytes;
use common::*;
use headroom::pipeline::{BoxError, PipelineEvent, PipelineExtension};
use headroom::transform::{Compressor, Compressors, Context, Kind, Rewrite};
use headroom::{Endpoint, HeadroomLayer};
use http::Request;
use http_body_util::{Full, StreamBody};
use tower::ServiceExt;

struct Panicky;
impl Compressor for Panicky {
    fn name(&self) -> &'static str {
        "panicky"
    }
    fn compress(&self, _: &str, _: &Context<'_>) -> Option<Rewrite> {
        panic!("compressor bug")
    }
}

struct Slow;
impl Compressor for Slow {
    fn name(&self) -> &'static str {
        "slow"
    }
    fn compress(&self, text: &str, _: &Context<'_>) -> Option<Rewrite> {
        std::thread::sleep(Duration::from_millis(300));
        Some(Rewrite::lossless(text[..text.len() / 2].to_owned()))
    }
}

struct PanickingExtension;
impl PipelineExtension for PanickingExtension {
    fn on_event(&self, _: &mut PipelineEvent<'_>) -> Result<(), BoxError> {
        panic!("extension bug")
    }
}

struct FailingExtension;
impl PipelineExtension for FailingExtension {
    fn on_event(&self, _: &mut PipelineEvent<'_>) -> Result<(), BoxError> {
        Err("nope".into())
    }
}

fn all_kinds(c: impl Compressor + Clone) -> Compressors {
    [Kind::Json, Kind::Log, Kind::Search, Kind::Diff, Kind::Html, Kind::Code, Kind::Text]
        .into_iter()
        .fold(Compressors::empty(), |set, k| set.with(k, c.clone()))
}

impl Clone for Panicky {
    fn clone(&self) -> Self {
        Panicky
    }
}
impl Clone for Slow {
    fn clone(&self) -> Self {
        Slow
    }
}

async fn through(layer: HeadroomLayer, req: Request<Full<Bytes>>) -> Bytes {
    let seen = Seen::default();
    layer.layer_service(recorder(seen.clone())).oneshot(req).await.unwrap();
    seen.last_body()
}

#[tokio::test]
async fn malformed_json_goes_through_untouched() {
    let before = headroom::metrics::global().fail_open.get("invalid_json");
    for body in
        [&b"{\"messages\": [ {\"role\":\"tool\", "[..], b"not json", b"", b"[1,2", b"{\"messages\":[],\"messages\":[]}"]
    {
        let got = through(HeadroomLayer::new(), post("/v1/chat/completions", Bytes::copy_from_slice(body))).await;
        assert_eq!(got.as_ref(), body);
    }
    assert!(headroom::metrics::global().fail_open.get("invalid_json") >= before + 4);
}

#[tokio::test]
async fn invalid_utf8_goes_through_untouched() {
    let body = b"{\"messages\":[{\"role\":\"tool\",\"content\":\"\xff\xfe\"}]}".to_vec();
    let got = through(HeadroomLayer::new(), post("/v1/chat/completions", body.clone())).await;
    assert_eq!(got.as_ref(), body.as_slice());
}

#[tokio::test]
async fn wrong_content_type_is_not_touched() {
    let body = fixture("chat.json");
    for ct in ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"] {
        let req = Request::post("/v1/chat/completions")
            .header("content-type", ct)
            .body(Full::new(Bytes::from(body.clone())))
            .unwrap();
        assert_eq!(through(HeadroomLayer::new(), req).await.as_ref(), body.as_slice(), "{ct}");
    }
}

#[tokio::test]
async fn truncated_body_goes_through_untouched() {
    let body = fixture("anthropic.json");
    let cut = Bytes::copy_from_slice(&body[..body.len() / 2]);
    assert_eq!(through(HeadroomLayer::new(), post("/v1/messages", cut.clone())).await, cut);
}

#[tokio::test]
async fn a_panicking_compressor_leaves_the_original() {
    for (name, endpoint, body) in fixtures() {
        let layer = HeadroomLayer::new().compressors(all_kinds(Panicky)).retrieval(false);
        let got = through(layer, post(path_of(endpoint), body.clone())).await;
        assert_eq!(got.as_ref(), body.as_slice(), "{name}");
    }
}

#[tokio::test]
async fn panicking_and_failing_extensions_are_skipped() {
    let before = headroom::metrics::global().extension_failures.get();
    let body = fixture("chat.json");
    let plain = headroom::compress(&body, Endpoint::OpenAiChat, &headroom::Config::default()).unwrap().body;
    let layer = HeadroomLayer::new().extension(PanickingExtension).extension(FailingExtension);
    let got = through(layer, post("/v1/chat/completions", body)).await;
    assert_eq!(got.as_ref(), plain.as_slice(), "compression still happens, extensions are skipped");
    assert!(headroom::metrics::global().extension_failures.get() > before);
}

#[tokio::test]
async fn a_deadline_overrun_forwards_the_original() {
    let body = fixture("chat.json");
    let layer = HeadroomLayer::new().compressors(all_kinds(Slow)).deadline(Duration::from_millis(50));
    let started = std::time::Instant::now();
    let got = through(layer, post("/v1/chat/completions", body.clone())).await;
    assert_eq!(got.as_ref(), body.as_slice());
    assert!(started.elapsed() < Duration::from_millis(280), "did not wait for the slow compressor");
}

#[tokio::test]
async fn an_unreadable_body_is_a_400_in_the_providers_shape() {
    let chunks: Vec<Result<http_body::Frame<Bytes>, std::io::Error>> = vec![
        Ok(http_body::Frame::data(Bytes::from_static(b"{\"messages\":"))),
        Err(std::io::Error::other("client went away")),
    ];
    let body = StreamBody::new(futures_util::stream::iter(chunks));
    let req = Request::post("/v1/messages").header("content-type", "application/json").body(body).unwrap();
    let svc =
        HeadroomLayer::new().layer_service(tower::service_fn(|_req: Request<headroom::layer::RequestBody<_>>| async {
            Ok::<_, std::convert::Infallible>(http::Response::new(Full::new(Bytes::new())))
        }));
    let response = svc.oneshot(req).await.unwrap();
    assert_eq!(response.status(), 400);
    let body = http_body_util::BodyExt::collect(response.into_body()).await.unwrap().to_bytes();
    let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(v["type"], "error");
    assert_eq!(v["error"]["type"], "invalid_request_error");
}

/// A store that is down: every call fails, and the calls are counted.
#[derive(Debug, Default)]
struct DownStore(std::sync::atomic::AtomicUsize);

impl headroom::ccr::Store for DownStore {
    fn put<'a>(&'a self, _: &'a headroom::ccr::Tenant, _: &'a str, _: &'a str) -> headroom::ccr::StoreFuture<'a, ()> {
        self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        Box::pin(async { Err(headroom::ccr::StoreError::Unavailable("connection refused".into())) })
    }

    fn get<'a>(&'a self, _: &'a headroom::ccr::Tenant, _: &'a str) -> headroom::ccr::StoreFuture<'a, Option<String>> {
        Box::pin(async { Err(headroom::ccr::StoreError::Unavailable("connection refused".into())) })
    }
}

#[test]
fn a_store_that_is_down_is_asked_once_per_request_and_nothing_lossy_goes_out() {
    let log = |n: usize| (0..300).map(|i| format!("[{i}] INFO step {n} of job {i}")).collect::<Vec<_>>().join("\n");
    let mut messages = vec![serde_json::json!({"role": "user", "content": "what failed?"})];
    for n in 0..5 {
        let id = format!("c{n}");
        messages.push(serde_json::json!({"role": "assistant", "tool_calls": [{"id": id, "type": "function", "function": {"name": "bash", "arguments": "{}"}}]}));
        messages.push(serde_json::json!({"role": "tool", "tool_call_id": id, "content": log(n)}));
    }
    let body = serde_json::to_vec(&serde_json::json!({"model": "gpt-4o", "messages": messages})).unwrap();
    let store = std::sync::Arc::new(DownStore::default());
    let config = headroom::Config::default().store(Some(store.clone()));
    let out = headroom::compress(&body, Endpoint::OpenAiChat, &config).unwrap();
    assert_eq!(store.0.load(std::sync::atomic::Ordering::SeqCst), 1, "later blocks do not wait on a failed store");
    assert_eq!(out.body, body, "no lossy rewrite without its original stored");
    let failed = out.report.blocks.iter().filter(|b| format!("{:?}", b.decision).contains("StoreFailed")).count();
    assert_eq!(failed, 5);
}

#[test]
fn a_deadline_overrun_on_several_threads_is_an_error_not_a_partial_rewrite() {
    let output: String = (0..800).map(|i| format!("[{i:04}] INFO step {i} done\n")).collect();
    let mut messages = vec![serde_json::json!({"role": "user", "content": "what failed?"})];
    for i in 0..3 {
        let call = serde_json::json!({"id": format!("c{i}"), "type": "function", "function": {"name": "bash", "arguments": "{}"}});
        messages.push(serde_json::json!({"role": "assistant", "content": null, "tool_calls": [call]}));
        messages.push(serde_json::json!({"role": "tool", "tool_call_id": format!("c{i}"), "content": output}));
    }
    let body = serde_json::to_vec(&serde_json::json!({"model": "gpt-4o", "messages": messages})).unwrap();
    for threads in [1, 4] {
        let config = headroom::Config::default()
            .compressors(all_kinds(Slow))
            .deadline(Duration::from_millis(50))
            .block_threads(threads);
        let err = headroom::compress(&body, Endpoint::OpenAiChat, &config).unwrap_err();
        assert!(err.to_string().contains("deadline"), "{threads} threads: {err}");
    }
}
