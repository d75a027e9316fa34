//! An axum app with `HeadroomLayer` in front of a handler that echoes the body it received.
//!
//! Run: `cargo run --example axum_layer` — it serves on a local port, posts the bundled
//! example request to itself, and prints how much smaller the body the handler saw was.

use axum::{Router, body::Bytes, extract::DefaultBodyLimit, routing::post};
use headroom::HeadroomLayer;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let app = Router::new()
        .route("/v1/chat/completions", post(|body: Bytes| async move { body }))
        // LLM requests are often larger than axum's 2 MB extractor default.
        .layer(DefaultBodyLimit::max(32 << 20))
        .layer(HeadroomLayer::new());

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(async move { axum::serve(listener, app).await });

    let request = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/request.json"))?;
    let echoed = reqwest::Client::new()
        .post(format!("http://{addr}/v1/chat/completions"))
        .header("content-type", "application/json")
        .body(request.clone())
        .send()
        .await?
        .bytes()
        .await?;
    println!("sent {} bytes; the handler received {} bytes", request.len(), echoed.len());
    Ok(())
}
