//! The code compressor with tree-sitter on mimalloc, as the `headroom` binary runs it: trees
//! come from mimalloc's heap, and the same bytes come out as on libc's `malloc` (the other
//! code tests run on libc's; this file is its own process, so it may switch first).
#![cfg(feature = "code")]

use headroom::transform::{CodeCompressor, Compressor, Context, Lang};

const ID: &str = "0123456789abcdef01234567";

/// Where the libc-malloc child writes its output.
const LIBC_OUT: &str = "HEADROOM_TEST_LIBC_OUT";

/// Large enough to be parsed as two halves on two threads, freed on either.
fn compress_large() -> String {
    let file = std::fs::read_to_string("tests/fixtures/code/tokio.rs").unwrap();
    let source = file.repeat((200 << 10) / file.len() + 1);
    let call = r#"{"path": "src/tokio.rs"}"#;
    let ctx = Context { tool_args: Some(call), ..Context::bare(ID) };
    CodeCompressor.compress(&source, &ctx).expect("bodies elided").text
}

#[test]
fn trees_come_from_mimalloc_and_outputs_match_libc_malloc() {
    if std::env::var_os(LIBC_OUT).is_some() {
        return;
    }
    // SAFETY: the other test in this process touches tree-sitter only in its own child
    // process, and nothing else has yet.
    unsafe { headroom::transform::parse_with_mimalloc() };

    let mut parser = tree_sitter::Parser::new();
    parser.set_language(&Lang::Rust.grammar()).unwrap();
    let tree = parser.parse("fn main() {}", None).unwrap().into_raw();
    // SAFETY: `tree` is live; it goes back into a `Tree` to be freed.
    assert!(unsafe { libmimalloc_sys::mi_is_in_heap_region(tree.cast()) }, "tree-sitter still on libc");
    drop(unsafe { tree_sitter::Tree::from_raw(tree) });

    let on_mimalloc = compress_large();
    for _ in 0..3 {
        assert_eq!(compress_large(), on_mimalloc);
    }
    let out = std::env::temp_dir().join(format!("headroom-libc-out-{}", std::process::id()));
    let child = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "libc_malloc_output", "--test-threads=1"])
        .env(LIBC_OUT, &out)
        .status()
        .unwrap();
    assert!(child.success());
    let on_libc = std::fs::read_to_string(&out).unwrap();
    let _ = std::fs::remove_file(&out);
    assert_eq!(on_mimalloc, on_libc);
}

/// Run by the test above in a child process: the same compression on libc's `malloc`.
#[test]
fn libc_malloc_output() {
    let Some(out) = std::env::var_os(LIBC_OUT) else { return };
    std::fs::write(out, compress_large()).unwrap();
}
