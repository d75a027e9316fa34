//! Relevance by meaning: a scorer (an embedding model, with the `ml` feature) that ranks
//! passages against what the model asked for, so compressors can keep what answers the question
//! even when it shares no words with it.

use std::fmt;
use std::time::Instant;

use super::Context;

/// Scores passages (lines, paragraphs, search hits, JSON items) against a query.
///
/// Implementations must be deterministic: the same query and passages give the same scores, so
/// the same block always compresses to the same bytes.
///
/// ```
/// use std::time::Instant;
/// use headroom::transform::Relevance;
///
/// /// Scores by shared words: a stand-in for an embedding model.
/// #[derive(Debug)]
/// struct SharedWords;
/// impl Relevance for SharedWords {
///     fn name(&self) -> &'static str { "shared_words" }
///     fn scores(&self, query: &str, passages: &[&str], _deadline: Option<Instant>) -> Option<Vec<f32>> {
///         let q: Vec<&str> = query.split_whitespace().collect();
///         Some(passages.iter().map(|p| p.split_whitespace().filter(|w| q.contains(w)).count() as f32).collect())
///     }
/// }
/// let scores = SharedWords.scores("red fox", &["a red fox", "a blue whale"], None).unwrap();
/// assert!(scores[0] > scores[1]);
/// ```
pub trait Relevance: Send + Sync + fmt::Debug + 'static {
    /// A stable name, part of the memo key so outputs with and without the scorer never mix.
    fn name(&self) -> &'static str;
    /// One score per passage, higher is closer (cosine similarity for embedding models), or
    /// `None` when the scorer cannot answer before `deadline`; compressors then fall back to
    /// their rules alone.
    fn scores(&self, query: &str, passages: &[&str], deadline: Option<Instant>) -> Option<Vec<f32>>;
}

/// What to score passages against: the question, then the string values of the call's
/// arguments (`{"pattern": "IntoResponse"}` → `IntoResponse`). `None` when neither says anything.
pub fn query_text(ctx: &Context<'_>) -> Option<String> {
    let mut parts: Vec<String> = ctx.question.map(str::to_owned).into_iter().collect();
    if let Some(args) = ctx.tool_args {
        match serde_json::from_str::<serde_json::Value>(args) {
            Ok(value) => strings(&value, &mut parts),
            Err(_) => parts.push(args.to_owned()),
        }
    }
    let text = parts.join("\n");
    (!text.trim().is_empty()).then_some(text)
}

