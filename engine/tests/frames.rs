//! `Session::frames_now`: every coroutine's stack and locals at the current step.

use coroscope_engine::session::{RunOptions, Session};

const PROGRAM: &str = "\
from greenlet import greenlet

def inner(k):
    total = k * 2
    main_g.switch(total)

def worker(n):
    label = 'w' + str(n)
    inner(n)

def counter():
    i = 0
    while True:
        yield i
        i += 1

main_g = greenlet.getcurrent()
g = greenlet(worker)
c = counter()
next(c)
v = g.switch(5)
print(v)
";

#[test]
fn frames_now_shows_every_stack_innermost_first() {
    let options = RunOptions {
        record_steps: true,
        ..RunOptions::default()
    };
    let mut s = Session::new("t.py", PROGRAM, options).expect("compiles");
    // Run until the greenlet has switched back to main with 10.
    let mut seen = false;
    while !s.is_finished() {
        s.run(1);
        let frames = s.frames_now();
        let Some(worker) = frames.iter().find(|l| l.frames.len() == 2 && !l.running) else {
            continue;
        };
        assert_eq!(worker.frames[0].function, "inner");
        assert_eq!(worker.frames[0].line, 5);
        assert!(worker.frames[0]
            .locals
            .contains(&("total".to_owned(), "10".to_owned())));
        assert_eq!(worker.frames[1].function, "worker");
        assert_eq!(worker.frames[1].line, 9);
        assert!(worker.frames[1]
            .locals
            .contains(&("label".to_owned(), "'w5'".to_owned())));
        // main runs, and comes first
        assert!(frames[0].running);
        assert_eq!(frames[0].frames[0].function, "<module>");
        assert_eq!(frames.iter().filter(|l| l.running).count(), 1);
        // the suspended generator has its own lane with its local
        let gen = frames
            .iter()
            .find(|l| l.frames.first().is_some_and(|f| f.function == "counter"))
            .expect("the generator's frame");
        assert_eq!(gen.frames[0].line, 14);
        assert!(gen.frames[0]
            .locals
            .contains(&("i".to_owned(), "0".to_owned())));
        // no internal frames anywhere
        assert!(frames
            .iter()
            .flat_map(|l| &l.frames)
            .all(|f| f.file == "t.py"));
        seen = true;
        break;
    }
    assert!(seen, "never saw the worker suspended inside inner()");
}

#[test]
fn frames_now_hides_the_gevent_prelude() {
    let source = "import gevent\n\ndef job(n):\n    x = n\n    gevent.sleep(0.1)\n\ngevent.joinall([gevent.spawn(job, 1)])\n";
    let mut s = Session::new("t.py", source, RunOptions::default()).expect("compiles");
    let mut checked = 0;
    while !s.is_finished() {
        s.run(1);
        for lane in s.frames_now() {
            for f in &lane.frames {
                assert_eq!(f.file, "t.py", "internal frame shown: {f:?}");
                checked += 1;
            }
        }
    }
    assert!(checked > 0);
}
