//! End to end through `headroom proxy` against mock upstreams on 127.0.0.1.
#![cfg(feature = "gateway")]

mod common;

use std::convert::Infallible;
use std::io::Write;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use headroom::gateway::{Gateway, GatewayConfig, Running};
use http::{Request, Response};
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::{Notify, mpsc};
use tokio_stream::wrappers::ReceiverStream;

type Frames = StreamBody<ReceiverStream<Result<http_body::Frame<Bytes>, std::io::Error>>>;

/// What a mock upstream saw.
#[derive(Clone, Default)]
struct Mock {
    seen: Arc<Mutex<Vec<(http::request::Parts, Bytes)>>>,
    release: Arc<Notify>,
    cancelled: Arc<AtomicBool>,
}

impl Mock {
    fn last(&self) -> (http::request::Parts, Bytes) {
        self.seen.lock().unwrap().last().cloned().expect("upstream was called")
    }
}

/// A mock provider: answers by the `x-mock` header (json, sse, hang, reset, drip).
async fn mock_upstream() -> (SocketAddr, Mock) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let mock = Mock::default();
    let state = mock.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let state = state.clone();
            let svc = hyper::service::service_fn(move |req: Request<Incoming>| {
                let state = state.clone();
                async move {
                    let behaviour =
                        req.headers().get("x-mock").and_then(|v| v.to_str().ok()).unwrap_or("json").to_owned();
                    let (parts, body) = req.into_parts();
                    let bytes = body.collect().await.map(|b| b.to_bytes()).unwrap_or_default();
                    state.seen.lock().unwrap().push((parts, bytes));
                    let (tx, rx) = mpsc::channel(8);
                    let body: Frames = StreamBody::new(ReceiverStream::new(rx));
                    let data = |s: &str| Ok::<_, std::io::Error>(http_body::Frame::data(Bytes::from(s.to_owned())));
                    match behaviour.as_str() {
                        "hang" => std::future::pending::<()>().await,
                        "error500" => {
                            let _ = tx
                                .send(data(r#"{"error":{"message":"upstream exploded","type":"server_error"}}"#))
                                .await;
                        }
                        "badsse" => {
                            let _ = tx.send(data("data: {not json\n\nevent\u{0}: x\r\n\r\ndata: \u{fffd}\n\n")).await;
                        }
                        "sse" | "reset" => {
                            let reset = behaviour == "reset";
                            tokio::spawn(async move {
                                let _ =
                                    tx.send(data("data: {\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}\n\n")).await;
                                state.release.notified().await;
                                if reset {
                                    let _ = tx.send(Err(std::io::Error::other("connection reset"))).await;
                                    return;
                                }
                                let _ = tx.send(data("data: {\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":2}}\n\ndata: [DONE]\n\n")).await;
                            });
                        }
                        "retrieve-sse" => {
                            // Round one calls headroom_retrieve for the first marker; round two answers.
                            let body: serde_json::Value = serde_json::from_slice(&state.last().1).unwrap_or_default();
                            let last = body["messages"].as_array().and_then(|m| m.last()).cloned().unwrap_or_default();
                            let chunk = |delta: serde_json::Value, finish: serde_json::Value| {
                                let c = serde_json::json!({"id": "c", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]});
                                format!("data: {c}\n\n")
                            };
                            let events = if last["tool_call_id"] == "call_r1" {
                                let got = last["content"].as_str().unwrap_or_default().len();
                                chunk(
                                    serde_json::json!({"content": format!("read {got} bytes")}),
                                    serde_json::Value::Null,
                                ) + &chunk(serde_json::json!({}), "stop".into())
                                    + "data: [DONE]\n\n"
                            } else {
                                let texts = headroom::count::body_texts(&body).join("\n");
                                let id = headroom::ccr::marker_ids(&texts)
                                    .first()
                                    .map(|s| s.to_string())
                                    .unwrap_or_default();
                                let call = serde_json::json!({"tool_calls": [{"index": 0, "id": "call_r1", "type": "function",
                                    "function": {"name": "headroom_retrieve", "arguments": serde_json::json!({"id": id}).to_string()}}]});
                                chunk(serde_json::json!({"content": "Looking. "}), serde_json::Value::Null)
                                    + &chunk(call, serde_json::Value::Null)
                                    + &chunk(serde_json::json!({}), "tool_calls".into())
                                    + "data: [DONE]\n\n"
                            };
                            let _ = tx.send(data(&events)).await;
                        }
                        "drip" => {
                            tokio::spawn(async move {
                                loop {
                                    if tx.send(data("data: tick\n\n")).await.is_err() {
                                        state.cancelled.store(true, Ordering::SeqCst);
                                        return;
                                    }
                                    tokio::time::sleep(Duration::from_millis(20)).await;
                                }
                            });
                        }
                        _ => {
                            let _ = tx
                                .send(data("{\"id\":\"x\",\"usage\":{\"input_tokens\":5,\"output_tokens\":1}}"))
                                .await;
                        }
                    }
                    let content_type = if matches!(behaviour.as_str(), "json" | "error500") {
                        "application/json"
                    } else {
                        "text/event-stream"
                    };
                    let mut response = Response::new(body);
                    if behaviour == "error500" {
                        *response.status_mut() = http::StatusCode::INTERNAL_SERVER_ERROR;
                    }
                    response.headers_mut().insert("content-type", content_type.parse().unwrap());
                    response.headers_mut().insert("x-upstream", "mock".parse().unwrap());
                    Ok::<_, Infallible>(response)
                }
            });
            tokio::spawn(async move {
                let _ = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), svc).await;
            });
        }
    });
    (addr, mock)
}

