//! The `headroom` command line: `compress` one request body, `eval` a corpus.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use headroom::{Config, Endpoint};

#[derive(Parser)]
#[command(name = "headroom", version, about = "Make LLM requests smaller before they leave")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compress one request body and print the result.
    Compress {
        /// The request body (JSON).
        request: PathBuf,
        /// openai-chat, openai-responses or anthropic; detected from the body when absent.
        #[arg(long)]
        endpoint: Option<String>,
        /// Where to write the compressed body (stdout when absent).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Also print one line per block: kind, compressor, decision, tokens.
        #[arg(short, long)]
        verbose: bool,
        #[command(flatten)]
        ml: MlArgs,
    },
    /// Serve a drop-in OpenAI/Anthropic-compatible endpoint that compresses requests.
    Proxy(ProxyArgs),
    /// Run the pipeline over a corpus of case folders and report tokens, facts and time.
    Eval {
        /// A folder of case folders (each with request.json and case.json).
        dir: PathBuf,
        /// Also write per-case rows and the total as JSON here.
        #[arg(long)]
        json: Option<PathBuf>,
        #[command(flatten)]
        ml: MlArgs,
    },
}

/// Models for the `ml` feature (a build with `--features ml`).
#[derive(clap::Args)]
struct MlArgs {
    /// Sentence-embedding model directory (model.onnx, tokenizer.json) to rank by meaning.
    #[arg(long, env = "HEADROOM_ML_EMBEDDING")]
    ml_embedding: Option<PathBuf>,
    /// Token-classification model directory (a Kompress / LLMLingua-2 ONNX export) for prose.
    #[arg(long, env = "HEADROOM_ML_TEXT")]
    ml_text: Option<PathBuf>,
    /// libonnxruntime.so (>= 1.31) [default: $ORT_DYLIB_PATH].
    #[arg(long, env = "HEADROOM_ORT_LIBRARY")]
    ort_library: Option<PathBuf>,
    /// Threads per inference [default: 1].
    #[arg(long, env = "HEADROOM_ML_THREADS")]
    ml_threads: Option<usize>,
}

impl MlArgs {
    fn settings(self) -> headroom::gateway::MlSettings {
        headroom::gateway::MlSettings {
            ort_library: self.ort_library,
            embedding_model: self.ml_embedding,
            text_model: self.ml_text,
            threads: self.ml_threads,
            ..Default::default()
        }
    }
}

/// `headroom proxy` flags; each also reads a `HEADROOM_*` variable and the TOML file.
#[derive(clap::Args)]
struct ProxyArgs {
    /// Address to bind [default: 127.0.0.1].
    #[arg(long, env = "HEADROOM_HOST")]
    host: Option<String>,
    /// Port to listen on [default: 8787].
    #[arg(long, env = "HEADROOM_PORT")]
    port: Option<u16>,
    /// OpenAI (or compatible) upstream base URL [default: https://api.openai.com].
    #[arg(long, env = "HEADROOM_OPENAI_UPSTREAM")]
    openai_upstream: Option<String>,
    /// Anthropic upstream base URL [default: https://api.anthropic.com].
    #[arg(long, env = "HEADROOM_ANTHROPIC_UPSTREAM")]
    anthropic_upstream: Option<String>,
    /// Require this token in `x-headroom-token` on every request.
    #[arg(long, env = "HEADROOM_AUTH_TOKEN", hide_env_values = true)]
    auth_token: Option<String>,
    /// Requests per minute per credential, e.g. `600/min` [default: unlimited].
    #[arg(long, env = "HEADROOM_RATE_LIMIT")]
    rate_limit: Option<String>,
    /// Largest request body buffered for compression, in MiB [default: 32].
    #[arg(long, env = "HEADROOM_MAX_BODY_MB")]
    max_body_mb: Option<usize>,
    /// Seconds to wait for upstream headers or between body chunks [default: 300].
    #[arg(long, env = "HEADROOM_IDLE_TIMEOUT_SECS")]
    idle_timeout_secs: Option<u64>,
    /// Keep originals in this Redis so replicas share them (needs feature `redis`).
    #[arg(long, env = "HEADROOM_REDIS_URL")]
    redis_url: Option<String>,
    /// Compress every block on every request instead of remembering rewrites (for measuring).
    #[arg(long, env = "HEADROOM_NO_MEMO")]
    no_memo: bool,
    /// Threads one request's large blocks (two or more of 16 KB+) are compressed on at most
    /// [default: one per core, at most 4]. `1` compresses them one after another.
    #[arg(long, env = "HEADROOM_BLOCK_THREADS")]
    block_threads: Option<usize>,
    /// Threads serving connections [default: one per core]. `1` suits a sidecar that serves
    /// one agent at a time: no hand-offs between threads; more cores serve more at once.
    #[arg(long, env = "HEADROOM_WORKERS")]
    workers: Option<usize>,
    #[command(flatten)]
    ml: MlArgs,
    /// A TOML file with any of the settings above (flags and variables win).
    #[arg(long, env = "HEADROOM_CONFIG")]
    config: Option<PathBuf>,
}

