//! The languages the code compressor reads: their grammars, which nodes are functions, and
//! how a language is told from a path or from the text itself.

use tree_sitter::Language;

/// A language with a tree-sitter grammar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Python (`.py`).
    Python,
    /// JavaScript, JSX included (`.js`, `.mjs`, `.jsx`).
    JavaScript,
    /// TypeScript (`.ts`).
    TypeScript,
    /// TypeScript with JSX (`.tsx`).
    Tsx,
    /// Rust (`.rs`).
    Rust,
    /// Go (`.go`).
    Go,
    /// Java (`.java`).
    Java,
    /// C (`.c`).
    C,
    /// C++ (`.cc`, `.cpp`, `.h`, `.hpp`).
    Cpp,
    /// Ruby (`.rb`).
    Ruby,
}

/// What the node kinds of a grammar are, by kind id: the walk over a large file compares
/// numbers instead of fetching and scanning kind names.
pub(crate) struct Kinds {
    flags: Vec<u8>,
}

impl Kinds {
    pub const FUNCTION: u8 = 1;
    pub const COMMENT: u8 = 2;
    /// Attributes, decorators and annotations: they sit between a doc and its item.
    pub const ATTRIBUTE: u8 = 4;
    pub const STRING: u8 = 8;
    pub const EXPRESSION_STATEMENT: u8 = 16;

    fn build(lang: Lang) -> Kinds {
        let language = lang.grammar();
        let flags = (0..language.node_kind_count())
            .map(|id| {
                let Some(name) = u16::try_from(id).ok().and_then(|id| language.node_kind_for_id(id)) else { return 0 };
                let mut f = 0;
                if lang.is_function(name) {
                    f |= Kinds::FUNCTION;
                }
                if name.contains("comment") {
                    f |= Kinds::COMMENT;
                }
                if name.contains("attribute") || name.contains("decorator") || name == "annotation" {
                    f |= Kinds::ATTRIBUTE;
                }
                if name == "string" {
                    f |= Kinds::STRING;
                }
                if name == "expression_statement" {
                    f |= Kinds::EXPRESSION_STATEMENT;
                }
                f
            })
            .collect();
        Kinds { flags }
    }

    /// The flags of kind `id`.
    pub fn of(&self, id: u16) -> u8 {
        self.flags.get(usize::from(id)).copied().unwrap_or(0)
    }
}

/// How an elided body is written so the file still parses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Placeholder {
    /// `...  # note` (Python: an ellipsis is a statement).
    Ellipsis,
    /// `# note` (Ruby: a body may be only a comment).
    HashComment,
    /// `/* note */` inside the braces.
    BlockComment,
}

impl Lang {
    /// Every language, in a fixed order.
    pub const ALL: [Lang; 10] = [
        Lang::Python,
        Lang::JavaScript,
        Lang::TypeScript,
        Lang::Tsx,
        Lang::Rust,
        Lang::Go,
        Lang::Java,
        Lang::C,
        Lang::Cpp,
        Lang::Ruby,
    ];

