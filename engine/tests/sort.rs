//! Sorting values whose `<` is not a total order (NaNs) must still finish, never panic.

use coroscope_engine::{run_source, RunOptions};

#[test]
fn sorting_with_nans_finishes() {
    let source = "import random\nrandom.seed(3)\nnan = float('nan')\n\
                  xs = [random.random() for _ in range(300)] + [nan] * 50\nrandom.shuffle(xs)\n\
                  ys = sorted(xs)\nxs.sort(reverse=True)\nprint(len(ys), len(xs))\n";
    let outcome = run_source("nan_sort.py", source, &RunOptions::default());
    assert_eq!(outcome.stderr, "");
    assert_eq!(outcome.stdout, "350 350\n");
}
