//! HTML pages: the readable text — headings, paragraphs, list items, table rows, link
//! text — without scripts, styles, navigation or reference lists; then the prose compressor.

use super::text::TextCompressor;
use super::{Compressor, Context, Rewrite};
use crate::ccr::marker;

/// Extracts the readable text of a page and, if still long, cuts it like prose.
///
/// ```
/// use headroom::transform::{Compressor, Context, HtmlCompressor};
/// let page = format!("<html><head><script>var x = 1;</script></head><body><nav>Home | About</nav>\
///     <h1>Title</h1><p>Hello &amp; welcome.</p>{}</body></html>", "<div class=\"x\"></div>".repeat(100));
/// let out = HtmlCompressor.compress(&page, &Context::bare("0123456789abcdef01234567")).unwrap();
/// assert!(out.text.starts_with("# Title\n\nHello & welcome."));
/// assert!(!out.text.contains("var x") && !out.text.contains("Home | About"));
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct HtmlCompressor;

impl Compressor for HtmlCompressor {
    fn name(&self) -> &'static str {
        "html"
    }

    fn compress(&self, text: &str, ctx: &Context<'_>) -> Option<Rewrite> {
        let readable = extract(text);
        if readable.len() >= text.len() {
            return None;
        }
        let body = match TextCompressor.compress(&readable, ctx) {
            Some(cut) => cut.text,
            None => format!("{readable}\n{}", marker("markup", ctx.retrieve_id)),
        };
        Some(Rewrite { text: body, lossy: true })
    }
}

/// Tags whose whole content is dropped.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "svg", "nav", "header", "footer", "aside", "form", "button", "iframe", "template",
    "select", "head", "math", "canvas",
];
/// Class or id fragments of boilerplate containers.
const BOILERPLATE: &[&str] = &[
    "navbox",
    "navbar",
    "sidebar",
    "menu",
    "footer",
    "breadcrumb",
    "cookie",
    "editsection",
    "reflist",
    "references",
    "reference",
    "catlinks",
    "printfooter",
    "noprint",
    "mw-jump",
    "toc",
    "sistersitebox",
    "banner",
    "advert",
    "share",
];
const VOID: &[&str] =
    &["br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"];

/// The readable text of `html`, one block per paragraph.
pub fn extract(html: &str) -> String {
    let mut out = Extracted::default();
    let mut skip: Option<(String, usize)> = None;
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        if skip.is_none() {
            out.text(&rest[..lt]);
        }
        rest = &rest[lt..];
        let Some(tag) = Tag::parse(rest) else {
            if skip.is_none() {
                out.text("<");
            }
            rest = &rest[1..];
            continue;
        };
        rest = &rest[tag.len..];
        if let Some((name, depth)) = &mut skip {
            if tag.name == *name && !VOID.contains(&tag.name.as_str()) {
                if tag.closing {
                    *depth -= 1;
                } else if !tag.self_closing {
                    *depth += 1;
                }
            }
            if *depth == 0 {
                skip = None;
            }
            continue;
        }
        if matches!(tag.name.as_str(), "script" | "style") && !tag.closing {
            let close = format!("</{}", tag.name);
            let end = find_ci(rest, &close).unwrap_or(rest.len());
            rest = &rest[end..];
            continue;
        }
        if !tag.closing && !tag.self_closing && !VOID.contains(&tag.name.as_str()) && tag.is_boilerplate() {
            skip = Some((tag.name.clone(), 1));
            continue;
        }
        out.tag(&tag);
    }
    if skip.is_none() {
        out.text(rest);
    }
    out.finish()
}

