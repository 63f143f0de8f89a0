//! The app's components in a real browser (headless Chromium through chromedriver):
//! `cargo test -p coroscope-app --target wasm32-unknown-unknown` with
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner` (see scripts/test.sh).
//!
//! Each test mounts a fresh app; `App::command` does what a button does and finishes the work
//! synchronously, so the checks can follow right after it.
#![cfg(target_arch = "wasm32")]

use coroscope_app::{dom, permalink, programs, App, Command};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

mod page;
use page::{console_text, container, text_of, texts_of};

const ART04: &str = "art04_gevent_eat_play";

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .expect(selector)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

/// The line highlighted as running, and the label shown on it.
fn running_line(root: &Element) -> Option<(u32, String)> {
    let li = root.query_selector("#source li.running").unwrap()?;
    let line = li.get_attribute("data-line")?.parse().ok()?;
    let tag = li
        .query_selector(".tag")
        .unwrap()
        .and_then(|t| t.text_content())
        .unwrap_or_default();
    Some((line, tag))
}

fn art04(c: &Element) -> App {
    let app = App::mount(c).unwrap();
    assert!(app.load_program(ART04));
    app
}

#[wasm_bindgen_test]
fn header_has_title_and_subtitle() {
    let c = container();
    let _app = App::mount(&c).unwrap();
    assert_eq!(text_of(&c, "h1"), "coroscope");
    assert!(!text_of(&c, ".subtitle").is_empty());
}

#[wasm_bindgen_test]
fn gallery_lists_the_embedded_programs() {
    assert!(
        !programs::EMBEDDED.is_empty(),
        "build.rs embedded no programs/*.py"
    );
    let c = container();
    let _app = App::mount(&c).unwrap();
    let buttons = c
        .query_selector_all("#gallery button[data-program]")
        .unwrap();
    assert_eq!(buttons.length() as usize, programs::NAMES.len());
    // The buttons show titles (the catalogue's order: see the test at the end); each keeps its
    // program's name in data-program.
    let mut names: Vec<String> = (0..buttons.length())
        .map(|i| {
            let b = buttons.item(i).unwrap().dyn_into::<Element>().unwrap();
            b.get_attribute("data-program").unwrap_or_default()
        })
        .collect();
    names.sort();
    assert_eq!(names, programs::NAMES, "every gallery program, once");
    assert!(names.iter().any(|n| n == ART04), "{names:?}");
}

#[wasm_bindgen_test]
fn the_default_example_is_art04_at_step_0() {
    let c = container();
    let app = App::mount(&c).unwrap();
    assert_eq!(text_of(&c, ".file-name"), format!("{ART04}.py"));
    assert_eq!(app.cursor(), 0);
    assert_eq!(app.lane_in_control().as_deref(), Some("main"));
    assert_eq!(running_line(&c), Some((1, "main".into())));
    assert!(c.query_selector("#timeline").unwrap().is_some());
}

#[wasm_bindgen_test]
fn clicking_a_program_loads_it_into_the_editor_and_source() {
    let c = container();
    let _app = App::mount(&c).unwrap();
    click(
        &c,
        "#gallery button[data-program='art02_greenlet_eat_play']",
    );
    let editor: HtmlTextAreaElement = c
        .query_selector("#editor")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let src = coroscope_app::programs::find("art02_greenlet_eat_play").unwrap();
    assert_eq!(editor.value(), src);
    assert_eq!(text_of(&c, ".file-name"), "art02_greenlet_eat_play.py");
    let lines = c.query_selector_all("#source li").unwrap().length() as usize;
    assert_eq!(lines, src.lines().count());
}

#[wasm_bindgen_test]
fn next_switch_follows_the_oracle_trace_and_highlights_lines() {
    let c = container();
    let app = art04(&c);
    // programs/art04_gevent_eat_play.trace: main -> hub -> eat#1 -> hub -> play#1 -> hub -> play#1
    let mut seen = vec![app.lane_in_control().unwrap()];
    for _ in 0..6 {
        app.command(Command::NextSwitch);
        seen.push(app.lane_in_control().unwrap());
        // the narration names the switch
        let narration = text_of(&c, "#narration");
        assert!(
            narration.contains("switch") || narration.contains("切换"),
            "{narration}"
        );
    }
    assert_eq!(
        seen,
        ["main", "hub", "eat#1", "hub", "play#1", "hub", "play#1"]
    );
    // main waits in g1.join() (line 15): its line carries the main tag
    let li15 = c
        .query_selector("#source li[data-line='15']")
        .unwrap()
        .unwrap();
    assert!(li15.class_list().contains("at"));
    assert!(li15.text_content().unwrap().contains("main"));
    // play#1 is back from gevent.sleep(1): step until it runs a line of play() and prints
    for _ in 0..200 {
        if running_line(&c).is_some_and(|(_, who)| who == "play#1") {
            break;
        }
        app.command(Command::Step);
    }
    let (line, who) = running_line(&c).expect("a running line");
    assert_eq!(who, "play#1");
    assert!((10..=11).contains(&line), "line {line}");
    // the timeline's cursor is where the page is
    let cursor = c.query_selector("#timeline g.cursor").unwrap().unwrap();
    assert_eq!(
        cursor.get_attribute("data-step"),
        Some(app.cursor().to_string())
    );
}

#[wasm_bindgen_test]
fn step_back_and_previous_switch_return() {
    let c = container();
    let app = art04(&c);
    app.command(Command::NextSwitch);
    let first = app.cursor();
    app.command(Command::NextSwitch);
    let second = app.cursor();
    assert!(second > first);
    app.command(Command::Step);
    app.command(Command::Step);
    assert_eq!(app.cursor(), second + 2);
    app.command(Command::StepBack);
    assert_eq!(app.cursor(), second + 1);
    app.command(Command::PrevSwitch);
    assert_eq!(app.cursor(), second);
    app.command(Command::PrevSwitch);
    assert_eq!(app.cursor(), first);
    assert_eq!(app.lane_in_control().as_deref(), Some("hub"));
    app.command(Command::Reset);
    assert_eq!(app.cursor(), 0);
}

#[wasm_bindgen_test]
fn console_shows_output_up_to_the_cursor() {
    let c = container();
    let app = art04(&c);
    let want = include_str!("../programs/art04_gevent_eat_play.out");
    app.run();
    assert_eq!(console_text(&c), want);
    assert!(text_of(&c, "#status").contains("0"), "exit status");
    // back to the start: nothing printed yet
    app.command(Command::Reset);
    assert_eq!(console_text(&c), "");
    // click the third line (shown again at the end): the cursor goes to the step that printed it
    app.command(Command::RunToEnd);
    click(&c, "#console span:nth-child(3)");
    assert_eq!(console_text(&c), "egon eat 1\negon play 1\negon play 2\n");
    assert!(app.cursor() > 0);
}

#[wasm_bindgen_test]
fn the_keyboard_steps_and_switches() {
    let c = container();
    let app = art04(&c);
    let press = |key: &str, shift: bool| {
        let init = KeyboardEventInit::new();
        init.set_key(key);
        init.set_shift_key(shift);
        init.set_bubbles(true);
        let e = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        dom::document().body().unwrap().dispatch_event(&e).unwrap();
        app.settle();
    };
    press("ArrowRight", false);
    assert_eq!(app.cursor(), 1);
    press("ArrowLeft", false);
    assert_eq!(app.cursor(), 0);
    press("ArrowRight", true);
    assert_eq!(app.lane_in_control().as_deref(), Some("hub"));
    press("ArrowRight", true);
    assert_eq!(app.lane_in_control().as_deref(), Some("eat#1"));
    press("ArrowLeft", true);
    assert_eq!(app.lane_in_control().as_deref(), Some("hub"));
    press("End", false);
    assert!(app.known_steps().1, "ran to the end");
    assert_eq!(app.cursor(), app.known_steps().0);
    press("Home", false);
    assert_eq!(app.cursor(), 0);
    // ? opens the help panel
    let panel = c.query_selector("#help-panel").unwrap().unwrap();
    assert!(panel.has_attribute("hidden"));
    press("?", false);
    assert!(!panel.has_attribute("hidden"));
}

#[wasm_bindgen_test]
fn a_permalink_holds_code_example_and_step() {
    let c = container();
    let app = art04(&c);
    app.command(Command::NextSwitch);
    app.command(Command::NextSwitch);
    let hash = app.permalink();
    let link = permalink::decode(&hash).unwrap().unwrap();
    assert_eq!(link.example, ART04);
    assert_eq!(link.step, app.cursor());
    assert_eq!(link.source, coroscope_app::programs::find(ART04).unwrap());
}

#[wasm_bindgen_test]
fn a_syntax_error_shows_its_line_and_column() {
    let c = container();
    let app = App::mount(&c).unwrap();
    app.set_source("print('ok')\ndef f(:\n    pass\n");
    let narration = text_of(&c, "#narration");
    assert!(narration.contains("SyntaxError"), "{narration}");
    assert!(
        narration.contains("line 2") || narration.contains("第 2 行"),
        "{narration}"
    );
    let error_li = c.query_selector("#source li.error").unwrap().unwrap();
    assert_eq!(error_li.get_attribute("data-line").as_deref(), Some("2"));
    assert!(console_text(&c).contains("SyntaxError"));
    // The editor marks the character at the error's column: `def f(:` fails at the `:`.
    let at = c
        .query_selector(".editor .code-layer .syntax-error-at")
        .unwrap()
        .expect("the error's place is marked in the editor");
    assert_eq!(at.text_content().as_deref(), Some(":"));
    let layer = text_of(&c, ".editor .code-layer");
    assert_eq!(
        layer, "print('ok')\ndef f(:\n    pass\n",
        "the mark adds no text"
    );
    // fixing it brings the session back, and takes the mark away
    app.set_source("print('ok')\n");
    app.run();
    assert_eq!(console_text(&c), "ok\n");
    assert!(c
        .query_selector(".editor .syntax-error-at")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
fn the_language_switches() {
    let c = container();
    let app = App::mount(&c).unwrap();
    let before = text_of(&c, "#step");
    click(&c, "#language");
    let after = text_of(&c, "#step");
    assert_ne!(before, after);
    let zh = [before.as_str(), after.as_str()]
        .iter()
        .any(|t| t.contains("单步"));
    assert!(zh, "{before} / {after}");
    app.command(Command::NextSwitch);
    let n1 = text_of(&c, "#narration");
    click(&c, "#language");
    let n2 = text_of(&c, "#narration");
    assert_ne!(n1, n2);
    assert!(n1.contains("切换") || n2.contains("切换"), "{n1} / {n2}");
}

#[wasm_bindgen_test]
fn the_timeline_draws_lanes_switches_and_exports() {
    let c = container();
    let app = art04(&c);
    app.run();
    let labels = texts_of(&c, "#timeline .lane-label");
    // lanes in the order the engine made them (the hub comes with the first switch)
    assert_eq!(labels.len(), 4, "{labels:?}");
    for who in ["main", "hub", "eat#1", "play#1"] {
        assert!(labels.iter().any(|l| l == who), "{labels:?}");
    }
    let switches = c.query_selector_all("#timeline .switch").unwrap().length() as usize;
    let oracle = include_str!("../programs/art04_gevent_eat_play.trace")
        .lines()
        .filter(|l| l.contains(" switch "))
        .count();
    assert_eq!(
        switches, oracle,
        "one switch marker per switch of the oracle trace"
    );
    assert!(c.query_selector_all("#timeline .sleep").unwrap().length() >= 3);
    let svg = app.timeline_svg();
    assert!(svg.starts_with("<svg"), "{}", &svg[..40]);
    assert!(svg.contains("xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains(">eat#1<"));
    // the page starts on the turns axis; steps and virtual time draw the same switches
    let axis = text_of(&c, "#axis");
    assert!(axis.contains("turns") || axis.contains("轮次"), "{axis}");
    for want in [["steps", "步数"], ["time", "时间"]] {
        click(&c, "#axis");
        let axis = text_of(&c, "#axis");
        assert!(axis.contains(want[0]) || axis.contains(want[1]), "{axis}");
        let n = c.query_selector_all("#timeline .switch").unwrap().length() as usize;
        assert_eq!(n, oracle);
        let lanes = c.query_selector_all("#timeline .lane-label").unwrap();
        assert_eq!(lanes.length(), 4);
    }
}

/// A loop that makes a generator expression each time makes a lane each time: the timeline
/// draws at most 40 rows, the last one shared by the lanes past the others, and a 10^6-switch
/// run draws a handful of elements (one path per kind of mark), not one per switch.
#[wasm_bindgen_test]
fn thousands_of_lanes_share_a_row_and_a_dense_run_draws_few_elements() {
    let c = container();
    let app = App::mount(&c).unwrap();
    app.set_source("for i in range(2000):\n    sum(x for x in range(2))\n");
    app.run();
    let labels = texts_of(&c, "#timeline .lane-label");
    assert_eq!(labels.len(), 40, "{labels:?}");
    assert_eq!(labels[0], "main");
    assert!(labels[39].contains("1962"), "{labels:?}");
    let legend = text_of(&c, "#legend");
    assert!(legend.contains("1962"), "{legend}");
    let elements = c.query_selector_all("#timeline svg *").unwrap().length();
    assert!(elements < 400, "{elements} SVG elements");

    app.set_source(
        "from greenlet import greenlet\n\
         def ping():\n    for i in range(30000):\n        g2.switch(i)\n\
         def pong(x):\n    while True:\n        x = g1.switch()\n\
         g1 = greenlet(ping)\ng2 = greenlet(pong)\ng1.switch()\n",
    );
    app.run();
    let switches = c.query_selector_all("#timeline .switch").unwrap().length();
    assert_eq!(switches, 1, "60,000 switches make one path");
    let elements = c.query_selector_all("#timeline svg *").unwrap().length();
    assert!(elements < 100, "{elements} SVG elements");
}

/// A hundred greenlets waiting on one line: the line shows three tags and a count of the
/// others, and the frames panel the first 24 coroutines and a count of the others.
#[wasm_bindgen_test]
fn many_coroutines_on_one_line_are_counted_not_listed() {
    let c = container();
    let app = App::mount(&c).unwrap();
    app.set_source(
        "import gevent\n\
         def w(n):\n    gevent.sleep(1)\n\
         jobs = [gevent.spawn(w, n) for n in range(100)]\n\
         gevent.joinall(jobs)\n",
    );
    app.run();
    let (known, _) = app.known_steps();
    app.command(Command::Seek(known / 2));
    let more = text_of(&c, "#source li[data-line='3'] .tag.more");
    assert!(more.starts_with('+'), "{more}");
    let tags = c
        .query_selector_all("#source li[data-line='3'] .tag")
        .unwrap();
    assert_eq!(tags.length(), 4, "three tags and the count");
    let blocks = c.query_selector_all("#frames .lane-frames").unwrap();
    assert_eq!(blocks.length(), 24);
    let rest = text_of(&c, "#frames .more");
    assert!(rest.contains("more") || rest.contains("其余"), "{rest}");
}

#[wasm_bindgen_test]
fn an_endless_program_stops_at_the_budget_and_continues() {
    let c = container();
    let app = App::mount(&c).unwrap();
    app.set_pause_steps(5_000);
    app.set_source("n = 0\nwhile True:\n    n += 1\n");
    app.run();
    assert_eq!(app.known_steps(), (5_000, false));
    let budget = c.query_selector("#budget").unwrap().unwrap();
    assert!(!budget.has_attribute("hidden"));
    assert!(text_of(&c, "#budget").contains("5000"));
    click(&c, "#continue");
    app.settle();
    assert_eq!(app.known_steps(), (10_000, false));
}

#[wasm_bindgen_test]
fn user_text_is_never_parsed_as_html() {
    let c = container();
    let app = App::mount(&c).unwrap();
    app.set_source("print('<b id=\"injected\">x</b>')\n# <i id=\"injected2\">y</i>\n");
    app.run();
    assert!(c.query_selector("#injected").unwrap().is_none());
    assert!(c.query_selector("#injected2").unwrap().is_none());
    assert!(console_text(&c).contains("<b id="));
}

#[wasm_bindgen_test]
fn dropping_the_app_removes_it() {
    let c = container();
    let app = App::mount(&c).unwrap();
    assert!(c.query_selector(".coroscope").unwrap().is_some());
    drop(app);
    assert!(c.query_selector(".coroscope").unwrap().is_none());
}

#[wasm_bindgen_test]
fn the_frames_panel_shows_each_stack_and_its_locals() {
    let c = container();
    let app = App::mount(&c).unwrap();
    app.set_source(
        "from greenlet import greenlet\n\
         \n\
         def inner(k):\n\
         \x20   total = k * 2\n\
         \x20   main_g.switch(total)\n\
         \n\
         def worker(n):\n\
         \x20   label = '<b>' * 40\n\
         \x20   inner(n)\n\
         \n\
         main_g = greenlet.getcurrent()\n\
         g = greenlet(worker)\n\
         v = g.switch(5)\n\
         print(v)\n",
    );
    // Step until the worker greenlet is suspended inside inner().
    for _ in 0..500 {
        if c.query_selector("#frames .lane-frames:not(.running)[data-lane='worker#1'] .frame")
            .unwrap()
            .is_some()
        {
            break;
        }
        app.command(Command::Step);
    }
    let blocks = c.query_selector_all("#frames .lane-frames").unwrap();
    assert_eq!(blocks.length(), 2, "main and the greenlet");
    let first: Element = blocks.item(0).unwrap().dyn_into().unwrap();
    assert!(
        first.class_list().contains("running"),
        "the running one first"
    );
    assert_eq!(first.get_attribute("data-lane").as_deref(), Some("main"));
    let worker: Element = blocks.item(1).unwrap().dyn_into().unwrap();
    let fns = texts_of(&worker, ".frame > .fn");
    assert_eq!(fns, ["inner", "worker"], "innermost first");
    assert_eq!(text_of(&worker, ".frame .at"), "line 5");
    let text = worker.text_content().unwrap();
    assert!(text.contains("total = 10"), "{text}");
    // A long repr is cut, and markup in it stays text.
    let label = text_of(&worker, ".frame:nth-child(2) .locals li:nth-child(2) .repr");
    assert!(
        label.ends_with('…') && label.chars().count() == 60,
        "{label}"
    );
    assert!(c.query_selector("#frames b").unwrap().is_none());
}

#[wasm_bindgen_test]
fn the_frames_panel_puts_the_coroutine_in_control_first() {
    let c = container();
    let app = art04(&c);
    for _ in 0..8 {
        app.command(Command::NextSwitch);
        for _ in 0..3 {
            let first = c.query_selector("#frames .lane-frames").unwrap().unwrap();
            assert!(first.class_list().contains("running"));
            // also while it runs only gevent's own code (then it shows no frames)
            assert_eq!(first.get_attribute("data-lane"), app.lane_in_control());
            app.command(Command::Step);
        }
    }
}

#[wasm_bindgen_test]
fn the_gallery_titles_and_explains_examples_in_the_language_shown() {
    use coroscope_app::catalog;
    use coroscope_app::i18n::Lang;
    let c = container();
    let app = App::mount(&c).unwrap();
    if app.lang() != Lang::En {
        click(&c, "#language");
    }
    let items = catalog::gallery(programs::NAMES);
    let art02 = catalog::find(&items, "art02_greenlet_eat_play").unwrap();
    let button = "#gallery button[data-program='art02_greenlet_eat_play']";
    let about_of = |lang| art02.about(lang).collect::<Vec<_>>().join("");

    // The groups in order, the language tests folded; the article's first example first.
    let groups = c.query_selector_all("#gallery .gallery-group").unwrap();
    let ids: Vec<String> = (0..groups.length())
        .map(|i| {
            let g = groups.item(i).unwrap().dyn_into::<Element>().unwrap();
            g.get_attribute("data-group").unwrap_or_default()
        })
        .collect();
    assert_eq!(ids, ["article", "extra", "tests"]);
    let tests = c
        .query_selector("#gallery details[data-group='tests']")
        .unwrap();
    assert!(
        !tests.unwrap().has_attribute("open"),
        "language tests start folded"
    );
    let first = c
        .query_selector("#gallery button[data-program]")
        .unwrap()
        .unwrap();
    assert_eq!(
        first.get_attribute("data-program").as_deref(),
        Some("art01_generator_producer_consumer")
    );

    // English: the title, and once selected, the explanation above the editor.
    assert_eq!(text_of(&c, button), art02.title(Lang::En));
    assert_eq!(text_of(&c, button), "greenlet: switching between tasks");
    click(&c, button);
    let about = c.query_selector("#program-about").unwrap().unwrap();
    assert!(!about.has_attribute("hidden"));
    assert_eq!(
        text_of(&c, "#program-about .about-title"),
        art02.title(Lang::En)
    );
    assert_eq!(
        text_of(&c, "#program-about .about-text"),
        about_of(Lang::En)
    );
    assert_eq!(
        c.query_selector_all("#program-about p").unwrap().length(),
        2
    );

    // Chinese: the same entry and explanation, retitled.
    click(&c, "#language");
    assert_eq!(app.lang(), Lang::Zh);
    assert_eq!(text_of(&c, button), art02.title(Lang::Zh));
    assert_eq!(text_of(&c, button), "greenlet 实现状态切换");
    assert_eq!(
        text_of(&c, "#program-about .about-title"),
        art02.title(Lang::Zh)
    );
    assert_eq!(
        text_of(&c, "#program-about .about-text"),
        about_of(Lang::Zh)
    );
    assert!(text_of(&c, "#program-about").contains("greenlet模块"));
    assert_eq!(
        text_of(&c, "#gallery .gallery-group[data-group='article'] h3"),
        "文章中的示例"
    );

    // A language test opens its folded group when selected; typed code keeps the explanation.
    // (Opened with its text: this test does not wait for a fetch.)
    app.load_source("feat_thread_busy", BUSY_THREADS);
    let tests = c
        .query_selector("#gallery details[data-group='tests']")
        .unwrap();
    assert!(tests.unwrap().has_attribute("open"));
    assert!(text_of(&c, "#program-about .about-title").starts_with("语言测试："));
    app.set_source("print(1)\n");
    assert!(!about.has_attribute("hidden"));
}

/// Wait `ms` milliseconds, letting the browser run its tasks (a fetch's answer among them).
async fn sleep_ms(ms: i32) {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        let w = web_sys::window().unwrap();
        w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(wait).await.unwrap();
}

/// Wait until the gallery entry `name` no longer shows that it is loading (at most 2 s).
async fn fetched(root: &Element, name: &str) {
    let button = format!("#gallery button[data-program='{name}']");
    let busy = || {
        root.query_selector(&button)
            .unwrap()
            .unwrap()
            .has_attribute("aria-busy")
    };
    for _ in 0..100 {
        if !busy() {
            return;
        }
        sleep_ms(20).await;
    }
    panic!("{name}: the fetch never finished");
}

// wasm-bindgen-test-runner serves the package's directory after its own files, so the page finds
// programs/<name>.py there as it does in dist/.
#[wasm_bindgen_test]
async fn a_language_test_is_fetched_when_picked_and_opens_when_it_arrives() {
    const FEAT: &str = "feat_gen_send_return";
    let c = container();
    let app = art04(&c);
    assert!(
        programs::find(FEAT).is_none(),
        "language tests are not embedded"
    );
    assert!(app.load_program(FEAT));
    let button = format!("#gallery button[data-program='{FEAT}']");
    assert!(c
        .query_selector(&button)
        .unwrap()
        .unwrap()
        .has_attribute("aria-busy"));
    assert!(text_of(&c, "#narration").contains(&format!("{FEAT}.py")));
    // Meanwhile the program shown stays, and steps.
    assert_eq!(text_of(&c, ".file-name"), format!("{ART04}.py"));
    app.command(Command::Step);
    assert_eq!(app.cursor(), 1);
    fetched(&c, FEAT).await;
    assert_eq!(text_of(&c, ".file-name"), format!("{FEAT}.py"));
    let editor: HtmlTextAreaElement = c
        .query_selector("#editor")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(
        editor.value(),
        include_str!("../programs/feat_gen_send_return.py")
    );
    app.run();
    assert_eq!(
        console_text(&c),
        include_str!("../programs/feat_gen_send_return.out")
    );

    // A program picked while one is loading wins over it.
    assert!(app.load_program("feat_gen_basics"));
    click(
        &c,
        "#gallery button[data-program='art02_greenlet_eat_play']",
    );
    sleep_ms(200).await;
    assert_eq!(text_of(&c, ".file-name"), "art02_greenlet_eat_play.py");
}

/// The texts of the editor's coloured spans of class `class`.
fn tokens_of(root: &Element, class: &str) -> Vec<String> {
    texts_of(root, &format!(".editor .code-layer span.{class}"))
}

#[wasm_bindgen_test]
fn the_editor_colours_the_code_and_keeps_its_text() {
    let c = container();
    let app = art04(&c);
    let source = coroscope_app::programs::find(ART04).unwrap();
    let textarea: HtmlTextAreaElement = c
        .query_selector("#editor")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(textarea.value(), source, "the textarea's text is untouched");
    let layer = c.query_selector(".editor .code-layer").unwrap().unwrap();
    assert_eq!(layer.get_attribute("aria-hidden").as_deref(), Some("true"));
    assert_eq!(
        layer.text_content().unwrap(),
        source,
        "the layer shows the same text"
    );
    assert!(tokens_of(&c, "tok-kw").iter().any(|t| t == "def"));
    assert!(tokens_of(&c, "tok-kw").iter().any(|t| t == "import"));
    assert!(tokens_of(&c, "tok-builtin").iter().any(|t| t == "print"));
    assert!(!tokens_of(&c, "tok-str").is_empty());
    // The source view is coloured the same way, and its lines keep their text.
    assert_eq!(
        text_of(&c, "#source li[data-line='3'] .code"),
        source.lines().nth(2).unwrap()
    );
    assert_eq!(
        text_of(&c, "#source li[data-line='3'] .code .tok-kw"),
        "def"
    );

    // Chinese and an emoji: spans cut at the right characters; markup stays text.
    let code = "def 吃(n):\n    return '喵😀<b>' + n  # 你好 😀\n";
    app.set_source(code);
    assert_eq!(textarea.value(), code);
    assert_eq!(layer.text_content().unwrap(), code);
    assert_eq!(tokens_of(&c, "tok-def"), ["吃"]);
    assert_eq!(tokens_of(&c, "tok-str"), ["'喵😀<b>'"]);
    assert_eq!(tokens_of(&c, "tok-comment"), ["# 你好 😀"]);
    assert!(layer.query_selector("b").unwrap().is_none());

    // Typing (an input event) re-colours; a syntax error is still marked in the source view.
    textarea.set_value("while True print('x'\n");
    let input = web_sys::Event::new("input").unwrap();
    textarea.dispatch_event(&input).unwrap();
    assert_eq!(tokens_of(&c, "tok-kw"), ["while", "True"]);
    assert_eq!(tokens_of(&c, "tok-str"), ["'x'"]);
    assert!(c.query_selector("#source li.error").unwrap().is_some());
}

#[wasm_bindgen_test]
fn code_above_the_limit_is_shown_uncoloured() {
    use coroscope_app::dom::Labels;
    use coroscope_app::i18n::Lang;
    use coroscope_app::views::editor::{EditorView, HIGHLIGHT_LIMIT};
    use coroscope_app::views::source::SourceView;
    let c = container();
    let doc = dom::document();
    let editor = EditorView::new(&doc, &mut Labels::default(), Lang::En).unwrap();
    c.append_child(editor.element()).unwrap();
    let perf = web_sys::window().unwrap().performance().unwrap();
    let time = |source: &str| {
        let t0 = perf.now();
        editor.set_source(source);
        perf.now() - t0
    };
    let biggest = programs::EMBEDDED
        .iter()
        .map(|(_, s)| *s)
        .max_by_key(|s| s.len())
        .unwrap();
    let near_limit = biggest.repeat(HIGHLIGHT_LIMIT / biggest.len());
    let paste = "print('你好 😀', [1, 2, 3])  # a comment\n".repeat(25_000); // about 1 MB
    let (small, limit, huge) = (time(biggest), time(&near_limit), time(&paste));
    // The source view colours the same text after the editor (the app's order).
    let source_view = SourceView::new(&doc, &mut Labels::default(), Lang::En).unwrap();
    c.append_child(source_view.element()).unwrap();
    editor.set_source(&near_limit);
    let t0 = perf.now();
    source_view.show(&near_limit).unwrap();
    let source_limit = perf.now() - t0;
    editor.set_source(&paste);
    web_sys::console::log_1(
        &format!(
            "colouring: {} bytes {small:.1} ms, {} bytes {limit:.1} ms (then the source view \
             {source_limit:.1} ms), {} bytes {huge:.1} ms",
            biggest.len(),
            near_limit.len(),
            paste.len()
        )
        .into(),
    );
    assert!(source_view
        .element()
        .query_selector("#source .code span.tok-kw")
        .unwrap()
        .is_some());
    assert_eq!(editor.source(), paste);
    // Above the limit the textarea shows its own text, uncoloured.
    let layer = c.query_selector(".code-layer").unwrap().unwrap();
    assert_eq!(layer.text_content().unwrap(), "");
    assert!(c.query_selector(".code-input.plain").unwrap().is_some());
    editor.set_source(biggest);
    assert!(c.query_selector(".code-input.plain").unwrap().is_none());
    assert_eq!(layer.text_content().unwrap(), biggest);
    // Timings are logged (see them with `-- --nocapture`), not asserted: a debug build on a
    // shared machine varies too much. Release figures are in HIGHLIGHT_LIMIT's comment.
    let _ = (small, limit, huge);
}

/// The page's real stylesheet, put in the test page until dropped (the other tests run without
/// one).
struct Stylesheet(Element);

impl Stylesheet {
    fn add() -> Stylesheet {
        let doc = dom::document();
        let style = doc.create_element("style").unwrap();
        style.set_text_content(Some(include_str!("../static/style.css")));
        // (in the body: a <style> applies anywhere in the document)
        doc.body().unwrap().append_child(&style).unwrap();
        Stylesheet(style)
    }
}

impl Drop for Stylesheet {
    fn drop(&mut self) {
        self.0.remove();
    }
}

#[wasm_bindgen_test]
fn the_theme_switches_is_remembered_and_colours_the_timeline() {
    let _css = Stylesheet::add();
    let c = container();
    let app = art04(&c);
    app.run();
    let html = dom::document().document_element().unwrap();
    let theme = || html.get_attribute("data-theme").unwrap_or_default();
    let pressed = |c: &Element| {
        c.query_selector("#theme")
            .unwrap()
            .unwrap()
            .get_attribute("aria-pressed")
    };
    let background = |c: &Element| {
        c.query_selector("#timeline rect.background")
            .unwrap()
            .unwrap()
            .get_attribute("fill")
            .unwrap()
    };
    // No choice saved: the browser's preference (light or dark), and the button says which.
    let first = theme();
    assert!(first == "light" || first == "dark", "{first}");
    let dark_pressed = |t: &str| Some(if t == "dark" { "true" } else { "false" }.to_owned());
    assert_eq!(pressed(&c), dark_pressed(&first));
    let first_background = background(&c);

    click(&c, "#theme");
    let second = theme();
    assert_ne!(first, second);
    assert_eq!(pressed(&c), dark_pressed(&second));
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    assert_eq!(
        storage.get_item("coroscope.theme").unwrap().as_deref(),
        Some(second.as_str())
    );
    // The timeline is drawn again in the theme's colours (read from its CSS variables).
    let second_background = background(&c);
    assert_ne!(first_background, second_background);
    let dark_background = if second == "dark" {
        &second_background
    } else {
        &first_background
    };
    assert_eq!(dark_background, "#1d2027");
    assert!(!dark_background.contains("var("));

    // A new page (another mount, the attribute gone) comes back in the saved theme.
    drop(app);
    html.remove_attribute("data-theme").unwrap();
    let c2 = dom::document().create_element("div").unwrap();
    dom::document().body().unwrap().append_child(&c2).unwrap();
    let _app2 = App::mount(&c2).unwrap();
    assert_eq!(theme(), second);
    assert_eq!(pressed(&c2), dark_pressed(&second));
}

/// Two threads that only compute: the scheduler preempts them when their time slices are over.
const BUSY_THREADS: &str = include_str!("../programs/feat_thread_busy.py");

#[wasm_bindgen_test]
fn a_preemptive_switch_is_drawn_listed_and_narrated_as_one() {
    let c = container();
    let app = App::mount(&c).unwrap();
    app.set_source(BUSY_THREADS);
    app.run();
    let kinds: Vec<(String, u64)> = {
        let all = c.query_selector_all("#timeline .switch").unwrap();
        (0..all.length())
            .map(|i| all.item(i).unwrap().dyn_into::<Element>().unwrap())
            .map(|e| {
                (
                    e.get_attribute("data-kind").unwrap_or_default(),
                    e.get_attribute("data-step").unwrap().parse().unwrap(),
                )
            })
            .collect()
    };
    let preempted: Vec<u64> = kinds
        .iter()
        .filter(|(k, _)| k == "preemptive")
        .map(|(_, step)| *step)
        .collect();
    assert!(!preempted.is_empty(), "{kinds:?}");
    // main waiting in join() is a switch it asked for
    assert!(kinds.iter().any(|(k, _)| k == "cooperative"), "{kinds:?}");
    assert!(kinds
        .iter()
        .all(|(k, _)| k == "preemptive" || k == "cooperative"));
    // drawn differently: a zig-zag path with its ↯, not a straight line
    let first = c
        .query_selector("#timeline .switch[data-kind=preemptive]")
        .unwrap()
        .unwrap();
    assert_eq!(first.tag_name(), "path");
    assert!(c
        .query_selector("#timeline .preempt-mark")
        .unwrap()
        .is_some());
    let legend = text_of(&c, "#legend");
    assert!(
        legend.contains("preempted") || legend.contains("抢占"),
        "{legend}"
    );
    // at that step the narration names the scheduler
    app.command(Command::Seek(preempted[0]));
    let said = text_of(&c, "#narration");
    assert!(
        said.contains("the scheduler preempts") || said.contains("调度器抢占"),
        "{said}"
    );
    // a gevent program has no preemption, and its legend does not mention it
    assert!(app.load_program(ART04));
    app.run();
    assert!(c
        .query_selector("#timeline .switch[data-kind=preemptive]")
        .unwrap()
        .is_none());
    let legend = text_of(&c, "#legend");
    assert!(
        !legend.contains("preempted") && !legend.contains("抢占"),
        "{legend}"
    );
}

#[wasm_bindgen_test]
fn space_on_the_gallery_s_folded_group_opens_it_instead_of_playing() {
    let c = container();
    let _app = art04(&c);
    let space_on = |target: &Element| {
        let init = KeyboardEventInit::new();
        init.set_key(" ");
        init.set_bubbles(true);
        let e = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        target.dispatch_event(&e).unwrap();
    };
    let play_label = || text_of(&c, "#play");
    let before = play_label();
    let summary = c.query_selector("#gallery summary").unwrap().unwrap();
    space_on(&summary);
    assert_eq!(
        play_label(),
        before,
        "Space on the group's summary does not play"
    );
    // Elsewhere Space still plays (and pauses).
    space_on(&dom::document().body().unwrap());
    assert_ne!(play_label(), before, "Space plays");
    space_on(&dom::document().body().unwrap());
    assert_eq!(play_label(), before, "Space pauses");
}
