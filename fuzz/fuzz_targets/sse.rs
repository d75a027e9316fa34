//! The SSE framer and usage reader on arbitrary bytes split at an arbitrary point: no panic,
//! and the split never changes what is seen.
#![no_main]

use headroom::provider::sse::{SseFramer, Usage};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let cut = data.first().map_or(0, |b| *b as usize % (data.len() + 1));
    let frame = |chunks: &[&[u8]]| {
        let mut framer = SseFramer::new();
        let mut events = Vec::new();
        let mut usage = Usage::default();
        for c in chunks {
            framer.push(c, |e| {
                usage.observe_json(&e.data);
                events.push(e);
            });
        }
        (events, usage)
    };
    assert_eq!(frame(&[data]), frame(&[&data[..cut], &data[cut..]]));
});
