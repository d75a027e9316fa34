//! The Endpoint::AnthropicMessages slice: index, then splice a replacement into every block: no panic; spans lie
//! inside the body on char boundaries; splicing keeps every byte outside the blocks and a
//! valid JSON body valid.
#![no_main]

use headroom::Endpoint;
use headroom::provider::{Edit, splice};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(index) = Endpoint::AnthropicMessages.index(text) else { return };
    for block in &index.blocks {
        assert!(text.is_char_boundary(block.span.start) && text.is_char_boundary(block.span.end));
        assert_eq!(serde_json::from_str::<String>(&text[block.span.clone()]).unwrap(), block.text);
    }
    let edits: Vec<Edit> = index.blocks.iter().map(|b| Edit::string(b.span.clone(), "x")).collect();
    let out = splice(data, edits).expect("block spans never overlap");
    // Strictly valid JSON stays valid; bytes the index tolerated but strict parsing refuses
    // (a lone surrogate escape outside any block) are left exactly as they came.
    if serde_json::from_slice::<serde_json::Value>(data).is_ok() {
        serde_json::from_slice::<serde_json::Value>(&out).expect("still JSON");
    }
    let again = Endpoint::AnthropicMessages.index(std::str::from_utf8(&out).unwrap()).unwrap();
    assert_eq!(again.blocks.len(), index.blocks.len());
});
