//! `headroom_retrieve` answered inside streamed responses: the client gets one well-formed
//! stream with the hidden round spliced out, indices, ids and sequence numbers consistent,
//! and usage summed.

mod common;

use std::convert::Infallible;
use std::sync::Arc;

use bytes::Bytes;
use common::streams::*;
use headroom::ccr::RETRIEVE_TOOL;
use headroom::layer::RequestBody;
use headroom::{Endpoint, HeadroomLayer};
use http::Request;
use http_body_util::{BodyExt, Full};
use serde_json::Value;
use tower::ServiceExt;

#[tokio::test]
async fn a_hidden_round_is_spliced_into_one_anthropic_stream() {
    let seen: Seen = Arc::default();
    let (raw, events) = run(Endpoint::AnthropicMessages, &seen, false, 200).await;
    let rounds = seen.lock().unwrap().clone();
    assert_eq!(rounds.len(), 2);
    assert_eq!(rounds[1]["stream"], true, "the continuation is streamed too");
    assert_eq!(last_result(Endpoint::AnthropicMessages, &rounds[1]), log_output(), "the exact original");
    assert!(!raw.contains(RETRIEVE_TOOL), "{raw}");
    let values = json_events(&events);
    let kinds: Vec<&str> = values.iter().map(|v| v["type"].as_str().unwrap()).collect();
    assert_eq!(kinds.iter().filter(|k| **k == "message_start").count(), 1);
    assert_eq!(kinds.iter().filter(|k| **k == "message_stop").count(), 1);
    assert_eq!(kinds.last(), Some(&"message_stop"));
    let starts: Vec<u64> =
        values.iter().filter(|v| v["type"] == "content_block_start").map(|v| v["index"].as_u64().unwrap()).collect();
    assert_eq!(starts, [0, 1], "blocks numbered as the client sees them");
    let text: String = values.iter().filter_map(|v| v["delta"]["text"].as_str()).collect();
    assert_eq!(text, format!("Let me look.final answer after reading {} bytes", log_output().len()));
    let delta = values.iter().find(|v| v["type"] == "message_delta").unwrap();
    assert_eq!(delta["usage"]["output_tokens"], 30, "usage summed over rounds");
    assert_eq!(delta["delta"]["stop_reason"], "end_turn");
}

#[tokio::test]
async fn a_hidden_round_is_spliced_into_one_chat_stream() {
    let seen: Seen = Arc::default();
    let (raw, events) = run(Endpoint::OpenAiChat, &seen, false, 200).await;
    assert_eq!(seen.lock().unwrap().len(), 2);
    assert!(!raw.contains(RETRIEVE_TOOL) && !raw.contains("tool_calls"), "{raw}");
    assert_eq!(events.iter().filter(|(_, d)| d == "[DONE]").count(), 1);
    assert_eq!(events.last().unwrap().1, "[DONE]");
    let values = json_events(&events);
    assert!(values.iter().all(|v| v["id"] == "chatcmpl-1"), "one id for the whole stream");
    let text: String = values.iter().filter_map(|v| v["choices"][0]["delta"]["content"].as_str()).collect();
    assert!(text.starts_with("Let me look.final answer after reading"), "{text}");
    let finishes: Vec<&Value> = values.iter().filter(|v| !v["choices"][0]["finish_reason"].is_null()).collect();
    assert_eq!(finishes.len(), 1);
    assert_eq!(finishes[0]["choices"][0]["finish_reason"], "stop");
    let usage = &values.iter().find(|v| v["usage"].is_object()).unwrap()["usage"];
    assert_eq!((usage["prompt_tokens"].as_u64(), usage["completion_tokens"].as_u64()), (Some(300), Some(30)));
}

