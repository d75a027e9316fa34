//! One ONNX model with its tokenizer: sessions built once and shared, padded batches, and an
//! estimate of the time per token so a run that cannot finish before the deadline never starts.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, TryLockError};
use std::time::{Duration, Instant};

use ort::session::Session;
use ort::session::builder::GraphOptimizationLevel;
use ort::value::Tensor;
use tokenizers::Tokenizer;

use super::{MlError, MlOptions};

/// Why a model gave no answer; the compressor then keeps to its rules. Each is counted in
/// `headroom_ml_fallbacks_total{reason}`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Fallback {
    /// The run would not finish before the request's deadline.
    #[error("the run would pass the deadline")]
    Deadline,
    /// Every session stayed busy until the deadline.
    #[error("every session busy until the deadline")]
    Busy,
    /// The block has more tokens than `max_block_tokens`.
    #[error("more tokens than the block budget")]
    Budget,
    /// ONNX Runtime or the tokenizer failed.
    #[error("inference failed: {0}")]
    Error(String),
}

impl Fallback {
    /// The metrics label.
    pub fn label(&self) -> &'static str {
        match self {
            Fallback::Deadline => "deadline",
            Fallback::Busy => "busy",
            Fallback::Budget => "budget",
            Fallback::Error(_) => "error",
        }
    }

    /// Counts and logs this fallback.
    pub(crate) fn record(&self, model: &str) {
        crate::metrics::global().ml_fallbacks.inc(self.label());
        tracing::warn!(model, reason = %self, "model skipped; rules only for this block");
    }
}

/// The longest sequence BERT-family encoders take.
pub(crate) const MAX_SEQ: usize = 512;

pub(crate) struct Model {
    pub name: &'static str,
    pub tokenizer: Tokenizer,
    sessions: Vec<Mutex<Session>>,
    token_type_ids: bool,
    ns_per_token: AtomicU64,
    /// Memory the model holds: its weights once per session, and the tokenizer.
    pub bytes: u64,
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model").field("name", &self.name).field("sessions", &self.sessions.len()).finish()
    }
}

impl Model {
    /// Loads `dir/model.onnx` and `dir/tokenizer.json`; `outputs` must all exist.
    pub fn load(dir: &Path, options: &MlOptions, name: &'static str, outputs: &[&str]) -> Result<Model, MlError> {
        let env = super::environment(options.ort_library.as_deref())?;
        let model_path = dir.join("model.onnx");
        let tokenizer_path = dir.join("tokenizer.json");
        let model_err = |path: &Path, message: String| MlError::Model { path: path.display().to_string(), message };
        let mut tokenizer =
            Tokenizer::from_file(&tokenizer_path).map_err(|e| model_err(&tokenizer_path, e.to_string()))?;
        // Shipped tokenizer.json files often pad and truncate to 128; windows are cut here.
        tokenizer.with_padding(None);
        tokenizer.with_truncation(None).map_err(|e| model_err(&tokenizer_path, e.to_string()))?;
        if !model_path.is_file() {
            return Err(model_err(&model_path, "no such file".into()));
        }
        let mut sessions = Vec::new();
        for _ in 0..options.sessions.max(1) {
            let session = Session::builder(env)
                .and_then(|b| Ok(b.with_intra_threads(options.threads.max(1))?))
                .and_then(|b| Ok(b.with_inter_threads(1)?))
                .and_then(|b| Ok(b.with_deterministic_compute(true)?))
                .and_then(|b| Ok(b.with_optimization_level(GraphOptimizationLevel::Level3)?))
                .and_then(|mut b| b.commit_from_file(&model_path))
                .map_err(|e| model_err(&model_path, e.to_string()))?;
            sessions.push(Mutex::new(session));
        }
        let interface = |message: String| MlError::Interface { path: model_path.display().to_string(), message };
        let first = sessions[0].get_mut().unwrap_or_else(|e| e.into_inner());
        let inputs: Vec<String> = first.inputs().iter().map(|i| i.name().to_owned()).collect();
        let have: Vec<String> = first.outputs().iter().map(|o| o.name().to_owned()).collect();
        for needed in ["input_ids", "attention_mask"] {
            if !inputs.iter().any(|i| i == needed) {
                return Err(interface(format!("no input {needed:?} (inputs: {inputs:?})")));
            }
        }
        if let Some(missing) = outputs.iter().find(|o| !have.iter().any(|h| h == *o)) {
            return Err(interface(format!("no output {missing:?} (outputs: {have:?})")));
        }
        let model = Model {
            name,
            tokenizer,
            token_type_ids: inputs.iter().any(|i| i == "token_type_ids"),
            sessions,
            ns_per_token: AtomicU64::new(0),
            bytes: 0,
        };
        // One warm-up run per session: the first run pays for graph set-up, and it gives the
        // first time-per-token estimate.
        for session in &model.sessions {
            let mut session = session.lock().unwrap_or_else(|e| e.into_inner());
            model.run_on(&mut session, &[vec![0; 64]], outputs[0]).map_err(|e| interface(e.to_string()))?;
        }
        // The weights are held once per session (the file is almost all weights); measuring
        // RSS instead would count whatever the allocator had kept from earlier frees.
        let file_bytes = |path: &Path| std::fs::metadata(path).map_or(0, |m| m.len());
        let bytes = file_bytes(&model_path) * model.sessions.len() as u64 + file_bytes(&tokenizer_path);
        crate::metrics::global().ml_model_bytes.set(name, bytes);
        Ok(Model { bytes, ..model })
    }

