//! Runs `headroom::compress` over a corpus many times, for profilers.
//!
//! `cargo run --release --example profile_corpus -- ../shared/corpus 20`. Every round after the
//! first sends the same bodies again, so the memo answers them (as on an agent's next turn);
//! with `NO_MEMO=1` every body is compressed every time (as the first time it is seen).
fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "../shared/corpus".into());
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(20);
    let config = headroom::Config::default().memoize(std::env::var_os("NO_MEMO").is_none());
    let cases: Vec<(Vec<u8>, headroom::Endpoint)> = headroom::eval::case_dirs(std::path::Path::new(&dir))
        .expect("corpus dir")
        .iter()
        .map(|d| {
            let body = std::fs::read(d.join("request.json")).expect("request.json");
            let endpoint = headroom::Endpoint::detect(&body).expect("endpoint");
            (body, endpoint)
        })
        .collect();
    let started = std::time::Instant::now();
    for _ in 0..rounds {
        for (body, endpoint) in &cases {
            let _ = headroom::compress(body, *endpoint, &config);
        }
    }
    println!("{} compressions in {:?}", rounds * cases.len(), started.elapsed());
}
