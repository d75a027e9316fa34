//! Invariant 6: response bodies are forwarded frame by frame as they arrive.

mod common;

use std::convert::Infallible;
use std::time::Duration;

use bytes::Bytes;
use common::*;
use headroom::HeadroomLayer;
use headroom::layer::RequestBody;
use http::{Request, Response};
use http_body_util::{BodyExt, Full, StreamBody};
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tower::ServiceExt;

type Frames = StreamBody<ReceiverStream<Result<http_body::Frame<Bytes>, Infallible>>>;

const EVENTS: [&str; 3] = [
    "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"usage\":{\"input_tokens\":1234,\"output_tokens\":1}}}\n\n",
    "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"h\u{e9}",
    "llo\"}}\n\nevent: message_delta\ndata: {\"type\":\"message_delta\",\"usage\":{\"output_tokens\":56}}\n\nevent: message_stop\ndata: {\"type\":\"message_stop\"}\n\n",
];

#[tokio::test]
async fn the_first_event_arrives_while_the_upstream_holds_the_rest() {
    let (tx, rx) = mpsc::channel::<Result<http_body::Frame<Bytes>, Infallible>>(8);
    let rx = std::sync::Arc::new(std::sync::Mutex::new(Some(rx)));
    let inner = tower::service_fn(move |req: Request<RequestBody<Full<Bytes>>>| {
        let rx = rx.lock().unwrap().take().expect("one call");
        async move {
            let sent = req.into_body().collect().await.unwrap().to_bytes();
            assert!(sent.windows(13).any(|w| w == b"\"stream\":true"), "stream flag untouched");
            let body: Frames = StreamBody::new(ReceiverStream::new(rx));
            Ok::<_, Infallible>(Response::builder().header("content-type", "text/event-stream").body(body).unwrap())
        }
    });
    let mut body: serde_json::Value = serde_json::from_slice(&fixture("anthropic.json")).unwrap();
    body["stream"] = true.into();
    // Without tools the retrieve tool is not offered, so nothing in the stream is inspected.
    body.as_object_mut().unwrap().remove("tools");
    let request = post("/v1/messages", serde_json::to_vec(&body).unwrap());
    let before = headroom::metrics::global().usage_output_tokens.get();

    let response = HeadroomLayer::new().layer_service(inner).oneshot(request).await.unwrap();
    assert_eq!(response.headers()["content-type"], "text/event-stream");
    let mut body = response.into_body();
    let mut received = Vec::new();
    // Split a multi-byte character across frames to exercise the side framer.
    let (a, b) = EVENTS[1].as_bytes().split_at(EVENTS[1].len() - 1);
    let frames = [EVENTS[0].as_bytes(), a, b, EVENTS[2].as_bytes()];
    for frame in frames {
        tx.send(Ok(http_body::Frame::data(Bytes::copy_from_slice(frame)))).await.unwrap();
        let got = tokio::time::timeout(Duration::from_secs(5), body.frame())
            .await
            .expect("frame forwarded before the next was sent");
        let data = got.unwrap().unwrap().into_data().unwrap();
        assert_eq!(data.as_ref(), frame, "frame forwarded unchanged and unmerged");
        received.extend_from_slice(&data);
    }
    drop(tx);
    assert!(body.frame().await.is_none());
    assert_eq!(received, EVENTS.concat().into_bytes());
    assert!(headroom::metrics::global().usage_output_tokens.get() >= before + 56, "usage read on the side");
}

#[tokio::test]
async fn passthrough_responses_stream_too() {
    let (tx, rx) = mpsc::channel::<Result<http_body::Frame<Bytes>, Infallible>>(8);
    let rx = std::sync::Arc::new(std::sync::Mutex::new(Some(rx)));
    let inner = tower::service_fn(move |_req: Request<RequestBody<Full<Bytes>>>| {
        let rx = rx.lock().unwrap().take().unwrap();
        async move { Ok::<_, Infallible>(Response::new(StreamBody::new(ReceiverStream::new(rx)))) }
    });
    let request = Request::get("/v1/models").body(Full::new(Bytes::new())).unwrap();
    let response = HeadroomLayer::new().layer_service(inner).oneshot(request).await.unwrap();
    let mut body = response.into_body();
    tx.send(Ok(http_body::Frame::data(Bytes::from_static(b"first")))).await.unwrap();
    let got = tokio::time::timeout(Duration::from_secs(5), body.frame()).await.unwrap().unwrap().unwrap();
    assert_eq!(got.into_data().unwrap(), "first");
}

/// With the retrieve tool offered, the layer reads each event before passing it on: every
/// event still reaches the client as soon as it is complete, and only the stream's ending waits
/// for the upstream to finish.
#[tokio::test]
async fn with_retrieval_offered_each_event_arrives_as_soon_as_it_is_complete() {
    let (tx, rx) = mpsc::channel::<Result<http_body::Frame<Bytes>, Infallible>>(8);
    let rx = std::sync::Arc::new(std::sync::Mutex::new(Some(rx)));
    let inner = tower::service_fn(move |_req: Request<RequestBody<Full<Bytes>>>| {
        let rx = rx.lock().unwrap().take().expect("one call");
        async move {
            let body: Frames = StreamBody::new(ReceiverStream::new(rx));
            Ok::<_, Infallible>(Response::builder().header("content-type", "text/event-stream").body(body).unwrap())
        }
    });
    let mut body: serde_json::Value = serde_json::from_slice(&fixture("anthropic.json")).unwrap();
    body["stream"] = true.into();
    assert!(body["tools"].as_array().is_some_and(|t| !t.is_empty()));
    let response = HeadroomLayer::new()
        .layer_service(inner)
        .oneshot(post("/v1/messages", serde_json::to_vec(&body).unwrap()))
        .await
        .unwrap();
    let mut body = response.into_body();
    tx.send(Ok(http_body::Frame::data(Bytes::from(EVENTS[0])))).await.unwrap();
    assert_eq!(next(&mut body).await, EVENTS[0].as_bytes(), "a complete event passes at once, unchanged");
    let (a, b) = EVENTS[1].as_bytes().split_at(EVENTS[1].len() - 1);
    tx.send(Ok(http_body::Frame::data(Bytes::copy_from_slice(a)))).await.unwrap();
    tx.send(Ok(http_body::Frame::data(Bytes::copy_from_slice(b)))).await.unwrap();
    tx.send(Ok(http_body::Frame::data(Bytes::from(EVENTS[2])))).await.unwrap();
    let mut rest = Vec::new();
    rest.extend_from_slice(&next(&mut body).await);
    assert!(String::from_utf8_lossy(&rest).contains("h\u{e9}llo"), "the text event, whole");
    drop(tx);
    while let Some(frame) = body.frame().await {
        rest.extend_from_slice(&frame.unwrap().into_data().unwrap());
    }
    let all = [EVENTS[0].as_bytes(), &rest].concat();
    assert_eq!(all, EVENTS.concat().into_bytes(), "the same bytes, the ending after the upstream's end");
}

async fn next(body: &mut headroom::HeadroomBody<Frames>) -> Bytes {
    let frame = tokio::time::timeout(Duration::from_secs(5), body.frame()).await;
    frame.expect("forwarded before the next frame was sent").unwrap().unwrap().into_data().unwrap()
}
