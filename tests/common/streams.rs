//! A streaming mock provider for the three APIs that calls `headroom_retrieve` for the
//! marker it sees, and a client that reads the spliced stream.

use std::convert::Infallible;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use headroom::ccr::{RETRIEVE_TOOL, marker_ids};
use headroom::layer::RequestBody;
use headroom::{Endpoint, HeadroomLayer};
use http::{Request, Response};
use http_body::Frame;
use http_body_util::{BodyExt, Full, StreamBody};
use serde_json::{Value, json};
use tower::ServiceExt;

pub type Chunks = tokio_stream::Iter<std::vec::IntoIter<Result<Frame<Bytes>, Infallible>>>;
pub type Seen = Arc<Mutex<Vec<Value>>>;

pub fn log_output() -> String {
    let mut lines: Vec<String> =
        (0..400).map(|i| format!("[{i:05}] INFO worker-{} processed batch {}", i % 4, i / 10)).collect();
    lines[217] = "ERROR: disk quota exceeded on /var/lib/db (errno 122)".into();
    lines.join("\n")
}

/// A request whose last tool output is `output`, with the client's own `bash` tool.
pub fn request_with(endpoint: Endpoint, output: &str, stream: bool) -> Value {
    match endpoint {
        Endpoint::OpenAiChat => {
            let mut body = json!({"model": "gpt-4o", "stream": stream,
            "tools": [{"type": "function", "function": {"name": "bash", "parameters": {"type": "object"}}}],
            "messages": [{"role": "user", "content": "what happened?"},
                {"role": "assistant", "content": null, "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "bash", "arguments": "{}"}}]},
                {"role": "tool", "tool_call_id": "c1", "content": output}]});
            if stream {
                body["stream_options"] = json!({"include_usage": true});
            }
            body
        }
        Endpoint::AnthropicMessages => {
            json!({"model": "claude-sonnet-4-5", "max_tokens": 100, "stream": stream, "tools": [{"name": "bash", "input_schema": {"type": "object"}}],
            "messages": [{"role": "user", "content": "what happened?"},
                {"role": "assistant", "content": [{"type": "tool_use", "id": "t1", "name": "bash", "input": {}}]},
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t1", "content": output}]}]})
        }
        _ => {
            json!({"model": "gpt-5", "stream": stream, "tools": [{"type": "function", "name": "bash", "parameters": {"type": "object"}}],
            "input": [{"role": "user", "content": "what happened?"},
                {"type": "function_call", "call_id": "f1", "name": "bash", "arguments": "{}"},
                {"type": "function_call_output", "call_id": "f1", "output": output}]})
        }
    }
}

/// The streamed request the harness sends.
pub fn request(endpoint: Endpoint) -> Value {
    request_with(endpoint, &log_output(), true)
}

pub fn sse(events: &[(Option<&str>, Value)]) -> String {
    events
        .iter()
        .map(|(name, data)| match name {
            Some(name) => format!("event: {name}\ndata: {data}\n\n"),
            None => format!("data: {data}\n\n"),
        })
        .collect()
}

/// Round one: some text, then a call to the retrieve tool (and, if asked, a client call).
pub fn first_round(endpoint: Endpoint, id: &str, client_call: bool) -> String {
    let args = json!({"id": id}).to_string();
    let (head, tail) = args.split_at(6);
    match endpoint {
        Endpoint::AnthropicMessages => {
            let mut events = vec![
                (
                    Some("message_start"),
                    json!({"type": "message_start", "message": {"id": "msg_1", "type": "message", "role": "assistant", "content": [], "usage": {"input_tokens": 100, "output_tokens": 1}}}),
                ),
                (
                    Some("content_block_start"),
                    json!({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}),
                ),
                (Some("ping"), json!({"type": "ping"})),
                (
                    Some("content_block_delta"),
                    json!({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Let me look."}}),
                ),
                (Some("content_block_stop"), json!({"type": "content_block_stop", "index": 0})),
                (
                    Some("content_block_start"),
                    json!({"type": "content_block_start", "index": 1, "content_block": {"type": "tool_use", "id": "toolu_r1", "name": RETRIEVE_TOOL, "input": {}}}),
                ),
                (
                    Some("content_block_delta"),
                    json!({"type": "content_block_delta", "index": 1, "delta": {"type": "input_json_delta", "partial_json": head}}),
                ),
                (
                    Some("content_block_delta"),
                    json!({"type": "content_block_delta", "index": 1, "delta": {"type": "input_json_delta", "partial_json": tail}}),
                ),
                (Some("content_block_stop"), json!({"type": "content_block_stop", "index": 1})),
            ];
            if client_call {
                events.extend([
                    (Some("content_block_start"), json!({"type": "content_block_start", "index": 2, "content_block": {"type": "tool_use", "id": "toolu_c", "name": "bash", "input": {}}})),
                    (Some("content_block_delta"), json!({"type": "content_block_delta", "index": 2, "delta": {"type": "input_json_delta", "partial_json": "{\"cmd\":\"df\"}"}})),
                    (Some("content_block_stop"), json!({"type": "content_block_stop", "index": 2})),
                ]);
            }
            events.extend([
                (Some("message_delta"), json!({"type": "message_delta", "delta": {"stop_reason": "tool_use"}, "usage": {"output_tokens": 10}})),
                (Some("message_stop"), json!({"type": "message_stop"})),
            ]);
            sse(&events)
        }
        Endpoint::OpenAiChat => {
            let chunk = |delta: Value, finish: Value| {
                (
                    None,
                    json!({"id": "chatcmpl-1", "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}),
                )
            };
            let mut events = vec![
                chunk(json!({"role": "assistant", "content": "Let me look."}), Value::Null),
                chunk(
                    json!({"tool_calls": [{"index": 0, "id": "call_r1", "type": "function", "function": {"name": RETRIEVE_TOOL, "arguments": ""}}]}),
                    Value::Null,
                ),
                chunk(json!({"tool_calls": [{"index": 0, "function": {"arguments": head}}]}), Value::Null),
                chunk(json!({"tool_calls": [{"index": 0, "function": {"arguments": tail}}]}), Value::Null),
            ];
            if client_call {
                events.push(chunk(json!({"tool_calls": [{"index": 1, "id": "call_c", "type": "function", "function": {"name": "bash", "arguments": "{\"cmd\":\"df\"}"}}]}), Value::Null));
            }
            events.push(chunk(json!({}), json!("tool_calls")));
            events.push((None, json!({"id": "chatcmpl-1", "object": "chat.completion.chunk", "choices": [], "usage": {"prompt_tokens": 100, "completion_tokens": 10, "total_tokens": 110}})));
            sse(&events) + "data: [DONE]\n\n"
        }
        _ => {
            let message = json!({"type": "message", "id": "msg_1", "role": "assistant", "content": [{"type": "output_text", "text": "Let me look."}]});
            let call = json!({"type": "function_call", "id": "fc_1", "call_id": "call_r1", "name": RETRIEVE_TOOL, "arguments": args});
            let events = vec![
                (
                    Some("response.created"),
                    json!({"type": "response.created", "sequence_number": 0, "response": {"id": "resp_1", "status": "in_progress", "output": []}}),
                ),
                (
                    Some("response.output_item.added"),
                    json!({"type": "response.output_item.added", "sequence_number": 1, "output_index": 0, "item": {"type": "message", "id": "msg_1", "role": "assistant", "content": []}}),
                ),
                (
                    Some("response.output_text.delta"),
                    json!({"type": "response.output_text.delta", "sequence_number": 2, "item_id": "msg_1", "output_index": 0, "content_index": 0, "delta": "Let me look."}),
                ),
                (
                    Some("response.output_item.done"),
                    json!({"type": "response.output_item.done", "sequence_number": 3, "output_index": 0, "item": message}),
                ),
                (
                    Some("response.output_item.added"),
                    json!({"type": "response.output_item.added", "sequence_number": 4, "output_index": 1, "item": {"type": "function_call", "id": "fc_1", "call_id": "call_r1", "name": RETRIEVE_TOOL, "arguments": ""}}),
                ),
                (
                    Some("response.function_call_arguments.delta"),
                    json!({"type": "response.function_call_arguments.delta", "sequence_number": 5, "item_id": "fc_1", "output_index": 1, "delta": args}),
                ),
                (
                    Some("response.function_call_arguments.done"),
                    json!({"type": "response.function_call_arguments.done", "sequence_number": 6, "item_id": "fc_1", "output_index": 1, "arguments": args}),
                ),
                (
                    Some("response.output_item.done"),
                    json!({"type": "response.output_item.done", "sequence_number": 7, "output_index": 1, "item": call}),
                ),
                (
                    Some("response.completed"),
                    json!({"type": "response.completed", "sequence_number": 8, "response": {"id": "resp_1", "status": "completed", "output": [message, call], "usage": {"input_tokens": 100, "output_tokens": 10, "total_tokens": 110}}}),
                ),
            ];
            sse(&events)
        }
    }
}

/// Round two: the final answer.
pub fn second_round(endpoint: Endpoint, text: &str) -> String {
    match endpoint {
        Endpoint::AnthropicMessages => sse(&[
            (
                Some("message_start"),
                json!({"type": "message_start", "message": {"id": "msg_2", "type": "message", "role": "assistant", "content": [], "usage": {"input_tokens": 200, "output_tokens": 1}}}),
            ),
            (
                Some("content_block_start"),
                json!({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}),
            ),
            (
                Some("content_block_delta"),
                json!({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": text}}),
            ),
            (Some("content_block_stop"), json!({"type": "content_block_stop", "index": 0})),
            (
                Some("message_delta"),
                json!({"type": "message_delta", "delta": {"stop_reason": "end_turn"}, "usage": {"output_tokens": 20}}),
            ),
            (Some("message_stop"), json!({"type": "message_stop"})),
        ]),
        Endpoint::OpenAiChat => {
            let chunk = |delta: Value, finish: Value| {
                (
                    None,
                    json!({"id": "chatcmpl-2", "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}),
                )
            };
            sse(&[
                chunk(json!({"role": "assistant", "content": text}), Value::Null),
                chunk(json!({}), json!("stop")),
                (
                    None,
                    json!({"id": "chatcmpl-2", "object": "chat.completion.chunk", "choices": [], "usage": {"prompt_tokens": 200, "completion_tokens": 20, "total_tokens": 220}}),
                ),
            ]) + "data: [DONE]\n\n"
        }
        _ => {
            let message = json!({"type": "message", "id": "msg_2", "role": "assistant", "content": [{"type": "output_text", "text": text}]});
            sse(&[
                (
                    Some("response.created"),
                    json!({"type": "response.created", "sequence_number": 0, "response": {"id": "resp_2", "status": "in_progress", "output": []}}),
                ),
                (
                    Some("response.output_item.added"),
                    json!({"type": "response.output_item.added", "sequence_number": 1, "output_index": 0, "item": {"type": "message", "id": "msg_2", "role": "assistant", "content": []}}),
                ),
                (
                    Some("response.output_text.delta"),
                    json!({"type": "response.output_text.delta", "sequence_number": 2, "item_id": "msg_2", "output_index": 0, "content_index": 0, "delta": text}),
                ),
                (
                    Some("response.output_item.done"),
                    json!({"type": "response.output_item.done", "sequence_number": 3, "output_index": 0, "item": message}),
                ),
                (
                    Some("response.completed"),
                    json!({"type": "response.completed", "sequence_number": 4, "response": {"id": "resp_2", "status": "completed", "output": [message], "usage": {"input_tokens": 200, "output_tokens": 20, "total_tokens": 220}}}),
                ),
            ])
        }
    }
}

/// An SSE response delivered in 7-byte pieces, so events split anywhere.
pub fn streamed(text: String) -> Response<StreamBody<Chunks>> {
    let pieces: Vec<Result<Frame<Bytes>, Infallible>> =
        text.into_bytes().chunks(7).map(|c| Ok(Frame::data(Bytes::copy_from_slice(c)))).collect();
    let mut response = Response::new(StreamBody::new(tokio_stream::iter(pieces)));
    response.headers_mut().insert("content-type", "text/event-stream".parse().unwrap());
    response
}

/// A streaming mock provider: round one asks for the marker's original, round two answers
/// with the length of the result it got (or fails with `second_status`).
pub fn provider(
    endpoint: Endpoint,
    seen: Seen,
    client_call: bool,
    second_status: u16,
) -> impl tower::Service<
    Request<RequestBody<Full<Bytes>>>,
    Response = Response<StreamBody<Chunks>>,
    Error = Infallible,
    Future = impl Send,
> + Clone {
    tower::service_fn(move |req: Request<RequestBody<Full<Bytes>>>| {
        let seen = seen.clone();
        async move {
            let body: Value = serde_json::from_slice(&req.into_body().collect().await.unwrap().to_bytes()).unwrap();
            let round = {
                let mut s = seen.lock().unwrap();
                s.push(body.clone());
                s.len()
            };
            if round == 1 {
                let id = marker_ids(&headroom::count::body_texts(&body).join("\n"))[0].to_owned();
                return Ok(streamed(first_round(endpoint, &id, client_call)));
            }
            if second_status != 200 {
                let mut response = streamed("{\"error\":\"overloaded\"}".into());
                *response.status_mut() = http::StatusCode::from_u16(second_status).unwrap();
                response.headers_mut().insert("content-type", "application/json".parse().unwrap());
                return Ok(response);
            }
            let text = format!("final answer after reading {} bytes", last_result(endpoint, &body).len());
            Ok(streamed(second_round(endpoint, &text)))
        }
    })
}

pub fn last_result(endpoint: Endpoint, body: &Value) -> String {
    let last = match endpoint {
        Endpoint::OpenAiResponses => body["input"].as_array().unwrap().last().unwrap().clone(),
        _ => body["messages"].as_array().unwrap().last().unwrap().clone(),
    };
    match endpoint {
        Endpoint::OpenAiChat => last["content"].as_str().unwrap().to_owned(),
        Endpoint::AnthropicMessages => last["content"][0]["content"].as_str().unwrap().to_owned(),
        _ => last["output"].as_str().unwrap().to_owned(),
    }
}

/// Sends the streamed request through the layer; the client's raw stream and its events.
pub async fn run(
    endpoint: Endpoint,
    seen: &Seen,
    client_call: bool,
    second_status: u16,
) -> (String, Vec<(Option<String>, String)>) {
    run_with(&HeadroomLayer::new(), "k", endpoint, seen, client_call, second_status).await
}

/// [`run`] through `layer`, with `key` as the caller's credential.
pub async fn run_with(
    layer: &HeadroomLayer,
    key: &str,
    endpoint: Endpoint,
    seen: &Seen,
    client_call: bool,
    second_status: u16,
) -> (String, Vec<(Option<String>, String)>) {
    let svc = layer.layer_service(provider(endpoint, seen.clone(), client_call, second_status));
    let mut req = super::post(super::path_of(endpoint), serde_json::to_vec(&request(endpoint)).unwrap());
    req.headers_mut().insert("x-api-key", key.parse().unwrap());
    let response = svc.oneshot(req).await.unwrap();
    assert_eq!(response.headers()["content-type"], "text/event-stream");
    let raw = String::from_utf8(response.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
    let events = raw
        .split("\n\n")
        .filter(|e| !e.trim().is_empty())
        .map(|e| {
            let name = e.lines().find_map(|l| l.strip_prefix("event: ")).map(str::to_owned);
            let data = e.lines().filter_map(|l| l.strip_prefix("data: ")).collect::<Vec<_>>().join("\n");
            (name, data)
        })
        .collect();
    (raw, events)
}

pub fn json_events(events: &[(Option<String>, String)]) -> Vec<Value> {
    events.iter().filter_map(|(_, d)| serde_json::from_str(d).ok()).collect()
}
