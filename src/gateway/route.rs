//! Which upstream a request goes to, and the URL it gets there.

use http::{HeaderMap, Uri};

use crate::provider::Endpoint;

/// The two upstream families.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Upstream {
    /// OpenAI and compatible servers.
    OpenAi,
    /// Anthropic.
    Anthropic,
}

impl Upstream {
    /// A stable name for labels.
    pub fn name(self) -> &'static str {
        match self {
            Upstream::OpenAi => "openai",
            Upstream::Anthropic => "anthropic",
        }
    }

    /// The endpoint whose error shape this upstream's clients expect.
    pub fn error_shape(self) -> Endpoint {
        match self {
            Upstream::OpenAi => Endpoint::OpenAiChat,
            Upstream::Anthropic => Endpoint::AnthropicMessages,
        }
    }
}

/// Picks the upstream for `path` and `headers`, and the path to send there: `/anthropic/…`
/// and `/openai/…` prefixes choose explicitly and are removed; otherwise Anthropic paths
/// (`/v1/messages…`, `/v1/complete`) or Anthropic headers (`anthropic-version`, `x-api-key`)
/// choose Anthropic, and everything else goes to OpenAI.
///
/// ```
/// use headroom::gateway::{Upstream, route};
/// let h = http::HeaderMap::new();
/// assert_eq!(route("/v1/messages/count_tokens", &h), (Upstream::Anthropic, "/v1/messages/count_tokens"));
/// assert_eq!(route("/v1/embeddings", &h), (Upstream::OpenAi, "/v1/embeddings"));
/// assert_eq!(route("/anthropic/v1/models", &h), (Upstream::Anthropic, "/v1/models"));
/// ```
pub fn route<'a>(path: &'a str, headers: &HeaderMap) -> (Upstream, &'a str) {
    if let Some(rest) = path.strip_prefix("/anthropic").filter(|r| r.starts_with('/')) {
        return (Upstream::Anthropic, rest);
    }
    if let Some(rest) = path.strip_prefix("/openai").filter(|r| r.starts_with('/')) {
        return (Upstream::OpenAi, rest);
    }
    let anthropic_path = path.starts_with("/v1/messages") || path.starts_with("/v1/complete");
    let anthropic_headers = headers.contains_key("anthropic-version") || headers.contains_key("x-api-key");
    if anthropic_path || anthropic_headers { (Upstream::Anthropic, path) } else { (Upstream::OpenAi, path) }
}

/// `base` (scheme, authority, optional path prefix) joined with the request's path and query.
pub fn upstream_uri(base: &Uri, path: &str, query: Option<&str>) -> Result<Uri, http::Error> {
    let prefix = base.path().trim_end_matches('/');
    let path_and_query = match query {
        Some(q) => format!("{prefix}{path}?{q}"),
        None => format!("{prefix}{path}"),
    };
    let mut parts = base.clone().into_parts();
    parts.path_and_query = Some(path_and_query.parse()?);
    Ok(Uri::from_parts(parts)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_prefix_and_query() {
        let base: Uri = "http://10.0.0.1:8000/gateway/".parse().unwrap();
        assert_eq!(
            upstream_uri(&base, "/v1/models", Some("a=1")).unwrap().to_string(),
            "http://10.0.0.1:8000/gateway/v1/models?a=1"
        );
        let plain: Uri = "https://api.openai.com".parse().unwrap();
        assert_eq!(
            upstream_uri(&plain, "/v1/responses", None).unwrap().to_string(),
            "https://api.openai.com/v1/responses"
        );
    }

    #[test]
    fn anthropic_headers_choose_anthropic() {
        let mut h = HeaderMap::new();
        h.insert("anthropic-version", "2023-06-01".parse().unwrap());
        assert_eq!(route("/v1/models", &h).0, Upstream::Anthropic);
    }
}
