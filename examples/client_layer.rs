//! `HeadroomLayer` around outgoing HTTP clients: a hyper-util client, and a reqwest client
//! adapted into a tower `Service`. Both talk to a local echo server that reports how many
//! bytes it received.
//!
//! Run: `cargo run --example client_layer`

use std::convert::Infallible;

use bytes::Bytes;
use headroom::HeadroomLayer;
use headroom::layer::RequestBody;
use http::{Request, Response};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioIo};
use tower::{BoxError, ServiceExt};

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let upstream = echo_server().await?;
    let request = Bytes::from(std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/request.json"))?);
    let url = format!("http://{upstream}/v1/chat/completions");

    // hyper-util's client is a tower Service already.
    let client: Client<_, RequestBody<Full<Bytes>>> = Client::builder(TokioExecutor::new()).build_http();
    let hyper_client = HeadroomLayer::new().layer_service(client);
    let response = hyper_client.oneshot(post(&url, request.clone())).await?;
    let got = response.into_body().collect().await?.to_bytes();
    println!("hyper-util: sent {} bytes, upstream received {}", request.len(), String::from_utf8_lossy(&got));

    // reqwest, adapted into a tower Service over http::Request / http::Response.
    let reqwest_client = reqwest::Client::new();
    let adapter = tower::service_fn(move |req: Request<RequestBody<Full<Bytes>>>| {
        let client = reqwest_client.clone();
        async move {
            let (parts, body) = req.into_parts();
            let body = body.collect().await?.to_bytes();
            let req = reqwest::Request::try_from(Request::from_parts(parts, body))?;
            let response = client.execute(req).await?;
            Ok::<_, BoxError>(Response::<reqwest::Body>::from(response))
        }
    });
    let reqwest_layered = HeadroomLayer::new().layer_service(adapter);
    let response = reqwest_layered.oneshot(post(&url, request.clone())).await?;
    let got = response.into_body().collect().await?.to_bytes();
    println!("reqwest:    sent {} bytes, upstream received {}", request.len(), String::from_utf8_lossy(&got));
    Ok(())
}

fn post(url: &str, body: Bytes) -> Request<Full<Bytes>> {
    Request::post(url).header("content-type", "application/json").body(Full::new(body)).expect("valid request")
}

/// Answers every request with the number of body bytes it received.
async fn echo_server() -> std::io::Result<std::net::SocketAddr> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let svc = hyper::service::service_fn(|req: Request<hyper::body::Incoming>| async move {
                let n = req.into_body().collect().await.map(|b| b.to_bytes().len()).unwrap_or(0);
                Ok::<_, Infallible>(Response::new(Full::new(Bytes::from(format!("{n} bytes")))))
            });
            tokio::spawn(hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), svc));
        }
    });
    Ok(addr)
}
