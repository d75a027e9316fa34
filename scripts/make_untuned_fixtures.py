#!/usr/bin/env python3
"""Wrap real tool outputs captured on a dev machine into corpus-format cases.

Each case folder gets `request.json` (a Chat Completions, Anthropic or Responses body whose
tool output is the captured text) and `case.json` (question and must_keep facts), so that
`headroom eval tests/fixtures/untuned` measures them like the shared corpus.

Usage: scripts/make_untuned_fixtures.py RAW_DIR OUT_DIR
RAW_DIR holds the captured outputs (see `CASES` for the file names and the commands that
produced them); the generated cases are committed, so this runs only to refresh them.
"""
import json, os, random, sys

def kubectl_pods():
    random.seed(11)
    items = []
    for i in range(40):
        name = f"payments-api-7d9f8b6c5-{i:02d}x{random.randint(10,99)}k" if i != 23 else "payments-api-7d9f8b6c5-x2x9k"
        crash = i == 23
        items.append({
            "apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": name, "namespace": "prod", "labels": {"app": "payments-api", "pod-template-hash": "7d9f8b6c5"},
                         "creationTimestamp": f"2026-11-2{i % 9}T0{i % 10}:1{i % 6}:00Z", "uid": f"5f1c{i:04d}-aa10-4c1e-9d7e-{i:012d}"},
            "spec": {"nodeName": f"node-{i % 6}", "containers": [{"name": "api", "image": "registry.example.com/payments-api:2.14.3",
                     "resources": {"limits": {"cpu": "500m", "memory": "512Mi"}}}]},
            "status": {"phase": "Running", "podIP": f"10.42.{i % 6}.{10 + i}",
                       "containerStatuses": [{"name": "api", "ready": not crash, "restartCount": 17 if crash else 0,
                                              "state": ({"waiting": {"reason": "CrashLoopBackOff", "message": "Back-off restarting failed container api in pod payments-api-7d9f8b6c5-x2x9k"}}
                                                        if crash else {"running": {"startedAt": f"2026-11-2{i % 9}T0{i % 10}:1{i % 6}:05Z"}})}]},
        })
    return json.dumps({"apiVersion": "v1", "items": items, "kind": "List", "metadata": {"resourceVersion": ""}}, indent=4)

def gcp_instances():
    random.seed(5)
    out = []
    for i in range(30):
        stopped = i == 17
        out.append({"id": str(7300000000000000000 + i * 7919), "name": f"batch-worker-{i:02d}", "zone": "projects/acme-prod/zones/europe-west4-b",
                    "machineType": "projects/acme-prod/zones/europe-west4-b/machineTypes/e2-standard-4",
                    "status": "TERMINATED" if stopped else "RUNNING",
                    "networkInterfaces": [{"networkIP": f"10.164.0.{20 + i}", "accessConfigs": [{"type": "ONE_TO_ONE_NAT", "natIP": f"34.90.{i}.{100 + i}"}]}],
                    "scheduling": {"preemptible": stopped, "automaticRestart": not stopped},
                    "lastStartTimestamp": f"2026-11-{10 + i % 18}T08:00:00.000-08:00",
                    **({"lastStopTimestamp": "2026-11-28T03:12:44.512-08:00"} if stopped else {})})
    return json.dumps(out, indent=2)

