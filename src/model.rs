//! What the views show at a given step, computed from the engine's trace without any DOM.
//!
//! The engine records one [`StepRecord`] per instruction (which lane ran which line). Step `s`
//! of the page means "after `s` instructions": the next instruction is `trace.steps[s]`, and the
//! events with `step <= s` have happened. [`TraceIndex`] folds the step records into
//! [`LaneRun`]s (consecutive steps of the same lane), which is what the timeline draws and what
//! "next switch" / "previous switch" jump between. [`narrate`] says in words what the events of
//! one step did. Everything here is plain Rust, so it is tested on the host.

use coroscope_engine::trace::{CoroId, CoroKind, Event, EventKind, SwitchReason, Trace};

use crate::i18n::{Lang, Text};

/// Consecutive steps `[start, end)` run by one lane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LaneRun {
    pub lane: CoroId,
    pub start: u64,
    pub end: u64,
}

/// What the views need from a trace, kept up to date as the trace grows: the runs, and the
/// events the timeline draws, so that drawing a long run (10^6 switches) looks only at what
/// is in view and never walks the whole trace.
#[derive(Clone, Debug, Default)]
pub struct TraceIndex {
    pub runs: Vec<LaneRun>,
    indexed_steps: usize,
    indexed_events: usize,
    /// The trace's `Switch` events (indices into `trace.events`), in order.
    pub switches: Vec<usize>,
    /// The events the timeline marks with a symbol: a coroutine's end (`CoroExit`,
    /// `GenReturn`, `ExitMain`) or an exception (`Throw`, `GenRaise`); indices into
    /// `trace.events`, in order.
    pub marks: Vec<usize>,
    /// The runs (indices into `runs`, never the first) that begin without a greenlet switch:
    /// a generator resumed, yielding or returning.
    pub transfers: Vec<usize>,
    /// Whether a thread was preempted anywhere.
    pub preempted: bool,
    /// The first `Exit` event: (step, exit code).
    pub exit: Option<(u64, i32)>,
    /// Every sleep and hub wait, in the order they began; `end` is `u64::MAX` while the
    /// coroutine has not run again (see [`TraceIndex::sleep_spans`]).
    sleeps: Vec<SleepSpan>,
    /// Per lane, the sleeps in `sleeps` still waiting for the lane to run again.
    waiting: Vec<Vec<usize>>,
    /// `switches[..switches_before]` are the switches before the last run's start.
    switches_before: usize,
}

impl TraceIndex {
    /// Fold the events and step records not seen yet into the index.
    pub fn update(&mut self, trace: &Trace) {
        // The events first: an event at step `s` is recorded while instruction `s - 1` runs,
        // before step record `s`, so every run found below already sees the events at its start.
        for (i, e) in trace.events.iter().enumerate().skip(self.indexed_events) {
            match &e.kind {
                EventKind::Switch {
                    from, to, reason, ..
                } => {
                    self.switches.push(i);
                    self.preempted |= SwitchKind::of(*reason) == SwitchKind::Preemptive;
                    // a greenlet waits in the hub (gevent's sleep, join …: its gevent is
                    // Python code and reports no `Sleep` event)
                    let is_hub = |lane: CoroId| {
                        trace
                            .coros
                            .get(lane as usize)
                            .is_some_and(|c| c.kind == CoroKind::Hub)
                    };
                    if *reason == SwitchReason::Switch && is_hub(*to) && !is_hub(*from) {
                        self.begin_sleep(*from, e.step);
                    }
                }
                EventKind::Sleep { coro, .. } => self.begin_sleep(*coro, e.step),
                EventKind::Throw { .. }
                | EventKind::GenRaise { .. }
                | EventKind::CoroExit { .. }
                | EventKind::GenReturn { .. }
                | EventKind::ExitMain => self.marks.push(i),
                EventKind::Exit(code) if self.exit.is_none() => self.exit = Some((e.step, *code)),
                _ => {}
            }
        }
        self.indexed_events = trace.events.len();
        for (i, rec) in trace.steps.iter().enumerate().skip(self.indexed_steps) {
            let i = i as u64;
            match self.runs.last_mut() {
                Some(run) if run.lane == rec.coro && run.end == i => run.end = i + 1,
                _ => self.begin_run(trace, rec.coro, i),
            }
        }
        self.indexed_steps = trace.steps.len();
    }

