//! Invariants 3 (hot zone), 4 (never worse), 7 (reversible), 8 (bounded), and the
//! extension seam (stages, message replacement).

mod common;

use std::sync::{Arc, Mutex};

use bytes::Bytes;
use common::*;
use headroom::ccr::{MemoryStore, Store, Tenant, marker, marker_ids};
use headroom::pipeline::{BoxError, Decision, KeepReason, PipelineEvent, PipelineExtension, PipelineStage};
use headroom::transform::{Compressor, Compressors, Context, Kind, Rewrite};
use headroom::{Config, Endpoint, HeadroomLayer};
use http_body_util::{BodyExt, Full, StreamBody};
use serde_json::json;
use tower::ServiceExt;

fn chat_with_tool_output(output: &str, user: &str) -> Vec<u8> {
    json!({"model":"gpt-4o","messages":[
        {"role":"system","content": output},
        {"role":"user","content": user},
        {"role":"assistant","content": output, "tool_calls":[{"id":"c","type":"function","function":{"name":"bash","arguments":"{}"}}]},
        {"role":"tool","tool_call_id":"c","content": output}
    ]})
    .to_string()
    .into_bytes()
}

fn pretty(n: usize) -> String {
    serde_json::to_string_pretty(
        &json!({"rows": (0..n).map(|i| json!({"id": i, "name": format!("row {i}")})).collect::<Vec<_>>()}),
    )
    .unwrap()
}

#[test]
fn only_tool_outputs_change_by_default() {
    let out = pretty(50);
    let body = chat_with_tool_output(&out, &out);
    let result = headroom::compress(&body, Endpoint::OpenAiChat, &Config::default()).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&result.body).unwrap();
    assert_eq!(v["messages"][0]["content"], out, "system untouched");
    assert_eq!(v["messages"][1]["content"], out, "user untouched");
    assert_eq!(v["messages"][2]["content"], out, "assistant untouched");
    assert_ne!(v["messages"][3]["content"], out, "tool output compressed");
    let user_on =
        headroom::compress(&body, Endpoint::OpenAiChat, &Config::default().compress_user_messages(true)).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&user_on.body).unwrap();
    assert_ne!(v["messages"][1]["content"], out, "user text compressed when enabled");
}

#[derive(Clone)]
struct Inflate;
impl Compressor for Inflate {
    fn name(&self) -> &'static str {
        "inflate"
    }
    fn compress(&self, text: &str, _: &Context<'_>) -> Option<Rewrite> {
        Some(Rewrite::lossless(format!("{text}\n{text}")))
    }
}

#[test]
fn never_worse_and_never_below_min_tokens() {
    let inflating = Config::default().compressors(Compressors::empty().with(Kind::Json, Inflate));
    let body = chat_with_tool_output(&pretty(50), "q");
    let out = headroom::compress(&body, Endpoint::OpenAiChat, &inflating).unwrap();
    assert_eq!(out.body, body);
    assert_eq!(out.report.blocks.last().unwrap().decision, Decision::Kept(KeepReason::NoGain));

    let small = chat_with_tool_output(&pretty(3), "q");
    let out = headroom::compress(&small, Endpoint::OpenAiChat, &Config::default()).unwrap();
    assert_eq!(out.body, small);
    assert_eq!(out.report.blocks.last().unwrap().decision, Decision::Kept(KeepReason::BelowMinTokens));
}

#[derive(Clone)]
struct DropHalf;
impl Compressor for DropHalf {
    fn name(&self) -> &'static str {
        "drop_half"
    }
    fn compress(&self, text: &str, ctx: &Context<'_>) -> Option<Rewrite> {
        let lines: Vec<&str> = text.lines().collect();
        let keep = lines[..lines.len() / 2].join("\n");
        Some(Rewrite {
            text: format!("{keep}\n{}", marker(&format!("{} lines", lines.len() - lines.len() / 2), ctx.retrieve_id)),
            lossy: true,
        })
    }
}

#[test]
fn lossy_rewrites_store_the_original_under_the_marker_id() {
    let store = MemoryStore::new();
    let config = Config::default()
        .compressors(Compressors::empty().with(Kind::Json, DropHalf))
        .store(Some(Arc::new(store.clone())));
    let output = pretty(60);
    let body = chat_with_tool_output(&output, "q");
    let out = headroom::compress(&body, Endpoint::OpenAiChat, &config).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.body).unwrap();
    let text = v["messages"][3]["content"].as_str().unwrap();
    let ids = marker_ids(text);
    assert_eq!(ids.len(), 1);
    assert_eq!(
        headroom::ccr::block_on(store.get(&Tenant::anonymous(), ids[0])).unwrap().as_deref(),
        Some(output.as_str())
    );
    assert_eq!(out.report.blocks.last().unwrap().retrieve_id.as_deref(), Some(ids[0]));

    let no_store = config.clone().store(None);
    let out = headroom::compress(&body, Endpoint::OpenAiChat, &no_store).unwrap();
    assert_eq!(out.body, body, "no lossy rewrite without a place to keep the original");
    assert_eq!(out.report.blocks.last().unwrap().decision, Decision::Kept(KeepReason::StoreFailed));
}

