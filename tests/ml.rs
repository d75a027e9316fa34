//! The `ml` feature against real ONNX Runtime: the tiny committed models (known scores) and,
//! when `scripts/fetch_ml.sh` has built it, all-MiniLM-L6-v2.
//!
//! Needs `ORT_DYLIB_PATH` (and `HEADROOM_MINILM_DIR` for the MiniLM tests); without them each
//! test prints why it was skipped and passes. `.ci/run` sets both.
#![cfg(feature = "ml")]

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use headroom::ml::{self, Embedder, MlOptions, TokenClassifier};
use headroom::transform::{Compressor, Context, ModelTextCompressor, Relevance};

const ID: &str = "0123456789abcdef01234567";

fn runtime() -> Option<PathBuf> {
    match std::env::var_os("ORT_DYLIB_PATH") {
        Some(path) => Some(PathBuf::from(path)),
        None => {
            eprintln!("skipped: ORT_DYLIB_PATH is not set (eval \"$(bash scripts/fetch_ml.sh)\" sets it)");
            None
        }
    }
}

fn minilm() -> Option<PathBuf> {
    runtime()?;
    match std::env::var_os("HEADROOM_MINILM_DIR") {
        Some(dir) => Some(PathBuf::from(dir)),
        None => {
            eprintln!("skipped: HEADROOM_MINILM_DIR is not set (eval \"$(bash scripts/fetch_ml.sh)\" sets it)");
            None
        }
    }
}

fn tiny(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ml").join(kind)
}

fn options() -> MlOptions {
    MlOptions { ort_library: runtime(), ..MlOptions::default() }
}

fn classifier(kind: &str, options: &MlOptions) -> TokenClassifier {
    TokenClassifier::load(&tiny(kind), options).expect("tiny model loads")
}

#[test]
fn word_scores_are_the_models_and_windows_stay_within_512_tokens() {
    if runtime().is_none() {
        return;
    }
    let model = classifier("scores", &options());
    let words = model.word_scores("The crash  was\n  because", None).unwrap();
    let scored: Vec<(usize, usize, f32)> = words.iter().map(|w| (w.range.start, w.range.end, w.score)).collect();
    assert_eq!(scored.len(), 4);
    assert_eq!((scored[0].0, scored[0].1), (0, 3));
    assert!((scored[0].2 - 0.1).abs() < 1e-6 && (scored[1].2 - 0.9).abs() < 1e-6, "{scored:?}");
    assert_eq!((scored[3].0, scored[3].1), (17, 24));
    // 2,000 tokens: the model refuses any window over 512 (its position table has 512 rows), so
    // this only passes when the text is cut into windows and batched.
    let long = "the root cause was a leak in the cache layer ".repeat(200);
    let words = model.word_scores(&long, None).unwrap();
    assert_eq!(words.len(), 2000);
    for (i, w) in words.iter().enumerate() {
        let expected = match &long[w.range.clone()] {
            "root" | "cause" | "leak" => 0.9,
            "the" | "was" | "a" => 0.1,
            _ => continue,
        };
        assert!((w.score - expected).abs() < 1e-6, "word {i} {:?}: {}", &long[w.range.clone()], w.score);
    }
}

#[test]
fn logits_models_score_like_final_scores_models() {
    if runtime().is_none() {
        return;
    }
    let text = "we saw the server crash after deploy because memory grew until the kernel killed it ".repeat(40);
    let a = classifier("scores", &options()).word_scores(&text, None).unwrap();
    let b = classifier("logits", &options()).word_scores(&text, None).unwrap();
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x.range, y.range);
        assert!((x.score - y.score).abs() < 1e-3, "{} vs {}", x.score, y.score);
    }
}

fn asked() -> Context<'static> {
    Context { question: Some("why did the server crash after the deploy?"), ..Context::bare(ID) }
}

fn incident_report() -> String {
    let mut text = String::from("# Incident report\n\nerror: the OOM killer stopped worker-7 at 03:12\n\n");
    for i in 0..30 {
        text.push_str(&format!(
            "We saw the server crash after deploy {i} because the memory grew until the kernel killed the process.\n  The team found a very really quite leak in the cache layer and then added a limit.\n\n"
        ));
    }
    text
}