fn find_ci(haystack: &str, needle: &str) -> Option<usize> {
    haystack.as_bytes().windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

struct Tag {
    name: String,
    attrs: String,
    closing: bool,
    self_closing: bool,
    len: usize,
}

impl Tag {
    /// Parses the tag, comment or declaration at the start of `s`.
    fn parse(s: &str) -> Option<Tag> {
        if s.starts_with("<!--") {
            let end = s.find("-->").map_or(s.len(), |e| e + 3);
            return Some(Tag {
                name: "!--".into(),
                attrs: String::new(),
                closing: false,
                self_closing: true,
                len: end,
            });
        }
        let bytes = s.as_bytes();
        let closing = bytes.get(1) == Some(&b'/');
        let start = if closing { 2 } else { 1 };
        let first = *bytes.get(start)?;
        if !(first.is_ascii_alphabetic() || first == b'!' || first == b'?') {
            return None;
        }
        let mut quote = None;
        let mut end = None;
        for (i, &b) in bytes.iter().enumerate().skip(start) {
            match (quote, b) {
                (Some(q), _) if b == q => quote = None,
                (Some(_), _) => {}
                (None, b'"' | b'\'') => quote = Some(b),
                (None, b'>') => {
                    end = Some(i);
                    break;
                }
                _ => {}
            }
        }
        let end = end?;
        let inner = &s[start..end];
        let name_len = inner.find(|c: char| c.is_whitespace() || c == '/').unwrap_or(inner.len());
        Some(Tag {
            name: inner[..name_len].to_ascii_lowercase(),
            attrs: inner[name_len..].to_ascii_lowercase(),
            closing,
            self_closing: inner.ends_with('/') || first == b'!' || first == b'?',
            len: end + 1,
        })
    }

    fn is_boilerplate(&self) -> bool {
        if SKIPPED.contains(&self.name.as_str()) {
            return true;
        }
        if matches!(self.name.as_str(), "html" | "body" | "main" | "article")
            || self.attrs.contains("id=\"content\"")
            || self.attrs.contains("id=\"bodycontent\"")
        {
            return false;
        }
        if self.attrs.contains("role=\"navigation\"")
            || self.attrs.contains("aria-hidden=\"true\"")
            || self.attrs.contains("display:none")
        {
            return true;
        }
        ["class=", "id="].iter().any(|attr| {
            self.attrs.match_indices(attr).any(|(at, _)| {
                let value = self.attrs[at + attr.len()..].trim_start_matches(['"', '\'']);
                let value = value.split(['"', '\'']).next().unwrap_or("");
                value
                    .split_whitespace()
                    .flat_map(|class| class.split(['-', '_']))
                    .any(|part| BOILERPLATE.contains(&part))
            })
        })
    }
}

#[derive(Default)]
struct Extracted {
    out: String,
    line: String,
}

impl Extracted {
    fn text(&mut self, raw: &str) {
        let decoded = decode_entities(raw);
        let leading_space = decoded.starts_with(char::is_whitespace);
        for (i, word) in decoded.split_whitespace().enumerate() {
            if !self.line.is_empty() && !self.line.ends_with(' ') && (i > 0 || leading_space) {
                self.line.push(' ');
            }
            self.line.push_str(word);
        }
        if decoded.ends_with(char::is_whitespace) && !self.line.is_empty() && !self.line.ends_with(' ') {
            self.line.push(' ');
        }
    }

    fn tag(&mut self, tag: &Tag) {
        match tag.name.as_str() {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "title" => {
                self.block();
                if !tag.closing {
                    let level = tag.name[1..].parse::<usize>().unwrap_or(1);
                    self.line.push_str(&"#".repeat(level));
                    self.line.push(' ');
                }
            }
            "td" | "th" if !tag.closing => {
                let trimmed = self.line.trim_end().len();
                self.line.truncate(trimmed);
                self.line.push_str(if self.line.is_empty() { "| " } else { " | " });
            }
            "li" if !tag.closing => {
                self.block();
                self.line.push_str("- ");
            }
            "br" | "tr" => self.newline(),
            "p" | "div" | "table" | "ul" | "ol" | "li" | "section" | "article" | "blockquote" | "pre" | "dl" | "dt"
            | "dd" | "figcaption" | "caption" | "hr" | "main" | "body" => self.block(),
            _ => {}
        }
    }

    fn newline(&mut self) {
        let line = self.line.trim();
        if !line.is_empty() && line != "-" && line != "|" {
            self.out.push_str(line);
            self.out.push('\n');
        }
        self.line.clear();
    }

    fn block(&mut self) {
        self.newline();
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    fn finish(mut self) -> String {
        self.newline();
        self.out.trim_end().to_owned()
    }
}

/// Decodes the character references readers meet in text.
fn decode_entities(raw: &str) -> std::borrow::Cow<'_, str> {
    if !raw.contains('&') {
        return std::borrow::Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        // Entities are ASCII: look for the `;` in the next bytes, whatever characters they are.
        let end = rest.as_bytes()[..rest.len().min(12)].iter().position(|&b| b == b';');
        let decoded = end.and_then(|e| entity(&rest[1..e]).map(|c| (c, e + 1)));
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "times" => '×',
        "copy" => '©',
        "middot" => '·',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_become_rows_and_references_go() {
        let html = "<table><tr><th>Film</th><th>Year</th></tr><tr><td><i>Groundhog Day</i></td><td>1993</td><td>Phil (<a href=\"x\">Bill Murray</a>)<sup class=\"reference\">[1]</sup></td></tr></table>";
        let text = extract(html);
        assert_eq!(text, "| Film | Year\n| Groundhog Day | 1993 | Phil (Bill Murray)");
    }

    #[test]
    fn nested_skips_and_entities() {
        let html = "<div class=\"navbox\"><div>menu</div><div>more</div></div><p>caf&eacute; &#233; &#x41; &amp;</p><!-- c --><p>a<br>b</p>";
        assert_eq!(extract(html), "caf&eacute; é A &\n\na\nb");
    }

    #[test]
    fn an_ampersand_before_multibyte_text_is_kept() {
        // Found by the `compressors` fuzz target: the entity search cut inside a character.
        assert_eq!(decode_entities("&mut R {\nioџoin; &amp;"), "&mut R {\nioџoin; &");
        assert_eq!(decode_entities("&ééééééé;"), "&ééééééé;");
    }
}
