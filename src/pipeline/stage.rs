//! The stages a request passes through, in order.

/// A point in a request's life at which extensions are told what is happening.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PipelineStage {
    /// A layer or gateway was built.
    Setup,
    /// The gateway is about to start serving.
    PreStart,
    /// The gateway is serving.
    PostStart,
    /// A request body was parsed; extensions may replace its message list here.
    InputReceived,
    /// System prompt and tools were scanned for cache-busting volatile values.
    InputCached,
    /// Each eligible block was given a content kind and compressor.
    InputRouted,
    /// Blocks were compressed, validated and their originals stored.
    InputCompressed,
    /// The extension seam for shared context and memory.
    InputRemembered,
    /// The rewritten body is about to be sent.
    PreSend,
    /// The inner service answered with response headers.
    PostSend,
    /// The response body ended.
    ResponseReceived,
}

impl PipelineStage {
    /// Every stage, in the order a request meets them.
    pub const ALL: [PipelineStage; 11] = [
        PipelineStage::Setup,
        PipelineStage::PreStart,
        PipelineStage::PostStart,
        PipelineStage::InputReceived,
        PipelineStage::InputCached,
        PipelineStage::InputRouted,
        PipelineStage::InputCompressed,
        PipelineStage::InputRemembered,
        PipelineStage::PreSend,
        PipelineStage::PostSend,
        PipelineStage::ResponseReceived,
    ];

    /// A stable snake_case name.
    pub fn name(self) -> &'static str {
        match self {
            PipelineStage::Setup => "setup",
            PipelineStage::PreStart => "pre_start",
            PipelineStage::PostStart => "post_start",
            PipelineStage::InputReceived => "input_received",
            PipelineStage::InputCached => "input_cached",
            PipelineStage::InputRouted => "input_routed",
            PipelineStage::InputCompressed => "input_compressed",
            PipelineStage::InputRemembered => "input_remembered",
            PipelineStage::PreSend => "pre_send",
            PipelineStage::PostSend => "post_send",
            PipelineStage::ResponseReceived => "response_received",
        }
    }
}
