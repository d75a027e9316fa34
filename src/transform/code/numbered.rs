//! Files shown with line numbers (`cat -n`, numbered read tools): the numbers are split off
//! before parsing and put back on the lines that remain, so `file:line` references stay true.
//! They go back without `cat -n`'s padding: once lines are elided the column no longer lines
//! up anyway, and the blanks cost about a token a line (an eighth of gin's `context.go`).

/// The lines of a tool output, each split into its line-number prefix (empty when the output
/// is not numbered) and the source text after it.
pub struct Lines<'a> {
    pub prefixes: Vec<&'a str>,
    pub source: Vec<&'a str>,
    pub numbered: bool,
}

impl<'a> Lines<'a> {
    /// Splits `text` into lines, and off each its number if nearly every line has one.
    pub fn split(text: &'a str) -> Self {
        let lines: Vec<&str> = text.split('\n').collect();
        let split: Vec<Option<usize>> = lines.iter().map(|l| prefix_len(l)).collect();
        let non_empty = lines.iter().filter(|l| !l.trim().is_empty()).count();
        let with_number = split.iter().filter(|p| p.is_some()).count();
        let numbered = non_empty >= 3 && with_number * 20 >= non_empty * 19;
        if !numbered {
            return Lines { prefixes: vec![""; lines.len()], source: lines, numbered };
        }
        let (prefixes, source) = lines.iter().zip(&split).map(|(line, at)| line.split_at(at.unwrap_or(0))).unzip();
        Lines { prefixes, source, numbered }
    }

    /// The source without numbers, as the parser reads it (`text` itself when unnumbered).
    pub fn source_text<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        if self.numbered { std::borrow::Cow::Owned(self.source.join("\n")) } else { std::borrow::Cow::Borrowed(text) }
    }

    /// What stands before an inserted line where numbered lines stand: the separator alone.
    pub fn blank_prefix(&self) -> &'a str {
        let Some(prefix) = self.prefixes.iter().find(|p| !p.is_empty()) else { return "" };
        prefix.trim_start_matches(|c: char| c == ' ' || c.is_ascii_digit())
    }

    /// The number and separator shown before kept line `row`, without the padding.
    pub fn shown_prefix(&self, row: usize) -> &'a str {
        self.prefixes[row].trim_start_matches(' ')
    }
}

/// Length of a `   42\t` or `   42→` prefix.
fn prefix_len(line: &str) -> Option<usize> {
    let digits_from = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[digits_from..];
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return None;
    }
    let after = &rest[digits..];
    let sep = if after.starts_with('\t') {
        1
    } else if after.starts_with('→') {
        '→'.len_utf8()
    } else {
        return None;
    };
    Some(digits_from + digits + sep)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_numbers_off_cat_n_output() {
        let text = "     1\tpackage a\n     2\t\n     3\tfunc f() {}\n    10→x";
        let lines = Lines::split(text);
        assert_eq!(lines.source, ["package a", "", "func f() {}", "x"]);
        assert_eq!(lines.prefixes[2], "     3\t");
        assert_eq!(lines.shown_prefix(2), "3\t");
        assert_eq!(lines.shown_prefix(3), "10→");
        assert_eq!(lines.blank_prefix(), "\t");
    }

    #[test]
    fn leaves_plain_source_alone() {
        let text = "fn main() {\n    let x = 1;\n    let y = 2;\n}";
        let lines = Lines::split(text);
        assert!(matches!(lines.source_text(text), std::borrow::Cow::Borrowed(t) if t == text));
        assert_eq!(lines.blank_prefix(), "");
    }
}
