//! Load harness: a mock provider in this process, `headroom proxy` as a child process, the
//! same requests sent directly to the mock and through the proxy, alternating runs.
//!
//! `cargo build --release && cargo run --release --example loadtest -- [--requests N] [--corpus DIR] [--only TEXT] [--workers N] [--peer PYTHON]`
//! (`HEADROOM_BIN=path` measures another build of the proxy, an older commit say).
//!
//! `--peer ~/.cache/headroom-peer/venv/bin/python` adds the published Headroom's proxy as a
//! third arm (`../shared/peer/setup.sh` installs it): its start time, the 100 KB passthrough,
//! and the corpus bodies in three variants neither proxy has seen (first sight) and then
//! re-sent, alternating per body with the direct arm and a fresh proxy of ours.
//!
//! Reports, per scenario: latency p50/p99 direct and through, added (through − direct),
//! requests/s, the proxy's CPU time per request (from /proc) and its peak RSS. The 100 KB
//! passthrough is also sent through a bare hyper forwarder (this binary run again with
//! `--bare-forward`: the same server, client and body collection, nothing else), the floor
//! any hyper gateway pays on this machine.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http::{Request, Response};
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::{TokioExecutor, TokioIo};

mod peer;

type HttpClient = Client<HttpConnector, Full<Bytes>>;

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    if let (Some(upstream), Some(port)) = (arg("--bare-forward"), arg("--port")) {
        return bare_forwarder(upstream.parse().expect("upstream address"), port.parse().expect("port")).await;
    }
    let requests: usize = arg("--requests").and_then(|n| n.parse().ok()).unwrap_or(2000);
    let corpus = arg("--corpus").unwrap_or_else(|| "../shared/corpus".into());
    let _ = ONLY.set(arg("--only"));
    let _ = WORKERS.set(arg("--workers"));
    let mock = mock_provider().await;
    let client: HttpClient = Client::builder(TokioExecutor::new()).pool_max_idle_per_host(512).build_http();
    let spawned = Instant::now();
    let (mut proxy, proxy_addr) = start_proxy(mock);
    if let Some(n) = arg("--soak").and_then(|n| n.parse().ok()) {
        soak(proxy_addr, proxy.id(), n).await;
        let _ = proxy.kill();
        return;
    }
    let tiny = tiny_requests();
    run(&client, proxy_addr, &tiny[..1], 1, 1).await;
    let first_served = spawned.elapsed();
    println!(
        "machine: {} cores; mock provider {mock}; proxy {proxy_addr} (pid {})",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        proxy.id()
    );
    println!("proxy start to first served request: {:.1} ms", ms(first_served));
    let started = rss_kib(proxy.id()).0;
    // The proxy loads its tokenizer off the accept path just after it starts listening: idle
    // is once that is done.
    let mut settled = started;
    for _ in 0..40 {
        std::thread::sleep(Duration::from_millis(50));
        let now = rss_kib(proxy.id()).0;
        if now == settled && now != started {
            break;
        }
        settled = now;
    }
    let status = std::fs::read_to_string(format!("/proc/{}/status", proxy.id())).unwrap_or_default();
    println!(
        "proxy RSS on its first accept {started} KiB; idle, tokenizer loaded {settled} KiB \
         ({} KiB anonymous, {} KiB file-backed)",
        status_field(&status, "RssAnon:"),
        status_field(&status, "RssFile:")
    );

    let passthrough = Bytes::from(big_chat(100 << 10));
    let single = vec![("/v1/chat/completions".to_owned(), passthrough.clone())];
    let mut passthrough_added = None;
    for concurrency in [1, 16, 64, 256] {
        let n = if concurrency == 1 { requests } else { requests * 2 };
        let added = scenario(
            &format!("100 KB chat, nothing to compress, concurrency {concurrency}"),
            &client,
            mock,
            proxy_addr,
            proxy.id(),
            &single,
            n,
            concurrency,
        )
        .await;
        if concurrency == 1 {
            passthrough_added = added;
            let (mut bare, bare_addr) = start_bare_forwarder(mock);
            let name = "100 KB chat, concurrency 1, bare hyper forwarder (the floor)";
            scenario(name, &client, mock, bare_addr, bare.id(), &single, n, 1).await;
            let _ = bare.kill();
        }
    }
    let bodies = corpus_bodies(&corpus);
    if !bodies.is_empty() {
        let n = (requests / 4).max(bodies.len() * 4);
        // Each body is sent several times: a proxy that remembers rewrites answers the repeats
        // from its memo, as it would the earlier turns of a conversation, so the first-sight
        // cost is measured on a second proxy that compresses every time.
        let (mut fresh, fresh_addr) = start_proxy_with(mock, &["--no-memo"]);
        scenario(
            &format!("corpus bodies ({} cases, compressed every time), concurrency 1", bodies.len()),
            &client,
            mock,
            fresh_addr,
            fresh.id(),
            &bodies,
            n,
            1,
        )
        .await;
        let _ = fresh.kill();
        // Sixteen at a time keeps both cores busy: what a request waits for beyond its own work
        // (a thread to be scheduled, a lock) shows in the tail.
        for concurrency in [1, 16] {
            scenario(
                &format!(
                    "corpus bodies ({} cases, re-sent: rewrites remembered), concurrency {concurrency}",
                    bodies.len()
                ),
                &client,
                mock,
                proxy_addr,
                proxy.id(),
                &bodies,
                n * concurrency.min(4),
                concurrency,
            )
            .await;
        }
    }
    let big = vec![("/v1/chat/completions".to_owned(), Bytes::from(big_chat(1 << 20)))];
    scenario("1 MB chat, concurrency 64", &client, mock, proxy_addr, proxy.id(), &big, 256, 64).await;
    println!("proxy peak RSS {} KiB", rss_kib(proxy.id()).1);
    let _ = proxy.kill();
    if let Some(python) = arg("--peer") {
        let ours = peer::Arms { client: &client, direct: mock, tiny: &tiny };
        if let Err(e) = ours.against_peer(std::path::Path::new(&python), &single, &bodies, passthrough_added).await {
            eprintln!("loadtest: the peer arm did not run: {e}");
            std::process::exit(1);
        }
    }
}