fn main() -> ExitCode {
    // SAFETY: nothing has touched tree-sitter yet; this binary parses only through headroom.
    unsafe { headroom::transform::parse_with_mimalloc() };
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Proxy(args) => proxy(args),
        Command::Compress { request, endpoint, output, verbose, ml } => {
            compress(request, endpoint, output, verbose, ml)
        }
        Command::Eval { dir, json, ml } => eval(dir, json, ml),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("headroom: {message}");
            ExitCode::FAILURE
        }
    }
}

fn compress(
    request: PathBuf,
    endpoint: Option<String>,
    output: Option<PathBuf>,
    verbose: bool,
    ml: MlArgs,
) -> Result<(), String> {
    let config = ml.settings().apply(Config::default()).map_err(|e| e.to_string())?;
    let body = std::fs::read(&request).map_err(|e| format!("{}: {e}", request.display()))?;
    let endpoint = match endpoint {
        Some(name) => Endpoint::from_name(&name)
            .ok_or_else(|| format!("unknown endpoint {name:?}: use openai-chat, openai-responses or anthropic"))?,
        None => Endpoint::detect(&body).ok_or("cannot tell the endpoint from the body; pass --endpoint")?,
    };
    let compressed = headroom::compress(&body, endpoint, &config).map_err(|e| e.to_string())?;
    if verbose {
        for b in &compressed.report.blocks {
            eprintln!(
                "message={} tool={} kind={} compressor={} decision={:?} tokens={}->{}",
                b.message,
                b.tool_name.as_deref().unwrap_or("-"),
                b.kind.map_or("-", |k| k.name()),
                b.compressor.unwrap_or("-"),
                b.decision,
                b.tokens_before,
                b.tokens_after
            );
        }
    }
    let count = |bytes: &[u8]| serde_json::from_slice(bytes).map(|v| headroom::count::count_body(&v)).unwrap_or(0);
    eprintln!(
        "tokens_before={} tokens_after={} blocks_rewritten={}",
        count(&body),
        count(&compressed.body),
        compressed.report.rewritten()
    );
    match output {
        Some(path) => std::fs::write(&path, &compressed.body).map_err(|e| format!("{}: {e}", path.display())),
        None => std::io::stdout().write_all(&compressed.body).map_err(|e| e.to_string()),
    }
}