struct Setup {
    gateway: Running,
    openai: Mock,
    anthropic: Mock,
    client: reqwest::Client,
}

impl Setup {
    async fn new(edit: impl FnOnce(&mut GatewayConfig)) -> Self {
        let (oa, openai) = mock_upstream().await;
        let (an, anthropic) = mock_upstream().await;
        let mut config = GatewayConfig::default();
        config.listen = "127.0.0.1:0".parse().unwrap();
        config.openai_upstream = format!("http://{oa}").parse().unwrap();
        config.anthropic_upstream = format!("http://{an}").parse().unwrap();
        config.idle_timeout = Duration::from_secs(5);
        edit(&mut config);
        let gateway = Gateway::new(config).bind().await.unwrap();
        Setup { gateway, openai, anthropic, client: reqwest::Client::new() }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.gateway.addr())
    }

    fn post(&self, path: &str, body: impl Into<reqwest::Body>) -> reqwest::RequestBuilder {
        self.client.post(self.url(path)).header("content-type", "application/json").body(body)
    }
}

#[tokio::test]
async fn chat_requests_are_compressed_and_headers_forwarded() {
    let s = Setup::new(|_| {}).await;
    let body = common::fixture("chat.json");
    let response = s
        .post("/v1/chat/completions", body.clone())
        .header("authorization", "Bearer sk-test")
        .header("connection", "x-hop")
        .header("x-hop", "1")
        .header("x-headroom-bypass", "0")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["x-upstream"], "mock");
    let before: usize = response.headers()["x-headroom-tokens-before"].to_str().unwrap().parse().unwrap();
    let after: usize = response.headers()["x-headroom-tokens-after"].to_str().unwrap().parse().unwrap();
    assert!(after < before);
    assert!(response.text().await.unwrap().contains("usage"));
    let (parts, got) = s.openai.last();
    assert_eq!(parts.uri.path(), "/v1/chat/completions");
    assert!(got.len() < body.len());
    serde_json::from_slice::<serde_json::Value>(&got).unwrap();
    assert_eq!(parts.headers["authorization"], "Bearer sk-test");
    assert_eq!(parts.headers["content-length"], got.len().to_string().as_str());
    assert!(parts.headers.get("x-hop").is_none(), "connection-listed header dropped");
    assert!(parts.headers.keys().all(|k| !k.as_str().starts_with("x-headroom")));
    assert!(parts.headers["host"].to_str().unwrap().starts_with("127.0.0.1:"));
}

