//! The published Headroom's `headroom proxy` (`../shared/peer`, installed by its `setup.sh`) as
//! a third arm: started the way `peer_headroom.py --via-proxy` starts it (offline, Kompress off,
//! `--mode cache`, and without its rate limit, which answers 429 to a load test), pointed at this
//! harness's mock provider.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::BodyExt;

use super::{HttpClient, cpu_time, ms, pct, rss_kib, scenario, start_proxy};

const PEER_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/peer");

/// What `peer_headroom.py` sets before Headroom starts, so that nothing reaches the network.
const OFFLINE_ENV: [(&str, &str); 8] = [
    ("HEADROOM_OFFLINE", "1"),
    ("HF_HUB_OFFLINE", "1"),
    ("TRANSFORMERS_OFFLINE", "1"),
    ("HEADROOM_BEACON", "off"),
    ("HEADROOM_TELEMETRY", "off"),
    ("HEADROOM_UPDATE_CHECK", "off"),
    ("DO_NOT_TRACK", "1"),
    ("HEADROOM_DISABLE_KOMPRESS", "1"),
];

/// A running peer proxy; killed, and its workspace removed, on drop.
pub struct Peer {
    child: Child,
    workspace: PathBuf,
    pub addr: SocketAddr,
    /// From spawning the process to its first `GET /livez` answered 200.
    pub started_in: Duration,
}

impl Peer {
    /// Starts `headroom proxy` from the venv that `python` belongs to, forwarding to `upstream`.
    pub fn start(python: &Path, upstream: SocketAddr) -> Result<Peer, String> {
        let cli = python.with_file_name("headroom");
        if !cli.exists() {
            return Err(format!("no `headroom` CLI next to {}: run ../shared/peer/setup.sh", python.display()));
        }
        let tiktoken = tiktoken_dir(python)?;
        let port = super::free_port();
        let workspace = std::env::temp_dir().join(format!("headroom-loadtest-peer-{}", std::process::id()));
        let started = Instant::now();
        let child = Command::new(&cli)
            .args(["proxy", "--host", "127.0.0.1", "--port", &port.to_string()])
            .args(["--anthropic-api-url", &format!("http://{upstream}")])
            .args(["--openai-api-url", &format!("http://{upstream}/v1")])
            .args(["--no-http2", "--no-subscription-tracking", "--no-telemetry", "--no-rate-limit", "--mode", "cache"])
            .envs(OFFLINE_ENV)
            .env("HEADROOM_WORKSPACE_DIR", &workspace)
            .env("TIKTOKEN_CACHE_DIR", tiktoken)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("{}: {e}", cli.display()))?;
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        let mut peer = Peer { child, workspace, addr, started_in: Duration::ZERO };
        while !livez(addr) {
            if let Ok(Some(status)) = peer.child.try_wait() {
                return Err(format!("the peer proxy exited during start: {status}"));
            }
            if started.elapsed() > Duration::from_secs(120) {
                return Err("the peer proxy did not answer /livez within 120 s".into());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        peer.started_in = started.elapsed();
        Ok(peer)
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Peer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.workspace);
    }
}

/// Where a copy of tiktoken's `o200k_base` lives in the peer's venv (litellm ships one), so
/// its own counter is the real one without a download.
fn tiktoken_dir(python: &Path) -> Result<String, String> {
    let script = format!(
        "import sys; sys.path.insert(0, {PEER_DIR:?}); import tokcount; print(tokcount.find_o200k_cache_dir() or '')"
    );
    let out = Command::new(python).args(["-c", &script]).output().map_err(|e| format!("{}: {e}", python.display()))?;
    let dir = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    if dir.is_empty() {
        return Err(format!("no o200k_base cache in the peer's venv: {}", String::from_utf8_lossy(&out.stderr)));
    }
    Ok(dir)
}

fn livez(addr: SocketAddr) -> bool {
    use std::io::{Read, Write};
    let Ok(mut stream) = std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(200)) else { return false };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    if stream.write_all(b"GET /livez HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n").is_err() {
        return false;
    }
    let mut head = [0u8; 12];
    stream.read_exact(&mut head).is_ok() && head.starts_with(b"HTTP/1.1 200")
}

