//! Writing out the lines a lossy compressor kept: dropped runs become `[… N lines]`, runs of
//! identical kept lines collapse to one, and one retrieval marker closes the block.

use super::Rewrite;
use crate::ccr::marker;

/// The kept lines of `lines` with gaps marked, or `None` if nothing would be dropped.
///
/// A gap of a single line is written out instead, since its placeholder would save little.
/// `unit` names what was dropped in the closing marker (`lines`, `hits`).
pub fn render_kept(lines: &[&str], keep: &[bool], unit: &str, retrieve_id: &str) -> Option<Rewrite> {
    let mut out = String::new();
    let mut dropped = 0usize;
    let mut i = 0;
    while i < lines.len() {
        if !keep[i] {
            let start = i;
            while i < lines.len() && !keep[i] {
                i += 1;
            }
            if i - start == 1 {
                push_line(&mut out, lines[start]);
            } else {
                dropped += i - start;
                push_line(&mut out, &format!("[… {} {unit}]", i - start));
            }
            continue;
        }
        let start = i;
        while i + 1 < lines.len() && keep[i + 1] && lines[i + 1] == lines[start] {
            i += 1;
        }
        push_line(&mut out, lines[start]);
        if i > start {
            push_line(&mut out, &format!("[previous line repeated {} more times]", i - start));
        }
        i += 1;
    }
    if dropped == 0 {
        return None;
    }
    push_line(&mut out, &marker(&format!("{dropped} {unit}"), retrieve_id));
    Some(Rewrite { text: out, lossy: true })
}

fn push_line(out: &mut String, line: &str) {
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(line);
}

/// Marks `radius` lines on each side of every kept line in `seeds` as kept too.
pub fn widen(keep: &mut [bool], seeds: &[usize], before: usize, after: usize) {
    for &i in seeds {
        let from = i.saturating_sub(before);
        let to = (i + after + 1).min(keep.len());
        keep[from..to].iter_mut().for_each(|k| *k = true);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_gaps_and_collapses_repeats() {
        let lines = ["a", "b", "c", "d", "e", "e", "e", "f"];
        let keep = [true, false, false, true, true, true, true, false];
        let out = render_kept(&lines, &keep, "lines", "0123456789abcdef01234567").unwrap();
        let expected = "a\n[… 2 lines]\nd\ne\n[previous line repeated 2 more times]\nf\n";
        assert!(out.text.starts_with(expected), "{}", out.text);
        assert!(out.text.ends_with("returns them]"));
        assert!(render_kept(&lines, &[true; 8], "lines", "x").is_none());
    }
}
