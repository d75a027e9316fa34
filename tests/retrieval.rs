//! `headroom_retrieve` answered inside the layer: a mock provider calls it for the marker it
//! sees, checks the continuation carries the exact original, then answers.

mod common;

use std::convert::Infallible;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use headroom::ccr::{RETRIEVE_TOOL, marker_ids};
use headroom::layer::RequestBody;
use headroom::{Endpoint, HeadroomLayer};
use http::{Request, Response};
use http_body_util::{BodyExt, Full};
use serde_json::{Value, json};
use tower::ServiceExt;

use common::streams::{log_output, request_with as request};

/// The model's reply: a call to `tool` with `args`, or a final text answer.
fn reply(endpoint: Endpoint, call: Option<(&str, Value)>, text: &str) -> Value {
    match (endpoint, call) {
        (Endpoint::OpenAiChat, Some((tool, args))) => {
            json!({"choices": [{"message": {"role": "assistant", "content": null,
            "tool_calls": [{"id": "r1", "type": "function", "function": {"name": tool, "arguments": args.to_string()}}]}}], "usage": {"prompt_tokens": 100, "completion_tokens": 10}})
        }
        (Endpoint::OpenAiChat, None) => {
            json!({"choices": [{"message": {"role": "assistant", "content": text}}], "usage": {"prompt_tokens": 200, "completion_tokens": 20}})
        }
        (Endpoint::AnthropicMessages, Some((tool, args))) => {
            json!({"content": [{"type": "tool_use", "id": "r1", "name": tool, "input": args}], "usage": {"input_tokens": 100, "output_tokens": 10}})
        }
        (Endpoint::AnthropicMessages, None) => {
            json!({"content": [{"type": "text", "text": text}], "usage": {"input_tokens": 200, "output_tokens": 20}})
        }
        (_, Some((tool, args))) => {
            json!({"output": [{"type": "function_call", "call_id": "r1", "name": tool, "arguments": args.to_string()}], "usage": {"input_tokens": 100, "output_tokens": 10}})
        }
        (_, None) => {
            json!({"output": [{"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": text}]}], "usage": {"input_tokens": 200, "output_tokens": 20}})
        }
    }
}

/// The text of the last tool result in a continuation.
fn last_result(endpoint: Endpoint, body: &Value) -> String {
    match endpoint {
        Endpoint::OpenAiChat => {
            body["messages"].as_array().unwrap().last().unwrap()["content"].as_str().unwrap().to_owned()
        }
        Endpoint::AnthropicMessages => {
            body["messages"].as_array().unwrap().last().unwrap()["content"][0]["content"].as_str().unwrap().to_owned()
        }
        _ => body["input"].as_array().unwrap().last().unwrap()["output"].as_str().unwrap().to_owned(),
    }
}

type Seen = Arc<Mutex<Vec<Value>>>;

/// A mock provider: asks for the marker's original (or `ask` if given), then answers with
/// the result it was given.
fn provider(
    endpoint: Endpoint,
    seen: Seen,
    ask: Option<String>,
    also_client_call: bool,
) -> impl tower::Service<
    Request<RequestBody<Full<Bytes>>>,
    Response = Response<Full<Bytes>>,
    Error = Infallible,
    Future = impl Send,
> + Clone {
    tower::service_fn(move |req: Request<RequestBody<Full<Bytes>>>| {
        let (seen, ask) = (seen.clone(), ask.clone());
        async move {
            let body: Value = serde_json::from_slice(&req.into_body().collect().await.unwrap().to_bytes()).unwrap();
            let round = {
                let mut s = seen.lock().unwrap();
                s.push(body.clone());
                s.len()
            };
            let out = if round == 1 {
                let text = headroom::count::body_texts(&body).join("\n");
                let id = ask.unwrap_or_else(|| marker_ids(&text)[0].to_owned());
                let mut r = reply(endpoint, Some((RETRIEVE_TOOL, json!({"id": id}))), "");
                if also_client_call && endpoint == Endpoint::AnthropicMessages {
                    r["content"]
                        .as_array_mut()
                        .unwrap()
                        .push(json!({"type": "tool_use", "id": "r2", "name": "bash", "input": {"cmd": "df -h"}}));
                }
                r
            } else {
                reply(endpoint, None, &format!("final answer after reading: {}", last_result(endpoint, &body).len()))
            };
            let mut response = Response::new(Full::new(Bytes::from(out.to_string())));
            response.headers_mut().insert("content-type", "application/json".parse().unwrap());
            Ok::<_, Infallible>(response)
        }
    })
}