/// What the side-by-side runs share: the client, the mock (the direct arm) and the warm-up.
pub struct Arms<'a> {
    pub client: &'a HttpClient,
    pub direct: SocketAddr,
    pub tiny: &'a [(String, Bytes)],
}

impl Arms<'_> {
    /// Starts the peer and a fresh proxy of ours, then measures both on the same requests.
    /// `ours_passthrough`: our added (p50, p99) on the 100 KB passthrough, measured earlier.
    pub async fn against_peer(
        &self,
        python: &Path,
        passthrough: &[(String, Bytes)],
        bodies: &[(String, Bytes)],
        ours_passthrough: Option<(Duration, Duration)>,
    ) -> Result<(), String> {
        let peer = Peer::start(python, self.direct)?;
        println!("\n# the published Headroom's proxy (pid {}), third arm", peer.pid());
        let before_warm_up = rss_kib(peer.pid()).0;
        for body in self.tiny {
            self.expect_ok(peer.addr, body).await?;
        }
        println!(
            "peer start to /livez 200: {:.0} ms; RSS {before_warm_up} KiB idle, {} KiB after one request per route",
            ms(peer.started_in),
            rss_kib(peer.pid()).0
        );
        let name = "100 KB chat, nothing to compress, concurrency 1, through the peer";
        let peer_passthrough =
            scenario(name, self.client, self.direct, peer.addr, peer.pid(), passthrough, 200, 1).await;
        if let (Some(ours), Some(theirs)) = (ours_passthrough, peer_passthrough) {
            println!("peer ÷ ours, added p50: {}", ratio(theirs.0, ours.0));
        }
        if bodies.is_empty() {
            return Ok(());
        }
        let (mut fresh, fresh_addr) = start_proxy(self.direct);
        let ours = (fresh_addr, fresh.id());
        // Both proxies see other tool outputs first (`tests/fixtures/untuned`), so that what
        // either sets up on its first compression is not counted against the corpus.
        let warm_up = super::corpus_bodies(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/untuned"));
        for body in self.tiny.iter().chain(&warm_up) {
            self.expect_ok(fresh_addr, body).await?;
            self.expect_ok(peer.addr, body).await?;
            settle(peer.pid()).await;
        }
        println!("both proxies warmed up on {} other bodies", warm_up.len());
        // Each round of first sights gets bodies neither proxy has seen: every long string
        // ends in as many more spaces as the round's number.
        let unseen: Vec<Vec<(String, Bytes)>> = (1..=FIRST_SIGHT_ROUNDS).map(|round| salted(bodies, round)).collect();
        let name =
            format!("corpus bodies ({} cases) in {FIRST_SIGHT_ROUNDS} unseen variants: first sight", bodies.len());
        self.corpus_pass(&name, &unseen, ours, &peer).await?;
        let last = unseen.last().expect("at least one round");
        let again = vec![last.clone(); 3];
        self.corpus_pass("the last variants re-sent 3 times: the peer's cache, our memo", &again, ours, &peer).await?;
        println!("peer peak RSS {} KiB; ours {} KiB", rss_kib(peer.pid()).1, rss_kib(fresh.id()).1);
        let _ = fresh.kill();
        Ok(())
    }

    /// Each round's bodies, one request at a time, direct then ours then the peer's, so drift
    /// on a shared machine hits all three arms alike; the peer's CPU counts until it is idle
    /// again.
    async fn corpus_pass(
        &self,
        name: &str,
        rounds: &[Vec<(String, Bytes)>],
        ours: (SocketAddr, u32),
        peer: &Peer,
    ) -> Result<(), String> {
        let (mut direct, mut through_ours, mut through_peer) = (Vec::new(), Vec::new(), Vec::new());
        let (mut ours_cpu, mut peer_cpu) = (Duration::ZERO, Duration::ZERO);
        for bodies in rounds {
            for body in bodies {
                direct.push(self.expect_ok(self.direct, body).await?);
                let cpu = cpu_time(ours.1);
                through_ours.push(self.expect_ok(ours.0, body).await?);
                ours_cpu += cpu_time(ours.1) - cpu;
                let cpu = cpu_time(peer.pid());
                through_peer.push(self.expect_ok(peer.addr, body).await?);
                settle(peer.pid()).await;
                peer_cpu += cpu_time(peer.pid()) - cpu;
            }
        }
        let n = direct.len();
        let (dp50, dp99) = (pct(&mut direct, 0.5), pct(&mut direct, 0.99));
        println!("\n## {name} ({n} requests per arm, concurrency 1)");
        println!("direct: p50 {:.3} ms  p99 {:.3} ms", ms(dp50), ms(dp99));
        let mut added = Vec::new();
        for (arm, times, cpu) in [("ours", &mut through_ours, ours_cpu), ("peer", &mut through_peer, peer_cpu)] {
            let (p50, p99) = (pct(times, 0.5), pct(times, 0.99));
            println!(
                "{arm}:   p50 {:.3} ms  p99 {:.3} ms  added p50 {:.3} ms  p99 {:.3} ms  CPU per request {:.0} µs",
                ms(p50),
                ms(p99),
                ms(p50.saturating_sub(dp50)),
                ms(p99.saturating_sub(dp99)),
                cpu.as_secs_f64() * 1e6 / n as f64
            );
            added.push(p50.saturating_sub(dp50));
        }
        println!("peer ÷ ours, added p50: {}", ratio(added[1], added[0]));
        Ok(())
    }

    /// One request, timed to its last byte; an answer that is not 2xx is an error.
    async fn expect_ok(&self, addr: SocketAddr, (path, body): &(String, Bytes)) -> Result<Duration, String> {
        let req = super::provider_request(addr, path, body);
        let started = Instant::now();
        let response = self.client.request(req).await.map_err(|e| format!("{path}: {e}"))?;
        let status = response.status();
        let answer = response.into_body().collect().await.map(|b| b.to_bytes()).unwrap_or_default();
        let elapsed = started.elapsed();
        if !status.is_success() {
            return Err(format!(
                "{addr}{path}: {status} {}",
                String::from_utf8_lossy(&answer[..answer.len().min(300)])
            ));
        }
        Ok(elapsed)
    }
}