    /// A stable lowercase name.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Python => "python",
            Lang::JavaScript => "javascript",
            Lang::TypeScript => "typescript",
            Lang::Tsx => "tsx",
            Lang::Rust => "rust",
            Lang::Go => "go",
            Lang::Java => "java",
            Lang::C => "c",
            Lang::Cpp => "cpp",
            Lang::Ruby => "ruby",
        }
    }

    /// The tree-sitter grammar.
    pub fn grammar(self) -> Language {
        match self {
            Lang::Python => tree_sitter_python::LANGUAGE.into(),
            Lang::JavaScript => tree_sitter_javascript::LANGUAGE.into(),
            Lang::TypeScript => tree_sitter_typescript::LANGUAGE_TYPESCRIPT.into(),
            Lang::Tsx => tree_sitter_typescript::LANGUAGE_TSX.into(),
            Lang::Rust => tree_sitter_rust::LANGUAGE.into(),
            Lang::Go => tree_sitter_go::LANGUAGE.into(),
            Lang::Java => tree_sitter_java::LANGUAGE.into(),
            Lang::C => tree_sitter_c::LANGUAGE.into(),
            Lang::Cpp => tree_sitter_cpp::LANGUAGE.into(),
            Lang::Ruby => tree_sitter_ruby::LANGUAGE.into(),
        }
    }

    /// The kind table of this language's grammar, built once.
    pub(crate) fn kinds(self) -> &'static Kinds {
        static TABLES: [std::sync::OnceLock<Kinds>; 10] = [const { std::sync::OnceLock::new() }; 10];
        let at = Lang::ALL.iter().position(|l| *l == self).unwrap_or(0);
        TABLES[at].get_or_init(|| Kinds::build(self))
    }

    /// How an elided body is written in this language.
    pub(crate) fn placeholder(self) -> Placeholder {
        match self {
            Lang::Python => Placeholder::Ellipsis,
            Lang::Ruby => Placeholder::HashComment,
            _ => Placeholder::BlockComment,
        }
    }

    /// Whether blocks are delimited by `{` and `}` (all but Python and Ruby).
    pub(crate) fn uses_braces(self) -> bool {
        !matches!(self, Lang::Python | Lang::Ruby)
    }

    /// Whether a node of this kind is a function, method, constructor or lambda with a body.
    pub(crate) fn is_function(self, kind: &str) -> bool {
        match self {
            Lang::Python => kind == "function_definition",
            Lang::Rust => matches!(kind, "function_item" | "closure_expression"),
            Lang::Go => matches!(kind, "function_declaration" | "method_declaration" | "func_literal"),
            Lang::Java => matches!(
                kind,
                "method_declaration"
                    | "constructor_declaration"
                    | "compact_constructor_declaration"
                    | "lambda_expression"
            ),
            Lang::C => kind == "function_definition",
            Lang::Cpp => matches!(kind, "function_definition" | "lambda_expression"),
            Lang::JavaScript | Lang::TypeScript | Lang::Tsx => matches!(
                kind,
                "function_declaration"
                    | "function_expression"
                    | "generator_function"
                    | "generator_function_declaration"
                    | "method_definition"
                    | "arrow_function"
            ),
            Lang::Ruby => matches!(kind, "method" | "singleton_method"),
        }
    }

    /// The language a file name in the call's arguments names (the last one wins).
    pub fn from_args(args: &str) -> Option<Lang> {
        crate::transform::router::extensions(args)
            .filter_map(|ext| {
                Some(match ext.to_ascii_lowercase().as_str() {
                    "py" | "pyi" => Lang::Python,
                    "js" | "mjs" | "cjs" | "jsx" => Lang::JavaScript,
                    "ts" | "mts" | "cts" => Lang::TypeScript,
                    "tsx" => Lang::Tsx,
                    "rs" => Lang::Rust,
                    "go" => Lang::Go,
                    "java" => Lang::Java,
                    "c" => Lang::C,
                    "h" | "cc" | "cpp" | "cxx" | "hpp" | "hh" | "hxx" => Lang::Cpp,
                    "rb" => Lang::Ruby,
                    _ => return None,
                })
            })
            .next_back()
    }

    /// The language the text reads as, from telltale lines; `None` if nothing stands out.
    pub fn detect(text: &str) -> Option<Lang> {
        let mut scores = [0u32; Lang::ALL.len()];
        let mut add = |lang: Lang, n: u32| scores[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)] += n;
        for line in text.lines().take(400) {
            let t = line.trim_start();
            let starts = |p: &str| t.starts_with(p);
            let ends = |p: &str| t.trim_end().ends_with(p);
            if starts("def ") || starts("async def ") {
                if ends(":") || ends(",") || ends("(") {
                    add(Lang::Python, 3);
                } else {
                    add(Lang::Ruby, 3);
                }
            }
            if starts("from ") && t.contains(" import ") || starts("elif ") || starts("self.") || starts("\"\"\"") {
                add(Lang::Python, 2);
            }
            if starts("import ") && !t.contains(';') && !t.contains('"') && !t.contains('\'') && !t.ends_with('(') {
                add(Lang::Python, 1);
            }
            if t == "end" || starts("require '") || starts("attr_accessor") || starts("module ") && !t.contains(';') {
                add(Lang::Ruby, 2);
            }
            if starts("fn ") || starts("pub fn ") || starts("pub(crate) ") || starts("impl") || starts("#[") {
                add(Lang::Rust, 3);
            }
            if starts("use ") && t.contains("::") || starts("let mut ") || starts("mod ") && ends(";") {
                add(Lang::Rust, 2);
            }
            if starts("func ") {
                add(Lang::Go, 3);
            }
            if starts("package ") && !ends(";") || t.contains(" := ") || t == "import (" {
                add(Lang::Go, 2);
            }
            if starts("package ") && ends(";")
                || starts("import ") && ends(";") && !t.contains('\'') && !t.contains('"')
            {
                add(Lang::Java, 3);
            }
            if starts("@Override")
                || starts("public class ")
                || starts("public final class ")
                || t.contains("private final ")
            {
                add(Lang::Java, 2);
            }
            if starts("#include") || starts("#define") || starts("typedef ") || starts("#ifndef") {
                add(Lang::C, 2);
                add(Lang::Cpp, 2);
            }
            if t.contains("std::") || starts("namespace ") || starts("template") || t == "public:" || t == "private:" {
                add(Lang::Cpp, 3);
            }
            if starts("function ") || starts("export default") || t.contains("require(") || t.contains("module.exports")
            {
                add(Lang::JavaScript, 2);
                add(Lang::TypeScript, 2);
            }
            if (starts("import ") || starts("export ")) && (t.contains(" from '") || t.contains(" from \"")) {
                add(Lang::JavaScript, 2);
                add(Lang::TypeScript, 2);
            }
            if t.contains("=> ") || starts("const ") && ends(";") {
                add(Lang::JavaScript, 1);
                add(Lang::TypeScript, 1);
            }
            if starts("interface ")
                || starts("export interface ")
                || starts("export type ")
                || starts("type ") && t.contains(" = ")
                || t.contains(": string")
                || t.contains(": number")
                || t.contains(": boolean")
                || starts("private ") && t.contains(": ")
                || starts("readonly ")
            {
                add(Lang::TypeScript, 3);
            }
        }
        let (best, score) = scores.iter().enumerate().max_by_key(|(i, s)| (**s, usize::MAX - i))?;
        (*score >= 6).then_some(Lang::ALL[best])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_extension_in_arguments() {
        assert_eq!(Lang::from_args(r#"{"command":"cat -n src/context.go"}"#), Some(Lang::Go));
        assert_eq!(Lang::from_args(r#"{"path":"a/b.tsx"}"#), Some(Lang::Tsx));
        assert_eq!(Lang::from_args(r#"{"path":"README.md"}"#), None);
    }

    #[test]
    fn brace_languages_are_the_ones_with_block_comment_placeholders() {
        for lang in Lang::ALL {
            assert_eq!(lang.uses_braces(), lang.placeholder() == Placeholder::BlockComment, "{lang:?}");
        }
        assert!(!Lang::Python.uses_braces() && !Lang::Ruby.uses_braces() && Lang::Go.uses_braces());
    }

    #[test]
    fn tells_languages_from_content() {
        let cases = [
            (
                Lang::Python,
                "import os\nfrom x import y\n\ndef f(a):\n    return a\n\nclass A:\n    def g(self):\n        pass\n",
            ),
            (Lang::Rust, "use std::io;\n\npub fn f() -> u8 {\n    1\n}\n\nimpl A {\n    fn g(&self) {}\n}\n"),
            (Lang::Go, "package main\n\nimport (\n\t\"fmt\"\n)\n\nfunc main() {\n\tx := 1\n}\n"),
            (
                Lang::Java,
                "package a.b;\n\nimport java.util.List;\n\npublic class A {\n  @Override\n  public String toString() { return \"\"; }\n}\n",
            ),
            (
                Lang::Cpp,
                "#include <vector>\n\nnamespace a {\ntemplate <typename T>\nclass B {\npublic:\n  std::vector<T> v;\n};\n}\n",
            ),
            (
                Lang::TypeScript,
                "import { a } from './a';\n\nexport interface X {\n  name: string;\n}\n\nexport function f(x: number): string {\n  return '';\n}\n",
            ),
            (Lang::Ruby, "require 'json'\n\nmodule A\n  def f(x)\n    x\n  end\nend\n"),
        ];
        for (lang, text) in cases {
            assert_eq!(Lang::detect(text), Some(lang), "{text}");
        }
        assert_eq!(Lang::detect("Just some prose.\nNothing to see.\n"), None);
    }
}
