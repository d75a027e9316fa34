//! Answering the model's `headroom_retrieve` calls inside the layer, for whole (non-streamed)
//! responses: fetch the original, append the model's turn and the result, ask again.

use bytes::Bytes;
use http::{HeaderValue, Request, Response, StatusCode, header};
use http_body::Body;
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;
use tower_service::Service;

use super::body::HeadroomBody;
use super::request_body::RequestBody;
use super::service::refusal;
use crate::ccr::{RetrieveCall, Store, Tenant, answer, continuation, find_calls};
use crate::provider::sse::Usage;
use crate::provider::{Edit, Endpoint, splice};

/// Rounds answered before a retrieve call is passed to the client as is.
pub(super) const MAX_ROUNDS: usize = 3;
/// Longest response read whole to look for retrieve calls.
const MAX_RESPONSE_BYTES: u64 = 16 << 20;

/// What the layer needs to send a continuation.
pub(super) struct Resend {
    pub parts: http::request::Parts,
    pub body: Bytes,
    pub endpoint: Endpoint,
    pub store: Option<std::sync::Arc<dyn Store>>,
    pub tenant: Tenant,
}

/// Reads a whole JSON response, answers retrieve calls for up to [`MAX_ROUNDS`] rounds, and
/// returns what the model finally said; anything else is returned as it came.
pub(super) async fn answer_calls<S, ReqBody, ResBody>(
    mut inner: S,
    resend: Resend,
    response: Response<ResBody>,
    usage: &mut Usage,
) -> Result<Response<HeadroomBody<ResBody>>, S::Error>
where
    S: Service<Request<RequestBody<ReqBody>>, Response = Response<ResBody>>,
    ResBody: Body<Data = Bytes>,
{
    let mut response = response;
    let mut sent = resend.body.clone();
    let mut summed = Usage::default();
    for round in 0..=MAX_ROUNDS {
        if !is_whole_json(&response) {
            return Ok(response.map(|b| HeadroomBody::new(b, None)));
        }
        let (mut parts, body) = response.into_parts();
        let Ok(collected) = body.collect().await else {
            let message = "headroom could not read the upstream response";
            return Ok(refusal(StatusCode::BAD_GATEWAY, resend.endpoint, "api_error", message));
        };
        let bytes = collected.to_bytes();
        let Ok(value) = serde_json::from_slice::<Value>(&bytes) else { return Ok(whole(parts, bytes)) };
        usage.observe_json(&String::from_utf8_lossy(&bytes));
        add_usage(&mut summed, &value);
        let (calls, others) = find_calls(resend.endpoint, &value);
        if calls.is_empty() || round == MAX_ROUNDS {
            return Ok(finish(parts, bytes, value, round, &summed, resend.endpoint));
        }
        if others {
            // The client's own calls go to the client untouched; ours is withheld.
            let stripped = strip_retrieve_calls(resend.endpoint, value);
            let bytes = Bytes::from(stripped.to_string());
            parts.headers.insert(header::CONTENT_LENGTH, HeaderValue::from(bytes.len()));
            return Ok(whole(parts, bytes));
        }
        let results = answer_all(&resend, calls).await;
        let Some(next) = append(&sent, resend.endpoint, &continuation(resend.endpoint, &value, &results)) else {
            return Ok(whole(parts, bytes));
        };
        sent = Bytes::from(next);
        let mut req_parts = resend.parts.clone();
        req_parts.headers.insert(header::CONTENT_LENGTH, HeaderValue::from(sent.len()));
        let request = Request::from_parts(req_parts, RequestBody::buffered(sent.clone()));
        response = inner.ready().await?.call(request).await?;
    }
    unreachable!("the loop returns by its last round")
}

/// The tool result for each retrieve call, looked up under the caller's credential.
pub(super) async fn answer_all(resend: &Resend, calls: Vec<RetrieveCall>) -> Vec<(RetrieveCall, String)> {
    let mut results = Vec::with_capacity(calls.len());
    for call in calls {
        let original = lookup(resend.store.clone(), resend.tenant.clone(), call.id.clone()).await;
        let m = crate::metrics::global();
        if original.is_some() {
            m.ccr_hits.inc();
        } else {
            m.ccr_misses.inc();
        }
        let text = answer(original.as_deref(), call.query.as_deref());
        results.push((call, text));
    }
    results
}

