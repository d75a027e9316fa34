//! Turns the shipped vocabularies (`data/*.tiktoken.gz`) into the tables the tokenizer reads
//! in place, so counting starts without decoding anything and the tables stay file-backed.

use std::path::PathBuf;

mod layout {
    include!("src/tokenizer/layout.rs");
}
mod tables {
    include!("src/tokenizer/tables.rs");
}

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for name in ["o200k_base", "cl100k_base"] {
        let path = format!("data/{name}.tiktoken.gz");
        println!("cargo::rerun-if-changed={path}");
        let gz = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let table = tables::build(&gz).unwrap_or_else(|e| panic!("{path}: {e}"));
        std::fs::write(out.join(format!("{name}.vocab")), table).expect("OUT_DIR is writable");
    }
    for file in ["build.rs", "src/tokenizer/layout.rs", "src/tokenizer/tables.rs"] {
        println!("cargo::rerun-if-changed={file}");
    }
}
