//! The code compressor on arbitrary text in each language (the first byte picks it): no panic,
//! deterministic, and whatever it returns parses with no more errors than the input.
#![no_main]

use headroom::transform::{CodeCompressor, Compressor, Context, Lang};
use libfuzzer_sys::fuzz_target;

fn errors(lang: Lang, text: &str) -> usize {
    let mut parser = tree_sitter::Parser::new();
    parser.set_language(&lang.grammar()).unwrap();
    let tree = parser.parse(text, None).unwrap();
    let mut count = 0;
    let mut cursor = tree.walk();
    loop {
        let node = cursor.node();
        count += usize::from(node.is_error() || node.is_missing());
        if cursor.goto_first_child() {
            continue;
        }
        while !cursor.goto_next_sibling() {
            if !cursor.goto_parent() {
                return count;
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let lang = Lang::ALL[usize::from(pick) % Lang::ALL.len()];
    let ext = ["py", "js", "ts", "tsx", "rs", "go", "java", "c", "cpp", "rb"][usize::from(pick) % 10];
    let args = format!(r#"{{"path":"src/x.{ext}"}}"#);
    let ctx = Context { tool_args: Some(&args), question: Some("what does run do?"), ..Context::bare("0123456789abcdef01234567") };
    let first = CodeCompressor.compress(text, &ctx);
    assert_eq!(first, CodeCompressor.compress(text, &ctx), "not deterministic");
    if let Some(out) = first {
        let numbered = text.lines().next().is_some_and(|l| l.trim_start().starts_with(|c: char| c.is_ascii_digit()));
        if !numbered {
            assert!(errors(lang, &out.text) <= errors(lang, text), "output parses worse:\n{}", out.text);
        }
    }
});