/// One tiny request per route, as a proxy's first requests (lazy set-up happens on them).
fn tiny_requests() -> Vec<(String, Bytes)> {
    [
        ("/v1/chat/completions", r#"{"model":"gpt-4o","messages":[{"role":"user","content":"warm-up"}]}"#),
        (
            "/v1/messages",
            r#"{"model":"claude-sonnet-4-5","max_tokens":16,"messages":[{"role":"user","content":"warm-up"}]}"#,
        ),
        ("/v1/responses", r#"{"model":"gpt-4.1","input":[{"role":"user","content":"warm-up"}]}"#),
    ]
    .into_iter()
    .map(|(path, body)| (path.to_owned(), Bytes::from_static(body.as_bytes())))
    .collect()
}

/// `--workers N`: passed to every proxy started (threads serving connections).
static WORKERS: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();

/// `--only TEXT`: run just the scenarios whose name contains TEXT (to profile one of them).
static ONLY: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();

#[allow(clippy::too_many_arguments)]
async fn scenario(
    name: &str,
    client: &HttpClient,
    direct: SocketAddr,
    through: SocketAddr,
    pid: u32,
    bodies: &[(String, Bytes)],
    n: usize,
    concurrency: usize,
) -> Option<(Duration, Duration)> {
    if ONLY.get().and_then(Option::as_deref).is_some_and(|only| !name.contains(only)) {
        return None;
    }
    // Warm both paths, then alternate halves so drift on a shared machine hits both arms.
    run(client, direct, bodies, 50.min(n), concurrency).await;
    run(client, through, bodies, 50.min(n), concurrency).await;
    let (mut d, mut t) = (Vec::new(), Vec::new());
    let (mut d_time, mut t_time) = (Duration::ZERO, Duration::ZERO);
    let cpu_before = cpu_time(pid);
    let switches_before = context_switches(pid);
    for _ in 0..2 {
        let started = Instant::now();
        d.extend(run(client, direct, bodies, n / 2, concurrency).await);
        d_time += started.elapsed();
        let started = Instant::now();
        t.extend(run(client, through, bodies, n / 2, concurrency).await);
        t_time += started.elapsed();
    }
    let cpu = cpu_time(pid) - cpu_before;
    let switches = context_switches(pid).saturating_sub(switches_before);
    let (dp50, dp99) = (pct(&mut d, 0.5), pct(&mut d, 0.99));
    let (tp50, tp99) = (pct(&mut t, 0.5), pct(&mut t, 0.99));
    println!("\n## {name} ({} requests per arm)", d.len());
    println!(
        "direct:  p50 {:.3} ms  p99 {:.3} ms  {:.0} req/s",
        ms(dp50),
        ms(dp99),
        d.len() as f64 / d_time.as_secs_f64()
    );
    println!(
        "through: p50 {:.3} ms  p99 {:.3} ms  {:.0} req/s ({:.2}× direct)",
        ms(tp50),
        ms(tp99),
        t.len() as f64 / t_time.as_secs_f64(),
        (t.len() as f64 / t_time.as_secs_f64()) / (d.len() as f64 / d_time.as_secs_f64())
    );
    println!("added:   p50 {:.3} ms  p99 {:.3} ms", ms(tp50.saturating_sub(dp50)), ms(tp99.saturating_sub(dp99)));
    println!(
        "proxy CPU per request {:.1} µs; context switches per request {:.2}; RSS now/peak {:?} KiB",
        cpu.as_secs_f64() * 1e6 / t.len() as f64,
        switches as f64 / t.len() as f64,
        rss_kib(pid)
    );
    Some((tp50.saturating_sub(dp50), tp99.saturating_sub(dp99)))
}

async fn run(
    client: &HttpClient,
    addr: SocketAddr,
    bodies: &[(String, Bytes)],
    n: usize,
    concurrency: usize,
) -> Vec<Duration> {
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let (client, next, bodies) = (client.clone(), next.clone(), bodies.to_vec());
        tasks.push(tokio::spawn(async move {
            let mut times = Vec::new();
            loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if i >= n {
                    return times;
                }
                let (path, body) = &bodies[i % bodies.len()];
                let req = provider_request(addr, path, body);
                let started = Instant::now();
                let response = client.request(req).await.expect("request");
                let _ = response.into_body().collect().await;
                times.push(started.elapsed());
            }
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    all
}

/// A POST of `body` to `path` with the headers both providers' clients send.
fn provider_request(addr: SocketAddr, path: &str, body: &Bytes) -> Request<Full<Bytes>> {
    Request::post(format!("http://{addr}{path}"))
        .header("content-type", "application/json")
        .header("authorization", "Bearer load")
        .header("x-api-key", "load")
        .header("anthropic-version", "2023-06-01")
        .body(Full::new(body.clone()))
        .unwrap()
}

fn pct(v: &mut [Duration], p: f64) -> Duration {
    v.sort_unstable();
    v.get(((v.len() as f64 * p) as usize).min(v.len().saturating_sub(1))).copied().unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// A chat body of about `size` bytes whose only large text is a user message (never compressed).
fn big_chat(size: usize) -> Vec<u8> {
    let text: String = "The quick brown fox jumps over the lazy dog. ".repeat(size / 45 + 1);
    serde_json::to_vec(&serde_json::json!({"model": "gpt-4o", "messages": [{"role": "user", "content": text}]}))
        .unwrap()
}

fn corpus_bodies(dir: &str) -> Vec<(String, Bytes)> {
    let Ok(cases) = headroom::eval::case_dirs(std::path::Path::new(dir)) else { return Vec::new() };
    cases
        .iter()
        .filter_map(|c| {
            let body = std::fs::read(c.join("request.json")).ok()?;
            let path = match headroom::Endpoint::detect(&body)? {
                headroom::Endpoint::AnthropicMessages => "/v1/messages",
                headroom::Endpoint::OpenAiResponses => "/v1/responses",
                _ => "/v1/chat/completions",
            };
            Some((path.to_owned(), Bytes::from(body)))
        })
        .collect()
}

/// A mixed, half-streaming load at 64 concurrent, with one request in ten dropped by the
/// client mid-response: counts unexpected errors and watches the proxy's RSS, fds and threads.
async fn soak(proxy: SocketAddr, pid: u32, n: usize) {
    let client: HttpClient = Client::builder(TokioExecutor::new()).pool_max_idle_per_host(128).build_http();
    let chat = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/chat.json")).unwrap();
    let mut streamed: serde_json::Value = serde_json::from_slice(&chat).unwrap();
    streamed["stream"] = true.into();
    let mut plain = streamed.clone();
    plain["stream"] = false.into();
    let bodies = Arc::new([
        Bytes::from(serde_json::to_vec(&plain).unwrap()),
        Bytes::from(serde_json::to_vec(&streamed).unwrap()),
    ]);
    let round = |count: usize, offset: usize| {
        let (client, bodies) = (client.clone(), bodies.clone());
        async move {
            let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
            let errors = Arc::new(std::sync::atomic::AtomicUsize::new(0));
            let mut tasks = Vec::new();
            for _ in 0..64 {
                let (client, bodies, next, errors) = (client.clone(), bodies.clone(), next.clone(), errors.clone());
                tasks.push(tokio::spawn(async move {
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        if i >= count {
                            return;
                        }
                        let k = (i + offset).wrapping_mul(2654435761) % 100;
                        let req = Request::post(format!("http://{proxy}/v1/chat/completions"))
                            .header("content-type", "application/json")
                            .header("authorization", format!("Bearer tenant-{}", k % 7))
                            .body(Full::new(bodies[k % 2].clone()))
                            .unwrap();
                        let outcome = client.request(req).await;
                        let ok = match outcome {
                            Ok(response) if k < 10 => {
                                let mut body = response.into_body();
                                let _ = body.frame().await;
                                true // dropped mid-response on purpose
                            }
                            Ok(response) => response.status() == 200 && response.into_body().collect().await.is_ok(),
                            Err(_) => false,
                        };
                        if !ok {
                            errors.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        }
                    }
                }));
            }
            for t in tasks {
                t.await.unwrap();
            }
            errors.load(std::sync::atomic::Ordering::Relaxed)
        }
    };
    let started = Instant::now();
    let warm_errors = round(2000, 0).await;
    let (rss0, fds0, threads0) = (rss_kib(pid).0, fds(pid), threads(pid));
    let errors = round(n, 2000).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let (rss1, fds1, threads1) = (rss_kib(pid).0, fds(pid), threads(pid));
    println!(
        "soak: {n} requests (+2000 warm-up) at 64 concurrent, half streamed, 1 in 10 dropped mid-response, in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    println!("unexpected errors: {errors} (warm-up {warm_errors})");
    // The proxy is another process: its /metrics tell how many hidden rounds ran.
    if let Ok(metrics) = fetch_metrics(proxy).await {
        let rounds: Vec<&str> =
            metrics.lines().filter(|l| l.starts_with("headroom_ccr_") && !l.starts_with('#')).collect();
        println!("proxy retrieval: {}", rounds.join(", "));
    }
    println!(
        "proxy RSS after warm-up {rss0} KiB, at end {rss1} KiB; open fds {fds0} → {fds1}; threads {threads0} → {threads1}"
    );
}

async fn fetch_metrics(proxy: SocketAddr) -> Result<String, String> {
    let client: HttpClient = Client::builder(TokioExecutor::new()).build_http();
    let req =
        Request::get(format!("http://{proxy}/metrics")).body(Full::new(Bytes::new())).map_err(|e| e.to_string())?;
    let response = client.request(req).await.map_err(|e| e.to_string())?;
    let body = response.into_body().collect().await.map_err(|e| e.to_string())?.to_bytes();
    Ok(String::from_utf8_lossy(&body).into_owned())
}

fn fds(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd")).map(|d| d.count()).unwrap_or(0)
}

fn threads(pid: u32) -> u64 {
    status_field(&std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default(), "Threads:")
}

/// The number after `name` in a /proc `status` text, or 0.
fn status_field(status: &str, name: &str) -> u64 {
    status
        .lines()
        .find(|l| l.starts_with(name))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// Answers with a small JSON body, or for `"stream":true` a short SSE stream; every fifth
/// streamed request that carries a marker is answered with a `headroom_retrieve` call first,
/// so the proxy's hidden rounds run under load too.
async fn mock_provider() -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let _ = stream.set_nodelay(true);
            let svc = hyper::service::service_fn(|req: Request<Incoming>| async move {
                let path = req.uri().path().to_owned();
                let body = req.into_body().collect().await.map(|b| b.to_bytes()).unwrap_or_default();
                Ok::<_, Infallible>(mock_answer(&path, &body))
            });
            tokio::spawn(hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), svc));
        }
    });
    addr
}

