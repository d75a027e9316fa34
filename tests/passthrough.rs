//! Requests that are not compressible endpoints pass through unbuffered and untouched, under
//! axum, a bare hyper server and a tonic gRPC server.

mod common;

use std::convert::Infallible;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use headroom::HeadroomLayer;
use http::{Request, Response};
use http_body_util::{BodyExt, Full, StreamBody};
use hyper_util::rt::{TokioExecutor, TokioIo};
use tokio::sync::{mpsc, oneshot};
use tokio_stream::wrappers::ReceiverStream;

type Chunks = StreamBody<ReceiverStream<Result<http_body::Frame<Bytes>, Infallible>>>;

fn streaming_body() -> (mpsc::Sender<Result<http_body::Frame<Bytes>, Infallible>>, Chunks) {
    let (tx, rx) = mpsc::channel(4);
    (tx, StreamBody::new(ReceiverStream::new(rx)))
}

async fn send(tx: &mpsc::Sender<Result<http_body::Frame<Bytes>, Infallible>>, data: &'static [u8]) {
    tx.send(Ok(http_body::Frame::data(Bytes::from_static(data)))).await.unwrap();
}

/// Waits for the inner service to be entered while the client still holds most of the body.
async fn entered_early(entered: oneshot::Receiver<()>) {
    tokio::time::timeout(Duration::from_secs(5), entered)
        .await
        .expect("inner service called before the body was complete")
        .unwrap();
}

#[tokio::test]
async fn axum_passthrough_is_unbuffered_and_untouched() {
    use axum::{Router, body::Body, routing::post};
    let (entered_tx, entered) = oneshot::channel::<()>();
    let entered_tx = std::sync::Arc::new(std::sync::Mutex::new(Some(entered_tx)));
    let app = Router::new()
        .route(
            "/v1/files",
            post(move |body: Body| {
                if let Some(tx) = entered_tx.lock().unwrap().take() {
                    let _ = tx.send(());
                }
                async move { body.collect().await.unwrap().to_bytes() }
            }),
        )
        .layer(HeadroomLayer::new());
    let (tx, body) = streaming_body();
    let req = Request::post("/v1/files").header("content-type", "application/json").body(Body::new(body)).unwrap();
    let call = tokio::spawn(tower::ServiceExt::oneshot(app, req));
    send(&tx, b"{\"part\":").await;
    entered_early(entered).await;
    send(&tx, b" 1.0}").await;
    drop(tx);
    let response = call.await.unwrap().unwrap();
    assert_eq!(response.into_body().collect().await.unwrap().to_bytes(), "{\"part\": 1.0}");
}

#[tokio::test]
async fn bare_hyper_passthrough_is_unbuffered_and_untouched() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (entered_tx, entered) = oneshot::channel::<()>();
    let entered_tx = std::sync::Arc::new(std::sync::Mutex::new(Some(entered_tx)));
    tokio::spawn(async move {
        let (stream, _) = listener.accept().await.unwrap();
        let inner = tower::service_fn(move |req: Request<headroom::layer::RequestBody<hyper::body::Incoming>>| {
            if let Some(tx) = entered_tx.lock().unwrap().take() {
                let _ = tx.send(());
            }
            async move {
                let body = req.into_body().collect().await.unwrap().to_bytes();
                Ok::<_, Infallible>(Response::new(Full::new(body)))
            }
        });
        let svc = hyper_util::service::TowerToHyperService::new(HeadroomLayer::new().layer_service(inner));
        hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), svc).await.unwrap();
    });
    let stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await.unwrap();
    tokio::spawn(conn);
    let (tx, body) = streaming_body();
    // A compressible path with the wrong content type: must not be buffered either.
    let req = Request::post("/v1/chat/completions")
        .header("content-type", "text/plain")
        .header("host", "x")
        .body(body)
        .unwrap();
    let call = tokio::spawn(async move { sender.send_request(req).await });
    send(&tx, b"not json ").await;
    entered_early(entered).await;
    send(&tx, b"at all").await;
    drop(tx);
    let response = call.await.unwrap().unwrap();
    assert_eq!(response.into_body().collect().await.unwrap().to_bytes(), "not json at all");
}

/// A hand-written gRPC service: echoes the request body, signals when it is called.
#[derive(Clone)]
struct Echo(std::sync::Arc<std::sync::Mutex<Option<oneshot::Sender<()>>>>);

impl tonic::server::NamedService for Echo {
    const NAME: &'static str = "test.Echo";
}

impl tower::Service<Request<tonic::body::Body>> for Echo {
    type Response = Response<tonic::body::Body>;
    type Error = Infallible;
    type Future = std::pin::Pin<Box<dyn std::future::Future<Output = Result<Self::Response, Infallible>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, req: Request<tonic::body::Body>) -> Self::Future {
        if let Some(tx) = self.0.lock().unwrap().take() {
            let _ = tx.send(());
        }
        Box::pin(async move {
            let body = req.into_body().collect().await.unwrap().to_bytes();
            let response = Response::builder()
                .header("content-type", "application/grpc")
                .header("grpc-status", "0")
                .body(tonic::body::Body::new(Full::new(body)))
                .unwrap();
            Ok(response)
        })
    }
}

#[tokio::test]
async fn tonic_grpc_passthrough_is_unbuffered_and_untouched() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (entered_tx, entered) = oneshot::channel::<()>();
    let echo = Echo(std::sync::Arc::new(std::sync::Mutex::new(Some(entered_tx))));
    tokio::spawn(async move {
        tonic::transport::Server::builder()
            .layer(HeadroomLayer::new())
            .add_service(echo)
            .serve_with_incoming(tonic::transport::server::TcpIncoming::from(listener))
            .await
            .unwrap();
    });
    let stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let (mut sender, conn) =
        hyper::client::conn::http2::handshake(TokioExecutor::new(), TokioIo::new(stream)).await.unwrap();
    tokio::spawn(conn);
    let (tx, body) = streaming_body();
    let req = Request::post(format!("http://{addr}/test.Echo/Say"))
        .header("content-type", "application/grpc")
        .header("te", "trailers")
        .body(body)
        .unwrap();
    let call = tokio::spawn(async move { sender.send_request(req).await });
    // A gRPC message frame: compressed flag, 4-byte length, payload.
    send(&tx, b"\x00\x00\x00\x00\x05").await;
    entered_early(entered).await;
    send(&tx, b"hello").await;
    drop(tx);
    let response = call.await.unwrap().unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.into_body().collect().await.unwrap().to_bytes().as_ref(), b"\x00\x00\x00\x00\x05hello");
}