fn eval(dir: PathBuf, json: Option<PathBuf>, ml: MlArgs) -> Result<(), String> {
    let cases = headroom::eval::case_dirs(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    if cases.is_empty() {
        return Err(format!("no case folders with request.json under {}", dir.display()));
    }
    // Each case runs several times to time it: remembering rewrites would time the memo.
    let config = ml.settings().apply(Config::default().memoize(false)).map_err(|e| e.to_string())?;
    let mut results = Vec::new();
    println!("{:<40} {:>9} {:>9} {:>6} {:>6} {:>6} {:>8}", "case", "before", "after", "ratio", "kept", "recov", "ms");
    for case in cases {
        let result = headroom::eval::run_case(&case, &config).map_err(|e| format!("{}: {e}", case.display()))?;
        println!(
            "{:<40} {:>9} {:>9} {:>6.3} {:>3}/{:<2} {:>3}/{:<2} {:>8.3}{}",
            result.id,
            result.tokens_before,
            result.tokens_after,
            result.tokens_after as f64 / result.tokens_before.max(1) as f64,
            result.facts_kept,
            result.facts_total,
            result.facts_recoverable,
            result.facts_total,
            result.ms,
            if result.lost.is_empty() { String::new() } else { format!("  lost: {:?}", result.lost) }
        );
        results.push(result);
    }
    let totals = headroom::eval::totals(&results);
    println!("{}", totals.line());
    if let Some(path) = json {
        let doc = serde_json::json!({"cases": results, "total": totals});
        std::fs::write(&path, serde_json::to_vec_pretty(&doc).unwrap_or_default())
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// The gateway's settings and the number of threads serving connections (`None`: one per core).
fn gateway_config(args: ProxyArgs) -> Result<(headroom::gateway::GatewayConfig, Option<usize>), String> {
    use headroom::gateway::{FileConfig, GatewayConfig, parse_listen, parse_rate, parse_upstream};
    let file = match &args.config {
        Some(path) => FileConfig::load(path).map_err(|e| e.to_string())?,
        None => FileConfig::default(),
    };
    let mut config = GatewayConfig::default();
    let host = args.host.or(file.host).unwrap_or_else(|| "127.0.0.1".into());
    let port = args.port.or(file.port).unwrap_or(8787);
    config.listen = parse_listen(&host, port).map_err(|e| e.to_string())?;
    if let Some(url) = args.openai_upstream.or(file.openai_upstream) {
        config.openai_upstream = parse_upstream("openai_upstream", &url).map_err(|e| e.to_string())?;
    }
    if let Some(url) = args.anthropic_upstream.or(file.anthropic_upstream) {
        config.anthropic_upstream = parse_upstream("anthropic_upstream", &url).map_err(|e| e.to_string())?;
    }
    config.auth_token = args.auth_token.or(file.auth_token).filter(|t| !t.is_empty());
    if let Some(rate) = args.rate_limit.or(file.rate_limit) {
        config.rate_limit_per_minute = Some(parse_rate(&rate).map_err(|e| e.to_string())?);
    }
    if let Some(mb) = args.max_body_mb.or(file.max_body_mb) {
        config.max_body_bytes = mb.checked_mul(1 << 20).ok_or("max_body_mb is too large")?;
    }
    if let Some(secs) = args.idle_timeout_secs.or(file.idle_timeout_secs) {
        config.idle_timeout = std::time::Duration::from_secs(secs.max(1));
    }
    if let Some(secs) = file.connect_timeout_secs {
        config.connect_timeout = std::time::Duration::from_secs(secs.max(1));
    }
    if let Some(secs) = file.shutdown_grace_secs {
        config.shutdown_grace = std::time::Duration::from_secs(secs);
    }
    config.redis_url = args.redis_url.or(file.redis_url);
    config.memoize = !args.no_memo && file.memoize.unwrap_or(true);
    config.block_threads = args.block_threads.or(file.block_threads);
    if config.block_threads == Some(0) {
        return Err("block_threads must be at least 1".into());
    }
    config.ml = args.ml.settings().or(file.ml.unwrap_or_default());
    if let Some(on) = file.report_headers {
        config.report_headers = on;
    }
    let workers = args.workers.or(file.workers);
    if workers == Some(0) {
        return Err("workers must be at least 1".into());
    }
    Ok((config, workers))
}

fn proxy(args: ProxyArgs) -> Result<(), String> {
    let (config, workers) = gateway_config(args)?;
    let filter = tracing_subscriber::EnvFilter::try_from_env("HEADROOM_LOG").unwrap_or_else(|_| "warn".into());
    tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).init();
    keep_freed_memory();
    // Compression is CPU-bound: more blocking threads than a few per core only add memory.
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut runtime = tokio::runtime::Builder::new_multi_thread();
    runtime.enable_all().max_blocking_threads((2 * cores).max(4));
    if let Some(n) = workers {
        runtime.worker_threads(n);
    }
    let runtime = runtime.build().map_err(|e| e.to_string())?;
    runtime.block_on(async move {
        // Signal handlers go in before the port opens, so a SIGTERM is never the default kill.
        let shutdown = ShutdownSignal::install().map_err(|e| e.to_string())?;
        let compressors = format!("{:?}", headroom::Config::default().compressors);
        let open = !config.listen.ip().is_loopback() && config.auth_token.is_none();
        let banner = format!(
            "headroom proxy on http://{{addr}} → openai {} · anthropic {} · compressors {compressors}",
            config.openai_upstream, config.anthropic_upstream
        );
        let running = headroom::gateway::Gateway::new(config).bind().await.map_err(|e| e.to_string())?;
        eprintln!("{}", banner.replace("{addr}", &running.addr().to_string()));
        if open {
            eprintln!("warning: listening on a non-loopback address without --auth-token: anyone who can reach it can use your upstream credentials' quota");
        }
        shutdown.recv().await;
        eprintln!("headroom proxy: shutting down, letting in-flight requests finish");
        running.shutdown().await;
        Ok(())
    })
}

/// SIGINT and SIGTERM, registered when created.
struct ShutdownSignal {
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
}

impl ShutdownSignal {
    fn install() -> std::io::Result<Self> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            Ok(ShutdownSignal {
                interrupt: signal(SignalKind::interrupt())?,
                terminate: signal(SignalKind::terminate())?,
            })
        }
        #[cfg(not(unix))]
        Ok(ShutdownSignal {})
    }

    async fn recv(mut self) {
        #[cfg(unix)]
        tokio::select! {
            _ = self.interrupt.recv() => {}
            _ = self.terminate.recv() => {}
        }
        #[cfg(not(unix))]
        {
            let _ = &mut self;
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}

/// Keeps glibc's allocator from returning each request's large buffers to the kernel only to
/// fault them in again on the next one: with its defaults, freed blocks over 128 KB go back at
/// once, and a re-sent corpus body cost 15–20 % more CPU (`loadtest --only re-sent`). Up to
/// 32 MB of freed memory is kept for reuse instead. `MALLOC_*_` variables in the environment,
/// where set, win. Called before the runtime starts any thread.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn keep_freed_memory() {
    let settings = [
        ("MALLOC_MMAP_THRESHOLD_", libc::M_MMAP_THRESHOLD, 8 << 20),
        ("MALLOC_TRIM_THRESHOLD_", libc::M_TRIM_THRESHOLD, 32 << 20),
        ("MALLOC_TOP_PAD_", libc::M_TOP_PAD, 16 << 20),
    ];
    for (variable, parameter, value) in settings {
        if std::env::var_os(variable).is_some() {
            continue;
        }
        // SAFETY: `mallopt` only changes the allocator's parameters, and no other thread runs yet.
        if unsafe { libc::mallopt(parameter, value) } != 1 {
            tracing::warn!(variable, value, "mallopt refused a setting; the allocator keeps its default");
        }
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn keep_freed_memory() {}
