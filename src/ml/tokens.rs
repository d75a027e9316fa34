//! Token classification (the Kompress / LLMLingua-2 interface): a score per token for "keep",
//! turned into a score per word.

use std::ops::Range;
use std::path::Path;
use std::time::Instant;

use super::model::{Fallback, MAX_SEQ, Model};
use super::{MlError, MlOptions};

/// Windows run together in one batch.
const BATCH_ROWS: usize = 4;

/// A word (a run of non-whitespace) of the scored text.
#[derive(Clone, Debug, PartialEq)]
pub struct WordScore {
    /// Its bytes in the text.
    pub range: Range<usize>,
    /// The highest keep-probability of its tokens, 0 to 1.
    pub score: f32,
    /// How many model tokens it has.
    pub tokens: usize,
}

/// A model with inputs `input_ids`, `attention_mask` (int64 `[batch, seq]`) and output
/// `final_scores` `[batch, seq]` (keep-probabilities) or `logits` `[batch, seq, 2]`.
pub struct TokenClassifier {
    model: Model,
    output: &'static str,
    max_block_tokens: usize,
    prefix: Vec<i64>,
    suffix: Vec<i64>,
    /// Share of tokens to keep, for [`crate::transform::ModelTextCompressor`].
    pub target: f32,
}

impl std::fmt::Debug for TokenClassifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenClassifier").field("model", &self.model).field("output", &self.output).finish()
    }
}

impl TokenClassifier {
    /// Loads `dir/model.onnx` and `dir/tokenizer.json`.
    pub fn load(dir: &Path, options: &MlOptions) -> Result<Self, MlError> {
        // Which output the file has decides how it is read; try the direct one first.
        let (model, output) = match Model::load(dir, options, "text", &["final_scores"]) {
            Ok(model) => (model, "final_scores"),
            Err(MlError::Interface { .. }) => (Model::load(dir, options, "text", &["logits"])?, "logits"),
            Err(e) => return Err(e),
        };
        let specials = model.tokenizer.encode("", true).map_err(|e| MlError::Model {
            path: dir.join("tokenizer.json").display().to_string(),
            message: e.to_string(),
        })?;
        let specials: Vec<i64> = specials.get_ids().iter().map(|&i| i64::from(i)).collect();
        let (prefix, suffix) = specials.split_at(specials.len().min(1));
        Ok(TokenClassifier {
            model,
            output,
            max_block_tokens: options.max_block_tokens,
            prefix: prefix.to_vec(),
            suffix: suffix.to_vec(),
            target: options.text_target.clamp(0.05, 1.0),
        })
    }

    /// A score per word of `text`, from windows of at most 512 tokens run in batches.
    pub fn word_scores(&self, text: &str, deadline: Option<Instant>) -> Result<Vec<WordScore>, Fallback> {
        // A token is rarely over 16 bytes: a text far past the budget is refused untokenized.
        if text.len() > self.max_block_tokens.saturating_mul(16) {
            return Err(Fallback::Budget);
        }
        let encoding = self.model.tokenizer.encode(text, false).map_err(|e| Fallback::Error(e.to_string()))?;
        let ids: Vec<i64> = encoding.get_ids().iter().map(|&i| i64::from(i)).collect();
        if ids.len() > self.max_block_tokens {
            return Err(Fallback::Budget);
        }
        let window = MAX_SEQ - self.prefix.len() - self.suffix.len();
        let windows: Vec<Vec<i64>> =
            ids.chunks(window).map(|chunk| [&self.prefix[..], chunk, &self.suffix[..]].concat()).collect();
        let mut scores = Vec::with_capacity(ids.len());
        for batch in windows.chunks(BATCH_ROWS) {
            let (shape, data) = self.model.run(batch, self.output, deadline)?;
            let seq = *shape.get(1).ok_or_else(|| Fallback::Error(format!("{} has shape {shape:?}", self.output)))?;
            let width = if self.output == "logits" { 2 } else { 1 };
            if shape[0] != batch.len() || data.len() != batch.len() * seq * width {
                return Err(Fallback::Error(format!("{} has shape {shape:?}", self.output)));
            }
            for (r, row) in batch.iter().enumerate() {
                let content = self.prefix.len()..row.len() - self.suffix.len();
                for t in content {
                    let at = (r * seq + t) * width;
                    let score = if width == 2 { sigmoid(data[at + 1] - data[at]) } else { data[at] };
                    scores.push(score);
                }
            }
        }
        Ok(words(text, encoding.get_offsets(), &scores))
    }

    /// Memory the model holds: its weights once per session, and the tokenizer.
    pub fn model_bytes(&self) -> u64 {
        self.model.bytes
    }
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

/// Words of `text` with the highest score of the tokens that start inside them.
fn words(text: &str, offsets: &[(usize, usize)], scores: &[f32]) -> Vec<WordScore> {
    let mut words: Vec<WordScore> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                words.push(WordScore { range: s..i, score: 0.0, tokens: 0 });
                start = None;
            }
            _ => {}
        }
    }
    for (&(begin, _), &score) in offsets.iter().zip(scores) {
        let at = words.partition_point(|w| w.range.end <= begin);
        if let Some(word) = words.get_mut(at).filter(|w| w.range.contains(&begin)) {
            word.score = if word.tokens == 0 { score } else { word.score.max(score) };
            word.tokens += 1;
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_map_to_the_words_they_start_in() {
        let text = "  head room\n\tx";
        let offsets = [(2, 6), (7, 9), (9, 11), (13, 14)];
        let w = words(text, &offsets, &[0.1, 0.9, 0.3, 0.5]);
        assert_eq!(w.iter().map(|w| w.range.clone()).collect::<Vec<_>>(), [2..6, 7..11, 13..14]);
        assert_eq!(w.iter().map(|w| w.score).collect::<Vec<_>>(), [0.1, 0.9, 0.5]);
        assert_eq!(w.iter().map(|w| w.tokens).collect::<Vec<_>>(), [1, 2, 1]);
    }
}
