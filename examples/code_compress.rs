//! Prints what the code compressor makes of a source file: `cargo run --example code_compress -- path [question]`.

use headroom::transform::{CodeCompressor, Compressor, Context};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: code_compress <path> [question]");
    let question = args.next();
    let text = std::fs::read_to_string(&path).expect("readable file");
    let call = format!(r#"{{"path": "{path}"}}"#);
    let ctx =
        Context { tool_args: Some(&call), question: question.as_deref(), ..Context::bare("0123456789abcdef01234567") };
    match CodeCompressor.compress(&text, &ctx) {
        Some(rewrite) => println!("{}", rewrite.text),
        None => eprintln!("nothing to elide"),
    }
}