/// An original from the store; a store that fails counts as a miss.
async fn lookup(store: Option<std::sync::Arc<dyn Store>>, tenant: Tenant, id: String) -> Option<String> {
    store?.get(&tenant, &id).await.ok().flatten()
}

fn is_whole_json<B: Body>(response: &Response<B>) -> bool {
    let json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim_start().to_ascii_lowercase().starts_with("application/json"));
    let small = response.body().size_hint().upper().is_none_or(|n| n <= MAX_RESPONSE_BYTES);
    response.status() == StatusCode::OK && json && small
}

fn whole<B>(parts: http::response::Parts, bytes: Bytes) -> Response<HeadroomBody<B>> {
    Response::from_parts(parts, HeadroomBody::buffered(bytes))
}

/// The final response: as it came if no hidden round ran, else with usage summed over rounds.
fn finish<B>(
    mut parts: http::response::Parts,
    bytes: Bytes,
    mut value: Value,
    rounds: usize,
    summed: &Usage,
    endpoint: Endpoint,
) -> Response<HeadroomBody<B>> {
    if rounds == 0 {
        return whole(parts, bytes);
    }
    let (input, output) = match endpoint {
        Endpoint::OpenAiChat => ("prompt_tokens", "completion_tokens"),
        _ => ("input_tokens", "output_tokens"),
    };
    if let Some(usage) = value.get_mut("usage").and_then(Value::as_object_mut) {
        usage.insert(input.into(), summed.input_tokens.into());
        usage.insert(output.into(), summed.output_tokens.into());
        if endpoint == Endpoint::OpenAiChat {
            usage.insert("total_tokens".into(), (summed.input_tokens + summed.output_tokens).into());
        }
    }
    let bytes = Bytes::from(value.to_string());
    parts.headers.insert(header::CONTENT_LENGTH, HeaderValue::from(bytes.len()));
    whole(parts, bytes)
}

fn add_usage(total: &mut Usage, response: &Value) {
    let mut round = Usage::default();
    if let Some(usage) = response.get("usage") {
        round.merge_json(usage);
    }
    total.input_tokens += round.input_tokens;
    total.output_tokens += round.output_tokens;
}

/// `body` with `items` appended to its message (or `input`) list, the rest byte for byte.
pub(super) fn append(body: &[u8], endpoint: Endpoint, items: &[Value]) -> Option<Vec<u8>> {
    let text = std::str::from_utf8(body).ok()?;
    let array = endpoint.index(text).ok()?.messages_array?;
    let empty = text[array.start + 1..array.end - 1].trim().is_empty();
    let joined: Vec<String> = items.iter().map(Value::to_string).collect();
    let with = if empty { joined.join(",") } else { format!(",{}", joined.join(",")) };
    splice(body, vec![Edit { span: array.end - 1..array.end - 1, with: with.into_bytes() }])
}

fn strip_retrieve_calls(endpoint: Endpoint, mut value: Value) -> Value {
    let ours = |v: &Value, name: &str| v[name].as_str() == Some(crate::ccr::RETRIEVE_TOOL);
    match endpoint {
        Endpoint::OpenAiChat => {
            if let Some(calls) = value["choices"][0]["message"]["tool_calls"].as_array_mut() {
                calls.retain(|c| !ours(&c["function"], "name"));
            }
        }
        Endpoint::AnthropicMessages => {
            if let Some(blocks) = value["content"].as_array_mut() {
                blocks.retain(|b| !(b["type"] == "tool_use" && ours(b, "name")));
            }
        }
        Endpoint::OpenAiResponses => {
            if let Some(items) = value["output"].as_array_mut() {
                items.retain(|i| !(i["type"] == "function_call" && ours(i, "name")));
            }
        }
    }
    value
}
