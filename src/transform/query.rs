//! What the model was looking for: terms from the call's arguments and the question that
//! preceded the call, matched case-insensitively against lines, hits, items or paragraphs.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::Context;

pub(crate) const STOPWORDS: &[&str] = &[
    "about", "after", "again", "also", "and", "any", "are", "because", "been", "before", "being", "both", "but", "can",
    "could", "did", "does", "doing", "each", "exact", "exactly", "file", "find", "for", "from", "give", "have", "here",
    "how", "into", "its", "just", "keep", "line", "look", "make", "many", "more", "most", "much", "need", "only",
    "other", "our", "over", "same", "should", "show", "some", "such", "tell", "than", "that", "the", "their", "them",
    "then", "there", "these", "they", "this", "those", "through", "under", "until", "used", "using", "very", "want",
    "was", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you",
    "your", "please", "thanks", "quote", "name", "names", "list", "check", "tool", "output", "does", "done", "is",
    "it",
];

/// Terms to look for, with a matcher built once per block.
pub struct Query {
    matcher: Option<AhoCorasick>,
    weights: Vec<u32>,
    terms: Vec<String>,
    /// The bits of the strong terms.
    strong: u128,
}

impl Query {
    /// Terms from `ctx.question` and `ctx.tool_args`.
    pub fn from_context(ctx: &Context<'_>) -> Self {
        Self::from_terms(context_terms(ctx))
    }

    /// Like [`Query::from_context`], plus each run of two question words as a strong phrase
    /// (`authorization header`, `nesting limit`): in code they occur in doc comments and messages.
    pub fn for_code(ctx: &Context<'_>) -> Self {
        let mut terms = context_terms(ctx);
        if let Some(question) = ctx.question {
            for run in word_runs(question) {
                terms.extend(run.windows(2).map(|pair| (pair.join(" "), STRONG)));
            }
        }
        Self::from_terms(terms)
    }

    fn from_terms(mut terms: Vec<(String, u32)>) -> Self {
        terms.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        terms.dedup_by(|a, b| a.0 == b.0);
        let matcher = (!terms.is_empty()).then(|| {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .build(terms.iter().map(|t| t.0.as_str()))
                .expect("literal patterns build")
        });
        let weights: Vec<u32> = terms.iter().map(|t| t.1).collect();
        let strong =
            weights.iter().enumerate().filter(|(_, w)| **w >= STRONG).fold(0, |acc, (i, _)| acc | 1u128 << (i % 128));
        Query { matcher, weights, terms: terms.into_iter().map(|t| t.0.to_lowercase()).collect(), strong }
    }

    /// Whether there is anything to look for.
    pub fn is_empty(&self) -> bool {
        self.matcher.is_none()
    }

    /// Sum of the weights of the distinct terms in `text`: strong terms (identifiers,
    /// quoted strings, numbers) weigh 4, plain words 1.
    pub fn score(&self, text: &str) -> u32 {
        let Some(matcher) = &self.matcher else { return 0 };
        let mut seen = 0u128;
        let mut score = 0;
        for m in matcher.find_overlapping_iter(text) {
            let id = m.pattern().as_usize();
            let bit = 1u128 << (id % 128);
            if seen & bit == 0 {
                seen |= bit;
                score += self.weights[id];
            }
        }
        score
    }

    /// The set of terms in `text`, one bit per term (terms past the 128th are folded).
    pub fn bits(&self, text: &str) -> u128 {
        let Some(matcher) = &self.matcher else { return 0 };
        matcher.find_overlapping_iter(text).fold(0u128, |acc, m| acc | 1u128 << (m.pattern().as_usize() % 128))
    }

    /// Every match in `text`, found in one scan, for the [`Hits::bits`] of its parts.
    pub fn hits<'q>(&'q self, text: &'q str) -> Hits<'q> {
        let mut matches = Vec::new();
        if let Some(matcher) = &self.matcher {
            for m in matcher.find_overlapping_iter(text) {
                if matches.len() == MAX_HITS {
                    matches = Vec::new();
                    return Hits { query: self, text, matches, complete: false };
                }
                matches.push((m.end() as u32, m.start() as u32, (m.pattern().as_usize() % 128) as u8));
            }
        }
        matches.sort_unstable();
        let complete = u32::try_from(text.len()).is_ok();
        Hits { query: self, text, matches, complete }
    }

    /// Like [`Query::bits`], counting only matches that are whole words at their edges, so
    /// `c.Abort` does not match inside `c.AbortWithError` (for code, where names nest).
    pub fn word_bits(&self, text: &str) -> u128 {
        let Some(matcher) = &self.matcher else { return 0 };
        let bytes = text.as_bytes();
        let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
        matcher
            .find_overlapping_iter(text)
            .filter(|m| {
                let (first, last) = (bytes[m.start()], bytes[m.end() - 1]);
                let open = !is_word(first) || m.start() == 0 || !is_word(bytes[m.start() - 1]);
                let close = !is_word(last) || m.end() == bytes.len() || !is_word(bytes[m.end()]);
                open && close
            })
            .fold(0u128, |acc, m| acc | 1u128 << (m.pattern().as_usize() % 128))
    }