#[test]
fn the_text_model_keeps_the_target_share_lines_and_protected_words() {
    if runtime().is_none() {
        return;
    }
    let model = Arc::new(classifier("scores", &options()));
    let compressor = ModelTextCompressor::new(model);
    let text = incident_report();
    let out = compressor.compress(&text, &asked()).expect("long prose is compressed");
    assert!(out.lossy);
    let words = |s: &str| s.split_whitespace().count();
    let ratio = words(&out.text) as f64 / words(&text) as f64;
    assert!((0.4..0.65).contains(&ratio), "kept {ratio:.2} of the words");
    assert!(out.text.starts_with("# Incident report\n\n"), "{}", &out.text[..200]);
    assert!(out.text.contains("error: the OOM killer stopped worker-7 at 03:12"), "error lines stay whole");
    for i in 0..30 {
        assert!(out.text.contains(&format!("deploy {i} because")), "numbers and high scores stay: {i}");
    }
    assert!(out.text.contains(".\n  team found"), "indentation of continuation lines stays:\n{}", &out.text[..400]);
    assert!(!out.text.contains(" very "), "low-scored filler goes");
    assert!(out.text.contains(&format!("words omitted — headroom_retrieve {{\"id\":\"{ID}\"}}")));
    assert_eq!(out, compressor.compress(&text, &asked()).unwrap(), "same input, same bytes");
}

#[test]
fn models_that_cannot_answer_in_time_or_budget_leave_the_rules_in_charge() {
    if runtime().is_none() {
        return;
    }
    let small = MlOptions { max_block_tokens: 100, ..options() };
    let model = classifier("scores", &small);
    let text = incident_report();
    assert_eq!(model.word_scores(&text, None).unwrap_err(), ml::Fallback::Budget);
    let before = headroom::metrics::global().ml_fallbacks.get("budget");
    let compressor = ModelTextCompressor::new(Arc::new(model));
    let ruled = headroom::transform::TextCompressor.compress(&text, &asked());
    assert_eq!(compressor.compress(&text, &asked()), ruled);
    assert!(headroom::metrics::global().ml_fallbacks.get("budget") > before);

    let model = classifier("scores", &options());
    let past = Instant::now() - Duration::from_millis(1);
    assert_eq!(model.word_scores(&text, Some(past)).unwrap_err(), ml::Fallback::Deadline);
}

#[test]
fn a_model_without_the_interface_is_refused_with_the_reason() {
    if runtime().is_none() {
        return;
    }
    let err = Embedder::load(&tiny("scores"), &options()).unwrap_err().to_string();
    assert!(err.contains("last_hidden_state"), "{err}");
    let err = TokenClassifier::load(Path::new("/nonexistent"), &options()).unwrap_err().to_string();
    assert!(err.contains("/nonexistent"), "{err}");
}

fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

#[test]
fn minilm_matches_the_numpy_reference_and_known_similarities() {
    let Some(dir) = minilm() else { return };
    let embedder = Embedder::load(&dir, &options()).expect("MiniLM loads");
    let reference: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("reference.json")).unwrap()).unwrap();
    for case in reference.as_array().unwrap() {
        let text = case["text"].as_str().unwrap();
        let expected: Vec<f32> =
            case["embedding"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap() as f32).collect();
        let got = &embedder.embed(&[text], None).unwrap()[0];
        let max_diff = got.iter().zip(&expected).map(|(a, b)| (a - b).abs()).fold(0f32, f32::max);
        assert!(max_diff < 1e-4, "{text}: max difference {max_diff}");
    }
    let v = embedder
        .embed(
            &["The cat sits on the mat.", "A cat is sitting on a rug.", "Quarterly revenue grew by 12 percent."],
            None,
        )
        .unwrap();
    // sentence-transformers' own numbers for all-MiniLM-L6-v2 (also checked against candle).
    assert!((dot(&v[0], &v[1]) - 0.7689).abs() < 2e-3, "{}", dot(&v[0], &v[1]));
    assert!((dot(&v[0], &v[2]) + 0.0236).abs() < 2e-3, "{}", dot(&v[0], &v[2]));
}

