//! A minimal gateway: hyper server → `HeadroomLayer` → hyper-util client → upstream.
//!
//! `UPSTREAM=http://127.0.0.1:11434 PORT=8787 cargo run --example custom_gateway` serves
//! until stopped. Without `UPSTREAM` it starts a local echo upstream, sends the bundled
//! example request through itself once, prints what arrived, and exits.

use std::convert::Infallible;
use std::net::SocketAddr;

use bytes::Bytes;
use headroom::HeadroomLayer;
use headroom::layer::RequestBody;
use http::{Request, Response, Uri};
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::service::TowerToHyperService;
use tower::{BoxError, ServiceExt};

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let (upstream, demo) = match std::env::var("UPSTREAM") {
        Ok(url) => (url.parse::<Uri>()?, false),
        Err(_) => (format!("http://{}", echo_upstream().await?).parse()?, true),
    };
    let port: u16 = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(if demo { 0 } else { 8787 });
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], port))).await?;
    let addr = listener.local_addr()?;
    eprintln!("gateway on http://{addr} → {upstream}");

    let client: Client<HttpConnector, RequestBody<Incoming>> = Client::builder(TokioExecutor::new()).build_http();
    let forward = tower::service_fn(move |mut req: Request<RequestBody<Incoming>>| {
        let client = client.clone();
        let upstream = upstream.clone();
        async move {
            let path = req.uri().path_and_query().map(|p| p.as_str()).unwrap_or("/");
            let base = upstream.to_string();
            *req.uri_mut() = format!("{}{path}", base.trim_end_matches('/')).parse()?;
            req.headers_mut().remove(http::header::HOST);
            Ok::<_, BoxError>(client.request(req).await?)
        }
    });
    let gateway = HeadroomLayer::new().layer_service(forward);

    let server = tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let svc = TowerToHyperService::new(gateway.clone());
            tokio::spawn(hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), svc));
        }
    });
    if !demo {
        server.await?;
        return Ok(());
    }
    let body = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/request.json"))?;
    let client: Client<HttpConnector, Full<Bytes>> = Client::builder(TokioExecutor::new()).build_http();
    let req = Request::post(format!("http://{addr}/v1/chat/completions"))
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body.clone())))?;
    let response = client.oneshot(req).await?;
    let echoed = response.into_body().collect().await?.to_bytes();
    println!("client sent {} bytes; the upstream received {} bytes", body.len(), echoed.len());
    Ok(())
}

/// An upstream that echoes each request body back.
async fn echo_upstream() -> std::io::Result<SocketAddr> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let svc = hyper::service::service_fn(|req: Request<Incoming>| async move {
                let body = req.into_body().collect().await.map(|b| b.to_bytes()).unwrap_or_default();
                Ok::<_, Infallible>(Response::new(Full::new(body)))
            });
            tokio::spawn(hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), svc));
        }
    });
    Ok(addr)
}