#[tokio::test]
async fn each_api_reaches_its_upstream_untouched_when_nothing_compresses() {
    let s = Setup::new(|_| {}).await;
    let small = br#"{"model":"m","input":[{"role":"user","content":"hi"}], "x": 1.0}"#.to_vec();
    s.post("/v1/responses", small.clone()).send().await.unwrap();
    assert_eq!(s.openai.last().1.as_ref(), small.as_slice());
    s.post("/v1/messages", small.clone())
        .header("x-api-key", "k")
        .header("anthropic-version", "2023-06-01")
        .send()
        .await
        .unwrap();
    let (parts, got) = s.anthropic.last();
    assert_eq!((parts.uri.path(), got.as_ref()), ("/v1/messages", small.as_slice()));
    assert_eq!(parts.headers["x-api-key"], "k");
    s.post("/v1/messages/count_tokens?beta=true", small.clone()).send().await.unwrap();
    assert_eq!(s.anthropic.last().0.uri.to_string(), "/v1/messages/count_tokens?beta=true");
    let models = s.client.get(s.url("/v1/models")).send().await.unwrap();
    assert_eq!(models.status(), 200);
    assert_eq!(s.openai.last().0.method, http::Method::GET);
    assert_eq!(s.openai.last().0.uri.path(), "/v1/models");
}

#[tokio::test]
async fn upstream_path_prefixes_are_kept() {
    let (addr, mock) = mock_upstream().await;
    let s = Setup::new(|c| c.openai_upstream = format!("http://{addr}/company/llm").parse().unwrap()).await;
    s.post("/v1/chat/completions", "{}").send().await.unwrap();
    assert_eq!(mock.last().0.uri.path(), "/company/llm/v1/chat/completions");
}

#[tokio::test]
async fn streams_arrive_event_by_event() {
    let s = Setup::new(|_| {}).await;
    let mut body: serde_json::Value = serde_json::from_slice(&common::fixture("chat.json")).unwrap();
    body["stream"] = true.into();
    let mut response = s
        .post("/v1/chat/completions", serde_json::to_vec(&body).unwrap())
        .header("x-mock", "sse")
        .send()
        .await
        .unwrap();
    let first = tokio::time::timeout(Duration::from_secs(5), response.chunk())
        .await
        .expect("first event before the upstream finished")
        .unwrap()
        .unwrap();
    assert!(first.starts_with(b"data: {\"choices\""));
    s.openai.release.notify_one();
    let mut rest = Vec::new();
    while let Some(chunk) = response.chunk().await.unwrap() {
        rest.extend_from_slice(&chunk);
    }
    assert!(String::from_utf8(rest).unwrap().ends_with("data: [DONE]\n\n"));
    assert!(s.openai.last().1.windows(13).any(|w| w == b"\"stream\":true"));
}

#[tokio::test]
async fn a_retrieve_call_inside_a_stream_is_answered_through_the_gateway() {
    let s = Setup::new(|_| {}).await;
    let body: serde_json::Value =
        serde_json::from_slice(&common::fixture("corpus/a01-aws-ec2-security-groups.json")).unwrap();
    let mut body = body;
    body["stream"] = true.into();
    let response = s
        .post("/v1/chat/completions", serde_json::to_vec(&body).unwrap())
        .header("x-mock", "retrieve-sse")
        .header("authorization", "Bearer sk-stream")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-type"], "text/event-stream");
    let text = response.text().await.unwrap();
    let seen = s.openai.seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 2, "one hidden round upstream");
    let original = body["messages"][3]["content"].as_str().unwrap().len();
    assert!(text.contains(&format!("read {original} bytes")), "the exact original went back: {text}");
    assert!(
        text.starts_with("data: {\"choices\":[{\"delta\":{\"content\":\"Looking. \"}") || text.contains("Looking. ")
    );
    assert!(!text.contains("headroom_retrieve") && !text.contains("tool_calls"), "{text}");
    assert_eq!(text.matches("data: [DONE]").count(), 1);
    assert!(text.ends_with("data: [DONE]\n\n"));
    let continuation: serde_json::Value = serde_json::from_slice(&seen[1].1).unwrap();
    assert_eq!(continuation["stream"], true);
}