    /// The terms that occur in some but few of `texts` — strong terms in at most a third,
    /// plain words in at most one in fifty (and no more than three): those that tell items apart.
    pub fn discriminative<'t>(&self, texts: impl Iterator<Item = &'t str>, n: usize) -> u128 {
        if self.matcher.is_none() {
            return 0;
        }
        let bits: Vec<u128> = texts.map(|t| self.bits(t)).collect();
        self.discriminative_bits(&bits, n)
    }

    /// [`Query::discriminative`] from term sets already computed with [`Query::bits`].
    pub fn discriminative_bits(&self, bits: &[u128], n: usize) -> u128 {
        if self.matcher.is_none() {
            return 0;
        }
        let mut counts = vec![0usize; self.weights.len().min(128)];
        for &b in bits.iter().filter(|b| **b != 0) {
            counts.iter_mut().enumerate().filter(|(i, _)| b >> i & 1 == 1).for_each(|(_, c)| *c += 1);
        }
        let few = |i: usize, c: usize| if self.weights[i] >= STRONG { c * 3 <= n.max(3) } else { c <= (n / 50).max(3) };
        counts.iter().enumerate().filter(|&(i, &c)| c > 0 && few(i, c)).fold(0u128, |acc, (i, _)| acc | 1u128 << i)
    }

    /// Whether `word` is one of the terms (case-insensitive, plural `s` ignored).
    pub fn is_term(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        let singular = lower.strip_suffix('s').unwrap_or(&lower);
        self.terms.iter().any(|t| *t == lower || t == singular)
    }

    /// The bits of the strong terms (identifiers, quoted strings, numbers).
    pub fn strong_mask(&self) -> u128 {
        self.strong
    }

    /// Whether `text` contains a strong term.
    pub fn has_strong(&self, text: &str) -> bool {
        let Some(matcher) = &self.matcher else { return false };
        matcher.find_overlapping_iter(text).any(|m| self.weights[m.pattern().as_usize()] >= STRONG)
    }

    /// [`Query::has_strong`] for a `text` whose [`Query::bits`] are `bits`: read from them
    /// when every term has a bit of its own, so the text is not scanned again.
    pub fn has_strong_given(&self, bits: u128, text: &str) -> bool {
        if self.weights.len() <= 128 { bits & self.strong_mask() != 0 } else { self.has_strong(text) }
    }
}

const STRONG: u32 = 4;

/// Matches [`Query::hits`] keeps at most; past it (a hostile text dense with terms) each part
/// is scanned on its own, as if there were no list.
const MAX_HITS: usize = 1 << 20;

/// A query's matches in one text, by end offset: the term set of any part of the text is read
/// from them, so nested collections do not scan their items once per level.
pub struct Hits<'q> {
    query: &'q Query,
    text: &'q str,
    /// (end, start, bit), sorted.
    matches: Vec<(u32, u32, u8)>,
    complete: bool,
}

impl<'q> Hits<'q> {
    /// The query the hits are of.
    pub fn query(&self) -> &'q Query {
        self.query
    }

    /// [`Query::bits`] of `part`: read from the matches when `part` is a slice of the
    /// scanned text, else scanned.
    pub fn bits(&self, part: &str) -> u128 {
        let base = self.text.as_ptr() as usize;
        let start = (part.as_ptr() as usize).wrapping_sub(base);
        let inside = start <= self.text.len() && part.len() <= self.text.len() - start;
        if !self.complete || !inside {
            return self.query.bits(part);
        }
        let end = (start + part.len()) as u32;
        let start = start as u32;
        let first = self.matches.partition_point(|m| m.0 <= start);
        self.matches[first..]
            .iter()
            .take_while(|m| m.0 <= end)
            .filter(|m| m.1 >= start)
            .fold(0u128, |acc, m| acc | 1u128 << m.2)
    }
}

/// Argument names whose values are what a search looked for.
const SEARCH_KEYS: &[&str] = &["pattern", "query", "q", "regex", "search", "term", "keyword", "keywords", "text"];

/// The (key, string value) pairs of a JSON arguments object, or the text itself.
fn arg_strings(args: &str) -> Vec<(String, String)> {
    fn walk(key: &str, value: &serde_json::Value, out: &mut Vec<(String, String)>) {
        match value {
            serde_json::Value::String(s) => out.push((key.to_ascii_lowercase(), s.clone())),
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(key, v, out)),
            serde_json::Value::Object(map) => map.iter().for_each(|(k, v)| walk(k, v, out)),
            _ => {}
        }
    }
    match serde_json::from_str::<serde_json::Value>(args) {
        Ok(value) => {
            let mut out = Vec::new();
            walk("", &value, &mut out);
            out
        }
        Err(_) => vec![(String::new(), args.to_owned())],
    }
}

