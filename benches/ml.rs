//! Model inference on one core (one ONNX Runtime thread), in tokens per second: MiniLM
//! embeddings for relevance (one 512-token window; 32 passages of up to 64 tokens, the most one
//! prose or search block asks for) and the same encoder as a token classifier over 2,048 tokens
//! of prose. Needs `eval "$(bash scripts/fetch_ml.sh)"`; without it, nothing runs.

use std::hint::black_box;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use headroom::ml::{Embedder, MlOptions, TokenClassifier};

fn setup() -> Option<(PathBuf, MlOptions)> {
    let (Some(_), Some(dir)) = (std::env::var_os("ORT_DYLIB_PATH"), std::env::var_os("HEADROOM_MINILM_DIR")) else {
        eprintln!("skipped: set ORT_DYLIB_PATH and HEADROOM_MINILM_DIR (eval \"$(bash scripts/fetch_ml.sh)\")");
        return None;
    };
    let options = MlOptions { max_block_tokens: 1 << 20, max_passage_tokens: 512, ..MlOptions::default() };
    Some((PathBuf::from(dir), options))
}

const SENTENCE: &str = "The gateway forwards each request after compressing the tool outputs it carries, ";

/// Texts never seen before, so the embedding cache cannot answer.
fn fresh(n: usize, words: usize) -> Vec<String> {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    (0..n)
        .map(|_| {
            let id = COUNTER.fetch_add(1, Ordering::Relaxed);
            let text: Vec<&str> = SENTENCE.split_whitespace().cycle().take(words).collect();
            format!("item {id} {}", text.join(" "))
        })
        .collect()
}

fn ml(c: &mut Criterion) {
    let Some((dir, options)) = setup() else { return };
    let embedder = Embedder::load(&dir, &options).expect("MiniLM loads");
    let classifier = TokenClassifier::load(&dir, &options).expect("MiniLM token head loads");
    let mut group = c.benchmark_group("ml_one_core");
    group.sample_size(10).measurement_time(Duration::from_secs(15));

    // One full window: 510 words of this text are about 512 tokens with [CLS] and [SEP].
    group.throughput(Throughput::Elements(512));
    group.bench_function("embed_512_token_window", |b| {
        b.iter_batched(
            || fresh(1, 440),
            |texts| embedder.embed(&[texts[0].as_str()], None).expect("runs"),
            BatchSize::PerIteration,
        )
    });

    // What one prose or search block costs at most by default: 32 passages of 64 tokens.
    let small = MlOptions { max_passage_tokens: 64, ..options.clone() };
    let embedder64 = Embedder::load(&dir, &small).expect("MiniLM loads");
    group.throughput(Throughput::Elements(32 * 64));
    group.bench_function("embed_32_passages_of_64_tokens", |b| {
        b.iter_batched(
            || fresh(32, 80),
            |texts| {
                let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
                embedder64.embed(&refs, None).expect("runs")
            },
            BatchSize::PerIteration,
        )
    });

    let prose = fresh(1, 1760).remove(0);
    let tokens = prose.split_whitespace().count() + prose.matches(',').count();
    group.throughput(Throughput::Elements(tokens as u64));
    group.bench_function("token_scores_2048_tokens", |b| {
        b.iter(|| classifier.word_scores(black_box(&prose), None).expect("runs"))
    });
    group.finish();
}

criterion_group!(benches, ml);
criterion_main!(benches);
