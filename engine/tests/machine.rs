//! Several programs on one simulated machine (`coroscope run server.py client.py`): processes
//! with their own globals and modules, one clock, one console, one network.

use std::path::PathBuf;

use coroscope_engine::session::run_programs;
use coroscope_engine::trace::{CoroKind, EventKind, SwitchReason};
use coroscope_engine::RunOptions;

fn program(name: &str) -> (String, String) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("programs")
        .join(name);
    let source = std::fs::read_to_string(&path).expect("program exists");
    (name.to_string(), source)
}

fn options(budget: u64) -> RunOptions {
    RunOptions {
        step_budget: budget,
        ..RunOptions::default()
    }
}

/// The article's originals: a gevent echo server (never ends) and 500 client threads without
/// gevent (never end). The first clients connect and are echoed, then the budget stops the run.
#[test]
fn article_server_and_500_thread_client() {
    let programs = [
        program("art08_socket_server_original.py"),
        program("art09_socket_client_threads_original.py"),
    ];
    let out = run_programs(&programs, &options(2_000_000));
    assert!(out.stopped_by_budget, "the budget stops the endless pair");
    assert!(
        out.stderr
            .contains("coroscope: stopped after 2000000 steps (the step budget)"),
        "stderr: {}",
        &out.stderr[out.stderr.len().saturating_sub(500)..]
    );
    // The server saw the first clients, and they got their echo.
    assert!(out
        .stdout
        .contains(" msg: b'Thread-1 (client) say hello 0'\n"));
    assert!(out
        .stdout
        .contains(" msg: b'Thread-2 (client) say hello 0'\n"));
    assert!(out.stdout.contains("THREAD-1 (CLIENT) SAY HELLO 0\n"));
    assert!(out.stdout.contains("THREAD-2 (CLIENT) SAY HELLO 0\n"));
    // art09 runs unpatched: real (simulated) threads, with the DeprecationWarning once.
    assert_eq!(
        out.stderr.matches("DeprecationWarning: getName()").count(),
        1
    );

    let coros = &out.trace.coros;
    let threads = coros.iter().filter(|c| c.kind == CoroKind::Thread).count();
    assert_eq!(threads, 500, "500 thread lanes");
    assert!(coros
        .iter()
        .any(|c| c.label == "client#500" && c.kind == CoroKind::Thread));
    assert!(coros.iter().any(|c| c.label == "hub"));
    assert!(coros.iter().any(|c| c.label == "talk#1"));
    assert!(coros
        .iter()
        .any(|c| c.label == "main:art09_socket_client_threads_original.py"));
    // The CPU passes between the threads (each waits on its socket), and also preemptively
    // (a time slice or a process's turn is over).
    let thread = |id: &u32| coros[*id as usize].kind == CoroKind::Thread;
    let (mut thread_switches, mut preempted) = (0, 0);
    for e in &out.trace.events {
        if let EventKind::Switch {
            from, to, reason, ..
        } = &e.kind
        {
            thread_switches += usize::from(thread(from) || thread(to));
            preempted += usize::from(*reason == SwitchReason::Preempted);
        }
    }
    assert!(thread_switches > 500, "{thread_switches} thread switches");
    assert!(preempted > 0, "{preempted} preemptive switches");
    assert!(matches!(
        out.trace.events.last().map(|e| &e.kind),
        Some(EventKind::BudgetExhausted)
    ));
}

const SERVER: &str = "\
import socket
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 9000))
srv.listen(1)
conn, addr = srv.accept()
data = conn.recv(100)
print('server got', data)
conn.sendall(data[::-1])
conn.close()
srv.close()
print('server done')
";

const CLIENT: &str = "\
from gevent import monkey; monkey.patch_all()
import socket
c = socket.socket()
c.connect(('127.0.0.1', 9000))
c.sendall(b'hello')
print('client got', c.recv(100))
print('then', c.recv(100))
c.close()
";

/// Two programs that end: a blocking server and a monkey-patched client, each with its own
/// modules (only the client is patched).
#[test]
fn two_programs_talk_and_end() {
    let programs = [
        ("server.py".to_string(), SERVER.to_string()),
        ("client.py".to_string(), CLIENT.to_string()),
    ];
    let out = run_programs(&programs, &options(10_000_000));
    assert!(!out.stopped_by_budget, "stderr: {}", out.stderr);
    assert_eq!(out.exit_code, 0, "stderr: {}", out.stderr);
    // A process keeps the machine until it must wait: the server answers and ends before the
    // client runs again.
    assert_eq!(
        out.stdout,
        "server got b'hello'\nserver done\nclient got b'olleh'\nthen b''\n"
    );
    let exits = out
        .trace
        .events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::Exit(_)))
        .count();
    assert_eq!(exits, 2, "each process ends");
}