#[tokio::test]
async fn upstream_failures_map_to_502_504_and_broken_streams() {
    let s = Setup::new(|c| c.idle_timeout = Duration::from_millis(300)).await;
    let hang = s.post("/v1/messages", "{}").header("x-mock", "hang").send().await.unwrap();
    assert_eq!(hang.status(), 504);
    let v: serde_json::Value = hang.json().await.unwrap();
    assert_eq!(v["type"], "error", "anthropic error shape");

    let mut reset = s.post("/v1/chat/completions", "{}").header("x-mock", "reset").send().await.unwrap();
    assert_eq!(reset.status(), 200);
    reset.chunk().await.unwrap();
    s.openai.release.notify_one();
    let mut ended_abnormally = false;
    loop {
        match reset.chunk().await {
            Ok(Some(_)) => continue,
            Ok(None) => break,
            Err(_) => {
                ended_abnormally = true;
                break;
            }
        }
    }
    assert!(ended_abnormally, "a reset upstream must not look like a clean end");

    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let s2 = Setup::new(|c| c.openai_upstream = format!("http://{closed}").parse().unwrap()).await;
    let refused = s2.post("/v1/chat/completions", "{}").send().await.unwrap();
    assert_eq!(refused.status(), 502);
    let v: serde_json::Value = refused.json().await.unwrap();
    assert!(v["error"]["message"].as_str().unwrap().contains("upstream unreachable"));
}