    fn begin_run(&mut self, trace: &Trace, lane: CoroId, start: u64) {
        if !self.runs.is_empty() {
            let step_of = |k: usize| trace.events[self.switches[k]].step;
            while self.switches_before < self.switches.len()
                && step_of(self.switches_before) < start
            {
                self.switches_before += 1;
            }
            let by_switch = self.switches_before < self.switches.len()
                && step_of(self.switches_before) == start;
            if !by_switch {
                self.transfers.push(self.runs.len());
            }
        }
        self.runs.push(LaneRun {
            lane,
            start,
            end: start + 1,
        });
        // The lane runs again: its sleeps that began before are over.
        if let Some(waiting) = self.waiting.get_mut(lane as usize) {
            let sleeps = &mut self.sleeps;
            waiting.retain(|&k| {
                let over = sleeps[k].start < start;
                if over {
                    sleeps[k].end = start;
                }
                !over
            });
        }
    }

    fn begin_sleep(&mut self, lane: CoroId, step: u64) {
        let slot = lane as usize;
        if self.waiting.len() <= slot {
            self.waiting.resize_with(slot + 1, Vec::new);
        }
        self.waiting[slot].push(self.sleeps.len());
        self.sleeps.push(SleepSpan {
            lane,
            start: step,
            end: u64::MAX,
        });
    }

    /// Every sleep and hub wait with its wake-up step (the first step after it at which the
    /// lane runs again, or the end of what is known), in the order they began.
    pub fn sleep_spans(&self) -> impl Iterator<Item = SleepSpan> + '_ {
        let known = self.known_steps();
        self.sleeps
            .iter()
            .map(move |sp| SleepSpan {
                end: sp.end.min(known),
                ..*sp
            })
            .filter(|sp| sp.end > sp.start)
    }

    /// Number of steps indexed (the known length of the run).
    pub fn known_steps(&self) -> u64 {
        self.indexed_steps as u64
    }

    /// The lane that runs instruction `step` (the one holding control at step `step`); at the
    /// very end, the lane that ran last.
    pub fn lane_at(&self, step: u64) -> Option<CoroId> {
        let i = self.runs.partition_point(|r| r.end <= step);
        self.runs.get(i).or(self.runs.last()).map(|r| r.lane)
    }

    /// The first step after `step` where another lane takes control.
    pub fn next_switch(&self, step: u64) -> Option<u64> {
        let i = self.runs.partition_point(|r| r.start <= step);
        self.runs.get(i).map(|r| r.start)
    }

    /// The last step before `step` where another lane took control (0 if none).
    pub fn prev_switch(&self, step: u64) -> u64 {
        let i = self.runs.partition_point(|r| r.start < step);
        if i == 0 {
            0
        } else {
            self.runs[i - 1].start
        }
    }
}

/// The events that happened at exactly `step` (`event.step == step`).
pub fn events_at(trace: &Trace, step: u64) -> &[Event] {
    let lo = trace.events.partition_point(|e| e.step < step);
    let hi = trace.events.partition_point(|e| e.step <= step);
    &trace.events[lo..hi]
}

/// The virtual clock (ns) at `step`: the clock of the last event at or before it.
pub fn clock_at(trace: &Trace, step: u64) -> u64 {
    let i = trace.events.partition_point(|e| e.step <= step);
    if i == 0 {
        0
    } else {
        trace.events[i - 1].clock_ns
    }
}

/// A lane's label (`main`, `eat#1`), or `?` for an unknown lane.
pub fn label(trace: &Trace, lane: CoroId) -> &str {
    trace
        .coros
        .get(lane as usize)
        .map(|c| c.label.as_str())
        .unwrap_or("?")
}

/// How many lane colours the theme defines (`--lane-0` … `--lane-7` in static/style.css).
pub const LANE_COLOURS: usize = 8;

/// The lane's colour slot, stable for the whole run: 0 for main, 1 for the hub, the others take
/// slots 2 … 7 by lane index. Each theme gives every slot a colour that stays distinguishable
/// on its background (see static/style.css).
pub fn lane_slot(trace: &Trace, lane: CoroId) -> usize {
    const OTHERS: usize = LANE_COLOURS - 2;
    match trace.coros.get(lane as usize).map(|c| c.kind) {
        Some(CoroKind::Main) => 0,
        Some(CoroKind::Hub) => 1,
        _ => 2 + lane as usize % OTHERS,
    }
}

