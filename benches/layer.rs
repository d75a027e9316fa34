//! What the layer adds to a request, against the same inner service without it, in one run:
//! a GET that is not an LLM call, a 100 KB chat request with nothing to compress, and a
//! corpus-sized request that is compressed.

use std::convert::Infallible;
use std::hint::black_box;

use bytes::Bytes;
use criterion::{Criterion, criterion_group, criterion_main};
use headroom::HeadroomLayer;
use http::{Request, Response};
use http_body_util::{BodyExt, Full};
use tower::{Service, ServiceExt};

/// Reads the whole request body and answers with a small JSON body.
async fn inner<B: http_body::Body>(req: Request<B>) -> Result<Response<Full<Bytes>>, Infallible> {
    let _ = req.into_body().collect().await;
    Ok(Response::new(Full::new(Bytes::from_static(br#"{"ok":true}"#))))
}

fn request(method: &str, path: &str, body: &Bytes) -> Request<Full<Bytes>> {
    Request::builder()
        .method(method)
        .uri(path)
        .header("content-type", "application/json")
        .header("content-length", body.len())
        .body(Full::new(body.clone()))
        .unwrap()
}

fn bodies() -> Vec<(&'static str, &'static str, &'static str, Bytes)> {
    let text = "The quick brown fox jumps over the lazy dog. ".repeat(100 << 10 >> 6);
    let passthrough =
        serde_json::to_vec(&serde_json::json!({"model": "gpt-4o", "messages": [{"role": "user", "content": text}]}))
            .unwrap();
    let corpus =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/corpus/a01-aws-ec2-security-groups.json"))
            .unwrap();
    vec![
        ("get_models", "GET", "/v1/models", Bytes::new()),
        ("chat_100kb_nothing_to_compress", "POST", "/v1/chat/completions", Bytes::from(passthrough)),
        ("chat_a01_compressed", "POST", "/v1/chat/completions", Bytes::from(corpus)),
    ]
}

fn layer_overhead(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let mut group = c.benchmark_group("layer");
    for (name, method, path, body) in bodies() {
        let bare = tower::service_fn(inner::<Full<Bytes>>);
        group.bench_function(format!("{name}/without"), |b| {
            b.to_async(&runtime).iter(|| {
                let svc = bare;
                let req = request(method, path, &body);
                async move { black_box(svc.oneshot(req).await.unwrap()) }
            })
        });
        let layered =
            HeadroomLayer::new().layer_service(tower::service_fn(inner::<headroom::layer::RequestBody<Full<Bytes>>>));
        group.bench_function(format!("{name}/with_layer"), |b| {
            b.to_async(&runtime).iter(|| {
                let mut svc = layered.clone();
                let req = request(method, path, &body);
                async move {
                    let response = svc.ready().await.unwrap().call(req).await.unwrap();
                    black_box(response.into_body().collect().await.unwrap())
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, layer_overhead);
criterion_main!(benches);
