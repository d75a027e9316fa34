//! Compressors with a scorer by meaning (`Config::relevance`), driven by a stand-in scorer so
//! these run without ONNX Runtime: what the scorer ranks first stays, what both the rules and
//! the scorer rank low goes, and a scorer that cannot answer leaves the rules' output unchanged.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use headroom::transform::{Compressor, Context, JsonCrusher, Relevance, SearchCompressor, TextCompressor};
use headroom::{Config, Endpoint};

const ID: &str = "0123456789abcdef01234567";

/// Scores a passage 1 when it contains one of `close`, else 0: a model that "knows" which
/// passages answer, whatever words they share with the question.
#[derive(Debug)]
struct Oracle {
    close: Vec<&'static str>,
    calls: AtomicUsize,
}

impl Oracle {
    fn new(close: &[&'static str]) -> Self {
        Oracle { close: close.to_vec(), calls: AtomicUsize::new(0) }
    }
}

impl Relevance for Oracle {
    fn name(&self) -> &'static str {
        "oracle"
    }
    fn scores(&self, _query: &str, passages: &[&str], _deadline: Option<Instant>) -> Option<Vec<f32>> {
        self.calls.fetch_add(1, Ordering::Relaxed);
        Some(passages.iter().map(|p| if self.close.iter().any(|c| p.contains(c)) { 0.9 } else { 0.1 }).collect())
    }
}

/// A scorer that never answers in time.
#[derive(Debug)]
struct Late;

impl Relevance for Late {
    fn name(&self) -> &'static str {
        "late"
    }
    fn scores(&self, _query: &str, _passages: &[&str], _deadline: Option<Instant>) -> Option<Vec<f32>> {
        None
    }
}

fn guide() -> String {
    let mut doc = String::from("# Operations guide\n\nThis guide covers running the service.\n\n");
    // Fewer paragraphs than the scorer reads at most, so every one is scored.
    for i in 0..24 {
        doc.push_str(&format!(
            "## Topic {i}\n\nThe service handles topic {i} with its default settings, which suit most installations well; tune them only when measurements say so.\n\n"
        ));
    }
    doc.push_str("## Recovery\n\nIf the node loses power, replay the journal from the last checkpoint.\n");
    doc
}

#[test]
fn prose_keeps_the_paragraph_the_scorer_finds_even_without_shared_words() {
    let doc = guide();
    let answer = "If the node loses power, replay the journal from the last checkpoint.";
    let question = "What do I do after an outage?";
    let rules = TextCompressor.compress(&doc, &Context { question: Some(question), ..Context::bare(ID) }).unwrap();
    assert!(!rules.text.contains(answer), "the rules alone cannot find it: no shared words");
    let oracle = Oracle::new(&["replay the journal"]);
    let ctx = Context { question: Some(question), relevance: Some(&oracle), ..Context::bare(ID) };
    let out = TextCompressor.compress(&doc, &ctx).unwrap();
    assert!(out.text.contains(answer), "{}", out.text);
    assert!(out.text.contains("## Recovery"), "its heading comes with it");
    assert!(out.text.len() < doc.len() / 3);
}

fn hits() -> String {
    let mut hits: Vec<String> =
        (0..400).map(|i| format!("src/m{}.rs:{}:    let x = Widget::new({i});", i % 40, i + 10)).collect();
    hits.push("src/widget.rs:12:pub struct Widget {".into());
    hits.push("src/widget.rs:40:impl Default for Widget {".into());
    hits.join("\n")
}

#[test]
fn search_keeps_fewer_hits_with_a_scorer_and_never_the_definition_less() {
    let text = hits();
    let args = r#"{"pattern":"Widget"}"#;
    let question = Some("Where is Widget defined?");
    let rules =
        SearchCompressor.compress(&text, &Context { tool_args: Some(args), question, ..Context::bare(ID) }).unwrap();
    let oracle = Oracle::new(&["pub struct Widget"]);
    let ctx = Context { tool_args: Some(args), question, relevance: Some(&oracle), ..Context::bare(ID) };
    let out = SearchCompressor.compress(&text, &ctx).unwrap();
    assert!(out.text.contains("src/widget.rs:12:pub struct Widget {"));
    let hit_lines = |s: &str| s.lines().filter(|l| l.starts_with("src/")).count();
    assert!(hit_lines(&out.text) < hit_lines(&rules.text), "{} vs {}", hit_lines(&out.text), hit_lines(&rules.text));
}

#[test]
fn json_adds_the_item_the_scorer_finds_beyond_the_rules() {
    let items: Vec<String> = (0..60)
        .map(|i| {
            // Every note its own shape, so no rule finds one rare.
            let letters: String = format!("{i:02}").bytes().map(|b| char::from(b'a' + b - b'0')).collect();
            let note = if i == 37 {
                "customer reported the card was charged twice".into()
            } else {
                format!("order {letters} shipped")
            };
            format!(r#"{{"id":"ev_{i:03}","type":"charge.succeeded","amount":{},"note":"{note}"}}"#, 1000 + i)
        })
        .collect();
    let text = format!("[{}]", items.join(","));
    let question = Some("Was anybody billed two times?");
    let rules = JsonCrusher.compress(&text, &Context { question, ..Context::bare(ID) }).unwrap();
    assert!(!rules.text.contains("ev_037"), "the rules alone drop it: {}", rules.text);
    let oracle = Oracle::new(&["charged twice"]);
    let out =
        JsonCrusher.compress(&text, &Context { question, relevance: Some(&oracle), ..Context::bare(ID) }).unwrap();
    assert!(out.text.contains("ev_037"), "{}", out.text);
}

#[test]
fn a_scorer_that_cannot_answer_leaves_every_compressor_to_its_rules() {
    let question = Some("Where is Widget defined? What do I do after an outage?");
    let cases: [(&dyn Compressor, String); 2] = [(&TextCompressor, guide()), (&SearchCompressor, hits())];
    for (compressor, text) in cases {
        let rules = compressor.compress(&text, &Context { question, ..Context::bare(ID) });
        let late = compressor.compress(&text, &Context { question, relevance: Some(&Late), ..Context::bare(ID) });
        assert_eq!(rules, late, "{}", compressor.name());
    }
}

#[test]
fn the_pipeline_passes_the_configured_scorer_and_remembers_its_outputs_apart() {
    let oracle = Arc::new(Oracle::new(&["replay the journal"]));
    let body = serde_json::json!({
        "model": "gpt-4o",
        "messages": [
            {"role": "user", "content": "What do I do after an outage?"},
            {"role": "assistant", "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "read_doc", "arguments": "{}"}}]},
            {"role": "tool", "tool_call_id": "c1", "content": guide()}
        ]
    })
    .to_string();
    let config = Config::default().relevance(Some(oracle.clone() as Arc<dyn Relevance>));
    let out = headroom::compress(body.as_bytes(), Endpoint::OpenAiChat, &config).unwrap();
    let text = String::from_utf8(out.body.to_vec()).unwrap();
    assert!(text.contains("replay the journal"), "{text}");
    let calls = oracle.calls.load(Ordering::Relaxed);
    assert!(calls > 0);
    let again = headroom::compress(body.as_bytes(), Endpoint::OpenAiChat, &config).unwrap();
    assert_eq!(again.body, out.body, "same request, same bytes");
    assert_eq!(oracle.calls.load(Ordering::Relaxed), calls, "a re-sent block is not scored again");
    let plain = headroom::compress(body.as_bytes(), Endpoint::OpenAiChat, &Config::default()).unwrap();
    assert!(!String::from_utf8(plain.body.to_vec()).unwrap().contains("replay the journal"));
}
