//! The whole `compress()` path on arbitrary bytes, for every endpoint: no panic, valid JSON in
//! gives valid JSON out, untouched bodies come back as the same bytes, never more tokens.
#![no_main]

use headroom::{Config, Endpoint};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let config = Config::default().min_tokens(8);
    for endpoint in Endpoint::ALL {
        let Ok(out) = headroom::compress(data, endpoint, &config) else { continue };
        if !out.is_rewritten() {
            assert_eq!(out.body, data);
            continue;
        }
        // A lone surrogate escape is JSON by the grammar but not to serde; its bytes pass
        // through untouched (tests/hostile.rs), so only strictly valid input is compared.
        let Ok(before) = serde_json::from_slice::<serde_json::Value>(data) else { continue };
        let after: serde_json::Value = serde_json::from_slice(&out.body).expect("output is JSON");
        if !out.report.tool_added {
            assert!(headroom::count::count_body(&after) <= headroom::count::count_body(&before));
        }
    }
});
