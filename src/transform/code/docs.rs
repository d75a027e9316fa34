//! Long doc comments and docstrings: the summary (the first paragraph, at most a few lines)
//! stays, the rest (examples, parameter tables) can go unless the question points at it.

use super::elide::{Candidate, Comment, Cut, Threshold};

/// Summary lines kept at the head of a long doc.
const HEAD_LINES: usize = 3;

/// Groups adjacent whole-line comments into docs and returns the elidable tail of each doc
/// whose tail meets `threshold`.
pub fn candidates<'s>(
    comments: &[Comment<'s>],
    lines: &[&str],
    src: &'s str,
    threshold: Threshold,
) -> Vec<Candidate<'s>> {
    let whole_line = |c: &Comment<'_>| {
        let before = lines.get(c.first).and_then(|l| l.get(..c.start_column));
        let after = match c.end_column {
            Some(column) => lines.get(c.last).and_then(|l| l.get(column..)),
            None => Some(""),
        };
        before.is_some_and(|b| b.trim().is_empty()) && after.is_some_and(|a| a.trim().is_empty())
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < comments.len() {
        let start = i;
        i += 1;
        if !whole_line(&comments[start]) {
            continue;
        }
        if !comments[start].block {
            while i < comments.len()
                && !comments[i].block
                && comments[i].first == comments[i - 1].last + 1
                && whole_line(&comments[i])
            {
                i += 1;
            }
        }
        let run = &comments[start..i];
        let (first, last) = (run[0].first, run[run.len() - 1].last);
        let Some(head_end) = head_end(&lines[first..=last]).map(|h| first + h) else { continue };
        let tail_end = if run[0].block { last.saturating_sub(1) } else { last };
        let tail = &lines[(head_end + 1).min(tail_end + 1)..=tail_end];
        if !threshold.met_by(tail) {
            continue;
        }
        let text_start = src.as_ptr() as usize;
        let from = run[0].text.as_ptr() as usize - text_start;
        let to = run[run.len() - 1].text.as_ptr() as usize - text_start + run[run.len() - 1].text.len();
        found.push(Candidate {
            cut: Cut::Doc,
            name: run[run.len() - 1].owner,
            first: head_end + 1,
            last: tail_end,
            text: &src[from..to],
        });
    }
    found
}

/// The index of the last line of a doc's summary: its first paragraph, at most [`HEAD_LINES`]
/// lines with words in them.
fn head_end(doc: &[&str]) -> Option<usize> {
    let mut end = None;
    let mut worded = 0;
    for (i, line) in doc.iter().enumerate() {
        let words = line.trim().trim_start_matches(['/', '*', '#', '!', '"', '\'']).trim();
        if words.is_empty() || words == "*/" {
            if worded > 0 {
                break;
            }
        } else {
            worded += 1;
        }
        end = Some(i);
        if worded == HEAD_LINES {
            break;
        }
    }
    end
}

/// What an elided doc line is replaced by: the comment leader of the first elided line
/// (`///`, `//`, `*`, `#`), so the placeholder stays inside the comment.
pub fn leader(line: &str) -> &str {
    let trimmed = line.trim_start();
    let indent = &line[..line.len() - trimmed.len()];
    let punct = trimmed.len() - trimmed.trim_start_matches(['/', '*', '#', '!', '-']).len();
    let lead = &line[..indent.len() + punct];
    if punct == 0 { indent } else { lead }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_is_the_first_paragraph() {
        let doc = ["/**", " * Reads JSON.", " * Fast.", " *", " * <p>Details", " */"];
        assert_eq!(head_end(&doc), Some(2));
        let doc = ["/// One.", "/// Two.", "/// Three.", "/// Four."];
        assert_eq!(head_end(&doc), Some(2));
    }

    #[test]
    fn leader_keeps_the_comment_open() {
        assert_eq!(leader("    /// text"), "    ///");
        assert_eq!(leader("   * text"), "   *");
        assert_eq!(leader("\t// text"), "\t//");
        assert_eq!(leader("    plain docstring text"), "    ");
    }
}
