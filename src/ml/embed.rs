//! Sentence embeddings (MiniLM-class encoders): mean pooling over the last hidden state,
//! normalised, so a dot product is a cosine similarity.

use std::collections::{HashMap, VecDeque};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use super::model::{Fallback, Model};
use super::{MlError, MlOptions};
use crate::transform::Relevance;

/// Embeddings remembered, by content: 8,192 × 384 floats is 12 MiB.
const CACHE_ENTRIES: usize = 8192;
/// Padded tokens per run: short passages go many to a batch.
const BATCH_TOKENS: usize = 2048;

type Key = [u8; 32];

/// Scores passages against a query by the cosine of their sentence embeddings.
pub struct Embedder {
    model: Model,
    max_block_tokens: usize,
    max_passage_tokens: usize,
    cache: Mutex<Cache>,
}

#[derive(Default)]
struct Cache {
    map: HashMap<Key, Arc<[f32]>>,
    order: VecDeque<Key>,
}

impl std::fmt::Debug for Embedder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Embedder").field("model", &self.model).finish_non_exhaustive()
    }
}

impl Embedder {
    /// Loads `dir/model.onnx` (with a `last_hidden_state` output) and `dir/tokenizer.json`.
    pub fn load(dir: &Path, options: &MlOptions) -> Result<Self, MlError> {
        Ok(Embedder {
            model: Model::load(dir, options, "embedding", &["last_hidden_state"])?,
            max_block_tokens: options.max_block_tokens,
            max_passage_tokens: options.max_passage_tokens.clamp(8, super::model::MAX_SEQ),
            cache: Mutex::default(),
        })
    }

    /// The normalised embedding of each text; texts seen before cost nothing.
    pub fn embed(&self, texts: &[&str], deadline: Option<Instant>) -> Result<Vec<Arc<[f32]>>, Fallback> {
        let keys: Vec<Key> = texts.iter().map(|t| *blake3::hash(t.as_bytes()).as_bytes()).collect();
        let unseen: Vec<(Key, &str)> = {
            let cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
            let mut seen = std::collections::HashSet::new();
            keys.iter()
                .zip(texts)
                .filter(|(k, _)| !cache.map.contains_key(*k) && seen.insert(**k))
                .map(|(k, t)| (*k, *t))
                .collect()
        };
        // Tokenized outside the lock: other requests read the cache meanwhile.
        let mut missing: Vec<(Key, Vec<i64>)> =
            unseen.into_iter().map(|(key, text)| Ok((key, self.ids(text)?))).collect::<Result<_, Fallback>>()?;
        if missing.iter().map(|(_, ids)| ids.len()).sum::<usize>() > self.max_block_tokens {
            return Err(Fallback::Budget);
        }
        // Similar lengths batch together, so little is padding; the order is the content's, so
        // the same block always runs in the same batches.
        missing.sort_by(|a, b| a.1.len().cmp(&b.1.len()).then(a.0.cmp(&b.0)));
        let mut fresh: Vec<(Key, Arc<[f32]>)> = Vec::with_capacity(missing.len());
        let mut start = 0;
        while start < missing.len() {
            let mut end = start + 1;
            while end < missing.len() && (end + 1 - start) * missing[end].1.len() <= BATCH_TOKENS {
                end += 1;
            }
            let batch: Vec<Vec<i64>> = missing[start..end].iter().map(|(_, ids)| ids.clone()).collect();
            let (shape, data) = self.model.run(&batch, "last_hidden_state", deadline)?;
            let [rows, seq, hidden] = shape[..] else {
                return Err(Fallback::Error(format!("last_hidden_state has shape {shape:?}")));
            };
            if rows != batch.len() || data.len() != rows * seq * hidden {
                return Err(Fallback::Error(format!("last_hidden_state has shape {shape:?}")));
            }
            for (r, ids) in batch.iter().enumerate() {
                let vector = mean_pool(&data[r * seq * hidden..(r + 1) * seq * hidden], ids.len(), hidden);
                fresh.push((missing[start + r].0, vector.into()));
            }
            start = end;
        }
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        for (key, vector) in fresh {
            if cache.map.insert(key, vector).is_none() {
                cache.order.push_back(key);
            }
        }
        let out = keys.iter().map(|k| cache.map.get(k).cloned()).collect::<Option<Vec<_>>>();
        while cache.order.len() > CACHE_ENTRIES.max(keys.len()) {
            let Some(old) = cache.order.pop_front() else { break };
            cache.map.remove(&old);
        }
        out.ok_or_else(|| Fallback::Error("an embedding went missing from the cache".into()))
    }

    /// Token ids with the tokenizer's special tokens, cut to the passage limit (keeping the
    /// closing special token).
    fn ids(&self, text: &str) -> Result<Vec<i64>, Fallback> {
        // Only the head is read; a huge passage is cut before tokenizing (16 bytes a token is
        // more than enough).
        let head = &text[..text.floor_char_boundary(self.max_passage_tokens * 16)];
        let encoding = self.model.tokenizer.encode(head, true).map_err(|e| Fallback::Error(e.to_string()))?;
        let mut ids: Vec<i64> = encoding.get_ids().iter().map(|&i| i64::from(i)).collect();
        if ids.len() > self.max_passage_tokens {
            let last = ids[ids.len() - 1];
            ids.truncate(self.max_passage_tokens - 1);
            ids.push(last);
        }
        Ok(ids)
    }

    /// Memory the model holds: its weights once per session, and the tokenizer.
    pub fn model_bytes(&self) -> u64 {
        self.model.bytes
    }

    /// The current estimate of inference time per token.
    pub fn time_per_token(&self) -> std::time::Duration {
        self.model.time_per_token()
    }
}

fn mean_pool(hidden_states: &[f32], tokens: usize, hidden: usize) -> Vec<f32> {
    let mut sum = vec![0f32; hidden];
    for row in hidden_states.chunks_exact(hidden).take(tokens) {
        sum.iter_mut().zip(row).for_each(|(s, v)| *s += v);
    }
    let norm = sum.iter().map(|v| v * v).sum::<f32>().sqrt().max(1e-12);
    sum.iter_mut().for_each(|v| *v /= norm);
    sum
}

impl Relevance for Embedder {
    fn name(&self) -> &'static str {
        "embedding"
    }

    fn scores(&self, query: &str, passages: &[&str], deadline: Option<Instant>) -> Option<Vec<f32>> {
        let mut texts = Vec::with_capacity(passages.len() + 1);
        texts.push(query);
        texts.extend_from_slice(passages);
        match self.embed(&texts, deadline) {
            Ok(vectors) => {
                let q = &vectors[0];
                Some(vectors[1..].iter().map(|v| v.iter().zip(q.iter()).map(|(a, b)| a * b).sum()).collect())
            }
            Err(fallback) => {
                fallback.record(self.model.name);
                None
            }
        }
    }
}
