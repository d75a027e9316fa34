use serde_json::json;

use super::*;

fn ev(name: &str, data: Value) -> Vec<u8> {
    format!("event: {name}\ndata: {data}\n\n").into_bytes()
}

#[test]
fn raw_events_split_anywhere_and_keep_their_bytes() {
    let stream = b"event: a\r\ndata: 1\r\n\r\ndata: 2\n\ndata: 3\r\r: comment\n\n";
    for cut in 0..stream.len() {
        let mut raw = RawEvents::default();
        let mut events = raw.push(&stream[..cut]);
        events.extend(raw.push(&stream[cut..]));
        assert_eq!(events.concat(), stream.to_vec(), "cut at {cut}");
        assert_eq!(events.len(), 4, "cut at {cut}: {events:?}");
        assert!(raw.rest().is_empty());
    }
    assert_eq!(event_data(b"data: {\"a\":\ndata: 1}\n\n").as_deref(), Some("{\"a\":\n1}"));
}

#[test]
fn the_last_round_lets_a_retrieve_call_through() {
    let call_events = |index: u64| {
        vec![
            ev(
                "content_block_start",
                json!({"type": "content_block_start", "index": index, "content_block": {"type": "tool_use", "id": "t", "name": RETRIEVE_TOOL_NAME, "input": {}}}),
            ),
            ev(
                "content_block_delta",
                json!({"type": "content_block_delta", "index": index, "delta": {"type": "input_json_delta", "partial_json": "{\"id\":\"abc\"}"}}),
            ),
            ev("content_block_stop", json!({"type": "content_block_stop", "index": index})),
            ev(
                "message_delta",
                json!({"type": "message_delta", "delta": {"stop_reason": "tool_use"}, "usage": {"output_tokens": 5}}),
            ),
            ev("message_stop", json!({"type": "message_stop"})),
        ]
    };
    let mut splicer = Splicer::new(Endpoint::AnthropicMessages);
    for round in 0..3 {
        let sent: Vec<u8> = call_events(0).iter().flat_map(|e| splicer.event(e)).collect();
        assert!(sent.is_empty(), "round {round}: withheld");
        match splicer.end_round() {
            RoundEnd::Retrieve { calls, .. } => assert_eq!(calls[0].id, "abc"),
            RoundEnd::Done { .. } => panic!("round {round} should retrieve"),
        }
        splicer.next_round(round == 2);
    }
    let sent: Vec<u8> = call_events(0).iter().flat_map(|e| splicer.event(e)).collect();
    let sent = String::from_utf8(sent).unwrap();
    assert!(sent.contains(RETRIEVE_TOOL_NAME) && sent.contains("\"index\":0"), "{sent}");
    let RoundEnd::Done { tail } = splicer.end_round() else { panic!("the last round ends the stream") };
    let tail = String::from_utf8(tail).unwrap();
    assert!(tail.contains("\"output_tokens\":20") && tail.ends_with("data: {\"type\":\"message_stop\"}\n\n"), "{tail}");
}

const RETRIEVE_TOOL_NAME: &str = crate::ccr::RETRIEVE_TOOL;

#[test]
fn hostile_events_never_panic() {
    let datas = [
        "5",
        "[1,2]",
        "null",
        "\"text\"",
        "{}",
        r#"{"type":"content_block_start","index":0,"content_block":"x"}"#,
        r#"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":5}}"#,
        r#"{"type":"message_delta","usage":7}"#,
        r#"{"choices":5}"#,
        r#"{"choices":[5]}"#,
        r#"{"choices":[{"delta":{"tool_calls":[5,{"index":"x"},{"function":7}]}}]}"#,
        r#"{"choices":[{"delta":5,"finish_reason":"stop"}],"usage":{"prompt_tokens":"x"}}"#,
        r#"{"type":"response.output_item.added","output_index":0,"item":5}"#,
        r#"{"type":"response.completed","response":"x","sequence_number":"y"}"#,
        r#"{"type":"response.output_text.delta","output_index":99999999999,"sequence_number":3}"#,
    ];
    for endpoint in Endpoint::ALL {
        for last in [false, true] {
            let mut splicer = Splicer::new(endpoint);
            if last {
                splicer.passthrough();
            }
            for data in datas {
                let _ = splicer.event(format!("data: {data}\n\n").as_bytes());
                let _ = splicer.event(format!("event: x\ndata: {data}\n\n").as_bytes());
            }
            let _ = splicer.end_round();
        }
    }
}

#[test]
fn an_event_that_never_ends_is_passed_on_not_held() {
    let mut raw = RawEvents::default();
    let big = vec![b'x'; crate::provider::sse::MAX_EVENT_BYTES + 10];
    let mut out = raw.push(b"data: ");
    out.extend(raw.push(&big));
    assert_eq!(out.concat().len(), big.len() + 6);
    let mut splicer = Splicer::new(Endpoint::OpenAiChat);
    assert_eq!(splicer.event(&out[0]).len(), out[0].len(), "passed through as it is");
}
