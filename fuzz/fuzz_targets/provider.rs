//! Every provider slice: index, then splice a replacement into every block. No panic; spans
//! lie on char boundaries and decode to the block's text; splicing keeps every byte outside
//! the blocks, a valid JSON body valid, and the re-index finds the same blocks. The first byte
//! picks the slice, so one corpus serves all three.
#![no_main]

use headroom::Endpoint;
use headroom::provider::{Edit, splice};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, body)) = data.split_first() else { return };
    let endpoint = Endpoint::ALL[pick as usize % Endpoint::ALL.len()];
    let Ok(text) = std::str::from_utf8(body) else { return };
    let Ok(index) = endpoint.index(text) else { return };
    for block in &index.blocks {
        assert!(text.is_char_boundary(block.span.start) && text.is_char_boundary(block.span.end));
        assert_eq!(serde_json::from_str::<String>(&text[block.span.clone()]).unwrap(), block.text);
    }
    let edits: Vec<Edit> = index.blocks.iter().map(|b| Edit::string(b.span.clone(), "x")).collect();
    let out = splice(body, edits).expect("block spans never overlap");
    // Strictly valid JSON stays valid; bytes the index tolerated but strict parsing refuses
    // (a lone surrogate escape outside any block) are left exactly as they came.
    if serde_json::from_slice::<serde_json::Value>(body).is_ok() {
        serde_json::from_slice::<serde_json::Value>(&out).expect("still JSON");
    }
    let again = endpoint.index(std::str::from_utf8(&out).unwrap()).unwrap();
    assert_eq!(again.blocks.len(), index.blocks.len());
});