/// The lane's colour as CSS: the current theme's variable for its [`lane_slot`], so the source,
/// the frames panel and the narration follow a change of theme without being redrawn. (The
/// timeline's SVG needs plain colours: it reads these variables, see `views::timeline`.)
pub fn lane_colour(trace: &Trace, lane: CoroId) -> &'static str {
    const VARS: [&str; LANE_COLOURS] = [
        "var(--lane-0)",
        "var(--lane-1)",
        "var(--lane-2)",
        "var(--lane-3)",
        "var(--lane-4)",
        "var(--lane-5)",
        "var(--lane-6)",
        "var(--lane-7)",
    ];
    VARS[lane_slot(trace, lane)]
}

/// Seconds with one decimal, as the oracle prints them (`2.0`).
pub fn seconds(clock_ns: u64) -> String {
    let tenths = (clock_ns + 50_000_000) / 100_000_000;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// The longest a local's repr is shown in the frames panel, in characters.
pub const MAX_REPR_CHARS: usize = 60;

/// `text` cut to at most `max` characters, the last one `…` when it was cut.
pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        text.chars()
            .take(max.saturating_sub(1))
            .chain(['…'])
            .collect()
    }
}

/// One sentence per event at `step`, in `lang`: "eat#1 switches to play#1". `None` when nothing
/// but ordinary instructions happened there.
pub fn narrate(trace: &Trace, step: u64, lang: Lang) -> Option<String> {
    let l = |id: CoroId| label(trace, id).to_owned();
    let parts: Vec<String> = events_at(trace, step)
        .iter()
        .filter_map(|e| {
            let s = match &e.kind {
                EventKind::Switch {
                    from,
                    to,
                    reason,
                    value,
                } => {
                    let key = match reason {
                        SwitchReason::Finished => Text::NarrateFinishedTo,
                        SwitchReason::Raised => Text::NarrateRaisedTo,
                        SwitchReason::Preempted => Text::NarratePreempt,
                        SwitchReason::Switch => Text::NarrateSwitch,
                    };
                    let mut s = lang.fill(key, &[&l(*from), &l(*to)]);
                    if let Some(v) = value {
                        s.push_str(&lang.fill(Text::NarratePassing, &[v]));
                    }
                    s
                }
                EventKind::Throw {
                    from,
                    to,
                    exception,
                } => lang.fill(Text::NarrateThrow, &[&l(*from), exception, &l(*to)]),
                EventKind::GenResume { gen } => lang.fill(Text::NarrateGenResume, &[&l(*gen)]),
                EventKind::GenYield { gen, repr } => {
                    lang.fill(Text::NarrateGenYield, &[&l(*gen), &repr.to_string()])
                }
                EventKind::GenReturn { gen, repr } => {
                    lang.fill(Text::NarrateGenReturn, &[&l(*gen), &repr.to_string()])
                }
                EventKind::GenRaise { gen, exception } => {
                    lang.fill(Text::NarrateGenRaise, &[&l(*gen), exception])
                }
                EventKind::Spawn { coro, .. } => lang.fill(Text::NarrateSpawn, &[&l(*coro)]),
                EventKind::CoroExit { coro } => lang.fill(Text::NarrateExit, &[&l(*coro)]),
                EventKind::Sleep { coro, until_ns } => {
                    lang.fill(Text::NarrateSleep, &[&l(*coro), &seconds(*until_ns)])
                }
                EventKind::Stdout(line) | EventKind::StdoutPart(line) => {
                    lang.fill(Text::NarratePrint, &[line])
                }
                EventKind::Stderr(line) => lang.fill(Text::NarrateStderr, &[line]),
                EventKind::ExitMain => lang.text(Text::NarrateExitMain).to_owned(),
                EventKind::Exit(code) => lang.fill(Text::NarrateExitCode, &[&code.to_string()]),
                EventKind::BudgetExhausted | EventKind::LineNotKept => return None,
            };
            Some(s)
        })
        .collect();
    if parts.is_empty() {
        None
    } else {
        Some(parts.join(lang.text(Text::Separator)))
    }
}

/// How control passed at a switch, as the timeline draws it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SwitchKind {
    /// The coroutine gave control away itself: `switch()`, a wait, its end, an exception.
    Cooperative,
    /// The scheduler took the CPU away from a thread whose time slice was over (or from a
    /// program whose turn on the machine was over): the thread did nothing to cause it.
    Preemptive,
}

impl SwitchKind {
    pub fn of(reason: SwitchReason) -> SwitchKind {
        match reason {
            SwitchReason::Preempted => SwitchKind::Preemptive,
            SwitchReason::Switch | SwitchReason::Finished | SwitchReason::Raised => {
                SwitchKind::Cooperative
            }
        }
    }
}

