//! Without a usable ONNX Runtime, naming models disables them with a warning and changes
//! nothing else: no panic, no failed request. (Its own test binary: the runtime loads once per
//! process, and the other `ml` tests load a real one.)
#![cfg(all(feature = "ml", feature = "gateway"))]

use std::path::PathBuf;

use headroom::gateway::MlSettings;
use headroom::ml::{self, MlOptions};
use headroom::{Config, Endpoint};

#[test]
fn a_missing_runtime_disables_the_models_and_requests_still_compress() {
    let tiny = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ml/scores");
    let before = headroom::metrics::global().ml_fallbacks.get("runtime");
    let options = MlOptions {
        ort_library: Some("/nonexistent/libonnxruntime.so.1.31.1".into()),
        embedding_model: Some(tiny.clone()),
        text_model: Some(tiny.clone()),
        ..MlOptions::default()
    };
    let loaded = ml::load(&options);
    assert!(loaded.relevance.is_none() && loaded.text.is_none());
    assert_eq!(headroom::metrics::global().ml_fallbacks.get("runtime"), before + 1);
    let err = ml::environment(None).unwrap_err().to_string();
    assert!(err.contains("/nonexistent/libonnxruntime.so.1.31.1"), "the warning names the file: {err}");

    let settings = MlSettings { text_model: Some(tiny), ..MlSettings::default() };
    let config = settings.apply(Config::default()).expect("fails open");
    assert!(config.relevance.is_none());
    let body = serde_json::json!({
        "model": "gpt-4o",
        "messages": [
            {"role": "assistant", "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "cat", "arguments": "{}"}}]},
            {"role": "tool", "tool_call_id": "c1", "content": "The same paragraph of prose, sent again and again.\n\n".repeat(300)}
        ]
    })
    .to_string();
    let out = headroom::compress(body.as_bytes(), Endpoint::OpenAiChat, &config).unwrap();
    assert!(out.body.len() < body.len(), "the rules still compress");
}