#[tokio::test]
async fn bodies_over_the_limit_get_413_without_reaching_the_inner_service() {
    let seen = Seen::default();
    let svc = HeadroomLayer::new().max_body_bytes(1000).layer_service(recorder(seen.clone()));
    let response = svc.oneshot(post("/v1/messages", vec![b' '; 5000])).await.unwrap();
    assert_eq!(response.status(), 413);
    let body = response.into_body().collect().await.unwrap().to_bytes();
    let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(v["error"]["type"], "request_too_large");
    assert!(seen.0.lock().unwrap().is_empty());

    // Without Content-Length the limit is enforced while reading, and reading stops there.
    let read = Arc::new(Mutex::new(0usize));
    let counter = read.clone();
    let chunks = (0..1000).map(move |_| {
        *counter.lock().unwrap() += 100;
        Ok::<_, std::io::Error>(http_body::Frame::data(Bytes::from(vec![b' '; 100])))
    });
    let req = http::Request::post("/v1/chat/completions")
        .header("content-type", "application/json")
        .body(StreamBody::new(futures_util::stream::iter(chunks)))
        .unwrap();
    let svc = HeadroomLayer::new().max_body_bytes(1000).layer_service(tower::service_fn(
        |_req: http::Request<headroom::layer::RequestBody<_>>| async {
            Ok::<_, std::convert::Infallible>(http::Response::new(Full::new(Bytes::new())))
        },
    ));
    let response = svc.oneshot(req).await.unwrap();
    assert_eq!(response.status(), 413);
    let v: serde_json::Value =
        serde_json::from_slice(&response.into_body().collect().await.unwrap().to_bytes()).unwrap();
    assert!(v["error"]["message"].as_str().unwrap().contains("1000"));
    assert!(*read.lock().unwrap() <= 1100, "read {} bytes", read.lock().unwrap());
}

#[tokio::test]
async fn x_headroom_headers_never_reach_the_inner_service_and_bypass_works() {
    let body = fixture("chat.json");
    let seen = Seen::default();
    let svc = HeadroomLayer::new().layer_service(recorder(seen.clone()));
    let mut req = post("/v1/chat/completions", body.clone());
    req.headers_mut().insert("x-headroom-bypass", "1".parse().unwrap());
    req.headers_mut().insert("x-headroom-token", "secret".parse().unwrap());
    svc.oneshot(req).await.unwrap();
    assert_eq!(seen.last_body().as_ref(), body.as_slice(), "bypassed");
    assert!(seen.last_parts().headers.keys().all(|k| !k.as_str().starts_with("x-headroom-")));
}

#[derive(Default, Clone)]
struct Recorder {
    stages: Arc<Mutex<Vec<PipelineStage>>>,
}

impl PipelineExtension for Recorder {
    fn on_event(&self, event: &mut PipelineEvent<'_>) -> Result<(), BoxError> {
        self.stages.lock().unwrap().push(event.stage);
        if event.stage == PipelineStage::InputReceived {
            let mut messages = event.messages().unwrap().to_vec();
            messages.push(json!({"role": "user", "content": "added by an extension"}));
            event.replace_messages(messages);
        }
        if event.stage == PipelineStage::InputRemembered {
            let shared = event.shared.expect("shared context at InputRemembered");
            shared.put(event.tenant, "last_model", event.model.unwrap_or_default().into());
        }
        Ok(())
    }
}

#[tokio::test]
async fn extensions_see_every_stage_and_may_replace_messages() {
    let ext = Recorder::default();
    let layer = HeadroomLayer::new().extension(ext.clone());
    let seen = Seen::default();
    let body = fixture("chat.json");
    let response =
        layer.layer_service(recorder(seen.clone())).oneshot(post("/v1/chat/completions", body.clone())).await.unwrap();
    response.into_body().collect().await.unwrap();
    let got = seen.last_body();
    let v: serde_json::Value = serde_json::from_slice(&got).unwrap();
    let messages = v["messages"].as_array().unwrap();
    assert_eq!(messages.last().unwrap()["content"], "added by an extension");
    // The unchanged prefix keeps its exact bytes up to the first tool output.
    let first_tool = std::str::from_utf8(&body).unwrap().find("\"role\": \"tool\"").unwrap();
    assert_eq!(&got[..first_tool], &body[..first_tool]);
    let stages = ext.stages.lock().unwrap().clone();
    use PipelineStage::*;
    assert_eq!(
        stages,
        vec![
            Setup,
            InputReceived,
            InputCached,
            InputRouted,
            InputCompressed,
            InputRemembered,
            PreSend,
            PostSend,
            ResponseReceived
        ]
    );
    assert_eq!(layer.config().shared.get(&Tenant::anonymous(), "last_model"), Some(json!("gpt-4o")));
}