fn mock_answer(path: &str, body: &[u8]) -> Response<Full<Bytes>> {
    static STREAMED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    if !body.windows(13).any(|w| w == b"\"stream\":true") {
        let mut response = Response::new(Full::new(Bytes::from_static(provider_answer(path))));
        response.headers_mut().insert("content-type", "application/json".parse().unwrap());
        return response;
    }
    let value: serde_json::Value = serde_json::from_slice(body).unwrap_or_default();
    let last = value["messages"].as_array().and_then(|m| m.last()).cloned().unwrap_or_default();
    let texts = headroom::count::body_texts(&value).join("\n");
    let marker = headroom::ccr::marker_ids(&texts).first().map(|id| id.to_string());
    let nth = STREAMED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let chunk = |delta: serde_json::Value, finish: serde_json::Value| {
        let c = serde_json::json!({"id": "s", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]});
        format!("data: {c}\n\n")
    };
    let events = match marker {
        Some(id) if nth.is_multiple_of(5) && last["tool_call_id"] != "call_r" => {
            let call = serde_json::json!({"tool_calls": [{"index": 0, "id": "call_r", "type": "function",
                "function": {"name": "headroom_retrieve", "arguments": serde_json::json!({"id": id}).to_string()}}]});
            chunk(serde_json::json!({"role": "assistant", "content": "Looking. "}), serde_json::Value::Null)
                + &chunk(call, serde_json::Value::Null)
                + &chunk(serde_json::json!({}), "tool_calls".into())
                + "data: [DONE]\n\n"
        }
        _ => {
            chunk(serde_json::json!({"role": "assistant", "content": "ok"}), serde_json::Value::Null)
                + &chunk(serde_json::json!({}), "stop".into())
                + r#"data: {"id":"s","choices":[],"usage":{"prompt_tokens":1,"completion_tokens":1}}"#
                + "\n\ndata: [DONE]\n\n"
        }
    };
    let mut response = Response::new(Full::new(Bytes::from(events)));
    response.headers_mut().insert("content-type", "text/event-stream".parse().unwrap());
    response
}

