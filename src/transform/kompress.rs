//! Prose through a token-classification model (feature `ml`), after the paragraph rules: the
//! model scores each word, the words it ranks lowest go until the target share of tokens is
//! left. Numbers, identifiers, paths, error words, negations and the query's terms always stay,
//! as do headings, code, tables and error lines; line breaks and indentation stay where they were.

use std::sync::Arc;

use super::query::Query;
use super::signals::{is_error, is_warning};
use super::text::TextCompressor;
use super::{Compressor, Context, Rewrite};
use crate::ccr::marker;
use crate::ml::{TokenClassifier, WordScore};

/// Texts shorter than this (bytes) are left to the rules.
const MIN_BYTES: usize = 3000;

/// Words that change what a sentence says; never dropped.
const ALWAYS: &[&str] = &[
    "not",
    "no",
    "never",
    "none",
    "nor",
    "cannot",
    "can't",
    "don't",
    "doesn't",
    "isn't",
    "won't",
    "must",
    "only",
    "error",
    "errors",
    "fail",
    "fails",
    "failed",
    "failure",
    "fatal",
    "panic",
    "exception",
    "denied",
    "refused",
    "timeout",
    "warning",
    "deprecated",
    "unsupported",
    "invalid",
    "missing",
    "required",
];

/// [`TextCompressor`], then a token-classification model over what it kept.
#[derive(Clone, Debug)]
pub struct ModelTextCompressor {
    model: Arc<TokenClassifier>,
}

impl ModelTextCompressor {
    /// Wraps a loaded model; its `target` decides the share of tokens kept.
    pub fn new(model: Arc<TokenClassifier>) -> Self {
        ModelTextCompressor { model }
    }
}

impl Compressor for ModelTextCompressor {
    fn name(&self) -> &'static str {
        "text_model"
    }

    fn compress(&self, text: &str, ctx: &Context<'_>) -> Option<Rewrite> {
        let ruled = TextCompressor.compress(text, ctx);
        let working = ruled.as_ref().map_or(text, |r| r.text.as_str());
        if working.len() < MIN_BYTES {
            return ruled;
        }
        let words = match self.model.word_scores(working, ctx.deadline) {
            Ok(words) => words,
            Err(fallback) => {
                fallback.record("text");
                return ruled;
            }
        };
        let keep = choose(working, &words, &Query::from_context(ctx), self.model.target);
        let dropped = keep.iter().filter(|k| !**k).count();
        if dropped == 0 {
            return ruled;
        }
        let mut out = render(working, &words, &keep);
        out.push('\n');
        out.push_str(&marker(&format!("{dropped} words"), ctx.retrieve_id));
        Some(Rewrite { text: out, lossy: true })
    }
}

/// Which words stay: every protected one, then the best-scored until `target` of the tokens.
pub(crate) fn choose(text: &str, words: &[WordScore], query: &Query, target: f32) -> Vec<bool> {
    let whole = whole_lines(text);
    let breaks: Vec<usize> = memchr::memchr_iter(b'\n', text.as_bytes()).collect();
    let line_of = |at: usize| breaks.partition_point(|&b| b < at);
    let mut keep: Vec<bool> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let first_on_line = i == 0 || text[words[i - 1].range.end..w.range.start].contains('\n');
            whole[line_of(w.range.start)]
                || protected(&text[w.range.clone()], query)
                || first_on_line && is_bullet(&text[w.range.clone()])
        })
        .collect();
    let total: usize = words.iter().map(|w| w.tokens.max(1)).sum();
    let mut budget = (total as f32 * target) as isize
        - words.iter().zip(&keep).filter(|(_, k)| **k).map(|(w, _)| w.tokens.max(1) as isize).sum::<isize>();
    let mut order: Vec<usize> = (0..words.len()).filter(|&i| !keep[i]).collect();
    order.sort_by(|&a, &b| words[b].score.total_cmp(&words[a].score).then(a.cmp(&b)));
    for i in order {
        if budget <= 0 {
            break;
        }
        keep[i] = true;
        budget -= words[i].tokens.max(1) as isize;
    }
    keep
}

/// Lines kept as they are: headings, table rows, code blocks, error and warning lines, markers.
fn whole_lines(text: &str) -> Vec<bool> {
    let mut in_code = false;
    text.split('\n')
        .map(|line| {
            let t = line.trim_start();
            let fence = t.starts_with("```") || t.starts_with("~~~");
            let whole = in_code
                || fence
                || t.starts_with('#')
                || t.starts_with('|')
                || line.starts_with("    ")
                || line.starts_with('\t')
                || line.contains("headroom_retrieve")
                || is_error(line)
                || is_warning(line);
            in_code ^= fence;
            whole
        })
        .collect()
}