#[tokio::test]
async fn a_hidden_round_is_spliced_into_one_responses_stream() {
    let seen: Seen = Arc::default();
    let (_, events) = run(Endpoint::OpenAiResponses, &seen, false, 200).await;
    assert_eq!(seen.lock().unwrap().len(), 2);
    let values = json_events(&events);
    let sequence: Vec<u64> = values.iter().map(|v| v["sequence_number"].as_u64().unwrap()).collect();
    assert_eq!(sequence, (0..sequence.len() as u64).collect::<Vec<_>>(), "consecutive sequence numbers");
    assert_eq!(values.iter().filter(|v| v["type"] == "response.created").count(), 1);
    let added: Vec<u64> = values
        .iter()
        .filter(|v| v["type"] == "response.output_item.added")
        .map(|v| v["output_index"].as_u64().unwrap())
        .collect();
    assert_eq!(added, [0, 1]);
    let completed = values.last().unwrap();
    assert_eq!(completed["type"], "response.completed");
    assert_eq!(completed["response"]["id"], "resp_1");
    let output = completed["response"]["output"].as_array().unwrap();
    assert_eq!(output.iter().map(|i| i["id"].as_str().unwrap()).collect::<Vec<_>>(), ["msg_1", "msg_2"]);
    assert_eq!(completed["response"]["usage"]["input_tokens"], 300);
    assert!(!events.iter().any(|(_, d)| d.contains(RETRIEVE_TOOL)));
}

#[tokio::test]
async fn client_calls_in_the_same_stream_reach_the_client_and_end_it() {
    for endpoint in [Endpoint::AnthropicMessages, Endpoint::OpenAiChat] {
        let seen: Seen = Arc::default();
        let (raw, events) = run(endpoint, &seen, true, 200).await;
        assert_eq!(seen.lock().unwrap().len(), 1, "{endpoint}: no hidden round when the client must act");
        assert!(!raw.contains(RETRIEVE_TOOL), "{endpoint}: {raw}");
        assert!(raw.contains("df"), "{endpoint}: the client's call arrives");
        let values = json_events(&events);
        match endpoint {
            Endpoint::AnthropicMessages => {
                let starts: Vec<u64> = values
                    .iter()
                    .filter(|v| v["type"] == "content_block_start")
                    .map(|v| v["index"].as_u64().unwrap())
                    .collect();
                assert_eq!(starts, [0, 1]);
                assert_eq!(values.last().unwrap()["type"], "message_stop");
            }
            _ => {
                let indexes: Vec<u64> = values
                    .iter()
                    .flat_map(|v| v["choices"][0]["delta"]["tool_calls"].as_array().cloned().unwrap_or_default())
                    .map(|c| c["index"].as_u64().unwrap())
                    .collect();
                assert_eq!(indexes, [0]);
                assert_eq!(events.last().unwrap().1, "[DONE]");
            }
        }
    }
}

#[tokio::test]
async fn a_failed_continuation_ends_the_stream_with_an_error() {
    for endpoint in Endpoint::ALL {
        let seen: Seen = Arc::default();
        let (raw, events) = run(endpoint, &seen, false, 529).await;
        assert_eq!(seen.lock().unwrap().len(), 2);
        let last = &events.last().unwrap().1;
        assert!(last.contains("error") && last.contains("529"), "{endpoint}: {raw}");
        assert!(!raw.contains("[DONE]") && !raw.contains("message_stop") && !raw.contains("response.completed"));
    }
}

#[tokio::test]
async fn streams_without_a_retrieve_call_pass_byte_for_byte() {
    for endpoint in Endpoint::ALL {
        let text = second_round(endpoint, "a plain answer");
        let expected = text.clone();
        let svc =
            HeadroomLayer::new().layer_service(tower::service_fn(move |_req: Request<RequestBody<Full<Bytes>>>| {
                let text = text.clone();
                async move { Ok::<_, Infallible>(streamed(text)) }
            }));
        let req = common::post(common::path_of(endpoint), serde_json::to_vec(&request(endpoint)).unwrap());
        let response = svc.oneshot(req).await.unwrap();
        let got = response.into_body().collect().await.unwrap().to_bytes();
        assert_eq!(got, expected.as_bytes(), "{endpoint}");
    }
}
