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
    },
    /// Run the pipeline over a corpus of case folders and report tokens, facts and time.
    Eval {
        /// A folder of case folders (each with request.json and case.json).
        dir: PathBuf,
        /// Also write per-case rows and the total as JSON here.
        #[arg(long)]
        json: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Compress { request, endpoint, output, verbose } => compress(request, endpoint, output, verbose),
        Command::Eval { dir, json } => eval(dir, json),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("headroom: {message}");
            ExitCode::FAILURE
        }
    }
}

fn compress(request: PathBuf, endpoint: Option<String>, output: Option<PathBuf>, verbose: bool) -> Result<(), String> {
    let body = std::fs::read(&request).map_err(|e| format!("{}: {e}", request.display()))?;
    let endpoint = match endpoint {
        Some(name) => Endpoint::from_name(&name)
            .ok_or_else(|| format!("unknown endpoint {name:?}: use openai-chat, openai-responses or anthropic"))?,
        None => Endpoint::detect(&body).ok_or("cannot tell the endpoint from the body; pass --endpoint")?,
    };
    let compressed = headroom::compress(&body, endpoint, &Config::default()).map_err(|e| e.to_string())?;
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

fn eval(dir: PathBuf, json: Option<PathBuf>) -> Result<(), String> {
    let cases = headroom::eval::case_dirs(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    if cases.is_empty() {
        return Err(format!("no case folders with request.json under {}", dir.display()));
    }
    let config = Config::default();
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