/// Splits `text` into terms: quoted spans and identifier-like tokens are strong, other words
/// of four letters or more (plural `s` dropped, stopwords skipped) are weak.
/// Runs of adjacent content words in `question`, lowercased: stopwords and words shorter
/// than three letters end a run.
pub(crate) fn word_runs(question: &str) -> Vec<Vec<String>> {
    let mut runs = vec![Vec::new()];
    for word in question.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
        let word = word.to_lowercase();
        if word.len() < 3 || STOPWORDS.contains(&word.as_str()) {
            if runs.last().is_some_and(|r| !r.is_empty()) {
                runs.push(Vec::new());
            }
        } else if let Some(run) = runs.last_mut() {
            run.push(word);
        }
    }
    runs.retain(|r| !r.is_empty());
    runs
}

fn context_terms(ctx: &Context<'_>) -> Vec<(String, u32)> {
    let mut terms: Vec<(String, u32)> = Vec::new();
    if let Some(question) = ctx.question {
        collect_terms(question, &mut terms);
    }
    // Arguments name commands and flags as much as subjects: only their strong terms count.
    if let Some(args) = ctx.tool_args {
        let mut arg_terms = Vec::new();
        for (key, value) in arg_strings(args) {
            if SEARCH_KEYS.contains(&key.as_str()) {
                // What was searched for is the subject itself, whatever its shape.
                let words = value.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|w| w.len() >= 3);
                arg_terms.extend(words.map(|w| (w.to_owned(), STRONG)));
            }
            collect_terms(&value, &mut arg_terms);
        }
        terms.extend(arg_terms.into_iter().filter(|t| t.1 >= STRONG && !t.0.contains(' ')));
    }
    terms
}

fn collect_terms(text: &str, out: &mut Vec<(String, u32)>) {
    for quote in ['`', '\'', '"'] {
        for (i, span) in text.split(quote).enumerate() {
            if i % 2 == 1 && (2..=60).contains(&span.len()) && !span.contains('\n') && !span.contains('{') {
                out.push((span.to_owned(), STRONG));
            }
        }
    }
    let is_sep = |c: char| !(c.is_alphanumeric() || "_-./:*<>=#@".contains(c));
    for raw in text.split(is_sep) {
        let token = raw.trim_matches(|c: char| ".:-/*<>=#@".contains(c));
        if token.len() < 2 {
            continue;
        }
        let has_digit = token.chars().any(|c| c.is_ascii_digit());
        let has_alpha = token.chars().any(|c| c.is_alphabetic());
        let inner_upper = token.chars().skip(1).any(|c| c.is_uppercase()) && token.chars().any(|c| c.is_lowercase());
        let joined = token.contains(['_', '-', '.', '/', ':']) && has_alpha && token.len() >= 4;
        if (has_digit && token.len() >= 4) || inner_upper || joined {
            out.push((token.to_owned(), STRONG));
            if token.contains(['-', '/', ':']) {
                for part in
                    token.split(['-', '/', ':']).filter(|p| p.len() >= 4 && p.chars().any(|c| c.is_ascii_digit()))
                {
                    out.push((part.to_owned(), STRONG));
                }
            }
        } else if has_alpha && !has_digit && token.len() >= 4 {
            let lower = token.to_lowercase();
            if STOPWORDS.contains(&lower.as_str()) {
                continue;
            }
            let stem = if lower.len() > 4 && lower.ends_with('s') && !lower.ends_with("ss") {
                lower[..lower.len() - 1].to_owned()
            } else {
                lower
            };
            out.push((stem, 1));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(q: &str) -> Query {
        let mut terms = Vec::new();
        collect_terms(q, &mut terms);
        Query::from_terms(terms)
    }

    #[test]
    fn scores_identifiers_above_words() {
        let q = query(
            "Which Context methods deal with cookies? Why does db-certs-authenticator restart (`warning_needs_response`)?",
        );
        assert!(q.score("func (c *Context) SetCookie(name string)") >= 2);
        assert!(q.has_strong("pod db-certs-authenticator-757f crashed"));
        assert!(q.has_strong("status: WARNING_NEEDS_RESPONSE"));
        assert!(!q.has_strong("the methods of context"));
        for text in
            ["pod db-certs-authenticator-757f crashed", "status: WARNING_NEEDS_RESPONSE", "the methods of context"]
        {
            assert_eq!(q.has_strong_given(q.bits(text), text), q.has_strong(text), "{text}");
        }
        assert_eq!(q.score("nothing relevant here"), 0);
    }

    #[test]
    fn hits_give_every_part_the_bits_a_scan_of_it_gives() {
        let q = query("Which Context methods deal with cookies in `SetCookie`? contextual sg-0a1b");
        let text =
            "[{\"name\":\"SetCookie\",\"doc\":\"cookies for a context\"},{\"id\":\"sg-0a1b2c\"}, \"CONTEXTual\"] é";
        let hits = q.hits(text);
        for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            for end in (start..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let part = &text[start..end];
                assert_eq!(hits.bits(part), q.bits(part), "{part:?}");
            }
        }
        assert_ne!(hits.bits(text), 0);
        let elsewhere = "SetCookie".to_owned();
        assert_eq!(hits.bits(&elsewhere), q.bits(&elsewhere), "a text that is not a part is scanned");
    }
}
