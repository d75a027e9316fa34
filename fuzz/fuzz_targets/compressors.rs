//! Every compressor on arbitrary text with an arbitrary question: no panic, deterministic,
//! a log compressor keeps every line with an error signal, and crushed JSON is JSON.
#![no_main]

use headroom::transform::signals::is_error;
use headroom::transform::*;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (question, text) = text.split_once('\u{1}').unwrap_or(("why did it fail?", text));
    let ctx = Context { question: Some(question), tool_args: Some(r#"{"pattern":"error"}"#), ..Context::bare("0123456789abcdef01234567") };
    let all: [&dyn Compressor; 6] = [&JsonCrusher, &LogCompressor, &SearchCompressor, &DiffCompressor, &HtmlCompressor, &TextCompressor];
    for c in all {
        let first = c.compress(text, &ctx);
        assert_eq!(first, c.compress(text, &ctx), "{} is not deterministic", c.name());
    }
    if let Some(out) = LogCompressor.compress(text, &ctx) {
        for line in text.split('\n').filter(|l| is_error(l)) {
            assert!(out.text.contains(line), "log compressor lost {line:?}");
        }
    }
    // A JSON document crushed is still JSON, up to the retrieval marker on its own last line.
    if serde_json::from_str::<serde_json::Value>(text).is_ok() {
        if let Some(out) = JsonCrusher.compress(text, &ctx) {
            let json = if out.lossy { out.text.rsplit_once('\n').expect("a marker line").0 } else { &out.text };
            assert!(serde_json::from_str::<serde_json::Value>(json).is_ok(), "crushed JSON is not JSON: {json}");
        }
    }
    let _ = detect(text, None);
});