    /// Runs `batch` (token id rows, padded here to the longest) and returns the shape and data
    /// of `output`, unless the run would pass `deadline`.
    pub fn run(
        &self,
        batch: &[Vec<i64>],
        output: &str,
        deadline: Option<Instant>,
    ) -> Result<(Vec<usize>, Vec<f32>), Fallback> {
        let longest = batch.iter().map(Vec::len).max().unwrap_or(0);
        if let Some(deadline) = deadline {
            let estimate =
                Duration::from_nanos(self.ns_per_token.load(Ordering::Relaxed) * (batch.len() * longest) as u64);
            if Instant::now() + estimate > deadline {
                return Err(Fallback::Deadline);
            }
        }
        let mut session = self.session(deadline)?;
        self.run_on(&mut session, batch, output)
    }

    fn run_on(
        &self,
        session: &mut Session,
        batch: &[Vec<i64>],
        output: &str,
    ) -> Result<(Vec<usize>, Vec<f32>), Fallback> {
        let started = Instant::now();
        let rows = batch.len();
        let seq = batch.iter().map(Vec::len).max().unwrap_or(0).max(1);
        let mut ids = vec![0i64; rows * seq];
        let mut mask = vec![0i64; rows * seq];
        for (r, row) in batch.iter().enumerate() {
            ids[r * seq..r * seq + row.len()].copy_from_slice(row);
            mask[r * seq..r * seq + row.len()].iter_mut().for_each(|m| *m = 1);
        }
        let err = |e: ort::Error| Fallback::Error(e.to_string());
        let tensor = |data: Vec<i64>| Tensor::from_array(([rows, seq], data)).map_err(err);
        let mut inputs = ort::inputs!["input_ids" => tensor(ids)?, "attention_mask" => tensor(mask)?];
        if self.token_type_ids {
            inputs.push(("token_type_ids".into(), tensor(vec![0; rows * seq])?.into()));
        }
        let outputs = session.run(inputs).map_err(err)?;
        let value = outputs.get(output).ok_or_else(|| Fallback::Error(format!("no output {output:?}")))?;
        let (shape, data) = value.try_extract_tensor::<f32>().map_err(err)?;
        let shape: Vec<usize> = shape.iter().map(|&d| d.max(0) as usize).collect();
        let data = data.to_vec();
        drop(outputs);
        let per_token = started.elapsed().as_nanos() as u64 / (rows * seq) as u64;
        let old = self.ns_per_token.load(Ordering::Relaxed);
        let new = if old == 0 { per_token } else { (old * 3 + per_token) / 4 };
        self.ns_per_token.store(new, Ordering::Relaxed);
        crate::metrics::global().ml_tokens.add((rows * seq) as u64);
        Ok((shape, data))
    }

    /// A free session, waiting for one until `deadline`.
    fn session(&self, deadline: Option<Instant>) -> Result<MutexGuard<'_, Session>, Fallback> {
        loop {
            for session in &self.sessions {
                match session.try_lock() {
                    Ok(guard) => return Ok(guard),
                    Err(TryLockError::Poisoned(poisoned)) => return Ok(poisoned.into_inner()),
                    Err(TryLockError::WouldBlock) => {}
                }
            }
            match deadline {
                None => return Ok(self.sessions[0].lock().unwrap_or_else(|e| e.into_inner())),
                Some(deadline) if Instant::now() >= deadline => return Err(Fallback::Busy),
                Some(_) => std::thread::sleep(Duration::from_millis(1)),
            }
        }
    }

    /// The current estimate of inference time per token.
    pub fn time_per_token(&self) -> Duration {
        Duration::from_nanos(self.ns_per_token.load(Ordering::Relaxed))
    }
}
