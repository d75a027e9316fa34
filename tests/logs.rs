//! Credentials never appear in logs, at any level, even when requests fail.
#![cfg(feature = "gateway")]

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};

use headroom::gateway::{Gateway, GatewayConfig};

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn credentials_never_reach_the_logs() {
    let captured = Captured::default();
    let writer = captured.clone();
    tracing_subscriber::fmt().with_max_level(tracing::Level::TRACE).with_writer(move || writer.clone()).init();

    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let mut config = GatewayConfig::default();
    config.listen = "127.0.0.1:0".parse().unwrap();
    config.openai_upstream = format!("http://{closed}").parse().unwrap();
    config.anthropic_upstream = format!("http://{closed}").parse().unwrap();
    let gateway = Gateway::new(config).bind().await.unwrap();
    let client = reqwest::Client::new();
    let url = |p: &str| format!("http://{}{p}", gateway.addr());
    for (path, body) in
        [("/v1/chat/completions", common::fixture("chat.json")), ("/v1/messages", b"{not json".to_vec())]
    {
        let _ = client
            .post(url(path))
            .header("content-type", "application/json")
            .header("authorization", "Bearer sk-SECRET-openai-123")
            .header("x-api-key", "sk-ant-SECRET-456")
            .body(body)
            .send()
            .await
            .unwrap();
    }
    gateway.shutdown().await;
    let logs = String::from_utf8_lossy(&captured.0.lock().unwrap()).into_owned();
    assert!(logs.contains("upstream request failed"), "the failures were logged: {logs}");
    assert!(!logs.contains("SECRET"), "a credential leaked into the logs:\n{logs}");
}
