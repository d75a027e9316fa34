//! headroom's own BPE counts against tiktoken-rs, the reference, over every text fixture.

use std::path::Path;

use headroom::tokenizer::Encoding;

fn texts(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            texts(&path, out);
        } else if let Ok(text) = std::fs::read_to_string(&path) {
            out.push((path.display().to_string(), text));
        }
    }
}

#[test]
fn every_fixture_counts_as_tiktoken_does() {
    let mut all = Vec::new();
    texts(Path::new("tests/fixtures"), &mut all);
    assert!(all.len() > 50, "{} fixtures", all.len());
    for (path, text) in &all {
        // As JSON text and, where it parses, each string inside: both shapes reach the counter.
        let mut strings = vec![text.clone()];
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(text) {
            collect_strings(&value, &mut strings);
        }
        for encoding in [Encoding::O200kBase, Encoding::Cl100kBase] {
            for s in &strings {
                assert_eq!(encoding.count(s), encoding.reference_count(s), "{encoding:?} {path}: {:.80}", s);
            }
        }
    }
}

fn collect_strings(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_strings(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| collect_strings(v, out)),
        _ => {}
    }
}

#[test]
fn hostile_texts_count_as_tiktoken_does() {
    let texts = [
        "\u{feff}bom then text",
        "  \n\n\t \r\n   trailing   ",
        "'S 'LL 're 'Ve don't WE'RE",
        "日本語のテキストと English mixed 한국어 текст",
        "e\u{301}\u{302}\u{303} combining marks \u{200d}\u{fe0f}",
        "🙂🙃👍🏽 emoji 👨‍👩‍👧‍👦",
        "1234567890123 3.14159 -0x1F 1e-9",
        "\u{0}\u{1}\u{7f} control \u{85} \u{2028} separators",
        "<|endoftext|><|fim_prefix|> special spellings",
    ];
    for encoding in [Encoding::O200kBase, Encoding::Cl100kBase] {
        for text in texts {
            assert_eq!(encoding.count(text), encoding.reference_count(text), "{encoding:?} {text:?}");
        }
        let spaces = " ".repeat(10_000) + "x" + &"\n".repeat(5_000);
        assert_eq!(encoding.count(&spaces), encoding.reference_count(&spaces), "{encoding:?} whitespace runs");
    }
}