async fn call(
    endpoint: Endpoint,
    layer: &HeadroomLayer,
    seen: &Seen,
    ask: Option<String>,
    key: &str,
    output: &str,
) -> Value {
    let svc = layer.layer_service(provider(endpoint, seen.clone(), ask, false));
    let mut req =
        common::post(common::path_of(endpoint), serde_json::to_vec(&request(endpoint, output, false)).unwrap());
    req.headers_mut().insert("x-api-key", key.parse().unwrap());
    let response = svc.oneshot(req).await.unwrap();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    serde_json::from_slice(&bytes).unwrap()
}

#[tokio::test]
async fn retrieve_calls_are_answered_inside_the_layer_for_every_provider() {
    for endpoint in Endpoint::ALL {
        let seen: Seen = Arc::default();
        let final_response = call(endpoint, &HeadroomLayer::new(), &seen, None, "k", &log_output()).await;
        let rounds = seen.lock().unwrap().clone();
        assert_eq!(rounds.len(), 2, "{endpoint}: one hidden round");
        assert!(rounds[0]["tools"].to_string().contains(RETRIEVE_TOOL), "{endpoint}: tool offered");
        assert_eq!(last_result(endpoint, &rounds[1]), log_output(), "{endpoint}: the exact original");
        let text = final_response.to_string();
        assert!(text.contains("final answer after reading"), "{endpoint}: {text}");
        assert!(!text.contains(RETRIEVE_TOOL), "{endpoint}: no trace of the hidden round");
        let usage = &final_response["usage"];
        let input = usage.get("input_tokens").or(usage.get("prompt_tokens")).unwrap();
        assert_eq!(input, 300, "{endpoint}: usage summed over rounds");
    }
}

#[tokio::test]
async fn unknown_ids_and_other_tenants_get_an_expired_note() {
    let layer = HeadroomLayer::new();
    let seen: Seen = Arc::default();
    call(Endpoint::OpenAiChat, &layer, &seen, Some("000000000000000000000000".into()), "k", &log_output()).await;
    assert!(last_result(Endpoint::OpenAiChat, &seen.lock().unwrap()[1]).contains("expired"));

    // An id stored under credential B is not returned to credential A.
    let seen_b: Seen = Arc::default();
    let secret = log_output().replace("disk quota", "tenant b's secret quota");
    call(Endpoint::OpenAiChat, &layer, &seen_b, None, "tenant-b", &secret).await;
    let id = marker_ids(&headroom::count::body_texts(&seen_b.lock().unwrap()[0]).join("\n"))[0].to_owned();
    let seen_a: Seen = Arc::default();
    call(Endpoint::OpenAiChat, &layer, &seen_a, Some(id), "tenant-a", &log_output()).await;
    assert!(last_result(Endpoint::OpenAiChat, &seen_a.lock().unwrap()[1]).contains("expired"));
}

#[tokio::test]
async fn client_tool_calls_reach_the_client_untouched() {
    let seen: Seen = Arc::default();
    let svc = HeadroomLayer::new().layer_service(provider(Endpoint::AnthropicMessages, seen.clone(), None, true));
    let req = common::post(
        "/v1/messages",
        serde_json::to_vec(&request(Endpoint::AnthropicMessages, &log_output(), false)).unwrap(),
    );
    let response = svc.oneshot(req).await.unwrap();
    let value: Value = serde_json::from_slice(&response.into_body().collect().await.unwrap().to_bytes()).unwrap();
    assert_eq!(value["content"], json!([{"type": "tool_use", "id": "r2", "name": "bash", "input": {"cmd": "df -h"}}]));
    assert_eq!(seen.lock().unwrap().len(), 1, "no hidden round when the client must act");
}

#[tokio::test]
async fn streamed_requests_are_offered_the_same_tool() {
    let seen: Seen = Arc::default();
    let svc = HeadroomLayer::new().layer_service(provider(Endpoint::OpenAiChat, seen.clone(), None, false));
    let req = common::post(
        "/v1/chat/completions",
        serde_json::to_vec(&request(Endpoint::OpenAiChat, &log_output(), true)).unwrap(),
    );
    let _ = svc.oneshot(req).await.unwrap();
    assert!(seen.lock().unwrap()[0]["tools"].to_string().contains(RETRIEVE_TOOL), "tools never flip with `stream`");
}