# name: (raw file or generator, provider, tool name, tool args, question, must_keep)
CASES = {
    "cargo-build-verbose": ("cargo_build.txt", "openai-chat", "bash", {"command": "cargo build -v"}, "Why does the build fail?",
        ["error[E0308]: mismatched types", "--> src/main.rs:6:27", "expected `u32`, found `u16`", "error: could not compile `app` (bin \"app\") due to 1 previous error"]),
    "cargo-test-failure": ("cargo_test.txt", "anthropic", "Bash", {"command": "cargo test"}, "Which test fails, and what values did the assertion compare?",
        ["tests::port_with_space", "left: 0", "right: 8080", "test result: FAILED. 34 passed; 1 failed"]),
    "cargo-clippy-pedantic": ("cargo_clippy.txt", "openai-responses", "shell", {"command": "cargo clippy -- -W clippy::pedantic"}, "List the clippy findings.",
        ["writing `&String` instead of `&str`", "length comparison to zero", "the loop variable `i` is only used to index `list`", "manual implementation of an assign operation"]),
    "pytest-verbose": ("pytest.txt", "openai-chat", "run_tests", {"command": "pytest -v"}, "Which test failed and with what error?",
        ["test_reserve_bulk_discount_rounding", "KeyError: 'insufficient stock for SKU-7731: have 3, need 4'", "1 failed, 120 passed"]),
    "unittest-verbose": ("unittest.txt", "anthropic", "Bash", {"command": "python test_units.py"}, "What failed?",
        ["FAIL: test_backoff_budget", "AssertionError: 6 != 5 : total backoff budget", "FAILED (failures=1)"]),
    "python-traceback-in-app-log": ("app_traceback.log", "openai-chat", "read_logs", {"service": "worker", "lines": 500}, "Did any job fail overnight? Why?",
        ["job id=10233 failed while rendering template weekly_digest", "json.decoder.JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 56 (char 55)"]),
    "pip-install-missing-version": ("pip_fail.txt", "anthropic", "Bash", {"command": "pip install requests==99.0.0"}, "Why did the install fail?",
        ["ERROR: No matching distribution found for requests==99.0.0"]),
    "pip-install-ok": ("pip_ok.txt", "openai-chat", "bash", {"command": "pip install flask==3.0.3"}, "Which Werkzeug version got installed?",
        ["Werkzeug"]),
    "npm-install-404": ("npm_fail.txt", "openai-responses", "shell", {"command": "npm install no-such-package-xyz-headroom"}, "What went wrong?",
        ["The requested resource 'no-such-package-xyz-headroom@*' could not be found"]),
    "kubectl-pods-json": (kubectl_pods, "anthropic", "kubectl", {"args": "get pods -n prod -o json"}, "Which payments pod is unhealthy and why?",
        ["payments-api-7d9f8b6c5-x2x9k", "CrashLoopBackOff", "Back-off restarting failed container api"]),
    "gcp-instances-json": (gcp_instances, "openai-chat", "gcloud", {"command": "gcloud compute instances list --format=json"}, "Is any batch worker down? Since when?",
        ["batch-worker-17", "TERMINATED", "2026-11-28T03:12:44.512-08:00"]),
    "git-log-stat": ("git_log_stat.txt", "openai-chat", "bash", {"command": "git log --stat"}, "Which commit renamed spawn_blocking, and who made it?",
        ["blocking: rename spawn_blocking to spawn_blocking_inner to avoid shadowing (#5521)", "Mara Keller"]),
    "git-show-commit": ("git_show.txt", "anthropic", "Bash", {"command": "git show HEAD~5"}, "What did this commit add?",
        ["runtime: import"]),
    "git-grep-pub-fn": ("git_grep.txt", "openai-responses", "shell", {"command": "git grep -n 'pub fn'"}, "Where is `get_mut` defined for AsyncFd?",
        ["io/async_fd.rs:300:    pub fn get_mut(&mut self) -> &mut T {"]),
    "git-blame": ("git_blame.txt", "openai-chat", "bash", {"command": "git blame io/async_fd.rs"}, "Who added the 'audited' comment in async_fd.rs?",
        ["(Ravi Patel", "// audited: keep in sync with io::driver"]),
    "ls-laR": ("ls_laR.txt", "anthropic", "Bash", {"command": "ls -laR tokio/src/runtime"}, "How big is harness.rs?",
        ["harness.rs"]),
    "dpkg-list": ("dpkg_l.txt", "openai-chat", "bash", {"command": "dpkg -l"}, "Which version of libssl3 is installed?",
        ["3.0.19-1~deb12u2"]),
    "apt-list-installed": ("apt_list.txt", "anthropic", "Bash", {"command": "apt list --installed"}, "What curl version is installed?",
        ["curl/now 7.88.1-10+deb12u15"]),
    "perf-report": ("perf_report.txt", "openai-chat", "bash", {"command": "perf report --stdio --no-children"}, "What is the hottest function in this profile?",
        ["11.67%", "regex_automata::hybrid::search::find_fwd"]),
    "rustdoc-html": ("doc_headroomlayer.html", "openai-responses", "fetch_url", {"url": "file:///target/doc/headroom/layer/struct.HeadroomLayer.html"}, "What does HeadroomLayer::max_body_bytes do, and what is its default?",
        ["Largest request body buffered for compression", "default 32 MiB"]),
}

def body(provider, tool, args, question, output):
    args_s = json.dumps(args)
    if provider == "openai-chat":
        return {"model": "gpt-4o", "messages": [
            {"role": "system", "content": "You are a software engineering agent."},
            {"role": "user", "content": question},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": tool, "arguments": args_s}}]},
            {"role": "tool", "tool_call_id": "call_1", "content": output}]}
    if provider == "anthropic":
        return {"model": "claude-sonnet-4-5", "max_tokens": 2048, "system": "You are a software engineering agent.", "messages": [
            {"role": "user", "content": question},
            {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1", "name": tool, "input": args}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": output}]}]}
    return {"model": "gpt-5", "instructions": "You are a software engineering agent.", "input": [
        {"role": "user", "content": [{"type": "input_text", "text": question}]},
        {"type": "function_call", "call_id": "fc_1", "name": tool, "arguments": args_s},
        {"type": "function_call_output", "call_id": "fc_1", "output": output}]}

def main(raw, out):
    for name, (src, provider, tool, args, question, facts) in CASES.items():
        text = src() if callable(src) else open(os.path.join(raw, src), encoding="utf-8", errors="replace").read()
        missing = [f for f in facts if f not in text]
        assert not missing, f"{name}: facts not in output: {missing}"
        d = os.path.join(out, name)
        os.makedirs(d, exist_ok=True)
        json.dump(body(provider, tool, args, question, text), open(os.path.join(d, "request.json"), "w"), ensure_ascii=False)
        json.dump({"id": name, "provider": provider, "kind": "untuned", "question": question, "must_keep": facts}, open(os.path.join(d, "case.json"), "w"), indent=2)

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