fn strings(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// The scorer's scores for `passages`, when the context has a scorer and a query: the best
/// over the query's parts, so each part of a two-part question finds its own answer.
pub(crate) fn scores(ctx: &Context<'_>, passages: &[&str]) -> Option<Vec<f32>> {
    let scorer = ctx.relevance?;
    let query = query_text(ctx)?;
    let mut best = vec![f32::NEG_INFINITY; passages.len()];
    for part in parts(&query) {
        let scores = scorer.scores(part, passages, ctx.deadline)?;
        if scores.len() != passages.len() || !scores.iter().all(|s| s.is_finite()) {
            return None;
        }
        best.iter_mut().zip(scores).for_each(|(b, s)| *b = b.max(s));
    }
    Some(best)
}

/// Which passages to keep, by terms and meaning together. `terms` are the rules' scores as a
/// share of the best (0 to 1). Each passage's combined score is that plus its meaning score as
/// a share of the way from the median to the best passage. Kept: the `by_both` best by combined
/// score, any within 80 % of the top, and the `by_terms` best by terms unless their combined
/// score is under half the top — a model reads meaning, not identifiers, so it only vetoes what
/// both rank low. Indices into `passages`, ascending; `None` without a scorer or an answer.
pub(crate) fn pick(
    ctx: &Context<'_>,
    passages: &[&str],
    terms: &[f64],
    by_both: usize,
    by_terms: usize,
) -> Option<Vec<usize>> {
    let meaning = scores(ctx, passages)?;
    if meaning.is_empty() {
        return Some(Vec::new());
    }
    let (median, best) = median_and_best(&meaning);
    let spread = (best - median).max(1e-6);
    let combined: Vec<f64> =
        terms.iter().zip(&meaning).map(|(&t, &m)| t + f64::from(((m - median) / spread).clamp(0.0, 1.0))).collect();
    let top = combined.iter().copied().fold(0.0, f64::max);
    let ranked = |score: &dyn Fn(usize) -> f64| {
        let mut order: Vec<usize> = (0..passages.len()).collect();
        order.sort_by(|&a, &b| score(b).total_cmp(&score(a)).then(a.cmp(&b)));
        order
    };
    let mut picked: Vec<usize> = ranked(&|k| combined[k])
        .into_iter()
        .enumerate()
        .take_while(|&(rank, k)| rank < by_both || combined[k] >= top * 0.8)
        .map(|(_, k)| k)
        .collect();
    picked.extend(
        ranked(&|k| terms[k])
            .into_iter()
            .filter(|&k| terms[k] > 0.0)
            .take(by_terms)
            .filter(|&k| combined[k] >= top * 0.5),
    );
    picked.sort_unstable();
    picked.dedup();
    Some(picked)
}

/// The median and the highest of non-empty `scores`: meaning scores are read relative to
/// them, since a model's cosines have no fixed scale.
pub(crate) fn median_and_best(scores: &[f32]) -> (f32, f32) {
    let mut sorted = scores.to_vec();
    sorted.sort_by(f32::total_cmp);
    (sorted[sorted.len() / 2], sorted[sorted.len() - 1])
}

/// Most parts a query is split into.
const MAX_PARTS: usize = 4;

/// The query's questions and clauses: split at `?`, `;`, new lines and `, and `; a piece of
/// fewer than three words stays joined to the next.
fn parts(query: &str) -> Vec<&str> {
    let mut cuts: Vec<(usize, usize)> = query
        .match_indices(['?', ';', '\n'])
        .map(|(i, c)| (i, i + c.len()))
        .chain(query.match_indices(", and ").map(|(i, c)| (i, i + c.len())))
        .collect();
    cuts.sort_unstable();
    cuts.push((query.len(), query.len()));
    let mut parts: Vec<&str> = Vec::new();
    let mut start = 0;
    for (end, next) in cuts {
        if end < start {
            continue;
        }
        let part = query[start..end].trim();
        if part.split_whitespace().count() >= 3 {
            parts.push(part);
            start = next;
        }
    }
    let rest = query[start..].trim();
    match parts.last_mut() {
        Some(last) if !rest.is_empty() => {
            let from = last.as_ptr() as usize - query.as_ptr() as usize;
            *last = query[from..].trim();
        }
        None => parts.push(query.trim()),
        _ => {}
    }
    parts.truncate(MAX_PARTS);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_text_takes_the_question_and_argument_strings() {
        let ctx = Context {
            question: Some("why does it fail?"),
            tool_args: Some(r#"{"pattern":"IntoResponse","paths":["src"],"n":3}"#),
            ..Context::bare("0123456789abcdef01234567")
        };
        assert_eq!(query_text(&ctx).unwrap(), "why does it fail?\nIntoResponse\nsrc");
        assert_eq!(query_text(&Context::bare("x")), None);
        let raw = Context { tool_args: Some("grep -n foo"), ..Context::bare("x") };
        assert_eq!(query_text(&raw).unwrap(), "grep -n foo");
    }

    #[test]
    fn two_part_questions_are_scored_part_by_part() {
        assert_eq!(
            parts("when did Eich step down as CEO, and when did the Foundation stop the Suite?"),
            ["when did Eich step down as CEO", "when did the Foundation stop the Suite"]
        );
        assert_eq!(parts("Why? What does the guide say to do?"), ["Why? What does the guide say to do"]);
        assert_eq!(parts("IntoResponse"), ["IntoResponse"]);
    }
}