/// A complete answer in the shape of `path`'s provider API (the peer proxy parses it).
fn provider_answer(path: &str) -> &'static [u8] {
    if path.ends_with("/messages") {
        br#"{"id":"msg_x","type":"message","role":"assistant","model":"claude-sonnet-4-5","content":[{"type":"text","text":"ok"}],"stop_reason":"end_turn","stop_sequence":null,"usage":{"input_tokens":1,"output_tokens":1}}"#
    } else if path.ends_with("/responses") {
        br#"{"id":"resp_x","object":"response","created_at":0,"status":"completed","model":"gpt-4.1","output":[{"type":"message","id":"msg_x","status":"completed","role":"assistant","content":[{"type":"output_text","text":"ok","annotations":[]}]}],"usage":{"input_tokens":1,"output_tokens":1,"total_tokens":2}}"#
    } else {
        br#"{"id":"chatcmpl-x","object":"chat.completion","created":0,"model":"gpt-4o","choices":[{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}],"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}"#
    }
}

fn start_proxy(upstream: SocketAddr) -> (Child, SocketAddr) {
    start_proxy_with(upstream, &[])
}

fn start_proxy_with(upstream: SocketAddr, extra: &[&str]) -> (Child, SocketAddr) {
    let port = free_port();
    // Another build (an older commit, say) can be measured with the same harness.
    let exe = std::env::var("HEADROOM_BIN")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/target/release/headroom").to_owned());
    let child = Command::new(exe)
        .args([
            "proxy",
            "--port",
            &port.to_string(),
            "--openai-upstream",
            &format!("http://{upstream}"),
            "--anthropic-upstream",
            &format!("http://{upstream}"),
        ])
        .args(extra)
        .args(WORKERS.get().cloned().flatten().map(|n| ["--workers".to_owned(), n]).into_iter().flatten())
        .stderr(Stdio::null())
        .spawn()
        .expect("build the release binary first: cargo build --release");
    (child, listening(port))
}

