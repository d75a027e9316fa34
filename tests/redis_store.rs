//! The Redis store against a real `redis-server` on 127.0.0.1 that the test starts and stops
//! (`.ci/run` installs it with apt). Two layers sharing one Redis stand for two replicas.
#![cfg(feature = "redis")]

mod common;

use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use headroom::ccr::{RedisStore, Store, Tenant, marker_ids};
use headroom::{Config, Endpoint, HeadroomLayer};
use tower::ServiceExt;

struct Server {
    child: Child,
    url: String,
}

impl Server {
    /// A server of this test's own on a free port. Tests run side by side: a port probed free
    /// may be taken by another test's server before this one binds it, and this one then exits
    /// while the port answers — so the server that answers must be the one started here.
    fn start() -> Option<Server> {
        for _ in 0..5 {
            let port = std::net::TcpListener::bind("127.0.0.1:0").ok()?.local_addr().ok()?.port();
            let server = Server::start_on(port)?;
            if server.answers_as_itself() {
                return Some(server);
            }
        }
        panic!("no redis-server of this test's own answered");
    }

    /// Whether the server answering at `url` is this process's child (its `process_id`).
    fn answers_as_itself(&self) -> bool {
        let info = redis::Client::open(self.url.as_str())
            .and_then(|client| client.get_connection())
            .and_then(|mut conn| redis::cmd("INFO").arg("server").query::<String>(&mut conn));
        info.is_ok_and(|info| info.lines().any(|l| l.trim() == format!("process_id:{}", self.child.id())))
    }

    fn start_on(port: u16) -> Option<Server> {
        let child = Command::new("redis-server")
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
            .stdout(Stdio::null())
            .spawn();
        let Ok(child) = child else {
            eprintln!("skipped: redis-server is not installed (.ci/run installs it)");
            return None;
        };
        let server = Server { child, url: format!("redis://127.0.0.1:{port}/") };
        for _ in 0..500 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Some(server);
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!("redis-server did not start");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn tenant(key: &str) -> Tenant {
    let mut h = http::HeaderMap::new();
    h.insert("x-api-key", key.parse().unwrap());
    Tenant::from_headers(&h)
}

#[test]
fn puts_gets_and_keeps_tenants_apart() {
    let Some(server) = Server::start() else { return };
    let store = RedisStore::open(&server.url).unwrap();
    headroom::ccr::block_on(store.put(&tenant("a"), "id1", "original text")).unwrap();
    assert_eq!(headroom::ccr::block_on(store.get(&tenant("a"), "id1")).unwrap().as_deref(), Some("original text"));
    assert_eq!(
        headroom::ccr::block_on(store.get(&tenant("b"), "id1")).unwrap(),
        None,
        "another credential sees nothing"
    );
    assert_eq!(headroom::ccr::block_on(store.get(&tenant("a"), "missing")).unwrap(), None);
    let short = RedisStore::open(&server.url).unwrap().ttl(Duration::from_secs(1));
    headroom::ccr::block_on(short.put(&tenant("a"), "brief", "x")).unwrap();
    std::thread::sleep(Duration::from_millis(2100));
    assert_eq!(headroom::ccr::block_on(short.get(&tenant("a"), "brief")).unwrap(), None, "expired");
}

#[tokio::test]
async fn one_replica_stores_and_another_reads() {
    let Some(server) = Server::start() else { return };
    let replica_a = Config::default().store(Some(Arc::new(RedisStore::open(&server.url).unwrap())));
    let body = common::fixture("anthropic.json");
    let out = headroom::compress(&body, Endpoint::AnthropicMessages, &replica_a).unwrap();
    let sent: serde_json::Value = serde_json::from_slice(&out.body).unwrap();
    let text = headroom::count::body_texts(&sent).join("\n");
    let id = *marker_ids(&text).first().expect("a block compressed, with its original stored in redis");
    let replica_b = RedisStore::open(&server.url).unwrap();
    let original =
        headroom::ccr::block_on(replica_b.get(&Tenant::anonymous(), id)).unwrap().expect("shared through redis");
    assert!(headroom::count::body_texts(&serde_json::from_slice(&body).unwrap()).contains(&original));
}

#[tokio::test]
async fn a_store_that_goes_down_never_fails_a_request() {
    let Some(mut server) = Server::start() else { return };
    let store = RedisStore::open(&server.url).unwrap().timeout(Duration::from_millis(100));
    let layer = HeadroomLayer::new().store(store);
    let seen = common::Seen::default();
    let svc = layer.layer_service(common::recorder(seen.clone()));
    let body = common::fixture("chat.json");
    svc.clone().oneshot(common::post("/v1/chat/completions", body.clone())).await.unwrap();
    assert!(seen.last_body().len() < body.len(), "compressed while redis is up");

    let _ = server.child.kill();
    let _ = server.child.wait();
    let before = headroom::metrics::global().blocks_kept.get("store_failed");
    let response = svc.clone().oneshot(common::post("/v1/chat/completions", body.clone())).await.unwrap();
    assert_eq!(response.status(), 200);
    let got = seen.last_body();
    serde_json::from_slice::<serde_json::Value>(&got).unwrap();
    assert!(headroom::metrics::global().blocks_kept.get("store_failed") > before, "lossy rewrites skipped and counted");
    assert!(
        !String::from_utf8_lossy(&got).contains("headroom_retrieve {\"id\""),
        "no marker points at an original that was not stored"
    );
}

/// The streamed retrieval suite with originals in Redis: the hidden round gets the exact
/// original back for every provider, and another credential gets only the expired note.
#[tokio::test]
async fn streamed_retrieval_works_against_redis() {
    use common::streams::{last_result, log_output, run_with};
    let Some(server) = Server::start() else { return };
    let layer = HeadroomLayer::new().store(RedisStore::open(&server.url).unwrap());
    for endpoint in Endpoint::ALL {
        let seen = common::streams::Seen::default();
        let (raw, _) = run_with(&layer, "key-a", endpoint, &seen, false, 200).await;
        let rounds = seen.lock().unwrap().clone();
        assert_eq!(rounds.len(), 2, "{endpoint}");
        assert_eq!(last_result(endpoint, &rounds[1]), log_output(), "{endpoint}: the exact original, from redis");
        assert!(raw.contains("final answer after reading"), "{endpoint}: {raw}");
        assert!(!raw.contains(headroom::ccr::RETRIEVE_TOOL), "{endpoint}");
    }
    // The same marker asked for under another credential: the key is namespaced away.
    let other = RedisStore::open(&server.url).unwrap();
    let seen = common::streams::Seen::default();
    run_with(&layer, "key-a", Endpoint::OpenAiChat, &seen, false, 200).await;
    let first = seen.lock().unwrap()[0].clone();
    let id = marker_ids(&headroom::count::body_texts(&first).join("\n"))[0].to_owned();
    assert!(other.get(&tenant("key-a"), &id).await.unwrap().is_some());
    assert!(other.get(&tenant("key-b"), &id).await.unwrap().is_none(), "another credential sees nothing");
}
