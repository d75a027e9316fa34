//! headroom's BPE counts against tiktoken-rs on arbitrary text: the same count, for both
//! encodings, with no panic. Bytes that are not UTF-8 are read lossily, as the pipeline
//! never counts anything but `str`.
#![no_main]

use headroom::tokenizer::Encoding;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // tiktoken-rs's merge is quadratic in a piece's length: keep the reference fast.
    let text = String::from_utf8_lossy(&data[..data.len().min(4096)]);
    for encoding in [Encoding::O200kBase, Encoding::Cl100kBase] {
        assert_eq!(encoding.count(&text), encoding.reference_count(&text), "{encoding:?}");
    }
});
