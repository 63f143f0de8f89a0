//! `Session::preview` (step 0 without the prelude run, for a page's first paint) against
//! `Session::new`: for every program in `programs/`, step 0 reads the same (trace, lanes, frames,
//! fingerprint), and a preview that is run ends exactly as the session made with the prelude.

use std::fs;
use std::path::PathBuf;

use coroscope_engine::session::{RunOptions, Session};

fn options() -> RunOptions {
    RunOptions {
        record_steps: true,
        step_budget: 300_000,
        ..Default::default()
    }
}

#[test]
fn a_preview_reads_as_the_session_at_step_0_and_runs_the_same() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../programs");
    let mut names: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    names.sort();
    assert!(names.len() > 50, "programs/ has the gallery's programs");
    let mut compared = 0;
    for path in names {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let source = fs::read_to_string(&path).unwrap();
        let (real, preview) = match (
            Session::new(&name, &source, options()),
            Session::preview(&name, &source, options()),
        ) {
            (Ok(r), Ok(p)) => (r, p),
            (Err(r), Err(p)) => {
                assert_eq!(
                    format!("{r:?}"),
                    format!("{p:?}"),
                    "{name}: the same syntax error"
                );
                continue;
            }
            _ => panic!("{name}: one of new and preview failed"),
        };
        assert!(preview.is_preview() && !real.is_preview());
        assert_eq!(preview.step_index(), 0, "{name}");
        assert_eq!(
            format!("{:?}", preview.trace()),
            format!("{:?}", real.trace()),
            "{name}: trace"
        );
        assert_eq!(preview.lanes_now(), real.lanes_now(), "{name}: lanes");
        assert_eq!(preview.frames_now(), real.frames_now(), "{name}: frames");
        assert_eq!(
            preview.fingerprint(),
            real.fingerprint(),
            "{name}: fingerprint"
        );
        assert_eq!(preview.vm.lane, real.vm.lane, "{name}: running lane");
        assert_eq!(preview.is_finished(), real.is_finished(), "{name}");

        // Run both the way the page does (slices, a seek back, on to the end).
        let (mut a, mut b) = (real, preview);
        for s in [&mut a, &mut b] {
            s.run(1);
            s.run(999);
            s.seek(1);
            s.seek(0);
            s.run_to_end();
        }
        assert!(!b.is_preview());
        let (a, b) = (a.into_outcome(), b.into_outcome());
        assert_eq!(a.stdout, b.stdout, "{name}: stdout");
        assert_eq!(a.stderr, b.stderr, "{name}: stderr");
        assert_eq!(a.exit_code, b.exit_code, "{name}: exit code");
        assert_eq!(
            format!("{:?}", a.trace),
            format!("{:?}", b.trace),
            "{name}: trace"
        );
        compared += 1;
    }
    assert!(compared > 50);
}

#[test]
fn start_makes_a_preview_the_session() {
    let source = "import gevent\nprint('hi')\n";
    let mut p = Session::preview("x.py", source, options()).unwrap();
    p.start();
    assert!(!p.is_preview());
    let r = Session::new("x.py", source, options()).unwrap();
    assert_eq!(p.fingerprint(), r.fingerprint());
    // A session made with the prelude stays as it is.
    let mut r2 = Session::new("x.py", source, options()).unwrap();
    r2.start();
    assert_eq!(r2.fingerprint(), r.fingerprint());
}