/// Rounds of first sight: each sends every corpus body in a variant not seen before.
const FIRST_SIGHT_ROUNDS: usize = 3;

/// `bodies` with `round` more spaces at the end of every string longer than 512 bytes (the tool
/// outputs, among others), so that neither proxy has a compression of them remembered. Spaces
/// keep each output the kind it was: a line of text appended (as before 2026-12-07) turned a
/// JSON output into a log for both proxies and gave every source file a syntax error.
fn salted(bodies: &[(String, Bytes)], round: usize) -> Vec<(String, Bytes)> {
    fn salt(value: &mut serde_json::Value, spaces: &str) {
        match value {
            serde_json::Value::String(s) if s.len() > 512 => s.push_str(spaces),
            serde_json::Value::Array(items) => items.iter_mut().for_each(|v| salt(v, spaces)),
            serde_json::Value::Object(fields) => fields.values_mut().for_each(|v| salt(v, spaces)),
            _ => {}
        }
    }
    let spaces = " ".repeat(round);
    bodies
        .iter()
        .map(|(path, body)| {
            let mut value: serde_json::Value = serde_json::from_slice(body).expect("a corpus body is JSON");
            salt(&mut value, &spaces);
            (path.clone(), Bytes::from(serde_json::to_vec(&value).expect("JSON")))
        })
        .collect()
}

/// Waits until `pid` has used no CPU for 30 ms (at most 5 s): the peer goes on working after it
/// has answered, and that work would otherwise land on the next request of another arm.
async fn settle(pid: u32) {
    let started = Instant::now();
    let mut last = cpu_time(pid);
    while started.elapsed() < Duration::from_secs(5) {
        tokio::time::sleep(Duration::from_millis(30)).await;
        let now = cpu_time(pid);
        if now == last {
            return;
        }
        last = now;
    }
}

fn ratio(theirs: Duration, ours: Duration) -> String {
    if ours.is_zero() {
        return "ours rounds to zero".into();
    }
    format!("{:.0}×", theirs.as_secs_f64() / ours.as_secs_f64())
}