#[test]
fn minilm_ranks_the_line_that_answers_above_unrelated_lines() {
    let Some(dir) = minilm() else { return };
    let embedder = Embedder::load(&dir, &options()).expect("MiniLM loads");
    // The answer shares no word with the question.
    let lines = [
        "The project is licensed under the Apache License, Version 2.0.",
        "Contributions are welcome; please open an issue before a large pull request.",
        "Connections to the database are pooled, with at most 32 open at a time.",
        "Forgot your login credentials? Use the sign-in page's recovery link, which emails a one-time code.",
        "The logo was designed by a community member in 2019.",
        "Release notes for each version are published on the project's website.",
    ];
    let scores = embedder.scores("how do I reset my password?", &lines, None).unwrap();
    let best = (0..lines.len()).max_by(|&a, &b| scores[a].total_cmp(&scores[b])).unwrap();
    assert_eq!(best, 3, "scores {scores:?}");
    for unrelated in [0, 1, 4, 5] {
        assert!(scores[3] > scores[unrelated] + 0.1, "scores {scores:?}");
    }
}

#[test]
fn minilm_in_the_pipeline_is_deterministic_and_its_memory_is_reported() {
    let Some(dir) = minilm() else { return };
    let mut doc = String::from("# Operations guide\n\nThis guide covers running the service.\n\n");
    for i in 0..30 {
        doc.push_str(&format!("## Topic {i}\n\nThe service handles topic {i} with its default settings, which suit most installations.\n\n"));
    }
    doc.push_str("## Recovery\n\nIf the node loses power, replay the journal from the last checkpoint.\n");
    let body = serde_json::json!({
        "model": "gpt-4o",
        "messages": [
            {"role": "user", "content": "What do I do after a power outage of the service?"},
            {"role": "assistant", "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "read_doc", "arguments": "{}"}}]},
            {"role": "tool", "tool_call_id": "c1", "content": doc}
        ]
    })
    .to_string();
    let run = || {
        // A fresh model each time: nothing comes from a cache.
        let settings = ml::Ml { relevance: Some(Arc::new(Embedder::load(&dir, &options()).unwrap())), text: None };
        let config = settings.apply(headroom::Config::default().memoize(false));
        headroom::compress(body.as_bytes(), headroom::Endpoint::OpenAiChat, &config).unwrap().body
    };
    let first = run();
    assert!(String::from_utf8_lossy(&first).contains("replay the journal"), "the answer is kept");
    assert_eq!(first, run(), "same request, same bytes, across model instances");
    let metrics = headroom::metrics::global().render_prometheus();
    let line =
        metrics.lines().find(|l| l.starts_with("headroom_ml_model_bytes{model=\"embedding\"}")).expect("reported");
    let bytes: u64 = line.rsplit(' ').next().unwrap().parse().unwrap();
    assert!(bytes > 80 << 20, "MiniLM holds about 90 MB of weights: {line}");
}

#[test]
fn hostile_text_reaches_the_models_without_panics_or_long_stalls() {
    if runtime().is_none() {
        return;
    }
    let model = Arc::new(classifier("scores", &options()));
    let compressor = ModelTextCompressor::new(model.clone());
    let huge = "word ".repeat(2_000_000);
    assert_eq!(model.word_scores(&huge, None).unwrap_err(), ml::Fallback::Budget, "refused before tokenizing");
    let odd = format!("{}\u{200b}\u{feff}é\r\n\t\u{0}{}", "crash ".repeat(700), "🦀 ".repeat(700));
    let ctx = asked();
    let out = compressor.compress(&odd, &ctx);
    assert_eq!(out, compressor.compress(&odd, &ctx));
    if let Some(out) = out {
        assert!(out.text.contains("🦀"));
    }
}