/// A switch the timeline draws as an arrow from one lane to another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SwitchArrow {
    pub step: u64,
    pub from: CoroId,
    pub to: CoroId,
    pub kind: SwitchKind,
}

/// Every switch of the trace, in order, with its kind.
pub fn switch_arrows(trace: &Trace) -> impl Iterator<Item = SwitchArrow> + '_ {
    trace.events.iter().filter_map(|e| match e.kind {
        EventKind::Switch {
            from, to, reason, ..
        } => Some(SwitchArrow {
            step: e.step,
            from,
            to,
            kind: SwitchKind::of(reason),
        }),
        _ => None,
    })
}

/// Where a coroutine sleeps or waits on the timeline: from a `Sleep` event (`time.sleep`), or
/// from a switch to gevent's hub (a greenlet waiting in `gevent.sleep`, `join` …: the engine's
/// gevent is Python code and reports no `Sleep` event), to the step at which control comes back
/// to it (or the end of what is known).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SleepSpan {
    pub lane: CoroId,
    pub start: u64,
    pub end: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncate_cuts_long_reprs_with_an_ellipsis() {
        assert_eq!(truncate("[1, 2]", 10), "[1, 2]");
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("汉字汉字", 3), "汉字…");
        assert_eq!(
            truncate(&"x".repeat(1000), MAX_REPR_CHARS).chars().count(),
            MAX_REPR_CHARS
        );
    }
    use coroscope_engine::session::{RunOptions, Session};

    fn art04() -> Session {
        let src = crate::programs::find("art04_gevent_eat_play").expect("art04 embedded");
        let mut s = Session::new(
            "art04_gevent_eat_play.py",
            src,
            RunOptions {
                record_steps: true,
                ..Default::default()
            },
        )
        .expect("art04 compiles");
        s.run_to_end();
        s
    }

    #[test]
    fn next_switch_follows_the_oracle_trace() {
        let s = art04();
        let mut index = TraceIndex::default();
        index.update(s.trace());
        let mut labels = vec![label(s.trace(), index.lane_at(0).unwrap()).to_owned()];
        let mut step = 0;
        while let Some(next) = index.next_switch(step) {
            labels.push(label(s.trace(), index.lane_at(next).unwrap()).to_owned());
            step = next;
        }
        // programs/art04_gevent_eat_play.trace: main -> hub -> eat#1 -> hub -> play#1 -> hub ...
        assert_eq!(
            &labels[..7],
            ["main", "hub", "eat#1", "hub", "play#1", "hub", "play#1"]
        );
        assert_eq!(labels.last().unwrap(), "main");
        // and back again
        let back = index.prev_switch(step);
        assert!(back < step);
        assert_eq!(index.next_switch(back), Some(step));
    }

    #[test]
    fn narration_names_both_sides_of_a_switch() {
        let s = art04();
        let mut index = TraceIndex::default();
        index.update(s.trace());
        let first = index.next_switch(0).unwrap();
        let en = narrate(s.trace(), first, Lang::En).unwrap();
        assert!(en.contains("main switches to hub"), "{en}");
        let zh = narrate(s.trace(), first, Lang::Zh).unwrap();
        assert!(
            zh.contains("main") && zh.contains("hub") && zh.contains("切换"),
            "{zh}"
        );
    }

    #[test]
    fn sleeps_end_when_control_comes_back() {
        let s = art04();
        let mut index = TraceIndex::default();
        index.update(s.trace());
        let spans: Vec<SleepSpan> = index.sleep_spans().collect();
        // eat#1 and play#1 wait in gevent.sleep, main in join()
        let waiting: Vec<&str> = spans.iter().map(|sp| label(s.trace(), sp.lane)).collect();
        for who in ["main", "eat#1", "play#1"] {
            assert!(waiting.contains(&who), "{waiting:?}");
        }
        for sp in spans {
            assert!(sp.start < sp.end);
            assert_eq!(index.lane_at(sp.end), Some(sp.lane));
        }
    }

    /// What [`TraceIndex`] keeps besides the runs.
    struct IndexLists {
        switches: Vec<usize>,
        marks: Vec<usize>,
        transfers: Vec<usize>,
        sleeps: Vec<SleepSpan>,
        preempted: bool,
        exit: Option<(u64, i32)>,
    }

    /// The index's lists, computed the plain way from a whole trace (what the timeline did
    /// before they were indexed).
    fn plain_index(trace: &Trace, runs: &[LaneRun], known: u64) -> IndexLists {
        let switches: Vec<usize> = (0..trace.events.len())
            .filter(|&i| matches!(trace.events[i].kind, EventKind::Switch { .. }))
            .collect();
        let marks: Vec<usize> = (0..trace.events.len())
            .filter(|&i| {
                matches!(
                    trace.events[i].kind,
                    EventKind::Throw { .. }
                        | EventKind::GenRaise { .. }
                        | EventKind::CoroExit { .. }
                        | EventKind::GenReturn { .. }
                        | EventKind::ExitMain
                )
            })
            .collect();
        let switch_steps: Vec<u64> = switches.iter().map(|&i| trace.events[i].step).collect();
        let transfers: Vec<usize> = (1..runs.len())
            .filter(|&k| switch_steps.binary_search(&runs[k].start).is_err())
            .collect();
        let is_hub = |lane: CoroId| {
            trace
                .coros
                .get(lane as usize)
                .is_some_and(|c| c.kind == CoroKind::Hub)
        };
        let mut sleeps = Vec::new();
        for e in &trace.events {
            let lane = match e.kind {
                EventKind::Sleep { coro, .. } => coro,
                EventKind::Switch {
                    from,
                    to,
                    reason: SwitchReason::Switch,
                    ..
                } if is_hub(to) && !is_hub(from) => from,
                _ => continue,
            };
            let wake = runs[runs.partition_point(|r| r.start <= e.step)..]
                .iter()
                .find(|r| r.lane == lane)
                .map_or(known, |r| r.start);
            if wake > e.step {
                sleeps.push(SleepSpan {
                    lane,
                    start: e.step,
                    end: wake,
                });
            }
        }
        let preempted = switch_arrows(trace).any(|a| a.kind == SwitchKind::Preemptive);
        let exit = trace.events.iter().find_map(|e| match e.kind {
            EventKind::Exit(code) => Some((e.step, code)),
            _ => None,
        });
        IndexLists {
            switches,
            marks,
            transfers,
            sleeps,
            preempted,
            exit,
        }
    }

    /// Every gallery program, indexed as the page does (a little at a time while it runs),
    /// gives the lists computed the plain way from its whole trace.
    #[test]
    fn the_index_built_while_running_matches_the_whole_trace() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
        let mut names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "py"))
            .collect();
        names.sort();
        assert!(names.len() > 100);
        let mut seen = [0usize; 5];
        for path in names {
            let source = std::fs::read_to_string(&path).unwrap();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let Ok(mut s) = Session::new(
                &name,
                &source,
                RunOptions {
                    record_steps: true,
                    ..Default::default()
                },
            ) else {
                continue;
            };
            let mut index = TraceIndex::default();
            // uneven slices, as the page's time slices are
            let mut n = 1;
            while !s.is_finished() && s.step_index() < 300_000 {
                s.run(n);
                index.update(s.trace());
                n = n * 3 % 1_013 + 1;
            }
            let trace = s.trace();
            let known = index.known_steps();
            let plain = plain_index(trace, &index.runs, known);
            assert_eq!(index.switches, plain.switches, "{name}: switches");
            assert_eq!(index.marks, plain.marks, "{name}: marks");
            assert_eq!(index.transfers, plain.transfers, "{name}: transfers");
            let indexed: Vec<SleepSpan> = index.sleep_spans().collect();
            assert_eq!(indexed, plain.sleeps, "{name}: sleeps");
            assert_eq!(index.preempted, plain.preempted, "{name}: preempted");
            assert_eq!(index.exit, plain.exit, "{name}: exit");
            seen[0] += index.switches.len();
            seen[1] += index.marks.len();
            seen[2] += index.transfers.len();
            seen[3] += index.sleep_spans().count();
            seen[4] += usize::from(index.preempted);
        }
        // the programs have some of each
        assert!(seen.iter().all(|&n| n > 0), "{seen:?}");
    }

    #[test]
    fn lanes_now_shows_user_lines() {
        let mut s = art04();
        let mut index = TraceIndex::default();
        index.update(s.trace());
        // Where "egon eat 1" is printed, eat#1 runs line 4 of eat() (or is about to leave it).
        let printed = s
            .trace()
            .events
            .iter()
            .find(|e| e.kind == EventKind::Stdout("egon eat 1".into()))
            .unwrap()
            .step;
        s.seek(printed);
        let lanes = s.lanes_now();
        let running: Vec<_> = lanes.iter().filter(|p| p.running).collect();
        assert_eq!(running.len(), 1, "{lanes:?}");
        assert_eq!(label(s.trace(), running[0].lane), "eat#1");
        assert!((4..=5).contains(&running[0].line), "{lanes:?}");
        // main waits in g1.join() (line 15)
        assert!(
            lanes.iter().any(|p| p.lane == 0 && p.line == 15),
            "{lanes:?}"
        );
    }

    /// Two threads that only compute: the scheduler preempts them when their slices are over.
    const BUSY_THREADS: &str = include_str!("../programs/feat_thread_busy.py");

    fn run(file_name: &str, source: &str) -> Session {
        let mut s = Session::new(
            file_name,
            source,
            RunOptions {
                record_steps: true,
                ..Default::default()
            },
        )
        .expect("compiles");
        s.run_to_end();
        s
    }

    #[test]
    fn a_time_slice_switch_is_preemptive_and_said_so() {
        let s = run("busy.py", BUSY_THREADS);
        let trace = s.trace();
        let arrows: Vec<SwitchArrow> = switch_arrows(trace).collect();
        let preempted: Vec<&SwitchArrow> = arrows
            .iter()
            .filter(|a| a.kind == SwitchKind::Preemptive)
            .collect();
        assert!(!preempted.is_empty(), "{arrows:?}");
        // between the two threads, and the narration names the scheduler
        let first = preempted[0];
        let (from, to) = (label(trace, first.from), label(trace, first.to));
        let is_thread = |lane: CoroId| trace.coros[lane as usize].kind == CoroKind::Thread;
        assert!(is_thread(first.from) && is_thread(first.to), "{from} {to}");
        let en = narrate(trace, first.step, Lang::En).unwrap();
        assert!(
            en.contains(&format!("the scheduler preempts {from} and runs {to}")),
            "{en}"
        );
        let zh = narrate(trace, first.step, Lang::Zh).unwrap();
        assert!(zh.contains("抢占") && zh.contains(from), "{zh}");
        // main waiting in join() gives the CPU away itself
        assert!(arrows
            .iter()
            .any(|a| a.kind == SwitchKind::Cooperative && label(trace, a.from) == "main"));
    }

    #[test]
    fn greenlet_switches_are_cooperative() {
        let s = art04();
        assert!(switch_arrows(s.trace()).all(|a| a.kind == SwitchKind::Cooperative));
        let first = switch_arrows(s.trace()).next().unwrap();
        assert!(!narrate(s.trace(), first.step, Lang::En)
            .unwrap()
            .contains("preempts"));
    }

    #[test]
    fn lane_slots_are_stable_and_main_and_hub_have_their_own() {
        let s = art04();
        let trace = s.trace();
        let slot_of = |who: &str| {
            let lane = trace.coros.iter().position(|c| c.label == who).unwrap();
            lane_slot(trace, lane as CoroId)
        };
        assert_eq!(slot_of("main"), 0);
        assert_eq!(slot_of("hub"), 1);
        assert!(slot_of("eat#1") >= 2 && slot_of("play#1") >= 2);
        assert_ne!(slot_of("eat#1"), slot_of("play#1"));
        assert_eq!(lane_colour(trace, 0), "var(--lane-0)");
        // every lane of a big run has a slot the theme defines
        for lane in 0..1000 {
            assert!(lane_slot(trace, lane) < LANE_COLOURS);
        }
    }

    #[test]
    fn generator_narration_shows_the_values_as_the_oracle_does() {
        let src = "def g():\n    x = yield 5\n    yield None\n    yield 'a\\nb'\n    return -7\n\nit = g()\nfor v in it:\n    pass\n";
        let mut s = Session::new(
            "gen.py",
            src,
            RunOptions {
                record_steps: true,
                ..Default::default()
            },
        )
        .expect("compiles");
        s.run_to_end();
        let said: Vec<String> = s
            .trace()
            .events
            .iter()
            .filter(|e| {
                matches!(
                    e.kind,
                    EventKind::GenYield { .. } | EventKind::GenReturn { .. }
                )
            })
            .filter_map(|e| narrate(s.trace(), e.step, Lang::En))
            .collect();
        // The oracle's reprs: `5`, `None`, `'a\nb'` (the newline escaped), `-7`.
        let expected = [
            "generator g#1 yields 5",
            "generator g#1 yields None",
            "generator g#1 yields 'a\\nb'",
            "generator g#1 returns -7",
        ];
        for (said, expected) in said.iter().zip(expected) {
            assert!(said.contains(expected), "{said:?} lacks {expected:?}");
        }
        assert_eq!(said.len(), expected.len(), "{said:?}");
    }
}