#[tokio::test]
async fn client_disconnect_cancels_the_upstream_request() {
    // Untouched streams, and streams the layer reads for retrieve calls (tools declared).
    let with_tools =
        r#"{"model":"m","stream":true,"tools":[{"type":"function","function":{"name":"bash"}}],"messages":[]}"#;
    for body in ["{}", with_tools] {
        let s = Setup::new(|_| {}).await;
        let mut response = s.post("/v1/chat/completions", body).header("x-mock", "drip").send().await.unwrap();
        response.chunk().await.unwrap();
        drop(response);
        let cancelled = async {
            while !s.openai.cancelled.load(Ordering::SeqCst) {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        };
        tokio::time::timeout(Duration::from_secs(5), cancelled)
            .await
            .unwrap_or_else(|_| panic!("upstream kept streaming after the client went away ({body})"));
        let sent = s.openai.last().1;
        assert_eq!(sent.windows(17).any(|w| w == b"headroom_retrieve"), body != "{}");
    }
}

#[tokio::test]
async fn encoded_bodies_are_decoded_within_the_limit() {
    let s = Setup::new(|c| c.max_body_bytes = 1 << 20).await;
    let gzip = |data: &[u8]| {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    };
    let bomb = gzip(&vec![b' '; 16 << 20]);
    assert!(bomb.len() < 32 << 10);
    let refused = s.post("/v1/chat/completions", bomb).header("content-encoding", "gzip").send().await.unwrap();
    assert_eq!(refused.status(), 413);
    let spaces = vec![b' '; 16 << 20];
    let zstd = ruzstd::encoding::compress_to_vec(&spaces[..], ruzstd::encoding::CompressionLevel::Fastest);
    let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    zlib.write_all(&spaces).unwrap();
    for (encoding, bomb) in [("zstd", zstd), ("deflate", zlib.finish().unwrap())] {
        assert!(bomb.len() < 64 << 10, "{encoding}: {} bytes", bomb.len());
        let refused = s.post("/v1/chat/completions", bomb).header("content-encoding", encoding).send().await.unwrap();
        assert_eq!(refused.status(), 413, "{encoding}");
    }
    assert!(s.openai.seen.lock().unwrap().is_empty(), "a bomb went upstream");

    let compressible = gzip(&common::fixture("chat.json"));
    s.post("/v1/chat/completions", compressible).header("content-encoding", "gzip").send().await.unwrap();
    let (parts, got) = s.openai.last();
    assert!(parts.headers.get("content-encoding").is_none(), "rewritten body forwarded decoded");
    serde_json::from_slice::<serde_json::Value>(&got).unwrap();

    let small = gzip(br#"{"model":"m","messages":[]}"#);
    s.post("/v1/chat/completions", small.clone()).header("content-encoding", "gzip").send().await.unwrap();
    let (parts, got) = s.openai.last();
    assert_eq!(parts.headers["content-encoding"], "gzip");
    assert_eq!(got.as_ref(), small.as_slice(), "untouched body forwarded as the original bytes");
}

#[tokio::test]
async fn oversized_bodies_get_413() {
    let s = Setup::new(|_| {}).await;
    let response = s.post("/v1/chat/completions", vec![b' '; 40 << 20]).send().await;
    match response {
        Ok(r) => assert_eq!(r.status(), 413),
        Err(e) => panic!("expected a 413, got {e}"),
    }
    assert!(s.openai.seen.lock().unwrap().is_empty());
}

#[tokio::test]
async fn the_inbound_token_is_required_and_stripped() {
    let s = Setup::new(|c| c.auth_token = Some("let-me-in".into())).await;
    assert_eq!(s.post("/v1/chat/completions", "{}").send().await.unwrap().status(), 401);
    assert_eq!(
        s.post("/v1/chat/completions", "{}").header("x-headroom-token", "nope").send().await.unwrap().status(),
        401
    );
    let ok = s.post("/v1/chat/completions", "{}").header("x-headroom-token", "let-me-in").send().await.unwrap();
    assert_eq!(ok.status(), 200);
    assert!(s.openai.last().0.headers.get("x-headroom-token").is_none());
}

#[tokio::test]
async fn rate_limits_answer_429_with_retry_after() {
    let s = Setup::new(|c| c.rate_limit_per_minute = Some(2)).await;
    for _ in 0..2 {
        assert_eq!(
            s.post("/v1/chat/completions", "{}").header("authorization", "Bearer a").send().await.unwrap().status(),
            200
        );
    }
    let limited = s.post("/v1/chat/completions", "{}").header("authorization", "Bearer a").send().await.unwrap();
    assert_eq!(limited.status(), 429);
    assert!(limited.headers()["retry-after"].to_str().unwrap().parse::<u64>().unwrap() >= 1);
    let other = s.post("/v1/chat/completions", "{}").header("authorization", "Bearer b").send().await.unwrap();
    assert_eq!(other.status(), 200, "limits are per credential");
}

#[tokio::test]
async fn metrics_parse_as_prometheus_text_and_move() {
    let s = Setup::new(|_| {}).await;
    let scrape = || async { s.client.get(s.url("/metrics")).send().await.unwrap().text().await.unwrap() };
    let count = |text: &str| -> u64 {
        text.lines()
            .filter(|l| l.starts_with("headroom_requests_total{route=\"chat_completions\",status=\"200\"}"))
            .map(|l| l.rsplit(' ').next().unwrap().parse::<u64>().unwrap())
            .sum()
    };
    let before = count(&scrape().await);
    s.post("/v1/chat/completions", common::fixture("chat.json")).send().await.unwrap();
    let text = scrape().await;
    assert!(count(&text) > before);
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        let (name, value) = line.rsplit_once(' ').unwrap_or_else(|| panic!("bad line {line:?}"));
        assert!(value.parse::<f64>().is_ok(), "bad value in {line:?}");
        let bare = name.split('{').next().unwrap();
        assert!(bare.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'), "bad name in {line:?}");
        assert!(!name.contains('{') || name.ends_with('}'), "bad labels in {line:?}");
    }
    assert!(text.contains("headroom_upstream_latency_seconds_bucket"));
    let stats: serde_json::Value = s.client.get(s.url("/stats")).send().await.unwrap().json().await.unwrap();
    assert!(stats["tokens_saved"].as_u64().unwrap() > 0);
    let page = s.client.get(s.url("/")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("<svg") && page.contains("tokens saved"));
    assert_eq!(s.client.get(s.url("/healthz")).send().await.unwrap().status(), 200);
}

#[tokio::test]
async fn graceful_shutdown_finishes_an_in_flight_stream() {
    let s = Setup::new(|_| {}).await;
    let mut response = s.post("/v1/chat/completions", "{}").header("x-mock", "sse").send().await.unwrap();
    response.chunk().await.unwrap();
    let Setup { gateway, openai, client, .. } = s;
    let addr = gateway.addr();
    let shutdown = tokio::spawn(gateway.shutdown());
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(client.get(format!("http://{addr}/healthz")).send().await.is_err(), "no longer accepting");
    openai.release.notify_one();
    let mut rest = Vec::new();
    while let Some(chunk) = response.chunk().await.unwrap() {
        rest.extend_from_slice(&chunk);
    }
    assert!(String::from_utf8(rest).unwrap().ends_with("data: [DONE]\n\n"));
    tokio::time::timeout(Duration::from_secs(5), shutdown).await.unwrap().unwrap();
}

#[allow(dead_code)]
fn unused(_: Full<Bytes>) {}

#[tokio::test]
async fn no_header_body_field_or_request_target_reaches_another_host() {
    let s = Setup::new(|_| {}).await;
    let (elsewhere, other) = mock_upstream().await;
    let response = s
        .post("/v1/chat/completions", "{}")
        .header("host", elsewhere.to_string())
        .header("x-forwarded-host", elsewhere.to_string())
        .header("x-headroom-upstream", format!("http://{elsewhere}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(other.seen.lock().unwrap().is_empty(), "an unconfigured host was contacted");
    assert_eq!(s.openai.seen.lock().unwrap().len(), 1);

    // Nor a body field, an absolute-form request line or a path that looks like an authority.
    let body = format!(
        r#"{{"model":"http://{elsewhere}/gpt-4o","base_url":"http://{elsewhere}","url":"http://{elsewhere}/v1","messages":[{{"role":"user","content":"http://{elsewhere}/v1/chat/completions"}}]}}"#
    );
    for target in [format!("http://{elsewhere}/v1/chat/completions"), format!("//{elsewhere}/v1/chat/completions")] {
        let mut conn = tokio::net::TcpStream::connect(s.gateway.addr()).await.unwrap();
        let request = format!(
            "POST {target} HTTP/1.1\r\nhost: {elsewhere}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        );
        conn.write_all(request.as_bytes()).await.unwrap();
        let mut reply = Vec::new();
        conn.read_to_end(&mut reply).await.unwrap();
        assert!(reply.starts_with(b"HTTP/1.1 "), "{target}: {}", String::from_utf8_lossy(&reply));
    }
    let response = s.post("/v1/chat/completions", body).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert!(other.seen.lock().unwrap().is_empty(), "an unconfigured host was contacted");
}

#[test]
fn the_cli_names_unknown_config_keys_and_starts_fast() {
    let dir = std::env::temp_dir().join(format!("headroom-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.toml");
    std::fs::write(&bad, "port = 8787\nupstreams = \"x\"\n").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_headroom"))
        .args(["proxy", "--config"])
        .arg(&bad)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("upstreams"), "{stderr}");

    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let started = std::time::Instant::now();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_headroom"))
        .args(["proxy", "--port", &port.to_string()])
        .env("HEADROOM_OPENAI_UPSTREAM", "http://127.0.0.1:9")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut served = false;
    while started.elapsed() < Duration::from_secs(10) {
        if let Ok(mut conn) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            use std::io::Read;
            conn.write_all(b"GET /healthz HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n").unwrap();
            let mut reply = String::new();
            conn.read_to_string(&mut reply).unwrap();
            served = reply.starts_with("HTTP/1.1 200");
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    terminate(&mut child);
    let stderr = {
        use std::io::Read;
        let mut s = String::new();
        child.stderr.take().unwrap().read_to_string(&mut s).unwrap();
        s
    };
    assert!(served, "proxy did not serve /healthz: {stderr}");
    assert!(
        stderr.contains("headroom proxy on http://127.0.0.1:") && stderr.contains("openai http://127.0.0.1:9"),
        "{stderr}"
    );
}

/// Sends SIGTERM through `kill` and waits: the proxy shuts down gracefully and exits 0.
fn terminate(child: &mut std::process::Child) {
    let _ = std::process::Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
    let status = child.wait().unwrap();
    assert!(status.success(), "exit status {status}");
}

#[tokio::test]
async fn originals_are_retrievable_only_with_the_credential_that_stored_them() {
    let s = Setup::new(|_| {}).await;
    let body: serde_json::Value = serde_json::from_slice(&common::fixture("anthropic.json")).unwrap();
    s.post("/v1/messages", serde_json::to_vec(&body).unwrap()).header("x-api-key", "tenant-a").send().await.unwrap();
    let sent: serde_json::Value = serde_json::from_slice(&s.anthropic.last().1).unwrap();
    let texts = headroom::count::body_texts(&sent).join("\n");
    let id = headroom::ccr::marker_ids(&texts).first().expect("a lossy rewrite left a marker").to_string();
    let get = |key: &'static str, query: &str| {
        s.client.get(s.url(&format!("/v1/retrieve/{id}{query}"))).header("x-api-key", key).send()
    };
    let own = get("tenant-a", "").await.unwrap();
    assert_eq!(own.status(), 200);
    let original = own.text().await.unwrap();
    assert!(headroom::count::body_texts(&body).contains(&original), "the exact original comes back");
    let filtered = get("tenant-a", "?query=connection+refused").await.unwrap().text().await.unwrap();
    assert_eq!(filtered, "ERROR: connection refused to db-01:5432 (os error 111)");
    let other = get("tenant-b", "").await.unwrap();
    assert_eq!(other.status(), 404, "another credential sees nothing");
}

#[tokio::test]
async fn upstream_errors_and_malformed_streams_pass_through_as_they_are() {
    let s = Setup::new(|_| {}).await;
    let failed = s.post("/v1/chat/completions", "{}").header("x-mock", "error500").send().await.unwrap();
    assert_eq!(failed.status(), 500);
    assert_eq!(failed.text().await.unwrap(), r#"{"error":{"message":"upstream exploded","type":"server_error"}}"#);
    let garbage = s.post("/v1/chat/completions", r#"{"stream":true}"#).header("x-mock", "badsse").send().await.unwrap();
    assert_eq!(garbage.status(), 200);
    assert_eq!(garbage.text().await.unwrap(), "data: {not json\n\nevent\u{0}: x\r\n\r\ndata: \u{fffd}\n\n");
    assert_eq!(s.client.get(s.url("/healthz")).send().await.unwrap().status(), 200, "still serving");
}

#[tokio::test]
async fn a_stalled_upload_is_cut_off_after_the_idle_timeout() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let s = Setup::new(|c| c.idle_timeout = Duration::from_millis(300)).await;
    for path in ["/v1/chat/completions", "/v1/files"] {
        let mut conn = tokio::net::TcpStream::connect(s.gateway.addr()).await.unwrap();
        let head = format!(
            "POST {path} HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n{{\"messages\":"
        );
        conn.write_all(head.as_bytes()).await.unwrap();
        let started = std::time::Instant::now();
        let mut reply = Vec::new();
        let read = tokio::time::timeout(Duration::from_secs(5), conn.read_to_end(&mut reply)).await;
        assert!(read.is_ok(), "{path}: the gateway waited forever for the body");
        assert!(started.elapsed() >= Duration::from_millis(250), "{path}: cut off too early");
        let reply = String::from_utf8_lossy(&reply);
        assert!(
            reply.is_empty() || reply.starts_with("HTTP/1.1 4") || reply.starts_with("HTTP/1.1 5"),
            "{path}: {reply}"
        );
    }
    assert_eq!(s.client.get(s.url("/healthz")).send().await.unwrap().status(), 200);
}

#[cfg(feature = "ml")]
#[tokio::test]
async fn the_ml_table_puts_a_text_model_in_the_request_path() {
    if std::env::var_os("ORT_DYLIB_PATH").is_none() {
        eprintln!("skipped: ORT_DYLIB_PATH is not set (eval \"$(bash scripts/fetch_ml.sh)\" sets it)");
        return;
    }
    let tiny = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ml/scores");
    let s = Setup::new(|c| c.ml.text_model = Some(tiny)).await;
    let mut report = String::from("# Incident report\n\n");
    for i in 0..30 {
        report.push_str(&format!(
            "We saw the server crash after deploy {i} because the memory grew until the kernel killed the process.\n\n"
        ));
    }
    let body = serde_json::json!({
        "model": "gpt-4o",
        "messages": [
            {"role": "user", "content": "why did the server crash after the deploy?"},
            {"role": "assistant", "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "read_report", "arguments": "{}"}}]},
            {"role": "tool", "tool_call_id": "c1", "content": report}
        ]
    });
    let response = s.post("/v1/chat/completions", body.to_string()).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let (_, got) = s.openai.last();
    let sent: serde_json::Value = serde_json::from_slice(&got).unwrap();
    let tool = sent["messages"][2]["content"].as_str().unwrap();
    assert!(tool.contains("words omitted — headroom_retrieve"), "{tool}");
    assert!(tool.contains("deploy 7 because"), "numbers and high scores stay: {tool}");
}

#[test]
fn the_cli_refuses_zero_block_threads_and_the_layer_keeps_the_number() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_headroom"))
        .args(["proxy", "--block-threads", "0"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("block_threads must be at least 1"));
    assert_eq!(headroom::HeadroomLayer::new().block_threads(1).config().block_threads, 1);
    assert!(headroom::HeadroomLayer::new().config().block_threads >= 1);
}

#[test]
fn the_cli_takes_the_number_of_worker_threads() {
    let out =
        std::process::Command::new(env!("CARGO_BIN_EXE_headroom")).args(["proxy", "--workers", "0"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("workers must be at least 1"));

    // Idle, the process holds its main thread, the workers and at most the one blocking
    // thread that loaded the tokenizer: one worker gives fewer threads than four.
    let threads = |workers: &str| {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_headroom"))
            .args(["proxy", "--port", &port.to_string()])
            .env("HEADROOM_WORKERS", workers)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let started = std::time::Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() && started.elapsed() < Duration::from_secs(10)
        {
            std::thread::sleep(Duration::from_millis(5));
        }
        let status = std::fs::read_to_string(format!("/proc/{}/status", child.id())).unwrap_or_default();
        terminate(&mut child);
        status.lines().find_map(|l| l.strip_prefix("Threads:")).and_then(|n| n.trim().parse::<usize>().ok())
    };
    if let (Some(one), Some(four)) = (threads("1"), threads("4")) {
        assert!(one + 3 <= four, "1 worker: {one} threads, 4 workers: {four}");
        assert!(one <= 3, "{one}");
    }
}