fn is_bullet(word: &str) -> bool {
    matches!(word, "-" | "*" | "+" | ">")
        || word.strip_suffix(['.', ')']).is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Words whose loss changes facts: numbers, identifiers, paths, URLs, code, capitals, the
/// query's terms, negations and error words.
fn protected(word: &str, query: &Query) -> bool {
    let core = word.trim_matches(|c: char| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '(' | ')' | '"' | '\''));
    if core.is_empty() {
        return false;
    }
    let lower = core.to_lowercase();
    core.bytes().any(|b| b.is_ascii_digit())
        || core.contains(['_', '/', '\\', '`', '=', '<', '>', '@', '$', '%', '#', '{', '}', '[', ']'])
        || core.contains("::")
        || core.contains('.') && core.split('.').all(|p| !p.is_empty())
        || core.chars().skip(1).any(char::is_uppercase)
        || ALWAYS.contains(&lower.as_str())
        || query.is_term(&lower)
}

/// The kept words in their lines: indentation and the space between neighbouring kept words as
/// in the text; lines left empty go, one blank line between paragraphs stays.
fn render(text: &str, words: &[WordScore], keep: &[bool]) -> String {
    let mut out = String::with_capacity(text.len() / 2);
    let (mut w, mut offset, mut blank) = (0, 0, false);
    for line in text.split('\n') {
        let end = offset + line.len();
        let mut kept = String::new();
        let (mut had_words, mut prev_kept, mut prev_end) = (false, false, offset);
        while w < words.len() && words[w].range.start < end {
            let range = words[w].range.clone();
            had_words = true;
            if keep[w] {
                if kept.is_empty() {
                    kept.push_str(&line[..line.len() - line.trim_start().len()]);
                } else if prev_kept {
                    kept.push_str(&text[prev_end..range.start]);
                } else {
                    kept.push(' ');
                }
                kept.push_str(&text[range.clone()]);
            }
            (prev_kept, prev_end) = (keep[w], range.end);
            w += 1;
        }
        if !kept.is_empty() {
            if blank && !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&kept);
            out.push('\n');
            blank = false;
        } else if !had_words {
            blank = true;
        }
        offset = end + 1;
    }
    out.truncate(out.trim_end().len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words_of(text: &str, scores: &[f32]) -> Vec<WordScore> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            match (c.is_whitespace(), start) {
                (false, None) => start = Some(i),
                (true, Some(s)) => {
                    out.push(WordScore { range: s..i, score: scores[out.len() % scores.len()], tokens: 1 });
                    start = None;
                }
                _ => {}
            }
        }
        out
    }

    #[test]
    fn keeps_lines_and_indentation_and_protected_words() {
        let text = "The quick brown fox\n\n  jumps over 42 lazy dogs\n- item with CamelCase value\n";
        let words = words_of(text, &[0.9, 0.1, 0.2, 0.8]);
        let empty = Query::from_context(&Context::bare("x"));
        let keep = choose(text, &words, &empty, 0.5);
        let out = render(text, &words, &keep);
        assert_eq!(out, "The fox\n\n  jumps 42 dogs\n- CamelCase");
    }

    #[test]
    fn the_target_sets_how_much_stays() {
        let text = "alpha beta gamma delta epsilon zeta eta theta iota kappa";
        let words = words_of(text, &[0.1, 0.5, 0.9, 0.3]);
        let empty = Query::from_context(&Context::bare("x"));
        let kept = |target| choose(text, &words, &empty, target).iter().filter(|k| **k).count();
        assert_eq!(kept(1.0), 10);
        assert_eq!(kept(0.5), 5);
        assert_eq!(kept(0.2), 2);
    }

    #[test]
    fn headings_code_errors_and_query_terms_stay_whole() {
        let text =
            "# A heading here\n```\nlet x = y;\n```\nerror: could not compile thing\nplain words about leniency here";
        let words = words_of(text, &[0.0]);
        let ctx = Context { question: Some("why leniency?"), ..Context::bare("x") };
        let keep = choose(text, &words, &Query::from_context(&ctx), 0.05);
        let out = render(text, &words, &keep);
        assert_eq!(out, "# A heading here\n```\nlet x = y;\n```\nerror: could not compile thing\nleniency");
    }
}