/// A loopback port nothing listens on now, for a child process to take.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// This binary again, as a bare forwarder to `upstream`.
fn start_bare_forwarder(upstream: SocketAddr) -> (Child, SocketAddr) {
    let port = free_port();
    let child = Command::new(std::env::current_exe().expect("this binary"))
        .args(["--bare-forward", &upstream.to_string(), "--port", &port.to_string()])
        .spawn()
        .expect("the loadtest binary runs again");
    (child, listening(port))
}

/// The address of a child's `port` on 127.0.0.1, once it accepts connections.
fn listening(port: u16) -> SocketAddr {
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    while std::net::TcpStream::connect(addr).is_err() {
        std::thread::sleep(Duration::from_millis(2));
    }
    addr
}

/// What every hyper gateway does and nothing more, set up as the proxy sets up its own: an
/// auto (HTTP/1 and 2) server, the body collected (a compressor must see all of it), the
/// same request sent on through a pooled client with `TCP_NODELAY`, the answer streamed back.
async fn bare_forwarder(upstream: SocketAddr, port: u16) {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await.expect("port free");
    let mut http = HttpConnector::new();
    http.set_nodelay(true);
    let client: HttpClient = Client::builder(TokioExecutor::new()).build(http);
    let builder = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new());
    while let Ok((stream, _)) = listener.accept().await {
        let _ = stream.set_nodelay(true);
        let client = client.clone();
        let svc = hyper::service::service_fn(move |req: Request<Incoming>| {
            let client = client.clone();
            async move {
                let (mut parts, body) = req.into_parts();
                let body = body.collect().await.map_err(std::io::Error::other)?.to_bytes();
                let path = parts.uri.path_and_query().map_or("/", |p| p.as_str());
                parts.uri = format!("http://{upstream}{path}").parse().expect("a URI");
                parts.headers.remove(http::header::HOST);
                client.request(Request::from_parts(parts, Full::new(body))).await.map_err(std::io::Error::other)
            }
        });
        let builder = builder.clone();
        tokio::spawn(async move {
            let _ = builder.serve_connection(TokioIo::new(stream), svc).await;
        });
    }
}

/// User + system CPU time of `pid`, from /proc.
fn cpu_time(pid: u32) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or("").split_whitespace().collect();
    let ticks: u64 = fields.get(11).and_then(|u| u.parse().ok()).unwrap_or(0)
        + fields.get(12).and_then(|s| s.parse().ok()).unwrap_or(0);
    Duration::from_secs_f64(ticks as f64 / 100.0)
}

/// Context switches (voluntary and not) of all of `pid`'s threads so far, from /proc: on a
/// shared 2-core machine, what a request costs beyond its own work is mostly these.
fn context_switches(pid: u32) -> u64 {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else { return 0 };
    tasks
        .filter_map(|t| std::fs::read_to_string(t.ok()?.path().join("status")).ok())
        .map(|status| {
            status_field(&status, "voluntary_ctxt_switches:") + status_field(&status, "nonvoluntary_ctxt_switches:")
        })
        .sum()
}

/// (current, peak) resident set size of `pid` in KiB.
fn rss_kib(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    (status_field(&status, "VmRSS:"), status_field(&status, "VmHWM:"))
}