/// Alone, a server waiting for a client that never comes stops with a note instead of hanging.
#[test]
fn lone_server_waits_forever() {
    let programs = [("server.py".to_string(), SERVER.to_string())];
    let out = run_programs(&programs, &options(10_000_000));
    assert!(out.stopped_by_budget);
    assert!(out.stderr.contains("would wait forever"), "{}", out.stderr);
}

/// A syntax error in the second program is reported for that file.
#[test]
fn syntax_error_names_its_file() {
    let programs = [
        ("server.py".to_string(), SERVER.to_string()),
        ("broken.py".to_string(), "print('a'\n".to_string()),
    ];
    let out = run_programs(&programs, &options(1_000_000));
    assert_eq!(out.exit_code, 1);
    assert!(out.stderr.contains("broken.py"), "{}", out.stderr);
    assert!(out.stderr.contains("SyntaxError"), "{}", out.stderr);
}

/// Two busy programs share the machine: each runs for a slice of instructions, then the other.
#[test]
fn busy_programs_take_turns() {
    let busy = |name: &str| {
        format!(
            "for i in range(3):\n    x = 0\n    for j in range(5000):\n        x += j\n    print('{name}', i)\n"
        )
    };
    let programs = [
        ("a.py".to_string(), busy("a")),
        ("b.py".to_string(), busy("b")),
    ];
    let out = run_programs(&programs, &options(10_000_000));
    assert_eq!(out.exit_code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "a 0\nb 0\na 1\nb 1\na 2\nb 2\n");
    assert!(out.trace.events.iter().any(|e| matches!(
        e.kind,
        EventKind::Switch {
            reason: SwitchReason::Preempted,
            ..
        }
    )));
}

/// The clock is the machine's: a program idle until its timer lets the others run first, and
/// the clock jumps to the soonest wake-up of all programs.
#[test]
fn programs_share_one_clock() {
    let a = "import time\nfor i in range(3):\n    time.sleep(0.3)\n    print('a', i, round(time.monotonic(), 1))\n";
    let b = "import gevent\nfor i in range(3):\n    gevent.sleep(0.2)\n    print('b', i, round(time.monotonic(), 1))\nimport time\n";
    let b = b.replace("import gevent\n", "import gevent\nimport time\n");
    let programs = [("a.py".to_string(), a.to_string()), ("b.py".to_string(), b)];
    let out = run_programs(&programs, &options(10_000_000));
    assert_eq!(out.exit_code, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "b 0 0.2\na 0 0.3\nb 1 0.4\na 1 0.6\nb 2 0.6\na 2 0.9\n"
    );
}

/// Two programs that each wait for the other: the run stops at once with a note.
#[test]
fn programs_waiting_for_each_other_stop() {
    let programs = [
        ("server.py".to_string(), SERVER.to_string()),
        (
            "idle.py".to_string(),
            "import socket\ns = socket.socket()\ns.bind(('127.0.0.1', 0))\ns.listen(1)\ns.accept()\n"
                .to_string(),
        ),
    ];
    let out = run_programs(&programs, &options(50_000_000));
    assert!(out.stopped_by_budget);
    assert!(out.stderr.contains("would wait forever"), "{}", out.stderr);
    assert!(
        out.trace.events.last().map(|e| e.step).unwrap_or(0) < 1_000_000,
        "stopped long before the budget"
    );
}

/// The run fails when one of its programs fails, even if another ends later without error.
#[test]
fn a_failing_program_fails_the_run() {
    let programs = [
        (
            "bad.py".to_string(),
            "print('bad starts')\n1 / 0\n".to_string(),
        ),
        (
            "good.py".to_string(),
            "import time\ntime.sleep(0.1)\nprint('good ends')\n".to_string(),
        ),
    ];
    let out = run_programs(&programs, &options(1_000_000));
    assert_eq!(out.stdout, "bad starts\ngood ends\n");
    assert!(out.stderr.contains("ZeroDivisionError"), "{}", out.stderr);
    assert_eq!(out.exit_code, 1);
}
